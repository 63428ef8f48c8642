//! The Dutch names of the regelingen. They stay Dutch in every language: the forms and the
//! Serviceplein use them.

pub fn regeling_name(id: &str) -> &'static str {
    match id {
        "kindpakket" => "Kindpakket",
        "iit" => "Individuele inkomenstoeslag (IIT)",
        "czm" => "Collectieve zorgverzekering minima (CZM)",
        "jfsc" => "Jeugdfonds Sport & Cultuur",
        "maatschappelijke_activiteiten" => "Maatschappelijke activiteiten",
        "computerregeling" => "Computerregeling",
        "energietoeslag_2023" => "Energietoeslag 2023",
        "kwijtschelding" => "Kwijtschelding gemeentelijke belastingen",
        "bijzondere_bijstand" => "Bijzondere bijstand",
        _ => "",
    }
}

/// A message id built from a data id: "energietoeslag_2023" → "regeling-energietoeslag-2023".
pub fn message_id(prefix: &str, id: &str) -> String {
    format!("{prefix}-{}", id.replace('_', "-"))
}

/// The name in the list of what to do, where several stand on one line: the forms use the
/// abbreviations IIT and CZM too.
pub fn regeling_short_name(id: &str) -> &'static str {
    match id {
        "iit" => "IIT",
        "czm" => "CZM",
        _ => regeling_name(id),
    }
}
