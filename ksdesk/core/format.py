"""Swedish formatting of amounts, percentages, dates and times, for screen and paper alike.

This is the one module that turns numbers, dates and times into text and back. Table models and
PDF reports both go through it, so what the secretary sees on screen is what the board gets on
paper. Babel (locale sv_SE) supplies digit grouping; this module then settles the characters
once: U+00A0 (no-break space) between thousands and before units, U+2212 for minus. Parsers are
lenient about what people paste (Excel, PDFs, Word) but refuse anything that could be read two
ways, with a Swedish message that quotes the input. Dates are written and read in
written_dates.py (with the day and month names) and offered here beside the rest; what pasted
text forgives, and FormatError, are in typed_text.py.
"""

from __future__ import annotations

import decimal
import re
from datetime import time
from decimal import ROUND_HALF_UP, Decimal

from ksdesk.core.typed_text import SPACES, FormatError, clean_typed, quoted
from ksdesk.core.written_dates import (
    format_date,
    format_date_long,
    format_date_medium,
    parse_date,
)

__all__ = [
    "EN_DASH",
    "LOCALE",
    "MINUS",
    "NBSP",
    "FormatError",
    "format_amount",
    "format_count",
    "format_date",
    "format_date_long",
    "format_date_medium",
    "format_percent",
    "format_time",
    "format_time_kl",
    "format_time_span",
    "parse_amount",
    "parse_date",
    "parse_percent",
    "parse_time",
    "parse_time_span",
]

LOCALE = "sv_SE"
MINUS = "\u2212"
NBSP = "\u00a0"
EN_DASH = "\u2013"

# Everything that people (or PDF and Word exports) use as a minus sign in front of a number,
# escaped for use inside a regex character class (a bare "-" there would make a range).
_MINUS_LIKE = re.escape("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d")

_AMOUNT_UNIT = re.compile(r"\s*(?:mnkr|mkr|tkr|kr|sek|:-|,-)\.?$", re.IGNORECASE)
_SIGN = re.compile(rf"^([+{_MINUS_LIKE}])\s*")
_BRACKETED = re.compile(r"\(\s*([0-9][0-9 ,.]*)\s*\)")

_NO_SUCH_TIME = "timmen går från 00 till 23 och minuten från 00 till 59, t.ex. 14.00"
_AMOUNT_HELP = "använd decimalkomma och mellanslag som tusentalsavgränsare, t.ex. 1 373,5"
_PERCENT_HELP = "skriv t.ex. 44 % eller 0,5 %"


# ---------------------------------------------------------------------------------------------
# Amounts and percentages


def format_amount(
    value: Decimal | int | None, decimals: int | None = None, unit: str | None = None
) -> str:
    """Format an amount the Swedish way: ``1 373``, ``0,5``, ``−1 373``, ``273 558 kr``.

    ``decimals=None`` keeps the value's own number of decimals (Decimal("0.0") gives "0,0"), so
    an amount is shown as it was typed or imported; ``decimals=n`` rounds half up (away from zero
    for negatives, as in bookkeeping) to n places. ``unit`` ("kr", "tkr", "mnkr") follows after a
    no-break space so it never wraps onto a line of its own. None gives "" (an empty cell).
    """
    if value is None:
        return ""
    number = _to_decimal(value)
    if decimals is not None and decimals < 0:
        raise FormatError(f"Antalet decimaler kan inte vara negativt ({decimals}).")
    places = decimals if decimals is not None else max(0, -_exponent(number))
    # A context wide enough for any finite amount: the default 28 digits would make quantize fail
    # on long values instead of formatting them.
    with decimal.localcontext() as ctx:
        ctx.prec = max(28, number.adjusted() + places + 3)
        rounded = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        if rounded.is_zero():
            # "−0,0" would tell the board a value is negative when it rounds to nothing.
            rounded = rounded.copy_abs()
        pattern = "#,##0" + ("." + "0" * places if places else "")
        text = _babel_number(rounded, pattern)
    text = _normalise_babel_number(text)
    return f"{text}{NBSP}{unit}" if unit else text


def _babel_number(number: Decimal, pattern: str) -> str:
    # Imported on the first amount, not with this module: the GUI's first window shows dates
    # only, and babel.numbers with its locale machinery costs start-up some milliseconds.
    from babel.numbers import format_decimal

    return format_decimal(number, format=pattern, locale=LOCALE)


