"""A § appealed by laglighetsprövning does not gain laga kraft when its three weeks run out;
the Laga kraft list says it is appealed, and, once the court has decided, how it ended: an
upphävt beslut never gains laga kraft (KL 13 kap. 5 och 8 §§)."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.core.laga_kraft import LagaKraftLage
from ksdesk.core.overklagande import Overklagande
from ksdesk.services import laga_kraft, overklagande
from ksdesk.services import protokoll as protokoll_service
from tests.reports.test_protokoll_pdf import held_demo


def _rows(store, today: date) -> dict[str, laga_kraft.LagaKraftRad]:
    return {r.ref: r for r in laga_kraft.rows(store, today) if r.typ == "paragraf"}


def test_an_appealed_paragraf_is_followed_to_its_end(demo_store) -> None:
    meeting_id = held_demo(demo_store)  # justerat 2020-12-10, anslaget 2020-12-11
    paragraf = protokoll_service.get_protokoll(demo_store, meeting_id).paragraf(222)
    appeal = Overklagande(paragraf.id, date(2020, 12, 28), "Förvaltningsrätten i Falun", "5678-20")
    overklagande.put(demo_store, paragraf.id, appeal)

    rows = _rows(demo_store, date(2021, 1, 10))
    tried = rows["§ 222"]
    assert tried.period.lage == LagaKraftLage.OVERKLAGAT and tried.period.laga_kraft is None
    assert tried.overklagande == "Överklagat 2020-12-28, Förvaltningsrätten i Falun, mål 5678-20"
    assert rows["§ 221"].period.laga_kraft == date(2021, 1, 5)  # the others as before

    appeal.utfall, appeal.avgjort = "upphävt", date(2021, 3, 1)
    overklagande.put(demo_store, paragraf.id, appeal)
    rows = _rows(demo_store, date(2021, 3, 10))  # the meeting's own period long past
    assert list(rows) == ["§ 222"]
    assert rows["§ 222"].period.lage == LagaKraftLage.UPPHAVT
    assert rows["§ 222"].overklagande == "Beslutet upphävt 2021-03-01"

    overklagande.put(demo_store, paragraf.id, None)  # recorded by mistake
    assert _rows(demo_store, date(2021, 1, 10))["§ 222"].period.laga_kraft == date(2021, 1, 5)


@pytest.mark.parametrize(
    ("inkom", "utfall", "avgjort", "refusal"),
    [
        (date(2020, 12, 1), "", None, "före sammanträdet 2020-12-07"),
        (date(2020, 12, 28), "", date(2021, 2, 1), "prövas har inget avgörandedatum"),
        (date(2020, 12, 28), "avslaget", date(2020, 12, 20), "avgjorts före det kom in"),
    ],
)
def test_impossible_dates_are_refused(demo_store, inkom, utfall, avgjort, refusal) -> None:
    meeting_id = held_demo(demo_store)
    paragraf = protokoll_service.get_protokoll(demo_store, meeting_id).paragraf(222)
    appeal = Overklagande(paragraf.id, inkom, utfall=utfall, avgjort=avgjort)
    with pytest.raises(InvalidInput, match=refusal):
        overklagande.put(demo_store, paragraf.id, appeal)
    assert overklagande.get(demo_store, paragraf.id) is None


def test_a_row_shows_its_appeal_before_its_period() -> None:
    from dataclasses import replace

    from ksdesk.core.laga_kraft import Period

    run = Period(date(2017, 1, 2), date(2017, 1, 23), date(2017, 1, 24), LagaKraftLage.OVERKLAGBART)
    row = laga_kraft.LagaKraftRad("paragraf", "KS", date(2016, 12, 19), "§ 222", "Ärende", run, "")
    assert row.lage_shown == "Överklagandetid löper"
    appealed = replace(row, overklagande="Överklagat 2017-01-10, Förvaltningsrätten i Falun")
    assert appealed.lage_shown == "Överklagat 2017-01-10, Förvaltningsrätten i Falun"
