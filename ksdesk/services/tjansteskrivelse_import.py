"""Importing an ärende's tjänsteskrivelse from the Word file the handläggare sent.

`plan_import` reads the file (interchange.tjansteskrivelse_docx, or tjansteskrivelse_pdf for
a PDF saved from Word) and puts it on the ärende in
a copy of the meeting, without saving: the GUI shows the report and asks before replacing a
tjänsteskrivelse already there; `apply_import` then writes the meeting whole, as every
Kallelse edit does (so the import is one edit to undo). A Diarienummer in the file that names
another ärende is a warning in the report. `import_file` does both for the command line."""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ksdesk.core.dnr import parse_dnr, same_dnr
from ksdesk.core.dnr_prefix import add_organ_prefix
from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.import_report import ImportReport, without_turns_in
from ksdesk.core.meeting import (
    Arende,
    MeetingStatus,
    Sammantrade,
    Tjansteskrivelse,
    numbered,
)
from ksdesk.core.topics import Topic
from ksdesk.core.ts_arende_match import wrong_arende
from ksdesk.db import meeting_repo, organ_repo
from ksdesk.db.connection import Store

if TYPE_CHECKING:
    from ksdesk.interchange.tjansteskrivelse_docx import TjansteskrivelseRead


@dataclass
class TjansteskrivelseImport:
    meeting: Sammantrade  # as it is after the import (not saved by plan_import)
    row: int  # the ärende's place in the meeting's items
    report: ImportReport
    replaces: bool  # the ärende had a tjänsteskrivelse, which the import replaces
    source: str = "Word-filen"  # what was read, as the messages name it: or "PDF-filen"
    # The file looks like another ärende's (core.ts_arende_match): the command line refuses
    # unless told, the GUI asks.
    mismatch: str = ""

    @property
    def item(self) -> Arende:
        return self.meeting.items[self.row]


def plan_import(
    store: Store, meeting_id: int, row: int, path: Path | str
) -> TjansteskrivelseImport:
    """The meeting with the file's tjänsteskrivelse on the ärende at `row`, and the
    report; nothing is written."""
    meeting = copy.deepcopy(meeting_repo.get(store, meeting_id))
    if not 0 <= row < len(meeting.items) or meeting.items[row].is_section:
        raise InvalidInput("Välj ett ärende i ärendelistan att importera tjänsteskrivelsen till.")
    read, source = read_file(path)
    item = meeting.items[row]
    ts, report = read.tjansteskrivelse, read.report
    _fill_from_item(ts, item, report, source)
    _check_dnr(ts, item, report, source)
    mismatch = wrong_arende(ts.title, ts.diarienummer, meeting.items, row)
    if mismatch:
        report.warn_sentence("Ärendet", mismatch)
    # "KS-2024-00365" in the file where the kallelse wrote "2024-00365": the list's Dnr of
    # that shape take the diarium's prefix, each a line in the report (core.dnr_prefix).
    # Once the kallelse has gone out, only this ärende's: the others stand as they were sent
    # (review30: an import into a sent kallelse rewrote four Dnr it had printed).
    known = [ts.diarienummer, *organ_repo.written_dnrs(store, meeting.organ_id)]
    sent = meeting.status != MeetingStatus.UTKAST
    add_organ_prefix([item] if sent else meeting.items, known, report)
    old = item.tjansteskrivelse
    if old is not None:  # the same stored row, now with the file's content
        ts.id, ts.uuid = old.id, old.uuid
        report.warn_sentence(
            "Ärendet",
            f"”{item.title}” har redan en tjänsteskrivelse: Spara ersätter den med {source}s.",
        )
    meeting.items[row] = replace(item, tjansteskrivelse=ts)
    return TjansteskrivelseImport(
        meeting, row, report, replaces=old is not None, source=source, mismatch=mismatch
    )


