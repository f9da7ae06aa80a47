"""A votering in words, as kommuner print it in the protokoll: what ja and nej stood for, the
count, and the result ("Omröstningsresultat: Med 3 ja-röster mot 1 nej-röst beslutar
kommunstyrelsen enligt förvaltningens förslag."), with the ordförande's utslagsröst at a tie."""

from __future__ import annotations

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


def votering_text(votering: Votering, organ_name: str, chair: str = "") -> list[str]:
    """ "Ja-röst för förvaltningens förslag. Nej-röst för …" then the result as kommuner
    write it: "Omröstningsresultat: Med 3 ja-röster mot 1 nej-röst beslutar kommunstyrelsen
    enligt förvaltningens förslag" (the organ's name in lower case inside the sentence).
    Those who abstained are named only when there are any. The ja and nej texts name the
    proposals ("förvaltningens förslag", "Roland Johanssons yrkande")."""
    totals = votering.totals
    lines = ["Votering begärs och verkställs."]
    if votering.ja_text or votering.nej_text:
        lines.append(
            f"Ja-röst för {votering.ja_text.strip().rstrip('.')}. "
            f"Nej-röst för {votering.nej_text.strip().rstrip('.')}."
        )
    counted = f"{_votes(totals['ja'], 'ja')} mot {_votes(totals['nej'], 'nej')}"
    if totals["avstår"]:
        counted += f" och {totals['avstår']} som avstår"
    outcome = votering_outcome(votering, chair)
    chosen = _proposal(votering.ja_text if outcome == "ja" else votering.nej_text)
    if not (outcome and chosen):
        lines.append(f"Omröstningsresultat: {counted}.")
    elif totals["ja"] == totals["nej"]:
        lines.append(
            f"Omröstningsresultat: {counted}. Vid lika röstetal har ordföranden utslagsröst. "
            f"{organ_name} beslutar enligt {chosen}."
        )
    else:
        organ = organ_in_running_text(organ_name)
        lines.append(f"Omröstningsresultat: Med {counted} beslutar {organ} enligt {chosen}.")
    return lines


def _proposal(side: str) -> str:
    """What a side voted for, as the result names it: "Ja-röst för bifall till
    förvaltningens förslag" gives "beslutar … enligt förvaltningens förslag"."""
    text = side.strip().rstrip(".")
    return text[len("bifall till ") :] if text.lower().startswith("bifall till ") else text
