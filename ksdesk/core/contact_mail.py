"""An e-mail address as it is written in a text (core.contact_data reads whose it is): plain,
in a URL ("mailto:k.berg%40hotmail.com", a copied link, "%2E" for a dot too), as an HTML
entity (text pasted from a page) or spelt out to fool a harvester, the "@" and the dots in
brackets or as words: "k.berg (at) hotmail.com", "k.berg(at)hotmail(dot)com",
"k.berg [at] gmail [punkt] com", "k.berg snabel-a telia punkt com". Each is read as the
plain address it stands for, and the whole written form is where it stands, so that
masking it leaves nothing of it.

A dot spelt as a bare word ("punkt", "dot") is read only in the domain, after an "@" in one
of its forms: in a sentence "punkt" is a word like any other ("punkt 4 på dagordningen")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote

_SPACE = r"[ \u00a0]"


def _bracketed(words: str) -> str:
    return rf"{_SPACE}?[\[(](?:{words})[\])]{_SPACE}?"


# The "@": plain, a URL's escape, an HTML entity, or spelt: "(at)", "[at]", "(snabel-a)",
# and the Swedish word alone between spaces ("k.berg snabel-a telia punkt com").
_AT = (
    rf"@|%40|&#0*64;|&#x0*40;|&commat;|{_bracketed('at|snabel-?a')}"
    rf"|{_SPACE}+snabel-?a{_SPACE}+"
)
# A dot in the name before the "@": plain, a URL's escape, or spelt in brackets.
_NAME_DOT = rf"\.|%2e|{_bracketed('dot|punkt')}"
# A dot in the domain: those, or the word alone between spaces ("telia punkt com").
_DOMAIN_DOT = rf"{_NAME_DOT}|{_SPACE}+(?:dot|punkt){_SPACE}+"
_PIECE = r"(?:[\w+-]|%(?!2e)[0-9a-f]{2})+"
_LABEL = r"[\w-]+"
_EMAIL = re.compile(
    rf"(?<![\w.+%-])(?P<local>{_PIECE}(?:(?:{_NAME_DOT}){_PIECE})*)(?:{_AT})"
    rf"(?P<domain>{_LABEL}(?:(?:{_DOMAIN_DOT}){_LABEL})*(?:{_DOMAIN_DOT})[a-z]{{2,}})",
    re.I,
)
# Any "@" form at all: most texts hold none and are read no further.
_AT_HINT = re.compile(r"@|%40|&#|&commat;|[\[(](?:at|snabel-?a)[\])]|snabel-?a", re.I)
_SPELT_DOT = re.compile(rf"{_bracketed('dot|punkt')}|{_SPACE}+(?:dot|punkt){_SPACE}+", re.I)


def mails(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name, domain) of each e-mail address in `text` as written: the name
    before the "@" and the domain read as the plain address's, in lower case."""
    if not _AT_HINT.search(text):
        return
    for match in _EMAIL.finditer(text):
        yield (*match.span(), _plain(match["local"]), _plain(match["domain"]))


def _plain(written: str) -> str:
    return unquote(_SPELT_DOT.sub(".", written)).lower()
