"""A nämnd's tjänsteskrivelse split between what the nämnd decides and what goes on to
fullmäktige. Found writing one for Kiruna kommun's miljö- och byggnadsnämnd: the editor
offered "Kommunstyrelsen" or "Fullmäktige" under Beslutas av, and the printed tjänsteskrivelse
read "Förslag till beslut kommunstyrelsen" over the nämnd's own att-satser. The heading names
the organ the ärende goes to, as the seed's "Förslag till beslut kommunstyrelsen" does for a
kommunstyrelse."""

from __future__ import annotations

import subprocess
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import Qt

from ksdesk.core.meeting import Arende, Forslag, Tjansteskrivelse
from ksdesk.services import meetings
from ksdesk.services.own_kommun import new_database
from ksdesk.services.packet import PartCache, build_packet
from ksdesk.ui.app import create_application
from ksdesk.ui.dialogs.tjansteskrivelse_dialog import TjansteskrivelseDialog

MBN = "Miljö- och byggnadsnämnden"
FORSLAG = [
    Forslag("Miljö- och byggnadsnämnden godkänner taxeutredningen.", "1", "kommunstyrelsen"),
    Forslag("Kommunfullmäktige antar ny taxa för prövning enligt PBL.", "2", "fullmäktige"),
]


def test_the_printed_headings_name_the_namnd(tmp_path: Path) -> None:
    store = new_database(tmp_path / "mbn.sqlite", "Kiruna kommun", MBN)
    created, _ = meetings.create_meeting(store, MBN, date(2026, 12, 10), time(9), "Luossa")
    meeting = meetings.get_meeting(store, created.id)
    ts = Tjansteskrivelse(title="Taxa för plan- och bygglov 2027", forslag=FORSLAG)
    meeting.items = [Arende("Taxa för plan- och bygglov 2027", "MBN 2026/311", tjansteskrivelse=ts)]
    meetings.save_meeting(store, meeting)
    pdf = build_packet(store, created.id, cache=PartCache()).pdf
    store.close()
    text = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    assert "Förslag till beslut i miljö- och byggnadsnämnden" in text
    assert "Förslag till beslut i kommunfullmäktige" in text
    assert "kommunstyrelsen" not in text.lower()


def test_the_editor_offers_the_namnd(qtbot) -> None:
    create_application()
    item = Arende("Taxa", tjansteskrivelse=Tjansteskrivelse(title="Taxa", forslag=list(FORSLAG)))
    dialog = TjansteskrivelseDialog(item, organ_name=MBN)
    qtbot.addWidget(dialog)
    model = dialog.forslag_model
    assert model.index(0, 1).data() == MBN
    assert model.index(1, 1).data() == "Fullmäktige"
    assert MBN in dialog.ui.forslag_help.text()
    assert "Kommunstyrelsen" not in dialog.ui.forslag_help.text()
    editor = dialog.ui.forslag_table.itemDelegateForColumn(1).createEditor(
        dialog, None, model.index(1, 1)
    )
    assert [editor.itemText(i) for i in range(editor.count())] == ["", MBN, "Fullmäktige"]
    model.setData(model.index(1, 1), MBN, Qt.ItemDataRole.EditRole)
    assert dialog.result_tjansteskrivelse().forslag[1].group == "kommunstyrelsen"


def test_the_web_edition_names_the_namnd_too() -> None:
    """The web tjänsteskrivelse headed the nämnd's own att-satser "kommunstyrelsen" when the
    paper one had learnt the nämnd's name."""
    from ksdesk.core.organ import Organ
    from ksdesk.reports.web.handlingar import tjansteskrivelse_blocks

    ts = Tjansteskrivelse(title="Taxa för plan- och bygglov 2027", forslag=list(FORSLAG))
    item = Arende("Taxa för plan- och bygglov 2027", "MBN 2026/311", tjansteskrivelse=ts)
    blocks = tjansteskrivelse_blocks(
        item, Organ(name=MBN, kommun="Kiruna kommun"), bilagor=[], left_out=[]
    )
    said = repr(blocks)
    assert "Förslag till beslut i miljö- och byggnadsnämnden" in said
    assert "kommunstyrelsen" not in said.lower()


def test_the_editor_offers_the_organ_the_document_names(qtbot) -> None:
    """A tjänsteskrivelse read at Byggnadsnämndens arbetsutskott whose heading names the nämnd
    ("Förslag till beslut i byggnadsnämnden") keeps that decider; the editor did not offer
    it, so a row changed away from it could not be given it back."""
    create_application()
    au = "Byggnadsnämndens arbetsutskott"
    forslag = [Forslag("Byggnadsnämnden beviljar bygglov.", "1", "Byggnadsnämnden")]
    item = Arende("Bygglov", tjansteskrivelse=Tjansteskrivelse(title="Bygglov", forslag=forslag))
    dialog = TjansteskrivelseDialog(item, organ_name=au)
    qtbot.addWidget(dialog)
    model = dialog.forslag_model
    assert model.index(0, 1).data() == "Byggnadsnämnden"
    editor = dialog.ui.forslag_table.itemDelegateForColumn(1).createEditor(
        dialog, None, model.index(0, 1)
    )
    offered = [editor.itemText(i) for i in range(editor.count())]
    assert offered == ["", au, "Fullmäktige", "Byggnadsnämnden"]
    model.setData(model.index(0, 1), au, Qt.ItemDataRole.EditRole)
    model.setData(model.index(0, 1), "Byggnadsnämnden", Qt.ItemDataRole.EditRole)
    assert dialog.result_tjansteskrivelse().forslag[0].group == "Byggnadsnämnden"
