"""What a title cell of an ärendelista carries besides the title, and where it goes: the Dnr
after its label ("Delårsrapport 2\nDnr 2018/KS 0290 10"), run onto the title's end
("…(förslag 1)LS 0702-0239") or alone on its last line ("Information\nMSN: 5/2014"),
bilagor listed under the title ("Bilaga 1: Karta"), the time and who presents the ärende
("… kl. 13.15 Anna Ek", "… (kl. 10.15) (Eva Lund)", "… ca kl. 19.00", "kl. 09.00–09.30 Val
av justerare"), a föredragande on the cell's last line, and a diarium's Fastighet column put
first in the title. A time that a place or a justering goes with ("… kl. 15.30 på
kommunledningskontoret", "…, justering kommunkansliet kl. 08.00") stays in the title. Each
move is a line in the import report. The rest of what a row can be is read in
agenda_rows.py."""

from __future__ import annotations

import re

from ksdesk.core.dnr import LABEL_WORDS, dnr_alone, parse_dnr, split_several
from ksdesk.core.import_report import ImportReport
from ksdesk.core.kallelse import APPROXIMATE_MARK
from ksdesk.core.law_references import is_law_reference
from ksdesk.core.meeting import Bilaga
from ksdesk.interchange.agenda_rows import bilaga_line
from ksdesk.interchange.given_names import GIVEN_NAMES

# The label also run onto its number, "Dnr60902-188/2013", as core.dnr reads it.
_DNR_LABEL = re.compile(
    rf"(?:^|(?<=[\s,;(–-]))(?:{LABEL_WORDS})(?:\b\.?:?|(?=\d))\s*", re.IGNORECASE
)

