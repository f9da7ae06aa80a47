"""Typst sets each distinct document once per test process. The safety tests build the public
web edition of the demo meeting again and again with one field planted: the kallelse and
protokoll differ each time, but most ärenden's handlingar (webb29 writes them beside the HTML
kallelse) are the same document, set anew for each test. The output is the same bytes for the
same input, so a test reads nothing it would not have read; only the time to set it is saved.
Installed once the module is loaded, never by loading it (tests check what commands load)."""

from __future__ import annotations

import sys
from functools import lru_cache

_MODULE = "ksdesk.reports.web.typst_pdf"
_KEPT = 256  # documents per process (a handling is some 50–300 kB)


def install_once_loaded() -> None:
    """Put the memo in front of typst_pdf.compile_json, if the module is loaded and it is not
    there yet. A test that wraps compile_json itself wraps the memo and puts it back."""
    module = sys.modules.get(_MODULE)
    if module is None or getattr(module.compile_json, "memo", False):
        return
    compile_json = lru_cache(maxsize=_KEPT)(module.compile_json)
    compile_json.memo = True  # type: ignore[attr-defined]
    module.compile_json = compile_json
