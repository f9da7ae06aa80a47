"""A personnummer split by a character the PDF does not draw (a control character, a direction
mark, the space or minus of Word's symbol font) is a personnummer: the review finds and masks
it. Before, the review said the copy was clean and the last reader of the printed kallelse
found the whole number and refused to write it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ksdesk.core.personnummer import find_personnummer
from ksdesk.core.personnummer_masking import mask_personnummer
from ksdesk.services import meetings
from ksdesk.services.store import open_database

# A made-up number with a valid check digit; each way keeps it readable on paper.
SPLITS = ("811218\x07-9876", "811218\u200e-9876", "8112\u202a18-9876", "811218\uf0209876",
          "19811218\x1b9876", "811218\uf02d9876", "811218\u2061-9876",
          "811218\ufffe-9876")  # fmt: skip


@pytest.mark.parametrize("text", SPLITS, ids=lambda t: repr(t[6:8]))
def test_a_number_split_by_what_prints_as_nothing_is_found(text: str) -> None:
    assert [hit.normalized for hit in find_personnummer(f"Sökande {text}.")] == ["198112189876"]
    assert "9876" not in mask_personnummer(text)


def test_the_public_kallelse_masks_it(demo_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "ks.sqlite"
    db.write_bytes(demo_path.read_bytes())
    store = open_database(db)
    meeting = meetings.get_meeting(store, meetings.list_meetings(store)[0].id)
    meeting.items[2].title += " sökande " + " och ".join(SPLITS[:4])
    meetings.save_meeting(store, meeting)
    store.close()

    def ksdesk(*args: str) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "ksdesk", *args, "--db", str(db)]
        return subprocess.run(command, capture_output=True, text=True)

    scan = ksdesk("public", "scan", "--meeting", "2020-12-07")
    assert "Inga personnummer" not in scan.stdout, scan.stdout
    decided = ksdesk("public", "decide", "--meeting", "2020-12-07", "--mask", "--all")
    assert decided.returncode == 0, decided.stderr
    out = tmp_path / "offentlig.pdf"
    made = ksdesk("kallelse", "--meeting", "2020-12-07", "--public", "--out", str(out))
    assert made.returncode == 0, made.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "9876" not in text and "XXXXXX" in text