_T = r"\d{1,2}[.:]\d{2}"
# "… kl. 13.15 Anna Ek", "… kl 13:15–13.45, Anna Ek (ekonomichef)", "… 13.15–13.45 Anna Ek",
# "… (kl. 10.15) (Eva Lund)", "… ca kl. 19.00" at the end of a title; a span needs no "kl.".
_TIME_IN_TITLE = re.compile(
    rf"(?:^|[\s,;–(-])\s*(?:(?:ca\.?|cirka)\s+)?(?:kl\.?\s*(?P<time>{_T}(?:\s*[-–]\s*{_T})?)|(?P<span>{_T}\s*[-–]\s*{_T}))"
    r"\)?[\s,;–-]*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
# "kl. 09.00–09.30 Val av justerare", "09.00–09.30: Information om bredband" at its start.
_TIME_BEFORE_TITLE = re.compile(
    rf"\(?(?:kl\.?\s*(?P<time>{_T}(?:\s*[-–]\s*{_T})?)|(?P<span>{_T}\s*[-–]\s*{_T}))\)?"
    r"[\s,;:–-]+(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# "… (Föredragande: Eva Lund)", "…\nPolitiskt föredragande: Karin Berg (M)": a closing
# bracket goes only with one that opened before the word, never the party's "(M)".
_PRESENTER_IN_TITLE = re.compile(
    r"[\s,;–-]*(?P<open>\()?(?:politisk[at]?\s+)?föredragande:?\s*(.+?)(?(open)\))$",
    re.IGNORECASE | re.DOTALL,
)
_EDGE = " ,;–-\n"
_JUSTERING = re.compile(r"\bjuster(?:ing|as)", re.IGNORECASE)
_ABOUT = re.compile(r"\b(?:ca|cirka)\b", re.IGNORECASE)


def title_bilagor(title: str, where: str, report: ImportReport) -> tuple[str, list[Bilaga]]:
    """Lines "Bilaga 1: Karta" under the title in its cell: the ärende's bilagor."""
    lines = title.split("\n")
    found = [(line, bilaga_line(line)) for line in lines[1:]]
    bilagor = [Bilaga(title=b[1], nr=b[0]) for _, b in found if b]
    if not bilagor:
        return title, []
    report.change(where, title, "bilagorna i ärendecellen lästes som bilagor (utan fil)")
    kept = [lines[0]] + [line for line, b in found if not b]
    return "\n".join(kept), bilagor


def from_title(title: str, values: dict[str, str], where: str, report: ImportReport) -> str:
    """Dnr, bilagor, time and föredragande written in the title cell go to their own fields
    (only when the file has nothing there already); the title keeps the rest."""
    found_dnr = dnr_in_title(title) or trailing_dnr(title) or leading_dnr(title)
    if not values.get("dnr") and found_dnr:
        # Which number was taken, for a cell that names two (a remiss's sender's and its own).
        report.change(where, title, f"Dnr {found_dnr[1]} lästes ur ärendecellen")
        title, values["dnr"] = found_dnr
    if not values.get("time_slot"):
        title = _time_from_title(title, values, where, report)
    if not values.get("presenter"):
        match = _PRESENTER_IN_TITLE.search(title)
        if match and match.start() > 0:
            values["presenter"] = " ".join(match.group(2).split())
            report.change(where, title, "föredragande lästes ur ärendecellen")
            title = title[: match.start()].strip(_EDGE + "(")
    return title


# A föredragande's line: names, titles and parties, no digits, no full stop at the end.
_NAME_LINE = re.compile(r"[A-ZÅÄÖ][^\d\n]{1,80}(?<![.:])")


def names_line(text: str) -> bool:
    """ "Sara Holm och Linda Mäkinen": a line naming people, a common given name first
    (given_names), no digit, no full stop at its end."""
    words = text.split()
    return (
        0 < len(words) <= 8
        and words[0].rstrip(",").lower() in GIVEN_NAMES
        and bool(_NAME_LINE.fullmatch(text.strip()))
    )


def presenter_on_last_line(values: dict[str, str], where: str, report: ImportReport) -> None:
    """In a column headed "Ärende/Föredragande", the cell's last line names who presents the
    ärende ("Information GDPR\nPer Ask"); it goes to Föredragande, the rest is the title."""
    lines = [line.strip() for line in values.get("title", "").strip().split("\n")]
    last = lines[-1]
    if len(lines) < 2 or len(last.split()) > 8 or not _NAME_LINE.fullmatch(last):
        return
    values["title"], values["presenter"] = "\n".join(lines[:-1]), last
    report.change(where, last, "sista raden i ”Ärende/Föredragande” lästes som föredragande")


def presenter_on_detail_line(values: dict[str, str]) -> None:
    """A pasted list's line indented under an ärende, joined to it by agenda_wrapped.py (and
    reported there), names who presents it: "a) Rapport …" over "Lina Widlund, strateg"."""
    title, _, detail = values.get("title", "").partition("\n")
    if not detail.strip() or values.get("presenter"):
        return
    if not re.search(r"\d", detail):
        values["title"], values["presenter"] = title, " ".join(detail.split())
        return
    # "Ekonomichef Anna Berg" over "KS 2026/412" (a kallelse's PDF copied): the name is the
    # föredragande, the Dnr line stays for the Dnr.
    lines = [line for line in detail.split("\n") if line.strip()]
    names = [line for line in lines if not re.search(r"\d", line)]
    kept = [line for line in lines if line not in names]
    if len(names) == 1 and all(dnr_alone(line.strip()) for line in kept):
        values["title"] = "\n".join([title, *kept])
        values["presenter"] = " ".join(names[0].split())


def property_first(values: dict[str, str], where: str, report: ImportReport) -> None:
    """A diarium's Fastighet column ("Näsby 4:404, Vendelsövägen 48", "X" where the owner is
    a private person) goes first in the title, as a byggnadsnämnd's kallelse names the ärende:
    "Näsby 4:404, Vendelsövägen 48 - Rivning av …"."""
    found = " ".join(values.pop("property", "").split())
    if found and values.get("title") and not values["title"].startswith(found):
        values["title"] = f"{found} - {values['title']}"
        report.change(where, found, "fastigheten står först i rubriken")


# A diarium's unit after the löpnummer ("2015/100 AKK"), taken from a title only where the
# line ends with it: a word in capitals that the title goes on from begins the title.
_UNIT_WORD = re.compile(r"[A-ZÅÄÖ]{2,8}")


def dnr_in_title(title: str) -> tuple[str, str] | None:
    """(title without it, Dnr) for a title that names its Dnr after a label ("…\nDnr
    2018/KS 0290 10", "Dnr KS 2018/14 Information"); the longest run of words after the label
    that reads as a whole diarienummer, or two of them ("Dnr 7-742-2011 och 5-744-2011"), is
    taken. A Dnr on a line of its own is the ärende's, before one inside a sentence, which
    names another organ's ("Remiss från Kommunstyrelsen, dnr 316-259/2012.\nDnr
    1.5.1-135-2012", Hässelby-Vällingby) and stays in the title. None when there is none."""
    found = [
        (label, dnr) for label in _DNR_LABEL.finditer(title) if (dnr := _dnr_after(title, label))
    ]
    if not found:
        return None
    own = [
        f
        for f in found
        if not title[: f[0].start()].strip(" \t")
        or title[: f[0].start()].rstrip(" \t").endswith("\n")
    ]
    label, best = (own or found)[0]
    before = title[: label.start()].rstrip(" ,;(–-\n")
    after = title[label.end() + len(best) :].lstrip(" .,;)–-\n")
    rest = "\n".join(part for part in (before, after) if part)
    return (rest, best) if rest else None


# A diarium's number run onto the end of the title without label, as Region Stockholm's
# pages print it: "Arbetsordning för landstingsfullmäktige (förslag 1)LS 0702-0239". Only one
# with the diarium's capitals before it, read whole; "VA 2020-2022" is a span of years. Or
# one of three parts ending in its year, as Region Blekinge's ärendeförteckning ends a title:
# "… Blekinge kustbana 501-335-2016". Or Eskilstuna's "KFN/2014:380" (unit, year, number).
_TRAILING_DNR = re.compile(
    r"(?P<dnr>(?-i:[A-ZÅÄÖ]{2,5}) ?\d{2,4}[/-]\d{1,5}|(?<![\w-])\d{1,4}-\d{1,5}-(?:19|20)\d\d"
    r"|(?-i:[A-ZÅÄÖ]{2,5})/\d{4}:\d{1,5})\s*$"
)
# Or in brackets at the end, as Jämtlands läns landsting's protokoll lists its ärenden:
# "Influensavaccinering (LS/594/2010)"; "(förslag 1)" and "(2021-2023)" are no diarienummer.
_BRACKETED_DNR = re.compile(r"\((?P<dnr>[^()\n]{4,30})\)\s*$")
_YEARS = re.compile(r"(?:19[7-9]\d|20\d\d)")


# A diarium's number before the title, without label: "KS 2018/14 Information om budget",
# "SN-2017/104 Handlingsplan …" (a prefix and a number with its year, then a word).
_LEADING_DNR = re.compile(
    r"(?P<dnr>(?-i:[A-ZÅÄÖ]{2,5})[ -]?(?:\d{4}[/.:-]\d{1,5}|\d{1,5}/\d{4}))\s+(?P<rest>[^\W\d_].*)",
    re.DOTALL,
)


def leading_dnr(title: str) -> tuple[str, str] | None:
    """(title without it, Dnr) for a title that starts with a diarium's number."""
    match = _LEADING_DNR.fullmatch(title.strip())
    dnr = parse_dnr(match["dnr"]) if match else None
    if match is None or dnr is None or not dnr.is_complete or dnr.warnings:
        return None
    if is_law_reference(dnr.prefix or "", str(dnr.year)):
        return None  # "SFS 2009:400 …" names a law
    return match["rest"].strip(), match["dnr"]


def has_dnr(title: str) -> bool:
    """Whether a title names its Dnr, after a label or at its end."""
    return bool(dnr_in_title(title) or trailing_dnr(_LINK_AFTER.sub("", title)))


# A web page's text after a link ("(pdf-dokument)"), which a Dnr before it is read without.
_LINK_AFTER = re.compile(r"\s*\([\w -]*(?:dokument|pdf|fil)\)\s*$", re.IGNORECASE)


# Or alone on the cell's last line, as a portal prints it under the title and agenda_wrapped
# joins it to the title: "Information\nMSN: 5/2014", "Information\nBN-2011-00512".
_LAST_LINE = re.compile(r"\n(?P<dnr>[^\n]+?)\s*$")


def trailing_dnr(title: str) -> tuple[str, str] | None:
    """(title without it, Dnr) for a title that ends in a diarium's number, None otherwise."""
    match = _TRAILING_DNR.search(title) or _BRACKETED_DNR.search(title)
    if match is None and (last := _LAST_LINE.search(title)) and dnr_alone(last["dnr"].strip()):
        match = last
    if match is None or not title[: match.start()].strip():
        return None
    dnr = parse_dnr(match["dnr"])
    if not dnr.is_complete or dnr.warnings:
        return None
    if _YEARS.fullmatch(str(dnr.year)) and _YEARS.fullmatch(str(dnr.number)):
        return None
    # "… enligt PBL 2011-10", "… (SFS 2010:900)": a law's year and number, not a diarium's.
    if is_law_reference(dnr.prefix or "", str(dnr.year)) or _sfs_number(title, match):
        return None
    return title[: match.start()].rstrip(" ,;–-\n"), match["dnr"].strip()


def _sfs_number(title: str, match: re.Match[str]) -> bool:
    """ "OSL (2009:400)", "lagen (2018:1937)": a law's SFS number in brackets after its name."""
    if title[match.start()] != "(":
        return False
    before = title[: match.start()].split()
    law = bool(before) and is_law_reference(before[-1], match["dnr"].strip()[:4])
    return law or bool(re.fullmatch(r"\s*\d{4}\s*:\s*\d+\s*", match["dnr"]))


def _dnr_after(title: str, label: re.Match[str]) -> str | None:
    """The longest run of up to five words after a label that reads as whole diarienummer."""
    words = list(re.finditer(r"\S+", title[label.end() :]))
    best = None
    for count in range(1, min(len(words), 5) + 1):
        end = label.end() + words[count - 1].end()
        unit = count > 1 and _UNIT_WORD.fullmatch(words[count - 1].group())
        if unit and title[end:].split("\n", 1)[0].strip():
            continue  # "Dnr 2020/12 VA Taxa": the title's word, not the diarium's unit
        candidate = title[label.end() : end].rstrip(".,;)")
        if _whole_dnr(candidate):
            best = candidate
    return best


def _whole_dnr(text: str) -> bool:
    """A diarienummer read whole and without doubt, or several such ("… och …")."""
    dnr = parse_dnr(text)
    if dnr.is_complete and not dnr.warnings:
        return True
    pieces = split_several(text)
    return len(pieces) > 1 and all(_whole_dnr(piece) for piece in pieces)


def _time_from_title(title: str, values: dict[str, str], where: str, report: ImportReport) -> str:
    """The time (and a name after it) at the end of the title, or the time before it."""
    match = _TIME_IN_TITLE.search(title)
    # A time is the ärende's only when a name or nothing follows it: "Öppettider 08.00–16.00
    # på biblioteket" and Ljungby's "… tid och plats för justering: måndagen den 7 mars
    # kl. 15.30 på kommunledningskontoret." keep their words.
    if match and match["rest"].strip(_EDGE + "()")[:1].islower():
        match = None
    # "Val av protokolljusterare, justering kommunkansliet kl. 08.00" (Hultsfred): the time
    # of the justering, named in the ärende, is not when the ärende is taken up.
    if match and _JUSTERING.search(title[: match.start()]):
        match = None
    if match and match.start() > 0:
        rest = match["rest"].strip(_EDGE + "()")
        title_left = title[: match.start()].strip(_EDGE + "(")
    elif match := _TIME_BEFORE_TITLE.fullmatch(title.strip()):
        rest, title_left = "", match["rest"].strip(_EDGE)
    else:
        return title
    # "ca" before the time, never one in the title or name after it ("för ca 40 lägenheter").
    before_rest = match.string[match.start() : match.start("rest")]
    about = _ABOUT.search(before_rest)
    values["time_slot"] = (APPROXIMATE_MARK if about else "") + (match["time"] or match["span"])
    read = "tiden lästes ur ärendecellen"
    if rest and not values.get("presenter"):
        values["presenter"] = " ".join(rest.split())
        read = "tid och föredragande lästes ur ärendecellen"
    report.change(where, title, read + (" (en ungefärlig tid)" if about else ""))
    return title_left
