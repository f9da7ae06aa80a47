"""The shapes of a person's name and title in a tjänsteskrivelse: under a signature ("Maria
Skoglund" over "Kommundirektör", "Agneta Johansson" over "nämndsekreterare", "Maria Skoglund,
kommundirektör" on one line) and in a letterhead (the handläggare, also in capitals as a
letterhead set in capitals prints it). Used by the reader's words (tjansteskrivelse_words)."""

from __future__ import annotations

import re

from ksdesk.interchange.given_names import GIVEN_NAMES

NAME_WORD = re.compile(r"^[A-ZÅÄÖÉ][a-zåäöéüèáëï]+(-[A-ZÅÄÖÉ][a-zåäöéüèáëï]+)?$")
_CAPS_NAME_WORD = re.compile(r"^[A-ZÅÄÖÉ]{2,}(-[A-ZÅÄÖÉ]{2,})?$")
# Words a lower-case line under a name starts with when it goes on with the text, not a title.
_NOT_TITLE_START = {"och", "att", "samt", "som", "i", "på", "för", "med", "har", "är", "till"}
_NAME_PARTICLES = {"af", "von", "de", "van", "der", "la"}
_NOT_NAMES = re.compile(
    r"(kommun|nämnd|styrelse|förvaltning|kontor|enhet|fullmäktige|akten|diariet|avdelning)",
    re.IGNORECASE,
)


def name_like(text: str) -> bool:
    """A person's name as it stands under a signature or in a letterhead: two to four
    capitalised words ("Maria Skoglund", "Ann-Sofie af Klint"), nothing else."""
    words = text.split()
    if "\n" in text or not 2 <= len(words) <= 4 or len(text) > 45 or _NOT_NAMES.search(text):
        return False
    named = [w for w in words if w.lower() not in _NAME_PARTICLES]
    return len(named) >= 2 and all(NAME_WORD.match(w) for w in named)


def caps_name(text: str) -> bool:
    """A person's name in capitals, as a letterhead set in capitals prints the handläggare
    ("ANDERS FORSBERG"): two to four such words, the first a given name, no unit's word."""
    words = text.split()
    if "\n" in text or not 2 <= len(words) <= 4 or len(text) > 45 or _NOT_NAMES.search(text):
        return False
    # A unit in capitals ("VÅRD OCH OMSORG", "SEKTOR SAMHÄLLSBYGGNAD") is two or three such
    # words too: a name starts with a given name.
    given = words[0].split("-")[0].lower() in GIVEN_NAMES
    return given and all(_CAPS_NAME_WORD.match(w) for w in words)


def title_like(text: str) -> bool:
    """A title under a name ("Kommundirektör", "Avdelningschef, Kvalitets- och
    verksamhetsstöd", "Samhällsbyggnadsnämndens ordförande"): short, no sentence. In lower
    case ("nämndsekreterare", as many templates write it) only short and not a sentence going
    on ("och Per Ek …")."""
    flat = " ".join(text.split())
    if (
        "\n" in text.strip()
        or not flat
        or len(flat) > 70
        or len(flat.split()) > 7
        or flat.endswith((".", ":"))
        or any(ch.isdigit() for ch in flat)
    ):
        return False
    if flat[0].islower():
        return len(flat.split()) <= 4 and flat.split()[0] not in _NOT_TITLE_START
    return flat[0].isupper()


def name_and_title(text: str) -> tuple[str, str] | None:
    """ "Maria Skoglund, kommundirektör": a signature on one line, or None."""
    name, comma, title = text.partition(",")
    title = title.strip()
    if not comma or not name_like(name.strip()) or not title or len(text) > 80:
        return None
    if title.endswith(".") or any(ch.isdigit() for ch in title) or len(title.split()) > 6:
        return None
    return name.strip(), title[0].upper() + title[1:]


# A tjänsteperson's title as a letterhead prints it under the handläggare's name
# ("Nämndsekreterare", "Utredare", "Kultur- och fritidschef", "Verksamhetsutvecklare"): its
# last word ends as Swedish titles of officials do.
_JOB_TITLE = re.compile(
    r"^(?:[A-ZÅÄÖa-zåäö][\wåäö-]*(?:- och|,)? ){0,3}[\wåäö-]*(?:chef|sekreterare|handläggare"
    r"|strateg|direktör|controller|ekonom|utredare|samordnare|ingenjör|arkitekt|jurist"
    r"|registrator|assistent|konsulent|inspektör|planerare|utvecklare|specialist|analytiker"
    r"|rådgivare|ansvarig|koordinator|administratör|notarie)$",
    re.IGNORECASE,
)


def job_title(text: str) -> bool:
    """Whether `text` is an official's title alone ("Nämndsekreterare", "NÄMNDSEKRETERARE",
    "Biträdande förvaltningschef"), as a letterhead has it under the handläggare's name."""
    flat = " ".join(text.split())
    return 0 < len(flat) <= 50 and "\n" not in text.strip() and bool(_JOB_TITLE.match(flat))
