"""What the PyInstaller bundle is made of: the two executables, the icon, the version
resource, and what is left out because ksdesk never uses it. Read by installer/ksdesk.spec
when the bundle is built, by installer/check_bundle.py after it is built, and by the tests
(which check the spec and the Inno Setup script against it without building anything).

Plain Python: no PyInstaller import here, so the tests need no build to read it."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
BUNDLE_NAME = "ksdesk"  # dist/ksdesk: the folder the installer copies
GUI_EXE = "ksdesk"  # the window, without a console (Windows: windowed subsystem)
CLI_EXE = "ksdesk-cli"  # the same commands for scripts, with a console
ICON = ROOT / "resources" / "icons" / "ksdesk.ico"
RESOURCES_IN_BUNDLE = "ksdesk/resources"  # where ksdesk.paths looks when frozen
INTERNAL = "_internal"  # PyInstaller 6 puts everything but the executables here

PUBLISHER = "ksdesk"
DESCRIPTION = "ksdesk – nämndsekreterarens skrivbord"

# Babel's locale data: ksdesk formats in sv_SE only (core/format.py), which Babel builds from
# sv_SE, its parent sv and root. The other 1 100 files are 35 MB never read.
BABEL_LOCALES_KEPT = frozenset({"root", "sv", "sv_SE"})
# pyphen's hyphenation patterns: reports/hyphenation.py breaks Swedish words only (the other
# 80 dictionaries are 6 MB never read).
PYPHEN_KEPT = frozenset({"hyph_sv.dic", "README_hyph_sv.txt"})
# Qt's own texts: ui/app.py loads qtbase_sv, nothing else.
QT_TRANSLATIONS_KEPT = frozenset({"qtbase_sv.qm"})
# Qt platforms a desktop runs on (and offscreen, for the bundle's own check).
QT_PLATFORMS_KEPT = ("qxcb", "qwayland", "qwindows", "qcocoa", "qoffscreen")
# Image formats the window needs: SVG and ICO icons (PNG is built into Qt).
QT_IMAGEFORMATS_KEPT = ("qsvg", "qico")
# Plugin folders for things ksdesk never does: no network (tls, networkinformation), no
# embedded display server (egldeviceintegrations, generic evdev input), no GTK theme (it
# drags in GTK, cairo and pango; Qt's own dialogs are translated to Swedish).
QT_PLUGIN_DIRS_DROPPED = frozenset(
    {"tls", "networkinformation", "egldeviceintegrations", "generic", "platformthemes"}
)
# Libraries only the plugins above use, and Windows' software OpenGL (20 MB): the widgets
# and the PDF view paint without OpenGL.
DROPPED_LIBRARIES = re.compile(
    r"^(libQt6EglFS.*|libQt6EglFsKmsSupport.*|opengl32sw\.dll|d3dcompiler_\d+\.dll)$",
    re.IGNORECASE,
)

# Python modules that third-party packages import only for features ksdesk does not use:
# Pillow's AVIF/WebP/Tk/colour-management codecs (ReportLab needs Pillow's core only: ksdesk
# draws no raster images), lxml's objectify/html/schematron (python-docx and openpyxl use
# lxml.etree), Qt modules for QML, 3D, SQL and the network, and tkinter.
EXCLUDED_MODULES = (
    "tkinter",
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtSql",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
)


def keep(dest_name: str) -> bool:
    """Whether a file PyInstaller collected (by its place in the bundle) goes into it."""
    parts = PurePosixPath(dest_name.replace("\\", "/")).parts
    name = parts[-1] if parts else ""
    if "babel" in parts and "locale-data" in parts:
        return name.removesuffix(".dat") in BABEL_LOCALES_KEPT
    if "PySide6" in parts and "translations" in parts:
        return name in QT_TRANSLATIONS_KEPT
    if "pyphen" in parts and "dictionaries" in parts:
        return name in PYPHEN_KEPT
    if "plugins" in parts and len(parts) >= 2:
        folder = parts[-2]
        if folder in QT_PLUGIN_DIRS_DROPPED:
            return False
        if folder == "platforms":
            return _plugin_stem(name) in QT_PLATFORMS_KEPT
        if folder == "imageformats":
            return _plugin_stem(name) in QT_IMAGEFORMATS_KEPT
    return not DROPPED_LIBRARIES.match(name)


def _plugin_stem(name: str) -> str:
    """ "libqxcb.so" and "qxcb.dll" (and "qxcbd.dll", a debug build) are all qxcb."""
    stem = name.split(".")[0].removeprefix("lib")
    return stem


def trimmed(toc: list) -> list:
    """A PyInstaller TOC (dest_name, src_name, typecode) without what ksdesk never uses."""
    return [entry for entry in toc if keep(entry[0])]


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """ "0.1.0" as Windows wants it in a version resource: four numbers."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def version_info_text(version: str, exe_name: str) -> str:
    """The version resource of one executable, in the text form PyInstaller reads
    (`EXE(version=...)`): what Explorer shows under Egenskaper → Information."""
    numbers = version_tuple(version)
    dotted = ".".join(str(n) for n in numbers)
    strings = {
        "CompanyName": PUBLISHER,
        "FileDescription": DESCRIPTION,
        "FileVersion": dotted,
        "InternalName": exe_name,
        "LegalCopyright": "MIT-licens",
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": "ksdesk",
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return (
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,\n"
        "    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        "    StringFileInfo([\n"
        "      StringTable('041D04B0', [\n"  # Swedish, Unicode
        f"{table}\n"
        "      ])\n"
        "    ]),\n"
        "    VarFileInfo([VarStruct('Translation', [0x041D, 1200])])\n"
        "  ]\n"
        ")\n"
    )


def executables(windows: bool) -> list[str]:
    """The executables' file names in the bundle folder."""
    suffix = ".exe" if windows else ""
    return [GUI_EXE + suffix, CLI_EXE + suffix]
