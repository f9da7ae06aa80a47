"""A word too wide for its column is broken at a Swedish syllable with a hyphen
(reports/hyphenation.py), not at whatever letter the line ends."""

from __future__ import annotations

import itertools
import re
import subprocess

from ksdesk.reports.fonts import SANS, register_fonts
from ksdesk.reports.hyphenation import SOFT_HYPHEN, hyphenate_overlong
from ksdesk.services import delegation

WORD = re.compile(r"[^\W\d_]+-?")


def test_only_a_word_wider_than_the_column_is_given_a_break() -> None:
    register_fonts()
    text = "Enligt <b>Upphandlingspolicy</b> samt riktlinjer, KS 2020/434 &amp; 19811218-9876"
    got = hyphenate_overlong(text, 60, SANS, 8.5)
    assert got.replace(SOFT_HYPHEN, "") == text  # tags, entities, digits and other words kept
    assert got.count(SOFT_HYPHEN) == 1
    first = got.split(SOFT_HYPHEN)[0].rsplit(">", 1)[1]
    assert "Upphandlings".startswith(first) or first.startswith("Upphandlings")
    assert hyphenate_overlong(text, 200, SANS, 8.5) == text


def test_a_word_wider_than_two_lines_is_broken_where_each_line_ends() -> None:
    register_fonts()
    got = hyphenate_overlong("samhällsbyggnadsförvaltningen", 40, SANS, 8.5)
    assert got.count(SOFT_HYPHEN) >= 2
    assert got.replace(SOFT_HYPHEN, "") == "samhällsbyggnadsförvaltningen"


def test_the_seeds_delegationsordning_breaks_no_word_without_a_hyphen(demo_store) -> None:
    """The seed's columns are the document's own, and six of its words are wider than theirs
    ("Upphandlingspolicy", "förhandlingsutskottets"): they printed as "Upphandlingspolic"
    over "y"."""
    pdf = delegation.version_pdf(demo_store, None)
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    words = set()
    for point in (p for c in delegation.resolve(demo_store, None).chapters for p in c.points):
        for value in (point.arende, point.anmarkning, *point.delegat, *point.ersattare):
            words.update(WORD.findall(value or ""))
    tokens = WORD.findall(text.stdout.decode())
    pairs = itertools.pairwise(tokens)
    cut = [f"{a}|{b}" for a, b in pairs if a + b in words and a not in words]
    assert cut == []
    # pdftotext joins a word broken at a hyphen at the end of a line, and only then.
    assert tokens.count("Upphandlingspolicy") == 2
