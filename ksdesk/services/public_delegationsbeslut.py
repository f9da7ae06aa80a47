"""The public version of what ksdesk prints from its register of delegationsbeslut: the list
reported to a meeting ("delegationsanmalan:<meeting id>") and one decision as a bilaga
("delegationsbeslut:<dnr>").

The register spans meetings, as the lists of uppdrag and motioner do: a decision taken
after an earlier meeting may name that meeting's secret ärende by its title ("Värdering
inför förvärv av fastigheten Gammelbo 2:15"), which the review of the meeting that reports
it does not look for. So the public version masks, itself, every personnummer, every
citizen's name without consent and every secret title of the file that its own review did
not publish (services.public_withheld.register_masking), and each private person a
decision names as "en enskild person" (services.public_private_names), but one the review
of the meeting that reports it kept (one decision printed alone: the review of the meeting
whose bilaga prints it); its PDF is read by the last check for all of them before it is
printed or merged into a packet. A decision that may concern one person, decided "maskera"
(services.public_individual), keeps its row: "Beslut som rör enskild (LVU)" stands for its
text, and the rest of the list is published (walk37 #1)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from typing import TypeVar

from ksdesk.core.citizen_mentions import name_forms
from ksdesk.core.contact_data import mask_private
from ksdesk.core.contact_parties import NEUTRAL
from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.delegationsbeslut_parties import matter_parties
from ksdesk.core.delegationsbeslut_print import as_printed, printed_text, secret_texts
from ksdesk.core.meeting import Bilaga, Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.core.protected_phones import PHONE_FIELDS, mask_phones
from ksdesk.core.secret_mentions import neutral_for_each, replace_mentions
from ksdesk.core.withheld_words import WithheldWords
from ksdesk.db import meeting_repo, organ_repo
from ksdesk.db.connection import Store
from ksdesk.interchange.given_names import GIVEN_NAMES
from ksdesk.reports.base import Embedded
from ksdesk.reports.delegationsbeslut_pdf import render_anmalan
from ksdesk.services import public_gate, skyddade
from ksdesk.services.delegationsbeslut_anmalan import ANMALAN_REF_PREFIX, cutoff, for_meeting
from ksdesk.services.public_individual import neutral_rows
from ksdesk.services.public_private_names import masked_names, officials, replacements
from ksdesk.services.public_withheld import register_masking, register_withheld

NEUTRAL_ROW = "Beslut som rör enskild"
# Keys, never printed as text: not masked (a uuid is no name).
_KEYS = {"uuid", "point_uid"}
Row = TypeVar("Row", Delegationsbeslut, Organ)


def public_decisions(
    store: Store, decisions: list[Delegationsbeslut], kept_in: tuple[int, Bilaga] | None = None
) -> list[Delegationsbeslut]:
    """`decisions` with every text field as the public lists print it: the private persons
    each names masked too, but those the review of `kept_in` (meeting id, the bilaga that
    prints the list) published (services.public_private_names)."""
    shown = register_masking(store)
    names = masked_names(store, decisions, kept_in)
    parties = _parties(store, decisions)
    neutral = neutral_rows(store, decisions, kept_in)
    phones = tuple(phone for person in skyddade.forms(store) for phone in person.phones)

    def public(beslut: Delegationsbeslut) -> Delegationsbeslut:
        # The party a diarium names after the ärendemening is withheld as a tjänsteskrivelse's
        # is (core.delegationsbeslut_parties); a name the review weighs is printed as it says.
        named = withheld_parties(parties[beslut.dnr]) | replacements(names[beslut.dnr])
        # A decision flagged sekretess loses its texts before anything is masked in them.
        printed = as_printed(beslut)
        if beslut.dnr in neutral and not beslut.sekretess:
            # A row about one person, decided "maskera", keeps its date, Dnr and delegat:
            # the list stays whole (walk37 #1), the person's matter goes.
            # The law it was taken under stays ("6 § LVU" under Med stöd av).
            law = "\n".join(x for x in printed.beskrivning.splitlines() if x.startswith("Lagrum: "))
            printed = replace(
                printed, beslut=neutral_line(neutral[beslut.dnr]), title="", beskrivning=law
            )
        # A private person's contact data is masked here, as names are: the register's
        # texts are put to no review (services.public_contacts).
        return masked(
            printed, lambda text: mask_private(shown(replace_mentions(text, named))), phones
        )

    return [public(beslut) for beslut in decisions]


def neutral_line(ground: str) -> str:
    """What a row about one person prints as its decision: "Beslut som rör enskild (LVU)"."""
    return f"{NEUTRAL_ROW} ({ground})"


def masked(row: Row, shown: Callable[[str], str], phones: tuple[str, ...] = ()) -> Row:
    """`row` with each of its text fields as `shown` prints it: the organ too, whose name
    and kommun the list prints in its heading, running header and metadata. A field holding
    a phone number is one phone line: a protected person's extension alone (`phones`) is
    masked there ("Jessica Hedlund, 86656" under Handläggare, core.protected_phones)."""
    return replace(
        row,
        **{
            name: shown(mask_phones(text, phones, phone_line=True) if phoned else text)
            for name, text in _texts(row)
            for phoned in [bool(phones) and name in PHONE_FIELDS]
        },
    )


def public_beslut(
    store: Store, beslut: Delegationsbeslut, printed_in: tuple[int, Bilaga] | None = None
) -> Delegationsbeslut:
    """One decision as its public bilaga prints it, its texts read by the last check (it is
    laid out inside the packet, whose own check reads for the meeting's words only): the
    private persons it names masked, but those the review of `printed_in` (meeting id, the
    bilaga of its agenda that prints the decision) kept, as the list does."""
    (shown,) = public_decisions(store, [beslut], printed_in)
    texts = "\n".join(text for _name, text in _texts(shown))
    what = f"Det offentliga delegationsbeslutet {shown.dnr}"
    public_gate.checked_text(texts, what, withheld=_withheld(store, [beslut], printed_in))
    return shown


def _parties(store: Store, decisions: list[Delegationsbeslut]) -> dict[str, list[str]]:
    """For each decision (by Dnr), the private parties its ärendemening names, as printed,
    but those the review weighs (services.public_private_names): they print as it decides."""
    known = officials(store)
    weighed = masked_names(store, decisions)
    found: dict[str, list[str]] = {}
    for beslut in decisions:
        printed = as_printed(beslut)
        about = "\n".join((printed.title, printed.beslut, printed.beskrivning))
        seen = {name.casefold() for name in weighed[beslut.dnr]}
        found.setdefault(beslut.dnr, []).extend(
            n for n in matter_parties(about, GIVEN_NAMES, known) if n.casefold() not in seen
        )
    return found


def withheld_parties(names: list[str]) -> dict[str, str]:
    """What each form of each party's name is printed as: core.contact_parties.NEUTRAL."""
    return {
        form: neutral
        for name in names
        for form, neutral in neutral_for_each(name_forms(name), NEUTRAL).items()
    }


def _texts(row: Delegationsbeslut | Organ) -> list[tuple[str, str]]:
    return [
        (field.name, value)
        for field in fields(row)
        if field.name not in _KEYS and isinstance(value := getattr(row, field.name), str)
    ]


def public_anmalan(store: Store, meeting_id: int) -> tuple[list[Delegationsbeslut], Organ]:
    """The decisions reported to the meeting and its organ, as the public list prints them."""
    meeting = meeting_repo.get(store, meeting_id)
    organ = organ_repo.get(store, meeting.organ_id)
    listed = for_meeting(store, meeting_id)
    return public_decisions(store, listed, _printed_in(meeting)), masked(
        organ, register_masking(store)
    )


def public_anmalan_pdf(store: Store, meeting_id: int, embedded: Embedded | None = None) -> bytes:
    """The list of delegationsbeslut reported to the meeting, masked, through the last check."""
    meeting = meeting_repo.get(store, meeting_id)
    listed, organ = public_anmalan(store, meeting_id)
    pdf = render_anmalan(listed, meeting, organ, cutoff(meeting, organ), embedded=embedded)
    what = "Den offentliga förteckningen över delegationsbeslut"
    kept_in = _printed_in(meeting)
    withheld = _withheld(store, for_meeting(store, meeting_id), kept_in)
    return public_gate.checked(pdf, what, withheld=withheld)


def _printed_in(meeting: Sammantrade) -> tuple[int, Bilaga] | None:
    """(meeting id, the bilaga of the meeting that prints its list), whose review decides
    on the private persons the list names; None when no bilaga prints it."""
    ref = f"{ANMALAN_REF_PREFIX}:{meeting.id}"
    for item in meeting.items:
        for bilaga in item.bilagor:
            if bilaga.content is None and (bilaga.ref or "").replace(" ", "") == ref:
                return meeting.id or 0, bilaga
    return None


def _withheld(
    store: Store, decisions: list[Delegationsbeslut], kept_in: tuple[int, Bilaga] | None = None
) -> WithheldWords:
    """What the public version of `decisions` may not print: what no register list may
    (register_withheld), and each private person's name it masks, but one it also prints
    where the review kept it (the check cannot tell one decision's words from another's)."""
    masked_now = masked_names(store, decisions, kept_in)
    named = masked_names(store, decisions)
    kept = {n.casefold() for dnr, names in named.items() for n in names} - {
        n.casefold() for names in masked_now.values() for n in names
    }
    withheld = [
        name_forms(n) for names in masked_now.values() for n in names if n.casefold() not in kept
    ]
    withheld += [name_forms(n) for names in _parties(store, decisions).values() for n in names]
    words = register_withheld(store)
    # The text of a decision flagged sekretess, were it to reach the public PDF by any road,
    # is refused there as a secret title is.
    flagged = tuple((text,) for text in secret_texts(decisions))
    flagged += tuple((text,) for text in _neutral_texts(store, decisions, kept_in))
    return replace(words, names=(*words.names, *withheld), titles=(*words.titles, *flagged))


def _neutral_texts(
    store: Store, decisions: list[Delegationsbeslut], kept_in: tuple[int, Bilaga] | None
) -> list[str]:
    """The texts of the rows printed as a neutral line, refused by the last check: but one
    that another row of the list prints in its own right contains (two placements with the
    same words, one kept), which would refuse the list, and a single word."""
    neutral = neutral_rows(store, decisions, kept_in)
    printed = [printed_text(b).casefold() for b in decisions if b.dnr not in neutral]
    texts = [" ".join(b.beslut.split()) for b in decisions if b.dnr in neutral]
    return [
        text
        for text in texts
        if len(text.split()) > 1 and not any(text.casefold() in other for other in printed)
    ]
