"""The fifteenth round of real delegationsordningar: every word of every real document of the
earlier rounds either imported or named in the import report. The stored pages the search
tool gives (corpus "pages") hold a page's first few thousand characters; every excerpt of a
kommun's points found there this round (5dok.org articles, yumpu pages, scribd, docplayer) is
one an earlier round has already rebuilt, so this round reads those documents again for what
they lose rather than adding points of its own.

`ALL_DOCUMENTS` maps each real document's short name to (builder, expected points), over all
rounds; `lost_words` gives the words of a built document that reached neither the version
nor the report."""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable
from pathlib import Path

import docx

from ksdesk.core.delegation import Version
from ksdesk.core.import_report import ImportReport
from tests.interchange.delegation_rounds import version_words, words

_ROUNDS = Path(__file__).parent
# A page header's or footer's address block ("Box 88 665 23 Kil", "Postadress: …"): furniture.
_ADDRESS_WORDS = {"postadress", "besöksadress", "telefon", "epost", "bankgiro", "postgiro"}
_POSTNUMMER = re.compile(r"\b\d{3} \d{2} [A-ZÅÄÖ]")


def _address(text: str) -> bool:
    return bool(words(text.replace("-", "")) & _ADDRESS_WORDS or _POSTNUMMER.search(text))


def _all_documents() -> dict[str, tuple[Callable[[Path], None], list]]:
    documents: dict[str, tuple[Callable[[Path], None], list]] = {}
    for path in sorted(_ROUNDS.glob("real_delegation_*.py")):
        module = importlib.import_module(f"tests.interchange.{path.stem}")
        for name, value in vars(module).items():
            if name.endswith("_DOCUMENTS") and isinstance(value, dict):
                documents.update(value)
    return documents


ALL_DOCUMENTS = _all_documents()

# The standard column names (a table's header row is read as its columns, not kept as text)
# and a page's number ("Sida 8 av 15", "sid 2 (15)"): page furniture, not the ordning's words.
_FURNITURE = {"nr", "ärende", "lagrum", "delegat", "ersättare", "anmärkning", "kommentar"}
_FURNITURE |= {"beslutsfattare", "punkt", "vidaredelegation", "vidaredelegering", "sida", "sid"}


def document_words(path: Path) -> set[str]:
    """Every word of the Word file: its body, its tables' cells (nested ones too), and its
    first section's page headers and footers but for an address block; figures left out."""
    document = docx.Document(str(path))
    found: set[str] = set()

    def walk(container, page: bool) -> None:
        for block in container.iter_inner_content():
            if hasattr(block, "rows"):
                for row in block.rows:
                    for cell in row.cells:
                        walk(cell, page)
            elif not (page and _address(block.text)):
                found.update(words(block.text))

    walk(document, False)
    section = document.sections[0]
    for kind in ("header", "first_page_header", "footer", "first_page_footer"):
        part = getattr(section, kind)
        if not part.is_linked_to_previous:
            walk(part, True)
    return {w for w in found if not w.isdigit()} - _FURNITURE


def lost_words(path: Path, version: Version, report: ImportReport) -> set[str]:
    """The words of the file at `path` in neither the version read from it nor its report."""
    reported = words(json.dumps(report.as_json(), ensure_ascii=False))
    return document_words(path) - version_words(version) - reported