def _to_decimal(value: Decimal | int) -> Decimal:
    # bool is an int, and a float has already lost the exact amount: both are programming errors.
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise FormatError(f"Ett belopp måste vara ett heltal eller Decimal, inte {value!r}.")
    number = Decimal(value)
    if not number.is_finite():
        raise FormatError(f"Beloppet {value} är inget tal.")
    return number


def _exponent(number: Decimal) -> int:
    exponent = number.as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0


def _normalise_babel_number(text: str) -> str:
    """Babel 2.19 emits ASCII '-' and U+00A0 for sv_SE; other versions and CLDR data have used
    U+2212 and U+202F. Whatever it emits, our paper gets U+2212 and U+00A0."""
    text = re.sub(rf"[{_MINUS_LIKE}]", MINUS, text)
    return SPACES.sub(NBSP, text)


def parse_amount(text: str | None) -> Decimal | None:
    """Read an amount typed or pasted by the secretary; blank gives None.

    Accepts "1 373" (any kind of space between thousands), "1373", "−0,5", "– 1,8", "+2",
    "(558,2)" (an accountant's −558,2), "1 373 tkr" (the unit is dropped) and Excel's
    "1234.56". The scale is kept exactly as typed:
    "0,50" gives Decimal("0.50"). Refuses anything that could be read two ways, such as
    "1.373,5" or "1.373", with a FormatError that quotes the input.
    """
    if text is None or not clean_typed(text):
        return None
    original = text.strip()
    body = _AMOUNT_UNIT.sub("", clean_typed(text))
    bracketed = _BRACKETED.fullmatch(body)
    if bracketed:  # "(558,2)": how accounts print a negative amount
        return -_parse_number(bracketed.group(1), original, "ett belopp", _AMOUNT_HELP)
    return _parse_number(body, original, "ett belopp", _AMOUNT_HELP)


def format_percent(value: Decimal | int | None, decimals: int | None = 0) -> str:
    """Format a percentage given in percent (44, not 0.44): ``44 %``, ``0,5 %``.

    Swedish typography puts a (no-break) space before the per cent sign.
    """
    if value is None:
        return ""
    return format_amount(value, decimals) + NBSP + "%"


def parse_percent(text: str | None) -> Decimal | None:
    """Read "44%", "44 %", "0,5 %" or plain "44" as percent (Decimal("44")); blank gives None."""
    if text is None or not clean_typed(text):
        return None
    original = text.strip()
    body = re.sub(r"\s*(?:%|procent)$", "", clean_typed(text), flags=re.IGNORECASE)
    return _parse_number(body, original, "procent", _PERCENT_HELP)


def _parse_number(body: str, original: str, noun: str, help_text: str) -> Decimal:
    """Parse the digits, spaces and one decimal separator left after sign and unit are gone."""

    def refuse(reason: str = help_text) -> FormatError:
        return FormatError(f'Kan inte tolka "{quoted(original)}" som {noun}: {reason}.', original)

    negative = False
    sign = _SIGN.match(body)
    if sign:
        negative = sign.group(1) != "+"
        body = body[sign.end() :]
    if not re.fullmatch(r"[0-9 ,.]*[0-9][0-9 ,.]*", body):
        raise refuse()  # letters, a lone minus, a second sign, other symbols
    if "," in body and "." in body:
        raise refuse()  # "1.373,5" or "1,373.5": which one is the decimal separator?
    if body.count(",") + body.count(".") > 1:
        raise refuse()  # "1,2,3" or the continental "1.234.567"
    separator = "," if "," in body else "." if "." in body else None
    whole, _, fraction = body.partition(separator) if separator else (body, "", "")
    whole = whole.strip()
    if separator and not re.fullmatch(r"[0-9]+", fraction.strip()):
        raise refuse()  # "5," or spaces inside the decimals
    fraction = fraction.strip()
    if " " in whole and not re.fullmatch(r"[0-9]{1,3}(?: [0-9]{3})+", whole):
        raise refuse("tusentalsgrupperna ska ha tre siffror, t.ex. 1 373")
    # "1.373" is 1373 to a German reader and 1,373 to Excel. Only a point after 1-3 digits with no
    # leading zero, followed by exactly three, can mean both; "0.125" and "1234.567" cannot.
    if separator == "." and re.fullmatch(r"[1-9][0-9]{0,2}", whole) and len(fraction) == 3:
        sign_text = MINUS if negative else ""
        raise refuse(
            "punkten kan vara både tusentalsavgränsare och decimaltecken. "
            f"Skriv {sign_text}{whole} {fraction} eller {sign_text}{whole},{fraction}"
        )
    digits = whole.replace(" ", "") or "0"
    number = Decimal(f"{digits}.{fraction}" if separator else digits)
    if negative and not number.is_zero():
        # "−0,0" is stored as 0.0: a zero has no sign worth keeping.
        number = -number
    return number


