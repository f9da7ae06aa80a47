"""Fields of a delegationsordning's header written as a line of their own, with or without a
colon: "Diarienummer KS 2022/100.", "Gäller från 2019-04-01", "Beslutad av kommunstyrelsen
2019-03-19, § 73", "Beslutad av socialnämnden 10 januari 2019, § 4. Dnr SON2018.0097";
several on one line with a tab between them; the name of the författningssamling the ordning
is printed in. Read for delegation_docx_header."""

from __future__ import annotations

import re
from itertools import pairwise

from ksdesk.core.lookalike import search_key
from ksdesk.interchange.column_map import heading_key
from ksdesk.interchange.delegation_header_labels import label_of

# "Diarienummer KS 2022/100.", "Dnr 2011/391 KS.023": the label with no colon after it.
_DNR_LINE = re.compile(r"^(diarienummer|diarienr|dnr)\.?\s+(\S[^\s]*(?:\s\S+){0,3})$", re.I)


# "Beslutad av kommunfullmäktige 2019-03-19, § 73", "Senast reviderad av kommunstyrelsen den
# 28 januari 2015, § 21": who decided, then when (Antagen/Reviderad av … are revision lines).
_DECIDED_LINE = re.compile(
    r"^(?P<label>beslutad|beslutat|senast reviderad|senast reviderat)\s+(?:av|i)\s+"
    r"(?P<organ>[^\d,]+?),?\s+(?P<when>(?:den\s+)?\d[^.]*(?:\.\d[^.]*)*)\.?$",
    re.IGNORECASE,
)
# A decision line that ends in its Dnr, after a full stop, a comma or a space ("… den 22
# januari 2015 Dnr NST15-5").
_DNR_TAIL = re.compile(
    r"^(?P<head>.*\S)[.,]?\s+(?P<label>dnr|diarienummer)[:.]?\s+(?P<dnr>[^\s,]+(?:\s[A-ZÅÄÖ.\d]+)?)$",
    re.IGNORECASE,
)
# Fields written "Label value" with no colon: a date after the first ones, a name after the
# others (kept short: a sentence starting with the same words is prose, not a field).
_DATED_FIELDS = {"Giltigt från", "Beslutad", "Senast reviderad", "Datum"}
_UNTIL_FURTHER = {"tillsvidare", "tills vidare", "tills vidare."}  # "Gäller t.o.m. Tillsvidare"
_DATE_ONLY = re.compile(r"^(?:den\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-zåäö]+\s+\d{4})\.?$", re.I)
_NAMED_FIELDS = {"Ansvarig förvaltning", "Dokumentansvarig", "Dokumentägare", "Beslutsinstans"}


def _unlabelled_field(line: str) -> list[tuple[str, str, str]]:
    """A header field on a line of its own without a colon: "Gäller från 2019-04-01",
    "Ansvarig förvaltning Kommunledningsförvaltningen", "Beslutad av kommunstyrelsen
    2019-03-19, § 73"."""
    tail = _DNR_TAIL.match(line)
    if tail:  # "Beslutad av socialnämnden 10 januari 2019, § 4. Dnr SON2018.0097"
        before = _unlabelled_field(tail["head"])
        return [*before, ("Diarienummer", tail["dnr"], tail["label"])] if before else []
    decided = _DECIDED_LINE.match(line)
    if decided:
        label, when = decided["label"], decided["when"].strip(" ,")
        organ = decided["organ"].strip()
        if heading_key(label).startswith("senast"):
            return [("Senast reviderad", f"{organ} {when}", label)]
        return [("Beslutsinstans", organ[:1].upper() + organ[1:], label), ("Beslutad", when, label)]
    words = line.split()
    # Four words first: "Gäller fr o m 2011-01-01" is not "Gäller fr" with the value "o m …".
    for count in (4, 3, 2, 1):
        label, value = " ".join(words[:count]), " ".join(words[count:])
        name = label_of(label) if value else None
        dated = any(ch.isdigit() for ch in value) or (
            name == "Giltigt till" and heading_key(value) in _UNTIL_FURTHER
        )
        if name == "Datum" and not _DATE_ONLY.match(value):
            continue  # "Datum" is a common word: only a date after it makes it the field
        if name in _DATED_FIELDS | {"Giltigt till"} and dated and len(value) <= 40:
            return [(name, value.rstrip("."), label)]
        named = name in _NAMED_FIELDS and (count >= 2 or name != "Ansvarig förvaltning")
        if named and len(value.split()) <= 6 and not value.endswith("."):
            return [(name, value, label)]  # type: ignore[list-item]
    return []


