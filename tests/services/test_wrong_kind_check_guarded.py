"""The check of what kind a file is (interchange/wrong_intake.py) reads the file a second
time, after the intake's own reader: whatever that second reading throws on a file the
first accepted becomes the Swedish refusal of a damaged file, never a traceback (the budget
and delegationsordning imports had it so; the tjänsteskrivelse and delegationsbeslut imports
did not: review24)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.interchange import wrong_intake
from ksdesk.services import delegationsbeslut_import, tjansteskrivelse_import
from tests.interchange.real_tjansteskrivelser import write_ludvika_437


@pytest.fixture
def second_reading_breaks(monkeypatch) -> None:
    def broken(data: bytes, filename: str):
        raise KeyError("word/document.xml")  # what a zip library says of a damaged part

    monkeypatch.setattr(wrong_intake, "file_rows", broken)


def test_a_tjansteskrivelse(tmp_path: Path, second_reading_breaks) -> None:
    write_ludvika_437(tmp_path / "ts.docx")
    with pytest.raises(InvalidInput) as refused:
        tjansteskrivelse_import.read_file(tmp_path / "ts.docx")
    assert str(refused.value).startswith("ts.docx kan inte läsas som tjänsteskrivelse")


def test_a_list_of_delegationsbeslut(tmp_path: Path, demo_store, second_reading_breaks) -> None:
    path = tmp_path / "lista.csv"
    path.write_text(
        "Datum;Dnr;Beslut;Delegat\n2020-11-20;KS 2020/1;Yttrande;Kommundirektör\n",
        encoding="utf-8",
    )
    with pytest.raises(InvalidInput) as refused:
        delegationsbeslut_import.read_file(demo_store, path)
    assert str(refused.value).startswith("lista.csv kan inte läsas som lista över")
