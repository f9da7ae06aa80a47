"""Whose contact data it is (core.contact_data): an organisation's is public. A kommun
prints its address, växel and e-mail in every letterhead and footer, a förvaltning or a
company its own, an official her direct number under her title: each with a word that
says so on the same line or the two lines above ("Ludvika kommun", "Växel", "Besöksadress",
"Org.nr", "AB", "Box 123", "Handläggare", "förvaltningschef", "www."), or an e-mail address
at the organisation's own domain on the line below ("soren.finnstrom@ludvika.se"). A
citizen's letter has none: the sender's name, street, ort, phone and private e-mail.

Only lines above count (and a domain below): a citizen's letter is often addressed to the
nämnd right under the sender's own lines ("771 30 Ludvika" / "Till Barn- och
utbildningsnämnden"), and the nämnd's name must not make the sender's ort a nämnd's."""

from __future__ import annotations

import re

# A provider's name under any country's domain ("gmail.de", "hotmail.co.uk", "live.dk").
_PROVIDER = re.compile(
    r"(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|aol|gmx|protonmail|"
    r"yandex|tutanota|zoho)\.(?:co\.|com\.)?[a-z]{2,3}"
)
# Providers anyone can sign up with: an address there is a person's own, not an
# organisation's (a kommun, a company and a förening write from their own domain).
_FREE_MAIL = """
gmail.com googlemail.com hotmail.com hotmail.se outlook.com outlook.se live.se live.com
    msn.com yahoo.com yahoo.se icloud.com me.com mac.com telia.com bredband.net bredband2.com
    comhem.se spray.se tele2.se glocalnet.net passagen.se home.se swipnet.se protonmail.com
    proton.me aol.com gmx.com gmx.net gmx.de mail.com yandex.com tutanota.com hey.com ownit.se
    bahnhof.se tiscali.se zoho.com fastmail.com"""
FREE_MAIL = frozenset(_FREE_MAIL.split())

# The words that name an organisation itself; the rest of _ORGANISATION says only that an
# organisation is near (an official's title, a hall, a lokal).
_NAMES = (
    r"\w*kommun\w*|\w*förvaltning\w*|\w*nämnd\w*|\w*styrelsen?\b|region\w*|landsting\w*|"
    r"\w*myndighet\w*|\w*verket\b|växel\w*|org\.? ?nr|box\b|www\.|aktiebolag\w*|förening\w*|"
    r"bolaget\b"
)
# A company's form, or a sports club's letters after its name ("Särö Kullavik IF,
# Idrottsgången 2": where a nämnd meets), in capitals only.
_FIRM = r"\b(?:AB|HB|KB|Ab|IF|IK|BK|FK|FF|SK)\b"
# A fastighetsbeteckning ("Prästgården 1:23", "Näsby 4:404"), not a time ("kl 15:00",
# "Fredag 10:00"): the property a matter is about, or an organisation's premises.
_PROPERTY = (
    r"(?<!\w)(?!(?:Kl|Klockan|Måndag|Tisdag|Onsdag|Torsdag|Fredag|Lördag|Söndag)\b)"
    r"[A-ZÅÄÖ][a-zåäö]+ \d+:\d+"
)
# Words that make the contact data beside them an organisation's. Matched at the start of
# a word ("Kommunstyrelsen", "Socialförvaltningen", "Samhällsbyggnadsförvaltningen" by
# their ending too), case-insensitively; AB, HB and KB in capitals only.
_ORGANISATION = re.compile(
    rf"(?i:{_NAMES}|"
    r"länsstyrelse\w*|vxl?\b|org\.?nummer|"
    r"organisationsnummer|orgnr|besöksadress|leveransadress|fakturaadress|"
    r"fax\b|https?:|bankgiro|plusgiro|bg\b|pg\b|handläggare\w*|"
    r"\w*(?:chef|sekreterare|strateg|samordnare|controller|ekonom|direktör|rektor|utredare|"
    r"inspektör|ingenjör|arkitekt|planerare|jurist|registrator|assistent)\b|"
    r"enheten\b|avdelningen\b|kontoret\b|kundtjänst|reception|servicecenter|kontaktcenter|"
    r"stiftelse\w*|församling\w*|koncernen\b|"
    r"\w*(?:skola|skolan|gymnasi\w*|bibliotek\w*|kontor|huset|hallen|salen|rummet|aula)\b|"
    # A business's premises ("Pais konditori, Pålsundsgatan 6" in a miljö matter's title).
    r"\w*(?:konditori|restaurang|pizzeri|café|kafé|bageri|hotell|vandrarhem|kiosk|butik|"
    r"frisör|verkstad|klinik|apotek)\w*|"
    r"(?<!\w)(?:stad|stads|plats)\b|(?<!\w)lokal\w*|(?<!\w)fastighet\w*)"
    rf"|{_PROPERTY}|{_FIRM}"
)
# A form's or a letter's field for its private sender ("Namn: Lisa Andersson", "Klagande:
# Lisa Andersson, Storgatan 12"): what follows it, on its line or the two below, is the
# sender's, whatever the lines above say (the court or nämnd it is sent to).
# A field that dates ("Gäller från: 2023-04-04" in a policy's head, over "Kontakt: … |
# info@kungsbacka.se") says from when, not from whom: no sender's field.
_PARTY = re.compile(
    r"(?i)(?<!\w)(?:namn|klaganden?|sökanden?|avsändare|förslagsställaren?|vårdnadshavare|"
    r"ombud|inlämnat? av|från(?![ \t]*:[ \t]*(?:\d{4}-\d\d-\d\d|\d{1,2} \w+ \d{4})))[ \t]*:"
)
# The writer speaking of herself ("Jag, Maria Lindqvist, bor på …", "Ni når mig på …", "min
# fastighet"): what stands in such a sentence is hers, whatever common noun stands beside it
# (a "plats" she asks for, "lokalerna"), unless it names an organisation itself ("Vi på
# kultur- och fritidsförvaltningen nås på …"). A line of it above is her letter, not a
# letterhead.
# A field of an e-mail's head that is not its sender's: what it names is not the sender's.
OTHER_FIELD = re.compile(
    r"(?i)[ \t|]*(?:till|to|kopia|cc|bcc|hemlig kopia|ämne|subject|skickat|sent|datum|date|"
    r"mottagare)[ \t]*:"
)
# An e-mail's sender field, where an official writes from the kommun's domain too.
_MAIL_FROM = re.compile(r"(?i)(?<!\w)(?:från|from)[ \t]*:")
_MAIL_FROM_WORDS = frozenset({"från", "from"})
_FIRST_PERSON = re.compile(r"(?i)(?<!\w)(?:jag|vi|mig|oss|min|mitt|mina|vår|vårt|våra)(?!\w)")
_NAMED_ORGANISATION = re.compile(rf"(?i:{_NAMES})|{_FIRM}")
# An e-mail address at an organisation's own domain (any but the free providers').
_EMAIL = re.compile(r"[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÅÄÖ])")
_PROSE = 90  # characters: a longer line is a paragraph's, not a letterhead's or a form's
_READ_ABOVE = 600  # characters before the line (and after it), for its lines above (below)
_ABOVE = 2  # lines above the contact data read for a word
_LINE_BEFORE = 120  # characters of its own line before it read (a footer prints one line)


