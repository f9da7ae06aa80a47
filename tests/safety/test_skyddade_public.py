"""A person with skyddade personuppgifter named in the meeting's texts and bilagor never
reaches a public output: the review finds the name in every form, the address and the
personnummer, masks each always ("behåll" is refused), leaves out a PDF page that names the
person, and the last check reads every output for them; the internal packet prints the
text as written and warns where the person is named."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.core.skyddad_person import SkyddadPerson
from ksdesk.services import meeting_lookup, meetings, motioner, public_copy, skyddade
from ksdesk.services.packet import PartCache, build_packet
from ksdesk.services.public_withheld import register_masking
from tests.pdf_helpers import pages_text, text_pdf

DAY = date(2020, 12, 7)
NUMBER = "19811218-9876"
PERSON = SkyddadPerson(
    "Kalle Karlsson", "Storgatan 12, 771 30 Ludvika", NUMBER, "Sekretessmarkering"
)
FORMS = ("Kalle Karlsson", "Karlsson, Kalle", "K. Karlsson", "Storgatan 12", "9876")


def _plant(store) -> int:
    meeting = meeting_lookup.find_meeting(store, DAY)
    item = meeting.items[2]
    section = item.tjansteskrivelse.sections[0]
    section.text += (
        " Kalle Karlsson, Storgatan 12, ansöker om bistånd; Kalle Karlssons ansökan kom in i "
        f"oktober. Personnummer {NUMBER}."
    )
    item.proposal += " Svar skickas till Karlsson, Kalle."
    pdf = text_pdf(["Avtal om markanvisning, sida ett", "Sökande: K. Karlsson, 811218-9876"])
    item.bilagor.append(replace(meetings.pdf_bilaga(pdf, "ansokan.pdf", "Ansökan"), nr="9"))
    meetings.save_meeting(store, meeting)
    return meeting.id


def test_every_mention_is_masked_always_and_the_page_left_out(demo_store) -> None:
    skyddade.save(demo_store, replace(PERSON), by="Anna")
    meeting_id = _plant(demo_store)
    hits = public_copy.scan_public(demo_store, meeting_id)
    protected = [h for h in hits if h.kind == "skyddad"]
    assert len(protected) >= 4  # the name and the address in the tjänsteskrivelse, förslag, page
    assert all(h.always_masked and h.resolved for h in protected)
    assert all("Karlsson" not in h.context and "Storgatan" not in h.context for h in hits)
    numbers = [h for h in hits if h.kind == "personnummer" and h.normalized == "198112189876"]
    assert numbers and all(h.always_masked and h.resolved for h in numbers)
    with pytest.raises(InvalidInput, match="skyddade personuppgifter kan inte behållas"):
        public_copy.decide(demo_store, meeting_id, [protected[0].key], "behåll", by="Anna")
    with pytest.raises(InvalidInput, match="skyddade personuppgifter"):
        public_copy.decide(demo_store, meeting_id, [numbers[0].key], "behåll", by="Anna")
    others = [h.key for h in hits if not h.resolved]
    public_copy.decide(demo_store, meeting_id, others, "maskera", by="Anna")
    packet = build_packet(demo_store, meeting_id, public=True, cache=PartCache())
    text = " ".join(pages_text(packet.pdf))
    assert not [form for form in FORMS if form in text]
    assert "En enskild person, [adress borttagen], ansöker om bistånd" in text
    assert "en enskild persons ansökan" in text
    assert "Avtal om markanvisning, sida ett" in text  # the page that names nobody
    assert "Sidan 2 ingår inte i den offentliga versionen" in text


def test_a_number_kept_before_the_person_was_registered_is_masked(demo_store) -> None:
    meeting_id = _plant(demo_store)
    hits = public_copy.scan_public(demo_store, meeting_id)
    keys = [h.key for h in hits if h.kind == "personnummer"]
    public_copy.decide(demo_store, meeting_id, keys, "behåll", by="Anna")
    public_copy.decide(
        demo_store, meeting_id, [h.key for h in hits if h.key not in keys], "maskera", by="Anna"
    )
    before = " ".join(pages_text(build_packet(demo_store, meeting_id, public=True).pdf))
    assert "19811218-9876" in before  # kept on purpose: published
    skyddade.save(demo_store, replace(PERSON), by="Anna")
    rules = public_copy.ensure_public_ok(demo_store, meeting_id)  # nothing new is open
    assert not any("198112189876" in kept for kept in rules.kept_numbers.values())
    after = " ".join(pages_text(build_packet(demo_store, meeting_id, public=True).pdf))
    assert not [form for form in FORMS if form in after]


def test_the_internal_packet_prints_the_text_and_warns(demo_store) -> None:
    meeting_id = _plant(demo_store)
    assert not any("skyddade" in p for p in build_packet(demo_store, meeting_id).problems)
    skyddade.save(demo_store, replace(PERSON), by="Anna")
    packet = build_packet(demo_store, meeting_id, cache=PartCache())
    text = " ".join(pages_text(packet.pdf))
    assert "Kalle Karlsson, Storgatan 12, ansöker om bistånd" in text
    (warning,) = [p for p in packet.problems if "skyddade personuppgifter" in p]
    places = warning.split(" nämns i ")[1].split(". Den interna")[0].split("; ")
    assert places == [
        "ärende 3, förslag till beslut",
        "ärende 3, tjänsteskrivelsen, avsnitt",
        "ärende 3, bilaga 9 Ansökan, sida 2",
    ]
    assert "Karlsson" not in warning  # the warning does not name them


def test_a_register_list_masks_the_person(demo_store) -> None:
    skyddade.save(demo_store, replace(PERSON), by="Anna")
    shown = register_masking(demo_store)
    assert shown("Svara Kalle Karlsson på Storgatan 12 om bollkorgen") == (
        "Svara en enskild person på [adress borttagen] om bollkorgen"
    )
    # A citizen who agreed to publication and later got a sekretessmarkering: masked.
    motioner.add(
        demo_store, "medborgarforslag", "Bänkar vid Storgatan 12", DAY, av="Kalle Karlsson"
    )
    (forslag,) = [m for m in motioner.list_motioner(demo_store) if m.av == "Kalle Karlsson"]
    motioner.save(demo_store, replace(forslag, namn_publiceras=True))
    internal = " ".join(pages_text(motioner.redovisning_pdf(demo_store, DAY)))
    public = " ".join(pages_text(motioner.redovisning_pdf(demo_store, DAY, public=True)))
    assert "Kalle Karlsson" in internal and "Storgatan 12" in internal
    assert "Bänkar vid [adress borttagen] En enskild person" in public  # a cell of its own
    assert "Karlsson" not in public and "Storgatan" not in public


def test_the_internal_kallelse_warns_for_its_own_texts(demo_store) -> None:
    from ksdesk.services.kallelse import kallelse_print

    meeting_id = _plant(demo_store)
    skyddade.save(demo_store, replace(PERSON), by="Anna")
    _pdf, notes = kallelse_print(demo_store, meeting_id)
    (warning,) = [n for n in notes if "skyddade personuppgifter" in n]
    assert "nämns i ärende 3, förslag till beslut. Den interna" in warning
    assert "bilaga" not in warning  # the kallelse prints no bilaga, no tjänsteskrivelse


def test_the_name_in_an_e_mail_address_is_masked(demo_store) -> None:
    """The handläggare of ärende 3 registered as protected (a kommun's staff can be): the
    public packet printed "En enskild person, 86656" over "jessica.hedlund@ludvika.se"."""
    skyddade.save(demo_store, SkyddadPerson("Jessica Hedlund"), by="Anna")
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    hits = public_copy.scan_public(demo_store, meeting.id)
    assert any(h.kind == "skyddad" and "adressen" in h.shown for h in hits)
    others = [h.key for h in hits if not h.resolved]
    public_copy.decide(demo_store, meeting.id, others, "maskera", by="Anna")
    packet = build_packet(demo_store, meeting.id, public=True, cache=PartCache())
    text = " ".join(pages_text(packet.pdf)).lower()
    assert "hedlund" not in text
    assert "[adress borttagen]@ludvika.se" in text


def test_a_registered_citizen_is_one_hit_masked_always(demo_store) -> None:
    """A medborgarförslag's author without consent who is also registered as protected:
    the name was a second hit, "förslagsställarens namn", open beside the masked one."""
    motioner.add(demo_store, "medborgarforslag", "Bänkar i parken", DAY, av="Kalle Karlsson")
    skyddade.save(demo_store, replace(PERSON), by="Anna")
    meeting_id = _plant(demo_store)
    hits = public_copy.scan_public(demo_store, meeting_id)
    assert not [h for h in hits if h.kind == "namn"]
    named = [h for h in hits if h.kind == "skyddad" and "namnet" in h.shown]
    assert named and all(h.always_masked and h.resolved for h in named)
    assert len({h.source for h in named}) == len(named)  # one hit a text


def test_the_phone_number_is_masked_in_every_grouping(demo_store) -> None:
    """The demo's handläggare registered with her number: the letterhead printed her
    extension alone ("86656", the tjänsteskrivelse's Telefon), a text her number grouped
    otherwise; none may reach the public packet, and the last check refuses any."""
    from ksdesk.services.public_gate import PublicOutputRefused, checked_text

    person = SkyddadPerson("Jessica Hedlund", telefon="0240-866 56")
    skyddade.save(demo_store, person, by="Anna")
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    item = meeting.items[2]
    item.proposal += " Frågor besvaras på +46 240 866 56. Tfn 0240-86656."
    meetings.save_meeting(demo_store, meeting)
    hits = public_copy.scan_public(demo_store, meeting.id)
    phones = [h for h in hits if h.kind == "skyddad" and "telefon" in h.shown]
    assert {h.where.rsplit(", ", 1)[-1] for h in phones} >= {"telefon", "förslag till beslut"}
    assert not any("866" in h.context or "86656" in h.context for h in hits)
    others = [h.key for h in hits if not h.resolved]
    public_copy.decide(demo_store, meeting.id, others, "maskera", by="Anna")
    packet = build_packet(demo_store, meeting.id, public=True, cache=PartCache())
    text = " ".join(pages_text(packet.pdf))
    assert "86656" not in text.replace(" ", "")
    assert "[telefon borttagen]" in text
    internal = build_packet(demo_store, meeting.id, cache=PartCache())
    assert any("skyddade personuppgifter" in p for p in internal.problems)
    rules = public_copy.ensure_public_ok(demo_store, meeting.id)
    with pytest.raises(PublicOutputRefused, match="telefonnumret till en person med skydd"):
        checked_text("Handläggare\nTelefon 866 56", "Kalendern", rules)
    assert checked_text("Summa 86656 kr", "Kalendern", rules)  # no phone line: an amount


def _numbers(count: int) -> list[str]:
    """Made-up personnummer with a valid check digit, nobody's on purpose."""
    from ksdesk.core.luhn import luhn_ok

    nine = [f"5001{day:02d}123" for day in range(1, count + 1)]
    return [f"19{n[:6]}-{n[6:]}{d}" for n in nine for d in range(10) if luhn_ok(f"{n}{d}")]


def test_no_context_shows_part_of_a_protected_name(demo_store) -> None:
    """A hit's context is a cut of its text: the name masked after the cut was left in part
    at its edge ("…lle Karlsson", "Kalle Karl…") where the cut fell inside it."""
    skyddade.save(demo_store, replace(PERSON), by="Anna")
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    numbers = _numbers(16)
    # The name, then ever more filler: some cut falls in every place of the name.
    item = meeting.items[2]
    item.proposal = " ".join(
        f"Kalle Karlsson {'y' * k} {n} {'y' * k} Kalle Karlsson." for k, n in enumerate(numbers)
    )
    meetings.save_meeting(demo_store, meeting)
    hits = public_copy.scan_public(demo_store, meeting.id)
    numbered = [h.context for h in hits if h.kind == "personnummer"]
    assert len(numbered) == len(numbers)
    assert all("en enskild person" in c.lower() for c in numbered)
    # The register's own hits' too, of the text planted.
    contexts = [h.context for h in hits if h.where.endswith("förslag till beslut")]
    for part in ("kal", "all", "lle", "arl", "rls", "lss", "sso", "son"):
        assert not [c for c in contexts if part in c.lower().replace("en enskild person", "")]
