"""A budget sheet attached as a bilaga whose totals the check finds wrong is never printed or
sent unmarked (walk38 #1): the attach says so, the checks before sending list it, and the
packet prints the sheet with the marks and the Kontroll av summorna that `budget pdf` prints."""

from __future__ import annotations

import json
from datetime import date

import pytest
from reportlab.platypus import Paragraph

from ksdesk.cli import main
from ksdesk.core import budget_edit
from ksdesk.core.meeting import Bilaga
from ksdesk.db import meeting_repo
from ksdesk.services import bilaga_render, budget, budget_bilaga, meetings


def _wrong_pris(store) -> None:
    """Pris with one figure changed, so its SUMMA is one fel (test_budget_service)."""
    budget.apply(store, budget_edit.set_cell(budget.find_sheet(store, "pris"), 0, 2, "5"))


def _texts(flowables) -> str:
    return " ".join(f.getPlainText() for f in flowables if isinstance(f, Paragraph))


def test_a_sheet_with_fel_is_printed_marked_and_listed_before_sending(demo_store) -> None:
    right = bilaga_render.resolve(demo_store, "budget:pris")
    assert "Kontroll av summorna" not in _texts(right.story(400))  # as before: unmarked
    _wrong_pris(demo_store)
    rendering = bilaga_render.resolve(demo_store, "budget:pris")
    assert rendering.fingerprint != right.fingerprint
    for story in (rendering.story(400), rendering.untitled(400)):
        assert "Kontroll av summorna" in _texts(story) and "Fel." in _texts(story)
    web = " ".join(repr(b) for b in rendering.web(2, "b1"))
    assert "Kontroll av summorna" in web and "Fel." in web
    meeting = meeting_repo.find_by_date(demo_store, date(2020, 12, 7))
    meeting.items[2].bilagor.append(Bilaga("Priser", nr="7", ref="budget:pris"))
    meetings.save_meeting(demo_store, meeting)
    (note,) = budget_bilaga.meeting_notes(demo_store, meeting)
    assert "Bilaga 7: budgetbladet ”Pris” har 1 fel i summorna" in note
    assert note.startswith("Ärende ")


def test_cli_attach_says_the_sheet_has_fel(demo_path, capsys: pytest.CaptureFixture) -> None:
    from ksdesk.services.store import open_store

    store = open_store(demo_path)
    _wrong_pris(store)
    store.close()
    args = ["bilaga", "add", "--db", str(demo_path), "--meeting", "2020-12-07", "--item", "1"]
    assert main([*args, "--budget", "pris"]) == 0
    out = capsys.readouterr().out
    assert "Obs: budgetbladet ”Pris” har 1 fel i summorna" in out
    assert main([*args, "--budget", "volym"]) == 0
    assert "fel i summorna" not in capsys.readouterr().out
    assert main([*args, "--budget", "pris", "--json"]) == 0
    (said,) = json.loads(capsys.readouterr().out)["obs"]
    assert said.startswith("Obs: budgetbladet ”Pris” har 1 fel i summorna")


def test_sheets_of_one_title_are_told_apart_and_the_title_alone_is_refused(store, tmp_path) -> None:
    from ksdesk.core.errors import InvalidInput
    from ksdesk.services import budget_names

    for name, total in (("drift-ratt", "3"), ("drift-fel", "30")):
        path = tmp_path / f"{name}.csv"
        path.write_text(f"Driftredovisning 2025\nPost;Belopp\nA;1\nB;2\nSumma;{total}\n")
        budget.import_file(store, path, unit="tkr")
    with pytest.raises(InvalidInput) as refused:
        budget.find_sheet(store, "driftredovisning 2025")
    assert str(refused.value) == (
        "2 budgetblad heter ”driftredovisning 2025”: drift-ratt (summorna stämmer), drift-fel "
        "(1 fel i summorna). Ange bladets nyckel i stället för rubriken, t.ex. ”drift-ratt”."
    )
    assert budget.find_sheet(store, "drift-fel").key == "drift-fel"
    assert budget_names.listed(store)[1][2] == "⚠ 1 fel – Driftredovisning 2025 (drift-fel)"
    assert budget_names.listed(store)[0][2] == "Driftredovisning 2025 (drift-ratt)"
