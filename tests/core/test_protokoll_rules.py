"""Who tjänstgör, beslutförhet, the justering check and the Behandling text."""

from __future__ import annotations

from datetime import date

from ksdesk.core.justering_check import (
    forvaringsplats_of,
    justera_anyway_question,
    justering_check,
)
from ksdesk.core.meeting import Arende, Forslag, Tjansteskrivelse
from ksdesk.core.organ import Organ
from ksdesk.core.protokoll import (
    OTHER_ROLE,
    Deltagare,
    Jav,
    Justering,
    Narvaro,
    Paragraf,
    Protokoll,
    Protokollsanteckning,
    Reservation,
    Votering,
    Yrkande,
)
from ksdesk.core.protokoll_rules import (
    anteckning_text,
    behandling_paragraphs,
    first_number,
    initial_beslut,
    is_beslutsfor,
    is_val_av_justerare,
    jav_text,
    justerare_beslut,
    paragraf_span,
    tjanstgorande,
)
from ksdesk.core.votering_text import votering_outcome, votering_text


def people() -> list[Deltagare]:
    return [
        Deltagare("Leif Pettersson", "S", "ordförande"),
        Deltagare("Roland Johansson", "SD"),
        Deltagare("Åsa Bergkvist", "S"),
        Deltagare("Karin Ek", "S", "ersättare"),
        Deltagare("Olle Berg", "SD", "ersättare", narvaro=[]),
        Deltagare("Maria Östgren", role=OTHER_ROLE, title="kommunsekreterare"),
    ]


def paragraf(number: int = 219, **kwargs) -> Paragraf:
    kwargs.setdefault("beslut", "Beslut.")
    return Paragraf(1, date(2020, 12, 7), number, "Ärende", **kwargs)


def names(seats) -> list[str]:
    return [s.deltagare.name for s in seats]


def test_ledamoter_tjanstgor_ersattare_and_ovriga_do_not() -> None:
    seats = tjanstgorande(people(), paragraf())
    assert names(seats) == ["Leif Pettersson", "Roland Johansson", "Åsa Bergkvist"]


def test_jav_hands_the_seat_to_the_named_ersattare() -> None:
    p = paragraf(jav=[Jav("Roland Johansson", "Karin Ek")])
    seats = tjanstgorande(people(), p)
    assert names(seats) == ["Leif Pettersson", "Åsa Bergkvist", "Karin Ek"]
    assert seats[-1].replaces == "Roland Johansson"


def test_ersattare_in_the_upprop_sits_while_the_ledamot_is_away() -> None:
    group = people()
    group[2].narvaro = [Narvaro(first=220)]  # Åsa Bergkvist arrives before § 220
    group[3].replaces = "Åsa Bergkvist"
    assert "Karin Ek" in names(tjanstgorande(group, paragraf(219)))
    # The ledamot takes her seat back when she arrives.
    assert names(tjanstgorande(group, paragraf(220))) == [
        "Leif Pettersson",
        "Roland Johansson",
        "Åsa Bergkvist",
    ]


def test_beslutforhet_needs_more_than_half() -> None:
    group = people()
    assert is_beslutsfor(group, paragraf())
    group[1].present = False
    assert is_beslutsfor(group, paragraf())  # 2 of 3
    group[2].narvaro = [Narvaro(last=218)]  # leaves after § 218
    assert not is_beslutsfor(group, paragraf(219))  # 1 of 3
    assert is_beslutsfor(group, paragraf(218))


def test_check_lists_what_is_missing() -> None:
    p = paragraf(
        votering=Votering(votes={"Leif Pettersson": "ja", "Roland Johansson": "nej"}),
        reservationer=[Reservation(names=[])],
        jav=[Jav("Åsa Bergkvist")],
        anteckningar=[Protokollsanteckning(names=["Roland Johansson"], text="Noterat.")],
    )
    empty = paragraf(220, beslut="  ")
    protokoll = Protokoll(1, Justering(), people(), [p, empty])
    texts = [problem.message for problem in justering_check(protokoll)]
    assert "Justerare är inte valda (väljs under Paragrafer)." in texts
    assert "§ 220: beslut saknas." in texts
    assert "§ 219: en reservation saknar namn." in texts
    assert (
        "§ 219: Åsa Bergkvist (S) är jävig men ingen ersättare har trätt in i dennes ställe."
        in texts
    )
    # Åsa is jävig and nobody replaced her: two sat, two voted, so the totals match.
    assert not any("voteringen" in t for t in texts)


