"""Where a database file should not live: in a folder a cloud client synchronises (OneDrive,
Dropbox, Google Drive …) or on a network share. SQLite keeps a write-ahead log beside the
file and shares memory with it (-wal, -shm); a synchronising client copies the files one by
one while they change, and network file systems do not give the locking WAL needs, so
edits can be lost or the file torn. Finished backups may live there (the second backup
folder): they never change once written.

Pure rules over facts gathered elsewhere (services/storage_location.py): the path, the cloud
folders the system names, and whether the file system is remote."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath

# Folder names synchronising clients use for their root folder (OneDrive for work is
# "OneDrive - Kommunens namn"; Google Drive for desktop "Google Drive" / "My Drive").
CLOUD_FOLDERS = (
    "OneDrive",
    "Dropbox",
    "Google Drive",
    "GoogleDrive",
    "My Drive",
    "Min enhet",
    "iCloud Drive",
    "iCloudDrive",
    "Box",
    "Box Sync",
    "Nextcloud",
    "ownCloud",
    "pCloud Drive",
    "MEGA",
)
# File systems that live on another machine (from /proc/mounts; gvfs is GNOME's way of
# mounting shares, rclone a cloud drive).
NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "9p",
        "afs",
        "ceph",
        "glusterfs",
        "lustre",
        "fuse.sshfs",
        "sshfs",
        "fuse.davfs2",
        "davfs",
        "fuse.rclone",
        "fuse.gvfsd-fuse",
        "fuse.glusterfs",
    }
)


@dataclass(frozen=True)
class LocationWarning:
    """Why a database file's place is unsafe; `where` names it ("OneDrive", "nätverksenheten
    H:")."""

    kind: str  # "moln" | "nätverk"
    where: str
    file_name: str

    @property
    def short(self) -> str:
        """For the status bar."""
        return f"⚠ Databasen ligger i {self.where}"

    def text(self) -> str:
        if self.kind == "moln":
            why = (
                f"{self.where} kopierar filerna medan ksdesk skriver i dem och kan skapa "
                "konfliktkopior"
            )
        else:
            why = "en nätverksenhet ger inte den låsning som databasens skrivlogg behöver"
        return (
            f"{self.file_name} ligger i {self.where}. Där kan ändringar gå förlorade eller "
            f"databasen skadas: {why}. Stäng ksdesk, flytta filen till datorns egen disk "
            "(till exempel Dokument utanför molnmappen) och öppna den där. Låt i stället "
            "säkerhetskopiorna gå till den mappen: Arkiv → Säkerhetskopior → Välj andra mapp."
        )


def cloud_service(path: PurePath, roots: Iterable[tuple[str, str]]) -> str | None:
    """The synchronising service whose folder `path` is in: under a root the system names
    ((service, folder) pairs: the OneDrive environment variables), or under a folder with
    such a service's name."""
    for name, root in roots:
        if root and _is_under(path, type(path)(root)):  # the same flavour as the path
            return name
    for part in path.parts[:-1]:
        for name in CLOUD_FOLDERS:
            if part == name or part.startswith((f"{name} - ", f"{name}-")):
                return name
    return None


def judge(
    path: PurePath, *, cloud_roots: Iterable[tuple[str, str]], network: str | None
) -> LocationWarning | None:
    """The warning for a database at `path` (None: a safe place). `network` describes the
    remote file system it is on, when it is on one ("nätverksenheten H:")."""
    service = cloud_service(path, cloud_roots)
    if service is not None:
        return LocationWarning("moln", service, path.name)
    if network:
        return LocationWarning("nätverk", network, path.name)
    return None


def mount_of(path: PurePath, mounts: list[tuple[str, str]]) -> str | None:
    """The file system type of the mount `path` is on, from (mount point, type) pairs: the
    longest mount point that holds it."""
    best: tuple[int, str] | None = None
    for point, fs_type in mounts:
        mount = PurePath(point)
        if _is_under(path, mount) and (best is None or len(mount.parts) > best[0]):
            best = (len(mount.parts), fs_type)
    return best[1] if best else None


def _is_under(path: PurePath, root: PurePath) -> bool:
    path_parts = [p.casefold() for p in path.parts]
    root_parts = [p.casefold() for p in root.parts]
    return len(path_parts) >= len(root_parts) and path_parts[: len(root_parts)] == root_parts
