"""Where a text of the meeting names a citizen who raised a medborgarförslag and did not
agree to the name being published (core.motion: Motion.namn_publiceras). The register's
public redovisning already prints "Förslagsställaren (namnet publiceras inte)"; the
kallelse and the protokoll carry the same name in the förslag, the beskrivning, the beslut
and the tjänsteskrivelse that answer the förslag ("Kalle Karlssons förslag om bänkar").
Each such name is a hit of the review; decided "maskera", it is replaced by
"förslagsställaren" ("förslagsställarens" for the genitive).

A name is also looked for written inverted, as a list or a register writes it: "Karlsson,
Kalle" and "KARLSSON, Kalle" (case aside), "Karlsson,Kalle" and "Karlsson Kalle" (a
närvarolista, a sorted list of names), and "Karlsson Berg, Kalle" or "Berg, Kalle Karlsson"
for a name of three words, since the text does not say which words are the surname. So is
the name with its given names as initials, as a närvarolista or a signature writes it:
"K. Karlsson", "Karlsson K.", "Karlsson, K." (with the full stop only); what these find in
real texts is measured by bench/citizen_name_false_alarms.py. A name of three words or more,
with a hyphen or with å, ä, ö is also looked for as texts shorten it (`written_name_forms`:
"Kalle Karlsson" for the author who signed "Kalle Erik Karlsson")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ksdesk.core.motion import Motion
from ksdesk.core.personnummer_masking import mask_personnummer
from ksdesk.core.protected_phones import mask_phones
from ksdesk.core.secret_mentions import neutral_for_each, replace_mentions

NEUTRAL = "förslagsställaren"
_MIN_WORDS = 2  # one word alone ("Kalle") stands in other texts too (core.motion)
# "Anna-Karin", with any dash a text prints; å, ä, ö, é as a system without them writes them
# (an e-mail address too: core.skyddad_person.mail_forms).
_HYPHEN = re.compile(r"[-\u2010-\u2015]")
PLAIN_LETTERS = str.maketrans("åäöéèüÅÄÖÉÈÜ", "aaoeeuAAOEEU")


@dataclass(frozen=True)
class CitizenName:
    """A name that may not be published, as texts write it."""

    # Each form's genitive before it, the name as written last (the review's key is made of
    # it): ("Karlsson, Kalles", "Karlsson, Kalle", "Kalle Karlssons", "Kalle Karlsson").
    forms: tuple[str, ...]
    what: str  # for the review list, without the name: "medborgarförslag KS 2020/12"


def citizen_names(register: list[Motion]) -> list[CitizenName]:
    """The names of the citizens whose medborgarförslag may not carry them in public."""
    names: dict[str, CitizenName] = {}
    for motion in register:
        name = " ".join(motion.av.split())
        if not motion.is_citizen or motion.namn_publiceras or len(name.split()) < _MIN_WORDS:
            continue
        what = f"medborgarförslag {motion.dnr}".strip() if motion.dnr else "ett medborgarförslag"
        names.setdefault(name.lower(), CitizenName(written_name_forms(name), what))
    return list(names.values())


def name_forms(name: str) -> tuple[str, ...]:
    """Every form of `name` a text may write it in (inverted, with initials, each with its
    genitive), the name as written last."""
    forms = [form for inverted in _inverted(name) for form in (f"{inverted}s", inverted)]
    forms += _initialled(name)
    return (*forms, f"{name}s", name)


def written_name_forms(name: str) -> tuple[str, ...]:
    """Every form (`name_forms`) of each way a text may write a name that a register holds
    (the register of skyddade personuppgifter, a medborgarförslag's author), the name as
    registered last. The register holds the name as folkbokförd or as the author signed,
    and a text writes it as people say it: one given name of several ("Kalle Erik Karlsson"
    is "Kalle Karlsson" or "Erik Karlsson" in a tjänsteskrivelse: each word before the last
    with the last, so "Anna Svensson Berg" is "Anna Berg" too; not "Kalle Karlsson" of
    "Kalle Karlsson Berg", which is as likely another person), a hyphenated name with a
    space ("Anna-Karin Öberg" as "Anna Karin Öberg") and å, ä, ö, é without their marks
    ("Oberg", as a system without them writes it). More forms find more for certain: a
    person who shares two of the words is a hit too, as a namesake is (the review shows it;
    a protected person's is masked always). A name of two words without a hyphen or å, ä, ö
    has just its own forms."""
    spaced = " ".join(_HYPHEN.sub(" ", name).split())
    words = spaced.split()
    written = [name, spaced]
    if len(words) > _MIN_WORDS:  # one given name of several
        written += [f"{given} {words[-1]}" for given in words[:-1]]
    written += [each.translate(PLAIN_LETTERS) for each in written]
    whole = name_forms(name)
    others = [form for each in written for form in name_forms(each) if form not in whole]
    return (*dict.fromkeys(others), *whole)


def _inverted(name: str) -> list[str]:
    """The name with the surname first, after a comma and a space, a comma alone or a space:
    for each way of splitting it into given names and a surname ("Kalle Karlsson Berg":
    "Berg, Kalle Karlsson", "Karlsson Berg, Kalle" …)."""
    words = name.split()
    cuts = range(len(words) - 1, 0, -1)
    splits = [(" ".join(words[cut:]), " ".join(words[:cut])) for cut in cuts]
    return [f"{surname}{mark}{given}" for surname, given in splits for mark in (", ", ",", " ")]


def _initialled(name: str) -> list[str]:
    """The given names as initials, before the surname ("K. Karlsson", and its genitive) or
    after it, as a list sorted by surname writes it ("Karlsson K.", "Karlsson, K."); for
    each way of splitting the name, and two initials also written together ("K.A. Berg").
    Only with the full stop: "Karlsson K" is as likely the start of "Karlsson Kommun"."""
    words = name.split()
    forms = []
    for cut in range(len(words) - 1, 0, -1):
        surname, given = " ".join(words[cut:]), words[:cut]
        initials = [f"{word[0]}." for word in given]
        for written in dict.fromkeys((" ".join(initials), "".join(initials))):
            straight = f"{written} {surname}"
            forms += [f"{straight}s", straight, f"{surname} {written}", f"{surname}, {written}"]
    return forms


def public_register_text(
    names: list[CitizenName],
    secrets: Sequence[tuple[tuple[str, ...], str]] = (),
    protected: Sequence[dict[str, str]] = (),
    phones: tuple[str, ...] = (),
) -> Callable[[str], str]:
    """How a public list made from ksdesk's registers (Uppföljning av beslut, the
    redovisning of motioner) prints each of its texts: every personnummer masked, each of
    `names` as "förslagsställaren" and each secret title of `secrets` (forms, neutral words:
    core.secret_mentions.titles_anywhere) as its neutral words. Such a list spans meetings
    and belongs to no review, so it leaves them out itself: an uppdrag "Svara Kalle Karlsson
    om bollkorgen", an ärende titled after the citizen and sent back, or an uppdrag of an
    earlier meeting naming its secret ärende would otherwise print the name or the title.
    `protected`: each person with skyddade personuppgifter, form → what is printed instead
    (core.skyddad_person.ProtectedForms.replacements), replaced last: it wins where a
    citizen's name is also a protected person's; `phones`, their phone numbers
    (core.protected_phones)."""
    replacements: dict[str, str] = {}
    for forms, neutral in secrets:
        replacements |= dict.fromkeys(forms, neutral)
    for name in names:
        replacements |= neutral_for_each(name.forms, NEUTRAL)
    for replaced in protected:
        replacements |= replaced

    def shown(text: str) -> str:
        text = mask_phones(text, phones) if phones else text
        return mask_personnummer(replace_mentions(text, replacements) if replacements else text)

    return shown
