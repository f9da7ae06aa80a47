"""A personnummer the public decisions mask never reaches a web edition: not in the text a
reader copies out of the PDF (pdftotext), not in its metadata (Info, XMP), not in any string
the file carries elsewhere (structure tree /Alt and /ActualText, link URIs, outlines), and
not in the HTML twin, not in a PDF bilaga published beside the web packet. The number is
planted where the kallelse, the packet, the protokoll and the utdrag print it, so each check
also proves it was printed, masked."""

from __future__ import annotations

import io
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pikepdf
import pytest

from ksdesk.core.personnummer import find_personnummer
from ksdesk.db import meeting_repo
from ksdesk.services import meetings, public_copy
from ksdesk.services import protokoll as service
from ksdesk.services.web_edition import html_editions, kallelse_web, protokoll_web, utdrag_web
from ksdesk.services.web_packet import packet_web
from tests.pdf_helpers import make_pdf
from tests.services.test_protokoll_public import PNR, recorded

MASKED = "770412-9431"  # valid (Luhn), planted in every field below, decided "maskera"
TWELVE = "197704129431"  # as find_personnummer normalises it
SHOWN = "XXXXXX"  # the date part masked (separators are kept as written)


def masked_meeting(store) -> int:
    """The held demo (tests.services.test_protokoll_public.recorded: § 222 secret, PNR kept
    in § 219's anteckning) with MASKED written into an ärende's förslag, its tjänsteskrivelse
    (mottagare, telefon), a PDF bilaga from someone else, another ärende's title, the place
    of the justering and § 219's beslut; every hit decided "maskera" but the kept one."""
    meeting_id = recorded(store)
    meeting = meeting_repo.get(store, meeting_id)
    item = meeting.items[2]  # Omfördelning av budgetmedel …, with a tjänsteskrivelse
    item.proposal += f" Sökande {MASKED}."
    item.tjansteskrivelse.mottagare += f" (sökande {MASKED})"
    item.tjansteskrivelse.telefon += f", sökande {MASKED}"
    yttrande = make_pdf(1, f"Yttrande från sökande {MASKED}")
    item.bilagor.append(replace(meetings.pdf_bilaga(yttrande, "yttrande.pdf"), nr="9"))
    meeting.items[3].title += f" – ansökan {MASKED.replace('-', ' ')}"
    with store.atomic():
        meeting_repo.save(store, meeting)
    protokoll = service.get_protokoll(store, meeting_id)
    protokoll.justering.place = f"Kommunhuset, hos sökande {MASKED}"
    protokoll.justering.justerat = date(2020, 12, 10)  # published on the web once justerat
    service.save_justering(store, meeting_id, protokoll.justering)
    paragraf = protokoll.paragraf(219)
    paragraf.beslut += f"\n4. Underrättelse till {TWELVE[:8]}-{TWELVE[8:]}."
    service.save_paragraf(store, paragraf)
    hits = public_copy.scan_public(store, meeting_id)
    kept = [h.key for h in hits if h.where.endswith("protokollsanteckningar")]
    masked = [h.key for h in hits if h.key not in kept]
    public_copy.decide(store, meeting_id, masked, "maskera", by="Test")
    public_copy.decide(store, meeting_id, kept, "behåll", by="Test", note="sökandens begäran")
    return meeting_id


def numbers_in(text: str) -> set[str]:
    return {hit.normalized for hit in find_personnummer(text)}


def copied_text(pdf: bytes, folder: Path) -> str:
    """What a reader copies out of the PDF (poppler's pdftotext, not the writer's own idea)."""
    path = folder / "web.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def carried_strings(pdf: bytes) -> str:
    """Every string object of the file, the Info dictionary and the XMP packet: where
    metadata, alt texts, actual texts, link targets and bookmarks live."""
    found: list[str] = []
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        found += [str(value) for value in doc.docinfo.values()]
        metadata = doc.Root.get("/Metadata")
        if metadata is not None:
            found.append(metadata.read_bytes().decode("utf-8", "replace"))
        for obj in doc.objects:
            found += _strings(obj)
    return "\n".join(found)


def _strings(obj, depth: int = 0) -> list[str]:
    if depth > 3:  # indirect objects are visited on their own
        return []
    if isinstance(obj, pikepdf.String):
        return [str(obj)]
    if isinstance(obj, pikepdf.Array):
        return [s for item in obj for s in _strings(item, depth + 1)]
    if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
        return [s for _key, value in obj.items() for s in _strings(value, depth + 1)]
    return []


@pytest.fixture
def masked_store(demo_store):
    return demo_store, masked_meeting(demo_store)


def test_a_masked_personnummer_never_reaches_a_web_pdf(masked_store, tmp_path) -> None:
    store, meeting_id = masked_store
    packet = packet_web(store, meeting_id, "paket", with_proposals=True)
    assert [file.name for file in packet.files] == ["paket-bilaga-3-9.pdf"]
    # Each edition with what shows the number was printed there: masked in ksdesk's own
    # text, taken out of the text of a PDF bilaga (its public edition, published beside).
    editions = {
        "kallelse": (kallelse_web(store, meeting_id, with_proposals=True), SHOWN),
        "paket": (packet.pdf, SHOWN),
        # The number's place is kept as a gap (interchange.pdf_removal_marks): the words
        # after it are read apart from those before.
        "yttrande beside the packet": (packet.files[0].data, "Yttrande från sökande"),
        "protokoll": (protokoll_web(store, meeting_id), SHOWN),
        "utdrag": (utdrag_web(store, meeting_id, 219), SHOWN),
    }
    for name, (pdf, shown) in editions.items():
        text = copied_text(pdf, tmp_path)
        assert shown in text, name
        assert TWELVE not in numbers_in(text), name
        assert MASKED not in text and MASKED[7:] not in text, name
        carried = carried_strings(pdf)
        assert TWELVE not in numbers_in(carried) and MASKED[7:] not in carried, name
    # The number kept on purpose is still there: the check reads what it should.
    assert PNR in copied_text(editions["protokoll"][0], tmp_path)


def test_a_masked_personnummer_never_reaches_the_html_twin(masked_store) -> None:
    store, meeting_id = masked_store
    pages = html_editions(store, meeting_id)
    assert [page.name for page in pages] == [
        "kallelse-2020-12-07.html",
        "protokoll-2020-12-07.html",
    ]
    for page in pages:
        assert SHOWN in page.html, page.name
        assert TWELVE not in numbers_in(page.html) and MASKED[7:] not in page.html, page.name
