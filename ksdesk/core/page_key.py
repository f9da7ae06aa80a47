"""A line as it repeats from page to page of a document (a running header or footer): its
spaces evened out, its case folded and its numbers blanked, so "Sida 2 (3)" and "Sida 3 (3)",
or a header with the day's date, are the same line. Shared by the readers that tell a page's
own lines from the document's: the Word delegationsordning, the tjänsteskrivelse from a PDF,
the list of delegationsbeslut from a PDF."""

from __future__ import annotations

import re


def page_key(text: str) -> str:
    """The line with its numbers blanked: the same running header on every page."""
    return re.sub(r"\d+", "#", " ".join(text.split())).casefold()
