"""Schema migrations, one module per step, applied in the order of STEPS.

A step is never edited once shipped: change the schema with a new step module whose name is
added to STEPS; it registers itself on `registry.migrations` under that same name. Opening a
database only reads which steps are applied (plain SQL): sqlite-utils is imported when a
step has to run, which keeps start-up lean."""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # typing itself is not imported: `ksdesk sok` starts a process per query
if TYPE_CHECKING:
    from sqlite_utils import Migrations

MIGRATION_SET = "ksdesk"
MIGRATIONS_TABLE = "_sqlite_migrations"

# Application order.
STEPS: tuple[str, ...] = (
    "m0001_initial",
    "m0101_budget_identities",
    "m0201_delegation",
    "m0301_kallelse",
    "m0501_protokoll",
    "m0401_redaction_log",
    "m0402_database_identity",
    "m0403_bilaga_secrecy_ref",
    "m0502_narvaro",
    "m1301_row_uuids",
    "m1302_child_indexes",
    "m1303_search",
    "m1304_dnr_key",
    "m1401_uppfoljning",
    "m1801_team",
    "m1802_team_seen",
    "m1201_delegation_import",
    "m1202_organ_forvaringsplats",
    "m1305_more_indexes",
    "m1306_unread_files",
    "m1203_dnr_key_readings",
    "m1204_dnr_two_digit_years",
    "m1205_justering_ajournering",
    "m1206_delegation_chapter_part",
    "m1207_delegation_chapter_note",
    "m1208_search_ts_dnr",
    "m1403_overklagande",
    "m1404_redaction_namn",
    "m1405_underlag_fran_arendet",
    "m1406_forvaltningsbesvar",
    "m1803_team_rows_not_stored",
    "m1804_citation_cache",
    "m1805_search_place",
    "m1806_pdf_text_reread",
    "m1807_skyddad_person",
    "m1808_skyddad_telefon",
    "m1809_skyddad_markering",
    "m1810_handlaggare_titel",
    "m1812_delegationsbeslut_sekretess",  # m1811 was reserved and not needed
    "m1814_sekretess_follows",
    "m1816_upprop_distans",  # m1813 and m1815 were reserved and not needed
    "m1817_bilaga_index_follows",
    "m1819_deltar_inte",  # m1818 was reserved and not needed
    "m1820_ej_i_sin_helhet",
)


def known_names() -> set[str]:
    return set(STEPS)


def load() -> Migrations:
    """Import every step (registering it) and return the migration set."""
    from ksdesk.db.migrations import registry

    for name in STEPS:
        importlib.import_module(f"{__name__}.{name}")
    # A step registers itself when its module is first imported, and a module can be
    # imported before load() (a bench or a tool calling one step's function): the set is
    # put back in the order of STEPS, or a step would run before the tables it changes.
    order = {name: index for index, name in enumerate(STEPS)}
    registry.migrations._migrations.sort(key=lambda step: order[step.name])
    return registry.migrations
