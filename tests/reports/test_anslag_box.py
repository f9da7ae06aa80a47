"""The ANSLAG/BEVIS box on the protokoll's first page keeps a long value inside it. Found
printing the protokoll of a nämnd of Region Blekinge named "Nämnden för folkhälsa, kultur,
fritid och regional utveckling i Blekinge" (a name of the kind regions give their nämnder):
the Organ row ran past the box's right edge, since its values were set as single lines."""

from __future__ import annotations

import re
import subprocess
from datetime import date, time
from pathlib import Path

from reportlab.lib.units import mm

from ksdesk.services import meetings
from ksdesk.services import protokoll as service
from ksdesk.services.own_kommun import new_database
from ksdesk.services.protokoll_print import protokoll_document

NAME = "Nämnden för folkhälsa, kultur, fritid och regional utveckling i Blekinge"
_WORD = re.compile(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<')


def _first_page_words(pdf: bytes) -> list[tuple[float, float, float, str]]:
    done = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-bbox", "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    )
    return [(float(a), float(b), float(c), w) for a, b, c, w in _WORD.findall(done.stdout.decode())]


def test_a_long_organ_name_wraps_inside_the_box(tmp_path: Path) -> None:
    store = new_database(tmp_path / "rb.sqlite", "Region Blekinge", "Regionstyrelsen")
    created, _ = meetings.create_meeting(store, NAME, date(2026, 12, 11), time(9, 30), "Wämö")
    service.start_protokoll(store, created.id)
    words = _first_page_words(protokoll_document(store, created.id))
    store.close()
    right_edge = (210 - 20) * mm  # the box spans the text width: A4 less the 20 mm margin
    anslag = next(i for i, w in enumerate(words) if w[3] == "ANSLAG/BEVIS")
    box_words = words[anslag:]
    assert max(w[1] for w in box_words) < right_edge
    assert "Blekinge" in [w[3] for w in box_words]  # the name is whole, on a second line
    # The label stands level with the first line of its value.
    organ = next(w for w in box_words if w[3] == "Organ")
    first = next(w for w in box_words if w[3] == "Nämnden")
    assert abs((organ[2] - 9 * 0.212) - (first[2] - 10 * 0.212)) < 0.5
