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
  Y a ledamot; "(för Anna Ek)" makes the person before Anna Ek's personal ersättare, and a
  valberedning's "X (C), ersättare Y (C)" Y X's (members_runs.py);
- a role on the line under the name ("Hans Jarstig (KD)" over "2:e vice ordförande");
- a table copied from a web page (cells apart by tabs or wide spaces): "Namn | Parti |
  Uppdrag", or the two columns "Ordinarie | Ersättare" of a nämnd with personal ersättare.
People with an insynsplats or adjungerade are not members. Whatever is not read (a title, a
place, a tjänsteperson, a line that names no one) has a line in the report: nothing is left
out without it. The lines are made ready to read in members_lines.py, the words are in
members_words.py, the labels in members_page.py, table rows in members_cells.py."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ksdesk.core.import_report import ImportReport, count
from ksdesk.core.organ import Fortroendevald
from ksdesk.core.organ_members import MEMBERS_KIND, person_key
from ksdesk.interchange.members_cells import Table, read_cells, table_header
from ksdesk.interchange.members_lines import prepared_lines
from ksdesk.interchange.members_list import (
    family_names_first,
    ordforande_who_signed,
    resolve_personal,
    resolve_two_parties,
    warn_without_party,
)
from ksdesk.interchange.members_page import Segment, leftover, place, placed, segments
from ksdesk.interchange.members_party_first import read_party_first
from ksdesk.interchange.members_register import read_register_row
from ksdesk.interchange.members_runs import last_ledamot, read_run, read_unlabelled
from ksdesk.interchange.members_words import (
    IN_BRACKETS,
    LABEL,
    PLACE_WHY,
    Label,
    heading_role,
    parties_in_brackets,
    party_heading,
    role_in,
)

# A heading at the start of a line after which the lines are not the organ's members: a
# protokoll's officials, and the contact people at the foot of a kommun's page.
_OTHERS = re.compile(r"^(?:övriga\s+(?:närvarande|deltagande)|tjänste(?:personer|män)|"
                     r"(?:nämnd|kommun)?sekreterare|utses\s+att\s+justera|justerare|"
                     r"kontakt(?:a\s+oss|person(?:er)?)?|informationsansvarig|handläggare|"
                     r"har\s+du\s+frågor|frågor\s+om)\b", re.I)  # fmt: skip
# Politicians at the table who are not the organ's members.
_NOT_MEMBERS = re.compile(r"\b(?:insyn\w*|adjungera\w*|observatör\w*)", re.I)
# Far more lines left out than people read: a kallelse or a protokoll's later pages?
_NOT_A_LIST = 3
_NOT_A_LIST_WHY = (
    "Det mesta i texten är inte en lista över ledamöter och ersättare: kontrollera att det "
    "är nämndens lista som är inklistrad och att de lästa är ledamöter eller ersättare."
)
_NOT_READ = "inte läst: registret har namn, parti och roll"


@dataclass
class MembersRead:
    members: list[Fortroendevald] = field(default_factory=list)
    report: ImportReport = field(
        default_factory=lambda: ImportReport(MEMBERS_KIND, "inklistrad text", pasted=True)
    )


