"""The kallelse's rules: the absence deadline ("senast fredag 13.00" before a Monday), the day
it must be sent, how the organ is addressed, and the public version's wording."""

from __future__ import annotations

from datetime import date, time

import pytest

from ksdesk.core.deadlines import is_vardag
from ksdesk.core.kallelse import (
    absence_deadline,
    absence_deadline_text,
    addressee,
    default_absence_note,
    kallelse_send_by,
    meeting_day_note,
    public_note,
    public_title,
    when_text,
)
from ksdesk.core.meeting import Arende, Sammantrade
from ksdesk.core.organ import Organ, organ_genitive


def test_seed_monday_meeting_gives_friday_13() -> None:
    assert absence_deadline(date(2020, 12, 7)) == (date(2020, 12, 4), time(13, 0))
    assert absence_deadline_text(date(2020, 12, 7)) == "fredag 13.00"


@pytest.mark.parametrize(
    ("meeting", "deadline"),
    [
        (date(2021, 4, 6), date(2021, 4, 1)),  # Tuesday after Easter: Good Friday, Easter Monday
        (date(2020, 12, 28), date(2020, 12, 23)),  # juldagen, annandagen, julafton are not vardagar
        (date(2021, 6, 28), date(2021, 6, 24)),  # midsommarafton 2021-06-25
        (date(2020, 12, 9), date(2020, 12, 8)),  # an ordinary Wednesday
    ],
)
def test_deadline_skips_weekends_holidays_and_eves(meeting: date, deadline: date) -> None:
    assert absence_deadline(meeting)[0] == deadline


def test_vardag() -> None:
    assert is_vardag(date(2020, 12, 7))
    assert not is_vardag(date(2020, 12, 6))  # Sunday
    assert not is_vardag(date(2020, 12, 31))  # nyårsafton


def test_kallelse_send_by_moves_back_to_a_working_day() -> None:
    assert kallelse_send_by(date(2020, 12, 7), 7) == date(2020, 11, 30)
    assert kallelse_send_by(date(2020, 12, 7), 8) == date(2020, 11, 27)  # Sunday → Friday


def test_default_absence_note_names_contacts_and_deadline() -> None:
    organ = Organ(
        "Kommunstyrelsen", secretary_email="maria.ostgren@ludvika.se", secretary_phone="0240-860 16"
    )
    note = default_absence_note(organ, date(2020, 12, 7))
    assert "maria.ostgren@ludvika.se eller 0240-860 16 senast fredag 13.00" in note


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Kommunstyrelsen", "kommunstyrelsens"),
        ("Kommunfullmäktige", "kommunfullmäktiges"),
        ("Socialnämnden", "socialnämndens"),
        ("Kommunstyrelsens arbetsutskott", "kommunstyrelsens arbetsutskotts"),
        ("Valnämnd för Ludvikas", "valnämnd för Ludvikas"),
        ("KSAU", "KSAU:s"),
        ("BUN  Barn- och utbildningsnämnden", "BUN Barn- och utbildningsnämndens"),
        ("Nämnden för Teknik och Service TS", "nämnden för Teknik och Service TS:s"),
        ("Tekniska nämnden", "tekniska nämndens"),
        ("Överförmyndarnämnden i Mälardalen", "överförmyndarnämnden i Mälardalens"),
    ],
)
def test_genitive(name: str, expected: str) -> None:
    assert organ_genitive(name) == expected


def test_genitive_at_the_start_of_a_sentence_keeps_the_capital() -> None:
    assert organ_genitive("Kommunstyrelsen", running_text=False) == "Kommunstyrelsens"
    assert organ_genitive("Revisorerna", running_text=False) == "Revisorernas"


def test_addressee_and_when() -> None:
    assert addressee(Organ("Kommunstyrelsen")) == "Till kommunstyrelsens ledamöter och ersättare"
    meeting = Sammantrade(organ_id=1, date=date(2020, 12, 7), time=time(14, 0))
    assert when_text(meeting) == "Måndag 7 december 2020, kl. 14.00"


