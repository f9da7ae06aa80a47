"""A votering in words, as kommuner print it in the protokoll: what ja and nej stood for, the
count, and the result ("Omröstningsresultat: Med 3 ja-röster mot 1 nej-röst beslutar
kommunstyrelsen enligt förvaltningens förslag."), with the ordförande's utslagsröst at a tie."""

from __future__ import annotations

import re

from ksdesk.core.organ import organ_in_running_text
from ksdesk.core.protokoll import Votering


def votering_outcome(votering: Votering, chair: str = "") -> str:
    """ "ja", "nej", or "" when it cannot be told (a tie and the ordförande's vote unknown)."""
    ja, nej = votering.total("ja"), votering.total("nej")
    if ja != nej:
        return "ja" if ja > nej else "nej"
    chair_vote = votering.votes.get(chair, "")
    return chair_vote if chair_vote in ("ja", "nej") else ""


def _votes(count: int, side: str) -> str:
    return f"{count} {side}-röst" if count == 1 else f"{count} {side}-röster"


def votering_text(
    votering: Votering, organ_name: str, chair: str = "", said_before: str = ""
) -> list[str]:
    """ "Ja-röst för förvaltningens förslag. Nej-röst för …" then the result as kommuner
    write it: "Omröstningsresultat: Med 3 ja-röster mot 1 nej-röst beslutar kommunstyrelsen
    enligt förvaltningens förslag" (the organ's name in lower case inside the sentence).
    Those who abstained are named only when there are any. The ja and nej texts name the
    proposals ("förvaltningens förslag", "Roland Johanssons yrkande") or are written as
    Kungsbacka writes them ("Ja-röst innebär att bifalla förvaltningens förslag"); either
    prints once. `said_before`: the § 's propositionsordning and Behandling; when they tell
    of the votering already ("Votering begärs och genomförs.") it is not told twice."""
    totals = votering.totals
    lines = [] if _VOTERING_SAID.search(said_before) else ["Votering begärs och verkställs."]
    ja, nej = _side(votering.ja_text), _side(votering.nej_text)
    if ja or nej:
        lines.append(f"{_side_line('Ja', ja)} {_side_line('Nej', nej)}".strip())
    counted = f"{_votes(totals['ja'], 'ja')} mot {_votes(totals['nej'], 'nej')}"
    if totals["avstår"]:
        counted += f" och {totals['avstår']} som avstår"
    outcome = votering_outcome(votering, chair)
    chosen = _decided(ja if outcome == "ja" else nej)
    if not (outcome and chosen):
        lines.append(f"Omröstningsresultat: {counted}.")
    elif totals["ja"] == totals["nej"]:
        lines.append(
            f"Omröstningsresultat: {counted}. Vid lika röstetal har ordföranden utslagsröst. "
            f"{organ_name} beslutar {chosen}."
        )
    else:
        organ = organ_in_running_text(organ_name)
        lines.append(f"Omröstningsresultat: Med {counted} beslutar {organ} {chosen}.")
    return lines


# "Votering begärs och genomförs." / "… begär votering" in the propositionsordning.
_VOTERING_SAID = re.compile(r"\bvoter(?:ing|a)\b", re.IGNORECASE)
# What a secretary may type before the proposal itself, copying the protokoll's own line:
# "Ja-röst innebär att", "Nej-röst för", "Ja:", "Den som vill … röstar ja" is not handled.
_OPENING = re.compile(
    r"^(?:(?:ja|nej)(?:[- ]?röst(?:en|er)?)?\b\s*(?:(?:innebär|betyder|för)\b|[=:–-])?\s*)?"
    r"(?:att\s+)?",
    re.IGNORECASE,
)
# Infinitives a side may start with: "bifalla förvaltningens förslag", "avslå motionen".
_VERB = re.compile(
    r"^(?:bifalla|avslå|återremittera|bordlägga|anta|godkänna|besluta|avstå|avvakta)\b",
    re.IGNORECASE,
)


# First words written in lower case inside the printed sentence (names keep their capital).
# fmt: off
_LOWER = {
    "bifall", "bifalla", "avslag", "avslå", "återremiss", "återremittera", "bordläggning",
    "bordlägga", "anta", "godkänna", "besluta", "avstå", "avvakta", "förvaltningens",
    "ordförandens", "arbetsutskottets", "utskottets", "nämndens", "kommunstyrelsens",
    "styrelsens", "presidiets", "beredningens", "majoritetens", "oppositionens", "eget", "det",
}
# fmt: on


def _side(text: str) -> str:
    """The proposal a side stands for, without the words the printed line adds itself:
    "Ja-röst innebär att bifalla förvaltningens förslag." gives "bifalla förvaltningens
    förslag"; "Ja-röst för förvaltningens förslag" gives "förvaltningens förslag"."""
    text = " ".join(text.split()).rstrip(".").strip()
    rest = _OPENING.sub("", text, count=1)
    if rest.split(" ", 1)[0].lower() in _LOWER:  # "Förvaltningens förslag" inside a sentence
        rest = rest[0].lower() + rest[1:]
    # "Ja" alone, or "Nej-röst" with nothing after it, names no proposal.
    return rest if rest and rest.lower() not in ("ja", "nej") else ""


def _side_line(side: str, proposal: str) -> str:
    """ "Ja-röst för förvaltningens förslag." or "Ja-röst innebär att bifalla …"."""
    if not proposal:
        return ""
    joined = "innebär att" if _VERB.match(proposal) else "för"
    return f"{side}-röst {joined} {proposal}."


def _decided(proposal: str) -> str:
    """What the organ decided, after "beslutar": "enligt förvaltningens förslag" for
    "förvaltningens förslag", "bifall till …" and "bifalla …"; "att avslå motionen" for
    "avslå motionen"."""
    if not proposal:
        return ""
    lower = proposal.lower()
    for opening in ("bifall till ", "bifalla "):
        if lower.startswith(opening):
            return f"enligt {proposal[len(opening) :]}"
    for opening in ("avslag på ", "avslag till "):
        if lower.startswith(opening):
            return f"att avslå {proposal[len(opening) :]}"
    if _VERB.match(proposal):
        return f"att {proposal}"
    return f"enligt {proposal}"
