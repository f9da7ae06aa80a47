"""Reading the organ's ledamöter and ersättare from text the secretary pastes: the kommun's
web page of the nämnd, a valberedning's förslag or the närvarolista of a protokoll.

The shapes read (each seen on a real kommun's page or protokoll):
- a person a line, the role before or after ("Ordförande: Anna Ek (S)", "Anna Ek (S), ordf."),
  under headings that set the role of the lines below ("Ledamöter", "Ersättare", "Beslutande",
  "Tjänstgörande ersättare");
- several on a line, each with the party in brackets, as a protokoll's Beslutande lists them
  ("Roland Bäckman (S) Leif Hansen (SRD), §§ 141–143, Lars Molin (M)"); "ersättare för Helena
  Brink (C)" makes the person before an ersättare and names a ledamot;
- a table copied from a web page (cells apart by tabs or wide spaces): "Namn | Parti |
  Uppdrag", or the two columns "Ordinarie | Ersättare" of a nämnd with personal ersättare
  (Mariehamn's socialnämnd), where the ersättare in a row is the ledamot's own.
A line that names no one, and "Övriga närvarande" (tjänstepersoner, not members) with what
follows, is named in the report: nothing is left out without a line there."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ksdesk.core.import_report import ImportReport, count
from ksdesk.core.organ import Fortroendevald
from ksdesk.core.organ_members import MEMBERS_KIND

_ORDF = r"ordf(?:örande|\.)?"
# Longest first: "1:e vice ordförande" before "ordförande".
_ROLE_WORDS: tuple[tuple[str, str], ...] = (
    (rf"(?:1:e|1:a|förste|första|1\.)\s*vice\s*{_ORDF}", "1:e vice ordförande"),
    (rf"(?:2:e|2:a|andre|andra|2\.)\s*vice\s*{_ORDF}", "2:e vice ordförande"),
    (rf"vice\s*{_ORDF}", "1:e vice ordförande"),
    (_ORDF, "ordförande"),
    (r"(?:tjänstgörande\s+|ej\s+tjänstgörande\s+)?(?:ersättare|suppleant(?:er)?)", "ersättare"),
    (r"(?:ordinarie\s+)?(?:ledamot|ledamöter)|ordinarie|beslutande", "ledamot"),
)
_ROLE = re.compile(
    r"\b(?:" + "|".join(f"(?P<r{i}>{p})" for i, (p, _) in enumerate(_ROLE_WORDS)) + r")(?!\w)",
    re.I,
)
# A heading after which the lines are not the organ's members.
_OTHERS = re.compile(r"^(?:övriga\s+(?:närvarande|deltagande)|tjänste(?:personer|män)|"
                     r"sekreterare|utses\s+att\s+justera|justerare)\b", re.I)  # fmt: skip
_WORD = r"[A-ZÅÄÖÉÜØÆ][\w'’.-]*"
_PARTICLE = r"(?:von|af|de|van|der|den|la|le|di|da|el|al|bin)"
_NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD}){{1,4}}"
_IN_BRACKETS = re.compile(rf"(?P<name>{_NAME})\s*\((?P<party>[^()\d]{{1,30}})\)")
_ERSATTARE_FOR = re.compile(r"ersätt(?:are\s+för|er)\s*$", re.I)
_CELLS = re.compile(r"\t|\s{2,}|\s+\|\s+")
_PARAGRAPHS = re.compile(r"§§?\s*[\d\s,–-]+")
PARTY_NAMES = {
    "socialdemokraterna": "S",
    "moderaterna": "M",
    "moderata samlingspartiet": "M",
    "centerpartiet": "C",
    "liberalerna": "L",
    "folkpartiet": "FP",
    "folkpartiet liberalerna": "FP",
    "kristdemokraterna": "KD",
    "vänsterpartiet": "V",
    "miljöpartiet": "MP",
    "miljöpartiet de gröna": "MP",
    "sverigedemokraterna": "SD",
}
_PARTY = re.compile(r"[A-ZÅÄÖ][A-Za-zåäö]{0,4}")  # S, MP, SRD, Lib, ObS


def _pasted_report() -> ImportReport:
    return ImportReport(MEMBERS_KIND, "inklistrad text", pasted=True)


@dataclass
class MembersRead:
    members: list[Fortroendevald] = field(default_factory=list)
    report: ImportReport = field(
        default_factory=lambda: ImportReport(MEMBERS_KIND, "inklistrad text", pasted=True)
    )


def role_in(text: str) -> str | None:
    """The role a text names ("ordf.", "2:e vice ordförande", "Ersättare"), or None."""
    match = _ROLE.search(text)
    if match is None:
        return None
    return next(role for i, (_, role) in enumerate(_ROLE_WORDS) if match[f"r{i}"])


def party_of(text: str) -> str:
    """ "S", "Socialdemokraterna" → "S"; "" when the text is no party."""
    cleaned = " ".join(text.split()).strip(" ,;:")
    if cleaned.lower() in PARTY_NAMES:
        return PARTY_NAMES[cleaned.lower()]
    return cleaned if _PARTY.fullmatch(cleaned) and role_in(cleaned) is None else ""


def _is_heading(line: str) -> str | None:
    """The role a heading line sets for the lines below it ("Ledamöter", "Ersättare:")."""
    bare = line.strip(" :")
    role = role_in(bare)
    if role is None:
        return None
    rest = _ROLE.sub("", bare, count=1).strip(" :")
    return role if not rest else None


class _Reader:
    def __init__(self) -> None:
        self.read = MembersRead()
        self.by_name: dict[str, Fortroendevald] = {}
        self.section = "ledamot"
        self.pairs = False  # a table "Ordinarie | Ersättare": the row's ersättare is personal

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
        if heading := _is_heading(line):
            self.section = heading
            return
        if _OTHERS.match(line):
            report.drop(where, line, "övriga närvarande är inte ledamöter eller ersättare")
            self.section = "övriga"
            return
        if self.section == "övriga":
            report.drop(where, line, "står under övriga närvarande")
            return
        if _header_of_pairs(line):
            self.pairs = True
            return
        if _IN_BRACKETS.search(line):
            self._bracketed(where, line)
        elif not self._cells(where, line):
            report.drop(where, line, "ingen person lästes ur raden")

    def _bracketed(self, where: str, line: str) -> None:
        """ "Anna Ek (S), ordförande; Lars Berg (M) ersättare för Eva Holm (C)"."""
        matches = list(_IN_BRACKETS.finditer(line))
        role_before = role_in(line[: matches[0].start()])
        previous: Fortroendevald | None = None
        for index, match in enumerate(matches):
            end = matches[index + 1].start() if index + 1 < len(matches) else len(line)
            after = line[match.end() : end]
            party = party_of(match["party"]) or match["party"].strip()
            name, lead_role = _name_with_role(match["name"]) or (match["name"], None)
            role_before = lead_role or role_before
            if previous is not None and _ERSATTARE_FOR.search(line[: match.start()]):
                # "X (M), ersättare för Y (C)": Y is the ledamot X tjänstgör for.
                previous.role = "ersättare"
                self.add(name, party, "ledamot")
                previous = None
                continue
            role = role_in(_ERSATTARE_FOR.sub("", after)) or (
                role_before if index == 0 else lead_role
            )
            previous = self.add(name, party, role or self.section)
            if paragraphs := _PARAGRAPHS.search(after):
                self.read.report.change(
                    where, paragraphs[0].strip(" ,"), f"närvaron för {name} hör till sammanträdet"
                )

    def _cells(self, where: str, line: str) -> bool:
        """A row of a table: cells of names, parties and roles, apart by tabs or spaces."""
        cells = [c.strip(" ,;") for c in _CELLS.split(line.strip()) if c.strip(" ,;")]
        if len(cells) == 1 and "," in cells[0]:
            cells = [c.strip() for c in cells[0].split(",") if c.strip()]
        if all(c.casefold() in _HEADINGS for c in cells):
            return True  # the table's rubrikrad: "Namn | Parti | Uppdrag"
        people: list[Fortroendevald] = []
        # A party or role in a cell before the row's first name is that person's.
        waiting: dict[str, str] = {}
        for cell in cells:
            if name := _name_with_role(cell):
                role = "ersättare" if self.pairs and people else self.section
                person = self.add(
                    name[0], waiting.pop("party", ""), name[1] or waiting.pop("role", role)
                )
                if self.pairs and people:
                    person.personlig_for = people[0].name
                people.append(person)
            elif party := party_of(cell):
                if people:
                    people[-1].party = people[-1].party or party
                else:
                    waiting["party"] = party
            elif role := role_in(cell):
                if people:
                    people[-1].role = role
                else:
                    waiting["role"] = role
        return bool(people)


_HEADINGS = {"namn", "parti", "uppdrag", "roll", "funktion", "befattning", "nr", "partibeteckning"}


def _name_with_role(cell: str) -> tuple[str, str | None] | None:
    """ "Ulf-Peter Westmark, ordf." or "Ordförande Anna Ek" → (name, "ordförande"); a name
    alone → (name, None); None when the cell is no name."""
    role = role_in(cell)
    bare = " ".join(_ROLE.sub("", cell, count=1).strip(" ,;:").split()) if role else cell.strip()
    if re.fullmatch(_NAME, bare):
        return bare, role
    return None


def _header_of_pairs(line: str) -> bool:
    """ "Ordinarie   Ersättare", "Ledamot | Personlig ersättare": a table of pairs."""
    cells = [c.strip() for c in _CELLS.split(line.strip()) if c.strip()]
    if len(cells) != 2:
        return False
    return _is_heading(cells[0]) == "ledamot" and (
        _is_heading(cells[1]) == "ersättare" or cells[1].lower().startswith("personlig ersättare")
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
    ledamoter = sum(1 for m in read.members if m.is_ledamot)
    ersattare = len(read.members) - ledamoter
    ersattare_text = count(ersattare, "ersättare", "ersättare")
    read.report.read.append(f"{count(ledamoter, 'ledamot', 'ledamöter')} och {ersattare_text}")
    for person in read.members:
        if not person.party:
            read.report.warn(person.name, "inget parti angivet")
    return read
