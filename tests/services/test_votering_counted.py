"""A votering recorded before the upprop was corrected: ten ledamöter marked away afterwards,
their ersättare serving without a vote. The protokoll counts the votes of those who sit in
the §, so its Summa row adds up the crosses above it and the result says the same (the §
editor too: tests/ui/test_fullmaktige_presence.py). The justering check still names the
votes left over (tests/services/kommunfullmaktige.py builds the fullmäktige)."""

from __future__ import annotations

from ksdesk.services import protokoll as service
from ksdesk.services.protokoll_print import protokoll_document
from tests.reports.test_protokoll_pdf import lines, pages
from tests.services.kommunfullmaktige import VOTES, kommunfullmaktige, ledamoter, ten_away


def counted() -> dict[str, int]:
    """The votes the builder gives the first 51 ledamöter, the ones still sitting."""
    cast = [VOTES[i % len(VOTES)] for i in range(len(ledamoter()) - 10)]
    return {vote: cast.count(vote) for vote in ("ja", "nej", "avstår")}


def test_the_summa_row_and_the_result_count_only_those_sitting(tmp_path) -> None:
    store, meeting_id = kommunfullmaktige(tmp_path)
    ten_away(store, meeting_id)
    text = " ".join(" ".join(lines(page)) for page in pages(protokoll_document(store, meeting_id)))
    ja, nej, avstar = counted().values()
    assert ja + nej + avstar == 51
    assert f"Summa {ja} {nej} {avstar}" in text
    assert f"Med {ja} ja-röster mot {nej} nej-röster och {avstar} som avstår" in text
    found = [f.message for f in service.check(store, meeting_id) if f.paragraf == 6]
    assert any("har röstat men tjänstgjorde inte" in message for message in found)
