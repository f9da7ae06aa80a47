"""A new, empty database for one's own kommun: `ksdesk init --db F --kommun NAMN --organ
NAMN` and the GUI's Arkiv → Ny databas. The organ gets the kommun's name, the usual standing
items and nothing else; every kallelse, protokoll, delegationsordning and budget sheet printed
from the file then carries that kommun and organ. The demo is made by `ksdesk demo` only."""

from __future__ import annotations

from pathlib import Path

from ksdesk import kommun_list
from ksdesk.core.errors import InvalidInput
from ksdesk.core.kommuner import as_the_kommun_writes_it, meant_kommun
from ksdesk.core.near_names import did_you_mean
from ksdesk.core.organ import Organ, default_standard_items, organ_name_as_printed
from ksdesk.db import organ_repo
from ksdesk.db.connection import Store
from ksdesk.services.store import create_database

# The usual short forms, for organs named as most kommuner name them.
_SHORT = {
    "kommunstyrelsen": "KS",
    "kommunfullmäktige": "KF",
    "barn- och utbildningsnämnden": "BUN",
    "socialnämnden": "SN",
    "samhällsbyggnadsnämnden": "SBN",
    "kultur- och fritidsnämnden": "KFN",
    "miljö- och byggnadsnämnden": "MBN",
}


def _clean(value: str, what: str) -> str:
    text = " ".join(value.split())
    if not text:
        raise InvalidInput(f"Ange {what}.")
    if len(text) > 120:
        raise InvalidInput(f"Namnet på {what} är för långt (högst 120 tecken).")
    return text


def check_kommun_name(kommun: str) -> None:
    """Refuse a name close to a kommun's but not it ("Smedjebacken kommun"): every protokoll
    would carry the misspelling, and its place would not be found in SCB's list. A name near
    no kommun (a region, a kommunalförbund) is the secretary's own and taken as typed."""
    meant = meant_kommun(kommun, kommun_list.kommuner())
    if meant is not None:
        raise InvalidInput(
            f"Det finns ingen kommun som heter ”{' '.join(kommun.split())}”. "
            f"{did_you_mean(meant.officiellt_namn)} "
            "Skriv kommunens namn som kommunen själv skriver det."
        )


def checked_kommun(kommun: str) -> str:
    """The kommun's name as typed (spaces tidied), checked as every name of the kommun is,
    in a new file (`ksdesk init`) and on the kansli's server (`ksdesk server init`): refused
    when empty, too long or a near miss of a kommun's name."""
    name = _clean(kommun, "kommunens namn")
    check_kommun_name(name)
    return as_the_kommun_writes_it(name, kommun_list.kommuner())


def new_database(path: Path | str, kommun: str, organ: str) -> Store:
    """Create the database at `path` (refused where any file is) with one organ of `kommun`;
    returns it open. Nothing is left behind when the names are refused."""
    kommun_name = checked_kommun(kommun)
    organ_name = organ_name_as_printed(_clean(organ, "nämndens namn"))
    store = create_database(path)
    try:
        with store.atomic():
            organ_repo.save(
                store,
                Organ(
                    name=organ_name,
                    kommun=kommun_name,
                    short=_SHORT.get(organ_name.lower(), ""),
                    standard_items=default_standard_items(organ_name),
                ),
            )
    except Exception:
        store.close()
        raise
    return store
