"""Kungsbacka kommun's published documents kept with the tests
(tests/core/real_kungsbacka_public_texts.py: forty kallelser, protokoll and handlingar of eight
organs, 2024–2026), for the benches of the public check's scanners: a section of its own in
bench/contact_data_false_alarms.py, bench/citizen_name_false_alarms.py and
bench/personnummer_false_alarms.py, whose other figures do not read it. None is a citizen's
letter: every hit there is a false alarm, each printed with its source."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def texts() -> list[tuple[str, str]]:
    """(source: path under data/kungsbacka/ and pages, text) of each excerpt."""
    from tests.core.real_kungsbacka_public_texts import KUNGSBACKA_PUBLIC_TEXTS

    return list(KUNGSBACKA_PUBLIC_TEXTS)


def heading(found: list[tuple[str, str]]) -> str:
    """What the section reads: documents and excerpts."""
    documents = {name.split(",")[0] for name, _text in found}
    chars = sum(len(text) for _name, text in found)
    return (
        f"Kungsbacka kommun's published documents ({len(documents)} documents, "
        f"{len(found)} excerpts, {chars} characters)"
    )
