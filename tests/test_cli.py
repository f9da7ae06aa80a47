"""The `ksdesk` command: demo, info, version, and Swedish errors without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ksdesk import __version__
from ksdesk.cli import main


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ksdesk", *args], capture_output=True, text=True, check=False
    )


def test_demo_then_info_json(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "x.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["info", "--db", str(db), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["meetings"] == 1
    assert info["agenda_items"] == 7
    assert info["delegation_points"] == 97
    assert info["delegationsbeslut"] == 1
    assert info["budget_sheets"] == 9


def test_db_before_the_command_also_works(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "x.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    assert main(["--db", str(db), "info"]) == 0
    assert "Delegationspunkter" in capsys.readouterr().out


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"ksdesk {__version__}"


def test_missing_database_is_a_swedish_message(tmp_path: Path) -> None:
    result = run("info", "--db", str(tmp_path / "saknas.sqlite"))
    assert result.returncode == 1
    assert "finns inte" in result.stderr
    # The way to a file of one's own first: the demo is Ludvika's meeting, not a new file.
    assert "ksdesk init --db" in result.stderr and "--kommun" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "saknas.sqlite").exists()


def test_non_sqlite_file_is_a_swedish_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("inte en databas")
    result = run("info", "--db", str(bad))
    assert result.returncode == 1
    assert "inte en SQLite-databas" in result.stderr
    assert "Traceback" not in result.stderr
    assert bad.read_text() == "inte en databas"


def test_unknown_option_is_refused_in_swedish() -> None:
    result = run("info", "--okänd")
    assert result.returncode == 2
    assert "okända argument" in result.stderr


def test_cli_path_does_not_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from ksdesk.cli import main; "
        f"main(['demo', '--db', r'{tmp_path / 'x.sqlite'}']); "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip().endswith("False")


@pytest.mark.parametrize(("words", "status"), [(["--version"], 0), (["info", "--okänd"], 2)])
def test_a_command_ends_with_its_status_and_leaves_its_objects_to_the_system(
    words: list[str], status: int
) -> None:
    """run() skips the collector's last walk for a command (gc.freeze before shutdown), and
    the status is kept whether main() returns or argparse exits."""
    code = (
        "import atexit, gc, sys; "
        "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0)); "
        f"sys.argv = ['ksdesk', *{words!r}]; from ksdesk.cli import run; run()"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == status
    assert result.stdout.strip().endswith("frozen True")


def test_commands_table_names_every_registered_command() -> None:
    """Each command imports only its own group: the table must match what groups register."""
    import argparse
    import importlib

    from ksdesk.cli import COMMAND_GROUPS, COMMANDS

    registered = {}
    for name in COMMAND_GROUPS:
        parser = argparse.ArgumentParser()
        subparsers = parser.add_subparsers()
        importlib.import_module(f"ksdesk.cli.{name}").register(subparsers)
        registered.update(dict.fromkeys(subparsers.choices, name))
    assert registered == COMMANDS


def test_groups_for_a_command_line() -> None:
    from ksdesk.cli import COMMAND_GROUPS, groups_for

    assert groups_for([]) == []  # the GUI
    assert groups_for(["--db", "info"]) == []  # a file called "info", not the command
    assert groups_for(["--db", "x.sqlite", "budget", "check"]) == ["budget_commands"]
    assert groups_for(["kallelse", "--help"]) == ["meeting_commands"]
    assert groups_for(["--help"]) == list(COMMAND_GROUPS)
    assert groups_for(["okänt"]) == list(COMMAND_GROUPS)


def test_the_list_of_commands_is_the_full_parsers_list() -> None:
    """`ksdesk --help` builds the commands without their options: it lists the same commands
    with the same help lines, and a word that is no command is refused the same way."""
    import importlib

    from ksdesk.cli import COMMAND_GROUPS
    from ksdesk.cli.base import build_parser

    groups = [importlib.import_module(f"ksdesk.cli.{name}") for name in COMMAND_GROUPS]
    full = build_parser(groups)
    listing = build_parser(groups, listing_only=True)
    assert listing.format_help() == full.format_help()
    for parser in (full, listing):
        with pytest.raises(SystemExit):
            parser.parse_args(["okänt"])


@pytest.mark.parametrize(
    "args", [["--version"], ["--help"], ["deadlines", "--date", "2024-03-04", "--json"]]
)
def test_commands_that_need_no_database_do_not_load_the_database_layer(args) -> None:
    code = (
        "import sys\n"
        "from ksdesk.cli import main\n"
        f"try:\n    main({args!r})\nexcept SystemExit:\n    pass\n"
        "heavy = ('ksdesk.db', 'sqlite3', 'sqlite_utils', 'PySide6', 'reportlab', 'pypdf')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stderr.strip().splitlines()[-1] == "[]", result.stderr


def test_the_list_of_commands_loads_only_the_command_line_itself() -> None:
    """`ksdesk --help` imports every command group to list them; a group's own module-level
    imports (Swedish number formatting, the services) are what its command needs, not the
    list: loaded there they took the help to 2× `python -c pass`."""
    code = (
        "import sys\n"
        "from ksdesk.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('ksdesk')"
        " and not m.startswith('ksdesk.cli')), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    loaded = result.stderr.strip().splitlines()[-1]
    assert loaded == "['ksdesk', 'ksdesk.core', 'ksdesk.core.errors', 'ksdesk.paths']", loaded


def test_the_deadlines_as_text_load_no_json() -> None:
    """`ksdesk deadlines` is counted against `python -c pass` (within 2×): the json module
    (1.3 ms of its 32) is loaded only when --json asks for it."""
    code = (
        "import sys\n"
        "from ksdesk.cli import main\n"
        "try:\n    main(['deadlines', '--date', '2024-03-04'])\nexcept SystemExit:\n    pass\n"
        "print('json' in sys.modules, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stderr.strip().splitlines()[-1] == "False", result.stderr
