"""Where a Delegat cell names the substitute as well, for delegation_role_cells: the words
kommuner use for "the one who decides when the delegate cannot".

    Kommundirektör, ersättare ekonomichef       after a comma
    Ordförande – vid förfall vice ordförande    after a dash (read as the comma)
    Kommunchef (ersättare ekonomichef)          in brackets after the delegate
    Förvaltningschef (vid förhinder: kanslichef)
    Ersättare: Kanslichef / Ers. Kanslichef     a line of its own
    Vid förfall: kanslichef / I andra hand X    a line of its own, under the delegate
    Vice ordförande vid förfall                 a line of its own, the words after the role

"Vid förfall för ordföranden beslutar vice ordförande" is a sentence: a condition, which
delegation_role_cells sends to Anmärkning, not a substitute.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_WHEN_ABSENT = (
    r"(?:(?:vid|i) (?:dennes |hans |hennes )?(?:förfall|frånvaro|förhinder)|i andra hand)"
)
# After a comma: "…, ersättare X", "…, i andra hand X", "…, vid förfall X".
SUBSTITUTE_AFTER_COMMA = re.compile(
    rf"^(?:ersättare|ers\.?|{_WHEN_ABSENT})\s*:?\s+(\S.*)$", re.IGNORECASE
)
# A dash where the comma would be: "Ordförande – vid förfall vice ordförande".
DASH_BEFORE_SUBSTITUTE = re.compile(
    rf"\s+[–-]\s+(?=(?:ersättare|ers\b|{_WHEN_ABSENT}))", re.IGNORECASE
)
# In brackets after the delegate: "Kommunchef (ersättare ekonomichef)".
SUBSTITUTE_AFTER = re.compile(
    rf"^(.*\S)\s*\((?:(?:ersättare|ers)\b\.?|{_WHEN_ABSENT})\s*:?\s*([^)]+)\)$", re.IGNORECASE
)
# A line of its own: "Ersättare: Kanslichef", "Ers. Kanslichef".
_LABELLED_LINE = re.compile(r"^(?:ersättare|ers)\s*(?:\.\s*:?|:)\s*(\S.*)$", re.IGNORECASE)
# Under the delegate: "Vid förfall: kanslichef", "I andra hand kanslichef".
# ("Vid förfall för ordföranden" begins a sentence: whose absence, not who decides.)
_WORDS_LINE = re.compile(rf"^{_WHEN_ABSENT}\s*:?\s+(?!(?:för|av)\b)(\S.*)$", re.IGNORECASE)
# The words after the role: "Vice ordförande vid förfall".
_WORDS_AFTER_LINE = re.compile(rf"^(\S.*?)\s+{_WHEN_ABSENT}$", re.IGNORECASE)


def substitute_line(line: str, under_a_role: bool, is_role: Callable[[str], bool]) -> str | None:
    """The substitute a line of a Delegat cell names on its own, or None. A line that only
    says when ("Vid förfall: …", "… vid förfall") names one under a delegate's line, and
    only when what it names is a role ("vid förfall för ordföranden beslutar …" is not)."""
    labelled = _LABELLED_LINE.match(line)
    if labelled:
        return labelled.group(1)
    if not under_a_role:
        return None
    for pattern in (_WORDS_LINE, _WORDS_AFTER_LINE):
        found = pattern.match(line)
        if found and is_role(found.group(1)):
            return found.group(1)
    return None


def note_substitute(line: str, is_role: Callable[[str], bool]) -> str | None:
    """The substitute a line of an Anmärkning names with its label ("Ersättare:
    verksamhetschef", "Vid förhinder: kanslichef"), or None: "Vid förhinder för
    förvaltningschef beslutar …" is a sentence, and stays the note it is."""
    for pattern in (_LABELLED_LINE, _WORDS_LINE):
        found = pattern.match(line.strip())
        if found and is_role(found.group(1).rstrip(".")):
            return found.group(1).rstrip(".")
    return None
