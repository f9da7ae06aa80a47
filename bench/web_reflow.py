"""The HTML web editions (`ksdesk webb`) of the demo's justerat protokoll and its kallelse,
laid out by Debian's Chromium at the widths people read them at: how wide each page is
against the window, in CSS px, and what reaches beyond it outside data tables (WCAG 1.4.10
Reflow asks for nothing at 320 px). Chromium is not installed by `make`: `apt install
chromium` first.

Run: PYTHONPATH=. .venv/bin/python bench/web_reflow.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ksdesk.cli import main as ksdesk
from ksdesk.db.connection import open_store
from tests.services.test_web_edition import held
from tests.web_reflow import chromium, reflow

WIDTHS = (320, 400, 768, 1280)


def main() -> None:
    if chromium() is None:
        print("Chromium finns inte: apt install chromium")
        return
    with tempfile.TemporaryDirectory() as folder:
        db, out = Path(folder) / "demo.sqlite", Path(folder) / "webb"
        ksdesk(["demo", "--db", str(db)])
        store = open_store(db)
        held(store)
        store.close()
        ksdesk(["webb", "--db", str(db), "--meeting", "2020-12-07", "--out", str(out)])
        for page in sorted(out.glob("*.html")):
            html = page.read_text(encoding="utf-8")
            print(page.name)
            for width in WIDTHS:
                measured = reflow(html, width)
                wide = "; ".join(measured["wide"][:3]) or "-"
                print(f"  {width:>5} px: sidan {measured['page']:>5} px, utanför: {wide}")


if __name__ == "__main__":
    main()
