"""The words of a tjänsteskrivelse as kommunernas Word templates write them: the labels of the
letterhead (Datum, Dnr, Vår beteckning, Handläggare, Er referens …), the headings of its parts
(Förslag till beslut in its many wordings, Beslut skickas till and its synonyms, Bilagor) and
the shapes of the lines around them (a phone number, the document's own kind and page
number; a person's name and a title under a signature are tjansteskrivelse_names').

Gathered from real tjänsteskrivelser (Ludvika, Upplands-Bro, Katrineholm, Karlskoga, Tranås,
Tyresö, Vallentuna, Stockholm, Norrköping; see tests/interchange/real_tjansteskrivelser*.py):
each word here is one a template uses."""

from __future__ import annotations

import re

from ksdesk.interchange.tjansteskrivelse_headings import SECTION_HEADINGS, key, known_section
from ksdesk.interchange.tjansteskrivelse_labels import LABEL_FIRST, LABEL_WORDS, LABELS
from ksdesk.interchange.tjansteskrivelse_names import (  # the words of a signature, here too
    caps_name,
    job_title,
    name_and_title,
    name_like,
    title_like,
)
from ksdesk.interchange.tjansteskrivelse_units import added_recipients, is_forvaltning, recipients

__all__ = [
    "LABELS",
    "LABEL_FIRST",
    "LABEL_WORDS",
    "SECTION_HEADINGS",
    "added_recipients",
    "caps_name",
    "is_forvaltning",
    "job_title",
    "key",
    "known_section",
    "name_and_title",
    "name_like",
    "recipients",
    "title_like",
]


# Headings that start the att-satser: "Förslag till beslut", "Förvaltningens förslag till
# beslut", "Förslag till beslut fullmäktige", "Kommunstyrelsens förslag till kommunfullmäktige".
_FORSLAG_HEADING = re.compile(r"\bförslag till\b", re.IGNORECASE)
# A lead-in sentence over "att"-satser: "Kommunledningsförvaltningen föreslår kommunstyrelsen
# besluta" (Tranås), "… föreslår att kommunfullmäktige beslutar följande".
_FORSLAG_LEAD = re.compile(r"\bföreslå[rs]?\b.*\bbesluta[r]?\b.*$", re.IGNORECASE)
SEND_HEADINGS = (
    "beslut skickas till",
    "beslutet skickas till",
    "beslut sänds till",
    "beslutet sänds till",
    "beslutet ska skickas till",
    "beslut expedieras till",
    "beslutet expedieras till",
    "expedieras till",
    "expedieras",
    "skickas till",
    "kopia av beslut till",
    "kopia till",
    "sändlista",
    "expediering",
)
BILAGOR_HEADINGS = ("bilagor", "bilaga", "bilagor till tjänsteskrivelsen")
# Lines of the letterhead ksdesk writes itself, or that only say where on paper text stands.
_KIND_WORD = re.compile(r"^(tjänsteskrivelse|tjänsteutlåtande|tjänsteyttrande)\b\s*(.*)$", re.I)
# Kinds that are also words of a title ("Yttrande över motion …", "Utlåtande om …"): the kind
# only alone or before a number or a name ("YTTRANDE 1(3)", "Utlåtande 2008:182 RI", "PM
# Rotel I+IV"), never before a word in lower case.
_KIND_BEFORE_NUMBER = re.compile(
    r"^((?i:tjänstemannaförslag|utlåtande|yttrande|promemoria|pm|missiv))(?:\s+([\dA-ZÅÄÖ].*))?$"
)
_PAGE = re.compile(
    r"^((sida|sid\.?)\s+)?\d+\s*(\(\s*\d+\s*\)|av\s+\d+|/\s*\d+)$", re.IGNORECASE
)  # "1 (2)", "Sida 1 av 2", "SID 1/2"
_TEMPLATE_CODE = re.compile(r"^[A-ZÅÄÖ]{2,6}\d{2,6},\s*v\d", re.IGNORECASE)  # "UBK1005, v2.0, …"
_ADDRESS = re.compile(r"^(postadress|besöksadress|telefon växel|org\.?\s*nr)\b", re.IGNORECASE)
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
_PHONE = re.compile(r"^(\+46\s?|0)[\d\s-]{4,14}\d$|^\d{5}$")  # "0240-867 93", an extension "86656"
_ORGAN = re.compile(
    r"^((kommun|region|landstings)?fullmäktige|.*(nämnden|styrelsen|utskottet))$", re.IGNORECASE
)
# A year or a preposition inside the name: a title naming the nämnd, not the nämnd.
_NOT_IN_ORGAN = re.compile(r"\d|\b(?:för|till|åt|från|om|av|hos|inför)\s", re.IGNORECASE)
_ORGAN_SHORT = re.compile(r"^[A-ZÅÄÖ]{2,5}$")  # "KS", "KFN": the organ as the diarium names it
_BULLET = re.compile(r"^\s*[-–•·*\uf0b7\uf0a7\uf02d\u25aa\u25cf]\s*")
_TYPED_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.)]\s+")


