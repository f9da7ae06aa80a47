"""The PyInstaller spec and the Inno Setup script, checked without building anything: the spec
is run with stand-ins for PyInstaller's build steps that record what they are given."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import bundle_layout
import check_bundle
import pytest

from ksdesk import __version__

SPEC = check_bundle.ISS.parent / "ksdesk.spec"


class Recorder:
    """One build step of a spec (Analysis, PYZ, EXE, COLLECT): remembers its arguments."""

    made: list[Recorder]

    def __init__(self, *args, **kwargs) -> None:
        self.args, self.kwargs = args, kwargs
        self.made.append(self)


class FakeAnalysis(Recorder):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.scripts, self.pure = ["ksdesk_main"], ["pure"]
        self.binaries = [
            ("PySide6/Qt/plugins/platforms/libqxcb.so", "src", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqvnc.so", "src", "BINARY"),
        ]
        self.datas = [
            ("babel/locale-data/sv_SE.dat", "src", "DATA"),
            ("babel/locale-data/de.dat", "src", "DATA"),
        ]


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Recorder]]:
    """Run installer/ksdesk.spec as PyInstaller would, with recording build steps."""
    made: dict[str, list[Recorder]] = {}
    namespace: dict[str, object] = {"SPECPATH": str(SPEC.parent), "workpath": str(tmp_path)}
    for name, base in (("Analysis", FakeAnalysis), ("PYZ", Recorder), ("EXE", Recorder)):
        made[name] = []
        namespace[name] = type(name, (base,), {"made": made[name]})
    made["COLLECT"] = []
    namespace["COLLECT"] = type("COLLECT", (Recorder,), {"made": made["COLLECT"]})
    import PyInstaller.utils.hooks as hooks

    monkeypatch.setattr(hooks, "collect_submodules", lambda package: [f"{package}.cli"])
    monkeypatch.setattr(sys, "path", list(sys.path))
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return made


def test_two_executables_windowed_and_console(built) -> None:
    exes = {exe.kwargs["name"]: exe.kwargs for exe in built["EXE"]}
    assert set(exes) == {"ksdesk", "ksdesk-cli"}
    assert exes["ksdesk"]["console"] is False  # no console window behind the GUI
    assert exes["ksdesk-cli"]["console"] is True
    for kwargs in exes.values():
        assert Path(kwargs["icon"]) == bundle_layout.ICON
        assert bundle_layout.ICON.is_file()
        assert kwargs["exclude_binaries"] is True  # one folder, shared by both
    collect = built["COLLECT"][0]
    assert collect.kwargs["name"] == "ksdesk"
    assert set(collect.args[:2]) == set(built["EXE"])


def test_spec_trims_what_ksdesk_never_uses(built) -> None:
    analysis = built["Analysis"][0]
    assert [name for name, _src, _kind in analysis.binaries] == [
        "PySide6/Qt/plugins/platforms/libqxcb.so"
    ]
    assert [name for name, _src, _kind in analysis.datas] == ["babel/locale-data/sv_SE.dat"]
    excludes = analysis.kwargs["excludes"]
    assert "tkinter" in excludes and "PySide6.QtQml" in excludes and "PIL._avif" in excludes
    assert analysis.kwargs["datas"] == [
        (str(bundle_layout.ROOT / "resources"), bundle_layout.RESOURCES_IN_BUNDLE)
    ]


def _pyinstaller_versioninfo(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    """PyInstaller's own version-resource classes. The module imports two Windows-only
    helpers at the top that its classes never use: stand-ins let it load here."""
    import importlib

    import PyInstaller.compat as compat

    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(compat, "win32api", types.ModuleType("win32api"), raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    module = importlib.import_module("PyInstaller.utils.win32.versioninfo")
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo")
    return module


def test_version_resource_is_what_pyinstaller_embeds(built, monkeypatch) -> None:
    versioninfo = _pyinstaller_versioninfo(monkeypatch)
    for exe in built["EXE"]:
        info = versioninfo.load_version_info_from_text_file(exe.kwargs["version"])
        raw = info.toRaw()  # the bytes that go into the .exe's resource section
        text = raw.decode("utf-16-le", "ignore")
        name = exe.kwargs["name"]
        assert "ProductVersion" in text and __version__ in text
        assert f"{name}.exe" in text
        ffi = info.ffi
        major, minor, patch, build = bundle_layout.version_tuple(__version__)
        assert ffi.fileVersionMS == (major << 16) | minor
        assert ffi.fileVersionLS == (patch << 16) | build


def test_version_tuple_has_four_numbers() -> None:
    assert bundle_layout.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert bundle_layout.version_tuple("2.3") == (2, 3, 0, 0)
    assert bundle_layout.version_tuple("1.2.3.4.5") == (1, 2, 3, 4)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("babel/locale-data/sv.dat", True),
        ("babel/locale-data/root.dat", True),
        ("babel/locale-data/en_US.dat", False),
        ("babel\\locale-data\\fi.dat", False),
        ("babel/global.dat", True),
        ("PySide6/Qt/translations/qtbase_sv.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6\\translations\\qt_sv.qm", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6\\plugins\\imageformats\\qwebp.dll", False),
        ("PySide6\\plugins\\tls\\qschannelbackend.dll", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6\\opengl32sw.dll", False),
        ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("ksdesk/resources/help/index.md", True),
        ("pyphen/dictionaries/hyph_sv.dic", True),
        ("pyphen\\dictionaries\\hyph_de_DE.dic", False),
    ],
)
def test_what_the_bundle_keeps(dest: str, kept: bool) -> None:
    assert bundle_layout.keep(dest) is kept


def _fake_bundle(folder: Path, windows: bool) -> Path:
    """The folder the spec declares: both executables and the resources in _internal."""
    for exe in bundle_layout.executables(windows):
        (folder / exe).parent.mkdir(parents=True, exist_ok=True)
        (folder / exe).write_bytes(b"")
    resources = folder / bundle_layout.INTERNAL / bundle_layout.RESOURCES_IN_BUNDLE
    for name in check_bundle.RESOURCES_NEEDED:
        (resources / name).parent.mkdir(parents=True, exist_ok=True)
        (resources / name).write_bytes(b"")
    return folder


@pytest.mark.parametrize("windows", [True, False])
def test_installer_names_only_files_the_bundle_makes(tmp_path: Path, windows: bool) -> None:
    bundle = _fake_bundle(tmp_path / "ksdesk", windows)
    assert check_bundle.problems(bundle, windows) == []
    text = check_bundle.ISS.read_text(encoding="utf-8")
    assert check_bundle.iss_app_files(text) >= {"ksdesk.exe"}
    assert check_bundle.iss_sources(text) == ["..\\dist\\ksdesk\\*"]


def test_a_file_the_bundle_does_not_make_is_caught(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path / "ksdesk", windows=True)
    text = check_bundle.ISS.read_text(encoding="utf-8")
    wrong = text.replace("{app}\\ksdesk.exe", "{app}\\ksdesk-gui.exe")
    assert any("ksdesk-gui.exe" in p for p in check_bundle.problems(bundle, True, wrong))
    (bundle / "_internal" / "babel" / "locale-data").mkdir(parents=True)
    (bundle / "_internal" / "babel" / "locale-data" / "de.dat").write_bytes(b"")
    assert any("de.dat" in p for p in check_bundle.problems(bundle, True))


def test_installer_offers_per_machine_and_per_user_installs() -> None:
    text = check_bundle.ISS.read_text(encoding="utf-8")
    settings = dict(
        line.split("=", 1) for line in text.splitlines() if "=" in line and line[:1].isalpha()
    )
    assert settings["PrivilegesRequired"] == "admin"
    assert set(settings["PrivilegesRequiredOverridesAllowed"].split()) == {"dialog", "commandline"}
    assert settings["DefaultDirName"] == "{autopf}\\ksdesk"  # Program Files or the user's own
    assert settings["SetupIconFile"] == "..\\resources\\icons\\ksdesk.ico"
    assert 'Name: "{autoprograms}\\ksdesk"; Filename: "{app}\\ksdesk.exe"' in text
    # The silent switches IT departments need are written where they look for them.
    guide = (check_bundle.ISS.parent / "WINDOWS.md").read_text(encoding="utf-8")
    for switch in ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/ALLUSERS", "/CURRENTUSER", "/LOG="):
        assert switch in guide and switch in text


def test_no_signing_secret_in_the_repository() -> None:
    """Signing takes its certificate from the build machine (WINDOWS.md), never the repo."""
    for path in check_bundle.ISS.parent.iterdir():
        if path.suffix in {".pfx", ".p12", ".key", ".pem"}:
            pytest.fail(f"{path.name} looks like a certificate or key")
    script = (check_bundle.ISS.parent / "build-windows.ps1").read_text(encoding="utf-8")
    assert "$env:KSDESK_SIGN_CERT_SHA1" in script
    assert "/p " not in script and "Password" not in script


def test_the_windows_build_installs_the_pinned_qt_binding() -> None:
    """PySide6 6.12.0 crashed ksdesk on Python 3.11: the bundle takes the pins the tests ran on."""
    script = (check_bundle.ISS.parent / "build-windows.ps1").read_text(encoding="utf-8")
    installs = [
        line for line in script.splitlines() if "pip install" in line and ".[bundle]" in line
    ]
    assert installs and all("-c constraints.txt" in line for line in installs)
