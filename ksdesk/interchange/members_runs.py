"""A run of people each with the party in brackets, as protokoll and members pages write them:
"Anna Ek (S), ordförande Lars Berg (M) ersättare för Eva Holm (C)", "Gary Slater (SD) ej 13",
"Meit Fohlin (S), Region Gotland (för Gunilla Svantorp)", and a valberedning's pair
"Malin Ekman (L), ersättare Runar Eldebo (L)". Names without party before the run are read
where a role stands right next to them ("De ordinarie ledamöterna är Robert Forsberg, …":
members_named_by_role.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Protocol

from ksdesk.core.import_report import ImportReport
from ksdesk.core.organ import Fortroendevald
from ksdesk.interchange.members_named_by_role import named_by_role
from ksdesk.interchange.members_names import split_names
from ksdesk.interchange.members_page import leftover
from ksdesk.interchange.members_words import (
    IN_BRACKETS,
    NAME,
    ROLE,
    name_with_role,
    party_of,
    role_after_party,
    role_in,
)

# "X (M) tjänstgörande ersättare för Y (C)", "X (M) ersätter Y (C)", "X (M) för Y (C)": X
# tjänstgör for Y at this meeting; "personlig ersättare för Y (C)" makes X Y's own ersättare.
_ERSATTARE_FOR = re.compile(
    r"(?P<personal>personlig\s+)?(?:tjänstgörande\s+)?ersätt(?:are\s+för|er)\s*$", re.I
)
# "Kim Lo (S) för Eva Holm (S)", "Karin Nilsson (C), tjänstgörande för Inga-Kerstin Eriksson (C)",
# "Egon Svensson (L) tjänstgör för Elise Benjaminsson (M)", and as Ale kommun shortens it,
# "Monica Samuelsson (S) tjg för Paula Örn (S)" or "Rolf Engström (FiA) tjg Rose-Marie Fihn (L)".
_FOR_ALONE = re.compile(
    r"[\s,]*(?:(?:i\s*stället\s+|tjänstgör(?:ande)?\s+)?för|tjg\.?(?:\s+för)?)\s*", re.I
)
# "Kim Lo (S), ersättare för Anna Ek", "Personlig ersättare för Lars Berg: Per Holm (M)": a
# ledamot named without a party is the one whose personal ersättare this is.
_ERSATTARE_FOR_NAMED = re.compile(
    rf"(?:[Pp]ersonlig\s+)?[Ee]rsättare\s+för\s+(?P<who>{NAME})(?!,?\s*\()"
)
# "X (C), ersättare Y (C)": the valberedning's ledamot and the ersättare proposed for them.
_PAIR = re.compile(r"[\s,]*ersättare[\s:]*", re.I)
# Närvaro for part of the meeting: "§§ 141-143, 145-159", "ej 13", "170, 172-184".
_PARAGRAPHS = re.compile(
    r"[\s,]*(?:ej\s+)?(?:§§?\s*)?\d+(?:\s*[-–]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–]\s*\d+)?)*"
)
_COMMA = re.compile(r"\s*,\s*")
_TITLE_WHY = "inom parentes står inget parti: inte läst som ledamot eller ersättare"
# "(för Gunilla Svantorp)" after a person: the ledamot whose personal ersättare they are.
_PERSONAL = re.compile(rf"\(\s*för\s+(?P<who>{NAME})\s*\)")


class Adds(Protocol):
    def knows(self, name: str) -> bool: ...

    def add(self, name: str, party: str, role: str, personlig_for: str = "") -> Fortroendevald: ...

    @property
    def report(self) -> ImportReport: ...


@dataclass
class RunPerson:
    person: Fortroendevald
    ersatt: bool  # named as the ledamot someone ersätter ("X ersätter Y": Y)
    new: bool  # first named here
    span: tuple[int, int]  # where in the run the name and its brackets stand


class _Run:
    def __init__(self, reader: Adds, where: str, text: str) -> None:
        self.reader, self.where, self.text = reader, where, text
        self.people: list[RunPerson] = []
        # (what is left once read, why when not the run's own reason)
        self.unread: list[tuple[str, str]] = []

    def add(
        self, match: re.Match[str], name: str, role: str, *, ersatt: bool = False
    ) -> Fortroendevald:
        new = not self.reader.knows(name)
        person = self.reader.add(name, party_of(match["inside"]), role)
        self.people.append(RunPerson(person, ersatt, new, match.span()))
        return person

    def add_without_party(self, name: str, start: int) -> None:
        """The ledamot an ersättare tjänstgör för, named without a party right before the
        next person's name."""
        new = not self.reader.knows(name)
        person = self.reader.add(name, "", "ledamot")
        self.people.append(RunPerson(person, True, new, (start, start + len(name))))

    def rest(self, left: str, why: str = "") -> None:
        """What is left of the run's text once read: reported when it holds more than
        commas and "och", with `why` or the run's own reason."""
        self.unread.append((left, why))

    def presence(self, name: str, text: str) -> str:
        """A part of the meeting a person was there for ("§§ 141-143", "ej 13"), right after
        the name, goes to the report; the rest of the text is returned."""
        if paragraphs := _PARAGRAPHS.match(text):
            self.reader.report.change(
                self.where,
                paragraphs[0].strip(" ,"),
                f"närvaron för {name} hör till sammanträdet",
            )
            return text[paragraphs.end() :]
        return text


