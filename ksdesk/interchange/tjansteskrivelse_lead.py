"""A lead-in and its one att-sats written as one sentence: "Regionstyrelsen föreslår
regionfullmäktige att motionen anses besvarad.", "… föreslår kommunfullmäktige besluta att
…". The sentence is parted into who decides (the organ named between "föreslår" and "att")
and the att-sats ("motionen anses besvarad."), as a template with a lead-in over its
att-satser gives them. Only an organ there makes it a lead-in: "Förvaltningen föreslår att
nämnden godkänner rapporten." proposes a whole sentence and stays whole, and so does a
paragraph of more than one sentence, whose second would lose its subject."""

from __future__ import annotations

import re

# "<subject> föreslår <organ> [(att) besluta(r)] att <the att-sats>"; the organ is one to
# four words ending as an organ's name does, so no clause slips in between.
_LEAD_AND_ATT = re.compile(
    r"^(?P<lead>[A-ZÅÄÖ][^.:;]{0,80}?\s+föreslår\s+"
    r"(?P<organ>(?:[\wåäö-]+\s+){0,3}?[\wåäö-]*"
    r"(?:fullmäktige|nämnd|nämnden|styrelse|styrelsen|utskott|utskottet))"
    r"(?:\s+(?:att\s+)?besluta[r]?)?\s+att)\s+(?P<att>\S.*)$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")  # a second sentence after the first
_FULLMAKTIGE = re.compile(r"\b(kommun|region|landstings)?fullmäktige\b(?!s)", re.IGNORECASE)


def lead_and_att(text: str) -> tuple[str, str, str] | None:
    """(the lead-in, the att-sats, "fullmäktige" or "" for who decides) of a one-sentence
    lead-in with its att-sats; None for any other text."""
    flat = " ".join(text.split())
    found = _LEAD_AND_ATT.match(flat)
    if found is None or _SENTENCE_END.search(found.group("att")):
        return None
    group = "fullmäktige" if _FULLMAKTIGE.search(found.group("organ")) else ""
    return found.group("lead"), found.group("att"), group
