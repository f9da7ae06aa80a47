"""One way to write an ärende's Dnr wherever it appears."""

from __future__ import annotations

from ksdesk.core.meeting import Arende, Tjansteskrivelse, tjansteskrivelse_dnr, written_dnr


def _item(listed: str, own: str | None) -> Arende:
    ts = Tjansteskrivelse(diarienummer=own) if own is not None else None
    return Arende("Omfördelning av budgetmedel", dnr=listed, tjansteskrivelse=ts)


def test_the_fuller_form_of_the_same_arende_wins() -> None:
    item = _item("2020/434", "KS 2020/434")
    assert written_dnr(item) == tjansteskrivelse_dnr(item) == "KS 2020/434"


def test_as_typed_when_the_list_is_already_full_or_there_is_no_tjansteskrivelse() -> None:
    assert written_dnr(_item("KS 2019/507-00", "KS 2019/507")) == "KS 2019/507-00"
    assert written_dnr(_item("2020/439", None)) == "2020/439"
    assert written_dnr(_item("", "KS 2020/1")) == "KS 2020/1"
    assert written_dnr(_item("", None)) == ""


def test_a_tjansteskrivelse_about_another_arende_keeps_its_own_number() -> None:
    item = _item("KS 2020/434", "SBN 2020/877")
    assert written_dnr(item) == "KS 2020/434"
    assert tjansteskrivelse_dnr(item) == "SBN 2020/877"
