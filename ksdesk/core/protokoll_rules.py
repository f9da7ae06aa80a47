"""The rules of the protokoll: who tjänstgör in each §, beslutförhet, § numbering through
the calendar year, and the Behandling text built from what was recorded (the justering check
over them is core.justering_check).

Pure functions over core.protokoll dataclasses, used by services, reports and the GUI alike so
that the check on screen and the paper agree."""

from __future__ import annotations

from dataclasses import dataclass

from ksdesk.core.beslut_groups import forslag_text
from ksdesk.core.format import number_runs
from ksdesk.core.meeting import Arende, Sammantrade
from ksdesk.core.protokoll import OTHER_ROLE, Deltagare, Jav, Paragraf, Protokoll, Votering
from ksdesk.core.protokoll_entries import begins_with_verb, yrkande_wording
from ksdesk.core.votering_text import votering_text


@dataclass(frozen=True)
class Tjanstgor:
    """One seat in one §: who sits in it, and for whom an ersättare sits."""

    deltagare: Deltagare
    replaces: str = ""


# ---------------------------------------------------------------------------------------------
# Who signs


def chair_of(meeting: Sammantrade, protokoll: Protokoll) -> str:
    """The ordförande who signs: the meeting's, else the upprop's ordförande present. A
    meeting made without one (`ksdesk meeting create`, an organ with no ordförande set) had
    the protokoll's signature lines printed without a name, the upprop naming her."""
    if meeting.chair_name.strip():
        return meeting.chair_name
    return next((d.name for d in protokoll.upprop if d.role == "ordförande" and d.present), "")


def secretary_of(meeting: Sammantrade, protokoll: Protokoll) -> str:
    """The sekreterare who signs and bestyrker: the meeting's, else the one the upprop
    names among the övriga närvarande ("sekreterare", "nämndsekreterare")."""
    if meeting.secretary_name.strip():
        return meeting.secretary_name
    found = _upprop_secretary(protokoll)
    return found.name if found else ""


def secretary_title_of(meeting: Sammantrade, protokoll: Protokoll) -> str:
    """Her title, from where her name came."""
    found = None if meeting.secretary_name.strip() else _upprop_secretary(protokoll)
    return found.title if found else meeting.secretary_title


def _upprop_secretary(protokoll: Protokoll) -> Deltagare | None:
    return next(
        (
            d
            for d in protokoll.upprop
            if d.role == OTHER_ROLE and d.present and "sekreterare" in d.title.casefold()
        ),
        None,
    )


# ---------------------------------------------------------------------------------------------
# Who tjänstgör


def seats(upprop: list[Deltagare]) -> int:
    """The number of ledamöter of the organ: every ledamot in the upprop, present or not."""
    return sum(1 for a in upprop if a.is_ledamot)


def tjanstgorande(upprop: list[Deltagare], paragraf: Paragraf) -> list[Tjanstgor]:
    """Who tjänstgör in this §: the ledamöter present and not jäviga, then ersättare in the
    seats left empty, named in the upprop (`replaces`) or in a jäv entry."""
    return sitting(upprop, paragraf.nr, paragraf.jav)


