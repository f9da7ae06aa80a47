"""A law cited at the end of an ärende's title ("… enligt PBL 2011-10", "… EU 2016/679") is
part of the title, not a Dnr run onto it; the landsting's Dnr run onto the title ("…(förslag
1)LS 0702-0239", Region Stockholm) is still read as one."""

from __future__ import annotations

import pytest

from ksdesk.core.law_references import is_law_reference
from ksdesk.interchange.agenda_import import read_agenda
from ksdesk.interchange.agenda_title import trailing_dnr


@pytest.mark.parametrize(
    "title",
    [
        "Planbesked för fastigheten Nyby 2:1 enligt PBL 2011-10",
        "Riktlinjer för behandling av personuppgifter enligt EU 2016/679",
        "Avgifter enligt LSS 1993/387",
        "Tillämpning av LOU 2016/1145",
        "Delegation enligt KL 2017-725",
        "Ändring enligt SFS 2010/900",
        "Boendestöd enligt socialtjänstlagen (SoL 2001:453)",
        "Delegation enligt kommunallagen (KL 2017:725)",
        "Plan- och bygglagen (2010:900)",
    ],
)
def test_a_law_and_its_year_stay_in_the_title(title: str) -> None:
    assert trailing_dnr(title) is None
    data = f"Nr;Ärende\n1;{title}\n".encode()
    result = read_agenda(data, "lista.csv")
    assert (result.items[0].title, result.items[0].dnr) == (title, "")
    assert not result.report.changed  # nothing was read out of the title


@pytest.mark.parametrize(
    ("title", "rest", "dnr"),
    [
        (
            "Arbetsordning för landstingsfullmäktige (förslag 1)LS 0702-0239",
            "Arbetsordning för landstingsfullmäktige (förslag 1)",
            "LS 0702-0239",
        ),
        ("Taxa för bygglov KS 2020/434", "Taxa för bygglov", "KS 2020/434"),
        ("Detaljplan för Nyby BN 2011-10", "Detaljplan för Nyby", "BN 2011-10"),
    ],
)
def test_a_diariums_number_at_the_end_is_still_read(title: str, rest: str, dnr: str) -> None:
    assert trailing_dnr(title) == (rest, dnr)


def test_only_a_year_after_a_law_makes_a_reference() -> None:
    assert is_law_reference("PBL", "2011")
    assert is_law_reference("SoL", "2001")
    assert not is_law_reference("PBL", "11")  # "PBL 11-12" is no law's SFS number
    assert not is_law_reference("LS", "0702")  # the landsting's diarium
    assert not is_law_reference("KS", "2020")
