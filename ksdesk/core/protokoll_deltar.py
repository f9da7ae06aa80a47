"""Members who sit at a § but take no part in its beslut, or abstain from voting outside a
votering, printed under their own heading as Kungsbacka does (KS 2024-05-28 § 132):

    Deltar inte i beslut
    Patrik Jervne Henestam (V), Maria Losman (MP), Stefan Jägnert (SD) och Stefan
    Vilumsons (SD) deltar inte i beslutet. Ledamöterna meddelar att …

The paper protokoll, the utdrag and the web edition print the same lines from here."""

from __future__ import annotations

from ksdesk.core.findings import Finding, Severity
from ksdesk.core.protokoll import Deltagare, DeltarInte, Paragraf, Protokoll

DELTAR_HEADING = "Deltar inte i beslut"
AVSTAR_HEADING = "Avstår från att rösta"


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


def deltar_inte_text(upprop: list[Deltagare], entry: DeltarInte) -> str:
    """ "A (V) och B (MP) deltar inte i beslutet. Ledamöterna meddelar att …"."""
    # By the upprop's display ("Maria Losman (MP)"); core.protokoll_rules imports this module
    # through protokoll_entries, so not its display_name.
    shown = {a.name: a.display for a in upprop}
    who = [shown.get(n, n) for n in entry.names if n.strip()]
    joined = who[0] if len(who) == 1 else ", ".join(who[:-1]) + " och " + who[-1]
    verb = "avstår från att rösta" if entry.avstar else "deltar inte i beslutet"
    text = f"{joined} {verb}."
    return f"{text} {_sentence(entry.text)}" if entry.text.strip() else text


def deltar_inte_sections(
    paragraf: Paragraf, upprop: list[Deltagare]
) -> list[tuple[str, list[str]]]:
    """(heading, its paragraphs) for those who take no part, then those who abstain; none
    when no one was marked."""
    sections = []
    for heading, avstar in ((DELTAR_HEADING, False), (AVSTAR_HEADING, True)):
        lines = [
            deltar_inte_text(upprop, d)
            for d in paragraf.deltar_inte
            if d.avstar == avstar and any(n.strip() for n in d.names)
        ]
        if lines:
            sections.append((heading, lines))
    return sections


def deltar_inte_problem(entry: DeltarInte) -> str:
    if not [n for n in entry.names if n.strip()]:
        what = "avstår från att rösta" if entry.avstar else "inte deltar i beslutet"
        return f"Ange vem som {what}."
    return ""


def deltar_inte_findings(protokoll: Protokoll) -> list[Finding]:
    """One who took no part in a § 's beslut but has a ja or nej in its votering: the
    protokoll would say both."""
    found = []
    for p in protokoll.paragrafer:
        voted = p.votering.votes if p.votering is not None else {}
        aside = [n for d in p.deltar_inte for n in d.names if voted.get(n) in ("ja", "nej")]
        found += [
            Finding(
                Severity.VARNING,
                f"{p.label}: {name} deltar inte i beslutet enligt protokollet men har en "
                f"{voted[name]}-röst i voteringen. Ändra den ena.",
                code="deltar-inte-rostar",
                paragraf=p.nr,
            )
            for name in aside
        ]
    return found
