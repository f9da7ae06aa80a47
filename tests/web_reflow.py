"""How a web edition's page lays out in a real browser at a given width: Debian's Chromium,
headless, loads a copy of the page with a script that measures it, and --dump-dom prints
the page after the script ran. WCAG 1.4.10 (Reflow, AA) asks that text read at 320 CSS px
without scrolling sideways; the web editions are published under the accessibility law
(lagen om tillgänglighet till digital offentlig service), which points to WCAG 2.1 AA."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

# What the script writes: the page's width against the window's, and the elements that
# reach beyond the window (a data table may: 1.4.10 allows two-dimensional tables to scroll).
_MEASURE = """<script>
window.addEventListener("load", () => {
  const w = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll("body *")]
    .filter(e => e.getBoundingClientRect().right > w + 1 && !e.closest("table"))
    .map(e => e.tagName.toLowerCase() + (e.className ? "." + e.className : "") + ": " +
      (e.textContent || "").trim().slice(0, 40));
  const page = document.documentElement.scrollWidth;
  parent.postMessage(JSON.stringify({page, window: w, wide}), "*");
});
</script>"""
# Headless Chromium opens no window narrower than 500 px: the page is shown in a frame of the
# width asked for, and says what it measured to the page around it, which --dump-dom prints.
_FRAME = """<!DOCTYPE html><html><body style="margin:0">
<iframe src="page.html" style="border:0;width:{width}px;height:900px"></iframe>
<script>
window.addEventListener("message", (event) => {{
  const out = document.createElement("pre");
  out.id = "ksdesk-reflow";
  out.textContent = event.data;
  document.body.appendChild(out);
}});
</script></body></html>"""
_RESULT = re.compile(r'<pre id="ksdesk-reflow">(.*?)</pre>', re.S)


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def reflow(html: str, width: int) -> dict:
    """{"page": its width in CSS px, "window": the window's, "wide": what reaches beyond}."""
    browser = chromium()
    assert browser is not None, "Chromium finns inte (apt install chromium)"
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "page.html"
        page.write_text(html.replace("</body>", _MEASURE + "</body>"), encoding="utf-8")
        frame = Path(folder) / "frame.html"
        frame.write_text(_FRAME.format(width=width), encoding="utf-8")
        dumped = subprocess.run(
            [
                browser,
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--allow-file-access-from-files",
                "--window-size=1280,1000",
                "--virtual-time-budget=5000",
                "--dump-dom",
                frame.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        ).stdout
    found = _RESULT.search(dumped)
    assert found is not None, "sidan mättes inte"
    return json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))