def read_file(path: Path | str) -> tuple[TjansteskrivelseRead, str]:
    """The file read as a tjänsteskrivelse, and "PDF-filen" or "Word-filen"; InvalidInput
    when it cannot be, or is another kind of document (an ärendelista, a budget)."""
    from ksdesk.interchange import tjansteskrivelse_docx, tjansteskrivelse_pdf
    from ksdesk.interchange.import_guard import guarded
    from ksdesk.interchange.wrong_intake import TJANSTESKRIVELSE_INTAKE, check_file

    pdf = tjansteskrivelse_pdf.is_pdf(path)  # by its content: a PDF named .docx is one too
    read = (tjansteskrivelse_pdf if pdf else tjansteskrivelse_docx).read_file(path)
    # Read first: its own refusals come first.
    guarded(lambda: check_file(path, TJANSTESKRIVELSE_INTAKE), "tjänsteskrivelse", Path(path).name)
    # Bidi controls turn the text after them backwards in the window (core.glyphs.TURNS).
    read.tjansteskrivelse = without_turns_in(read.tjansteskrivelse, read.report, "Dokumentet")
    return read, "PDF-filen" if pdf else "Word-filen"


def apply_import(store: Store, planned: TjansteskrivelseImport) -> Topic:
    """Write the meeting a plan made, in one transaction."""
    from ksdesk.services.meetings import save_meeting

    topic = save_meeting(store, planned.meeting)
    planned.report.saved = True
    return topic


def import_file(
    store: Store,
    meeting_id: int,
    number: int,
    path: Path | str,
    *,
    dry_run: bool = False,
    replace_existing: bool = False,
    anyway: bool = False,
) -> TjansteskrivelseImport:
    """Import onto ärende `number` of the ärendelista (as numbered on the kallelse). An
    ärende that has a tjänsteskrivelse keeps it unless `replace_existing`; a file that looks
    like another ärende's is refused unless `anyway`."""
    meeting = meeting_repo.get(store, meeting_id)
    row = row_of_number(meeting, number)
    planned = plan_import(store, meeting_id, row, path)
    if planned.mismatch and not anyway and not dry_run:
        raise InvalidInput(
            f"{planned.mismatch} Ange --trots-fel för att lägga den på ärende {number} ändå."
        )
    if planned.replaces and not replace_existing and not dry_run:
        raise InvalidInput(
            f"Ärende {number} har redan en tjänsteskrivelse. Ange --ersatt för att ersätta "
            "den med filens."
        )
    if not dry_run:
        apply_import(store, planned)
    return planned


def row_of_number(meeting: Sammantrade, number: int) -> int:
    """The place in the items of ärende `number` as the ärendelista numbers them."""
    rows = [row for row, (n, _item) in enumerate(numbered(meeting.items)) if n == number]
    if not rows:
        count = sum(1 for n, _ in numbered(meeting.items) if n is not None)
        raise NotFound(f"Sammanträdet har inget ärende {number} (ärenden: 1–{count}).")
    return rows[0]


def _fill_from_item(ts: Tjansteskrivelse, item: Arende, report: ImportReport, source: str) -> None:
    """A title or Dnr the file lacks is the ärende's, as in a tjänsteskrivelse typed anew."""
    if not ts.title.strip():
        ts.title = item.title
        report.change("Titel", item.title, f"{source} har ingen titel: ärendets rubrik används")
    if not ts.diarienummer.strip() and item.dnr.strip():
        ts.diarienummer = item.dnr
        report.change("Diarienummer", item.dnr, f"saknas i {source}: ärendets Dnr används")


def _check_dnr(ts: Tjansteskrivelse, item: Arende, report: ImportReport, source: str) -> None:
    written = ts.diarienummer.strip()
    for warning in parse_dnr(written).warnings if written else ():
        report.warn_sentence("Diarienummer", warning)
    if written and item.dnr.strip() and not same_dnr(written, item.dnr):
        report.warn_sentence(
            "Diarienummer",
            f"{source} anger Dnr {written}, men ärendet ”{item.title}” har Dnr "
            f"{item.dnr.strip()}: är det rätt tjänsteskrivelse för ärendet?",
        )