def sitting(upprop: list[Deltagare], number: int, jav: list[Jav] = ()) -> list[Tjanstgor]:
    """Who tjänstgör at § `number` (at the upprop: the first §) given the jäv entries.

    A jävig ledamot leaves his own seat; a jävig ersättare leaves the seat he would have
    filled (KL 6 kap. 28 §: the jävig leaves, whoever he is). Either seat may be taken by the
    ersättare the jäv entry names, else by the upprop's ersättare for that ledamot; nobody
    jävig in the § sits in it."""
    javiga = {j.name for j in jav}
    result = [
        Tjanstgor(a)
        for a in upprop
        if a.is_ledamot and a.present_at(number) and a.name not in javiga
    ]
    empty = {a.name for a in upprop if a.is_ledamot} - {t.deltagare.name for t in result}
    seated = {t.deltagare.name for t in result}
    by_name = {a.name: a for a in upprop}
    held = seats_held(upprop, number) if javiga else {}
    for entry in jav:
        seat = held.get(entry.name, entry.name)
        stand_in = by_name.get(entry.ersattare)
        if (
            stand_in is not None
            and seat in empty
            and stand_in.present_at(number)
            and stand_in.name not in seated | javiga
        ):
            result.append(Tjanstgor(stand_in, seat))
            empty.discard(seat)
            seated.add(stand_in.name)
    for a in upprop:
        if (
            a.is_ersattare
            and a.replaces in empty
            and a.present_at(number)
            and a.name not in seated | javiga
        ):
            result.append(Tjanstgor(a, a.replaces))
            empty.discard(a.replaces)
            seated.add(a.name)
    return result


def seats_held(upprop: list[Deltagare], number: int) -> dict[str, str]:
    """Whose seat each person would hold at § `number` were nobody jävig: a ledamot his
    own, an ersättare the ledamot's he replaces. Someone not in it holds no seat."""
    return {t.deltagare.name: t.replaces or t.deltagare.name for t in sitting(upprop, number)}


def is_beslutsfor(upprop: list[Deltagare], paragraf: Paragraf) -> bool:
    """More than half of the ledamöter present; a tjänstgörande ersättare fills the seat of
    the ledamot it replaces."""
    return has_quorum(len(tjanstgorande(upprop, paragraf)), seats(upprop))


def has_quorum(sitting: int, seats: int) -> bool:
    """More than half of the seats filled: a nämnd (KL 6 kap. 27 §) and fullmäktige (KL 5 kap.
    57 §) alike may handle ärenden only then."""
    return sitting * 2 > seats


def quorum(seats: int) -> int:
    """The fewest who must tjänstgöra for `has_quorum`: 31 of 61."""
    return seats // 2 + 1


def present_names(upprop: list[Deltagare], number: int) -> set[str]:
    return {a.name for a in upprop if a.present_at(number)}


# ---------------------------------------------------------------------------------------------
# Numbering


def first_number(year_numbers: list[int]) -> int:
    """The first § of a new meeting: one after the year's highest so far."""
    return max(year_numbers, default=0) + 1


def is_val_av_justerare(title: str) -> bool:
    # The seed's kallelse says "Val av justerare", its handlingar "Val av justerande".
    return title.strip().lower().startswith("val av juster")


def initial_beslut(item: Arende) -> str:
    """A § starts from the förslag till beslut: the agenda's, else the tjänsteskrivelse's
    att-satser; an information item starts from the usual sentence."""
    if item.proposal.strip():
        return item.proposal.strip()
    ts = item.tjansteskrivelse
    if ts is not None and ts.forslag:
        return forslag_text(ts.forslag)  # with the heading of a fullmäktige part
    if item.kind == "information":
        return "Informationen noteras till protokollet."
    return ""


def justerare_beslut(organ_name: str, names: list[str], where_when: str = "") -> str:
    """The beslut of "Val av justerare"."""
    if not names:
        return ""
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " och " + names[-1]
    text = f"{organ_name} utser {joined} att jämte ordföranden justera protokollet."
    return f"{text} {where_when}" if where_when else text


# ---------------------------------------------------------------------------------------------
# Behandling text


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?:" else text + "."


def display_name(upprop: list[Deltagare], name: str) -> str:
    match = next((a for a in upprop if a.name == name), None)
    return match.display if match else name


def replaced_display(upprop: list[Deltagare], seat: Tjanstgor) -> str:
    """Whom an ersättare sits for, with the party ("Stefan Böhlin (M)"); "" for a ledamot."""
    return display_name(upprop, seat.replaces) if seat.replaces else ""


_JAV = "anmäler jäv och deltar inte i handläggningen av ärendet."


