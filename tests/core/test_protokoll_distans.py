"""One who took part på distans (by video, KL 5 kap. 16 §, 6 kap. 24 §) is present, counts
for beslutförhet and votes, and the first page says "på distans" beside the name, as
kommuner have printed it since 2020 ("Peter Olsson (S), deltar på distans")."""

from __future__ import annotations

from datetime import date, time

from ksdesk.core.meeting import Sammantrade
from ksdesk.core.protokoll import OTHER_ROLE, Deltagare, Narvaro, Paragraf, Protokoll
from ksdesk.core.protokoll_attendance import absent, beslutande, listening
from ksdesk.core.protokoll_rules import tjanstgorande

DAY = date(2021, 3, 10)


def test_pa_distans_beside_the_name_wherever_the_first_page_lists_her() -> None:
    upprop = [
        Deltagare("Anna Ek", "S", "ordförande"),
        Deltagare("Per Holm", "M", distans=True, narvaro=[Narvaro(None, 31)]),
        Deltagare("Eva Lind", "C", narvaro=[]),
        Deltagare("Karin Berg", "C", "ersättare", replaces="Eva Lind", distans=True),
        Deltagare("Olle Ström", "S", "ersättare", distans=True),
        Deltagare("Maria Östgren", role=OTHER_ROLE, title="kommunsekreterare"),
        Deltagare("Jan Ek", role=OTHER_ROLE, title="ekonomichef", distans=True),
    ]
    paragrafer = [Paragraf(1, DAY, n, f"Ärende {n}", beslut="Beslut.") for n in (30, 31, 32)]
    protokoll = Protokoll(1, upprop=upprop, paragrafer=paragrafer)
    assert beslutande(protokoll, Sammantrade(1, DAY, time(9), chair_name="Anna Ek")) == [
        "Anna Ek (S), ordförande",
        "Per Holm (M), på distans, §§ 30–31",
        "Karin Berg (C), på distans, tjänstgörande ersättare för Eva Lind (C)",
    ]
    assert listening(protokoll, ersattare=True) == ["Olle Ström (S), ersättare, på distans"]
    assert listening(protokoll, ersattare=False) == [
        "Maria Östgren, kommunsekreterare",
        "Jan Ek, ekonomichef, på distans",
    ]
    assert absent(protokoll) == ["Eva Lind (C)"]
    sitting = [s.deltagare.name for s in tjanstgorande(upprop, paragrafer[0])]
    assert sitting == ["Anna Ek", "Per Holm", "Karin Berg"]
