"""The printed tjänsteskrivelse's letterhead, found running Kungsbacka's Nämnden för Kultur &
Fritid 2025-10-22 through ksdesk (walk27): "Ert datum" and "Er referens" printed as labels
with nothing under them on a tjänsteskrivelse that has neither. A label with no value is not
printed, on paper and on the web."""

from __future__ import annotations

import subprocess

from ksdesk.core.meeting import Arende, Tjansteskrivelse
from ksdesk.core.organ import Organ
from ksdesk.reports.tjansteskrivelse_pdf import tjansteskrivelse_pdf
from ksdesk.reports.web.handlingar import tjansteskrivelse_blocks

ORGAN = Organ(name="Nämnden för Kultur & Fritid", kommun="Kungsbacka kommun")


def item(**fields: str) -> Arende:
    ts = Tjansteskrivelse(
        title="Delårsrapportering God och Nära vård",
        datum="2025-10-01",
        handlaggare="Erik Norinder",
        telefon="0300-834883",
        **fields,
    )
    return Arende(ts.title, "KFT-2025-00215", tjansteskrivelse=ts)


def printed(arende: Arende) -> str:
    pdf = tjansteskrivelse_pdf(arende, ORGAN, 170 * 2.83)
    return subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()


def test_labels_without_a_value_are_not_printed() -> None:
    text = printed(item())
    assert "Datum" in text and "KFT-2025-00215" in text
    assert "Ert datum" not in text
    assert "Er referens" not in text


def test_a_label_with_its_value_is_printed() -> None:
    text = printed(item(er_referens="Dnr 2025/12"))
    assert "Er referens" in text and "Dnr 2025/12" in text
    assert "Ert datum" not in text


def test_the_web_edition_leaves_them_out_too() -> None:
    said = repr(tjansteskrivelse_blocks(item(), ORGAN, bilagor=[], left_out=[]))
    assert "Diarienummer" in said
    assert "Ert datum" not in said
    assert "Er referens" not in said
