"""A jävig ordförande: the vice ordförande leads the §, signs it when it is justerad
omedelbart and holds the utslagsröst at a tie, and the first page says so. Before, the
ordförande who had left the room was printed on the § 's signature line and the tie went
undecided. Shape from Nyköpings kommun's kommunstyrelse, 14 September 2015, §§ 163–203
(http://docplayer.se/2702536-Cristina-kvist-v-ersatter-bo-eliasson-v-170-172-184-ovriga-
narvarande-ersattare.html), and JO 2571-1999 (Åstorp: the vice took over, the protokoll did
not say so)."""

from __future__ import annotations

from datetime import date, time

from ksdesk.core.findings import Severity
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.protokoll import Deltagare, Jav, Narvaro, Paragraf, Protokoll, Votering
from ksdesk.core.protokoll_attendance import beslutande
from ksdesk.core.protokoll_chair import chair_at, chair_findings, stand_in_chairs
from ksdesk.core.protokoll_rules import behandling_paragraphs
from ksdesk.core.protokoll_text import omedelbar_signers, signers

DAY = date(2015, 9, 14)


def protokoll(jav: list[Jav] | None = None) -> tuple[Sammantrade, Protokoll]:
    meeting = Sammantrade(1, DAY, time(9), chair_name="Kjell Hedvall")
    upprop = [
        Deltagare("Kjell Hedvall", "S", "ordförande"),
        Deltagare("Kajsa Ezelius", "S", "1:e vice ordförande"),
        Deltagare("Bertil Jonsson", "M", "2:e vice ordförande"),
        Deltagare("Pär Johnson", "FP"),
        Deltagare("Kenneth Lundell", "S", "ersättare"),
    ]
    paragrafer = [Paragraf(1, DAY, n, f"Ärende {n}", beslut="Beslut.") for n in (173, 174, 175)]
    paragrafer[1].jav = jav if jav is not None else [Jav("Kjell Hedvall", "Kenneth Lundell")]
    paragrafer[1].omedelbar_justering = True
    result = Protokoll(1, upprop=upprop, paragrafer=paragrafer)
    result.justering.justerare = ["Pär Johnson"]
    return meeting, result


def test_the_vice_ordforande_leads_the_paragraf_of_a_javig_ordforande() -> None:
    meeting, p = protokoll()
    assert [chair_at(meeting, p, q) for q in p.paragrafer] == [
        "Kjell Hedvall",
        "Kajsa Ezelius",
        "Kjell Hedvall",
    ]
    # Signed with the parties the upprop gives (walk37 #12).
    assert omedelbar_signers(meeting, p, 174) == [
        ("Ordförande", "Kajsa Ezelius (S)"),
        ("Justerande", "Pär Johnson (FP)"),
    ]
    assert stand_in_chairs(meeting, p) == {"Kajsa Ezelius": [174]}
    assert "Kajsa Ezelius (S), 1:e vice ordförande, ordförande § 174" in beslutande(p, meeting)


def test_the_2nd_vice_when_the_1st_is_javig_too_and_none_when_no_vice_sits() -> None:
    meeting, p = protokoll([Jav("Kjell Hedvall"), Jav("Kajsa Ezelius")])
    assert chair_at(meeting, p, p.paragraf(174)) == "Bertil Jonsson"
    meeting, p = protokoll([Jav("Kjell Hedvall"), Jav("Kajsa Ezelius"), Jav("Bertil Jonsson")])
    assert chair_at(meeting, p, p.paragraf(174)) == ""  # a line to write the name in by hand


def test_an_ordforande_away_for_a_paragraf_is_not_its_chair() -> None:
    meeting, p = protokoll([])
    p.upprop[0].narvaro = [Narvaro(None, 173)]  # left before § 174, not back
    assert [chair_at(meeting, p, q) for q in p.paragrafer] == ["Kjell Hedvall"] + [
        "Kajsa Ezelius"
    ] * 2


def test_a_chair_not_in_the_upprop_is_kept() -> None:
    meeting, p = protokoll()
    meeting.chair_name = "Anna Annan"  # written on the meeting, not in the register
    assert chair_at(meeting, p, p.paragraf(174)) == "Anna Annan"


