"""The phone number of a person with skyddade personuppgifter, as a public text may write it.

A registered number is found in any grouping and with any marks between its digits
("0240-866 56", "0240-86656", "024086656", "(0240) 866 56", "+46 240 866 56", "+46 (0)240
86656", "0046 240 86656"). A kommun's letterhead often prints the extension alone ("Telefon
86656", "Jessica Hedlund, 86656"): the number's last five or four digits, as a group of
their own, are found too, but only where the text is a phone line (a label such as
Telefon, Tfn, Tel, Direkt, Mobil or Växel before it, on its line or the line above, or a
field that holds a phone number: the tjänsteskrivelse's Telefon; or where ksdesk prints such
a field, after its handläggare at the end of a line, contact()). Alone elsewhere such
digits are an amount or a page ("86 656 kr"); how often a phone line's digits are one
anyway is measured by bench/protected_phone_real_texts.py."""

from __future__ import annotations

import functools
import re

from ksdesk.core.personnummer_marks import DASHES
from ksdesk.core.personnummer_reading import INVISIBLE

PHONE_NEUTRAL = "[telefon borttagen]"
# A number dialled within Sweden is 7-11 digits with its leading 0 ("08-123 45" to
# "0771-123 45 67"); an extension alone (a registered "86656") is 4-6 digits.
_NATIONAL = range(7, 12)
_LOCAL = range(4, 7)
_EXTENSION = (5, 4)  # the last digits a letterhead prints alone
_WRITTEN = re.compile(rf"^[\d\s+()./{re.escape(DASHES)}]+$")
# Between two digits of a number: up to three marks (" - ", ") ", a soft hyphen, a line break).
_MARK = rf"[\s{re.escape(DASHES)}{re.escape(INVISIBLE)}./()]"
_BETWEEN = f"{_MARK}{{0,3}}"
_MARKS = re.compile(f"{_MARK}+")
# Between the digits of an extension: a space at most ("866 56").
_GROUP_SPACE = "[ \u00a0]?"
_NEXT_TO = f"[ \u00a0.{re.escape(DASHES)}]"
_COUNTRY = rf"(?:\+|00){_BETWEEN}46{_BETWEEN}(?:\(0\){_BETWEEN})?"
# What says a line is a phone line. Not "kontakt" (a name follows it) nor "telefoni" (a cost).
_LABEL = re.compile(
    r"(?<!\w)(?:tele?fon(?:nummer|nr)?|tel(?:\.?\s?nr)?|tfn|telnr|direkt(?:nummer|nr|tel)?"
    r"|mobil(?:telefon|nummer|nr|tel)?|mob|växel(?:nummer)?|vxl?|fax|sms|nås på)"
    r"(?!\w)",
    re.IGNORECASE,
)
_NEAR = 40  # characters between a label and its number: "Telefon (direkt): 0240-866 56"
_HEADER_LINE = 80  # a table's header row, not a paragraph's line
# Field names whose whole text is a phone number (core.text_walk's last step of a source).
PHONE_FIELDS = frozenset({"telefon", "secretary_phone"})
# Every output prints such a field after its handläggare, with no label ("Jessica Hedlund,
# 86656": the letterhead, the list of delegationsbeslut): the extension there, after a
# name's last letter and this join and ending its line, is on a phone line too. The masking
# takes it out of the field; the last check, which reads the printed file, finds it there.
CONTACT_JOIN = ", "
_CONTACT_BEFORE = re.compile(rf"[^\W\d_]{re.escape(CONTACT_JOIN.strip())}[ \u00a0]$")


def phone_digits(written: str) -> str:
    """The number as dialled within Sweden ("+46 (0)240 866 56" → "024086656"), an extension
    alone as it is ("86656"); "" for what is not a Swedish phone number."""
    text = written.strip()
    if not text or not _WRITTEN.match(text):
        return ""
    digits = re.sub(r"\D", "", text)
    if text.startswith(("+", "00")):
        digits = digits[2:] if text.startswith("00") else digits
        if not digits.startswith("46"):
            return ""  # another country's number: not read here
        digits = "0" + digits[2:].removeprefix("0")  # "+46 (0)240" is "0240"
    national = digits.startswith("0") and len(digits) in _NATIONAL
    local = not digits.startswith("0") and len(digits) in _LOCAL
    return digits if national or local else ""


