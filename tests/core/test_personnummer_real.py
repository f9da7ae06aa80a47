"""Finding personnummer in the text of real protokoll: the numbers around them, and what PDF
text extraction does to them. The quotes are short excerpts of public documents (their
addresses beside them); the personnummer written into them are made up (a valid check digit,
nobody's on purpose)."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.personnummer import find_personnummer, luhn_ok

TODAY = date(2026, 12, 4)


def _with_check_digit(nine: str) -> str:
    return next(nine + str(d) for d in range(10) if luhn_ok(nine + str(d)))


PNR = _with_check_digit("811218987")  # 8112189876
OTHER = _with_check_digit("790202234")

# Kungälvs kommun, KS 2008, http://docplayer.se/1108172-Sammantradesprotokoll.html: the page
# number "3" of "3 Sida 3 (45)" lands right before the boxes of a form in the extracted text.
KUNGALV = "Elisabeth Henriksson Meritea 355\n\n3 Sida 3 (45) KS 353/2008"


@pytest.mark.parametrize("before", ["3 Sida 3 ", "3 Sida 3\n", "Transkript 1 ", "4. "])
def test_boxes_after_a_stray_digit_of_the_text_are_found(before: str) -> None:
    boxes = " ".join(PNR)
    text = KUNGALV.replace("3 Sida 3 ", before + boxes + " ")
    hits = find_personnummer(text, TODAY)
    assert [h.normalized for h in hits] == ["19" + PNR]
    assert hits[0].text == boxes


def test_twelve_boxes_after_a_stray_digit_are_found() -> None:
    boxes = " ".join("19" + PNR)
    hits = find_personnummer(f"Sida 3 {boxes} (45)", TODAY)
    assert [h.text for h in hits] == [boxes]


def test_a_table_row_of_small_figures_is_no_number() -> None:
    # Twelve months of a count: tried where a form's boxes would start, not at every digit
    # (somewhere in it "3 4 1 2 0 2 9 6 1 7" has a date and a check digit).
    assert find_personnummer("Antal anmälningar 4 3 4 1 2 0 2 9 6 1 7 4", TODAY) == []


# A date written ÅÅMMDD (or ÅÅÅÅMMDD) in one column and a diarienummer or a date in the
# next: the first four digits of the next column are no last four. The diarienummer is as
# Kramfors writes them ("Dnr KS 2017/245", https://docplayer.se/amp/109269219-Kommunstyrelsens-
# arbetsutskott.html); the dates are chosen so that date and year pass the check digit.
@pytest.mark.parametrize(
    "text",
    [
        "170107 2017/245 Svar på medborgarförslag",
        "20170107 2017/245 Svar på medborgarförslag",
        "170107 2017-01-23 Anslaget nedtages",
        "170107 2017.245 Ekonomisk prognos",
        "170107 2017:725 Svar på remiss",
    ],
)
def test_a_date_before_a_diarienummer_is_no_number(text: str) -> None:
    assert luhn_ok("1701072017")
    assert find_personnummer(text, TODAY) == []


@pytest.mark.parametrize(
    "text",
    [
        f"Sökande: {PNR[:6]}-{PNR[6:]}/{OTHER[:6]}-{OTHER[6:]}",  # two applicants, one line
        f"{PNR[:6]}-{PNR[6:]} 2017/245",  # a space: the diarienummer stands apart
        f"{PNR[:6]}-{PNR[6:]}.",
        f"19{PNR[:6]}-{PNR[6:]}, Gårdsjö 3:12",
    ],
)
def test_a_number_beside_other_figures_is_still_found(text: str) -> None:
    assert "19" + PNR in [h.normalized for h in find_personnummer(text, TODAY)]


def _ocr(nine: str) -> str:
    """Ten digits as an OCR or invoice number is made: its own Luhn check digit last."""
    return _with_check_digit(nine)


# Upplands-Bro kommun, https://upplands-bro.se/kommun--politik/om-kommunen/ekonomi/
# betalningssatt.html ("På den står bankgironummer och OCR-nummer"); Region Sörmland,
# https://region.sormland.se/politik/information-till-foertroendevalda/om-styrelsens-
# sammantraeden/ ("Telefon: 070-666 41 53"; here with no spaces, and a last digit that gives
# a date and a check digit). The OCR numbers begin with a date, as one in fourteen of them does.
@pytest.mark.parametrize(
    "text",
    [
        f"På den står bankgironummer 5420-3674 och OCR-nummer {_ocr('811218987')}.",
        f"Betalas med OCR {_ocr('790202234')} till bankgiro 5093-0155.",
        f"Fakturanr: {_ocr('811218987')}",
        f"Faktura nr {_ocr('811218987')}",
        "Telefon: 0706664158",
        "Mobil 0706664158 eller e-post",
        f"ISBN {_ocr('811218987')}",
    ],
)
def test_a_number_labelled_as_another_kind_is_no_personnummer(text: str) -> None:
    assert find_personnummer(text, TODAY) == []


@pytest.mark.parametrize(
    "text",
    [
        f"Kontonummer {PNR}",  # a personkonto is the personnummer
        f"Enskild firma, org.nr {PNR[:6]}-{PNR[6:]}",  # so is its organisationsnummer
        f"OCR-nummer: {PNR[:6]}-{PNR[6:]}",  # written as a personnummer is, it is one
        f"Tel 0240-860 00, {PNR}",  # the label is another number's
        f"Telefon/personnummer {PNR}",
        f"Hotell {PNR}",
    ],
)
def test_a_number_after_other_labels_is_still_found(text: str) -> None:
    assert "19" + PNR in [h.normalized for h in find_personnummer(text, TODAY)]


@pytest.mark.parametrize(
    "written",
    [
        f"19{PNR[:2]}-{PNR[2:4]}-{PNR[4:6]}-{PNR[6:]}",
        f"{PNR[:2]}-{PNR[2:4]}-{PNR[4:6]}-{PNR[6:]}",
        f"19{PNR[:2]}-{PNR[2:4]}-{PNR[4:6]}\u2013{PNR[6:]}",
    ],
)
def test_a_number_written_as_a_date_and_the_last_four_is_found(written: str) -> None:
    hits = find_personnummer(f"Sökande: Anna Andersson, {written}, Ludvika.", TODAY)
    assert [(h.text, h.normalized) for h in hits] == [(written, "19" + PNR)]


# Söderhamns kommun, arbetsmarknads- och socialnämnden 2019-01-28, http://db.soderhamn.se/
# protokoll.nsf/964ff294c0ed8aeac1257dcf00528bb1/d7d9ef9db742f967c1258398002be41a?OpenDocument
# ("Tid för anslag2019-02-05 – 2019-02-27"): dates, a range of them, a date and a time.
@pytest.mark.parametrize(
    "text",
    [
        "Tid för anslag2019-02-05 – 2019-02-27",
        "Tid för anslag 2019-01-11-2019-02-27",  # and so for 1901112019
        "Justering 2020-12-01 1330",  # date and check digit hold for 2012011330
    ],
)
def test_dates_written_as_dates_are_no_number(text: str) -> None:
    assert find_personnummer(text, TODAY) == []


# Kungälvs kommun (above): the letterhead row "ADRESS TELEFON FAX E-POST HEMSIDA" flattened
# into a line, and Malmö stad, https://redovisningar.malmo.se/2015/arsredovisning-2015/
# forvaltningsberattelse/prognossakerhet/: a table whose figures run into the row labels.
@pytest.mark.parametrize(
    ("text", "written"),
    [
        (f"ADRESS TELEFON 19{PNR} FAX E-POST HEMSIDA", f"19{PNR}"),
        (
            f"Kommunstyrelse966531 19{PNR[:2]}-{PNR[2:4]}-{PNR[4:6]}-{PNR[6:]} Ekonomiskt",
            f"19{PNR[:2]}-{PNR[2:4]}-{PNR[4:6]}-{PNR[6:]}",
        ),
    ],
)
def test_a_number_in_a_flattened_table_is_found(text: str, written: str) -> None:
    assert [h.text for h in find_personnummer(text, TODAY)] == [written]


@pytest.mark.parametrize(
    "text",
    ["Anna Svensson,811218-9876,42", "pnr 811218-9876/2", "19811218-9876:1", "811218-9876-1"],
)
def test_a_number_written_with_its_dash_is_found_whatever_follows(text: str) -> None:
    """The rule for a date glued to a diarienummer ("201207 2020/434") holds only where the
    date and the last four stand apart by a space: a list of values separated by commas or a
    number with a suffix still holds a personnummer."""
    assert [hit.normalized for hit in find_personnummer(text)] == ["198112189876"]
