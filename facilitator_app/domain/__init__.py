"""Pure-Python domain: enums, records, rules and scoring. No Qt, no SQL."""
