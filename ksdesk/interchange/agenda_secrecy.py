"""Sekretess marks in an ärendelista: a row the kommun marked secret becomes a secret ärende.

Real lists mark it in the title ("Anmälan ordförandebeslut (sluten del)", "Överklagan på
faktura …, OBS!! SEKRETESSÄRENDE", "Individärende (sekretess)", "Placering enligt LVU –
Sekretess enligt 26 kap. 1 § OSL") or in a column of its own ("Sekretess": "Ja", "X",
"26 kap. 1 § OSL"). The mark leaves the title and the item is marked secret, with its OSL
paragraph when the mark names one, so the public kallelse prints only the number and
"Omfattas av sekretess". Each mark is a line in the import report; a mark without a paragraph
is a warning the secretary acts on. A "delvis sluten del" (or "delvis sekretess") marks part of
an ärende, not its title: the ärende stays public with its mark, as kommuner print it, and the
report warns that its tjänsteskrivelse and bilagor must be checked. A value in the column that is
neither yes nor no marks the item secret too: more than meant, never less.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ksdesk.core.import_report import ImportReport
from ksdesk.core.meeting import Arende
from ksdesk.core.not_in_full import NOT_IN_FULL_WORDS, says_not_in_full

# "26 kap. 1 § OSL", "26 kap 1§ offentlighets- och sekretesslagen", "19 kap. 3 § 1 st. OSL",
# and the law named first, "OSL 26 kap. 1 §", or in the short form "OSL 26:1", "26:1 OSL".
_PARAGRAPH = r"\d{1,2}\s*kap\.?\s*\d{1,2}\s*[a-z]?\s*§(?:\s*\d\s*st\.?)?"
# The paragraph of the short form, with a letter only where one stands alone ("26:1a",
# "26:1 a"): the first letter of "osl" or "offentlighets-" after "26:1" is no paragraph's.
_SHORT_PARAGRAPH = r"\d{1,2}(?:\s?[a-z](?![a-zåäö]))?"
_SHORT = rf"(?<!\d)\d{{1,2}}\s*:\s*{_SHORT_PARAGRAPH}(?![\d:])"
_OSL_REF = (
    rf"(?:{_PARAGRAPH}|{_SHORT})\s*"
    r"(?:OSL|offentlighets-\s*och\s*sekretesslagen)(?:\s*\(2009:400\))?"
    rf"|OSL\s*(?:{_PARAGRAPH}|{_SHORT})"
)
_REF = re.compile(_OSL_REF, re.IGNORECASE)
_WORD = r"sekretess(?:ärenden?|belagd|belagt)?"
# "Ansökan om bistånd (Ej offentligt)": an ärende handled behind closed doors, kept out of
# the public kallelse as a secret one is.
_CLOSED = r"(?:ej|icke|inte)\s+offentlig[t]?"
_WITH_REF = rf"{_WORD}\s*(?:enligt|:|–|-)?\s*(?P<ref>{_OSL_REF})"
# A mark at the end of the title. One that says itself what it is ("OBS!! SEKRETESSÄRENDE",
# "Sekretess enligt 26 kap. 1 § OSL") may follow a plain space; a bare word ("sekretess",
# "sluten del") only a bracket, a comma, a dash or a line break: "Riktlinjer för sekretess" is
# a title.
_MARK = re.compile(
    r"(?:\s+\(?\s*(?P<strong>OBS!*\s*" + _WORD + "|" + _WITH_REF + r")"
    r"|\s*(?:[,;(–-]|\n)\s*\(?\s*(?P<weak>(?P<partly>delvis\s+)?(?:sluten\s+del|"
    + _CLOSED
    + "|"
    + _WORD
    + r")))"
    r"\s*\)?\s*$",
    re.IGNORECASE,
)
_PARTLY = re.compile(r"delvis\b", re.IGNORECASE)
_NO = {"", "nej", "n", "-", "–", "nej.", "offentlig", "öppen", "0", "false"}
_YES = {"ja", "j", "x", "ja.", "sekretess", "sluten", "sluten del", "1", "true", "s"}


@dataclass(frozen=True)
class Secrecy:
    title: str  # the title without its mark
    secret: bool = False
    ref: str = ""  # "26 kap. 1 § OSL"


# A numbered ärende whose title is nothing but the mark: "§ 244 Sekretessärenden".
_ONLY_MARK = re.compile(rf"(?:{_WORD}|sluten\s+del|{_CLOSED})", re.IGNORECASE)


def secret_by_title(secrecy: Secrecy, where: str, report: ImportReport) -> Secrecy:
    """A numbered ärende titled only "Sekretessärende(n)", "Sluten del": secret, its title
    kept (there is no other), with the warning that names no paragraph of OSL."""
    if not _ONLY_MARK.fullmatch(" ".join(secrecy.title.split())):
        return secrecy
    why = "rubriken säger att ärendet omfattas av sekretess: markeras med sekretess"
    report.change(where, secrecy.title, why)
    warn_no_ref(where, secrecy.title, report)
    return Secrecy(secrecy.title, True, "")


# A förslag that is nothing but the mark, with or without its paragraph: "Sekretessärende.",
# "Sekretess enligt 26 kap. 1 § OSL" (Kungsbacka's IFO writes it where the förslag stands).
_ONLY_MARK_PROPOSAL = re.compile(
    rf"(?:{_WORD}|sluten\s+del)\s*(?:(?:enligt|:|–|-)?\s*(?P<ref>{_OSL_REF}))?\s*\.?",
    re.IGNORECASE,
)


def secret_by_proposal(proposal: str, where: str, report: ImportReport) -> tuple[bool, str, str]:
    """Whether a förslag whose first line only says "Sekretessärende." marks its ärende
    secret, the OSL paragraph it names ("" for none), and the förslag without that line
    (Kungsbacka's IFO: "Sekretessärende." over "Nämnden … förklarar paragrafen omedelbart
    justerad."); the ärende was printed with its title in the public kallelse."""
    first, _, rest = proposal.strip().partition("\n")
    found = _ONLY_MARK_PROPOSAL.fullmatch(" ".join(first.split()))
    if found is None:
        return False, "", proposal
    why = "förslaget säger att ärendet omfattas av sekretess: markeras med sekretess"
    report.change(where, first.strip(), why)
    return True, _written_ref(found["ref"] or ""), rest.strip()


def read_secrecy(title: str, column: str, where: str, report: ImportReport) -> Secrecy:
    """The row's secrecy, from its Sekretess column and from a mark at the end of its title."""
    column = " ".join(column.split())
    if says_not_in_full(column):  # not_in_full_title reads it; sekretess only if said too
        column = _secrecy_beside_not_in_full(column)
    if _PARTLY.match(column):  # "Delvis", "delvis sluten del" in the Sekretess column
        _warn_partly(where, title, report)
        column = ""
    secret, ref = _from_column(column, where, report)
    match = _MARK.search(title)
    if match is not None and match["partly"] and match.start() > 0:
        _warn_partly(where, title[: match.start()].rstrip(" ,;:–-\n("), report)
        match = None  # the mark stays in the title, as the kommun printed it
    if match is None or match.start() == 0:
        if secret and not ref:
            warn_no_ref(where, title, report)
        return Secrecy(title, secret, ref)
    left = title[: match.start()].rstrip(" ,;:–-\n(")
    ref = ref or _written_ref(match["ref"] or "")
    why = "läses som sekretess: ärendet markeras med sekretess och märkningen tas ur rubriken"
    report.change(where, (match["strong"] or match["weak"]).strip(), why)
    if not ref:
        warn_no_ref(where, left, report)
    return Secrecy(left, True, ref)


def _secrecy_beside_not_in_full(column: str) -> str:
    """What a Sekretess column that says "publiceras inte i sin helhet" says of sekretess:
    its OSL paragraph, or "sekretess" when it names it without one, else "" (review29:
    "Sekretess 26 kap. 1 § OSL, publiceras ej i sin helhet" lost its secrecy)."""
    if (ref := _REF.search(column)) is not None:
        return ref.group(0)
    return "sekretess" if re.search(rf"(?i)\b{_WORD}\b", column) else ""


# "Föreläggande om … (publiceras inte i sin helhet)", "…, publiceras ej i sin helhet på webben":
# the mark at the end of a title, after a bracket, a comma or a dash.
_NOT_IN_FULL_MARK = re.compile(
    r"\s*(?:[,;(–-]|\n)\s*\(?\s*(?P<mark>(?:\S+\s+){0,3}?"
    + NOT_IN_FULL_WORDS
    + r"[^)\n]*?)\s*\)?\s*$",
    re.IGNORECASE,
)


def not_in_full_title(
    title: str, column: str, where: str, report: ImportReport
) -> tuple[str, str | None]:
    """The title without a "publiceras inte i sin helhet" mark, and the sentence the ärende
    is then published with (core.not_in_full: "" for the default one; None when neither the
    title nor the Sekretess column says so). It is no sekretess: the title and Dnr stay
    public and no OSL paragraph is asked for. Read before the secrecy (read_secrecy), which
    looks at the title's end: a sekretess mark before the mark, or in it ("(sekretess,
    publiceras inte i sin helhet)"), is left there and makes the ärende secret, not this
    (review29: the mark took it away, and the title and Dnr were printed)."""
    found: str | None = None
    if says_not_in_full(column) and not _secrecy_beside_not_in_full(column):  # else secret
        found = ""
        report.change(where, column.strip(), _NOT_IN_FULL_WHY)
    if (end := _MARK.search(title)) is not None and end.start() > 0:
        inner = _NOT_IN_FULL_MARK.search(title[: end.start()])
        if inner is not None and inner.start() > 0:  # "… (publiceras inte …) (sekretess)"
            return title[: inner.start()].rstrip(" ,;:–-\n(") + title[end.start() :], found
    if (match := _NOT_IN_FULL_MARK.search(title)) is None or match.start() == 0:
        return title, found
    left = title[: match.start()].rstrip(" ,;:–-\n(")
    if secrecy := _secrecy_beside_not_in_full(match["mark"]):
        named = "sekretess" if secrecy == "sekretess" else f"sekretess enligt {secrecy}"
        return f"{left} ({named})", found
    if (secret := _MARK.search(left)) is None or secret.start() == 0:
        report.change(where, match["mark"].strip(), _NOT_IN_FULL_WHY)
        return left, ""
    return left, found


def not_in_full_proposal(
    proposal: str, found: str | None, where: str, report: ImportReport
) -> tuple[str, str | None]:
    """The förslag without a line that says the ärende "publiceras inte i sin helhet", and
    the sentence (that line; else `found`, what the title and column said). Kungsbacka's
    miljö- och byggnämnder write it where the § text stands ("Protokoll för detta ärende
    publiceras inte i sin helhet på webben.", data/kungsbacka/miljo/2025/2025-10-09/
    protokoll.md, § 116)."""
    kept = []
    for line in proposal.split("\n"):
        if says_not_in_full(line) and found != line.strip():
            found = " ".join(line.split())
            report.change(where, found, _NOT_IN_FULL_WHY)
            continue
        kept.append(line)
    return "\n".join(kept).strip(), found


_NOT_IN_FULL_WHY = (
    "ärendet publiceras inte i sin helhet: rubrik och Dnr visas i den offentliga versionen, "
    "texterna och handlingarna inte (ingen sekretess)"
)


def _warn_partly(where: str, title: str, report: ImportReport) -> None:
    """ "(delvis sluten del)": part of the ärende is handled behind closed doors, not its
    title. Kommuner print such an ärende in the public kallelse with the mark (Lysekil's
    socialnämnd, tests/interchange/real_agendas_third.py), so it stays public here; what is
    secret is in its tjänsteskrivelse or a bilaga, and the secretary must find it."""
    report.warn(
        where,
        f"”{title}” har en delvis sluten del",
        "ärendet och dess rubrik visas i kallelsen; kontrollera tjänsteskrivelsen och "
        "bilagorna och markera det som omfattas av sekretess innan kallelsen skickas",
    )


_SECRET_HEADING = re.compile(r"sekretess|sluten\s+del", re.IGNORECASE)


def under_secret_heading(
    item: Arende, before: list[Arende], where: str, report: ImportReport
) -> None:
    """An ärende under a heading that names sekretess ("Sekretessärenden", "Ärenden med
    sekretess", "Sluten del") is secret like the heading says, until the next heading."""
    heading = next((i for i in reversed(before) if i.is_section), None)
    if item.is_section or item.secret or heading is None:
        return
    if _SECRET_HEADING.search(heading.title):
        item.secret = True
        report.change(
            where, f"”{item.title}”", f"står under ”{heading.title}”: markeras med sekretess"
        )
        warn_no_ref(where, item.title, report)


def _from_column(column: str, where: str, report: ImportReport) -> tuple[bool, str]:
    if column.lower() in _NO:
        return False, ""
    found = _REF.search(column)
    ref = _written_ref(found.group(0)) if found else ""
    if column.lower() not in _YES and not found:
        report.warn(
            where,
            f"sekretesskolumnen säger ”{column}”",
            "läses som sekretess (varken ja eller nej): kontrollera ärendet",
        )
    else:
        report.change(where, column, "sekretesskolumnen: ärendet markeras med sekretess")
    return True, ref


def warn_no_ref(where: str, title: str, report: ImportReport) -> None:
    report.warn(
        where,
        f"”{title}” är markerat med sekretess men utan paragraf i OSL",
        "fyll i paragrafen innan kallelsen skickas",
    )


def _written_ref(text: str) -> str:
    """ "26 kap 1§ offentlighets- och sekretesslagen", "OSL 26:1" → "26 kap. 1 § OSL"."""
    match = re.search(
        r"(?<!\d)(\d{1,2})\s*(?:kap\.?\s*(\d{1,2}\s*[a-z]?)\s*§(?:\s*(\d)\s*st\.?)?"
        rf"|:\s*({_SHORT_PARAGRAPH})(?![\d:]))",
        text,
        re.IGNORECASE,
    )
    if not match:
        return ""
    paragraph = (match[2] or match[4]).replace(" ", "").lower()
    stycke = f" {match[3]} st." if match[3] else ""
    return f"{match[1]} kap. {paragraph} §{stycke} OSL"
