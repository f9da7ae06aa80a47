"""The Laga kraft list orders a meeting's §§ by their number: § 1000 was listed
before § 999 (the refs were compared as text; § 100 before § 93 in a real Kungsbacka year)."""

from __future__ import annotations

from datetime import date, time

from ksdesk.core.text_order import numbers_by_value
from ksdesk.services import laga_kraft, meeting_lookup
from ksdesk.services import protokoll as protokoll_service


def test_paragrafer_crossing_a_thousand_are_listed_by_number(demo_store) -> None:
    meeting_id = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7)).id
    protokoll = protokoll_service.start_protokoll(
        demo_store, meeting_id, first=997
    )  # §§ 999–1002 decide
    j = protokoll.justering
    j.justerare = ["Roland Johansson", "Åsa Bergkvist"]
    j.date, j.time, j.place = date(2020, 12, 10), time(10), "Kommunledningskontoret"
    j.justerat, j.anslaget = date(2020, 12, 10), date(2020, 12, 11)
    protokoll_service.save_justering(demo_store, meeting_id, j)

    refs = [
        r.ref
        for r in laga_kraft.rows(demo_store, date(2020, 12, 20), everything=True)
        if r.typ == "paragraf"
    ]
    numbers = [int(ref.removeprefix("§ ")) for ref in refs]
    assert min(numbers) < 1000 <= max(numbers)
    assert numbers == sorted(numbers)


def test_numbers_in_a_text_are_ordered_by_value() -> None:
    texts = ["§ 100", "§ 99", "KS 2020/10", "KS 2020/9", "ks 2019/12"]
    assert sorted(texts, key=numbers_by_value) == [
        "ks 2019/12",  # case-blind: "ks" and "KS" are one series, by year, then by number
        "KS 2020/9",
        "KS 2020/10",
        "§ 99",
        "§ 100",
    ]
