"""Parse and check the reminder thresholds a user types ("30, 14, 7" days; "33, 10" percent).

Front ends validate as the user types with these and save the result through
PreferencesService under "reminder_days" / "reminder_percent".
"""

from __future__ import annotations

import re

from app.errors import InvalidInput

MAX_DAYS = 3650.0
_SPLIT = re.compile(r"[,;\s]+")

Number = int | float


def _numbers(text: str, what: str, example: str) -> list[Number]:
    values: list[Number] = []
    for part in _SPLIT.split(text.strip()):
        if not part:
            continue
        cleaned = part.rstrip("%") if what == "percent" else part
        try:
            number = float(cleaned)
        except ValueError:
            raise InvalidInput(f"'{part}' is not a number.",
                               f"Write numbers separated by commas, e.g. {example}.") from None
        if number != number or number in (float("inf"), float("-inf")):
            raise InvalidInput(f"'{part}' is not a number.", f"For example: {example}.")
        values.append(int(number) if number.is_integer() else number)
    return sorted(set(values), reverse=True)


def parse_reminder_days(text: str) -> list[Number]:
    """Days before expiry, largest first, duplicates dropped. Empty is allowed."""
    days = _numbers(text, "days", "30, 14, 7, 1")
    for d in days:
        if not 0 < d <= MAX_DAYS:
            raise InvalidInput(f"{d:g} days is out of range.",
                               f"Use days above 0 and at most {MAX_DAYS:g} (0.5 is 12 hours).")
    return days


def parse_reminder_percent(text: str) -> list[Number]:
    """Percent of the lifetime left, largest first. Each must be above 0 and below 100."""
    percent = _numbers(text, "percent", "33, 10")
    for p in percent:
        if not 0 < p < 100:
            raise InvalidInput(f"{p:g}% is out of range.",
                               "Use percentages above 0 and below 100, e.g. 33, 10.")
    return percent