def test_votering_totals_must_match_who_tjanstgjorde() -> None:
    p = paragraf(votering=Votering(votes={"Leif Pettersson": "ja", "Karin Ek": "nej"}))
    protokoll = Protokoll(1, Justering(justerare=["Åsa Bergkvist"]), people(), [p])
    texts = [problem.message for problem in justering_check(protokoll)]
    assert (
        "§ 219: voteringen har 2 röster (1 ja, 1 nej, 0 avstår) men 3 ledamöter tjänstgjorde."
        in texts
    )
    assert "§ 219: Roland Johansson (SD) saknar röst." in texts
    assert "§ 219: Karin Ek (S) har röstat men tjänstgjorde inte." in texts


def test_reservation_reminder_names_the_justering() -> None:
    p = paragraf(reservationer=[Reservation(["Roland Johansson"], motivering_aviserad=True)])
    justering = Justering(["Åsa Bergkvist"], date=date(2020, 12, 10), place="KLK")
    problems = justering_check(Protokoll(1, justering, people(), [p]), "Kommunkansliet")
    assert [(x.severity, x.message) for x in problems] == [
        (
            "påminnelse",
            "§ 219: skriftlig motivering till reservationen (Roland Johansson (SD)) ska lämnas "
            "före justeringen (torsdag 10 december 2020).",
        )
    ]


def test_a_clean_protokoll_passes() -> None:
    justering = Justering(["Åsa Bergkvist"], date=date(2020, 12, 10), place="KLK")
    assert justering_check(Protokoll(1, justering, people(), [paragraf()]), "KLK") == []


def test_the_anslag_must_say_where_the_protokoll_is_kept() -> None:
    """KL 8 kap. 12 §: without a förvaringsplats, of the justering or of the organ, the
    anslag says only the kommun's name: a warning naming where to set one."""
    justering = Justering(["Åsa Bergkvist"], date=date(2020, 12, 10), place="KLK")
    protokoll = Protokoll(1, justering, people(), [paragraf()])
    [missing] = justering_check(protokoll, "", "Ovanåkers kommun")
    assert missing.severity == "varning"
    assert missing.message.startswith("Förvaringsplats saknas: anslaget anger bara Ovanåkers")
    assert "Nämndens inställningar" in missing.message
    [missing] = justering_check(protokoll)
    assert "anslaget anger ingen" in missing.message
    assert justering_check(protokoll, "Kommunkansliet") == []
    justering.forvaringsplats = "Stadshuset"
    assert justering_check(protokoll) == []


def test_one_forvaringsplats_rule() -> None:
    """The justering's, else the organ's, else the kommun's name: what both the anslag text
    and the protokoll's anslag print."""
    organ = Organ(name="Socialutskottet", kommun="Ovanåkers kommun")
    assert forvaringsplats_of(Justering(), organ) == "Ovanåkers kommun"
    organ.forvaringsplats = "Socialkontoret"
    assert forvaringsplats_of(Justering(), organ) == "Socialkontoret"
    assert forvaringsplats_of(Justering(forvaringsplats=" Arkivet "), organ) == "Arkivet"
    assert forvaringsplats_of(Justering(), Organ(name="Utskottet")) == ""


def test_the_question_before_justerat_names_the_errors() -> None:
    justering = Justering(["Åsa Bergkvist"], date=date(2020, 12, 10), place="KLK")
    missing = [paragraf(n, beslut="") for n in range(157, 168)]
    found = justering_check(Protokoll(1, justering, people(), missing), "", "Ovanåkers kommun")
    question = justera_anyway_question(found)
    assert question.startswith("Protokollet har 11 fel, t.ex.:")
    assert "• § 157: beslut saknas." in question
    assert "• § 159: beslut saknas." in question and "§ 160" not in question
    assert "… och 8 fel till." in question
    assert question.endswith("Markera det som justerat ändå?")
    # Warnings and reminders alone (the förvaringsplats) ask nothing.
    assert justera_anyway_question([f for f in found if not f.is_error]) == ""