def test_the_leading_vice_holds_the_utslagsrost_at_a_tie() -> None:
    meeting, p = protokoll()
    q = p.paragraf(174)
    q.votering = Votering(
        "förvaltningens förslag",
        "Pär Johnsons yrkande",
        {
            "Kajsa Ezelius": "ja",
            "Kenneth Lundell": "nej",
            "Bertil Jonsson": "ja",
            "Pär Johnson": "nej",
        },
    )
    text = " ".join(behandling_paragraphs(q, p.upprop, "Kommunstyrelsen", chair_at(meeting, p, q)))
    assert "Vid lika röstetal har ordföranden utslagsröst." in text
    assert "beslutar enligt förvaltningens förslag" in text


def test_the_paragraf_says_who_led_it_unless_the_jav_note_does() -> None:
    """An utdrag of the § shows no first page: the § itself names the vice who led it."""
    meeting, p = protokoll()
    q = p.paragraf(174)
    led = chair_at(meeting, p, q)
    text = behandling_paragraphs(q, p.upprop, "Kommunstyrelsen", led, "Kjell Hedvall")
    assert text == [
        "Kjell Hedvall (S) anmäler jäv och deltar inte i handläggningen av ärendet. "
        "Kenneth Lundell (S) tjänstgör i stället.",
        "Kajsa Ezelius (S) är ordförande under paragrafen.",
    ]
    q.jav[0].note = "Kajsa Ezelius (S) leder sammanträdet under ärendet."
    text = behandling_paragraphs(q, p.upprop, "Kommunstyrelsen", led, "Kjell Hedvall")
    assert len(text) == 1 and text[0].endswith(
        "Kajsa Ezelius (S) leder sammanträdet under ärendet."
    )
    # The ordförande's own §: nothing said.
    assert (
        behandling_paragraphs(p.paragraf(173), p.upprop, "KS", "Kjell Hedvall", "Kjell Hedvall")
        == []
    )


def test_the_vice_who_led_signs_the_protokoll_too() -> None:
    """Who led a § signs it (Orust KSAU 2011-03-02: "Ordförande Roger Hansson 6-13")."""
    meeting, p = protokoll()
    assert signers(meeting, p) == [
        ("Sekreterare", ""),
        ("Ordförande", "Kjell Hedvall (S)"),
        ("Ordförande § 174", "Kajsa Ezelius (S)"),
        ("Justerande", "Pär Johnson (FP)"),
    ]
    meeting, p = protokoll([])
    assert [label for label, _ in signers(meeting, p)] == [
        "Sekreterare",
        "Ordförande",
        "Justerande",
    ]


def test_the_check_warns_of_a_paragraf_nobody_may_lead_and_of_a_leader_justering_alone() -> None:
    meeting, p = protokoll([Jav("Kjell Hedvall"), Jav("Kajsa Ezelius"), Jav("Bertil Jonsson")])
    [finding] = chair_findings(meeting, p)
    assert finding.paragraf == 174 and finding.severity == Severity.VARNING
    assert "varken ordföranden eller en vice ordförande deltar" in finding.message
    meeting, p = protokoll()
    assert chair_findings(meeting, p) == []  # Pär Johnson justerar
    p.justering.justerare = ["Kajsa Ezelius"]
    [finding] = chair_findings(meeting, p)
    assert finding.message == (
        "§ 174: Kajsa Ezelius (S) leder paragrafen och är ensam justerare. Välj ytterligare "
        "en justerare, så att två personer justerar paragrafen."
    )


def test_the_check_finds_two_ordforande_in_the_upprop() -> None:
    """Walk29: a pasted närvarolista made the 2:e vice ordförande a second ordförande, and
    the protokoll printed it with no finding."""
    meeting, p = protokoll([])
    p.upprop[2].role = "ordförande"
    [finding] = chair_findings(meeting, p)
    assert finding.severity == Severity.FEL and finding.code == "roll-dubbel"
    assert finding.message == (
        "Upprop: Kjell Hedvall (S) och Bertil Jonsson (M) har båda rollen ordförande; bara en "
        "kan ha den. Rätta rollen i uppropets kolumn Roll (och i nämndens register)."
    )


def test_the_justerare_sign_with_their_party_when_the_ordforande_does() -> None:
    """Kungsbacka's Vård & Omsorg 2025-03-20 (data/kungsbacka/vo/2025/2025-03-20/protokoll.md)
    signs "Hravn Forsne (M)" and "Göran Ottosson (SD)": the first page printed the justerare
    plain beside an ordförande written with her party."""
    meeting, p = protokoll()
    meeting.chair_name = "Kjell Hedvall (S)"
    assert signers(meeting, p)[-1] == ("Justerande", "Pär Johnson (FP)")
    assert omedelbar_signers(meeting, p, 173)[-1] == ("Justerande", "Pär Johnson (FP)")
