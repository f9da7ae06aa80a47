"""Where a text of the meeting names a citizen who raised a medborgarförslag and did not
agree to the name being published (core.motion: Motion.namn_publiceras). The register's
public redovisning already prints "Förslagsställaren (namnet publiceras inte)"; the
kallelse and the protokoll carry the same name in the förslag, the beskrivning, the beslut
and the tjänsteskrivelse that answer the förslag ("Kalle Karlssons förslag om bänkar").
Each such name is a hit of the review; decided "maskera", it is replaced by
"förslagsställaren" ("förslagsställarens" for the genitive)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ksdesk.core.motion import Motion
from ksdesk.core.personnummer import mask_personnummer
from ksdesk.core.secret_mentions import replace_mentions

NEUTRAL = "förslagsställaren"
_MIN_WORDS = 2  # one word alone ("Kalle") stands in other texts too (core.motion)


@dataclass(frozen=True)
class CitizenName:
    """A name that may not be published, as texts write it."""

    # The genitive first ("Kalle Karlssons"), the name last (the review's key for it), and
    # between them the name family name first, as a diarium lists a sender ("Karlsson,
    # Kalle", "Karlsson Kalle").
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
        *given, family = name.split()
        turned = (f"{family}, {' '.join(given)}", f"{family} {' '.join(given)}")
        names.setdefault(name.lower(), CitizenName((f"{name}s", *turned, name), what))
    return list(names.values())


def public_register_text(names: list[CitizenName]) -> Callable[[str], str]:
    """How a public list made from ksdesk's registers (Uppföljning av beslut, the
    redovisning of motioner) prints each of its texts: every personnummer masked, and each
    of `names` as "förslagsställaren". Such a list spans meetings and belongs to no review,
    so it leaves them out itself: an uppdrag "Svara Kalle Karlsson om bollkorgen", or an
    ärende titled after the citizen and sent back, would otherwise print the name."""
    replacements: dict[str, str] = {}
    for name in names:
        genitive, *plain = name.forms
        replacements[genitive] = f"{NEUTRAL}s"
        replacements |= dict.fromkeys(plain, NEUTRAL)

    def shown(text: str) -> str:
        return mask_personnummer(replace_mentions(text, replacements) if replacements else text)

    return shown
