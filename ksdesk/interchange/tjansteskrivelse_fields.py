"""The shapes of a tjänsteskrivelse letterhead's values, and of its labels on a line: whether
a text fits a field (a date, a phone number, a Dnr), a label left empty beside the next
column's text, a cell that is only the document's kind or page, several labels and their
values on one line ("Datum 2019-08-15 Dnr SN 2019/0055", Österåker) and a Dnr written with
slashes between its parts ("KS/2017/0022/042-20", Nynäshamn). Used by
tjansteskrivelse_letterhead."""

from __future__ import annotations

import re

from ksdesk.core.dnr import dnr_alone
from ksdesk.core.written_dates import read_written_date
from ksdesk.interchange import tjansteskrivelse_words as words

# Each field's name as the report and the summary say it.
FIELD_NAMES = {
    "datum": "Datum",
    "diarienummer": "Diarienummer",
    "handlaggare": "Handläggare",
    "handlaggare_titel": "Handläggarens titel",
    "telefon": "Telefon",
    "epost": "E-post",
    "ert_datum": "Ert datum",
    "er_referens": "Er referens",
    "mottagare": "Mottagare",
}

SHAPED = ("datum", "ert_datum", "telefon", "epost")  # fields whose value has a shape
# A Dnr with slashes between the diarium's capitals, the year, the number and its class:
# "KS/2017/0022/042-20" (Nynäshamn's diarium).
_SLASHED_DNR = re.compile(r"[A-ZÅÄÖ]{1,8}/(19|20)\d{2}/\d{1,6}(/[\d.-]{1,12})?")
# A Word merge field a template printed and no one filled, left beside the value:
# "KS 2023-00738«Diarienr»" (Kungsbacka).
_MERGE_FIELD = re.compile(r"«[^»]{1,40}»")
_LABEL_WORD = re.compile(rf"(?<!\S)({words.LABEL_WORDS})(?=\s|$)", re.IGNORECASE)


def without_merge_fields(text: str) -> tuple[str, list[str]]:
    """`text` without the template's merge fields in it, and those fields."""
    fields = _MERGE_FIELD.findall(text)
    return (_MERGE_FIELD.sub(" ", text).strip(), fields) if fields else (text, [])


def slashed_dnr(text: str) -> bool:
    return bool(_SLASHED_DNR.fullmatch(text.strip()))


def label_pairs(text: str, first: str = "") -> list[tuple[str, str]] | None:
    """ "Datum 2019-08-15 Dnr SN 2019/0055": each label's field with its value, when the
    line is two or more labels each followed by a value of its field's shape (a label after
    the first written with a capital, as templates print them); with `first`, the field of
    a label on the line before, the line may begin with its value ("2024-01-25 Diarienummer
    BN-2024-00013" under "Datum"); the last label's value left empty when it stands on the
    next line ("2024-01-15 Diarienummer"). Else None."""
    flat = " ".join(text.split())
    starts = [m for m in _LABEL_WORD.finditer(flat) if m.start() == 0 or m.group(1)[0].isupper()]
    if not starts or len(starts) < (1 if first else 2) or (starts[0].start() == 0) == bool(first):
        return None
    pairs = [(first, flat[: starts[0].start()].strip())] if first else []
    for match, after in zip(starts, [*starts[1:], None], strict=True):
        end = after.start() if after is not None else len(flat)
        pairs.append((words.LABELS[words.key(match.group(1))], flat[match.end() : end].strip(" :")))
    *given, (field, value) = pairs  # the last label's value may stand on the next line
    if not all(value and fits(field, value) for field, value in given):
        return None
    if value and not fits(field, value):
        return None
    return pairs


def beside_empty_label(text: str) -> str:
    """ "Datum:  Kultur- och fritidsnämnden", a PDF's line over two columns: a label whose
    field has a shape (a date, a number, an address) left empty, the other column's text
    after it; that text, the label being none. Else `text` as it is."""
    labelled = words.LABEL_FIRST.match(text)
    if not labelled or not labelled.group(2).strip():
        return text
    field = words.LABELS[words.key(labelled.group(1))]
    shaped = field in SHAPED
    return labelled.group(2).strip() if shaped and not fits(field, labelled.group(2)) else text


def labelled(cell: str) -> bool:
    """A cell that is a label, alone or with its value ("Beteckning: KFN")."""
    flat = " ".join(cell.split())
    return bool(flat) and (words.key(flat) in words.LABELS or bool(words.LABEL_FIRST.match(flat)))


def kind_or_page(cell: str) -> bool:
    """A cell with the document's kind or its page number, and nothing else."""
    kind = words.kind_word(cell)
    rest = kind[1] if kind is not None else cell
    return (kind is not None and (not rest or bool(words.boilerplate(rest)))) or (
        words.boilerplate(cell) == "sidnummer"
    )


def fits(field: str, text: str) -> bool:
    """Whether `text` has the shape of the `field`'s value (for a label in the block before)."""
    if field in ("datum", "ert_datum"):
        return read_written_date(text) is not None and len(text) <= 20
    if field == "epost":
        return words.is_email(text)
    if field == "telefon":
        return words.is_phone(text)
    if field in ("diarienummer", "er_referens"):
        return any(ch.isdigit() for ch in text) and not words.name_like(text)
    if field == "handlaggare":  # "Ekonomiavdelning" over the name: the unit, not the name
        return not (
            words.is_organ(text)
            or words.is_email(text)
            or dnr_alone(text)
            or words.is_forvaltning(text)
        )
    return True


def sender_cell(value: str) -> bool:
    """A handläggare's cell that also holds the unit, the e-mail and the phone, a line each
    ("Ekonomiavdelning" over "Johan Westin" over "E-post: …", Nynäshamn): read line by line;
    two officials, a name a line, are one value."""
    rows = [row for row in value.split("\n") if row.strip()]
    return len(rows) >= 2 and not all(words.name_like(row) or words.caps_name(row) for row in rows)
