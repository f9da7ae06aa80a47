"""The one registry of bilagor that refer to data held in ksdesk ("budget:bilaga2",
"doc:verksamhetsplan-2021", "delegationsordning:<key>", "delegationsbeslut:SBN 2020/877",
"delegationsanmalan:<meeting id>"): each prefix maps to one small resolver that loads the data
and says how to print it (a Rendering, bilaga_rendering.py); the lists from ksdesk's own
registers, which make their public version themselves, are in bilaga_registers.py. A ref that
cannot be printed becomes a page saying so and why."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from ksdesk.core.delegation import VersionStatus
from ksdesk.core.errors import KsdeskError, NotFound
from ksdesk.db import budget_repo, delegation_repo, document_repo
from ksdesk.db.connection import Store
from ksdesk.reports import document_pdf
from ksdesk.reports.budget_pdf import is_wide, sheet_flowables
from ksdesk.reports.web import delegationsordning as web_delegationsordning
from ksdesk.reports.web import handlingar as web_handlingar
from ksdesk.reports.web import model as web_model
from ksdesk.reports.web import tables as web_tables
from ksdesk.services.bilaga_registers import PUBLIC_AWARE
from ksdesk.services.bilaga_rendering import PrintedIn, Rendering, fingerprint
from ksdesk.services.budget_bilaga import printed_findings
from ksdesk.services.delegation import diff, kommun_of, status_label, version_pdf


def _document(store: Store, key: str) -> Rendering:
    document = document_repo.find(store, key)
    if document is None:
        raise NotFound(f"Dokumentet ”{key}” finns inte i databasen.")
    sheets = {
        b.budget_key: budget_repo.find(store, b.budget_key) for b in document.blocks if b.budget_key
    }
    table_for = _table_renderer(sheets)
    web_table_for = _web_table_renderer(sheets)
    return Rendering(
        fingerprint("doc", document, sorted(sheets.items(), key=lambda kv: kv[0])),
        story=lambda width: document_pdf.document_story(document, width, table_for),
        web=lambda level, anchor: web_handlingar.document_blocks(
            document, web_table_for, level, anchor
        ),
        data=(document, *sheets.values()),
    )


def _table_renderer(sheets: dict) -> document_pdf.TableRenderer:
    def table_for(key: str, width: float, heading: str) -> list[Flowable]:
        sheet = sheets.get(key)
        if sheet is None:
            return document_pdf.missing_table(key, "Budgetbladet finns inte i databasen.")
        # The document's own heading ("Volym") already names a table titled "Volym".
        same = heading.strip().lower() == sheet.title.strip().lower()
        return sheet_flowables(sheet, width, with_title=not same)

    return table_for


def _web_table_renderer(sheets: dict) -> web_handlingar.TableBlocks:
    """The web edition's budget tables in a document: as paper fits them to the frame."""

    def table_for(key: str, heading: str, level: int) -> list[web_model.Block]:
        sheet = sheets.get(key)
        if sheet is None:
            return web_handlingar.missing_table(key, "Budgetbladet finns inte i databasen.")
        same = heading.strip().lower() == sheet.title.strip().lower()
        width = document_pdf.frame_width()
        return web_tables.budget_blocks(sheet, width, level, with_title=not same)

    return table_for


def _budget(store: Store, key: str) -> Rendering:
    sheet = budget_repo.find(store, key)
    if sheet is None:
        raise NotFound(f"Budgetbladet ”{key}” finns inte i databasen.")
    wide = is_wide(sheet)
    # A sheet whose totals are wrong prints marked, its findings listed, as `budget pdf`
    # prints it (walk38 #1: the packet printed a known wrong total with no mark).
    found = printed_findings(sheet)
    return Rendering(
        fingerprint("budget", sheet, "checked"),
        story=lambda width: sheet_flowables(sheet, width, found),
        wide=wide,
        title=sheet.title,
        untitled=lambda width: sheet_flowables(sheet, width, found, with_title=False),
        web=lambda level, anchor: web_tables.budget_blocks(
            sheet, document_pdf.frame_width(wide), level, anchor=anchor, findings=found
        ),
        web_untitled=lambda level, anchor: web_tables.budget_blocks(
            sheet, document_pdf.frame_width(wide), level, with_title=False, findings=found
        ),
        data=(sheet,),
    )


def _delegationsordning(store: Store, key: str) -> Rendering:
    version = delegation_repo.find(store, key)
    if version is None:
        raise NotFound(f"Delegationsordningen ”{key}” finns inte i databasen.")
    # A draft is printed with its changes from the version it was based on highlighted (the
    # seed: "Förändringarna är gulmarkerade i bilaga 1").
    highlight = version.based_on if version.status == VersionStatus.UTKAST else None
    # What the draft is compared with prints too: the text a change took out, struck through.
    compared = delegation_repo.find(store, highlight) if highlight else None
    return Rendering(
        fingerprint("deleg", version, highlight),
        pdf=lambda embedded: version_pdf(
            store, version.key, highlight_from=highlight, embedded=embedded
        ),
        web=lambda level, anchor: web_delegationsordning.delegationsordning_blocks(
            version,
            diff(store, highlight, version.id) if highlight else None,
            status_label(version),
            level,
            anchor,
        ),
        data=(version, compared, kommun_of(store, version)),  # the kommun: in its header
    )


def _problem(key: str, reason: str) -> Rendering:
    return Rendering(fingerprint("problem", key, reason), problem=reason)


RESOLVERS: dict[str, Callable[[Store, str], Rendering]] = {
    "doc": _document,
    "budget": _budget,
    "delegationsordning": _delegationsordning,
}


def resolve(
    store: Store, ref: str, *, public: bool = False, printed_in: PrintedIn = None
) -> Rendering:
    """How to print the bilaga `ref` (in a public packet: `public`, the bilaga of the
    meeting `printed_in` (meeting id, bilaga), whose review decides what of a register it
    keeps); never raises for a ref it cannot print."""
    prefix, _, key = ref.partition(":")
    aware = PUBLIC_AWARE.get(prefix.strip())
    if aware is not None:
        try:
            return aware(store, key.strip(), public, printed_in)
        except KsdeskError as error:
            return _problem(ref, str(error))
    resolver = RESOLVERS.get(prefix.strip())
    if resolver is None:
        return _problem(ref, f"ksdesk känner inte till hänvisningar av slaget ”{prefix}”.")
    try:
        return resolver(store, key.strip())
    except KsdeskError as error:
        return _problem(ref, str(error))
