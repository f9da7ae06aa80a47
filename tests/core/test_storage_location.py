"""Where a database must not live: synchronised folders and network shares."""

from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath

from ksdesk.core.storage_location import cloud_service, judge, mount_of

W = PureWindowsPath


def test_onedrive_by_the_folder_the_system_names() -> None:
    roots = [("OneDrive", r"C:\Users\sekr\OneDrive - Ludvika kommun")]
    path = W(r"C:\Users\sekr\OneDrive - Ludvika kommun\Nämnd\ks.sqlite")
    warning = judge(path, cloud_roots=roots, network=None)
    assert warning is not None and warning.kind == "moln" and warning.where == "OneDrive"
    assert "ks.sqlite ligger i OneDrive" in warning.text()
    assert "Arkiv → Säkerhetskopior → Välj andra mapp" in warning.text()


def test_synchronised_folders_by_their_names() -> None:
    assert cloud_service(W(r"D:\OneDrive - Kommunen\ks.sqlite"), []) == "OneDrive"
    assert cloud_service(W(r"C:\Users\sekr\Dropbox\ks.sqlite"), []) == "Dropbox"
    assert cloud_service(PurePosixPath("/home/sekr/Nextcloud/ks.sqlite"), []) == "Nextcloud"
    assert cloud_service(W(r"G:\My Drive\ks.sqlite"), []) == "My Drive"
    assert cloud_service(W(r"C:\Users\sekr\Documents\ks.sqlite"), []) is None
    # A file merely named like a service is not in its folder.
    assert cloud_service(PurePosixPath("/home/sekr/OneDrive.sqlite"), []) is None


def test_a_network_share_and_a_safe_place() -> None:
    warning = judge(W(r"H:\ks.sqlite"), cloud_roots=[], network="nätverksenheten H:")
    assert warning is not None and warning.kind == "nätverk"
    assert "nätverksenheten H:" in warning.short
    assert judge(W(r"C:\Users\sekr\Documents\ks.sqlite"), cloud_roots=[], network=None) is None


def test_the_mount_a_path_is_on_is_the_longest_that_holds_it() -> None:
    mounts = [("/", "ext4"), ("/home", "ext4"), ("/home/sekr/H", "cifs"), ("/home/sekr/Hx", "nfs")]
    assert mount_of(PurePosixPath("/home/sekr/H/ks.sqlite"), mounts) == "cifs"
    assert mount_of(PurePosixPath("/home/sekr/Hem/ks.sqlite"), mounts) == "ext4"
