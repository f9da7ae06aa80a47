"""The layers hold (ui → services → db/reports/interchange → core), Qt stays in ui/, SQL in db/,
and every generated form matches its .ui source."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _strip_header(text: str) -> str:
    # The header names the uic version; the code below it is what must match.
    return re.sub(r"^#.*\n", "", text, flags=re.MULTILINE).strip()


@pytest.mark.parametrize("form", sorted((ROOT / "forms").glob("*.ui")), ids=lambda p: p.stem)
def test_generated_form_is_current(form: Path, tmp_path: Path) -> None:
    uic = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent))
    assert uic, "pyside6-uic saknas i miljön"
    generated = ROOT / "ksdesk" / "ui" / "forms" / f"ui_{form.stem}.py"
    assert generated.exists(), f"{generated.name} saknas: kör `make forms`"
    fresh = tmp_path / generated.name
    subprocess.run([uic, str(form), "-o", str(fresh)], check=True)
    # As `make forms`: the imports the form does not use are taken out (see the Makefile).
    flags = re.search(r"^UNUSED_FORM_IMPORTS = (.*)$", (ROOT / "Makefile").read_text(), re.M)
    assert flags, "UNUSED_FORM_IMPORTS saknas i Makefile"
    ruff = Path(sys.executable).with_name("ruff")
    subprocess.run([str(ruff), "check", *flags.group(1).split(), str(fresh)], check=True)
    assert _strip_header(generated.read_text()) == _strip_header(fresh.read_text()), (
        f"{generated.name} är äldre än {form.name}: kör `make forms`"
    )


def test_no_sql_outside_db() -> None:
    pattern = re.compile(r"\b(SELECT|INSERT INTO|DELETE FROM|UPDATE \w+ SET|CREATE TABLE)\b")
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "ksdesk").rglob("*.py")
        if "db" not in path.relative_to(ROOT / "ksdesk").parts[:1]
        and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_ruff_clean() -> None:
    ruff = Path(sys.executable).with_name("ruff")
    check = subprocess.run([str(ruff), "check", str(ROOT)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    fmt = subprocess.run(
        [str(ruff), "format", "--check", str(ROOT)], capture_output=True, text=True
    )
    assert fmt.returncode == 0, fmt.stdout


def _contracts(toml_text: str) -> list[dict]:
    return tomllib.loads(toml_text)["tool"]["importlinter"]["contracts"]


def test_architecture_doc_quotes_the_contracts_as_they_are() -> None:
    """docs/ARCHITECTURE.md quotes every import-linter contract word for word."""
    doc = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    quoted = re.search(r"```toml\n(.*?)```", doc, flags=re.DOTALL)
    assert quoted, "docs/ARCHITECTURE.md citerar inte kontrakten"
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert _contracts(quoted.group(1)) == _contracts(pyproject)


def test_the_pinned_tools_are_the_ones_installed() -> None:
    """The Makefile installs with constraints.txt: the suite runs the pinned ruff and uic."""
    lines = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    pins = dict(line.split("==") for line in lines if line.strip() and not line.startswith("#"))
    assert {"ruff", "pyside6-essentials"} <= set(pins)
    # uv only installs (pip does where uv cannot run): its pin holds where it is installed.
    wanted = {name: pin for name, pin in pins.items() if name != "uv" or _installed("uv")}
    installed = {name: metadata.version(name) for name in wanted}
    assert installed == wanted, "kör `make deps` (constraints.txt har ändrats)"


def _installed(name: str) -> bool:
    try:
        metadata.version(name)
    except metadata.PackageNotFoundError:
        return False
    return True


def test_no_exception_class_name_in_what_the_secretary_reads() -> None:
    """ "(PdfStreamError)" at the end of a Swedish sentence told a secretary nothing: a class
    name of an exception goes to the log, never into a message (f-string) shown to them."""
    in_message = re.compile(r"""f["'][^"'\n]*\{type\((?:error|exc|err|e)\)\.__name__\}""")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in (ROOT / "ksdesk").rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if in_message.search(line)
    ]
    assert offenders == []
