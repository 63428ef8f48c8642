/// Ordered from worse to better, so that "a better verdict" can be compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    No,
    Maybe,
    Yes,
}

impl Verdict {
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Yes => "yes",
            Verdict::Maybe => "maybe",
            Verdict::No => "no",
        }
    }
}