def inline_pairs(text: str) -> list[tuple[str, str, str]]:
    tabbed = _tabbed_fields(text)
    if tabbed:
        return tabbed
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    dnr = _DNR_LINE.match(" ".join(text.split())) if len(lines) == 1 else None
    if dnr and any(ch.isdigit() for ch in dnr.group(2)):
        return [("Diarienummer", dnr.group(2).rstrip("."), dnr.group(1))]
    if len(lines) == 1 and ":" not in lines[0]:
        return _unlabelled_field(" ".join(lines[0].split()))
    if len(lines) >= 2 and label_of(lines[0]) is not None:
        return [(label_of(lines[0]), " ".join(lines[1:]), lines[0])]  # type: ignore[list-item]
    pairs = []
    for piece in [piece for line in lines for piece in _labelled_pieces(line)]:
        label, sep, value = piece.partition(":")
        name = label_of(label) if sep else None
        if name is not None:
            pairs.append((name, value.strip(), label))
        elif sep and _ranged(label, value):
            pairs.append((*_ranged(label, value), label))  # type: ignore[arg-type]
    return pairs


# "Giltig: Från och med 2015-03-01": a label that says only that the document applies, its
# value saying from or until when.
_APPLIES_LABELS = {"giltig", "giltigt", "gäller", "giltighet", "giltighetstid"}
_FROM = re.compile(r"^(?:från\s+och\s+med|fr\.?\s?o\.?\s?m\.?|från)\s+(?P<day>\S.*)$", re.I)
_UNTIL = re.compile(r"^(?:till\s+och\s+med|t\.?\s?o\.?\s?m\.?|till)\s+(?P<day>\S.*)$", re.I)


def _ranged(label: str, value: str) -> tuple[str, str] | None:
    """("Giltigt från", "2015-03-01") for "Giltig: Från och med 2015-03-01"; None when the
    label is not such a word or the value says neither from nor until."""
    if heading_key(label) not in _APPLIES_LABELS:
        return None
    value = " ".join(value.split()).rstrip(".")
    for name, pattern in (("Giltigt från", _FROM), ("Giltigt till", _UNTIL)):
        found = pattern.match(value)
        if found and any(ch.isdigit() for ch in found["day"]):
            return name, found["day"]
    return None


def _tabbed_fields(text: str) -> list[tuple[str, str, str]]:
    """ "Datum 2017-12-06<tab>Dnr RS 2017/12": fields without colons on one line, a tab
    between them (read as one, the first field's value ran on over the next label). Every
    piece must be a field; else none is."""
    pieces = [piece.strip() for piece in text.strip().split("\t") if piece.strip()]
    if len(pieces) < 2 or "\n" in text.strip():
        return []
    pairs = [inline_pairs(piece) for piece in pieces]
    return [pair for found in pairs for pair in found] if all(pairs) else []


# "Beslutsdatum: 2018-12-19 Diarienummer: 2018KS/1401 Dokumentnamn: …" on one line (a page
# header): split before each capitalised label of a few words and its colon.
_NEXT_LABEL = re.compile(r"\s+(?=[A-ZÅÄÖ][\wåäö-]*(?:\s[\wåäö-]+){0,2}:\s)")


