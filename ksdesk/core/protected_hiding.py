"""A review hit's context without a protected person in it, not even in part.

A context is a cut of its text around the hit. Masking the cut leaves a name cut at its
edge ("…ssica Hedl", or "Hedlund" without the given name: no form the review looks for)
in plain view. So every registered form is hidden in the whole text first, by characters
of the same length (the spans of every hit stay where they were), the text is cut, and
what is left of each hidden run is shown as the words the public copy prints instead,
as a personnummer is masked whole before the cut (services.public_mentions)."""

from __future__ import annotations

import re

from ksdesk.core.protected_phones import PHONE_NEUTRAL, phone_spans
from ksdesk.core.secret_mentions import mentions, names_any
from ksdesk.core.skyddad_person import ADDRESS_NEUTRAL, NAME_NEUTRAL, ProtectedForms

# One private-use character for each kind of words printed instead (never in a real text).
_MARKS = {"name": "\ue000", "genitive": "\ue001", "address": "\ue002", "phone": "\ue003"}
_RUN = re.compile("([\ue000-\ue003])\\1*")
_WORDS = {
    _MARKS["name"]: NAME_NEUTRAL,
    _MARKS["genitive"]: f"{NAME_NEUTRAL}s",
    _MARKS["address"]: ADDRESS_NEUTRAL,
    _MARKS["phone"]: PHONE_NEUTRAL,
}


def hidden(
    text: str, people: list[ProtectedForms], *, line: bool = False, into: str | None = None
) -> str:
    """`into` (`text` if not given; a text of the same length, such as `text` with its
    personnummer masked) with every registered form `text` holds overwritten by marks of
    its length; `line`: the text is a phone field (core.protected_phones)."""
    into = text if into is None else into
    if not people or not text:
        return into
    forms = tuple(form for person in people for form in person.forms)
    phones = tuple(phone for person in people for phone in person.phones)
    spans = [(s, e, _MARKS["phone"]) for s, e in phone_spans(text, phones, phone_line=line)]
    if names_any(text, forms):
        for person in people:
            if not names_any(text, person.forms):
                continue  # one pattern for the person's forms: most name nobody here
            # Shorter first, so that a longer form over the same place marks it last.
            for form in sorted(person.forms, key=len):
                mark = _mark(form, person.replacements[form], person)
                spans += [(s, e, mark) for s, e in mentions(text, (form,))]
    chars = list(into)
    for start, end, mark in spans:
        chars[start:end] = mark * (end - start)
    return "".join(chars)


def shown(context: str) -> str:
    """`context` cut from a hidden text with each run of marks (whole or cut) as the words
    the public copy prints instead."""
    words = _RUN.sub(lambda found: _WORDS[found.group(1)], context)
    # A text that starts with the person starts a sentence with the words too.
    return words[:1].upper() + words[1:] if context[:1] in _WORDS else words


def _mark(form: str, words: str, person: ProtectedForms) -> str:
    """The mark of the words `form` is printed as."""
    if form in person.addresses:
        return _MARKS["address"]
    return _MARKS["genitive"] if words.endswith("s") else _MARKS["name"]
