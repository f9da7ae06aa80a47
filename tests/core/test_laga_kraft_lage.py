"""What the Uppföljning lists say of where a period stands (core.laga_kraft.lage_text)."""

from __future__ import annotations

from ksdesk.core.laga_kraft import LagaKraftLage, lage_text


def test_every_state_has_its_swedish_words() -> None:
    texts = {lage: lage_text(lage) for lage in LagaKraftLage}
    assert texts[LagaKraftLage.OVERKLAGBART] == "Överklagandetid löper"
    assert texts[LagaKraftLage.UPPHAVT] == "Upphävt"
    assert all(text[:1].isupper() for text in texts.values())
