"""Putting an imported ärendelista into a meeting's agenda, as the file numbered it.

- A row of the file that is a standing item already on the agenda, by a near-duplicate title
  ("Anmälan av delegeringsbeslut" = "Anmälan av delegationsbeslut", "Upprop och val av
  justerare", "Val av justerare: Anna Ek (S)"), is that item: its empty fields are filled from
  the file, its title becomes the file's, and it is not added twice. So is a row with the Dnr
  of an ärende already there.
- When the file has an Nr column, its numbers are respected: the file's rows stand in the
  file's order, after as many of the agenda's opening items as the first number needs
  (a file starting at 5 follows four items); whatever else the agenda held comes after. A
  file numbered from 1 that does not open as a meeting does (its first row is no standing
  item, and it lacks the agenda's first, Val av justerare) lists the ärenden, perhaps with a
  "Delegationsbeslut" further down: it goes where new ärenden go, after the opening items.
  One whose "1" is an opening item ("Förändring av ärendelista", "Upprop") is the whole
  agenda: the meeting's empty standing items it lacks are left out (agenda_whole_list.py).
  Any row that does not get its number is a warning in the report.
- Without Nr, new rows go where a new ärende goes (before the closing standing items).
"""

from __future__ import annotations

import copy
import re

from rapidfuzz import fuzz

from ksdesk.core.agenda_whole_list import (
    JUSTERARE_WHY,
    first_numbered,
    is_opening_key,
    justering_row,
    lists_the_arenden,
    without_unlisted_standing,
)
from ksdesk.core.dnr import same_dnr
from ksdesk.core.import_report import ImportReport, count, snippet
from ksdesk.core.listing import and_listed
from ksdesk.core.lookalike import search_key
from ksdesk.core.meeting import Arende, numbered
from ksdesk.core.meeting_agenda import insertion_index, standard_kind

NEAR_TITLE = 88.0
_PARTS = re.compile(r"\s[–-]\s")
_CLOSING = re.compile(r"(?:(?:mötets|sammanträdets) )?(?:avslutning|avslutande)|\w+ avslutas")
_FIELDS = ("dnr", "presenter", "time_slot", "proposal")
_TITLE_IN_WARNING = 60  # characters of an ärende's title quoted in a warning


# Words kommuner use for the same standing item: "Val av protokollsjusterare" is "Val av
# justerare", "Redovisning av delegationsbeslut" is "Anmälan av delegationsbeslut",
# "Anmälan av övriga frågor" is "Anmälan av extra ärenden".
_SYNONYMS = (
    (re.compile(r"\bprotokolls?justerare\b"), "justerare"),
    (re.compile(r"^(?:redovisning|anmälningar|anmälan) (?:av|om) "), "anmälan av "),
    (re.compile(r"\bdelegeringsbeslut\b"), "delegationsbeslut"),
    # The item alone, or named by what is in it: "Delegationsbeslut", "Redovisade
    # delegationsbeslut", "Beslut fattade med stöd av delegation", "Delegerade beslut".
    (
        re.compile(
            r"^(?:(?:anmälda|redovisade|rapporterade) )?delegationsbeslut$"
            r"|^(?:anmälan av )?(?:delegerade beslut|beslut (?:fattade|tagna) "
            r"(?:med stöd av|på|enligt) delegation)$"
        ),
        "anmälan av delegationsbeslut",
    ),
    # Lysekil's "Anmälan av övriga frågor" is the opening item others call extra ärenden; so
    # is Kungsbacka's "Förändring av ärendelista", where extra ärenden are announced (or "Det
    # anmäls inga förändringar av ärendelistan", Miljö & Hälsoskydd 2025-10-09 § 113).
    # "Fastställande av dagordning" is not: a kommun may have both.
    (re.compile(r"^anmälan av övriga (?:frågor|ärenden)$"), "anmälan av extra ärenden"),
    (
        re.compile(r"^(?:förändring|ändring)(?:ar)? (?:av|i) (?:ärendelistan?|dagordning(?:en)?)$"),
        "anmälan av extra ärenden",
    ),
)


def title_key(title: str) -> str:
    """ "Val av justerare: Anna Ek (S)" → "val av justerare": what a standing title is
    compared on (names and notes after a colon or dash left out, synonyms made one)."""
    head = re.split(r"\s*(?::|\s[–-]\s)", title, maxsplit=1)[0]
    key = " ".join(re.sub(r"[^\w\s]", " ", search_key(head)).split())
    for pattern, word in _SYNONYMS:
        key = pattern.sub(word, key)
    return key


