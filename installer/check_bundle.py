"""Check a built bundle folder (`make bundle` runs it on dist/ksdesk) and the Inno Setup
script against it: both executables, every file the installer names, the resources ksdesk
reads at run time, and nothing of what bundle_layout trims. Prints the bundle's size.

    python installer/check_bundle.py dist/ksdesk [--windows]

The functions that read ksdesk.iss are used by the tests too, on the layout the spec
declares, so a script naming a file the bundle does not make fails without a build."""

from __future__ import annotations

import re
import sys
from pathlib import Path, PureWindowsPath

import bundle_layout

ISS = Path(__file__).resolve().parent / "ksdesk.iss"

# Files ksdesk opens at run time, relative to its resources folder.
RESOURCES_NEEDED = (
    "icons/ksdesk.svg",
    "icons/ksdesk-256.png",
    "icons/ksdesk.ico",
    "help/index.md",
    "fonts/LiberationSans-Regular.ttf",
    "fonts/DejaVuSans.ttf",
    "demo/meeting-2020-12-07.json",
    "kommuner/kommuner.csv",
)


def iss_defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^#define\s+(\w+)\s+"([^"]*)"', text, re.MULTILINE))


def iss_app_files(text: str) -> set[str]:
    """Every file or folder under {app} the script names (shortcuts, the uninstall icon,
    [Run], [InstallDelete]),
    as paths inside the bundle folder, with Windows separators turned to '/'."""
    found = set()
    for match in re.finditer(r"\{app\}\\([^\";\s]+)", text):
        found.add(PureWindowsPath(match.group(1)).as_posix())
    return found


def iss_sources(text: str) -> list[str]:
    """The Source: patterns of [Files], with the script's #defines filled in."""
    defines = iss_defines(text)
    sources = []
    for match in re.finditer(r'^Source:\s*"([^"]+)"', text, re.MULTILINE):
        source = re.sub(r"\{#(\w+)\}", lambda m: defines.get(m.group(1), m.group(0)), match[1])
        sources.append(source)
    return sources


def iss_repo_files(text: str) -> list[Path]:
    """Files of the repository the script takes (its icon), resolved from installer/."""
    names = re.findall(r"^SetupIconFile=(.+)$", text, re.MULTILINE)
    base = ISS.parent
    return [base.joinpath(*PureWindowsPath(name.strip()).parts) for name in names]


def expected_exe(name: str, windows: bool) -> str:
    """A file the script names, as the bundle of this platform holds it (no .exe on Linux)."""
    return name if windows else name.removesuffix(".exe")


def problems(bundle: Path, windows: bool, iss_text: str | None = None) -> list[str]:
    text = iss_text if iss_text is not None else ISS.read_text(encoding="utf-8")
    found: list[str] = []
    for exe in bundle_layout.executables(windows):
        if not (bundle / exe).is_file():
            found.append(f"{exe} saknas i {bundle}")
    for name in sorted(iss_app_files(text)):
        if not (bundle / expected_exe(name, windows)).exists():
            found.append(f"ksdesk.iss nämner {{app}}\\{name}, som bygget inte gör")
    for source in iss_sources(text):
        folder = PureWindowsPath(source).parent
        if folder.name != bundle_layout.BUNDLE_NAME or folder.parent.name != "dist":
            found.append(f"ksdesk.iss tar filer från {source}, inte från dist\\ksdesk")
    for path in iss_repo_files(text):
        if not path.is_file():
            found.append(f"ksdesk.iss nämner {path}, som inte finns")
    resources = bundle / bundle_layout.INTERNAL / bundle_layout.RESOURCES_IN_BUNDLE
    for name in RESOURCES_NEEDED:
        if not (resources / name).is_file():
            found.append(f"resursen {name} saknas i bundlen")
    for path in bundle.rglob("*"):
        relative = path.relative_to(bundle).as_posix()
        if path.is_file() and not bundle_layout.keep(relative):
            found.append(f"{relative} borde ha rensats bort")
    return found


def size_mb(folder: Path) -> float:
    """The bundle's size on disk, each file once (PyInstaller links some libraries)."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1_000_000


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else Path("dist") / bundle_layout.BUNDLE_NAME
    windows = "--windows" in argv or sys.platform == "win32"
    found = problems(bundle, windows)
    for problem in found:
        print(f"check_bundle: {problem}", file=sys.stderr)
    print(f"{bundle}: {size_mb(bundle):.1f} MB")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
