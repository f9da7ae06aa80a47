"""Reading the organ's ledamöter and ersättare from text the secretary pastes: the kommun's
web page of the nämnd, a valberedning's förslag or the first page of a protokoll.

The shapes read (each seen on a real kommun's page or protokoll):
- a person a line, the role before or after ("Ordförande: Anna Ek (S)", "Anna Ek (S), ordf."),
  under headings that set the role of the lines below ("Ledamöter", "Personliga ersättare");
- a protokoll's first page, by line or in one run as a PDF's text gives it: the labels
  "Beslutande", "Tjänstgörande ersättare", "Ej tjänstgörande ersättare" set the role of the
  names after them; "Övriga närvarande" holds tjänstepersoner (never read as members) and
  often the ej tjänstgörande ersättare, read by their party in brackets where the text says
  ersättare; "Utses att justera", "Sekreterare" and the underskrifter name no new member;
- several on a line, each with the party in brackets ("Roland Bäckman (S) Leif Hansen (SRD),
  §§ 141–143"); "X (M) ersättare för Y (C)" or "X (M) ersätter Y (C)" makes X an ersättare and
  Y a ledamot; "(för Anna Ek)" makes the person before Anna Ek's personal ersättare;
- a table copied from a web page (cells apart by tabs or wide spaces): "Namn | Parti |
  Uppdrag", or the two columns "Ordinarie | Ersättare" of a nämnd with personal ersättare.
Whatever is not read (a title, a place, a tjänsteperson, a line that names no one) has a line
in the report: nothing is left out without it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ksdesk.core.import_report import ImportReport, count
from ksdesk.core.organ import Fortroendevald
from ksdesk.core.organ_members import MEMBERS_KIND
from ksdesk.interchange.members_cells import header_of_pairs, read_cells
from ksdesk.interchange.members_words import (
    IN_BRACKETS,
    LABEL,
    NAME,
    ROLE,
    Label,
    heading_role,
    label_of,
    name_with_role,
    party_of,
    role_in,
)

# A heading at the start of a line after which the lines are not the organ's members.
_OTHERS = re.compile(r"^(?:övriga\s+(?:närvarande|deltagande)|tjänste(?:personer|män)|"
                     r"sekreterare|utses\s+att\s+justera|justerare)\b", re.I)  # fmt: skip
_ERSATTARE_FOR = re.compile(r"ersätt(?:are\s+för|er)\s*$", re.I)
# Närvaro for part of the meeting: "§§ 141-143, 145-159", "ej 13", "170, 172-184".
_PARAGRAPHS = re.compile(
    r"[\s,]*(?:ej\s+)?(?:§§?\s*)?\d+(?:\s*[-–]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–]\s*\d+)?)*"
)
# "(för Gunilla Svantorp)" after a person: the ledamot whose personal ersättare they are.
_PERSONAL = re.compile(rf"\(\s*för\s+(?P<who>{NAME})\s*\)")
_FILLER = re.compile(r"[\s,.;:()]+|\b(?:och|samt)\b")
_NOT_READ = "inte läst som ledamot eller ersättare"


@dataclass
class MembersRead:
    members: list[Fortroendevald] = field(default_factory=list)
    report: ImportReport = field(
        default_factory=lambda: ImportReport(MEMBERS_KIND, "inklistrad text", pasted=True)
    )


def _leftover(text: str) -> str:
    """What of a text is more than fillers ("och", commas, brackets): "" when nothing."""
    return " ".join(text.split()).strip(" ,;:") if _FILLER.sub("", text) else ""


@dataclass
class _Segment:
    labels: list[Label]  # none: a line without labels; several: labels printed one after another
    text: str


def _segments(line: str) -> list[_Segment]:
    """A line cut at the protokoll's labels. Labels with nothing between them ("Beslutande
    ledamöter Ej tjänstgörande ersättare Övriga närvarande Anna …") stay together: the PDF's
    column of labels came before its column of names."""
    segments = [_Segment([], "")]
    position = 0
    for match in LABEL.finditer(line):
        before = line[position : match.start()]
        if _leftover(before) or not segments[-1].labels:
            segments[-1].text = before
            segments.append(_Segment([label_of(match)], ""))
        else:
            segments[-1].labels.append(label_of(match))
        position = match.end()
    segments[-1].text = line[position:]
    return [s for s in segments if s.labels or _leftover(s.text)]


class _Reader:
    def __init__(self) -> None:
        self.read = MembersRead()
        self.by_name: dict[str, Fortroendevald] = {}
        self.section: str | None = "ledamot"  # None: the names are not members
        self.others: Label | None = None  # the label that made them not members
        self.pairs = False  # a table "Ordinarie | Ersättare": the row's ersättare is personal

    @property
    def report(self) -> ImportReport:
        return self.read.report

    def add(self, name: str, party: str, role: str, personlig_for: str = "") -> Fortroendevald:
        name = " ".join(name.split())
        known = self.by_name.get(name.casefold())
        if known is None:
            known = Fortroendevald(name, party, role, personlig_for=personlig_for)
            self.by_name[name.casefold()] = known
            self.read.members.append(known)
            return known
        known.party = known.party or party
        if role != "ledamot":  # named again with a role ("ordförande"): plain "ledamot" says less
            known.role = role
        known.personlig_for = known.personlig_for or personlig_for
        return known

    def line(self, where: str, line: str) -> None:
        report = self.read.report
        if heading := heading_role(line):
            self.section, self.others = heading, None
            return
        if _OTHERS.match(line) and not LABEL.match(line):
            report.drop(where, line, "övriga närvarande är inte ledamöter eller ersättare")
            self.section, self.others = None, None
            return
        for segment in _segments(line):
            if segment.labels:
                self._enter(segment.labels[0])
            self._segment(where, segment)

    def _enter(self, label: Label) -> None:
        if label.may_hold_ersattare or label.role is None:
            self.section, self.others = None, label
        else:
            self.section, self.others = label.role, None

    def _segment(self, where: str, segment: _Segment) -> None:
        report = self.read.report
        if not _leftover(segment.text):
            return
        text = segment.text.strip(" ,;:")  # inner wide spaces kept: they part a table's cells
        roles = {label.role for label in segment.labels}
        if self.section and len(roles) > 1:
            self._stacked(where, text, segment.labels)
        elif self.section is None:
            self._not_members(where, text)
        elif header_of_pairs(text):
            self.pairs = True
        elif IN_BRACKETS.search(text):
            self._bracketed(where, text, self.section, _NOT_READ)
        elif not read_cells(self, where, text):
            report.drop(where, text, "ingen person lästes ur raden")

    def _not_members(self, where: str, text: str) -> None:
        """Under "Övriga närvarande" the people with a party are the ersättare, where the
        text says so; everyone else there, and under the justering, is not read."""
        others = self.others
        why = others.why if others else "står under övriga närvarande"
        says_ersattare = (
            others is not None
            and others.may_hold_ersattare
            and (others.role == "ersättare" or role_in(text) == "ersättare")
        )
        if says_ersattare and IN_BRACKETS.search(text):
            self._bracketed(where, text, "ersättare", why)
        else:
            self.read.report.drop(where, text, why)

    def _stacked(self, where: str, text: str, labels: list[Label]) -> None:
        """The labels came before the names: read those with a party, as ledamöter, and those
        after the last "X ersätter Y" as the ej tjänstgörande ersättare, and say so."""
        people = self._bracketed(where, text, "ledamot", _NOT_READ)
        named = " ".join(label.text for label in labels)
        if not any(label.role == "ersättare" for label in labels):
            return
        last_pair = max((i for i, (_, pair, _) in enumerate(people) if pair), default=None)
        if last_pair is None:
            self.read.report.warn_sentence(
                where, f"Rubrikerna ”{named}” står före namnen: alla lästes som ledamöter. "
                "Kontrollera vilka som är ersättare."
            )  # fmt: skip
            return
        for person, _, new in people[last_pair + 1 :]:
            if new and person.role == "ledamot":
                person.role = "ersättare"
        self.read.report.warn_sentence(
            where, f"Rubrikerna ”{named}” står före namnen: de som står efter "
            f"”{people[last_pair][0].name}” lästes som ersättare. Kontrollera rollerna."
        )  # fmt: skip

    def _bracketed(
        self, where: str, text: str, section: str, why: str
    ) -> list[tuple[Fortroendevald, bool, bool]]:
        """ "Anna Ek (S), ordförande; Lars Berg (M) ersättare för Eva Holm (C)": the people
        read as (person, named as the ledamot someone ersätter, new here); what is not a
        person with a party (a title, a place, a tjänsteperson) is reported."""
        matches = list(IN_BRACKETS.finditer(text))
        leftovers = [text[: matches[0].start()]]
        role_before = role_in(leftovers[0])
        leftovers[0] = ROLE.sub("", leftovers[0], count=1)
        people: list[tuple[Fortroendevald, bool, bool]] = []
        previous: Fortroendevald | None = None
        for index, match in enumerate(matches):
            end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
            after = text[match.end() : end]
            party = party_of(match["inside"])
            inside = " ".join(match["inside"].split())
            if not party:
                if inside.lower().startswith("för ") and previous is not None:
                    previous.role, previous.personlig_for = "ersättare", inside[4:]
                    leftovers.append(match["name"])  # the ersättare's kommun or region
                else:  # "Pär Levander (kvalitetschef)": a tjänsteperson, not a member
                    leftovers.append(match[0])
                    previous = None
                leftovers.append(after)
                continue
            name, lead_role = name_with_role(match["name"]) or (match["name"], None)
            role_before = lead_role or role_before
            before_count = len(self.read.members)
            if previous is not None and _ERSATTARE_FOR.search(text[: match.start()]):
                # "X (M), ersättare för Y (C)": Y is the ledamot X tjänstgör for.
                previous.role = "ersättare"
                person = self.add(name, party, "ledamot")
                people.append((person, True, len(self.read.members) > before_count))
                previous = None
                leftovers.append(self._presence(where, name, after))
                continue
            role = role_in(_ERSATTARE_FOR.sub("", after)) or (
                role_before if index == 0 else lead_role
            )
            previous = self.add(name, party, role or section)
            people.append((previous, False, len(self.read.members) > before_count))
            rest = ROLE.sub("", _ERSATTARE_FOR.sub("", after), count=1)
            if personal := _PERSONAL.search(rest):
                previous.role, previous.personlig_for = "ersättare", personal["who"]
                rest = rest[: personal.start()] + rest[personal.end() :]
            leftovers.append(self._presence(where, name, rest))
        for leftover in filter(None, map(_leftover, leftovers)):
            self.read.report.drop(where, leftover, why)
        return people

    def _presence(self, where: str, name: str, text: str) -> str:
        """A part of the meeting a person was there for ("§§ 141-143", "ej 13"), right after
        the name, goes to the report; the rest of the text is returned."""
        if paragraphs := _PARAGRAPHS.match(text):
            self.read.report.change(
                where, paragraphs[0].strip(" ,"), f"närvaron för {name} hör till sammanträdet"
            )
            return text[: paragraphs.start()] + text[paragraphs.end() :]
        return text


def _resolve_personal(read: MembersRead) -> None:
    """ "(för Tommy Bernevång)" where the ledamot is Tommy Bernevång Forsberg: the one ledamot
    whose name begins so is meant; the report says which."""
    ledamoter = [m.name for m in read.members if m.is_ledamot]
    for person in read.members:
        wanted = person.personlig_for
        if not wanted or wanted in ledamoter:
            continue
        fits = [name for name in ledamoter if name.startswith(wanted + " ")]
        if len(fits) == 1:
            person.personlig_for = fits[0]
            read.report.change(
                person.name, f"personlig ersättare för ”{wanted}”", f"läst som {fits[0]}"
            )


def read_members(text: str) -> MembersRead:
    """The members a pasted text names, in its order (the ersättare in the order listed, which
    is the order they are called in), and the report of what was not read."""
    reader = _Reader()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.replace("\xa0", " ").strip()
        if line:
            reader.line(f"Rad {number}", line)
    read = reader.read
    _resolve_personal(read)
    ledamoter = sum(1 for m in read.members if m.is_ledamot)
    ersattare = len(read.members) - ledamoter
    ersattare_text = count(ersattare, "ersättare", "ersättare")
    read.report.read.append(f"{count(ledamoter, 'ledamot', 'ledamöter')} och {ersattare_text}")
    for person in read.members:
        if not person.party:
            read.report.warn(person.name, "inget parti angivet")
    return read