def same_standing(title: str, standing: str) -> bool:
    a, b = title_key(title), title_key(standing)
    if not a or not b:
        return False
    if a == b or fuzz.ratio(a, b) >= NEAR_TITLE:
        return True
    # "Upprop och val av justerare": the standing title ends (or starts) a longer one; a
    # one-word title ("Information") must match by itself, not inside "Information om …".
    if len(b.split()) < 2:
        return False
    if a.endswith(" " + b) or a.startswith(b + " "):
        return True
    # "Inledning - Mötets öppnande - Val av protokolljusterare - Upprop" (Skövde KF): one of
    # the parts a list strings together with dashes is the standing item.
    return any(title_key(part) == b for part in _PARTS.split(title)[1:])


def _match(item: Arende, existing: list[Arende], taken: set[int]) -> int | None:
    for index, old in enumerate(existing):
        if index in taken or old.is_section:
            continue
        if old.is_standard and same_standing(item.title, old.title):
            return index
        if item.dnr and old.dnr and same_dnr(item.dnr, old.dnr):
            return index
        if not item.dnr and not old.dnr and title_key(item.title) == title_key(old.title):
            return index
    return None


def _merged(old: Arende, new: Arende) -> Arende:
    item = copy.deepcopy(old)
    item.title = new.title
    for name in _FIELDS:
        if not getattr(item, name) and getattr(new, name):
            setattr(item, name, getattr(new, name))
    if new.secret:  # a mark in the file makes the item secret; an import never unmarks one
        item.secret = True
        item.secrecy_ref = item.secrecy_ref or new.secrecy_ref
    if new.not_in_full:  # as the secret mark: set by the file, never taken away
        item.not_in_full = True
        item.not_in_full_note = item.not_in_full_note or new.not_in_full_note
    return item


def merge_agenda(
    existing: list[Arende],
    imported: list[Arende],
    numbers: list[int | None],
    rows: list[int],
    standard: list[str],
    report: ImportReport,
    labels: list[str] | None = None,
    in_protokoll: frozenset[int] = frozenset(),
    justerare_said: int | None = None,
) -> list[Arende]:
    """The agenda after the import (existing items are copied, never changed in place).
    `labels` are the file's Nr as written ("16", "§ 63/20"), for the report; `in_protokoll`
    the ids of the items that have a § (never taken off); `justerare_said` the row whose
    justerare the caller carried to the meeting and reported (core.kallelse_justerare)."""
    whole = justering_row(imported, numbers)  # Kungsbacka's: the kallelse's own numbers
    first = first_numbered(numbers)
    # "1 Förändring av ärendelista", "1 Upprop": the file numbers the whole agenda itself.
    opening = first is not None and is_opening_key(title_key(imported[first].title))
    if whole is not None:
        named = imported[whole]  # its förslag names the justerare: said, as nowhere else
        said = f"{named.title}: {named.proposal}" if named.proposal.strip() else named.title
        if whole != justerare_said:  # else its names are said where they were carried
            report.drop(f"Rad {rows[whole]}", said, JUSTERARE_WHY)
        imported = imported[:whole] + imported[whole + 1 :]
        numbers, rows = numbers[:whole] + numbers[whole + 1 :], rows[:whole] + rows[whole + 1 :]
        labels = labels[:whole] + labels[whole + 1 :] if labels else labels
    taken: set[int] = set()
    sequence: list[Arende] = []
    for item, row in zip(imported, rows, strict=True):
        index = None if item.is_section else _match(item, existing, taken)
        if index is None:
            if any(same_standing(item.title, s) for s in standard):
                item.is_standard, item.kind = True, standard_kind(item.title)
            sequence.append(item)
            continue
        taken.add(index)
        old = existing[index]
        sequence.append(_merged(old, item))
        why = "stående ärende" if old.is_standard else "samma ärende finns redan"
        report.merge_pair(f"Rad {row}", item.title, old.title, f"{why}: inte tillagt två gånger")
    rest = [copy.deepcopy(item) for i, item in enumerate(existing) if i not in taken]
    if whole is not None or (opening and lists_the_arenden(rest)):
        rest = without_unlisted_standing(rest, report, in_protokoll)
    if not any(n is not None for n in numbers):
        at = insertion_index(rest, None)
        return rest[:at] + sequence + rest[at:]
    # The file's numbers are the agenda's when it opens as the meeting does: its first row is
    # an opening or standing item, or it holds the agenda's first one (Val av justerare).
    first_item = next((item for item in sequence if not item.is_section), None)
    opens = opening or bool(first_item and first_item.is_standard)
    opens = opens or (0 in taken and existing[0].is_standard)
    agenda = _numbered_order(sequence, numbers, rest, opens)
    _check_numbers(agenda, sequence, numbers, rows, report, labels)
    return agenda


