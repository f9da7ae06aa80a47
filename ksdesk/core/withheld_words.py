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
there, and the secretary masks or keeps it."""

from __future__ import annotations

from dataclasses import dataclass

from ksdesk.core.secret_mentions import mentions, names_any, replace_mentions

NAME = "namn"
SECRET = "sekretess"
# What the refusal says it found (the words themselves are never printed or logged).
KIND_TEXTS = {
    NAME: "namnet på en förslagsställare som inte har samtyckt till publicering",
    SECRET: "rubriken på ett sekretessmarkerat ärende eller en sekretessmarkerad bilaga",
}
# How a finding names what it found, in the list of places ("… i sida 3 (text)").
SHOWN = {NAME: "ett förslagsställarnamn", SECRET: "en sekretessmarkerad rubrik"}
# What a refusal's page heading prints in place of such words.
_HIDDEN = {NAME: "[namn]", SECRET: "[sekretess]"}


@dataclass(frozen=True)
class WithheldWords:
    """The forms of each name and title a public output may not hold."""

    names: tuple[tuple[str, ...], ...] = ()
    titles: tuple[tuple[str, ...], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.names or self.titles)

    def kinds_in(self, text: str) -> list[str]:
        """Which kinds of withheld words `text` holds (NAME, SECRET), each once."""
        if not text or not self:
            return []
        kinds = []
        if names_any(text, _flat(self.names)):
            kinds.append(NAME)
        if names_any(text, _flat(self.titles)):
            kinds.append(SECRET)
        return kinds

    def hidden(self, text: str) -> str:
        """`text` with each withheld word replaced by a mark of its kind: a refusal may quote
        a page's running header, which may hold the very words it refuses."""
        if not text or not self:
            return text
        marks = {form: _HIDDEN[NAME] for forms in self.names for form in forms}
        marks |= {form: _HIDDEN[SECRET] for forms in self.titles for form in forms}
        return replace_mentions(text, marks)


def withheld_words(
    names: list[tuple[str, ...]], titles: list[tuple[str, ...]], printed_titles: list[str]
) -> WithheldWords:
    """The list for one public copy. `names`: the forms of each name not kept; `titles`: the
    forms of each secret title not kept; `printed_titles`: what the copy prints in its own
    right (the organ's name and standard items), whose words no title tested may be part
    of."""
    printed = [" ".join(t.split()) for t in printed_titles if t and t.strip()]
    tested = []
    for forms in titles:
        safe = tuple(form for form in forms if not _within_any(form, printed))
        if safe:
            tested.append(safe)
    return WithheldWords(tuple(tuple(f) for f in names if f), tuple(tested))


def _flat(groups: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return tuple(form for forms in groups for form in forms)


def _within_any(form: str, printed: list[str]) -> bool:
    return any(mentions(title, (form,)) for title in printed)


def kinds_text(kinds: list[str]) -> str:
    """ "namnet på en förslagsställare …" or both kinds joined with "och"."""
    return " och ".join(KIND_TEXTS[kind] for kind in kinds)
