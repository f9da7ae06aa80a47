"""The database's text columns that hold no planted number once tests/safety/planted_db.py has
planted one in every free-text field, each with why no public output prints one from it.

test_every_column_planted fails for a text column that holds no planted number and is not
here: a new table or column (a schema step) is either planted, and so read in every public
output by test_every_field_every_output, or said here to be printed nowhere public. The
dataclass walk plants every field of the meeting, its protokoll and organ and of what their
bilagor print; this table catches what the walk never reaches (a register of its own, a
column kept empty in the demo)."""

from __future__ import annotations

# Every row's identity and sync bookkeeping (core.text_walk.IDENTITY_FIELDS).
IDENTITY = frozenset({"uuid", "changed_at", "changed_by"})

# A whole table: "table"; one column: "table.column".
NOT_PRINTED: dict[str, str] = {
    "_sqlite_migrations": "the schema's steps",
    "change_context": "who is editing, for the sync log",
    "citation_cache": "the § citations found in the meetings' texts (those are planted), "
    "kept for the delegation check alone: derived, never printed",
    "database_identity": "the file's own identity",
    "redaction": "the review's decisions, shown to the secretary only",
    "file_text": "the text read from a stored file, by its hash: the file is planted",
    "file_unread": "the hashes of files with no text layer",
    "file_reread": "the hashes of PDFs whose text an older ksdesk read, to read again",
    "protokoll_fil": "fingerprints of the printed protokoll's versions",
    "protokoll_version": "fingerprints of the justerat protokoll's versions",
    "expediering": "the log of utdrag sent to their recipients, internal",
    "expediering_paragraf": "the §§ of each sending, internal",
    "overklagande": "an appeal as recorded: the Uppföljning tab's laga kraft list only",
    "forvaltningsbesvar": "dates of delgivning and kungörelse: the Paragrafer page and the "
    "Uppföljning tab's laga kraft list only",
    "arende_foljd": "an ärende's outcome, a fixed word",
    "forhinder": "absences reported before a meeting: the upprop made from them is planted",
    "search_dirty": "the queue of rows to index again",
    "skyddad_person": "the register of persons with skyddade personuppgifter: printed "
    "nowhere; what it names is masked in every public output (tests/safety/"
    "test_skyddade_public.py)",
    "sync_conflict": "team mode's conflicts, shown to the secretary only",
    "sync_conflict_kept": "team mode's kept sides, shown to the secretary only",
    "sync_push": "team mode's bookkeeping",
    "sync_row": "team mode's bookkeeping",
    "sync_unit": "team mode's bookkeeping",
    "team_link": "the server this file is linked to",
    "tombstone": "deleted rows, for team mode",
    "agenda_item.kind": "a fixed word (ärende, rubrik)",
    "agenda_item.time_slot": "a time, read as one when typed",
    "attendance.role": "one of core.organ.ROLES, checked when saved",
    "attendance.narvaro": "§ numbers",
    "bilaga.ref": "a reference to what ksdesk renders: the data it names is planted",
    "bilaga.sha256": "a hash",
    "budget_column.kind": "a fixed word",
    "budget_column.sums": "column numbers",
    "budget_row.kind": "a fixed word",
    "budget_sheet.key": "a key",
    "budget_sheet.unit": "tkr or mnkr",
    "deleg_point.uid": "a key",
    "deleg_point.marked": "ny or ändrad",
    "deleg_role": "the register of titles for the editor: a point prints its own delegat",
    "deleg_version.key": "a key",
    "deleg_version.status": "a fixed word",
    "deleg_version.adopted_date": "a date",
    "deleg_version.based_on": "a key",
    "delegationsbeslut.date": "a date",
    "delegationsbeslut.received": "a date",
    "delegationsbeslut.point_uid": "a key",
    "document.key": "a key",
    "document_block.budget_key": "a key",
    "meeting.date": "a date",
    "meeting.time": "a time",
    "meeting.status": "a fixed word",
    "meeting.skyddad_markering": "team mode's marks of colleagues' registers (a login, a "
    "name, a time, a count: step m1809): read by the public check, printed nowhere",
    "member.role": "one of core.organ.ROLES",
    "motion.typ": "a fixed word",
    "motion.status": "a fixed word",
    "motion.vackt": "a date",
    "motion.remitterad": "a date",
    "motion.besvarad": "a date",
    "organ.short": "the organ's abbreviation (core.text_walk.NOT_TEXT)",
    "protokoll_meeting.justering_date": "a date",
    "protokoll_meeting.justering_time": "a time",
    "protokoll_meeting.opened": "a time",
    "protokoll_meeting.closed": "a time",
    "protokoll_meeting.justerat": "a date",
    "protokoll_meeting.anslaget": "a date",
    "protokoll_meeting.ajourneringar": "times",
    "protokoll_paragraf.meeting_date": "a date",
    "protokoll_paragraf.underlag_fran_arendet": "the beslutsunderlag as ksdesk last wrote "
    "it, to tell the secretary's own (core.text_walk.NOT_TEXT); the printed one is planted",
    "ts_forslag.grp": "a fixed word",
    "uppdrag.kalla": "written from the § or delegationsbeslut it came from, both planted",
    "uppdrag.senast": "a date",
    "uppdrag.status": "a fixed word",
    "uppdrag.klart": "a date",
}


def declared(table: str, column: str) -> bool:
    return column in IDENTITY or table in NOT_PRINTED or f"{table}.{column}" in NOT_PRINTED
