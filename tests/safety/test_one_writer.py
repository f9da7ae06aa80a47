"""One writer per file: a second ksdesk is refused in Swedish and may read; a killed writer
leaves no stale lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ksdesk.core.errors import StoreError, StoreLocked, StoreReadOnly
from ksdesk.db.connection import open_store
from ksdesk.services import meetings as meeting_service


def test_second_writer_is_refused_in_swedish(demo_store) -> None:
    with pytest.raises(StoreLocked) as refused:
        open_store(demo_store.path)
    message = str(refused.value)
    assert "redan öppen i ett annat ksdesk" in message
    assert f"process {os.getpid()}" in message
    assert "skrivskyddad" in message


def test_read_only_copy_reads_and_refuses_writes(demo_store) -> None:
    reader = open_store(demo_store.path, read_only=True)
    assert reader.read_only
    meeting = meeting_service.list_meetings(reader)[0]
    with pytest.raises(StoreError, match="skrivskyddad"):
        meeting_service.update_meeting_fields(reader, meeting.id, {"place": "X"})
    # The writer's edits are visible to the reader.
    meeting_service.update_meeting_fields(demo_store, meeting.id, {"place": "Sal 5"})
    assert meeting_service.get_meeting(reader, meeting.id).place == "Sal 5"
    reader.close()


def test_lock_is_released_on_close(demo_path: Path) -> None:
    open_store(demo_path).close()
    open_store(demo_path).close()


def test_a_killed_writer_leaves_no_stale_lock(demo_path: Path) -> None:
    code = textwrap.dedent(
        f"""
        import time
        from ksdesk.db.connection import open_store
        store = open_store({str(demo_path)!r})
        print("open", flush=True)
        time.sleep(60)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(StoreLocked):
            open_store(demo_path)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    open_store(demo_path).close()  # the OS dropped the lock with the process


def test_damaged_file_leaves_no_lock_behind(tmp_path: Path) -> None:
    path = tmp_path / "bad.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\x01" * 5000)
    for _ in range(2):  # the second attempt is refused for the damage, not for a lock
        with pytest.raises(StoreError, match="skadad"):
            open_store(path)


def test_a_full_disk_refuses_the_edit_whole(demo_store) -> None:
    """SQLite's max_page_count stands in for a full disk: SQLITE_FULL mid-transaction."""
    from ksdesk.core.meeting import Bilaga
    from ksdesk.db import meeting_repo

    meeting = meeting_service.list_meetings(demo_store)[0]
    full = meeting_service.get_meeting(demo_store, meeting.id)
    bilagor = len(full.items[1].bilagor)
    pages = demo_store.db.execute("PRAGMA page_count").fetchone()[0]
    demo_store.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    full.place = "Sal halvvägs"
    full.items[1].bilagor.append(Bilaga(title="Stor", filename="s.pdf", content=b"x" * 500_000))
    refused = pytest.raises(StoreError, match="Disken är full: ändringen sparades inte")
    with refused, demo_store.atomic():
        meeting_repo.save(demo_store, full)
    demo_store.db.execute("PRAGMA max_page_count = 1073741823")
    again = meeting_service.get_meeting(demo_store, meeting.id)
    assert again.place != "Sal halvvägs"
    assert len(again.items[1].bilagor) == bilagor
    assert demo_store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_read_only_folder_offers_read_only(demo_path: Path, monkeypatch) -> None:
    from ksdesk.db.lock import WriterLock

    def refuse(_self) -> bool:  # as os.open in a folder without write rights (root ignores chmod)
        raise PermissionError(13, "Åtkomst nekas")

    monkeypatch.setattr(WriterLock, "acquire", refuse)
    with pytest.raises(StoreReadOnly, match="går inte att skriva i"):
        open_store(demo_path)
    open_store(demo_path, read_only=True).close()
