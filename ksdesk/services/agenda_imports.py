"""Importing an ärendelista (a CSV, XLSX, text, Word or PDF file, or text pasted) into a meeting's
agenda: read, placed and reported first (the GUI shows the report), saved only when the
secretary accepts it. The justerare a kallelse proposes become the meeting's, unless some
are chosen already (core.kallelse_justerare)."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ksdesk.core.errors import InvalidInput
from ksdesk.core.import_report import ImportReport
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.topics import Topic
from ksdesk.db import meeting_repo, organ_repo, protokoll_repo
from ksdesk.db.connection import Store
from ksdesk.services import justerare
from ksdesk.services.meetings import save_meeting

if TYPE_CHECKING:
    from ksdesk.interchange.agenda_import import AgendaImport


@dataclass
class ImportResult:
    """An agenda import read and placed: `meeting` as it is (or will be) after it."""

    meeting: Sammantrade
    added: int
    skipped: list[str]  # rows that were items already on the agenda (standing items …)
    report: ImportReport
    added_titles: list[str] = field(default_factory=list)  # the ärenden new on the agenda
    justerare: list[str] | None = None  # the kallelse's, to be the meeting's (None: untouched)

    @property
    def warnings(self) -> list[str]:
        return [line.sentence() for line in self.report.warnings]


def plan_agenda_import(store: Store, meeting_id: int, path: Path | str) -> ImportResult:
    """Read an ärendelista (CSV, XLSX, text, Word, or a kallelse's PDF) and place it in the
    meeting's agenda, without saving: the GUI shows the report first. Standing items and
    ärenden already there are not added twice; the file's Nr is respected
    (core/agenda_merge.py)."""
    from ksdesk.interchange.agenda_import import read_agenda_file
    from ksdesk.interchange.import_guard import check_import_file, guarded

    # Size/emptiness checked first, and any parser crash becomes a Swedish refusal.
    check_import_file(path, "dagordning", reads_pdf=True)
    agenda = guarded(lambda: read_agenda_file(path), "dagordning", Path(path).name)
    return _placed(store, meeting_id, agenda)


def plan_pasted_agenda(store: Store, meeting_id: int, text: str) -> ImportResult:
    """A list pasted as text (copied out of another kommun's kallelse in a PDF viewer or on
    its web page), read as a text file of it is and placed as plan_agenda_import places it."""
    from ksdesk.interchange.agenda_import import read_agenda
    from ksdesk.interchange.import_guard import guarded

    if not text.strip():
        raise InvalidInput(
            "Urklippet innehåller ingen text. Markera ärendelistan i PDF-filen eller på "
            "webbsidan, kopiera den (Ctrl+C) och välj Klistra in igen."
        )
    data = text.encode("utf-8")
    return _placed(store, meeting_id, guarded(lambda: read_agenda(data, PASTED), "dagordning"))


PASTED = "inklistrad text"


def _placed(store: Store, meeting_id: int, imported: AgendaImport) -> ImportResult:
    from ksdesk.core.agenda_merge import merge_agenda
    from ksdesk.core.dnr_prefix import add_organ_prefix
    from ksdesk.core.kallelse_justerare import carry, proposed_in

    meeting = copy.deepcopy(meeting_repo.get(store, meeting_id))
    organ = organ_repo.get(store, meeting.organ_id)
    report = imported.report
    if imported.meeting_date and imported.meeting_date != meeting.date:
        report.warn(
            "Filen",
            f"ärendelistan gäller sammanträdet {imported.meeting_date.isoformat()}",
            f"men importeras till sammanträdet {meeting.date.isoformat()}: är det rätt fil?",
        )
    add_organ_prefix(imported.items, organ_repo.written_dnrs(store, organ.id), report)
    proposed = proposed_in([(item.title, item.proposal) for item in imported.items])
    chosen = None
    if proposed is not None:
        where = f"Rad {imported.rows[proposed.row]}"
        already = justerare.chosen(store, meeting_id)
        chosen = carry(proposed, organ.members, already, report, where)
    meeting.items = merge_agenda(
        meeting.items,
        imported.items,
        imported.numbers,
        imported.rows,
        organ.standard_items,
        report,
        imported.labels,
        frozenset(
            p.item_id for p in protokoll_repo.list_for_meeting(store, meeting_id) if p.item_id
        ),
        proposed.row if proposed is not None else None,
    )
    report.rename_rows(imported.places)  # the merge's lines name the file's rows too
    skipped = [line.text for line in report.merged]
    # The ärenden the import puts on the agenda: not the file's rows less those merged, as a
    # row dropped (Kungsbacka's Val av justerare) was counted added (walk34: "1 ärende
    # skulle läggas till", none named, none new).
    added = [item.title for item in meeting.items if item.id is None and not item.is_section]
    return ImportResult(meeting, len(added), skipped, report, added, chosen)


@dataclass(frozen=True)
class AgendaState:
    """What an import writes, and what its undo writes back: the meeting, and its justerare
    when the import gives them (None: they stay as they are)."""

    meeting: Sammantrade
    justerare: list[str] | None = None


def states(
    store: Store, result: ImportResult, before: Sammantrade
) -> tuple[AgendaState, AgendaState]:
    """The states before and after the import of `result` (`before`, the meeting as shown)."""
    if result.justerare is None:
        return AgendaState(before), AgendaState(result.meeting)
    return (
        AgendaState(before, justerare.chosen(store, result.meeting.id or 0)),
        AgendaState(result.meeting, result.justerare),
    )


def write_state(store: Store, state: AgendaState) -> Topic:
    """Write the meeting and its justerare of `state`, in one transaction."""
    with store.atomic():
        topic = save_meeting(store, state.meeting)
        if state.justerare is not None and state.meeting.id is not None:
            justerare.set_justerare(store, state.meeting.id, state.justerare)
    return topic


def apply_agenda_import(store: Store, result: ImportResult) -> Sammantrade:
    """Save the agenda a plan made, and the justerare the kallelse proposed, in one
    transaction."""
    write_state(store, AgendaState(result.meeting, result.justerare))
    result.report.saved = True
    return result.meeting


def import_agenda(
    store: Store, meeting_id: int, path: Path | str, *, dry_run: bool = False
) -> ImportResult:
    """Add the ärenden of a CSV or XLSX file to a meeting: all of them, or (on any bad row)
    none. With `dry_run`, only read, place and report."""
    result = plan_agenda_import(store, meeting_id, path)
    if not dry_run:
        apply_agenda_import(store, result)
    return result
