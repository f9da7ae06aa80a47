"""No false refusal by the last check's reading for names and secret titles
(tests/safety/test_gate_withheld_words.py) on a kommun's own new file, as `ksdesk init`
makes it: one medborgarförslag whose author did not consent, answered by an ärende that
names the author, and a secret ärende whose title another ärende's förslag repeats. The
review masks them; every public output of the meeting passes and holds neither."""

from __future__ import annotations

from datetime import date, time

from ksdesk.core.meeting import Arende, Section, Tjansteskrivelse
from ksdesk.core.motion import Motion, MotionTyp
from ksdesk.services import (
    deadlines,
    kallelse,
    meeting_lookup,
    meetings,
    motioner,
    public_copy,
    web_edition,
    web_packet,
)
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services.own_kommun import new_database
from ksdesk.services.packet import build_packet
from ksdesk.services.protokoll_print import protokoll_document, utdrag_document
from tests.safety.public_surfaces import pdf_surfaces

DAY = date(2025, 3, 10)
CITIZEN = "Kalle Karlsson"
SECRET_TITLE = "Utredning om placering av Lindqvist"


def _meeting(store) -> int:
    motioner.save(
        store,
        Motion(
            MotionTyp.MEDBORGARFORSLAG,
            "Fler bänkar i Stadsparken",
            date(2024, 9, 2),
            av=CITIZEN,
            dnr="KS 2024/212",
        ),
    )
    meeting, _ = meetings.create_meeting(store, "Kommunstyrelsen", DAY, time(14), "Kommunhuset")
    answer = Arende(
        "Svar på medborgarförslag om fler bänkar i Stadsparken",
        dnr="KS 2024/212",
        proposal=f"att anse {CITIZEN}s medborgarförslag besvarat.",
        tjansteskrivelse=Tjansteskrivelse(
            sections=[Section("Beskrivning av ärendet", f"{CITIZEN} föreslår fler bänkar.")]
        ),
    )
    secret = Arende(SECRET_TITLE, dnr="KS 2025/31", secret=True, secrecy_ref="26 kap. 1 § OSL")
    follow = Arende(
        "Lokalförsörjning 2025",
        dnr="KS 2025/40",
        proposal=f"att avvakta {SECRET_TITLE.lower()}.",
    )
    meeting.items += [answer, secret, follow]
    meetings.save_meeting(store, meeting)
    meeting = meeting_lookup.find_meeting(store, DAY)
    justering = protokoll_service.start_protokoll(store, meeting.id).justering
    justering.justerat = date(2025, 3, 14)
    protokoll_service.save_justering(store, meeting.id, justering)
    hits = public_copy.scan_public(store, meeting.id)
    assert {h.kind for h in hits} >= {"namn", "sekretess"}
    public_copy.decide(store, meeting.id, [h.key for h in hits], "maskera", by="Test")
    return meeting.id


def test_every_public_output_of_a_fresh_kommun_passes(tmp_path) -> None:
    store = new_database(tmp_path / "testby.sqlite", "Testby kommun", "Kommunstyrelsen")
    meeting_id = _meeting(store)
    withheld = public_copy.ensure_public_ok(store, meeting_id).withheld_words
    assert withheld.names and withheld.titles  # the last check reads for both
    first = protokoll_service.get_protokoll(store, meeting_id).paragrafer[0].nr
    outputs = {
        "kallelse": pdf_surfaces(kallelse.kallelse_pdf(store, meeting_id, public=True)),
        "paket": pdf_surfaces(build_packet(store, meeting_id, public=True).pdf),
        "paket med förslag": pdf_surfaces(
            build_packet(store, meeting_id, public=True, with_proposals=True).pdf
        ),
        "kallelse (webb)": pdf_surfaces(
            web_edition.kallelse_web(store, meeting_id, with_proposals=True)
        ),
        "paket (webb)": pdf_surfaces(web_packet.packet_web(store, meeting_id, "paket").pdf),
        "protokoll": pdf_surfaces(protokoll_document(store, meeting_id, public=True)),
        "utdrag": pdf_surfaces(utdrag_document(store, meeting_id, first, public=True)),
        "protokoll (webb)": pdf_surfaces(web_edition.protokoll_web(store, meeting_id)),
        "HTML": "\n".join(p.html for p in web_edition.html_editions(store, meeting_id)),
        "kalender": deadlines.meeting_calendar(store, meeting_id).decode(),
        "anslag": deadlines.meeting_anslag_text(store, meeting_id),
    }
    for name, text in outputs.items():
        flat = " ".join(text.split())
        assert "Karlsson" not in flat and "Lindqvist" not in flat, name
    assert "förslagsställarens medborgarförslag" in " ".join(outputs["paket med förslag"].split())
    store.close()
