"""A delegationsbeslut that may concern one person (a socialnämnd's bistånd under SoL, an
insats under LSS …) is a hit of the review in the bilaga that prints it, the list of
delegationsbeslut reported to the meeting included; decided "maskera" that row prints
"Beslut som rör enskild (…)" and the rest of the list is published (walk37 #1). Before,
its title printed the name of the person it concerned in the paper packet, the packet with
förslag and the web packet, and no hit asked about it.

The laws are those a real socialnämnd's delegationsordning groups its individärenden by
(docplayer.se: "Delegationsordning. Socialnämnden Gäller fr.o.m Beslutad SN 4/ Reviderad
SN 37/ Reviderad SN 46/", http://docplayer.se/194305617-Delegationsordning-socialnamnden-
galler-fr-o-m-beslutad-sn-4-reviderad-sn-37-reviderad-sn-46.html: "Socialtjänstlagen (SoL)
… (LVU) … (LVM) Föräldrabalken (FB) … (LSS) … Färdtjänst och riksfärdtjänst"). The decision
and the person are made up here; no real one is published with a name."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.individual_decisions import individual_ground
from ksdesk.db import delegationsbeslut_repo, organ_repo
from ksdesk.services import meeting_lookup, public_copy
from ksdesk.services.delegationsbeslut_anmalan import anmalan_item
from tests.safety.public_surfaces import OUTPUTS

DAY = date(2020, 12, 7)
PERSON = "Anna Svensson"


def _meeting_reporting(store, title: str):
    meeting = meeting_lookup.find_meeting(store, DAY)
    organ = organ_repo.get(store, meeting.organ_id)
    with store.atomic():
        delegationsbeslut_repo.save(
            store,
            Delegationsbeslut(
                dnr="SN 2020/999",
                date=date(2020, 11, 20),
                delegat="Enhetschef",
                organ=organ.name,
                title=title,
            ),
        )
    anmalan_item(store, meeting.id)
    return meeting


def _masked_reporting(store):
    """A decision under LSS naming a person reported to the meeting, every hit masked."""
    meeting = _meeting_reporting(store, f"Beslut om insats enligt 9 § 8 LSS för {PERSON}")
    hits = public_copy.scan_public(store, meeting.id)
    public_copy.decide(store, meeting.id, [h.key for h in hits], "maskera", by="Test")
    return meeting


def _individual(hits):
    """The hits for decisions that may concern one person (a name the decision writes is a
    hit of its own: test_delegationsbeslut_private_names.py)."""
    return [h for h in hits if h.kind == "namn" and "kan röra en enskild person" in h.shown]


def test_a_decision_under_sol_in_the_anmalan_list_is_a_hit(demo_store) -> None:
    title = f"Beslut om bistånd enligt 4 kap. 1 § SoL för {PERSON}"
    meeting = _meeting_reporting(demo_store, title)
    found = _individual(public_copy.scan_public(demo_store, meeting.id))
    assert [h.shown for h in found] == [
        "delegationsbeslut SN 2020/999 kan röra en enskild person (SoL)"
    ]
    assert "Förteckning över delegationsbeslut" in found[0].where
    assert PERSON not in found[0].shown


def test_a_decision_about_no_person_is_no_hit(demo_store) -> None:
    meeting = _meeting_reporting(demo_store, "Attest av leverantörsfakturor för solceller")
    assert _individual(public_copy.scan_public(demo_store, meeting.id)) == []


@pytest.mark.parametrize(
    "output", ["paket (papper)", "paket med förslag (papper)", "paket (webb) och bilagefiler"]
)
def test_masked_the_row_is_neutral_and_the_name_printed_nowhere(demo_built, output) -> None:
    store, meeting = demo_built(_masked_reporting)
    flat = " ".join(OUTPUTS[output](store, meeting.id).split())
    assert "Svensson" not in flat and "insats enligt" not in flat
    assert "SN 2020/999" in flat and "Beslut som rör enskild (LSS)" in flat
    assert "personuppgifter som maskerats" not in flat


@pytest.mark.parametrize(
    ("text", "ground"),
    [
        ("Beslut enligt 4 kap. 1 § SoL", "SoL"),
        ("Ansökan om färdtjänst", "färdtjänst"),
        ("Yttrande enligt FB 6 kap. 19 §", "FB"),
        ("Solpaneler på kommunhuset", ""),
        ("Avtal om FB-annonser", ""),
        # Kungsbacka's real lists (tests/interchange/real_beslut_lists_third_kungsbacka.py)
        ("Placeringsavtal – HVB, Skyddat, Barn och Ungdomsenheten", "HVB"),
        ("Placeringsavtal – Daglig verksamhet, Föreningen Grunden Göteborg", "Placeringsavtal"),
        ("Beslut om parkeringstillstånd för rörelsehindrad", "parkeringstillstånd"),
        ("Avtal – Heldygnsvård i behandlingshem för vuxna", "Heldygnsvård"),
        ("Lex Sarah", "Lex Sarah"),
        ("Hantering av personuppgiftsincident", ""),
        ("28 st beslut om enbart trafikanordningsplan", ""),
        # A placement of a person, however written, is one; a placement of money or of
        # staff is not: "Placering av likvida medel" is a kommunstyrelse's standing
        # delegation (tests/interchange/real_delegation_fourth.py: "Besluta om placering av
        # regionens likvida medel inom ramen för finanspolicyn"), reported at every meeting.
        ("Placering av barn", "Placering"),
        ("Placering av Åsa Lindqvist", "Placering"),
        ("Placering", "Placering"),
        ("Beslut om placering hos SiS", "placering"),
        ("Placeringen av ungdomen förlängs", "Placeringen"),
        ("Besluta om placering av regionens likvida medel inom ramen för finanspolicyn", ""),
        ("Placering av likvida medel", ""),
        ("Placering av överlikviditet enligt finanspolicyn", ""),
        ("Organisatorisk placering av heminstruktörer", ""),
        ("Placering av 15-åring", "Placering"),
        ("Placering av hennes son", "Placering"),
        ("Placering av personal vid omorganisation", ""),
        ("Revidering av placeringspolicyn", ""),
    ],
)
def test_the_grounds_a_decision_is_individual_by(text: str, ground: str) -> None:
    assert individual_ground(Delegationsbeslut("X 1", date(2020, 1, 1), title=text)) == ground


def test_kungsbackas_real_list_imported_is_reviewed_row_by_row(demo_store, tmp_path) -> None:
    """Kungsbacka's Individ & Familjeomsorg list (tests/interchange/real_beslut_lists_third_
    kungsbacka.py) as the import saves it: each placeringsavtal (HVB, behandlingshem, daglig
    verksamhet) and the yttrande under socialtjänstlagen is a decision the public review
    holds back (individual_hits); the avtal about no person and the personuppgiftsincident
    are not."""
    from ksdesk.services import delegationsbeslut_import as importing
    from tests.interchange.real_beslut_lists import text_file
    from tests.interchange.real_beslut_lists_third_kungsbacka import IFO_2025_10

    path = tmp_path / "lista.txt"
    path.write_bytes(text_file(IFO_2025_10))
    fill = importing.BeslutFill(date(2020, 11, 20), "Enhetschef", "")
    saved = importing.save(demo_store, importing.read_file(demo_store, path, fill=fill))
    held = {b.dnr for b in saved if individual_ground(b)}
    assert held == {
        "IF-2025-00017",
        "IF 2025-00018",
        "IF-2025-00019",
        "IF-2025-00020",
        "IF-2025-00142",
    }
    assert {b.dnr for b in saved} - held == {"AVTAL-2025-00422", "IF-2025-00254"}
