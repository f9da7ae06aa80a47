"""The rules behind following a decision to its end: outcomes read from a beslut, recipients
read from "Beslut skickas till", the one-year rule, uppdrag due and late, the ersättare
called in, the appeal period and the protokoll's fingerprint."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from ksdesk.core.arendegang import Foljd, Punkt, Steg, Utfall, follower, is_open, utfall_of
from ksdesk.core.ersattare import order_problem, order_text, parse_order, proposal
from ksdesk.core.expediering import is_party, read_line, recipients
from ksdesk.core.file_names import utdrag_file_name
from ksdesk.core.fingeravtryck import fingerprint, grouped, ungrouped
from ksdesk.core.laga_kraft import LagaKraftLage, period
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.motion import Motion, oberedda, one_year_after
from ksdesk.core.organ import Fortroendevald, Organ
from ksdesk.core.protokoll import Justering, Paragraf, Protokoll
from ksdesk.core.uppdrag import Uppdrag, suggested


@pytest.mark.parametrize(
    ("beslut", "utfall"),
    [
        (
            "Kommunstyrelsen återremitterar delegationsordning daterad den 12 oktober 2020 för "
            "tydliggörande av punkt 51.",
            Utfall.ATERREMISS,
        ),
        ("Ärendet återremitteras till förvaltningen.", Utfall.ATERREMISS),
        ("Kommunfullmäktige bordlägger ärendet till nästa sammanträde.", Utfall.BORDLAGGNING),
        ("Ärendet bordläggs.", Utfall.BORDLAGGNING),
        (
            "Kommunstyrelsen avslår yrkandet om återremiss. Kommunstyrelsen antar planen.",
            Utfall.BESLUT,
        ),
        ("Ärendet ska avgöras idag och inte återremitteras.", Utfall.BESLUT),
        ("Kommunstyrelsen antar reviderad delegationsordning.", Utfall.BESLUT),
    ],
)
def test_outcome_is_read_from_the_beslut(beslut: str, utfall: Utfall) -> None:
    assert utfall_of(beslut) == utfall


def test_every_form_read_as_an_outcome_holds_one_of_the_utfall_words() -> None:
    """The file is asked only for the beslut that hold UTFALL_WORDS (in any case): each
    form the outcome is read from must hold one, the stem of every alternative read too."""
    from ksdesk.core import arendegang
    from ksdesk.core.arendegang import UTFALL_WORDS

    for pattern in (arendegang._ATERREMISS, arendegang._BORDLAGG):
        for alternative in pattern.pattern.split("|"):
            stem = alternative.split("\\")[0]
            assert any(word in stem for word in UTFALL_WORDS), alternative
    for text in ("ÅTERREMITTERAR", "Återremiss", "BORDLÄGGS", "Bordlagt", "bordlagda"):
        assert utfall_of(f"Kommunstyrelsen {text} ärendet.") != Utfall.BESLUT
        assert any(word in text.lower() for word in UTFALL_WORDS), text


def _steg(pid: int, day: date, nr: int, dnr: str, utfall=Utfall.BESLUT, item=None) -> Steg:
    return Steg(pid, 1, day, nr, dnr, "Ärende", utfall, meeting_id=pid, item_id=item)


def test_follower_by_dnr_then_by_hand() -> None:
    sent_back = _steg(1, date(2020, 11, 24), 216, "2019/507", Utfall.ATERREMISS)
    agenda = Punkt(50, 2, 1, date(2020, 12, 7), 5, "KS 2019/507", "Revidering")
    assert follower(sent_back, [sent_back], [agenda]) == agenda
    assert is_open(sent_back, agenda)
    decided = _steg(2, date(2020, 12, 7), 221, "KS 2019/507-00", item=50)
    assert follower(sent_back, [sent_back, decided], [agenda]) == decided
    assert not is_open(sent_back, decided)
    renamed = _steg(3, date(2021, 1, 18), 5, "KS 2021/3")
    by_hand = Foljd(paragraf_id=1, next_paragraf_id=3)
    assert follower(sent_back, [sent_back, renamed], [], by_hand) == renamed
    other_organ = replace(decided, organ_id=2)
    assert follower(sent_back, [sent_back, other_organ], []) is None


def test_recipients_group_lines_and_keep_the_purpose() -> None:
    assert read_line("Ekonomienheten för kännedom") == read_line(" Ekonomienheten  för kännedom ")
    assert read_line("SBA efter underskrift").syfte == "efter underskrift"
    assert read_line("  ") is None
    a = Paragraf(
        1, date(2020, 12, 7), 219, "A", beslut_skickas_till=["Ekonomienheten för kännedom"]
    )
    b = Paragraf(1, date(2020, 12, 7), 220, "B", beslut_skickas_till=["ekonomienheten", "Akten"])
    found = recipients([b, a])
    assert [(m.namn, m.numbers, m.syften) for m in found] == [
        ("Ekonomienheten", [219, 220], {219: "för kännedom"}),
        ("Akten", [220], {}),
    ]


def test_a_party_by_its_role_gets_each_of_its_paragrafer_alone() -> None:
    """In an individutskott "Sökanden" of § 159 and of § 168 are two people: one utdrag with
    both §§ sent one of them the other's ekonomiskt bistånd. An office named on both §§
    still gets one utdrag; the file of a party says its §."""
    day = date(2011, 10, 12)
    boende = Paragraf(1, day, 159, "Kvarboende", beslut_skickas_till=["Sökanden", "Äldreomsorgen"])
    bistand = Paragraf(1, day, 168, "Bistånd", beslut_skickas_till=["Sökanden (delgivning)", "IFO"])
    lvu = Paragraf(1, day, 167, "LVU", beslut_skickas_till=["Vårdnadshavarna", "IFO"])
    ifo = Paragraf(1, day, 170, "Info", beslut_skickas_till=["Vårdnadshavarna för kännedom"])
    found = recipients([boende, lvu, bistand, ifo])
    assert [(m.namn, m.numbers) for m in found] == [
        ("Sökanden", [159]),
        ("Äldreomsorgen", [159]),
        ("Vårdnadshavarna", [167]),
        ("IFO", [167, 168]),
        ("Sökanden (delgivning)", [168]),
        ("Vårdnadshavarna", [170]),
    ]
    assert found[-1].syften == {170: "för kännedom"}
    for office in ("Partistyrelsen", "Enskilda vägar", "Socialchefen", "Akten"):
        assert not is_party(office), office
    for role in ("Den sökande", "Klaganden", "Fastighetsägaren", "Berörda sakägare", "God man"):
        assert is_party(role), role


def test_file_names_are_safe_and_never_repeat() -> None:
    taken: set[str] = set()
    first = utdrag_file_name("KS", date(2020, 12, 7), 'Enhet "IT/Drift"', [3], taken)
    second = utdrag_file_name("KS", date(2020, 12, 7), 'Enhet "IT/Drift"', [3], taken)
    assert first == "Protokollsutdrag KS 2020-12-07 Enhet IT Drift § 3.pdf"
    assert second == "Protokollsutdrag KS 2020-12-07 Enhet IT Drift § 3 (2).pdf"


def test_one_year_rule() -> None:
    assert one_year_after(date(2020, 2, 29)) == date(2021, 2, 28)
    m = Motion("motion", "Solceller", date(2021, 3, 22))
    assert m.senast == date(2022, 3, 22)
    assert not m.over_ett_ar(date(2022, 3, 22)) and m.over_ett_ar(date(2022, 3, 23))
    answered = replace(m, status="besvarad", besvarad=date(2022, 4, 25))
    assert answered.over_ett_ar(date(2030, 1, 1)) and not answered.open_on(date(2022, 5, 1))
    assert oberedda([answered], date(2022, 3, 28)) == [answered]  # still open that day
    assert oberedda([answered], date(2022, 4, 26)) == []


def test_citizens_name_is_public_only_with_consent() -> None:
    m = Motion("medborgarforslag", "Bänkar", date(2022, 1, 10), av="Kalle Karlsson")
    assert "Kalle" not in m.public_av()
    assert replace(m, namn_publiceras=True).public_av() == "Kalle Karlsson"
    assert Motion("motion", "X", date(2022, 1, 1), av="Anna (C)").public_av() == "Anna (C)"


def test_a_citizens_name_and_street_are_taken_out_of_the_rows_texts() -> None:
    m = Motion("medborgarforslag", "", date(2022, 1, 10), av="Kalle Karlsson")
    m.adress = "Storgatan 12, 771 30 Ludvika"
    rubrik = "Medborgarförslag från kalle  karlsson om bänkar vid Storgatan 12 (Kalle Karlssons)"
    assert m.public_text(rubrik) == (
        "Medborgarförslag från förslagsställaren om bänkar vid (adressen publiceras inte) "
        "(förslagsställarens)"
    )
    consented = replace(m, namn_publiceras=True).public_text(rubrik)
    assert "kalle  karlsson" in consented and "Kalle Karlssons" in consented  # consented
    assert "Storgatan 12" not in consented  # an address never, with consent or without
    assert m.public_text("Karlssonska gården") == "Karlssonska gården"  # not a name
    motion = Motion("motion", "", date(2022, 1, 1), av="Anna Berg (C)", adress="Storgatan 12")
    assert motion.public_text("Anna Berg (C) om Storgatan 12") == "Anna Berg (C) om Storgatan 12"


def test_uppdrag_suggested_due_and_late() -> None:
    text = (
        "1. Kommunstyrelsen antar planen.\n2. Kommunstyrelsen uppdrar åt kommundirektören att "
        "återrapportera arbetet i juni 2021.\n3. Kommunstyrelsen ger ekonomichefen i uppdrag att "
        "följa upp kostnaderna."
    )
    assert [(f.ansvarig, f.vad) for f in suggested(text)] == [
        ("kommundirektören", "Återrapportera arbetet i juni 2021"),
        ("ekonomichefen", "Följa upp kostnaderna"),
    ]
    # "… samt ge kommundirektören i uppdrag att …" (Kungsbacka KS 2025-02-18 § 30's yrkande,
    # data/kungsbacka/ks/2025/2025-02-18/protokoll.md): the verb in the infinitive
    (given,) = suggested("Kommunstyrelsen beslutar att ge kommundirektören i uppdrag att ställa ut")
    assert (given.ansvarig, given.vad) == ("kommundirektören", "Ställa ut")
    u = Uppdrag("Strategi", senast=date(2021, 12, 31), kalla="KS")
    assert u.due_soon(date(2021, 12, 10)) and not u.late(date(2021, 12, 31))
    assert u.late(date(2022, 1, 1)) and u.state_text(date(2022, 1, 1)) == "Försenat"
    assert not replace(u, status="klart").late(date(2022, 1, 1))


def test_ersattare_called_in_order() -> None:
    members = [
        Fortroendevald("Leif", "S", "ordförande"),
        Fortroendevald("Åsa", "S"),
        Fortroendevald("Roland", "SD"),
        Fortroendevald("Karin", "S", "ersättare"),
        Fortroendevald("Per", "S", "ersättare", personlig_for="Åsa"),
        Fortroendevald("Vera", "V", "ersättare"),
        Fortroendevald("Sven", "SD", "ersättare"),
    ]
    order = parse_order("S: V, MP\nSD: M")
    called = proposal(members, ["Leif", "Åsa"], order)
    assert [(c.ledamot.name, c.ersattare.name) for c in called] == [
        ("Leif", "Karin"),
        ("Åsa", "Per"),  # her personal ersättare first
    ]
    called = proposal(members, ["Leif", "Åsa", "Karin"], order)
    assert [c.ersattare.name for c in called] == ["Vera", "Per"]  # then V, as decided
    called = proposal(members, ["Leif", "Åsa"], order, chosen={"Leif": "Vera"})
    assert [(c.ersattare.name, c.by_hand) for c in called] == [("Vera", True), ("Per", False)]
    called = proposal(members, ["Roland", "Sven"], order)
    assert called[0].ersattare is None and "ingen ersättare" in called[0].text


def test_appeal_period_from_the_anslag() -> None:
    # Anslag Friday 18 June 2021: three weeks end Friday 9 July; laga kraft the 10th.
    p = period(date(2021, 6, 14), date(2021, 6, 17), date(2021, 6, 18), date(2021, 7, 1))
    assert (p.overklagande_slut, p.laga_kraft, p.lage) == (
        date(2021, 7, 9),
        date(2021, 7, 10),
        LagaKraftLage.OVERKLAGBART,
    )
    # Anslag 2020-12-15: three weeks end on 5 January, trettondagsafton is a vardag.
    p = period(date(2020, 12, 7), date(2020, 12, 14), date(2020, 12, 15), date(2021, 2, 1))
    assert p.overklagande_slut == date(2021, 1, 5) and p.lage == LagaKraftLage.LAGA_KRAFT
    waiting = period(date(2021, 6, 14), None, None, date(2021, 6, 15))
    assert waiting.lage == LagaKraftLage.VANTAR_ANSLAG and waiting.beraknat


def test_fingerprint_ignores_the_bevis_and_follows_the_text() -> None:
    organ = Organ("Kommunstyrelsen", kommun="Ludvika kommun", id=1)
    meeting = Sammantrade(1, date(2020, 12, 7), time(14, 0), id=1)
    p = Paragraf(1, date(2020, 12, 7), 216, "Delegationsordning", beslut="Återremiss.", id=5)
    protokoll = Protokoll(1, Justering(justerat=date(2020, 12, 14)), [], [p])
    digest = fingerprint(organ, meeting, protokoll)
    posted = replace(protokoll, justering=replace(protokoll.justering, anslaget=date(2020, 12, 15)))
    assert fingerprint(organ, meeting, posted) == digest
    renumbered_ids = replace(protokoll, paragrafer=[replace(p, id=99)])
    assert fingerprint(organ, meeting, renumbered_ids) == digest
    changed = replace(protokoll, paragrafer=[replace(p, beslut="Bifall.")])
    assert fingerprint(organ, meeting, changed) != digest
    assert ungrouped(grouped(digest)) == digest


def test_inkallelseordning_as_typed_and_what_cannot_be_read() -> None:
    order = parse_order("S: V, MP\n\nM: C; KD\n")
    assert order == {"S": ["V", "MP"], "M": ["C", "KD"]}
    assert parse_order(order_text(order)) == order
    assert order_problem("S: V, MP\nM:") == ""
    assert "S V MP" in order_problem("S V MP")
    assert "kolon" in order_problem(": V")
    # walk31: names in the order were saved and never matched.
    assert "”Carry Kvarntun (M)” är inget parti" in order_problem("M: Carry Kvarntun (M), KD")


def test_uppdrag_given_as_far_i_uppdrag_with_its_last_day() -> None:
    """The form most nämnder write ("Förvaltningen får i uppdrag att …", "ges i uppdrag") is
    read, in the order of the att-satser, and the last day the sentence sets comes with it.
    The wording is built in the shape of Marks kommun's barn- och utbildningsnämnd
    (protokoll 2016-12-15, http://docplayer.se/43222569-Sammantradesprotokoll-sida-1-23-
    barn-och-utbildningsnamnden.html); it is no quotation."""
    text = (
        "1. Barn- och utbildningsnämnden noterar redovisningen.\n"
        "2. Barn- och utbildningsförvaltningen får i uppdrag att ta fram en handlingsplan och "
        "återrapportera till nämnden senast den 31 mars 2017.\n"
        "3. Rektor på Strömskolan ges i uppdrag att följa upp matsalens kostnader."
    )
    assert [(f.ansvarig, f.vad, f.senast) for f in suggested(text)] == [
        (
            "Barn- och utbildningsförvaltningen",
            "Ta fram en handlingsplan och återrapportera till nämnden senast den 31 mars 2017",
            date(2017, 3, 31),
        ),
        ("Rektor på Strömskolan", "Följa upp matsalens kostnader", None),
    ]
    # "beslutar att" is the nämnd's own words, not who; a date in digits keeps its dots.
    (one,) = suggested(
        "Nämnden beslutar att förvaltningen får i uppdrag att utreda saken senast 31.3.2017."
    )
    assert (one.ansvarig, one.vad, one.senast) == (
        "förvaltningen",
        "Utreda saken senast 31.3.2017",
        date(2017, 3, 31),
    )
    (ks,) = suggested("KS ger ekonomichefen i uppdrag att följa upp senast 2021-06-30.")
    assert ks.senast == date(2021, 6, 30)