def jav_text(upprop: list[Deltagare], jav: Jav) -> str:
    """The jäv sentence; a note that begins with its verb gets the jävig as its subject, and
    one that says "anmäler jäv …" itself is said in the generated sentence's place (walk29:
    "… tjänstgör i stället. anmäler jäv och …")."""
    who = display_name(upprop, jav.name)
    note = jav.note.strip()
    own = note.lower().startswith("anmäler jäv")
    text = f"{who} {_sentence(note)}" if own else f"{who} {_JAV}"
    if jav.ersattare:
        text += f" {display_name(upprop, jav.ersattare)} tjänstgör i stället."
    if own or not note:
        return text
    subject = f"{who} " if begins_with_verb(note) else ""
    return f"{text} {subject}{_sentence(note)}"


def anteckning_text(upprop: list[Deltagare], names: list[str], text: str) -> str:
    who = [display_name(upprop, n) for n in names]
    joined = who[0] if len(who) == 1 else ", ".join(who[:-1]) + " och " + who[-1]
    if begins_with_verb(text):  # "stödjer Lisa Anderssons (M) yrkande": they say it themselves
        return f"{joined} {_sentence(text)}"
    return f"{joined} lämnar följande protokollsanteckning: {_sentence(text)}"


def counted_votering(paragraf: Paragraf, upprop: list[Deltagare]) -> Votering:
    """The §'s votering with only the votes of those who tjänstgör in it: what the
    protokoll counts. A vote left from before the upprop was corrected (a ledamot marked
    away, his ersättare serving) is not counted; the justering check names it."""
    votering = paragraf.votering
    assert votering is not None
    sitting = {seat.deltagare.name for seat in tjanstgorande(upprop, paragraf)}
    votes = {name: vote for name, vote in votering.votes.items() if name in sitting}
    return Votering(votering.ja_text, votering.nej_text, votes)


def behandling_paragraphs(
    paragraf: Paragraf,
    upprop: list[Deltagare],
    organ_name: str,
    chair: str = "",
    meeting_chair: str = "",
) -> list[str]:
    """The Behandling section as the seed prints it: one paragraph per yrkande, then the
    propositionsordning, a votering, and whatever the secretary wrote freely. `chair` leads
    the § (chair_at); when that is not the meeting's ordförande the § says so after the jäv,
    unless a jäv note names her already: an utdrag shows no first page."""
    parts = [jav_text(upprop, j) for j in paragraf.jav]
    notes = " ".join(j.note for j in paragraf.jav)
    if chair and meeting_chair and chair != meeting_chair and chair not in notes:
        parts.append(f"{display_name(upprop, chair)} är ordförande under paragrafen.")
    for yrkande in paragraf.yrkanden:
        who = f"{yrkande.name} ({yrkande.party})" if yrkande.party else yrkande.name
        parts.append(_sentence(f"{who} {yrkande_wording(yrkande.text)}"))
    if paragraf.propositionsordning.strip():
        parts.append(_sentence(paragraf.propositionsordning))
    if paragraf.votering is not None:
        said = f"{paragraf.propositionsordning}\n{paragraf.behandling}"
        parts.extend(votering_text(counted_votering(paragraf, upprop), organ_name, chair, said))
    parts.extend(p.strip() for p in paragraf.behandling.split("\n\n") if p.strip())
    return parts


def reservation_text(upprop: list[Deltagare], names: list[str], text: str) -> str:
    who = [display_name(upprop, n) for n in names]
    joined = who[0] if len(who) == 1 else ", ".join(who[:-1]) + " och " + who[-1]
    tail = f" {text.strip().rstrip('.')}" if text.strip() else ""
    return f"{joined} reserverar sig mot beslutet{tail}."


def paragraf_span(numbers: list[int]) -> str:
    """ "§§ 217–223", "§ 217", or "§§ 217, 219–220"."""
    if not numbers:
        return ""
    return f"{'§' if len(numbers) == 1 else '§§'} {number_runs(numbers)}"
