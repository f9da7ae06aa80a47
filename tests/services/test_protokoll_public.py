"""The public version of the protokoll: the public-copy scan reads the protokoll's texts, the
guard refuses while a hit is open, secret §§ keep their number and lose their text, and
personnummer are masked or kept as the secretary decided."""

from __future__ import annotations

import io
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader

from ksdesk.cli import main
from ksdesk.core.errors import InvalidInput
from ksdesk.core.protokoll import Deltagare, Jav, Protokollsanteckning, Yrkande
from ksdesk.core.public_copy import PublicCopyBlocked
from ksdesk.db import meeting_repo
from ksdesk.db.connection import open_store
from ksdesk.services import meeting_lookup, public_copy
from ksdesk.services import protokoll as service
from ksdesk.services.protokoll_print import protokoll_document, utdrag_on

PNR = "811218-9876"  # passes the Luhn check
SECRET_BESLUT = "Kommunstyrelsen godkänner avtalet med Stockholm Business Alliance."


def words(pdf: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )


def recorded(store) -> int:
    """The demo meeting held: § 222 (Stockholm Business Alliance) secret, a personnummer in
    the beslut and in a protokollsanteckning of § 219."""
    meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
    meeting.items[5].secret, meeting.items[5].secrecy_ref = True, "21 kap. 1 § OSL"
    with store.atomic():
        meeting_repo.save(store, meeting)
    protokoll = service.start_protokoll(store, meeting.id)
    p = protokoll.paragraf(219)
    p.beslut += f"\n3. Beslutet delges sökanden Anna Andersson, {PNR}."
    p.yrkanden = [Yrkande("Roland Johansson", "yrkar avslag", "SD")]
    p.anteckningar = [Protokollsanteckning(["Roland Johansson"], f"Gäller {PNR}.")]
    service.save_paragraf(store, p)
    people = protokoll.upprop
    people.insert(3, Deltagare("Karin Ek", "S", "ersättare"))
    service.save_upprop(store, meeting.id, people)
    secret = protokoll.paragraf(222)
    secret.beslut = SECRET_BESLUT
    secret.jav = [Jav("Åsa Bergkvist", "Karin Ek", "styrelseledamot i föreningen")]
    service.save_paragraf(store, secret)
    return meeting.id


def justera(store, meeting_id: int) -> None:
    """The protokoll justerat three days after the meeting, as the demo's justering says."""
    justering = service.get_protokoll(store, meeting_id).justering
    justering.justerat = date(2020, 12, 10)
    service.save_justering(store, meeting_id, justering)


def test_the_scan_reads_the_protokoll(demo_store) -> None:
    meeting_id = recorded(demo_store)
    hits = public_copy.scan_public(demo_store, meeting_id)
    assert {h.where for h in hits} == {
        "ärende 6, Stockholm Business Alliance",
        "§ 219, beslut",
        "§ 219, protokollsanteckningar",
    }
    assert all(PNR[7:] not in h.context for h in hits)


def test_the_public_version_waits_for_every_decision(demo_store) -> None:
    meeting_id = recorded(demo_store)
    with pytest.raises(PublicCopyBlocked, match="4 träffar är inte hanterade"):
        protokoll_document(demo_store, meeting_id, public=True)


def decide(store, meeting_id: int) -> None:
    """Mask the beslut's number and the secret item; keep the anteckning's on purpose."""
    hits = public_copy.scan_public(store, meeting_id)
    kept = [h.key for h in hits if h.where.endswith("protokollsanteckningar")]
    masked = [h.key for h in hits if h.key not in kept]
    public_copy.decide(store, meeting_id, masked, "maskera", by="Test")
    public_copy.decide(store, meeting_id, kept, "behåll", by="Test", note="sökandens begäran")


def test_secret_paragraf_and_personnummer_in_the_public_version(demo_store) -> None:
    meeting_id = recorded(demo_store)
    decide(demo_store, meeting_id)
    public = words(protokoll_document(demo_store, meeting_id, public=True))
    assert "PROTOKOLL · OFFENTLIG VERSION" in public
    assert "Offentlig version. Paragrafer som omfattas av sekretess återges utan innehåll" in public
    assert "§ 222 Ärende som omfattas av sekretess Sekretess enligt 21 kap. 1 § OSL" in public
    assert "Stockholm Business Alliance" not in public and SECRET_BESLUT not in public
    assert "sökanden [namn borttaget], XXXXXX-XXXX" in public  # masked as decided
    assert f"Gäller {PNR}." in public  # kept as decided
    for n in range(217, 224):
        assert f"§ {n}" in public  # every § keeps its number
    assert "styrelseledamot i föreningen" not in public
    full = words(protokoll_document(demo_store, meeting_id))
    assert SECRET_BESLUT in full and f"Anna Andersson, {PNR}" in full
    assert "OFFENTLIG" not in full
    # The paper's sekretessmarkering on § 222's page; the public version withholds the §.
    assert "SEKRETESS enligt 21 kap. 1 § OSL" in full and "SEKRETESS" not in public
    # Who sat is the same on both first pages: the jäv of the secret § still counts.
    sat = "Karin Ek (S), tjänstgörande ersättare för Åsa Bergkvist (S), § 222"
    assert sat in public and sat in full
    assert "Åsa Bergkvist (S), §§ 217–221, 223" in public


