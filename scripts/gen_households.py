#!/usr/bin/env python3
"""Writes varied households as JSON Lines for measuring `regelcheck` (see scripts/bench-cli.sh).

    python3 scripts/gen_households.py [COUNT] > households.jsonl

The seed is fixed, so the same COUNT gives the same bytes every time: the output of `regelcheck`
on the file can then be compared byte for byte before and after a change to the command.

The mix is meant to look like a real export and to reach every branch of the rules: with and
without a partner, ages 18 to 90 (66-year-olds with their AOW answer), 0 to 6 children aged 0
to 25, incomes typed the ways people type them, every period, unknown circumstances, norm dates
in both halves of 2023, and about 0.1% bad lines of the kinds a real file has.
"""

import json
import random
import sys

SEED = 20230701


def amount_text(rng, cents):
    """One amount in euros written as a person might: Dutch, English or plain notation."""
    euros, rest = divmod(cents, 100)
    style = rng.randrange(10)
    if style == 0:
        return f"{euros}"
    if style == 1:
        return f"{euros}.{rest:02d}"
    if style == 2:
        return f"{euros},{rest:02d}"
    if style == 3:  # Dutch grouping: 1.380,50
        grouped = f"{euros:,}".replace(",", ".")
        return f"{grouped},{rest:02d}"
    if style == 4:  # English grouping: 1,380.50
        return f"{euros:,}.{rest:02d}"
    if style == 5:
        grouped = f"{euros:,}".replace(",", ".")
        return f"€ {grouped},-"
    if style == 6:
        return f"€{euros},{rest:02d}"
    if style == 7:
        return f"EUR {euros}.{rest:02d}"
    if style == 8:
        return f"{euros} euro"
    return f" {euros},{rest // 10} "  # one decimal, with spaces around


def income_field(rng, period):
    """The income as typed, sized so that many households land near the limits."""
    monthly = rng.choice(
        [
            rng.randint(0, 400_000),  # anything up to 4000 a month
            rng.randint(100_000, 260_000),  # around the 100% to 150% limits
            rng.randint(100_000, 260_000),
        ]
    )
    factor = {"month": 1, "four_weeks": 12 / 13, "week": 12 / 52, "year": 12}[period]
    cents = int(monthly * factor)
    kind = rng.randrange(10)
    if kind < 7:
        return amount_text(rng, cents)
    if kind < 9:  # a JSON number with a decimal point, read exactly
        return json.loads(f"{cents // 100}.{cents % 100:02d}")
    return cents // 100  # a JSON integer


def maybe_bool(rng):
    """A circumstance: known yes or no, unknown (null), or not given at all (absent)."""
    r = rng.randrange(8)
    if r < 3:
        return True
    if r < 5:
        return False
    if r < 6:
        return None
    return "absent"


def household(rng, n):
    h = {}
    if rng.randrange(3) == 0:
        h["id"] = rng.choice([n, f"H-{n:07d}"])
    if rng.randrange(5) == 0:
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        h["date"] = f"2023-{month:02d}-{day:02d}"
    age = rng.randint(18, 90)
    if rng.randrange(30) == 0:
        age = 66
    h["age"] = age
    if age == 66:
        h["aow"] = rng.choice([True, False])
    if rng.randrange(2) == 0:
        partner_age = max(18, min(95, age + rng.randint(-8, 8)))
        h["partner_age"] = partner_age
        if partner_age == 66:
            h["partner_aow"] = rng.choice([True, False])
    if age < 60 and rng.randrange(3) != 0:
        count = rng.choice([1, 1, 2, 2, 2, 3, 3, 4, 5, 6])
        h["children"] = [rng.randint(0, 25) for _ in range(count)]
    elif rng.randrange(4) == 0:
        h["children"] = []
    period = rng.choice(["month"] * 6 + ["four_weeks", "week", "year", None])
    h["income"] = income_field(rng, period or "month")
    if period is not None and rng.randrange(4) != 0:
        h["period"] = period
    if rng.randrange(4) == 0:
        h["holiday_pay_included"] = rng.choice([True, False])
    for name in ["assets_above_limit", "low_income_3_years", "student", "debt_help"]:
        v = maybe_bool(rng)
        if v != "absent":
            h[name] = v
    return h


BAD_LINES = [
    "",
    "not json",
    '{"age":30',
    '{"age":30,"income":"veel"}',
    '{"age":30,"income":"1.380.5"}',
    '{"age":17,"income":"900"}',
    '{"age":140,"income":"900"}',
    '{"income":"900"}',
    '{"age":30}',
    '{"age":30,"income":"900","pets":2}',
    '{"age":30,"income":"900","period":"daily"}',
    '{"age":30,"income":"900","date":"2024-01-01"}',
    '{"age":30,"income":"900","date":"2023-02-30"}',
    '{"age":66,"income":"900"}',
    '{"age":30,"income":-5}',
    '{"age":30,"income":"900","student":"misschien"}',
    '{"age":30,"income":"900","children":[7,"x"]}',
    '{"age":"dertig","income":"900"}',
]


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    rng = random.Random(SEED)
    sys.stdout.reconfigure(encoding="utf-8", newline="\n")
    out = sys.stdout
    lines = []
    for n in range(1, count + 1):
        if rng.randrange(1000) == 0:
            lines.append(rng.choice(BAD_LINES))
            continue
        h = household(rng, n)
        if rng.randrange(5) == 0:
            lines.append(json.dumps(h, ensure_ascii=False))  # with spaces after : and ,
        else:
            lines.append(json.dumps(h, ensure_ascii=False, separators=(",", ":")))
        if len(lines) >= 10_000:
            out.write("\n".join(lines) + "\n")
            lines.clear()
    if lines:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
