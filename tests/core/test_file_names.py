"""The suggested file names of a meeting's printed documents."""

from datetime import date

from ksdesk.core.file_names import meeting_pdf_name, paragraf_label

DAY = date(2020, 12, 7)


def test_kind_then_date_then_details_then_public() -> None:
    assert meeting_pdf_name("kallelse", DAY) == "kallelse-2020-12-07.pdf"
    assert meeting_pdf_name("paket", DAY, public=True) == "paket-2020-12-07-offentlig.pdf"
    assert (
        meeting_pdf_name("utdrag", DAY, "paragraf", "219", public=True)
        == "utdrag-2020-12-07-paragraf-219-offentlig.pdf"
    )


def test_no_meeting_no_empty_dash() -> None:
    assert meeting_pdf_name("kallelse", None) == "kallelse.pdf"


def test_an_utdrags_paragrafer_in_its_name() -> None:
    assert paragraf_label([55]) == "§ 55"
    assert paragraf_label([56, 54, 55, 60, 61]) == "§§ 54–56, 60, 61"
    assert paragraf_label(list(range(1, 30, 2))) == "§§ 1–29 (15 st)"
