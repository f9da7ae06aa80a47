"""Encrypted PDF bilagor: "protected" with an empty password (RC4, AES-128, AES-256) they are
attached, merged and read; with a real password they are refused at attach, by name. A bad
bilaga already in the database never breaks the meeting's packet or scan: it is named."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader, PdfWriter

from ksdesk.core.errors import InvalidInput
from ksdesk.core.meeting import Bilaga
from ksdesk.db import meeting_repo
from ksdesk.services import meetings, public_copy
from ksdesk.services.packet import PartCache, build_packet
from tests.pdf_helpers import make_pdf, pages_text

PNR = "811218-9876"
ALGORITHMS = ("RC4-128", "AES-128", "AES-256")


def _encrypted(algorithm: str, password: str = "") -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(2, f"Hemlig {algorithm}"))))
    writer.add_metadata({"/Subject": PNR})
    page_text = make_pdf(1, f"Ersättning till {PNR}")
    writer.append(PdfReader(io.BytesIO(page_text)))
    writer.encrypt(user_password=password, owner_password="ägaren", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _meeting(store):
    return meeting_repo.find_by_date(store, date(2020, 12, 7))


def _store_bilaga(store, bilaga: Bilaga) -> int:
    """Put a bilaga in the database as an older ksdesk attached it (no check on the way)."""
    meeting = _meeting(store)
    meeting.items[2].bilagor.append(bilaga)
    meetings.save_meeting(store, meeting)
    return meeting.id


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_an_empty_password_opens_it_everywhere(demo_store, algorithm: str) -> None:
    data = _encrypted(algorithm)
    assert PdfReader(io.BytesIO(data)).is_encrypted
    bilaga = meetings.pdf_bilaga(data, f"{algorithm}.pdf")
    meeting_id = _store_bilaga(demo_store, bilaga)
    packet = build_packet(demo_store, meeting_id, cache=PartCache())
    assert not packet.problems or all(algorithm not in p for p in packet.problems)
    pages = pages_text(packet.pdf)
    assert sum(f"Hemlig {algorithm} sida" in page for page in pages) == 2
    # The scan reads its text: the personnummer inside is found, not "kan inte granskas".
    hits = public_copy.scan_public(demo_store, meeting_id)
    mine = [h for h in hits if algorithm in h.where]
    assert [h.kind for h in mine] == ["personnummer"]


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_a_real_password_is_refused_at_attach_by_name(algorithm: str) -> None:
    with pytest.raises(InvalidInput, match=r"Filen låst\.pdf är lösenordsskyddad"):
        meetings.pdf_bilaga(_encrypted(algorithm, "hemligt"), "låst.pdf")


def test_bad_bilagor_already_stored_are_named_never_fatal(demo_store, capsys) -> None:
    locked = Bilaga(title="Låst avtal", filename="avtal.pdf", content=_encrypted("AES-256", "x"))
    broken = Bilaga(title="Trasig karta", filename="karta.pdf", content=b"%PDF-1.7\n garbage")
    _store_bilaga(demo_store, locked)
    meeting_id = _store_bilaga(demo_store, broken)
    packet = build_packet(demo_store, meeting_id, cache=PartCache())
    named = " ".join(packet.problems)
    assert "Låst avtal" in named and "lösenordsskyddad" in named
    assert "Trasig karta" in named and "skadad" in named
    whole = " ".join(pages_text(packet.pdf))
    assert "lösenordsskyddad" in whole and "Omfördelning av budgetmedel" in whole
    hits = public_copy.scan_public(demo_store, meeting_id)
    unreadable = {h.where for h in hits if h.kind == "oläslig"}
    assert any("Låst avtal" in w for w in unreadable)
    assert any("Trasig karta" in w for w in unreadable)


def test_the_cli_packet_lists_the_problem_and_succeeds(demo_path, tmp_path, capsys) -> None:
    from ksdesk.cli import main
    from ksdesk.db.connection import open_store

    store = open_store(demo_path)
    _store_bilaga(
        store, Bilaga(title="Låst avtal", filename="a.pdf", content=_encrypted("AES-128", "x"))
    )
    store.close()
    out = tmp_path / "paket.pdf"
    command = ["kallelse", "--db", str(demo_path), "--meeting", "2020-12-07", "--packet"]
    assert main([*command, "--out", str(out)]) == 0
    said = capsys.readouterr()
    assert "Varning:" in said.err and "Låst avtal" in said.err
    assert "Traceback" not in said.err and out.exists()
    assert main(["public", "scan", "--db", str(demo_path), "--meeting", "2020-12-07"]) == 1
    assert "Kan inte granskas" in capsys.readouterr().out


@pytest.fixture
def aes_files() -> dict[str, bytes]:
    return {algorithm: _encrypted(algorithm) for algorithm in ("AES-128", "AES-256")}


@pytest.fixture
def without_crypto_extra(aes_files, monkeypatch) -> dict[str, bytes]:
    """pypdf as installed without its crypto extra: AES raises DependencyError (RC4 works).
    Gives the AES files, made before (making them needs the extra)."""
    from pypdf import _encryption
    from pypdf._crypt_providers import _fallback

    for name in ("CryptAES", "aes_cbc_decrypt", "aes_cbc_encrypt", "aes_ecb_decrypt"):
        monkeypatch.setattr(_encryption, name, getattr(_fallback, name))
    return aes_files


def test_the_crypto_extra_is_a_declared_dependency() -> None:
    from importlib.metadata import requires

    import cryptography  # noqa: F401 - installed with ksdesk, not by chance

    assert any(r.replace(" ", "").startswith("pypdf[crypto]") for r in requires("ksdesk"))


def test_without_the_extra_nothing_crashes(demo_store, without_crypto_extra) -> None:
    for algorithm, data in without_crypto_extra.items():
        with pytest.raises(InvalidInput, match="saknar det som behövs"):
            meetings.pdf_bilaga(data, f"{algorithm}.pdf")
        meeting_id = _store_bilaga(
            demo_store, Bilaga(title=f"Krypterad {algorithm}", filename="k.pdf", content=data)
        )
    packet = build_packet(demo_store, meeting_id, cache=PartCache())
    assert sum("saknar det som behövs" in p for p in packet.problems) == 2
    hits = public_copy.scan_public(demo_store, meeting_id)
    # The public check reads PDFs with pikepdf (qpdf), which opens an empty-password AES file
    # on its own: the personnummer inside each is found, not just "cannot be read".
    found = [h for h in hits if "Krypterad" in h.where]
    assert [h.kind for h in found] == ["personnummer", "personnummer"]