def test_behandling_reads_like_the_seed() -> None:
    p = paragraf(
        yrkanden=[
            Yrkande("Roland Johansson", "yrkar på ett förtydligande av punkt 51", "SD"),
            Yrkande("Åsa Bergkvist", "yrkar bifall till Leif Petterssons yrkande.", "S"),
        ],
        propositionsordning="Ordföranden ställer proposition på yrkandena och finner att "
        "kommunstyrelsen bifaller Leif Petterssons yrkande",
        votering=Votering(
            "Leif Petterssons yrkande",
            "Roland Johanssons yrkande",
            {"Leif Pettersson": "ja", "Roland Johansson": "nej", "Åsa Bergkvist": "ja"},
        ),
    )
    text = behandling_paragraphs(p, people(), "Kommunstyrelsen", "Leif Pettersson")
    assert text[0] == "Roland Johansson (SD) yrkar på ett förtydligande av punkt 51."
    assert text[1] == "Åsa Bergkvist (S) yrkar bifall till Leif Petterssons yrkande."
    assert text[2].endswith("bifaller Leif Petterssons yrkande.")
    assert text[3] == "Votering begärs och verkställs."
    assert text[-1] == (
        "Omröstningsresultat: Med 2 ja-röster mot 1 nej-röst beslutar kommunstyrelsen "
        "enligt Leif Petterssons yrkande."
    )


def test_the_result_as_kommuner_write_it() -> None:
    """ "Med 7 ja-röster mot 6 nej-röster beslutar …"; abstentions only when there are any;
    a tie names the ordförande's utslagsröst; an outcome that cannot be told only counts."""
    ja, nej = "förvaltningens förslag", "avslagsyrkandet"
    votes = {"A": "ja", "B": "nej", "C": "nej", "D": "avstår"}
    assert votering_text(Votering(ja, nej, votes), "Kommunstyrelsen")[-1] == (
        "Omröstningsresultat: Med 1 ja-röst mot 2 nej-röster och 1 som avstår beslutar "
        "kommunstyrelsen enligt avslagsyrkandet."
    )
    tie = Votering(ja, nej, {"Leif Pettersson": "ja", "B": "nej"})
    assert votering_text(tie, "Kommunstyrelsen", "Leif Pettersson")[-1] == (
        "Omröstningsresultat: 1 ja-röst mot 1 nej-röst. Vid lika röstetal har ordföranden "
        "utslagsröst. Kommunstyrelsen beslutar enligt förvaltningens förslag."
    )
    assert votering_text(tie, "Kommunstyrelsen")[-1] == (
        "Omröstningsresultat: 1 ja-röst mot 1 nej-röst."
    )
    # The sides written the way they are said ("Ja-röst för bifall till …"): the result
    # names the proposal itself.
    said = Votering("bifall till förvaltningens förslag", "bifall till avslagsyrkandet", votes)
    assert votering_text(said, "Kommunstyrelsen")[1:] == [
        "Ja-röst för bifall till förvaltningens förslag. Nej-röst för bifall till avslagsyrkandet.",
        "Omröstningsresultat: Med 1 ja-röst mot 2 nej-röster och 1 som avstår beslutar "
        "kommunstyrelsen enligt avslagsyrkandet.",
    ]


def test_a_tie_goes_the_ordforande_s_way() -> None:
    votering = Votering(votes={"Leif Pettersson": "nej", "Roland Johansson": "ja"})
    assert votering_outcome(votering, "Leif Pettersson") == "nej"
    assert votering_outcome(votering, "") == ""


def test_numbering_and_spans() -> None:
    assert first_number([214, 215, 216]) == 217
    assert first_number([]) == 1
    assert paragraf_span([217, 218, 219, 221]) == "§§ 217\u2013219, 221"
    assert paragraf_span([217]) == "§ 217"


def test_a_paragraf_starts_from_the_forslag() -> None:
    item = Arende("X", proposal="Kommunstyrelsen antar.")
    assert initial_beslut(item) == "Kommunstyrelsen antar."
    ts = Tjansteskrivelse(forslag=[Forslag("A", "1"), Forslag("B", "2")])
    assert initial_beslut(Arende("X", tjansteskrivelse=ts)) == "1. A\n2. B"
    assert initial_beslut(Arende("Info", kind="information")).startswith("Informationen")
    assert is_val_av_justerare("Val av justerande")
    assert justerare_beslut("Kommunstyrelsen", ["A (S)", "B (M)"]) == (
        "Kommunstyrelsen utser A (S) och B (M) att jämte ordföranden justera protokollet."
    )


