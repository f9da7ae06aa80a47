"""The mark a laptop leaves on a meeting whose texts name someone in its register of
skyddade personuppgifter (step m1809): in team mode the register stays on each laptop, so a
colleague's public check cannot see those persons; the mark, synced with the meeting, makes
every other laptop's public copy refuse (services.skyddade_mark). A mark says who made it,
when and how many hits were found, never whom or what matched.

Stored as JSON on the meeting: {"<login>": {"namn": "Anna Ek", "tid": "...", "traffar": 2}}."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ksdesk.core.team import when_in_text


@dataclass(frozen=True)
class Mark:
    login: str  # the server login of the user whose register found the hits
    name: str  # the name colleagues see ("Anna Ek")
    made: str  # UTC ISO
    hits: int


def parse(text: str) -> dict[str, Mark]:
    """The marks stored on a meeting. A value that cannot be read is taken as a colleague's
    mark, never as no mark: the public copy is refused rather than published unchecked."""
    if not text:
        return {}
    try:
        found = json.loads(text)
        return {
            login: Mark(
                login, str(m.get("namn") or login), str(m.get("tid", "")), int(m["traffar"])
            )
            for login, m in found.items()
        }
    except (ValueError, TypeError, KeyError, AttributeError):
        return {"?": Mark("?", "en kollega", "", 1)}


def dump(marks: dict[str, Mark]) -> str:
    if not marks:
        return ""
    data = {
        login: {"namn": m.name, "tid": m.made, "traffar": m.hits}
        for login, m in sorted(marks.items())
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def genitive(name: str) -> str:
    """ "Anna Eks", "Lars Niklas" (a name ending in s, x or z takes no -s)."""
    return name if name[-1:].lower() in ("s", "x", "z") else f"{name}s"


def refusal(mark: Mark, own: Mark | None = None) -> str:
    """The public check's refusal while `mark` (another user's) stands on the meeting; with
    `own`, this laptop's register names someone in it too, and neither laptop can mask the
    other's persons: the two registers must meet in one before a copy can be made."""
    whose = genitive(mark.name)
    since = f" (markerat {when_in_text(mark.made)})" if mark.made else ""
    if own is not None:
        return (
            f"Sammanträdet nämner personer både i ditt och i {whose} register över skyddade "
            f"personuppgifter{since}, och ingen av er kan maskera den andras. För in "
            f"personerna ur ditt register i {whose} (eller be {mark.name} föra in sina i "
            "ditt) och gör den offentliga kopian på den datorn, där alla maskeras."
        )
    return (
        f"Sammanträdet nämner en person i {whose} register över skyddade personuppgifter"
        f"{since}. Gör den offentliga kopian på {whose} dator: där maskeras personen, här "
        "syns hen inte i registret."
    )
