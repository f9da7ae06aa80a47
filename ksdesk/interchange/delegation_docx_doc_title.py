"""The document's title when a cover sets it on two lines: the organ in the title style and the
kind of document under it (Södra Roslagens miljö- och hälsoskyddsnämnd's cover: "Södra
Roslagens miljö- och hälsoskyddsnämnds" / "Delegationsordning"), the kind over the organ
("Delegationsordning" / "för socialnämnden", "Delegationsförteckning" / "SOCIAL- OCH
ARBETSMARKNADSNÄMND"), a title broken after "för" ("Delegationsordning för" /
"byggnadsnämnden"), or two paragraphs both in the title style.
Read as one title, with a line in the report; a line that does not go on the title is left to
the rest of the reading.

A document may also open with its name in the Normal style, a binder's tab before it ("Flik 3.6
Barn- och utbildningsnämndens delegationsordning"): the first line of the file, when it names
the kind of document, is its title, not the title of the part its first chapters are in."""

from __future__ import annotations

import re

# The kinds of document a delegationsordning calls itself on its cover.
_KIND = re.compile(
    r"^(?:delegations|delegerings)(?:ordning|förteckning|bestämmelser|regler)(?:en)?$",
    re.IGNORECASE,
)
# An organ in the genitive closing the first line ("nämnds", "styrelsens", "kommuns").
_GENITIVE_END = re.compile(r"[a-zåäö]{3,}s$")
# The organ after the kind ("för socialnämnden", "inom kommunstyrelsen").
_ORGAN_AFTER = re.compile(r"^(?:för|inom)\s+\S", re.IGNORECASE)
# The organ's name alone under the kind ("SOCIAL- OCH ARBETSMARKNADSNÄMND").
_ORGAN_NAME = re.compile(
    r"(?:nämnd|nämnden|styrelse|styrelsen|utskott|utskottet|förbund|förbundet)$", re.IGNORECASE
)
_LINE_MAX = 80
# The kind of document inside a line ("Barn- och utbildningsnämndens delegationsordning").
# ("Delegationsordningens syfte", "Allmänt om delegationsordningen" are headings about it.)
_KIND_IN_LINE = re.compile(
    r"(?<!\bom )(?<!\bi )(?<!\btill )(?<!\bav )"
    r"(?:delegations|delegerings)(?:ordning|förteckning|bestämmelser|regler)(?:en)?(?![a-zåäö])",
    re.IGNORECASE,
)
# A second kind of document joined to the title's ("… delegationsordning" / "SAMT
# DELEGATIONSFÖRTECKNING", "och verkställighetsordning").
_AND_KIND = re.compile(
    r"^(?:samt|och)\s+(?:\S+\s+){0,2}(?:delegations|delegerings|verkställighets|besluts)"
    r"(?:ordning|förteckning|bestämmelser|regler)(?:en)?$",
    re.IGNORECASE,
)
# A title broken after a word that cannot end it.
_OPEN_ENDS = {"för", "inom", "i", "och", "samt", "vid"}


def title_goes_on(title: str, line: str, title_style: bool) -> str | None:
    """The whole title when `line`, straight under the title `title`, is the rest of it (in
    the title style too when `title_style`); None when it is not."""
    line = " ".join(line.split())
    if not title or not line or len(line) > _LINE_MAX or line.endswith((".", ":")):
        return None
    words = title.split()
    title_has_kind = any(_KIND.match(word.strip(",")) for word in words)
    if title_style or words[-1].lower() in _OPEN_ENDS:
        return f"{title} {line}"  # "Delegationsordning för" / "byggnadsnämnden"
    if _KIND.match(line) and not title_has_kind and _GENITIVE_END.search(words[-1]):
        return f"{title} {line[0].lower()}{line[1:]}"
    if _KIND.match(title) and _ORGAN_AFTER.match(line):
        return f"{title} {line[0].lower()}{line[1:]}"
    if _KIND.match(title) and _ORGAN_NAME.search(line) and len(line.split()) <= 6:
        return f"{title} {line}"  # as the cover writes the organ, capitals and all
    if title_has_kind and _AND_KIND.match(line):
        return f"{title} {line}"  # "… delegationsordning" / "SAMT DELEGATIONSFÖRTECKNING"
    return None


def names_the_document(line: str) -> bool:
    """True when `line`, the first of the file, is the document's name in ordinary type."""
    line = " ".join(line.split())
    return (
        bool(_KIND_IN_LINE.search(line))
        and len(line) <= _LINE_MAX
        and not line.endswith((".", ":"))
    )


def names_the_list(text: str) -> bool:
    """ "Delegationsförteckning", "3 Delegationsförteckning": a heading that names the list of
    points itself, not a chapter of it."""
    return bool(_KIND.match(re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", " ".join(text.split()))))