def _labelled_pieces(line: str) -> list[str]:
    """The line's "Label: value" pieces when it runs several fields on, each label one of
    ours; else the line."""
    pieces = _NEXT_LABEL.split(line)
    if len(pieces) < 2 or not all(label_of(p.partition(":")[0]) for p in pieces):
        return [line]
    return pieces


# A "Label: value" line whatever its label: a few words without figures before the colon, a
# short value after it ("Giltighetsperiod: 2020-03-05-- tillsvidare", "För uppföljning
# ansvarar: Tekniska förvaltningen").
_ANY_LABEL_LINE = re.compile(r"^(?P<label>[A-ZÅÄÖ][^\d:.;]{1,38}?)\s*:\s+(?P<value>\S.*)$")
_BLOCK_LABEL_WORDS = 5
_BLOCK_VALUE_MAX = 80


def label_line(text: str | None) -> tuple[str, str] | None:
    """(label, value) of a line shaped "Label: value", or None (prose, a sentence with a
    colon in it, a long value)."""
    line = " ".join((text or "").split())
    found = _ANY_LABEL_LINE.match(line)
    if not found or len(found["label"].split()) > _BLOCK_LABEL_WORDS:
        return None
    value = found["value"]
    if len(value) > _BLOCK_VALUE_MAX or re.search(r"\.\s+[A-ZÅÄÖ]", value):
        return None  # a sentence or more after the colon: prose
    return found["label"], value


def in_label_block(texts: list[str | None], index: int) -> tuple[str, str] | None:
    """(label, value) of the line at `index` when it stands in a block of two or more
    "Label: value" lines ("Beslutat av: …", "Giltighetsperiod: …" under the title): read as
    header fields, as a header table's labels are, whether ksdesk knows the label or not. A
    lone line of that shape is a sentence of the introduction."""
    own = label_line(texts[index])
    if own is None:
        return None
    return (
        own
        if label_line(_beside(texts, index, -1)) or label_line(_beside(texts, index, 1))
        else None
    )


def _beside(texts: list[str | None], index: int, step: int) -> str | None:
    """The next line with text before (-1) or after (1) `index`; None at a table or the end."""
    index += step
    while 0 <= index < len(texts):
        text = texts[index]
        if text is None or text.strip():
            return text
        index += step
    return None


SERIES_FIELD = "Författningssamling"
# The series the ordning is printed in, on a line of its own (often in a text box at the top of
# the first page): "Kungsörs kommuns författningssamling", "Författningssamling för Heby
# kommun", with its number after it or on the next line ("Nr B.05", "HebyFS 2015:46").
_SERIES_NUMBER = (
    r"(?:nr\.?:?\s*[A-ZÅÄÖ]?\s?[\d.:]+[A-Za-z]?|[A-ZÅÄÖ]\w{0,10}FS\s*\d{4}:\d{1,4}"
    r"|[A-ZÅÄÖ]\s?\d{1,3}(?:[.:]\d{1,3})?)"  # the flik: "Kommunal författningssamling A 8"
)
SERIES = re.compile(
    r"^(?P<name>(?:\S+\s+){0,4}författningssamling(?:\s+för\s+[^\d,.]{2,40}?)?)"
    rf"(?:,?\s+(?P<number>{_SERIES_NUMBER}))?$",
    re.IGNORECASE,
)
SERIES_NUMBER_LINE = re.compile(rf"^{_SERIES_NUMBER}$", re.IGNORECASE)


PAGE_LABELS = {"sida", "sid", "sidnummer"}  # the page's number: not a field of the ordning


def page_cells(rows: list[list[str]]) -> list[tuple[str, str]]:
    """(label, number) of a header table's page number, "Sida" over "1:26"."""
    found = []
    for above, below in pairwise(rows):
        for label, number in zip(above, below, strict=False):
            if search_key(label) in PAGE_LABELS and number.strip():
                found.append((" ".join(label.split()), " ".join(number.split())))
    return list(dict.fromkeys(found))
