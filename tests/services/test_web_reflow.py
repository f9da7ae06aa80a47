"""The HTML web editions read on a phone: at 320 CSS px nothing but a data table reaches
beyond the screen (WCAG 1.4.10 Reflow, AA). The kallelse's head in two columns was 370 px
wide and the protokoll's signature lines 720 px. Needs a browser: Debian's Chromium, where
it is installed (not by `make`; CI has none, so there this test is skipped)."""

from __future__ import annotations

import pytest

from ksdesk.cli import main
from ksdesk.db.connection import open_store
from tests.services.test_web_edition import held
from tests.web_reflow import chromium, reflow

pytestmark = pytest.mark.skipif(chromium() is None, reason="Chromium saknas")


def test_the_web_editions_reflow_on_a_phone(demo_path, tmp_path) -> None:
    store = open_store(demo_path)
    held(store)
    store.close()
    out = tmp_path / "webb"
    assert main(["webb", "--db", str(demo_path), "--meeting", "2020-12-07", "--out", str(out)]) == 0
    for kind in ("kallelse", "protokoll"):
        html = (out / f"{kind}-2020-12-07.html").read_text(encoding="utf-8")
        for width in (320, 1280):
            measured = reflow(html, width)
            assert measured["wide"] == [], (kind, width)
            assert measured["page"] == measured["window"] == width, (kind, width)