# Headings of the att-satser that do not say "förslag till".
FORSLAG_PLAIN = ("beslutsförslag", "förslag", "förvaltningens förslag", "förslag till yttrande")


def forslag_group(heading: str) -> str | None:
    """None when `heading` does not start att-satser; else who decides the ones under it:
    "fullmäktige", the organ the heading names as written ("Förslag till beslut i
    byggnadsnämnden" → "Byggnadsnämnden": in the AU's papers the nämnd decides, not the AU),
    "kommunstyrelsen" (the organ the ärende goes to, named in words that are no organ's
    name) or "" (not said)."""
    said = key(heading)
    if said in FORSLAG_PLAIN:
        return ""
    if not _FORSLAG_HEADING.search(said) or len(said) > 120:
        return None
    start = said.rfind("förslag till") + len("förslag till")
    after = said[start:]
    if "fullmäktige" in after:
        return "fullmäktige"
    organ = after.removeprefix(" beslut").strip()
    if not organ or organ.startswith(("för ", "till ")):
        return ""
    # As written ("i nämnden för Kultur & Fritid"): key() keeps every place but the case.
    named = " ".join(heading.split()).rstrip(":").strip()[start:].strip()
    if named.lower().startswith("beslut"):
        named = named[len("beslut") :].strip()
    if named.lower().startswith("i "):
        named = named[2:].strip()
    if not _NAMED_ORGAN.search(named.lower()) or len(named.split()) > 8:
        return "kommunstyrelsen"  # the organ the ärende goes to, not said which
    return named[:1].upper() + named[1:]


# The organ a heading over att-satser names ("i byggnadsnämnden", "i nämnden för Kultur &
# Fritid", "i kommunstyrelsens arbetsutskott"): it decides them, stored as named.
_NAMED_ORGAN = re.compile(r"(nämnden|styrelsen|utskottet|(nämndens|styrelsens) \w*utskott)\b")


# "Socialnämndens beslut" under "Beslutsförslag" (Österåker): who decides the att-satser under
# it, a sub-heading of its own.
_ORGAN_DECIDES = re.compile(
    r"^(?P<organ>\S*(nämndens|styrelsens|utskottets|fullmäktiges))\s+beslut\s*:?$", re.IGNORECASE
)


def organ_decides(text: str) -> str | None:
    """ "Socialnämndens beslut" → "kommunstyrelsen" (the organ itself, as the heading
    "Förslag till beslut kommunstyrelsen" names it), "Kommunfullmäktiges beslut" →
    "fullmäktige"; None for other lines."""
    match = _ORGAN_DECIDES.match(" ".join(text.split()))
    if match is None:
        return None
    return "fullmäktige" if "fullmäktige" in match.group("organ").lower() else "kommunstyrelsen"


# A line drawn with underscores or dashes, over "Expedieras" (Österåker): no text.
_RULE = re.compile(r"^[_\-–—]{3,}$")


def is_rule(text: str) -> bool:
    return bool(_RULE.match(text.strip()))


def forslag_lead(text: str) -> bool:
    """A sentence that leads into "att"-satser ("… föreslår kommunstyrelsen besluta", "…
    föreslår att kommunstyrelsen beslutar följande.")."""
    flat = " ".join(text.split()).rstrip(":.")
    return (
        len(flat) <= 160
        and bool(_FORSLAG_LEAD.search(flat))
        and flat.endswith(("besluta", "beslutar", "följande", "beslutar följande", "besluta att"))
    )


def lead_group(text: str) -> str | None:
    """Who decides the att-satser a lead-in names: "fullmäktige" for "Kommunstyrelsen
    föreslår kommunfullmäktige besluta följande", as the heading "Förslag till beslut
    fullmäktige" says it; None when it does not name fullmäktige."""
    flat = " ".join(text.split()).lower()
    asked = _FULLMAKTIGE.search(flat[: flat.rfind("besluta")])  # not "fullmäktiges presidium"
    return "fullmäktige" if asked else None


_FULLMAKTIGE = re.compile(r"\b(kommun|region|landstings)?fullmäktige\b(?!s)")


