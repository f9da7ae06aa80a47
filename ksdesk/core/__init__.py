"""Pure Python: dataclasses, rules, checks, deadlines and Swedish formatting. No Qt, no SQL."""
