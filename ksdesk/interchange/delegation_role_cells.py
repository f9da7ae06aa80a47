"""The roles of a Delegat or Ersättare cell, as real delegationsordningar write them.

A cell is split into roles only on real separators: line breaks, ";", a list letter ("a) …" /
"b) …"), and a comma between roles ("Kommundirektör, ekonomichef", "KD, EC": each part is a
role by its ending, -chef, -direktör, ordförande …, or is an abbreviation). A substitute may
stand in the delegate's cell ("Ersättare: X", "Kommunchef (ersättare X)", "Kommundirektör,
ersättare X", "Vid förfall: X": delegation_substitutes). A sentence in it
("vid förfall för ordföranden …") is a condition, not a delegate, and goes to Anmärkning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ksdesk.interchange.delegation_cells import join_hyphens
from ksdesk.interchange.delegation_substitutes import (
    DASH_BEFORE_SUBSTITUTE,
    SUBSTITUTE_AFTER,
    SUBSTITUTE_AFTER_COMMA,
    substitute_line,
)

_CONDITION_STARTS = (
    "vid ",
    "om ",
    "i samråd",
    "efter samråd",
    "efter hörande",
    "dock ",
    "gäller ",
    "under förutsättning",
    "inom ramen",
    "upp till",
    "högst",
    "max ",
    "max.",
    "endast",
    "enligt ",
    "då ",
    "när ",
    "beslut ",
    "avser ",
    "anm",
    "obs",
    "(",
)
_VERBS = {
    "får",
    "ska",
    "skall",
    "beslutar",
    "besluta",
    "beslutas",
    "har",
    "är",
    "kan",
    "gäller",
    "avser",
    "sker",
    "anmäls",
    "anmälas",
    "krävs",
    "fattas",
    "träder",
    "överstiger",
    "understiger",
    "överstigande",
}
# Role abbreviations that a comma may separate ("KSO, KD") and that end in a full stop without
# ending a sentence ("Ordf.").
ROLE_ABBREVIATIONS = {
    "ordf",
    "ordf.",
    "vice ordf.",
    "v ordf",
    "v. ordf.",
    "1:e vice ordf.",
    "2:e vice ordf.",
    "kso",
    "ksau",
    "au",
    "kd",
    "kdir",
    "kc",
    "ekc",
    "ekch",
    "ek.chef",
    "persch",
    "hr-chef",
    "fc",
    "förvc",
    "förv.chef",
    "avdc",
    "ec",
    "sekr.",
    "kommunsekr.",
}


# A part after a comma ending so ("upphandlingschef", "Delegaten i …") is a role of its own.
_ROLE_ENDINGS = (
    "chef",
    "chefen",
    "direktör",
    "direktören",
    "sekreterare",
    "sekreteraren",
    "ordförande",
    "ordföranden",
    "handläggare",
    "handläggaren",
    "delegat",
    "delegaten",
    "jurist",
    "juristen",
    "arkivarie",
    "arkivarien",
    "controller",
    "samordnare",
    "samordnaren",
    "strateg",
    "strategen",
    "inspektör",
    "inspektören",
    "utskott",
    "utskottet",
    "ingenjör",
    "ingenjören",
    "arkitekt",
    "arkitekten",
    "planerare",
    "planeraren",
    "assistent",
    "assistenten",
    "administratör",
    "administratören",
    "rektor",
    "rektorn",
    "konsulent",
    "konsulenten",
    "registrator",
    "registratorn",
    "ekonom",
    "ekonomen",
    "kassör",
    "kassören",
    "delegat",
    "ledamot",
)
# A role in capitals or with capitals inside: "KD", "KSAU", "ECstf", "AvdC".
_ABBREVIATION = re.compile(r"^(?=(?:.*[A-ZÅÄÖ]){2})[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,7}\.?$")
# "a) Kommunens upphandlingschef" / "b) Respektive delegat": a point split into a) and b).
_LIST_LETTER = re.compile(r"^[a-zåäö]\)\s")


@dataclass
class RoleCell:
    roles: list[str] = field(default_factory=list)
    condition: str = ""  # text of the cell that is no role, for Anmärkning
    substitutes: list[str] = field(default_factory=list)  # "Ersättare: …" in a Delegat cell


def split_roles(text: str) -> RoleCell:
    """The roles of a Delegat or Ersättare cell, and what in it is a condition."""
    result = RoleCell()
    condition: list[str] = []
    for raw in re.split(r"[\n;]", _join_wrapped(text)):
        # A role in a bulleted list ("- Kommunchef", "• Ekonomichef") is the role alone.
        line = re.sub(r"^[-–•·]\s+", "", " ".join(raw.split()))
        if not line:
            continue
        line = DASH_BEFORE_SUBSTITUTE.sub(", ", line)
        substitute = substitute_line(line, bool(result.roles), is_role)
        after = None if substitute or condition else SUBSTITUTE_AFTER.match(line)
        if substitute and not condition:
            result.substitutes += _comma_separated(substitute)[0]
            continue
        if after:
            line = after.group(1)
            result.substitutes += _comma_separated(after.group(2).strip())[0]
        if condition or (_is_condition(line) and not _is_role_abbreviation(line)):
            condition.append(line)
        elif (
            result.roles
            and not _LIST_LETTER.match(line)
            and (line[:1].islower() or _open_ended(result.roles[-1]))
        ):
            # A role cut by a line or page break goes on ("… eller" / "styrelsens 2:e …").
            result.roles[-1] = f"{result.roles[-1]} {line}"
        else:
            roles, substitutes = _comma_separated(line)
            result.roles += roles
            result.substitutes += substitutes
    result.condition = " ".join(condition)
    return result


def _join_wrapped(text: str) -> str:
    """Lines a PDF conversion broke where the cell wrapped them: after a comma the roles go
    on ("förvaltningschef KLF," / "förvaltningschef SBF"), and so does a line in lower case
    that is no condition of its own ("… ordförande, i andra" / "hand nämndens 1:a vice …")."""
    lines: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        before = lines[-1].rstrip() if lines else ""
        lower = stripped[:1].islower() and not _LIST_LETTER.match(stripped)
        goes_on = before.endswith(",") or (
            lower and before[-1:].isalnum() and not _is_condition(stripped)
        )
        if lines and stripped and goes_on:
            lines[-1] = f"{before} {stripped}"
        else:
            lines.append(line)
    return "\n".join(lines)


def _is_condition(line: str) -> bool:
    lowered = line.lower()
    if lowered.startswith(("var och en ", "respektive ")):
        return False  # who decides, each in their own area: the Delegat, full stop or not
    words = re.findall(r"[^\W\d_]+", lowered)
    verb = any(w in _VERBS for w in words)
    return lowered.startswith(_CONDITION_STARTS) or verb or (line.endswith(".") and len(words) >= 4)


def _is_role_abbreviation(line: str) -> bool:
    # "vice ordf" as "vice ordf.": the full stop of an abbreviation is often left out.
    return line.lower() in ROLE_ABBREVIATIONS or f"{line.lower()}." in ROLE_ABBREVIATIONS


def _open_ended(role: str) -> bool:
    return role.endswith((" eller", " och", ",", " samt", "/"))


def _comma_separated(line: str) -> tuple[list[str], list[str]]:
    """(roles, substitutes) of a line with commas: split where every part is a role; a part
    that names the substitute ("ersättare X", "i andra hand X") and those after it are the
    substitutes. Otherwise the line is one role ("Chef för kansliet, kommunledningskontoret")."""
    parts = [p.strip() for p in line.split(",")]
    if len(parts) < 2 or not all(parts):
        return [line], []
    marked = next((i for i, p in enumerate(parts) if SUBSTITUTE_AFTER_COMMA.match(p)), None)
    roles, rest = (parts, []) if marked is None or marked == 0 else (parts[:marked], parts[marked:])
    if rest:
        rest[0] = SUBSTITUTE_AFTER_COMMA.match(rest[0]).group(1)  # type: ignore[union-attr]
    if all(is_role(p) for p in roles + rest):
        return roles, rest
    if rest and len(roles) == 1:
        return roles, [", ".join(rest)]
    return [line], []


def is_role(text: str) -> bool:
    """A role's name, not a condition or a place: ends like a role, or is an abbreviation
    ("a) Kommunens upphandlingschef" is a role after its list letter)."""
    text = _LIST_LETTER.sub("", text)
    words = text.split()
    if not words or _is_condition(text):
        return False
    if _is_role_abbreviation(text):
        return True
    if any(w.lower().endswith(_ROLE_ENDINGS) for w in (words[-1], *words[:2])):
        return True
    return all(_ABBREVIATION.match(w) or w.lower() in ROLE_ABBREVIATIONS for w in words)


def merge_roles(before: list[str], more: list[str], joined: list[str] | None = None) -> list[str]:
    """A role cut by a page break goes on in lower case ("… eller" / "styrelsens 2:e …"), and
    a word hyphenated there is joined ("Mark- och exploa-" / "teringschefen"; the joined
    words are added to `joined`)."""
    merged = list(before)
    for index, role in enumerate(more):
        # Only the cell's first role can go on from the role before it (the roles of one
        # cell are already split apart: "Kommundirektör, kanslichef" stays two).
        open_ended = bool(merged) and merged[-1].endswith((" eller", " och", ","))
        if index == 0 and merged and (role[:1].islower() or open_ended):
            text, words = join_hyphens(f"{merged[-1]}\n{role}")
            merged[-1] = text.replace("\n", " ")
            if joined is not None:
                joined += words
        else:
            merged.append(role)
    return merged


def split_pair(text: str) -> tuple[str, str]:
    """(delegates, substitutes) of a cell under "Delegat/Ersättare": on each line the role
    before a slash or brackets is the delegate, the rest the substitute ("Kommundirektör /
    ekonomichef", "Kommunchef (ekonomichef)")."""
    delegates, substitutes = [], []
    for line in text.split("\n"):
        bracket = re.match(r"^(.*\S)\s*\(([^)]+)\)$", line.strip())
        # Not the slash of a word cut short: "Miljö-/byggchef" is one role.
        head, *rest = re.split(r"(?<!-)\s*/\s*", line.strip())
        if bracket and not rest:
            head, rest = bracket.group(1), [bracket.group(2)]
        delegates.append(head)
        substitutes += rest
    return "\n".join(d for d in delegates if d), "\n".join(s for s in substitutes if s)