# ---------------------------------------------------------------------------------------------
# Times

_TIME_HELP = "skriv som TT.MM, t.ex. 14.00"
_KL = re.compile(r"^(?:klockan|kl\.?) ?")  # longest first, or "kl" eats the start of "klockan"
_TIME_SEPARATED = re.compile(r"([0-9]{1,2})[.:]([0-9]{2})")
_TIME_COMPACT = re.compile(r"([0-9]{1,2})([0-9]{2})")
_TIME_HOUR = re.compile(r"([0-9]{1,2})")
_SPAN_SPLIT = re.compile(rf" ?[{_MINUS_LIKE}] ?")


def format_time(t: time | None) -> str:
    """``14.00``: Swedish writes times with a full stop. Hours are zero-padded (``09.00``) so
    columns of times line up. Seconds are not shown: a meeting is planned in minutes."""
    if t is None:
        return ""
    return f"{t.hour:02d}.{t.minute:02d}"


def format_time_kl(t: time | None) -> str:
    """``kl. 14.00``, as in the kallelse's Tid line."""
    if t is None:
        return ""
    return f"kl. {format_time(t)}"


def format_time_span(start: time, end: time) -> str:
    """``13.00–13.20`` with an en dash, as Swedish typography writes a range."""
    return f"{format_time(start)}{EN_DASH}{format_time(end)}"


def parse_time(text: str) -> time:
    """Read "14.00", "14:00", "1400", "930", "14", "kl. 14.00", "kl 14:00"."""
    cleaned = clean_typed(text or "").lower()
    if not cleaned:
        raise FormatError(f"Tid saknas: {_TIME_HELP}.", text)
    bare = _KL.sub("", cleaned)
    match = (
        _TIME_SEPARATED.fullmatch(bare)
        or _TIME_COMPACT.fullmatch(bare)
        or _TIME_HOUR.fullmatch(bare)
    )
    if match:
        hour = int(match[1])
        minute = int(match[2]) if match.lastindex == 2 else 0
        if hour <= 23 and minute <= 59:
            return time(hour, minute)
        raise FormatError(f'Ogiltig tid "{quoted(text)}": {_NO_SUCH_TIME}.', text)
    raise FormatError(f'Ogiltig tid "{quoted(text)}": {_TIME_HELP}.', text)


def parse_time_span(text: str) -> tuple[time, time]:
    """Read "13.00-13.20", "13:00–13:20" or "kl. 13.00 – 13.20"; the end must be after the start."""
    cleaned = clean_typed(text or "")
    parts = _SPAN_SPLIT.split(cleaned)
    if len(parts) != 2 or not all(parts):
        raise FormatError(
            f'Kan inte tolka "{cleaned}" som en tidsperiod: skriv som TT.MM–TT.MM, '
            "t.ex. 13.00–13.20.",
            text,
        )
    start, end = parse_time(parts[0]), parse_time(parts[1])
    if end <= start:
        raise FormatError(
            f'Tidsperioden "{cleaned}" slutar inte efter att den börjar: sluttiden '
            f"{format_time(end)} måste vara senare än starttiden {format_time(start)}.",
            text,
        )
    return start, end


def format_count(count: int, one: str, many: str) -> str:
    """A number with its noun in agreement: "1 påminnelse", "3 påminnelser", "1 234 sidor"."""
    return f"{count:,}".replace(",", NBSP) + f" {one if count == 1 else many}"


def number_runs(numbers: list[int]) -> str:
    """ "217–223", or "217, 219–220" when some are missing."""
    ordered = sorted(numbers)
    if not ordered:
        return ""
    runs: list[list[int]] = [[ordered[0], ordered[0]]]
    for n in ordered[1:]:
        if n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}\u2013{b}" for a, b in runs)
