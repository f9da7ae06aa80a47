"""Trust outside the seed: a personnummer in every free-text field a secretary or an import
can fill (each field its own number, written its own way: tests/safety/planted_db.py), the
review decided "maskera" for every hit, and then no public output carries any of them, in
any place a reader can find text (tests/safety/public_surfaces.py). The fields are found by
walking the stored dataclasses, so a new field is planted too; a new public output is added
to OUTPUTS. Each (output, field) pair is its own test: a leak names both."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ksdesk.core.personnummer import find_personnummer
from ksdesk.db.connection import open_store
from ksdesk.services import meeting_lookup, public_copy
from tests.safety import planted_db
from tests.safety.public_surfaces import OUTPUTS

_DB = "planted.sqlite"


@pytest.fixture(scope="module")
def read_outputs(demo_template: Path, tmp_path_factory: pytest.TempPathFactory):
    """(every output's text, field → (as written, ten digits)), built once for the module."""
    folder = tmp_path_factory.mktemp("planted")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KSDESK_DATA_DIR", str(folder / "data"))
        shutil.copy(demo_template, folder / _DB)
        store = open_store(folder / _DB)
        try:
            plants = planted_db.plant_everything(store)
            meeting = meeting_lookup.find_meeting(store, planted_db.DAY)
            hits = public_copy.scan_public(store, meeting.id)
            keys = [hit.key for hit in hits if not hit.resolved]
            public_copy.decide(store, meeting.id, keys, "maskera", by="Test", scanned=hits)
            texts = {name: make(store, meeting.id) for name, make in OUTPUTS.items()}
        finally:
            store.close()
    return texts, plants.numbers


# Where the numbers are planted: the first part of each field's name ("paragraf/beslut").
GROUPS = (
    "kallelse",
    "organ",
    "upprop",
    "paragraf",
    "justering",
    "bilaga",
    "budgetblad",
    "dokument",
    "delegationsordning",
    "delegationsbeslut",
    "uppdrag",
    "motion",
)


def test_every_group_of_fields_is_planted(read_outputs) -> None:
    _texts, numbers = read_outputs
    planted = {field.split("/")[0] for field in numbers}
    assert planted == set(GROUPS)
    assert len(numbers) > 1000  # every § and budget row has its own


@pytest.mark.parametrize("group", GROUPS)
@pytest.mark.parametrize("output", sorted(OUTPUTS))
def test_no_planted_number_reaches_the_output(read_outputs, output: str, group: str) -> None:
    texts, numbers = read_outputs
    text = texts[output]
    found = {hit.normalized[2:] for hit in find_personnummer(text)}
    leaked = sorted(
        f"{field}: {written}"
        for field, (written, ten) in numbers.items()
        if field.split("/")[0] == group and (ten in found or written in text or ten in text)
    )
    assert leaked == [], f"{output} bär personnummer från {leaked[:10]}"
