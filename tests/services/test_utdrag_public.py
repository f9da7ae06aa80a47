"""The public protokollsutdrag: the same guard and rules as the public protokoll. A secret §
keeps its number, its neutral title and its sekretess line; personnummer are masked or kept
as decided; every page says OFFENTLIG VERSION; the CLI refuses until the scan is decided."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from ksdesk.cli import main
from ksdesk.core.errors import InvalidInput
from ksdesk.core.public_copy import PublicCopyBlocked
from ksdesk.db.connection import open_store
from ksdesk.services.protokoll_print import utdrag_document, utdrag_on
from tests.services.test_protokoll_public import (
    PNR,
    SECRET_BESLUT,
    decide,
    justera,
    recorded,
    words,
)

BESTYRKT = date(2020, 12, 11)


def test_public_utdrag_waits_for_every_decision(demo_store) -> None:
    meeting_id = recorded(demo_store)
    with pytest.raises(PublicCopyBlocked, match="4 träffar är inte hanterade"):
        utdrag_document(demo_store, meeting_id, 219, BESTYRKT, public=True)
    # The ordinary utdrag is never held up by the scan.
    assert PNR in words(utdrag_document(demo_store, meeting_id, 219, BESTYRKT))


def test_public_utdrag_of_a_secret_paragraf(demo_store) -> None:
    meeting_id = recorded(demo_store)
    decide(demo_store, meeting_id)
    text = words(utdrag_document(demo_store, meeting_id, 222, BESTYRKT, public=True))
    assert "PROTOKOLLSUTDRAG · OFFENTLIG VERSION" in text
    assert "Offentlig version. En paragraf som omfattas av sekretess återges utan innehåll" in text
    assert "§ 222 Ärende som omfattas av sekretess Sekretess enligt 21 kap. 1 § OSL" in text
    for secret in (SECRET_BESLUT, "Stockholm Business Alliance", "styrelseledamot", "Beslut "):
        assert secret not in text
    assert "med undantag för uppgifter som maskerats i den offentliga versionen" in text
    full = words(utdrag_document(demo_store, meeting_id, 222, BESTYRKT))
    assert SECRET_BESLUT in full and "OFFENTLIG" not in full
    assert "SEKRETESS enligt 21 kap. 1 § OSL" in full and "SEKRETESS" not in text
    assert "överensstämmer med originalprotokollet. " in full + " "


def test_public_utdrag_masks_as_decided(demo_store) -> None:
    meeting_id = recorded(demo_store)
    decide(demo_store, meeting_id)
    data = utdrag_document(demo_store, meeting_id, 219, BESTYRKT, public=True)
    text = words(data)
    # The beslut's number masked, and the sökande's name with it (a private party).
    assert "sökanden [namn borttaget], XXXXXX-XXXX" in text
    assert f"Gäller {PNR}." in text  # the anteckning's: kept on purpose
    assert "§ 219" in text and "Beslut" in text
    assert PdfReader(io.BytesIO(data)).metadata.title.endswith("(offentlig version)")


def test_public_utdrag_of_a_kept_paragraf_is_refused(demo_store) -> None:
    with pytest.raises(InvalidInput, match="ingen granskning före publicering"):
        utdrag_on(demo_store, date(2020, 11, 24), 216, public=True)


def test_cli_public_utdrag(demo_path, tmp_path, capsys) -> None:
    store = open_store(demo_path)
    meeting_id = recorded(store)
    store.close()
    out = tmp_path / "utdrag.pdf"
    args = ["utdrag", "--db", str(demo_path), "--meeting", "2020-12-07", "--paragraf", "222"]
    args += ["--out", str(out), "--public"]
    assert main(args) == 1
    assert "Den offentliga kopian kan inte skapas: 4 träffar" in capsys.readouterr().err
    assert not out.exists()
    store = open_store(demo_path)
    decide(store, meeting_id)
    store.close()
    assert main(args) == 1  # decided, but neither justerat nor justerad omedelbart
    assert "§ 222 är inte justerad ännu" in capsys.readouterr().err
    store = open_store(demo_path)
    justera(store, meeting_id)
    store.close()
    assert main(args) == 0
    said = capsys.readouterr().out
    assert "offentliga versionen av protokollsutdraget av § 222 (för webben" in said
    text = words(out.read_bytes())
    assert "OFFENTLIG VERSION" in text and SECRET_BESLUT not in text


def test_a_paragraf_justerad_omedelbart_is_published_before_the_protokoll(demo_store) -> None:
    from ksdesk.services import protokoll as service
    from ksdesk.services.web_edition import utdrag_web

    meeting_id = recorded(demo_store)
    decide(demo_store, meeting_id)
    with pytest.raises(InvalidInput, match="§ 221 är inte justerad ännu"):
        utdrag_web(demo_store, meeting_id, 221)
    paragraf = service.get_protokoll(demo_store, meeting_id).paragraf(221)
    paragraf.omedelbar_justering = True
    service.save_paragraf(demo_store, paragraf)
    assert utdrag_web(demo_store, meeting_id, 221).startswith(b"%PDF")
