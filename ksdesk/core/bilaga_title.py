"""The title a new bilaga is given when the secretary names none: the PDF's own title when it
reads like one ("God och Nära vård, delårsrapport 2025"), else the file's name. Before, it
was always the file's name ("bilaga_delarsrapport_GNV"), which then printed in the kallelse,
the tjänsteskrivelse's Bilagor, the protokoll's beslutsunderlag and the public notice.

Many PDFs carry a title nobody wrote: what Word or a scanner puts there ("Microsoft Word -
Tjänsteskrivelse.docx", "Dokument1", "Skanna0012", "untitled"), or the file's own name.
Those are passed over for the file's name, which the secretary at least chose."""

from __future__ import annotations

import re
from pathlib import PurePath

from ksdesk.core.glyphs import TURNS
from ksdesk.core.typed_text import clean_typed

# A title no person wrote: a program's prefix, a default document name, a scan's serial.
# PowerPoint's and Excel's defaults ("PowerPoint-presentation", "Bok1", "Book1", "Blad1") and
# a template's title field left as it came ("Rubrik", "[Titel]") too.
_MADE_BY_A_PROGRAM = re.compile(
    r"^\s*(microsoft\s+(word|excel|powerpoint)\s*-|untitled\b|namnlös|utan\s+titel|"
    r"\(?\s*anonymous\s*\)?\s*$|"  # ReportLab's title when none is given (rewalk32)
    r"(dokument|document|doc|scan|skanna|skannad|img|image|bild|presentation|"
    r"powerpoint[\s-]*presentation|bok|book|blad|sheet)[\s_-]*\d*\s*$|"
    r"\[?\s*(rubrik|titel|title|dokumentnamn|dokumenttitel|dokumentrubrik)\s*\]?\s*$|"
    r"\d+\s*$)",
    re.IGNORECASE,
)
_FILE_ENDING = re.compile(r"\.(docx?|pdf|xlsx?|pptx?|odt|rtf|txt|jpe?g|png|tiff?)\s*$", re.I)
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
_LONGEST = 200  # a title longer than a line or two is a text someone pasted, not a title


def bilaga_title(pdf_title: str, file_name: str) -> str:
    """The title for a bilaga of the PDF `file_name` whose document info says `pdf_title`."""
    stem = PurePath(file_name).stem
    # What made the file may have put controls there (a NUL, a bidi override, a zero-width
    # space): a typed title has them taken out (ui/one_line.py), so one read must too.
    title = clean_typed(TURNS.sub("", _CONTROLS.sub(" ", pdf_title)))
    if not title or len(title) > _LONGEST or _MADE_BY_A_PROGRAM.match(title):
        return stem
    if _FILE_ENDING.search(title) or _same_name(title, stem):
        return stem
    if not any(c.isalpha() for c in title):
        return stem
    return title


def _same_name(title: str, stem: str) -> bool:
    def plain(text: str) -> str:
        return re.sub(r"[\W_]+", "", text).casefold()

    return plain(title) == plain(stem)
