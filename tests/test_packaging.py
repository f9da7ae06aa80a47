"""`pip install .` alone must give a complete ksdesk: the wheel carries the generated forms,
the fonts, the demo data, the icons and the handbook."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_forms_fonts_and_demo(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("ksdesk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for form in (ROOT / "forms").glob("*.ui"):
        assert f"ksdesk/ui/forms/ui_{form.stem}.py" in names
    for font in (ROOT / "resources" / "fonts").glob("*.ttf"):
        assert f"ksdesk/resources/fonts/{font.name}" in names
    for demo in (ROOT / "resources" / "demo").glob("*.json"):
        assert f"ksdesk/resources/demo/{demo.name}" in names
    assert "ksdesk/resources/fonts/LICENSE-Liberation-OFL.txt" in names
    for kind in ("icons", "help", "web"):  # web: the Typst template of the web editions
        for path in (ROOT / "resources" / kind).iterdir():
            assert f"ksdesk/resources/{kind}/{path.name}" in names
