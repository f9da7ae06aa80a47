"""The labels of a tjänsteskrivelse's letterhead as kommunernas Word templates write them
(Datum, Dnr, Vår beteckning, Beteckning, Handläggare, Direktnr, Er referens …) and the field
each fills; tjansteskrivelse_words hands them on with the rest of the templates' words."""

from __future__ import annotations

import re

# Letterhead label (lower case, without ":") → the Tjansteskrivelse field it fills.
LABELS = {
    "datum": "datum",
    "dnr": "diarienummer",
    "d.nr": "diarienummer",
    "diarienummer": "diarienummer",
    "diarienr": "diarienummer",
    "vårt diarienummer": "diarienummer",
    "vår beteckning": "diarienummer",
    "beteckning": "diarienummer",
    "ärendenummer": "diarienummer",
    "handläggare": "handlaggare",
    "vår handläggare": "handlaggare",
    "handläggare, telefon": "handlaggare",
    "handläggare, titel, telefon": "handlaggare",
    "tjänsteställe/handläggare": "handlaggare",
    "telefon": "telefon",
    "tel": "telefon",
    "tfn": "telefon",
    "direktnr": "telefon",
    "direkttelefon": "telefon",
    "e-post": "epost",
    "epost": "epost",
    "e-postadress": "epost",
    "ert datum": "ert_datum",
    "er referens": "er_referens",
    "er beteckning": "er_referens",
    "mottagare": "mottagare",
    "beslutsinstans": "mottagare",
}
LABEL_WORDS = "|".join(sorted((re.escape(k) for k in LABELS), key=len, reverse=True))
# "Handläggare: Karin Jirénius", "Datum 2018-08-28": a label first, its value after.
LABEL_FIRST = re.compile(rf"^({LABEL_WORDS})\s*(?::\s*|\s+)(.*)$", re.IGNORECASE)