def test_public_wording() -> None:
    item = Arende("Förhandling om köp av fastighet", secret=True, secrecy_ref="19 kap. 3 § OSL")
    assert public_title(item) == "Ärende som omfattas av sekretess (19 kap. 3 § OSL)"
    assert "Ärende 5 omfattas av sekretess" in public_note([5])
    assert "Ärendena 3, 5 och 9 omfattas" in public_note([3, 5, 9])
    assert public_note([]) == ""


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # Found starting a meeting of a Region Blekinge nämnd: "Till nämnden för folkhälsa,
        # kultur, fritid och regional utveckling i Blekinges ledamöter och ersättare".
        (
            "Nämnden för folkhälsa, kultur, fritid och regional utveckling i Blekinge",
            "Till ledamöter och ersättare i nämnden för folkhälsa, kultur, fritid och "
            "regional utveckling i Blekinge",
        ),
        (
            "Överförmyndarnämnden i Mälardalen",
            "Till ledamöter och ersättare i överförmyndarnämnden i Mälardalen",
        ),
        ("Miljö- och byggnadsnämnden", "Till miljö- och byggnadsnämndens ledamöter och ersättare"),
        (
            "Kommunstyrelsens arbetsutskott",
            "Till kommunstyrelsens arbetsutskotts ledamöter och ersättare",
        ),
    ],
)
def test_a_name_with_a_phrase_after_its_noun_is_not_put_in_the_genitive(
    name: str, expected: str
) -> None:
    """ "Ledamöter och ersättare i kommunfullmäktige", as kommuner write it (Vansbro kommun,
    https://www.vansbro.se/kommun-och-politik/politikerportal/ditt-uppdrag-i-
    kommunfullmaktige.html): the genitive -s on the last word of a long name is avoided."""
    assert addressee(Organ(name)) == expected


def test_the_anslag_text_says_whose_protokoll_the_same_way() -> None:
    from ksdesk.core.deadline_status import anslag_text

    text = anslag_text(
        "Nämnden för folkhälsa, kultur, fritid och regional utveckling i Blekinge",
        date(2026, 12, 11),
        "§§ 1–4",
        None,
        None,
        date(2027, 1, 5),
        "Regionhuset",
    )
    assert (
        "Protokollet för nämnden för folkhälsa, kultur, fritid och regional utveckling i "
        "Blekinge från sammanträdet fredag 11 december 2026 är justerat." in text
    )
    assert "Blekinges" not in text


@pytest.mark.parametrize(
    ("day", "said"),
    [
        (date(2027, 2, 7), "Sammanträdet den 7 februari 2027 är en söndag: stämmer datumet?"),
        (date(2027, 2, 6), "Sammanträdet den 6 februari 2027 är en lördag: stämmer datumet?"),
        (
            date(2026, 12, 25),
            "Sammanträdet den 25 december 2026 är en helgdag (Juldagen, en fredag): "
            "stämmer datumet?",
        ),
        (
            date(2027, 5, 6),
            "Sammanträdet den 6 maj 2027 är en helgdag (Kristi himmelsfärdsdag, en torsdag): "
            "stämmer datumet?",
        ),
        (
            date(2026, 12, 24),
            "Sammanträdet den 24 december 2026 är en helgdagsafton (Julafton, en torsdag): "
            "stämmer datumet?",
        ),
    ],
)
def test_a_meeting_set_on_a_day_off_is_questioned(day: date, said: str) -> None:
    """A Sunday typed for a Monday moves every deadline of the chain; the secretary is asked,
    not stopped (a board may meet on a Saturday on purpose)."""
    assert meeting_day_note(day) == said


def test_a_meeting_on_a_vardag_is_not_questioned() -> None:
    assert meeting_day_note(date(2020, 12, 7)) == ""  # the seed's Monday
    assert meeting_day_note(date(2026, 12, 23)) == ""  # the day before julafton
