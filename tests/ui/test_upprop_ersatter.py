"""Choosing whom an ersättare ersätter in the upprop puts her at the meeting: the list of
Marks kommun's barn- och utbildningsnämnd (protokoll 2016-12-15, "Egon Svensson tjänstgör
för Elise Benjaminsson (M)", http://docplayer.se/43222569-Sammantradesprotokoll-sida-1-23-
barn-och-utbildningsnamnden.html) counted her out until she was also ticked present."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from ksdesk.core.protokoll import Deltagare, Paragraf
from ksdesk.core.protokoll_rules import tjanstgorande
from ksdesk.ui.models.upprop_model import UppropModel


def test_an_ersattare_chosen_to_ersatta_is_present() -> None:
    model = UppropModel()
    model.set_numbers(list(range(99, 110)))
    model.set_rows(
        [
            Deltagare("Sofia Sjöstrand", "L", "ordförande"),
            Deltagare("Anders Lindahl", "M"),
            Deltagare("Elise Benjaminsson", "M", narvaro=[]),
            Deltagare("Egon Svensson", "L", "ersättare", narvaro=[]),
        ]
    )
    saved = []
    model.edited.connect(lambda: saved.append(list(model.upprop)))
    model.setData(model.index(3, UppropModel.REPLACES), "Elise Benjaminsson")

    egon = model.upprop[3]
    assert egon.replaces == "Elise Benjaminsson" and egon.present
    assert model.index(3, UppropModel.PRESENT).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    assert saved and saved[-1][3].present  # what is written says so too
    paragraf = Paragraf(1, date(2016, 12, 15), 99, "Val av justerare")
    sitting = [s.deltagare.name for s in tjanstgorande(model.upprop, paragraf)]
    assert sitting == ["Sofia Sjöstrand", "Anders Lindahl", "Egon Svensson"]


def test_clearing_ersatter_leaves_presence_as_it_was() -> None:
    model = UppropModel()
    model.set_numbers([1, 2])
    model.set_rows([Deltagare("Egon Svensson", "L", "ersättare", replaces="Elise")])
    model.setData(model.index(0, UppropModel.REPLACES), "")
    assert model.upprop[0].present and not model.upprop[0].replaces


def test_distans_is_a_checkbox_and_puts_her_at_the_meeting() -> None:
    model = UppropModel()
    model.set_numbers([30, 31])
    model.set_rows([Deltagare("Per Holm", "M", narvaro=[])])
    saved = []
    model.edited.connect(lambda: saved.append(list(model.upprop)))
    index = model.index(0, UppropModel.DISTANS)
    assert model.headerData(UppropModel.DISTANS, Qt.Orientation.Horizontal) == "Distans"
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert saved and saved[-1][0].distans and saved[-1][0].present
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_a_ledamots_role_is_chosen_in_place_an_ersattares_is_not() -> None:
    """Walk29: a misread pasted list made the 2:e vice ordförande a second ordförande; the
    check says so, and the Roll column is where it is put right."""
    model = UppropModel()
    model.set_rows(
        [
            Deltagare("Lisa Andersson", "M", "ordförande"),
            Deltagare("Magdalena Sundqvist", "S", "ordförande"),
            Deltagare("Berit Bergström", "M", "ersättare"),
        ]
    )
    role = model.index(1, UppropModel.ROLE)
    assert role.flags() & Qt.ItemFlag.ItemIsEditable
    assert role.data(Qt.ItemDataRole.EditRole) == "ordförande"
    assert model.setData(role, "2:e vice ordförande")
    assert model.upprop[1].role == "2:e vice ordförande"
    assert not model.index(2, UppropModel.ROLE).flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(role, "ersättare")  # a ledamot stays one: her seat counts