class _Reader:
    def __init__(self) -> None:
        self.read = MembersRead()
        self.by_name: dict[str, Fortroendevald] = {}
        self.section: str | None = "ledamot"  # None: the names are not members
        self.others: Label | None = None  # the label that made them not members
        self.table = Table()  # the columns of a table's rubrikrad, once one is read
        self.indented = False  # the line began with an empty cell
        self.on_line: list[Fortroendevald] = []  # the people the current line names
        self.waiting_role: str | None = None  # "Ordförande:" on a line before the name
        self.party = ""  # a heading "Socialdemokraterna" above names written without party
        self.two_parties: list[tuple[Fortroendevald, str]] = []  # a person and a second party
        self.party_first = False  # the list writes the party before the name ("S Anna Ek")
        self.stood_in_for: set[str] = set()  # named only as one an ersättare tjänstgör för

    @property
    def report(self) -> ImportReport:
        return self.read.report

    def knows(self, name: str) -> bool:
        return person_key(name) in self.by_name

    def add(self, name: str, party: str, role: str, personlig_for: str = "") -> Fortroendevald:
        name = " ".join(name.split())
        known = self.by_name.get(person_key(name))
        if known is None:
            party = party or self.party
            known = Fortroendevald(name, party, role, personlig_for=personlig_for)
            self.by_name[person_key(name)] = known
            self.read.members.append(known)
            self.on_line.append(known)
            return known
        self.on_line.append(known)
        if name != known.name and _cased(name) and not _cased(known.name):
            name, known.name = known.name, name  # "Ronny NIlsson", then "Ronny Nilsson"
        if name != known.name:
            self.report.change(name, f"samma person som {known.name}", "namnet stavat olika")
        if party and known.party and party != known.party:
            self.two_parties.append((known, party))  # settled once the whole list is read
        known.party = known.party or party
        if role != "ledamot":  # named again with a role ("ordförande"): plain "ledamot" says less
            known.role = role
        known.personlig_for = known.personlig_for or personlig_for
        return known

    def line(self, where: str, line: str) -> None:
        line_before, self.on_line = self.on_line, []
        waiting, self.waiting_role = self.waiting_role, None
        if heading := heading_role(line):
            self._heading(heading, line, line_before)
            return
        if party := party_heading(line):
            self.party = party  # "Socialdemokraterna": the party of the names below
            return
        self._line(where, line)
        if waiting and self.on_line:
            self.on_line[0].role = waiting

    def _heading(self, role: str, line: str, line_before: list[Fortroendevald]) -> None:
        """ "Ersättare" sets the role of the lines below; "Ordförande" is one person's: the
        one named on the line before (a page that gives the role under the name), or, after
        "Ordförande:" with nothing before it, the one named on the next line."""
        if role in ("ledamot", "ersättare"):
            self.section, self.others = role, None
        elif len(line_before) == 1 and not line.rstrip().endswith(":"):
            line_before[0].role = role
        else:
            self.waiting_role = role

    def _line(self, where: str, line: str) -> None:
        report = self.read.report
        if (others := _OTHERS.match(line)) and not LABEL.match(line):
            heading = others[0].capitalize()
            report.drop(where, line, f"under ”{heading}” står inte ledamöter eller ersättare")
            why = f"står under ”{heading}”: inte ledamot eller ersättare"
            self.section, self.others = None, Label(heading, None, why)
            return
        for segment in segments(line):
            before = self.section, self.others
            if segment.labels:
                self._enter(segment.labels[0])
            self._segment(where, segment)
            if self.section not in (None, "ledamot", "ersättare"):
                self.section, self.others = before  # "Ordförande: Anna Ek (S)": hers alone

    def _enter(self, label: Label) -> None:
        if label.may_hold_ersattare or label.role is None:
            self.section, self.others = None, label
        else:
            self.section, self.others = label.role, None

    def _segment(self, where: str, segment: Segment) -> None:
        report = self.read.report
        if not leftover(segment.text):
            return
        text = segment.text.strip(" ,;:")  # inner wide spaces kept: they part a table's cells
        roles = {label.role for label in segment.labels}
        if _NOT_MEMBERS.search(text):
            report.drop(where, text, "insynsplats eller adjungerad: inte ledamot eller ersättare")
        elif self.section and len(roles) > 1:
            self._stacked(where, text, segment.labels)
        elif self.section is None:
            self._not_members(where, text, "ersättare" in roles)
        elif columns := table_header(text):
            self.table.finish(self.report)  # a page of one table a party
            self.table = Table(columns)
        else:
            self._row(where, text)

    def _row(self, where: str, text: str) -> None:
        """A line of people; in a table of ledamot and ersättare side by side, a row."""
        before = len(self.on_line)
        # "Monica Dahlén, S Marcus Danielsson, SD": the party after the comma, not before the
        # name; "L Sofia Sjöstrand, ordförande M Anders Lindahl" (Marks kommun): before it.
        after_comma = None if IN_BRACKETS.search(text) else parties_in_brackets(text)
        if after_comma is None and self._party_first(where, text, self.section, _NOT_READ):
            pass
        elif IN_BRACKETS.search(text := after_comma or text):
            read_run(self, where, text, self.section, _NOT_READ)
        elif self.table.family_first and read_register_row(self, where, text):
            pass  # "Lindell Rylén Monica s Ordförande 3"
        elif not read_cells(self, where, text):
            self.report.drop(where, text, "ingen person lästes ur raden")
        if self.table.pairs:
            self.table.row(self.on_line[before:], self.indented)

    def _party_first(self, where: str, text: str, role: str, why: str) -> bool:
        """Marks kommun's "L Sofia Sjöstrand, ordförande M Anders Lindahl": read, and
        remembered, so that a local party's "MBP Henry Sandahl" alone on a line is read too."""
        read = read_party_first(self, where, text, role, why, shape_known=self.party_first)
        self.party_first = self.party_first or read
        return read

    def _not_members(self, where: str, text: str, labelled_ersattare: bool = False) -> None:
        """Under "Övriga närvarande" the people with a party are the ersättare, where the
        text or a label beside it ("Ej tjänstgörande ersättare") says so; everyone else
        there, and under the justering, is not read."""
        others = self.others
        why = others.why if others else "står under övriga närvarande"
        says_ersattare = (
            others is not None
            and others.may_hold_ersattare
            and (others.role == "ersättare" or labelled_ersattare or role_in(text) == "ersättare")
        )
        if says_ersattare and self._party_first(where, text, "ersättare", why):
            pass
        elif (
            others is not None
            and others.why == PLACE_WHY
            and read_unlabelled(self, where, text, why)
        ):
            pass  # "Plats och tid Centrumgården, … ande Gunilla A Aurusell (S) ordförande, …"
        elif says_ersattare and IN_BRACKETS.search(text):
            read_run(self, where, text, "ersättare", why)
        else:
            self.read.report.drop(where, text, why)

    def _stacked(self, where: str, text: str, labels: list[Label]) -> None:
        """The labels came before the names: read those with a party, as ledamöter, and those
        after the last ledamot (see last_ledamot) as the ersättare, and say so. Without a label
        of ledamöter ("Ersättare: Övriga närvarande: …"), those with a party are ersättare."""
        if not any(label.role == "ledamot" for label in labels):
            if not self._party_first(where, text, "ersättare", _NOT_READ):
                read_run(self, where, text, "ersättare", _NOT_READ)
            return
        people = read_run(self, where, text, "ledamot", _NOT_READ)
        named = " ".join(label.text for label in labels)
        if not any(label.role == "ersättare" for label in labels):
            return
        last_pair = last_ledamot(people, text)
        if last_pair is None:
            self.read.report.warn_sentence(
                where, f"Rubrikerna ”{named}” står före namnen: alla lästes som ledamöter. "
                "Kontrollera vilka som är ersättare."
            )  # fmt: skip
            return
        for read in people[last_pair + 1 :]:
            if read.new and read.person.role == "ledamot":
                read.person.role = "ersättare"
        self.read.report.warn_sentence(
            where, f"Rubrikerna ”{named}” står före namnen: de som står efter "
            f"”{people[last_pair].person.name}” lästes som ersättare. Kontrollera rollerna."
        )  # fmt: skip