def read_run(reader: Adds, where: str, text: str, section: str, why: str) -> list[RunPerson]:
    """The people of a run, in its order; what is not a person with a party (a title, a
    place, a tjänsteperson, a sentence around the names) is reported with `why`."""
    text = role_after_party(text)
    run = _Run(reader, where, text)
    matches = list(IN_BRACKETS.finditer(text))
    head = text[: matches[0].start()]
    role_before = role_in(head)
    personal_before = _ERSATTARE_FOR_NAMED.search(head)
    if personal_before:
        head = head[: personal_before.start()] + head[personal_before.end() :]
    for name, span in named_by_role(head):
        # "De ordinarie ledamöterna är Robert Forsberg, Sonia Harr (S)": the role says it.
        new = not reader.knows(name)
        run.people.append(RunPerson(reader.add(name, "", role_before or section), False, new, span))
        head = head[: span[0]] + " " * (span[1] - span[0]) + head[span[1] :]
    if run.people and role_before not in ("ledamot", "ersättare"):
        role_before = None  # "Ordförande Anna Ek, Lars Berg (S)": the presidium role is hers
    run.rest(ROLE.sub("", head, count=1))
    with_party = [m for m in matches if party_of(m["inside"])]
    if len(with_party) == 2 == len(matches) and _pair(text, matches):
        name, role = _name(matches[0])
        first = run.add(matches[0], name, role or role_before or section)
        second = run.add(matches[1], _name(matches[1])[0], "ersättare")
        second.personlig_for = second.personlig_for or first.name
        tail = text[matches[1].end() :]
        run.rest(tail)
    else:
        _read_each(run, matches, role_before, section)
    if personal_before and run.people:
        first = run.people[0].person
        first.role, first.personlig_for = "ersättare", personal_before["who"]
    for left, own_why in run.unread:
        if leftover(left):
            reader.report.drop(where, _tidy(left), own_why or why)
    return run.people


_UNLABELLED_AT_LEAST = 3  # people with a party after the place: a list, not a place's name


def read_unlabelled(reader: Adds, where: str, text: str, why: str) -> bool:
    """Names with their party after "Plats och tid" and the place, as a transcript gives the
    first page when it lost the label "Beslutande" ("… klockan 13.00 17.15 … ande Ingvar
    Smedlund, Ordförande (M) …", Enköping): read as ledamöter, with a warning to check the
    roles; False, and nothing read, when fewer than three people with a party are there."""
    with_party = [m for m in IN_BRACKETS.finditer(text) if party_of(m["inside"])]
    if len(with_party) < _UNLABELLED_AT_LEAST:
        return False
    people = read_run(reader, where, text, "ledamot", why)
    reader.report.warn_sentence(
        where,
        f"Namnen från ”{people[0].person.name}” står utan rubriken ”Beslutande”: de lästes "
        "som ledamöter. Kontrollera rollerna.",
    )
    return True


def _tidy(text: str) -> str:
    """ ", Årjängs kommun, " (once its "ordförande" is read) → "Årjängs kommun": the report
    shows what was not read, without the commas around what was."""
    return re.sub(r"\s+([,.;:])", r"\1", " ".join(text.split())).strip(" ,;:.")


def _name(match: re.Match[str]) -> tuple[str, str | None]:
    return name_with_role(match["name"]) or (match["name"], None)


