"""The words a public output may not hold, for the last check (services.public_gate): the
name of each citizen whose medborgarförslag has no consent to publication, in every form
the review looks for (core.citizen_mentions), and the title of each secret item and bilaga
(core.secret_mentions). The masking replaces them where the review found them; this list is
what the last check reads the rendered file for, so that a field, an output or a spelling
the masking missed is refused instead of published.

Which titles are tested: the forms the review looks for (two words or more, eight letters
or more: "Yttrande" is in every packet), and of those only the ones that no text the
public copy prints in its own right without the review reading it contains: a secret item
titled as one of the organ's standard items ("Anmälan av delegationsbeslut") would
otherwise refuse every packet of the meeting, since the same words stand there on
purpose. A title the meeting's own texts repeat needs no exception: the review finds it
there, and the secretary masks or keeps it.

A name or title the secretary kept in one text ("behåll": the citizen consented to that
förslag being published with the name) is tested too: it passes only on the pages that
print a text that kept it (services.public_kept), where the rules list its key
(word_key) among that text's kept words, as a kept personnummer passes only there."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from ksdesk.core.contact_data import NEUTRAL as _CONTACT_NEUTRAL
from ksdesk.core.contact_data import mask_contacts, spans_of
from ksdesk.core.protected_phones import PHONE_NEUTRAL as _PHONE_NEUTRAL
from ksdesk.core.protected_phones import mask_phones, phone_spans
from ksdesk.core.secret_mentions import mentions, names_any, replace_mentions

NAME = "namn"
SECRET = "sekretess"
PHONE = "telefon"  # a protected person's phone number (core.protected_phones)
CONTACT = "kontakt"  # a private person's contact data decided "maskera" (core.contact_data)
# What the refusal says it found (the words themselves are never printed or logged).
KIND_TEXTS = {
    NAME: "namnet på en förslagsställare som inte har samtyckt till publicering",
    SECRET: "rubriken på ett sekretessmarkerat ärende eller en sekretessmarkerad bilaga",
    PHONE: "telefonnumret till en person med skyddade personuppgifter",
    CONTACT: (
        "en privatpersons kontaktuppgift (namn, adress, telefon eller e-post) som ska maskeras"
    ),
}
# How a finding names what it found, in the list of places ("… i sida 3 (text)").
SHOWN = {
    NAME: "ett förslagsställarnamn",
    SECRET: "en sekretessmarkerad rubrik",
    PHONE: "ett skyddat telefonnummer",
    CONTACT: "en maskerad kontaktuppgift",
}
# What a refusal's page heading prints in place of such words.
_HIDDEN = {NAME: "[namn]", SECRET: "[sekretess]", PHONE: "[telefon]", CONTACT: "[kontakt]"}


@dataclass(frozen=True)
class WithheldWords:
    """The forms of each name and title a public output may not hold."""

    names: tuple[tuple[str, ...], ...] = ()
    titles: tuple[tuple[str, ...], ...] = ()
    # Kept in some text: (kind, word_key, forms). Withheld wherever that text is not printed.
    kept: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    # The phone numbers of protected persons (core.protected_phones.phone_digits), kept
    # nowhere: found whole anywhere, the extension on a phone line.
    phones: tuple[str, ...] = ()
    # A private person's contact data decided "maskera" (core.contact_data values).
    contacts: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.names or self.titles or self.kept or self.phones or self.contacts)

    def kinds_in(self, text: str) -> list[str]:
        """Which kinds of words kept nowhere `text` holds (NAME, SECRET), each once: a name or
        title kept in some text passes here (a text output cannot tell one text's words from
        another's)."""
        if not text or not (self.names or self.titles or self.phones or self.contacts):
            return []
        kinds = []
        if names_any(text, _flat(self.names)):
            kinds.append(NAME)
        if names_any(text, _flat(self.titles)):
            kinds.append(SECRET)
        if phone_spans(text, self.phones):
            kinds.append(PHONE)
        if spans_of(text, self.contacts):
            kinds.append(CONTACT)
        return kinds

    def found_in(self, text: str) -> list[tuple[str, str]]:
        """(kind, key) for what `text` holds: each kind of words kept nowhere with the key
        "", and each name or title kept somewhere with its word_key (it passes only where
        that key was kept)."""
        found = [(kind, "") for kind in self.kinds_in(text)]
        return found + [(kind, key) for kind, key, forms in self.kept if names_any(text, forms)]

    def hidden(self, text: str) -> str:
        """`text` with each withheld word replaced by a mark of its kind: a refusal may quote
        a page's running header, which may hold the very words it refuses."""
        if not text or not self:
            return text
        marks = {form: _HIDDEN[NAME] for forms in self.names for form in forms}
        marks |= {form: _HIDDEN[SECRET] for forms in self.titles for form in forms}
        marks |= {form: _HIDDEN[kind] for kind, _key, forms in self.kept for form in forms}
        hidden = replace_mentions(text, marks)
        hidden = mask_phones(hidden, self.phones).replace(_PHONE_NEUTRAL, _HIDDEN[PHONE])
        hidden = mask_contacts(hidden, self.contacts)
        for neutral in set(_CONTACT_NEUTRAL.values()):
            hidden = hidden.replace(neutral, _HIDDEN[CONTACT])
        return hidden


def withheld_words(
    names: list[tuple[str, ...]],
    titles: list[tuple[str, ...]],
    printed_titles: list[str],
    kept: Sequence[tuple[str, tuple[str, ...]]] = (),
    phones: Sequence[str] = (),
) -> WithheldWords:
    """The list for one public copy. `names`: the forms of each name kept nowhere; `titles`:
    the forms of each secret title kept nowhere; `printed_titles`: what the copy prints in
    its own right (the organ's name and standard items), whose words no title tested may be
    part of; `kept`: (kind, forms) of each name or title kept in some text, known by
    word_key(kind, forms); `phones`: the protected persons' phone numbers."""
    printed = [" ".join(t.split()) for t in printed_titles if t and t.strip()]
    tested = []
    for forms in titles:
        if safe := _tested(forms, printed):
            tested.append(safe)
    tested_kept = [
        (kind, word_key(kind, forms), safe)
        for kind, forms in kept
        if (safe := forms if kind == NAME else _tested(forms, printed))
    ]
    named = tuple(tuple(f) for f in names if f)
    return WithheldWords(named, tuple(tested), tuple(tested_kept), tuple(phones))


def word_key(kind: str, forms: tuple[str, ...]) -> str:
    """What the rules call a kept name or title (PublicCopyRules.kept_words): a digest, so
    that the words themselves stand in no list of the last check."""
    digest = hashlib.sha256("\x1f".join((kind, *forms)).lower().encode()).hexdigest()
    return f"{kind}:{digest[:16]}"


def _tested(forms: tuple[str, ...], printed: list[str]) -> tuple[str, ...]:
    """The forms of a title that no text printed in its own right contains."""
    return tuple(form for form in forms if not _within_any(form, printed))


def _flat(groups: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return tuple(form for forms in groups for form in forms)


def _within_any(form: str, printed: list[str]) -> bool:
    return any(mentions(title, (form,)) for title in printed)


def kinds_text(kinds: list[str]) -> str:
    """ "namnet på en förslagsställare …" or both kinds joined with "och"."""
    return " och ".join(KIND_TEXTS[kind] for kind in kinds)
