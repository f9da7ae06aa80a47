"""The words of one decision in a list written as text: the Dnr it starts or ends with, the
date it starts with, and what was decided (beslut_text reads the list into such points)."""

from __future__ import annotations

import re

from ksdesk.core.dnr import without_label
from ksdesk.core.written_dates import read_written_date
from ksdesk.interchange.beslut_text_layout import DNR_LED

# The decision's date first: "2022-05-11, …", "11 maj 2022: …".
_DATE_FIRST = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s+[a-zåäö]+\.?\s+\d{4})\s*[,:–-]?\s+")
# A decision a line, its Dnr first: "Dnr 2015/123 Kommunstyrelseförvaltningens svar …".
DNR_FIRST = re.compile(r"^(?:dnr|diarienr|diarienummer)\.?:?\s*", re.I)
DNR_TOKENS = re.compile(r"(?:[A-ZÅÄÖ]{1,8}[\s-])?\S+")
# A date in words inside the text, where none stands first ("… svar 11 april 2015 på …").
_MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
_DATE_IN_WORDS = re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}\b", re.I)
# The diarieplan's code a diarium prints after the number ("Dnr. 12.S0068 754 IFO-beslut"): the
# Dnr's, three digits before the text.
_PLAN_CODE = re.compile(r"(\s\d{3})\s+(?=[A-ZÅÄÖa-zåäö])")
# A date in words labelled as another day ("serveringsdatum: 16 december 2011", "inkom …").
_OTHER_DATE = re.compile(r"(?i)(?:\b(?!besluts)\w+datum|\binkom(?:men)?|\bperioden?)\s*:?\s*$")
# Its Dnr last: "…, dnr 322/432/2014." or "… (Dnr KS 2020/12)".
_DNR_LAST = re.compile(
    r"[,;]?\s*\(?\b(?:dnr|diarienr|diarienummer)\.?:?\s*(\S+(?:\s\d\S*)?)\)?\.?\s*$", re.I
)


def split_point(words: str) -> tuple[str, str, str]:
    """(date as written, text, Dnr) of a point's words. The Dnr it starts or ends with and the
    date it starts with are taken out of what was decided; a date in words inside the text,
    where none stands first, is the decision's date and stays in the text."""
    dnr = ""
    if first_dnr := DNR_FIRST.match(words):
        token = DNR_TOKENS.match(words, first_dnr.end())
        if token:
            code = _PLAN_CODE.match(words, token.end())
            end = code.end(1) if code else token.end()
            dnr, words = words[first_dnr.end() : end], words[end:].lstrip(" ,:–-")
            dnr = dnr.rstrip(".")  # "Dnr IF-2025-00017. Placeringsavtal …"
    elif led := DNR_LED.match(words):  # "AVTAL-2025-00422. Avtal - Mottaget …"
        dnr, words = led[1], words[led.end() :]
    date_text = ""
    if (first := _DATE_FIRST.match(words)) and read_written_date(first[1]) is not None:
        date_text, words = first[1], words[first.end() :]
    if not dnr and (last := _DNR_LAST.search(words)):
        dnr, words = without_label(last[1]).rstrip(".,;)"), words[: last.start()]
    words = " ".join(words.split())
    inside = None if date_text else _DATE_IN_WORDS.search(words)
    other = inside and _OTHER_DATE.search(words[: inside.start()])
    if inside and not other and read_written_date(inside[0]) is not None:
        date_text = inside[0]
    return date_text, words, dnr