def _numbered_order(
    sequence: list[Arende], numbers: list[int | None], rest: list[Arende], opens: bool
) -> list[Arende]:
    """The file's rows after as many opening items as its first number needs; the closing
    standing items ("Information") are never taken to fill that gap."""
    wanted = next(n for n in numbers if n is not None) - 1
    limit = insertion_index(rest, None)
    if wanted == 0 and not opens:
        # A list of the ärenden, numbered from 1 (a diarium's, or a kallelse that leaves Val
        # av justerare to the meeting): it does not open as a meeting does, so its numbers
        # cannot be the agenda's. It goes where new ärenden go, after the opening items, though
        # a standing item such as "Delegationsbeslut" stands further down in it; the moved
        # numbers are reported. (A list from 3 says two items come first.)
        wanted = limit
    prefix: list[Arende] = []
    counted = 0
    while rest and counted < wanted and len(prefix) < limit:
        item = rest.pop(0)
        prefix.append(item)
        counted += 0 if item.is_section else 1
    if rest and sequence and is_closing(sequence[-1]):  # never after "Avslutning"
        return prefix + sequence[:-1] + rest + sequence[-1:]
    return prefix + sequence + rest


def is_closing(item: Arende) -> bool:
    """ "Avslutning", "Sammanträdets avslutande", "Mötet avslutas": the row that ends a list."""
    return not item.is_section and bool(_CLOSING.fullmatch(title_key(item.title)))


def _check_numbers(
    agenda: list[Arende],
    sequence: list[Arende],
    numbers: list[int | None],
    rows: list[int],
    report: ImportReport,
    labels: list[str] | None,
) -> None:
    """A warning where a row of the file does not get its number: once for each run of rows
    moved by the same number of steps (a list of § numbers, "§ 26"–"§ 37", is one line)."""
    got = {id(item): n for n, item in numbered(agenda)}
    written = labels or [str(n) if n is not None else "" for n in numbers]
    runs: list[list] = []  # [row, item, label, actual, rows after it moved alike]
    shift = 0
    for item, wanted, row, label in zip(sequence, numbers, rows, written, strict=True):
        actual = got.get(id(item))
        if wanted is None or actual is None:
            continue
        if actual - wanted != shift and actual != wanted:
            runs.append([row, item, label.strip() or str(wanted), actual, 0])
        elif actual != wanted and runs:
            runs[-1][4] += 1
        shift = actual - wanted
    from_file = {id(item) for item in sequence}
    first_of_file = min(i for i, item in enumerate(agenda) if id(item) in from_file)
    # Kungsbacka's nämnder number their list from 1 and make no § of Val av justerare: the
    # meeting's own standing items put before it move every number (walk35's finding 13).
    standing = [i for i in agenda[:first_of_file] if i.is_standard and not i.is_section]
    for row, item, label, actual, alike in runs:
        why = "numren i filen hoppar eller upprepas, eller dagordningen har fler ärenden före"
        if standing and runs[0][0] == row:
            why += (
                f": nämndens stående ärenden {and_listed(f'”{i.title}”' for i in standing)} "
                "står före filens; tar nämnden inte upp dem som egna ärenden, ta bort dem ur "
                "dagordningen och under Nämndens inställningar"
            )
        if alike:
            why += f"; likaså {count(alike, 'rad', 'rader')} efter den"
        label = label.rstrip(".").strip()
        place = f"har nr {label}" if label.isdigit() else f"står som ”{label}”"
        # The title shortened, never the sentence: "… i Tyresö” har…" said nothing.
        report.warn_sentence(
            f"Rad {row}",
            f"”{snippet(item.title, _TITLE_IN_WARNING)}” {place} i filen men blir nr {actual} "
            "på dagordningen",
            why,
        )
    where = "efter filens ärenden"
    if is_closing(agenda[-1]) and id(agenda[-1]) in from_file:
        where += f", före ”{agenda[-1].title}”"
    for item in agenda[first_of_file:]:
        if id(item) not in from_file and not item.is_section:
            report.change(
                "Dagordningen",
                f"”{item.title}” (nr {got[id(item)]})",
                f"fanns på dagordningen men inte i filen: står nu {where}",
            )