def lead_heading(lead: str) -> str | None:
    """The heading a paragraph's bold first words are when they name a part ("Bakgrund."
    → "Bakgrund", "Förslag till beslut:"), None for other words in bold."""
    heading = lead.rstrip(" .:–-")
    named = (
        known_section(heading)
        or (len(heading) <= 80 and forslag_group(heading) is not None)
        or is_send_heading(heading)
        or is_bilagor_heading(heading)
    )
    return heading if named and heading else None


def is_send_heading(text: str) -> bool:
    return key(text) in SEND_HEADINGS


def is_signature_heading(text: str) -> bool:
    """ "Underskrifter" over the signatures: ksdesk prints them under the text itself."""
    return key(text) in ("underskrifter", "underskrift")


def letterhead_label_too(text: str) -> bool:
    """ "Expediering": a send heading a template also prints as a label in its letterhead
    (over "TN"), so it does not tell where the body starts."""
    return key(text) == "expediering"


def send_inline(text: str) -> list[str] | None:
    """ "Kopia av beslut till: Kommunstyrelsen": the recipients after the heading, or None."""
    head, colon, rest = text.partition(":")
    if not colon or key(head) not in SEND_HEADINGS or not rest.strip():
        return None
    return recipients(rest)


def is_bilagor_heading(text: str) -> bool:
    return key(text) in BILAGOR_HEADINGS


def bilagor_inline(text: str) -> str | None:
    """ "Bilagor: Delårsbokslut 2 …": the bilagor named after the heading, or None."""
    head, colon, rest = text.partition(":")
    return rest.strip() if colon and key(head) in BILAGOR_HEADINGS and rest.strip() else None


def kind_word(text: str) -> tuple[str, str] | None:
    """ "Tjänsteskrivelse KS" → ("Tjänsteskrivelse", "KS"): the document's kind, and what
    follows it on the line; None when the line does not start with it."""
    flat = " ".join(text.split())
    match = _KIND_WORD.match(flat) or _KIND_BEFORE_NUMBER.match(flat)
    return (match.group(1), match.group(2) or "") if match else None


def boilerplate(text: str) -> str:
    """Why a letterhead line is not the tjänsteskrivelse's content ("" when it may be)."""
    flat = " ".join(text.split())
    if _PAGE.match(flat):
        return "sidnummer"
    if _TEMPLATE_CODE.match(flat):
        return "mallens beteckning"
    if _ADDRESS.match(flat):
        return "kommunens adressrad"
    if _PLACEHOLDER.match(flat):
        return "mallens platshållare, inte ifylld"
    return ""


# A template's field not filled in: "[Mötesdatum]", "[Dokument-ID]", "<Datum>".
_PLACEHOLDER = re.compile(r"^(\[[^\]]{1,40}\]|<[^>]{1,40}>)$")


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


def is_phone(text: str) -> bool:
    return bool(_PHONE.match(text.strip()))


def is_organ(text: str) -> bool:
    """ "Kommunstyrelsen", "Till Barn- och utbildningsnämnden"; not a title that names the
    nämnd after a word such as "för" or a year ("Årsredovisning 2024 för kommunstyrelsen",
    walk29: read as the Mottagare, the title was lost)."""
    flat = " ".join(text.split())
    inner = flat[5:] if flat.lower().startswith("till ") else flat
    return len(flat.split()) <= 5 and bool(_ORGAN.match(flat)) and not _NOT_IN_ORGAN.search(inner)


def addressee(organ: str) -> str:
    """The organ a letterhead addresses ("Till Utbildningsnämnden" → "Utbildningsnämnden")."""
    flat = " ".join(organ.split())
    return flat[5:] if flat.lower().startswith("till ") else flat


def organ_short(text: str) -> bool:
    """ "KS", "KFN": an organ as the diarium abbreviates it (only after the document's kind:
    alone, "ADM" in a letterhead is any unit's code)."""
    return bool(_ORGAN_SHORT.match(text.strip()))


def ends_forslag(text: str) -> bool:
    """ "Föredragande borgarrådet Sten Nordin anför följande.": the line after the att-satser
    that hands over to the motivation; text, not an att-sats."""
    flat = " ".join(text.split())
    return len(flat) <= 160 and bool(_SPEAKS.search(flat))


_SPEAKS = re.compile(r"\banför\s+följande\s*[.:]?$", re.IGNORECASE)


def unbulleted(text: str) -> str:
    """The line without a typed bullet ("- ", "• ", Word's Symbol bullet U+F0B7)."""
    return _BULLET.sub("", text, count=1).strip()


def typed_number(text: str) -> tuple[str, str]:
    """ "2. Kommunstyrelsen fastställer …" → ("2", "Kommunstyrelsen fastställer …")."""
    match = _TYPED_NUMBER.match(text)
    if not match:
        return "", text.strip()
    return match.group(1), text[match.end() :].strip()