def test_the_organ_is_lower_case_inside_the_result() -> None:
    """Found printing a kommunfullmäktige's votering: "… beslutar Kommunfullmäktige enligt
    …". Swedish writes an organ in lower case inside a sentence, as real protokoll do
    ("Motionerna lämnas över till kommunstyrelsen för beredning", Tyresö kommunfullmäktige
    2011-06-16, https://insynsverige.se/tyreso-kf/protokoll?date=2011-06-16); a name that
    starts with an abbreviation stays as it is."""
    votes = {"A": "ja", "B": "ja", "C": "nej"}
    votering = Votering("bifall till förvaltningens förslag", "avslag", votes)
    for organ, written in (
        ("Kommunfullmäktige", "kommunfullmäktige"),
        ("Miljö- och byggnadsnämnden", "miljö- och byggnadsnämnden"),
        ("KSAU", "KSAU"),
    ):
        assert votering_text(votering, organ)[-1] == (
            f"Omröstningsresultat: Med 2 ja-röster mot 1 nej-röst beslutar {written} enligt "
            "förvaltningens förslag."
        )


def test_a_yrkande_typed_without_its_verb_gets_it() -> None:
    """Found recording a kommunfullmäktige's § with three yrkanden: the field is labelled
    "Yrkande", so the secretary typed "bifall till kommunstyrelsens förslag" and the
    Behandling printed "Anna Ek (S) bifall till kommunstyrelsens förslag." with no verb."""
    p = paragraf(
        yrkanden=[
            Yrkande("Leif Pettersson", "Bifall till kommunstyrelsens förslag", "S"),
            Yrkande("Roland Johansson", "avslag på kommunstyrelsens förslag", "SD"),
            Yrkande("Åsa Bergkvist", "återremiss av ärendet för att utreda försäljning", "S"),
            Yrkande("Leif Pettersson", "att ärendet avgörs i dag", "S"),
            Yrkande("Åsa Bergkvist", "instämmer i Leif Petterssons yrkande", "S"),
        ],
    )
    assert behandling_paragraphs(p, people(), "Kommunfullmäktige")[:5] == [
        "Leif Pettersson (S) yrkar bifall till kommunstyrelsens förslag.",
        "Roland Johansson (SD) yrkar avslag på kommunstyrelsens förslag.",
        "Åsa Bergkvist (S) yrkar återremiss av ärendet för att utreda försäljning.",
        "Leif Pettersson (S) yrkar att ärendet avgörs i dag.",
        "Åsa Bergkvist (S) instämmer i Leif Petterssons yrkande.",
    ]


def test_a_numbered_yrkande_keeps_its_lines() -> None:
    """Walk29 (Kungsbacka KS 2025-02-18 § 30, data/kungsbacka/ks/2025/2025-02-18/protokoll.md):
    SD's numbered ändringar, typed a point a line, printed as one run-on paragraph."""
    typed = (
        "yrkar på följande ändringar:\n1. Under rubriken Jordbruksmark  stryks följande "
        "stycke:\n− Den jordbruksmark som föreslås …\n\n2. Avslag på att områden utökas."
    )
    p = paragraf(yrkanden=[Yrkande("Roland Johansson", typed, "SD")])
    assert behandling_paragraphs(p, people(), "Kommunstyrelsen")[0] == (
        "Roland Johansson (SD) yrkar på följande ändringar:\n1. Under rubriken Jordbruksmark "
        "stryks följande stycke:\n− Den jordbruksmark som föreslås …\n2. Avslag på att "
        "områden utökas."
    )


def test_an_anteckning_or_jav_note_that_begins_with_its_verb_gets_the_subject() -> None:
    """Walk29: "Tommy Rydfeldt (L) lämnar följande protokollsanteckning: stödjer …" and a
    jäv note "anmäler jäv och …" printed after the generated sentence with no subject."""
    upprop = people()
    assert anteckning_text(upprop, ["Åsa Bergkvist"], "stödjer Leif Petterssons (S) yrkande") == (
        "Åsa Bergkvist (S) stödjer Leif Petterssons (S) yrkande."
    )
    assert anteckning_text(upprop, ["Åsa Bergkvist"], "Vi anser att beslutet är fel.") == (
        "Åsa Bergkvist (S) lämnar följande protokollsanteckning: Vi anser att beslutet är fel."
    )
    own = Jav("Roland Johansson", "Olle Berg", "anmäler jäv och lämnar lokalen")
    assert jav_text(upprop, own) == (
        "Roland Johansson (SD) anmäler jäv och lämnar lokalen. Olle Berg (SD) tjänstgör i stället."
    )
    more = Jav("Roland Johansson", "", "lämnar lokalen under ärendet")
    assert jav_text(upprop, more) == (
        "Roland Johansson (SD) anmäler jäv och deltar inte i handläggningen av ärendet. "
        "Roland Johansson (SD) lämnar lokalen under ärendet."
    )