def _cased(name: str) -> bool:
    """Whether no word of `name` has a capital after its first letter ("NIlsson" has),
    but for a part after a hyphen or an apostrophe ("Ulla-Britt", "O'Hara")."""
    return not re.search(r"\w[A-ZÅÄÖÉÜ]", re.sub(r"[-'’][A-ZÅÄÖÉÜ]", "-x", name))


def read_members(text: str) -> MembersRead:
    """The members a pasted text names, in its order (the ersättare in the order listed, which
    is the order they are called in), and the report of what was not read."""
    reader = _Reader()
    raws = text.splitlines()
    for number, line in prepared_lines(raws, reader.report):
        reader.indented = raws[number - 1].startswith(("  ", "\t"))
        report = reader.report
        before = [len(lines) for lines in placed(report)]
        reader.line(f"Rad {number}", line)
        for lines, first in zip(placed(report), before, strict=True):
            place(lines, first, line)
    read = reader.read
    reader.table.finish(read.report)
    resolve_personal(read.members, read.report)
    resolve_two_parties(read.members, reader.two_parties, read.report)
    family_names_first(read.members, read.report)
    ordforande_who_signed(" ".join(text.split()), read.members, read.report)
    ledamoter = sum(1 for m in read.members if m.is_ledamot)
    ersattare = len(read.members) - ledamoter
    ersattare_text = count(ersattare, "ersättare", "ersättare")
    read.report.read.append(f"{count(ledamoter, 'ledamot', 'ledamöter')} och {ersattare_text}")
    if len(read.report.dropped) > _NOT_A_LIST * max(len(read.members), 1):
        read.report.warn_sentence("Texten", _NOT_A_LIST_WHY)
    warn_without_party(read.members, reader.stood_in_for, read.report)
    return read