def _pair(text: str, matches: list[re.Match[str]]) -> bool:
    between = text[matches[0].end() : matches[1].start()]
    return bool(_PAIR.fullmatch(between)) and role_in(text[matches[1].end() :]) is None


def _read_each(
    run: _Run, matches: list[re.Match[str]], role_before: str | None, section: str
) -> None:
    text = run.text
    previous: Fortroendevald | None = None
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        after = text[match.end() : end]
        party = party_of(match["inside"])
        inside = " ".join(match["inside"].split())
        if not party:
            if inside.lower().startswith("för ") and previous is not None:
                previous.role, previous.personlig_for = "ersättare", inside[4:]
                run.rest(match["name"])  # the ersättare's kommun or region
                run.rest(after)
            else:  # "Pär Levander (kvalitetschef) 107": a tjänsteperson, not a member
                run.rest(match[0] + after, _TITLE_WHY)
                previous = None
            continue
        name, lead_role = _name(match)
        between = text[matches[index - 1].end() : match.start()] if index else ""
        own = previous is not None and previous.role == section and bool(role_in(after))
        if lead_role and previous is not None and (_COMMA.fullmatch(between) or own):
            # "Kristina Bolin (S), Ordförande Lena Svahn (MP), 1:e vice ordförande": the role
            # after the comma, or with the next one's own after her (Stenungsund's "Lillemor
            # Arvidsson (m) Ordförande Janette Olsson (s) Vice ordförande"), is the one before's.
            previous.role, lead_role = lead_role, None
        role_before = lead_role or role_before
        pair = _ERSATTARE_FOR.search(text[: match.start()]) or _FOR_ALONE.fullmatch(between)
        away = _away_without_party(name) if previous is not None and pair else None
        if previous is not None and away:
            # "X (S) tjg för Klas Karlsson Sonny Landerberg (MP)": Klas Karlsson, named without
            # a party, is the ledamot away; the brackets are the next person's, read below.
            previous.role = "ersättare"
            run.add_without_party(away, match.start("name"))
            name, previous = name[len(away) :].strip(), None
        elif previous is not None and pair:
            # "X (M), ersättare för Y (C)": Y is the ledamot X tjänstgör for.
            previous.role = "ersättare"
            # "… ersättare för Helena Brink (M), 2:e vice ordförande": the one away's role.
            own = role_in(after)
            presidium = own not in (None, "ledamot", "ersättare")
            run.add(match, name, own if own and presidium else "ledamot", ersatt=True)
            if pair.groupdict().get("personal"):
                previous.personlig_for = name
            previous = None
            run.rest(run.presence(name, ROLE.sub("", after, count=1) if presidium else after))
            continue
        # "Ersättarna är A (S), B (M)": a plural role before the run is everyone's in it;
        # "Ordförande Anna Ek (S) Lars Berg (M)": a presidium role only the first one's.
        for_all = role_before if role_before in ("ledamot", "ersättare") else None
        role = role_in(_ERSATTARE_FOR.sub("", after)) or (
            role_before if index == 0 else lead_role or for_all
        )
        previous = run.add(match, name, role or section)
        rest = "" if _FOR_ALONE.fullmatch(after) else _ERSATTARE_FOR.sub("", after)
        if personal := _PERSONAL.search(rest) or _ERSATTARE_FOR_NAMED.search(rest):
            previous.role, previous.personlig_for = "ersättare", personal["who"]
            rest = rest[: personal.start()] + rest[personal.end() :]
        rest = ROLE.sub("", rest, count=1)
        run.rest(run.presence(name, rest))


def _away_without_party(name: str) -> str | None:
    """In "tjg för Klas Karlsson Sonny Landerberg (MP)" the words before the brackets are two
    names, the first the ledamot away: that one, when the words cut into exactly two names
    (split_names: given names first, family names last); None for one name."""
    names = split_names(name)
    return names[0] if names and len(names) == 2 else None


def last_ledamot(people: list[RunPerson], text: str) -> int | None:
    """In a run whose labels came before the names, the index of the last ledamot: the last
    one someone ersätter, or in a list apart by commas the one before the only gap without a
    comma (where the PDF's column of ledamöter ended)."""
    ersatta = [i for i, read in enumerate(people) if read.ersatt]
    if ersatta:
        return ersatta[-1]
    commas = ["," in text[a.span[1] : b.span[0]] for a, b in pairwise(people)]
    if commas.count(False) == 1 and commas.count(True) >= 2:
        return commas.index(False)
    return None
