"""What is settled once the whole members list is read: whom a personal ersättare named short
stands for, which party a person named with two keeps, and what is said of those read
without a party."""

from __future__ import annotations

import re
from collections import Counter

from ksdesk.core.import_report import ImportReport
from ksdesk.core.organ import Fortroendevald
from ksdesk.core.organ_members import person_key
from ksdesk.interchange.given_names import GIVEN_NAMES

_SIGNED = r"[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,3}"  # no dot: the dots part the names
# A protokoll's underskrifter: "Ordförande... Annika Wibrell", or the labels in a column
# before the names in theirs, "Sekreterare Ordförande Justerande.. Margareta Roos. Edgar
# Hofvergård. Ivan Gunnarsson".
_SIGNED_ORDFORANDE = (
    re.compile(rf"Ordförande\s*\.{{2,}}\s*(?P<name>{_SIGNED})"),
    re.compile(
        rf"Sekreterare\s+Ordförande\s+Justerande\s*\.+\s*{_SIGNED}\s*\.+\s*(?P<name>{_SIGNED})"
    ),
    # Oxelösund: "Underskrifter Sekreterare Anna Berg Paragrafer Ordförande Inge Ståhlgren
    # Justerande.. Agneta Höglander".
    re.compile(rf"Ordförande\s+(?P<name>{_SIGNED})\s+Justerande\b"),
)


def resolve_personal(members: list[Fortroendevald], report: ImportReport) -> None:
    """ "(för Tommy Bernevång)" where the ledamot is Tommy Bernevång Forsberg: the one ledamot
    whose name begins so is meant; the report says which."""
    ledamoter = [m.name for m in members if m.is_ledamot]
    for person in members:
        wanted = person.personlig_for
        if not wanted or wanted in ledamoter:
            continue
        fits = [name for name in ledamoter if name.startswith(wanted + " ")]
        if len(fits) == 1:
            person.personlig_for = fits[0]
            report.change(person.name, f"personlig ersättare för ”{wanted}”", f"läst som {fits[0]}")


def resolve_two_parties(
    members: list[Fortroendevald],
    two_parties: list[tuple[Fortroendevald, str]],
    report: ImportReport,
) -> None:
    """A person named with two parties (a photo caption "Anne Karlsson (SC)" over the list's
    "Anne Karlsson (SD)") keeps the one others on the list have when only one of the two is:
    the other is most likely a slip. Otherwise the first stays. The report says which."""
    for person, second in two_parties:
        first = person.party
        others = Counter(m.party for m in members if m is not person)
        if not others[first] and others[second]:
            person.party = second
            why = f"{second} behålls, som andra på listan har: rätta i registret om det är fel"
        else:
            why = f"{first} behålls: rätta i registret om det är fel"
        report.warn(person.name, f"står med två partier, {first} och {second}", why)


def ordforande_who_signed(text: str, members: list[Fortroendevald], report: ImportReport) -> None:
    """No one read as ordförande, and a ledamot signs the protokoll as ordförande: she is it
    (Hultsfred's first page names its ordförande only there). The report says so."""
    if any(m.role == "ordförande" for m in members):
        return
    by_key = {person_key(m.name): m for m in members}
    for pattern in _SIGNED_ORDFORANDE:
        signed = pattern.search(text)
        person = by_key.get(person_key(signed["name"])) if signed else None
        if person is not None and person.role == "ledamot":
            person.role = "ordförande"
            report.change(person.name, "ordförande", "läst ur underskrifterna: kontrollera")
            return


_PRESIDIUM_FIRST = 2  # family name first in more than twice as many names as given name first
_FEW = 3


def _given(word: str) -> bool:
    return all(part in GIVEN_NAMES for part in word.casefold().split("-"))


def family_names_first(members: list[Fortroendevald], report: ImportReport) -> None:
    """A list that writes the family name first ("Nordbeck Carolina (FP)"), told by its given
    names standing last: each name of two words not begun by a given name is turned
    ("Carolina Nordbeck", "Yanira Difonis"), and one named both
    ways ("Persson Tord", then "Tord Persson" in the justering) is one person. The report says
    so."""
    words = [m.name.split() for m in members]
    last = [w for w in words if len(w) == 2 and _given(w[1]) and not _given(w[0])]
    first = [w for w in words if _given(w[0]) and not _given(w[-1])]
    if len(last) < _FEW or len(last) <= _PRESIDIUM_FIRST * len(first):
        return
    for person in list(members):
        family, given = person.name.split() if len(person.name.split()) == 2 else ("", "")
        if not given or _given(family):  # "Tord Persson": given name first already
            continue
        turned = f"{given} {family}"
        same = next((m for m in members if person_key(m.name) == person_key(turned)), None)
        report.change(person.name, f"läst som {turned}", "efternamnet står först i listan")
        person.name = turned
        if same is not None:  # named again given name first: one person
            members.remove(same)
            person.party = person.party or same.party
            if person.role == "ledamot" and same.role not in ("ledamot", "ersättare"):
                person.role = same.role


_MOSTLY_WITH_PARTY = 3
_CHECK_NO_PARTY = "de andra har parti: kontrollera att det är en ledamot eller ersättare"
_STOOD_IN_FOR = (
    "nämns bara som den en ersättare tjänstgjorde för, och sidan anger inte partiet: skriv in det"
)


def warn_without_party(
    members: list[Fortroendevald], stood_in_for: set[str], report: ImportReport
) -> None:
    """A warning for each member read without a party: one named only as the ledamot an
    ersättare tjänstgör för ("tjänstgör för Tomas Johansson") is a ledamot whose party the
    page does not give; one among many with a party may be no member at all (a contact
    person at a page's foot)."""
    with_party = sum(1 for person in members if person.party)
    for person in members:
        if person.party:
            continue
        if person_key(person.name) in stood_in_for:
            report.warn(person.name, "inget parti angivet", _STOOD_IN_FOR)
        elif with_party >= _MOSTLY_WITH_PARTY:
            report.warn(person.name, "inget parti angivet", _CHECK_NO_PARTY)
        else:
            report.warn(person.name, "inget parti angivet")
