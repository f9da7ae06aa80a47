"""Every text field of the meeting's ärenden and of its protokoll's §§ names, in turn, a
citizen whose medborgarförslag may not carry the name, a secret ärende by its title, or a
secret bilaga by its title; the review decided "maskera" for every hit, and then no public
output prints any of them. The fields are found by walking the stored dataclasses
(tests/safety/planted_numbers.fill_texts), so a field added later (the hand-written
beslutsunderlag of schema step m1405) is planted too; test_every_field_every_output does the
same with personnummer.

The names and titles are made up; the meeting is the demo's (Ludvika kommunstyrelse
2020-12-07)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ksdesk.core.motion import Motion, MotionTyp
from ksdesk.reports.web import typst_pdf
from ksdesk.services import meeting_lookup, meetings, motioner, public_copy
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services.public_gate import PublicOutputRefused
from tests.pdf_helpers import make_pdf
from tests.safety.planted_db import DAY, NAMES, NOT_FREE, demo_copy
from tests.safety.planted_numbers import fill_texts
from tests.safety.public_surfaces import OUTPUTS
from tests.safety.test_every_field_every_output import TYPST

CITIZEN = "Kalle Karlsson"
SECRET_ITEM = "Placering av Lindqvist på behandlingshem"
SECRET_BILAGA = "Utredning om Rosenqvists hemförhållanden"
OSL = "26 kap. 1 § OSL"
# What each plant is found by in an output, whatever a masked neighbour did to it.
TELLS = {CITIZEN: "Karlsson", SECRET_ITEM: "Lindqvist", SECRET_BILAGA: "Rosenqvist"}


# A bilaga's number is its label in the list; a public one's secrecy reference is not printed.
_KEPT = NOT_FREE | {"nr", "secrecy_ref"}


class _Planter:
    """Adds the names to every text, each field's rows in turn (so a field of many rows,
    the beslutsunderlag of each §, gets each name); remembers which field got which."""

    def __init__(self) -> None:
        self.fields: dict[str, list[str]] = {}
        self.rows: dict[str, int] = {}

    def __call__(self, skip: frozenset[str]):
        def add(path: str, text: str) -> str:
            field = "/".join(part for part in path.split("/") if not part.isdigit())
            if field.rsplit("/", 1)[-1] in skip:
                return text
            turn = self.rows.get(field, 0)
            self.rows[field] = turn + 1
            named = tuple(TELLS)[turn % len(TELLS)]
            self.fields.setdefault(named, []).append(field)
            return f"{text} {named}".strip()

        return add


def _plant(store, planter: _Planter) -> int:
    motion = Motion(MotionTyp.MEDBORGARFORSLAG, "Bollkorg", date(2019, 5, 6), av=CITIZEN)
    motioner.save(store, motion)
    meeting = meeting_lookup.find_meeting(store, DAY)
    secret = meeting.items[5]  # "Stockholm Business Alliance": made a secret ärende
    secret.title, secret.secret, secret.secrecy_ref = SECRET_ITEM, True, OSL
    bilaga = meetings.pdf_bilaga(make_pdf(1, "Utredning"), "utredning.pdf", SECRET_BILAGA)
    bilaga.secret, bilaga.secrecy_ref = True, OSL
    meeting.items[2].bilagor.append(bilaga)
    for item in meeting.items:
        if item is not secret:
            # The secret bilaga's own title is what the others are judged by: it stays.
            bilagor = [
                b if b.secret else fill_texts(b, "bilaga", planter(_KEPT)) for b in item.bilagor
            ]
            item.bilagor = []
            planted = fill_texts(item, "ärende", planter(NOT_FREE))
            item.__dict__.update(planted.__dict__, bilagor=bilagor)
    meetings.save_meeting(store, meeting)
    protokoll_service.start_protokoll(store, meeting.id)
    protokoll = protokoll_service.get_protokoll(store, meeting.id)
    for paragraf in protokoll.paragrafer:
        skip = NOT_FREE | NAMES | {"value"}
        protokoll_service.save_paragraf(store, fill_texts(paragraf, "paragraf", planter(skip)))
    justering = protokoll.justering
    justering.justerare = [person.name for person in protokoll.upprop[:2]]
    justering.justerat = date(2020, 12, 10)  # the web protokoll is published once justerat
    protokoll_service.save_justering(store, meeting.id, justering)
    hits = public_copy.scan_public(store, meeting.id)
    keys = [hit.key for hit in hits if not hit.resolved]
    public_copy.decide(store, meeting.id, keys, "maskera", by="Test", scanned=hits)
    return meeting.id


@pytest.fixture(scope="module")
def named_outputs(demo_template: Path, tmp_path_factory: pytest.TempPathFactory):
    """(every output's text, or why it was refused; which fields got which name)."""
    sources: list[str] = []  # what each web PDF is set from (the Typst template's data)
    compile_json = typst_pdf.compile_json
    with (
        demo_copy(demo_template, tmp_path_factory.mktemp("named")) as store,
        pytest.MonkeyPatch.context() as patch,
    ):
        patch.setattr(typst_pdf, "compile_json", lambda d: sources.append(d) or compile_json(d))
        planter = _Planter()
        meeting_id = _plant(store, planter)
        texts = {}
        for output, make in OUTPUTS.items():
            try:
                texts[output] = make(store, meeting_id)
            except PublicOutputRefused as refused:
                texts[output] = f"refused: {refused}"
    texts[TYPST] = "\n".join(sources)
    return texts, planter.fields


def test_every_name_is_planted_in_the_new_fields(named_outputs) -> None:
    _texts, fields = named_outputs
    for named in TELLS:
        assert any(f.endswith("/beslutsunderlag") for f in fields[named]), named
        assert any(f.endswith("/proposal") for f in fields[named]), named


# Outputs that print no text of the ärenden or §§ (the lists hide names themselves).
_PRINTS_NO_MEETING_TEXT = {"anslagstext", "uppföljning av beslut", "redovisning av motioner"}


@pytest.mark.parametrize("output", [*sorted(OUTPUTS), TYPST])
def test_no_output_names_the_citizen_or_a_secret_title(named_outputs, output: str) -> None:
    texts, _fields = named_outputs
    # A word the layout hyphenated ("för\u00ad slagsställaren" in the web kallelse's narrow Dnr
    # column) is read whole.
    text = " ".join(texts[output].replace("\u00ad\n", "").replace("\u00ad ", "").split())
    assert not text.startswith("refused: "), text
    assert [tell for tell in TELLS.values() if tell in text] == []
    if output not in _PRINTS_NO_MEETING_TEXT:
        # The planted texts are printed, masked (at a title's start "Förslagsställaren").
        assert "förslagsställaren" in text.lower()
