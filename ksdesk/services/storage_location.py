"""Is this database file in a synchronised folder or on a network share? The facts from the
system (the OneDrive environment variables, the drive type on Windows, /proc/mounts
elsewhere), judged by core/storage_location.py."""

from __future__ import annotations

import os
from pathlib import Path, PurePath, PureWindowsPath

from ksdesk.core.storage_location import (
    NETWORK_FILE_SYSTEMS,
    LocationWarning,
    judge,
    mount_of,
)

# Which system this is; tests set it to run the Windows path with a stand-in for the API.
WINDOWS = os.name == "nt"
# The variables the OneDrive client sets to its folders (personal, work or school).
ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")
DRIVE_REMOTE = 4  # GetDriveTypeW: a network drive
MOUNTS = Path("/proc/self/mounts")


def location_warning(db_path: Path) -> LocationWarning | None:
    """Why `db_path` is in an unsafe place, or None."""
    path = _absolute(db_path)
    roots = [("OneDrive", os.environ[v]) for v in ONEDRIVE_VARIABLES if os.environ.get(v)]
    return judge(path, cloud_roots=roots, network=_network(path))


def _absolute(db_path: Path) -> PurePath:
    try:
        resolved = Path(db_path).resolve()
    except OSError:
        resolved = Path(os.path.abspath(db_path))
    return PureWindowsPath(resolved) if WINDOWS else resolved


def _network(path: PurePath) -> str | None:
    return _windows_network(PureWindowsPath(path)) if WINDOWS else _mounted_network(path)


def _windows_network(path: PureWindowsPath) -> str | None:
    """A UNC path (\\\\server\\share) or a drive letter mapped to a share."""
    if path.drive.startswith("\\\\"):
        return f"den delade mappen {path.drive}"
    if not path.drive:
        return None
    import ctypes

    kind = ctypes.windll.kernel32.GetDriveTypeW(f"{path.drive}\\")  # type: ignore[attr-defined]
    return f"nätverksenheten {path.drive}" if kind == DRIVE_REMOTE else None


def _mounted_network(path: PurePath) -> str | None:
    try:
        lines = MOUNTS.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None  # not Linux (macOS): nothing to read, no warning
    mounts = []
    for line in lines:
        fields = line.split()
        if len(fields) >= 3:
            # /proc/mounts writes a space in a mount point as \040.
            mounts.append((fields[1].replace("\\040", " "), fields[2]))
    fs_type = mount_of(path, mounts)
    if fs_type in NETWORK_FILE_SYSTEMS:
        return f"en nätverksdisk ({fs_type})"
    return None
