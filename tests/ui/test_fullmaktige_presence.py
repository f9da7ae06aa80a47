"""Who sits in a § of a kommunfullmäktige with ten ledamöter away and their ersättare
serving: the Mötesvy and the § editor count them instead of naming twenty people at every §
(six lines that pushed the förslag and the beslut out of sight at 1366×740); a kommunstyrelse's
one or two are still named (tests/ui/test_meeting_view.py)."""

from __future__ import annotations

from ksdesk.ui.app import create_application
from ksdesk.ui.main_window import MainWindow
from ksdesk.ui.meeting_view import MeetingView
from tests.services.kommunfullmaktige import kommunfullmaktige, ten_away
from tests.services.test_votering_counted import counted


def meeting_view(qtbot, tmp_path, width: int, height: int) -> MeetingView:
    """The Mötesvy of the fullmäktige with ten ledamöter away, shown at `width` × `height`."""
    store, meeting_id = kommunfullmaktige(tmp_path)
    ten_away(store, meeting_id)
    create_application()
    view = MeetingView(store, meeting_id)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    return view


def test_the_meeting_view_counts_a_fullmaktige_s_stand_ins(qtbot, tmp_path) -> None:
    view = meeting_view(qtbot, tmp_path, 1366, 740)
    view.go_to(5)  # § 6
    text = view.presence_label.text()
    assert text.startswith("Tjänstgör 61 av 61 – beslutfört")
    assert "10 ersättare tjänstgör" in text and "10 ledamöter inte närvarande" in text
    assert "Ersättare:" not in text and "Inte närvarande:" not in text


def paragraf_6(qtbot, tmp_path):
    """The § editor's widgets, open at the fullmäktige's § 6 with ten ledamöter away."""
    store, meeting_id = kommunfullmaktige(tmp_path)
    ten_away(store, meeting_id)
    create_application()
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    tab = window.tab("Sammanträde")
    tab.ui.pages.setCurrentIndex(1)
    tab.select_paragraf(6)
    return tab.paragrafer.ui


def test_the_paragraf_editor_counts_them_too(qtbot, tmp_path) -> None:
    ui = paragraf_6(qtbot, tmp_path)
    text = ui.tjanstgor_label.text()
    assert "ersättare: 10 (se Upprop)" in text and "inte närvarande: 10 (se Upprop)" in text
    assert " för " not in text


def test_the_paragraf_editor_counts_the_votes_of_those_sitting(qtbot, tmp_path) -> None:
    """A votering recorded before ten ledamöter were marked away: their votes are not
    counted, and the label says that ten who sit have not voted."""
    ui = paragraf_6(qtbot, tmp_path)
    ja, nej, avstar = counted().values()
    text = ui.vote_totals_label.text()
    assert f"Ja {ja} · Nej {nej} · Avstår {avstar}" in text
    assert "(51 av 61 tjänstgörande har röstat)" in text


def test_the_meeting_view_fits_a_laptop_at_150_percent(qtbot, tmp_path) -> None:
    """A 1366 × 768 laptop at 150 % gives the full-screen view 910 × 512 logical pixels: the
    view kept 1064 × 551 (the keys line and the sizes as drawn), ran off the screen, and
    squeezed § 6's two-line title to half its height. Its texts shrink to the screen; on
    the screen the sizes are drawn for they stay as they are."""
    view = meeting_view(qtbot, tmp_path, 910, 512)
    view.go_to(5)  # § 6, the title on two lines
    qtbot.wait(10)
    assert view.size().toTuple() == (910, 512)
    title = view.title_label
    assert title.height() >= title.heightForWidth(title.width())
    for label in (view.hint_label, view.date_label, view.presence_label):
        assert label.geometry().right() <= view.width()
        assert label.height() >= label.heightForWidth(label.width())
    # Unlocked, the beslut being edited and its button take more room: smaller still.
    assert view.unlock(None)
    qtbot.wait(10)
    assert view.save_button.isVisible()
    assert title.height() >= title.heightForWidth(title.width())
    assert view.save_button.geometry().bottom() < view.next_label.geometry().top()
    view.resize(1366, 740)
    view.lock()
    qtbot.wait(10)
    assert title.font().pointSizeF() == 34


def test_no_agenda_title_is_cut_in_the_smaller_view(qtbot, tmp_path) -> None:
    """A title within the item's indent of the list's width stayed on one line, wider than
    the list, and was cut: "3.  Anmälan av …" at 910 × 512."""
    view = meeting_view(qtbot, tmp_path, 860, 512)
    agenda = view.agenda_list
    rows = [agenda.model().index(row, 0) for row in range(agenda.model().rowCount())]
    too_wide = []
    for width in range(860, 1000, 2):  # where a title comes within the indent: fonts differ
        view.resize(width, 512)
        qtbot.wait(20)
        too_wide += [
            (width, i.data())
            for i in rows
            if agenda.visualRect(i).right() >= agenda.viewport().width()
        ]
    assert too_wide == []