def contact(who: str, phone: str) -> str:
    """The handläggare and her phone field as every output prints them ("Jessica Hedlund,
    86656"): the shape phone_spans reads as a phone line."""
    return CONTACT_JOIN.join(part for part in (who.strip(), phone.strip()) if part)


def is_phone_field(source: str) -> bool:
    """Whether the text named `source` is a field holding a phone number."""
    return source.rsplit("/", 1)[-1] in PHONE_FIELDS


def phone_spans(text: str, phones: tuple[str, ...], *, phone_line: bool = False) -> list:
    """(start, end) of each of `phones` (phone_digits) `text` writes, in order: the whole
    number anywhere, its extension on a phone line (`phone_line`: the whole text is one)."""
    if not text or not phones or not _may_hold(text, phones):
        return []
    whole = _whole(phones)
    spans = [m.span() for m in whole.finditer(text)] if whole else []
    for found in _extensions(phones).finditer(text):
        if phone_line or _on_phone_line(text, found.start()) or _in_contact(text, *found.span()):
            spans.append(found.span())
    return sorted(_merged(spans))


def _may_hold(text: str, phones: tuple[str, ...]) -> bool:
    """Whether `text` may write one of `phones`: its last four digits stand together once
    the marks between digits are taken out (as they do in every form found). One pass and
    a substring search each spare most texts the patterns: with fifty numbers registered,
    the demo meeting's 144 texts (316 000 characters) took 78 ms, now 28 ms (CPU)."""
    squeezed = _MARKS.sub("", text)
    return any(digits[-4:] in squeezed for digits in phones)


def mask_phones(text: str, phones: tuple[str, ...], *, phone_line: bool = False) -> str:
    """`text` with each registered number it writes replaced by PHONE_NEUTRAL."""
    spans = phone_spans(text, phones, phone_line=phone_line)
    for start, end in reversed(spans):
        text = f"{text[:start]}{PHONE_NEUTRAL}{text[end:]}"
    return text


def extensions(digits: str) -> tuple[str, ...]:
    """The last digits of a number a letterhead may print alone; a registered extension
    itself and its last four."""
    return tuple(dict.fromkeys(digits[-n:] for n in _EXTENSION if len(digits) >= n))


@functools.lru_cache(maxsize=64)
def _whole(phones: tuple[str, ...]) -> re.Pattern[str] | None:
    """Each national number, from its 0 or the country code, in any grouping."""
    bodies = [_BETWEEN.join(d[1:]) for d in phones if d.startswith("0")]
    if not bodies:
        return None
    alternatives = "|".join(f"(?:{body})" for body in sorted(set(bodies), key=len, reverse=True))
    return re.compile(rf"(?<!\d)(?:{_COUNTRY}|\(?0{_BETWEEN})(?:{alternatives})(?!\d)")


@functools.lru_cache(maxsize=64)
def _extensions(phones: tuple[str, ...]) -> re.Pattern[str]:
    """Each extension as a group of its own: no digit next to it, nor one a mark away
    ("0240-866 56" is the whole number, found as such; "76656" is no "6656")."""
    groups = {ext for digits in phones for ext in extensions(digits)}
    bodies = "|".join(_GROUP_SPACE.join(g) for g in sorted(groups, key=len, reverse=True))
    return re.compile(rf"(?<!\d)(?<!\d{_NEXT_TO})(?:{bodies})(?!{_NEXT_TO}?\d)")


def _on_phone_line(text: str, start: int) -> bool:
    """A label close before `start` on its line, or on a short line above it (a letterhead's
    table prints "Telefon" over "86656")."""
    line_start = text.rfind("\n", 0, start) + 1
    if _LABEL.search(text, max(line_start, start - _NEAR), start):
        return True
    if not line_start:
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    return line_start - above <= _HEADER_LINE and bool(_LABEL.search(text, above, line_start))


def _in_contact(text: str, start: int, end: int) -> bool:
    """Whether the digits at `start`-`end` are a phone field as contact() prints it: after a
    name and the join, the last on their line."""
    line_end = text.find("\n", end)
    rest = text[end:] if line_end < 0 else text[end:line_end]
    return not rest.strip() and bool(_CONTACT_BEFORE.search(text, max(0, start - 3), start))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans as one (an extension inside its whole number)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
