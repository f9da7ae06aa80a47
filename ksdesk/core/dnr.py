"""Diarienummer: read what the secretary typed, keep it as typed, compare on a normalised form.

Registries write the same ärende in many ways: "KS 2020/434", "2020/434", "KS-2020-00434",
"2014/0640 KS.023", the legacy "KS 353/2008", Tyresö's "2018/KS 0290 10" and its
byggnadsnämnd's "2011BN0512", Region Halland's "RS130419" (dnr_joined.py), Stockholm's
"1.6-0463/2011" (diarieplan code first), Eskilstuna's "KSKF/2014:1", "KS/2014/0073",
"KS.2020.434", the year in two digits
("KS 20/434", "Dnr 20-434", the legacy "KS 353/08", "06/KS 006 012"), Stockholm's
stadsdelsnämnder's "7-742-2011" and "D nr 099 – 376/06", and the landsting's year and month,
"LS 0806-0619". The shapes are read in dnr_shapes.py.
ksdesk stores and prints the text exactly as typed (that is what the board saw) and uses
``Dnr.key`` and ``same_dnr`` to tell whether two items concern the same ärende. Parsing never
fails: a shape it does not know becomes a Dnr with a Swedish warning, because a packet must
still be printable with an odd diarienummer in it.
"""

from __future__ import annotations

import re

from ksdesk.core.dnr_shapes import (
    LABEL,
    LABEL_WORDS,
    Dnr,
    collapse,
    plausible_year,
    read_several,
    read_shape,
    split_several,
)
from ksdesk.core.typed_text import quoted

__all__ = [
    "LABEL_WORDS",
    "Dnr",
    "dnr_alone",
    "dnr_line",
    "format_dnr",
    "parse_dnr",
    "same_dnr",
    "split_several",
    "without_label",
]

# Cyrillic capitals that look exactly like Latin ones. The seed has "Skер" with Cyrillic letters;
# a prefix typed or pasted that way would otherwise never match its Latin twin.
_HOMOGLYPHS = str.maketrans("АВЕКМНОРСТУХаеорсух", "ABEKMHOPCTYXaeopcyx")
_CYRILLIC = re.compile("[\u0400-\u04ff]")

# Word and PDF turn "-" into a dash (– ‑ −) in what is pasted.
_DASHES = re.compile("[\u2010-\u2015\u2212]")


# The shape nearly every diarium writes, "KS 2020/434" or "2020/434" with a plausible year:
# read at once, to the very Dnr the shapes below read it to (tests/core/test_dnr_plain.py
# holds the two together). Ten years of a file hold some 5 000 different numbers, and
# reading each the long way was 34 ms of the first opening of the Uppföljning tab.
_PLAIN = re.compile(r"(?:([A-Za-zÅÄÖåäöÉé]{1,8}) )?((?:19[7-9]|20[0-9])[0-9])/([0-9]{1,6})")


def parse_dnr(text: str) -> Dnr:
    """Read a diarienummer. Never raises: problems are reported in ``Dnr.warnings``."""
    plain = _PLAIN.fullmatch(text) if text else None
    if plain is not None and not LABEL.match(text):  # "Dnr 2020/434": the label goes
        prefix = plain[1]
        return Dnr(text, prefix and prefix.upper(), int(plain[2]), int(plain[3]))
    return read_dnr(text)


def read_dnr(text: str) -> Dnr:
    """Read a diarienummer in any shape known (parse_dnr reads the plain one at once)."""
    raw = text or ""
    cleaned = collapse(raw)
    if not cleaned:
        return Dnr(raw=raw)
    warnings: list[str] = []
    if _CYRILLIC.search(cleaned):
        folded = cleaned.translate(_HOMOGLYPHS)
        if folded != cleaned:
            warnings.append(
                f'Diarienumret "{quoted(raw)}" innehåller kyrilliska bokstäver som ser ut som '
                "svenska; de har lästs som svenska bokstäver."
            )
            cleaned = folded
    # Word and PDF turn "-" into a dash (– ‑ −) in what is pasted; a sentence ends in a point.
    cleaned = LABEL.sub("", _DASHES.sub("-", cleaned)).rstrip(".,;: ")
    dnr = read_shape(raw, cleaned) or read_several(raw, cleaned)
    if dnr is None:
        warnings.append(f'Diarienumret "{quoted(raw)}" har ett okänt format.')
        return Dnr(raw=raw, warnings=tuple(warnings))
    warnings.extend(dnr.warnings)
    if dnr.year is not None and not plausible_year(dnr.year):
        warnings.append(
            f'Diarienumret "{quoted(raw)}" har årtalet {dnr.year}, som inte verkar rimligt.'
        )
    return Dnr(
        raw=raw,
        prefix=dnr.prefix,
        year=dnr.year,
        number=dnr.number,
        suffix=dnr.suffix,
        warnings=tuple(warnings),
    )


