"""Where the packet and the web edition print a tjänsteskrivelse's handläggare: the name
with the phone field and the title under it (step m1810); a name and a title a letterhead
set in capitals gives, kept as written in the field, printed as a name (core.handlaggare)."""

from __future__ import annotations

from reportlab.lib.units import mm

from ksdesk.core.handlaggare import readable_name, readable_title
from ksdesk.core.meeting import Arende, Tjansteskrivelse
from ksdesk.core.organ import Organ
from ksdesk.reports.tjansteskrivelse_pdf import tjansteskrivelse_pdf
from ksdesk.reports.web.handlingar import tjansteskrivelse_blocks
from tests.pdf_helpers import pages_text

ORGAN = Organ(name="Barn- och ungdomsnämnden", kommun="Vallentuna kommun")


def _item(name: str, title: str) -> Arende:
    ts = Tjansteskrivelse(
        title="Svar på remiss", handlaggare=name, handlaggare_titel=title, telefon="86656"
    )
    return Arende("Svar på remiss", "BUN 2026/12", tjansteskrivelse=ts)


def test_the_packet_prints_the_title_under_the_handlaggare() -> None:
    text = pages_text(
        tjansteskrivelse_pdf(_item("Hanna Hirvelä", "Nämndsekreterare"), ORGAN, 170 * mm)
    )[0]
    # no Datum label: the item has no date, and a label with no value is not printed
    assert "Vallentuna kommun Hanna Hirvelä, 86656 Nämndsekreterare Diarienummer" in text


def test_a_name_in_capitals_is_printed_as_a_name_and_kept_as_written() -> None:
    item = _item("ANDERS FORSBERG", "NÄMNDSEKRETERARE")
    text = pages_text(tjansteskrivelse_pdf(item, ORGAN, 170 * mm))[0]
    assert "Anders Forsberg, 86656" in text and "Nämndsekreterare" in text
    assert "FORSBERG" not in text
    assert item.tjansteskrivelse.handlaggare == "ANDERS FORSBERG"  # the field untouched
    said = repr(tjansteskrivelse_blocks(item, ORGAN, bilagor=[], left_out=[]))
    assert "Anders Forsberg, 86656" in said and "Nämndsekreterare" in said


def test_what_is_no_name_in_capitals_stays_as_written() -> None:
    assert readable_name("ANN-SOFIE AF KLINT") == "Ann-Sofie af Klint"
    assert readable_name("Anders Forsberg") == "Anders Forsberg"
    assert readable_name("KS") == "KS"  # one word: an abbreviation, not a name
    assert readable_name("Anna EK") == "Anna EK"  # mixed: as the writer chose
    assert readable_title("miljöcontroller") == "Miljöcontroller"
    assert readable_title("Kultur- och fritidschef") == "Kultur- och fritidschef"