def test_a_secret_paragraf_says_where_it_is_kept(demo_store) -> None:
    """Kungsbacka's individ- och familjeomsorg, protokoll 2025-03-20 § 37, as published:
    "Ärendet hålls tillgängligt hos Förvaltningen för Individ & Familjeomsorg med de
    begränsningar som följer av offentlighets- och sekretesslagen." Before, the public §
    stopped at its sekretess line: a reader was not told where to ask for it."""
    meeting_id = recorded(demo_store)
    decide(demo_store, meeting_id)
    justering = service.get_protokoll(demo_store, meeting_id).justering
    justering.forvaringsplats = "Kommunledningskontoret, Ludvika"
    service.save_justering(demo_store, meeting_id, justering)
    public = words(protokoll_document(demo_store, meeting_id, public=True))
    assert (
        "§ 222 Ärende som omfattas av sekretess Sekretess enligt 21 kap. 1 § OSL "
        "Ärendet hålls tillgängligt hos Kommunledningskontoret, Ludvika med de begränsningar "
        "som följer av offentlighets- och sekretesslagen."
    ) in public
    assert SECRET_BESLUT not in public
    # A secret § justerad omedelbart is so in the public version too, as Kungsbacka prints
    # it ("Paragrafen är omedelbart justerad."): before, the public first page and the §
    # left it out while the full protokoll said it.
    secret = service.get_protokoll(demo_store, meeting_id).paragraf(222)
    secret.omedelbar_justering = True
    service.save_paragraf(demo_store, secret)
    public = words(protokoll_document(demo_store, meeting_id, public=True))
    assert "§ 222 justerad omedelbart" in public
    assert "§ 222 justerades omedelbart vid sammanträdet måndag 7 december 2020." in public
    # Only the public version needs the line: the full protokoll prints the § itself.
    full = words(protokoll_document(demo_store, meeting_id))
    assert "Ärendet hålls tillgängligt" not in full


def test_cli_public_protokoll(demo_path, tmp_path, capsys) -> None:
    store = open_store(demo_path)
    meeting_id = recorded(store)
    store.close()
    out = tmp_path / "offentlig.pdf"
    args = ["protokoll", "--db", str(demo_path), "--meeting", "2020-12-07", "--out", str(out)]
    assert main([*args, "--public"]) == 1
    assert "Den offentliga kopian kan inte skapas: 4 träffar" in capsys.readouterr().err
    assert not out.exists()
    store = open_store(demo_path)
    decide(store, meeting_id)
    store.close()
    # Every hit decided, but not yet justerat: a draft is not published.
    assert main([*args, "--public"]) == 1
    assert "Protokollet är inte justerat ännu" in capsys.readouterr().err
    assert not out.exists()
    store = open_store(demo_path)
    justera(store, meeting_id)
    store.close()
    assert main([*args, "--public"]) == 0
    assert "offentliga versionen av protokollet (för webben" in capsys.readouterr().out
    assert "XXXXXX-XXXX" in words(out.read_bytes())
    assert (
        "Tagged:          yes"
        in subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    )


def test_utdrag_of_a_kept_paragraf_says_nothing_of_justering(demo_store) -> None:
    text = words(utdrag_on(demo_store, date(2020, 11, 24), 216, date(2020, 12, 11)))
    assert "Utdragsbestyrkande Utdraget överensstämmer med originalprotokollet." in text
    assert "justera" not in text.lower().replace("justerandes signatur", "")


def test_a_protokoll_not_yet_justerat_is_not_published_on_the_web(demo_store) -> None:
    """A draft is no allmän handling yet, and the anslag/bevis of the web edition says
    "Protokollet är justerat": it is published once it is."""
    from ksdesk.services.web_edition import html_editions, protokoll_web

    meeting_id = recorded(demo_store)
    decide(demo_store, meeting_id)
    with pytest.raises(InvalidInput, match="Protokollet är inte justerat ännu"):
        protokoll_web(demo_store, meeting_id)
    assert [page.name for page in html_editions(demo_store, meeting_id)] == [
        "kallelse-2020-12-07.html"
    ]
    justera(demo_store, meeting_id)
    assert protokoll_web(demo_store, meeting_id).startswith(b"%PDF")
    assert len(html_editions(demo_store, meeting_id)) == 2
