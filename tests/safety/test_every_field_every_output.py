"""Trust outside the seed: a personnummer in every free-text field a secretary or an import
can fill (each field its own number, written its own way: tests/safety/planted_db.py), the
review decided "maskera" for every hit, and then no public output carries any of them, in
any place a reader can find text (tests/safety/public_surfaces.py). The fields are found by
walking the stored dataclasses, so a new field is planted too (a table or column the walk does
not reach fails test_every_column_planted.py until it is planted or said to be printed
nowhere public); a new public output is added to OUTPUTS. Each (output, field) pair is its
own test: a leak names both."""

from __future__ import annotations

import ast
import html
import json
import shutil
from pathlib import Path

import pytest

from ksdesk import services
from ksdesk.core.personnummer import find_personnummer
from ksdesk.db import meeting_repo
from ksdesk.db.connection import open_store
from ksdesk.reports.web import typst_pdf
from ksdesk.reports.web.html import web_html
from ksdesk.reports.web.model import Part, WebDocument
from ksdesk.services import bilaga_render, meeting_lookup, public_copy
from ksdesk.services.public_gate import PublicOutputRefused
from tests.safety import planted_db
from tests.safety.public_surfaces import EDITIONS, MADE_BY, OUTPUTS

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
            sources: list[str] = []  # what each web PDF is set from (the Typst template's data)
            compile_json = typst_pdf.compile_json
            patch.setattr(typst_pdf, "compile_json", lambda d: sources.append(d) or compile_json(d))
            texts = {name: _read(make, store, meeting.id) for name, make in OUTPUTS.items()}
            texts[TYPST] = "\n".join(_strings_of(json.loads(data)) for data in sources)
            texts |= _referenced_readings(store, meeting.id, hits)
        finally:
            store.close()
    return texts, plants.numbers


_REFUSED = "Vägrades av den slutliga kontrollen: "


def _read(make, store, meeting_id: int) -> str:
    """The output's text, or why the last check refused it (a leak it caught: the test of
    the output then fails and says so, and the other outputs are still read)."""
    try:
        return make(store, meeting_id)
    except PublicOutputRefused as refused:
        return f"{_REFUSED}{refused}"


def _strings_of(value: object) -> str:
    """Every string of a JSON value (keys too), a line each."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return "\n".join(f"{key}\n{_strings_of(v)}" for key, v in value.items())
    if isinstance(value, list):
        return "\n".join(_strings_of(v) for v in value)
    return ""


def _referenced_readings(store, meeting_id: int, hits) -> dict[str, tuple[set[str], str]]:
    """Each bilaga that refers to data in ksdesk: the numbers the scan found in it, and what
    the web packet prints of it (its blocks, as HTML source)."""
    readings = {}
    for item in meeting_repo.get(store, meeting_id).items:
        for bilaga in item.bilagor:
            if not bilaga.ref:
                continue
            rendering = bilaga_render.resolve(store, bilaga.ref, public=True)
            assert not rendering.problem and rendering.web, bilaga.ref
            parts = [Part(tuple(rendering.web(2, "a")))]
            if rendering.web_untitled:
                parts.append(Part(tuple(rendering.web_untitled(2, "a"))))
            shown = html.unescape(web_html(WebDocument("Bilaga", "Organ", parts)))
            found = {hit.normalized for hit in hits if hit.bilaga_id == bilaga.id}
            readings[f"{_REF}{bilaga.ref}"] = (found, shown)
    return readings


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


def test_every_public_output_is_read() -> None:
    """Every service function that calls the public edition or its last check makes an
    output this module reads (or an edition for one)."""
    calls = {"public_edition", "public_protokoll", "checked", "checked_text", "checked_html"}
    found = set()
    for path in Path(services.__file__).parent.glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and calls & _called(node):
                found.add(f"{path.stem}.{node.name}")
    assert found - EDITIONS == set(MADE_BY)
    assert set(MADE_BY.values()) <= set(OUTPUTS)


def _called(node: ast.FunctionDef) -> set[str]:
    return {
        call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
        for call in ast.walk(node)
        if isinstance(call, ast.Call)
    }


def test_every_group_of_fields_is_planted(read_outputs) -> None:
    _texts, numbers = read_outputs
    planted = {field.split("/")[0] for field in numbers}
    assert planted == set(GROUPS)
    assert len(numbers) > 1000  # every § and budget row has its own


TYPST = "Typst-källan till webbversionerna"


@pytest.mark.parametrize("output", sorted(OUTPUTS))
def test_no_output_is_refused(read_outputs, output: str) -> None:
    """The review found every planted number: the last check has nothing left to catch."""
    text = read_outputs[0][output]
    assert not text.startswith(_REFUSED), f"{output}: {text}"


@pytest.mark.parametrize("group", GROUPS)
@pytest.mark.parametrize("output", [*sorted(OUTPUTS), TYPST])
def test_no_planted_number_reaches_the_output(read_outputs, output: str, group: str) -> None:
    texts, numbers = read_outputs
    text = texts[output]
    if text.startswith(_REFUSED):
        pytest.skip("the last check refused it: test_no_output_is_refused says where")
    assert "XXXX" in text or output == "kalenderfil", "the masked fields are printed"
    found = {hit.normalized[2:] for hit in find_personnummer(text)}
    leaked = sorted(
        f"{field}: {written}"
        for field, (written, ten) in numbers.items()
        if field.split("/")[0] == group and (ten in found or written in text or ten in text)
    )
    assert leaked == [], f"{output} bär personnummer från {leaked[:10]}"


_REF = "hänvisad bilaga "
REFERENCED = (
    "delegationsbeslut:SBN 2020/877",
    "doc:verksamhetsplan-2021",
    "budget:bilaga2",
    "budget:itcenter",
    "budget:investering",
    "delegationsordning:reviderad-2020-11-26",
    "doc:forteckning-revideringar",
    "doc:sba-avtal-2021-2025",
    "delegationsanmalan",
    "uppfoljning",
    "motionsredovisning",
)


@pytest.mark.parametrize("ref", REFERENCED)
def test_the_web_prints_of_a_referenced_bilaga_only_what_the_scan_read(read_outputs, ref) -> None:
    """The scan reads a referenced bilaga from its paper pages; the web packet prints it from
    its own blocks. A number the web prints must be one the scan read, or it is published
    without anyone deciding on it."""
    texts, _numbers = read_outputs
    (read, shown), *more = [v for k, v in texts.items() if k.startswith(f"{_REF}{ref}")]
    assert not more
    unread = sorted(hit.text for hit in find_personnummer(shown) if hit.normalized not in read)
    assert unread == [], f"{ref} visas på webben med {unread[:5]}, som granskningen inte läste"
