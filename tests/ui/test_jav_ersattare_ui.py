"""A jävig ersättare who sits, recorded in the § editor: she is offered in the Jäv list as
"ersättare för …", another ersättare steps in, the seats, the justering check and the
protokoll's Beslutande and Övriga närvarande follow."""

from __future__ import annotations

from ksdesk.core.protokoll import Deltagare, Narvaro
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services import protokoll_print
from tests.services.test_protokoll_public import words
from tests.ui.test_sammantrade_entries import answer, started, stored
from tests.ui.test_sammantrade_tab import choose


def problems(tab) -> list[str]:
    """The check as its page shows it, brought forward (it is run there, not at every save)."""
    tab.ui.pages.setCurrentWidget(tab.ui.justering_scroll)
    tab.justering.run_check()  # already in front: as Kontrollera igen
    model = tab.justering.problem_model
    return [model.row_object(i).message for i in range(model.rowCount())]


def karin_sits_for_asa(tab) -> None:
    """Åsa Bergkvist is away all meeting; Karin Ek sits for her; Olle Berg listens."""
    people = stored(tab).upprop
    asa = next(a for a in people if a.name == "Åsa Bergkvist")
    asa.narvaro = []
    people.insert(3, Deltagare("Karin Ek", "S", "ersättare", replaces="Åsa Bergkvist"))
    people.insert(4, Deltagare("Olle Berg", "S", "ersättare", narvaro=[Narvaro()]))
    protokoll_service.save_upprop(tab.store, tab.meeting.id, people)
    tab.reload(220)


def test_a_sitting_ersattare_is_recorded_javig_and_replaced(qtbot, demo_store, monkeypatch):
    tab = started(qtbot, demo_store, monkeypatch)
    karin_sits_for_asa(tab)
    combo = tab.paragrafer.ui.jav_member_combo
    offered = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert offered["Karin Ek"] == "Karin Ek (S), ersättare för Åsa Bergkvist (S)"
    assert "Olle Berg" not in offered  # listening, not sitting
    stand_ins = [
        tab.paragrafer.ui.jav_ersattare_combo.itemData(i)
        for i in range(tab.paragrafer.ui.jav_ersattare_combo.count())
    ]
    assert "Olle Berg" in stand_ins and "Karin Ek" not in stand_ins

    choose(combo, "Karin Ek")
    tab.paragrafer.ui.add_jav_button.click()  # without an ersättare first
    assert stored(tab).paragraf(220).jav[0].name == "Karin Ek"
    assert "2 av 3" in tab.paragrafer.ui.tjanstgor_label.text()
    assert (
        "§ 220: Karin Ek (S) tjänstgör för Åsa Bergkvist (S) men är jävig, och ingen annan "
        "ersättare har trätt in."
    ) in problems(tab)

    def olle(dialog) -> None:
        assert dialog.member_combo.currentData() == "Karin Ek"
        dialog.stand_in_check.setChecked(True)
        dialog.ersattare_combo.setCurrentIndex(dialog.ersattare_combo.findData("Olle Berg"))

    answer(olle)
    assert tab.editor.entries.edit("jav", 0)
    assert stored(tab).paragraf(220).jav[0].ersattare == "Olle Berg"
    assert "3 av 3" in tab.paragrafer.ui.tjanstgor_label.text()
    assert "Olle Berg (S) för Åsa Bergkvist (S)" in tab.paragrafer.ui.tjanstgor_label.text()
    assert not [p for p in problems(tab) if "Karin Ek" in p]

    text = words(protokoll_print.protokoll_document(demo_store, tab.meeting.id))
    karin = (
        "Karin Ek (S), tjänstgörande ersättare för Åsa Bergkvist (S), "
        "deltar ej vid § 220 p.g.a. jäv"
    )
    assert karin in text
    assert "Olle Berg (S), tjänstgörande ersättare för Åsa Bergkvist (S), § 220" in text
    assert "Olle Berg (S), ersättare, §§ 217–219, 221–223" in text  # listening otherwise
    assert (
        "Karin Ek (S) anmäler jäv och deltar inte i handläggningen av ärendet. Olle Berg " in text
    )
    # Karin left the room for § 220: not among the övriga there.
    assert "Karin Ek (S), ersättare" not in text
