"""The fields of a header table or line of a Word delegationsordning as (field, value, label)
pairs: "Label | value" cells, "Label: value", a label over its value in one cell, or a row of
labels over a row of values (delegation_docx_header reads the document's header with them)."""

from __future__ import annotations

import re

from ksdesk.core.lookalike import search_key
from ksdesk.interchange.delegation_header_labels import label_of
from ksdesk.interchange.delegation_header_lines import PAGE_LABELS, inline_pairs


def header_table_pairs(rows: list[list[str]]) -> list[tuple[str, str, str]]:
    """(field, value, label) of a header table: a row of labels over a row of their values
    ("Ansvarig | Utfärdad av | Berörd verksamhet" over "IoF Nämnd | … | Hela IoF") is read
    column by column, a label ksdesk does not know ("Ansvarig processägare" among
    "Diarienummer | … | Beslutsinstans") a field of its own; any other row by header_pairs."""
    pairs: list[tuple[str, str, str]] = []
    i = 0
    labels_over_values = False  # a row of labels over values came before in this table
    while i < len(rows):
        below = rows[i + 1] if i + 1 < len(rows) else []
        label_row = _label_row(rows[i]) or (
            labels_over_values and (_label_like(rows[i]) or _over_dates(rows[i], below))
        )
        if label_row and len(below) == len(rows[i]) and not _any_label(below):
            labels_over_values = True
            for label, value in zip(rows[i], below, strict=True):
                written = " ".join(label.split())
                if written and search_key(written) not in PAGE_LABELS:  # "Sida | 1:26"
                    name = label_of(written) or written.rstrip(":")
                    pairs.append((name, " ".join(value.split()), written))
            i += 2
            continue
        pairs += header_pairs(rows[i])
        i += 1
    return pairs


def _label_row(cells: list[str]) -> bool:
    """Labels only, or two known labels or more among short ones (Nacka's "Diarienummer |
    Fastställd/senast uppdaterad | Beslutsinstans | Ansvarigt politiskt organ | …")."""
    texts = [c.strip() for c in dict.fromkeys(cells) if c.strip()]
    known = sum(1 for t in texts if label_of(t) is not None)
    short = all(len(t) <= _LABEL_MAX and "\n" not in t for t in texts)
    return len(texts) >= 2 and (known == len(texts) or (known >= 2 and short))


def _label_like(cells: list[str]) -> bool:
    """A row of short texts without figures, one a label of ours ("Dokumentinformation |
    Dokumentet gäller för"): labels, in a table that has had a row of labels over values."""
    texts = [c.strip() for c in dict.fromkeys(cells) if c.strip()]
    short = all(len(t) <= _LABEL_MAX and not any(ch.isdigit() for ch in t) for t in texts)
    return bool(texts) and short and _any_label(texts)


def _over_dates(cells: list[str], below: list[str]) -> bool:
    """Words over dates ("Ersätter | ändrad | Sign" over "2013-12-17 | 2014-06-26 |"), in a
    table that has had a row of labels over values: labels ksdesk has no field for."""
    texts = [c.strip() for c in cells if c.strip()]
    values = [c.strip() for c in below if c.strip()]
    words = all(len(t) <= _LABEL_MAX and not any(ch.isdigit() for ch in t) for t in texts)
    return bool(texts and values) and words and all(re.fullmatch(r"[\d\s./:-]+", v) for v in values)


def _any_label(cells: list[str]) -> bool:
    return any(label_of(c.strip()) is not None for c in cells if c.strip())


_LABEL_MAX = 40


def header_pairs(cells: list[str]) -> list[tuple[str, str, str]]:
    """(field, value, label as written) in the cells of a header table row or a paragraph:
    "Label | value", "Label: value" and "Label\\nvalue" (label above its value)."""
    pairs: list[tuple[str, str, str]] = []
    unique = list(dict.fromkeys(c.strip() for c in cells))
    i = 0
    while i < len(unique):
        text = unique[i]
        name = label_of(text)
        following = unique[i + 1] if i + 1 < len(unique) else ""
        if name is None and pairs and _own_label(text) and following and not label_of(following):
            # "Typ av dokument | Styrdokument | Organisation | Malmö stad": in a row of label |
            # value pairs, a label ksdesk has no field for is a field of its own.
            pairs.append((text.rstrip(":").rstrip(), following, text))
            i += 2
            continue
        if name is not None:
            # An empty field's label beside a "Label\nvalue" cell ("Beslutsinstans" beside
            # "Diarienummer\nKS 2022/100", as the Word export writes the grid): that cell is
            # a field of its own, not this one's value.
            labelled = "\n" in following and label_of(following.split("\n", 1)[0]) is not None
            if label_of(following) is None and not labelled:
                pairs.append((name, following, text))
                i += 2
                continue
            pairs.append((name, "", text))
        else:
            pairs += inline_pairs(text)
        i += 1
    return [(n, " ".join(v.split()), " ".join(label.split())) for n, v, label in pairs]


def _own_label(text: str) -> bool:
    """A few words without figures that can be a label ksdesk has no field for."""
    if not text or len(text) > _LABEL_MAX or any(ch.isdigit() for ch in text) or "\n" in text:
        return False
    return text.endswith(":") or (len(text.split()) <= 4 and not text.endswith("."))


def own_label_pair(cells: list[str]) -> list[tuple[str, str, str]]:
    """ "Giltighetstid: | Till dess att nytt beslut tas", "Uppföljning | Vid behov …" in a
    table of the header: a label ksdesk has no field for (a few words, with or without its
    colon) is a field of its own."""
    texts = [c.strip() for c in dict.fromkeys(cells) if c.strip()]
    if len(texts) != 2 or len(texts[0]) > _LABEL_MAX or any(ch.isdigit() for ch in texts[0]):
        return []
    if not texts[0].endswith(":") and (len(texts[0].split()) > 4 or texts[0].endswith(".")):
        return []  # a sentence, not a label written without its colon
    label = " ".join(texts[0].split())
    if label_of(label) is not None:
        return []
    return [(label.rstrip(":").rstrip(), " ".join(texts[1].split()), label)]