def organisation_near(text: str, start: int, end: int) -> bool:
    """Whether what stands at text[start:end] is an organisation's, by what is around it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, own = _own_sentence(text, start, end)
    if _FIRST_PERSON.search(own) and not _NAMED_ORGANISATION.search(own):
        return False  # "Jag bor på Karbyvägen 12 och söker plats": the writer's own
    if _ORGANISATION.search(own) or _organisation_mail(own):
        return True
    if _PARTY.search(before):
        return False
    if _prose(text[line_start:line_end]):
        return False  # a paragraph's line: its sentence says whose it is, not the lines above
    above = _above(text, line_start)
    if _PARTY.search(above):
        return False
    if _ORGANISATION.search(above) or _organisation_mail(above):
        return True
    below = text[line_end : line_end + _READ_ABOVE].split("\n")
    return _organisation_mail(next((line for line in below if line.strip(" |\t")), ""))


def said_of_oneself(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands in a sentence of the writer's about herself ("Jag bor
    på …", "Ni når mig på …")."""
    return bool(_FIRST_PERSON.search(_own_sentence(text, start, end)[1]))


def _own_sentence(text: str, start: int, end: int) -> tuple[str, str]:
    """(what stands before text[start:end] on its line, and that with what follows it):
    in prose only the sentence it stands in ("Jag skriver till nämnden. Jag bor på …")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = _SENTENCE_END.split(text[max(line_start, start - _LINE_BEFORE) : start])[-1]
    return before, f"{before} {_SENTENCE_END.split(text[end:line_end])[0]}"


def sender_field_near(text: str, start: int) -> bool:
    """Whether a sender's field governs text[start:]: "E-post: lisa@andersson.nu" under
    "Namn: Lisa Andersson", or on a line "Klagande: …" (an address at a domain of one's own
    is no organisation's there)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - _LINE_BEFORE) : start]
    if OTHER_FIELD.match(before):
        return False  # "Till: registrator@ludvika.se" under an e-mail's "Från: …"
    return bool(_PARTY.search(before) or _PARTY.search(_above(text, line_start)))


def persons_own_domain(text: str, start: int, domain: str) -> bool:
    """Whether an address at `domain` (no free provider's) at text[start:] is a person's
    own, where an e-mail's "Från:" gives it: its domain holds her name or the address's
    ("Från: Lisa Andersson <lisa@andersson.nu>"). A kommun's official writes from the
    kommun's domain ("Från: Anna Svensson <anna.svensson@ludvika.se>"), which holds
    neither; under a form's "Namn:" or "Klagande:" any own domain is the sender's."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - _LINE_BEFORE) : start]
    if not _MAIL_FROM.search(before):
        return True
    local = text[start : text.find("@", start)]
    words = re.findall(r"[^\W\d_]{3,}", f"{before} {local}".lower())
    labels = domain.lower().split(".")[:-1]
    return any(word in label for word in words for label in labels if word not in _MAIL_FROM_WORDS)


def free_mail(domain: str) -> bool:
    """An address at a provider anyone can sign up with, in any country ("hotmail.dk",
    "yahoo.co.uk")."""
    domain = domain.lower()
    return domain in FREE_MAIL or bool(_PROVIDER.fullmatch(domain))


def _above(text: str, line_start: int) -> str:
    """The lines above with words in them: a PDF's text reads blank lines between its lines,
    and "|" between the readings of a page (services.public_pdf). A paragraph's line above
    is the body of a letter, not its letterhead."""
    lines = text[max(0, line_start - _READ_ABOVE) : line_start].split("\n")
    worded = [line for line in lines if line.strip(" |\t")]
    return "\n".join(
        line for line in worded[-_ABOVE:] if not _prose(line) and not _FIRST_PERSON.search(line)
    )


def _prose(line: str) -> bool:
    """A paragraph's line: long, or a sentence of five words or more ("Ni når mig på …")."""
    words = line.split()
    return len(line) > _PROSE or (len(words) >= 5 and line.rstrip().endswith((".", "!", "?")))


def _organisation_mail(text: str) -> bool:
    return any(not free_mail(m["domain"]) for m in _EMAIL.finditer(text))


def official_beside(text: str) -> bool:
    """Whether `text`, what stands beside a name on its line (or the line below it), makes
    the name an official's or an organisation's: a title, a förvaltning, an organisation's
    e-mail ("Anna Svensson, handläggare"); in the writer's own sentence only a word that
    names an organisation ("Jag, Maria Lindqvist, söker plats på förskolan" is hers)."""
    if _FIRST_PERSON.search(text):
        return bool(_NAMED_ORGANISATION.search(text))
    return bool(_ORGANISATION.search(text) or _organisation_mail(text))


# A plan or bygg matter: the property's address is the ärende's public subject ("Ansökan om
# bygglov för nybyggnad av enbostadshus på fastigheten Prästgården 1:23, Sjövägen 4").
_MATTER = re.compile(
    r"(?i:(?<!\w)(?:\w*bygglov\w*|rivningslov\w*|marklov\w*|förhandsbesked\w*|"
    r"\w*strandskydd\w*|\w*detaljplan\w*|planbesked\w*|bygganmälan|startbesked\w*|"
    r"slutbesked\w*|nybyggnad\w*|tillbyggnad\w*|ombyggnad\w*|rivning av|fasadändring\w*|"
    r"enbostadshus\w*|fritidshus\w*|attefall\w*|nybyggnadskarta\w*|planområde\w*))"
    rf"|{_PROPERTY}"
)

_ADDRESS_BEFORE = re.compile(r"(?:[^\W\d_][\w .-]* [1-9]\d{0,2}(?: ?[A-H])?)?")


def matter_subject(text: str, start: int, end: int) -> bool:
    """Whether the address at text[start:end] is the property a plan or bygg matter is
    about: its sentence names the matter or a fastighetsbeteckning, or the line right above
    does and the address stands alone on its line (a heading over the address). Not under
    a sender's field ("Sökande: Lisa Berg, Sjövägen 4, 123 45 Ort": her home) nor in the
    writer's own sentence ("Jag bor på …")."""
    line_start = text.rfind("\n", 0, start) + 1
    own = _own_sentence(text, start, end)[1]
    if _FIRST_PERSON.search(own) or sender_field_near(text, start):
        return False
    if _MATTER.search(own):
        return True
    # Alone on its line, or after the street ("Sjövägen 4, 771 30 Ludvika").
    alone = _ADDRESS_BEFORE.fullmatch(text[line_start:start].strip(" \t|,"))
    above = text[max(0, line_start - _READ_ABOVE) : line_start].split("\n")
    worded = [line for line in above if line.strip(" |\t")]
    return bool(alone and worded and _MATTER.search(worded[-1]))