def without_label(text: str) -> str:
    """ "Dnr 106-156/2013", "Dnr60902-188/2013", "Diarienummer: KS 2020/434" without the
    label: what stands in a Dnr column is the number itself (a label alone is kept)."""
    bare = LABEL.sub("", text.strip(), count=1).strip()
    return bare if bare else text.strip()


# A diarienummer printed on a line of its own, under an ärende's title or a case system's
# paragraph stamp: the diarium's capitals before the number ("KS 2021/12", "BN-2011-00512",
# "CFV: 49/2015", "KS 353/2008") or a year, a slash and the rest ("2021/123"), also with the
# diarium's capitals, löpnummer and class after it, as Tyresö's Insyn prints it ("2019/ÄON
# 0186 001") or its capitals after the number ("2015/128 AKK"). Capitals only: "Budget
# 2020/2021" is a title.
_ALONE = re.compile(
    r"[A-ZÅÄÖ]{1,8}(?::?\s*|-)\d{1,5}[/:-]\d{1,5}(?:[ -]\d{1,5})*|\d{4}/\S{1,12}"
    r"|\d{4}/[A-ZÅÄÖ]{1,8} \d{1,5}(?: \d{1,5})?|\d{4}/\d{1,5} [A-ZÅÄÖ]{2,6}"
)


def dnr_alone(line: str) -> bool:
    """Whether `line` is a diarienummer and nothing else, in a shape diarier print on a line
    of their own, read whole and without doubt (no warning)."""
    if not _ALONE.fullmatch(line):
        return False
    dnr = parse_dnr(line)
    return dnr.is_complete and not dnr.warnings


def same_dnr(a: str | Dnr, b: str | Dnr, default_prefix: str | None = None) -> bool:
    """True when a and b name the same ärende.

    Year and löpnummer must agree; the suffix is ignored ("KS 2019/507-00" is part of
    "KS 2019/507"). A Dnr written without prefix is taken to have ``default_prefix`` (usually the
    organ whose diarium this is), so "2020/434" matches "KS 2020/434" but not "SBN 2020/434" when
    default_prefix is "KS". With no default_prefix a prefix-less Dnr matches any prefix with the
    same year and number: without knowing the diarium, agreeing numbers are the best evidence.
    Two empty diarienummer are not the same ärende; text that could not be read is compared as
    text (``Dnr.key``).
    """
    da = a if isinstance(a, Dnr) else parse_dnr(a)
    db = b if isinstance(b, Dnr) else parse_dnr(b)
    if da.is_empty or db.is_empty:
        return False
    if not (da.is_complete and db.is_complete):
        return da.key == db.key
    if (da.year, da.number) != (db.year, db.number):
        return False
    default = default_prefix.upper() if default_prefix else None
    prefix_a = da.prefix or default
    prefix_b = db.prefix or default
    return prefix_a is None or prefix_b is None or prefix_a == prefix_b


def match_key(text: str | Dnr) -> str:
    """What two diarienummer that `same_dnr` calls the same always share: year and löpnummer
    ("2020/434"), or for one that could not be read whole its `key`; "" for none. Stored
    beside a decision's Dnr, it finds the candidates without reading the whole register."""
    dnr = text if isinstance(text, Dnr) else parse_dnr(text)
    if dnr.is_empty:
        return ""
    return f"{dnr.year}/{dnr.number}" if dnr.is_complete else f"={dnr.key}"


def format_dnr(dnr: Dnr) -> str:
    """The diarienummer for screen and paper: exactly what was typed."""
    return dnr.raw


_LABELLED_DNR = re.compile(r"(?:Dnr|Diarienr|Diarienummer)\.?:?\s*(\S.*)", re.IGNORECASE)


def dnr_line(text: str) -> bool:
    """A line of nothing but a Dnr, "2020/434", "KS 2020/434" or "Dnr 1.6-0463/2011"."""
    labelled = _LABELLED_DNR.fullmatch(text)
    return dnr_alone(text) or bool(labelled and parse_dnr(labelled[1]).is_complete)
