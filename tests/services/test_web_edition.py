"""The web editions of the protokoll, the utdrag and the kallelse: tagged PDF/UA-1 + PDF/A-2a
that pass `pdfua check`, are Tagged, embed every font, say sv-SE, hold the headings, lists
and tables they have, and read (in structure order) exactly as the paper edition does (in
drawing order), so the two cannot say different things."""

from __future__ import annotations

from datetime import date, time

from ksdesk.core.protokoll import Ajournering, Reservation, Votering, Yrkande
from ksdesk.services import protokoll as service
from ksdesk.services.kallelse import kallelse_pdf
from ksdesk.services.protokoll_print import protokoll_document, utdrag_document
from ksdesk.services.web_edition import kallelse_web, protokoll_web, utdrag_web
from tests.services.test_protokoll_public import PNR, SECRET_BESLUT, decide, recorded
from tests.web_checks import assert_web_edition, paper_text, squeezed, structure_text

# What the paper's running header and footer take of each page (left out of its text).
PROTOKOLL_ZONES = {"top_mm": 20, "bottom_mm": 30, "repeated": ("Ledamot Ersätter Ja Nej Avstår",)}
# The paper kallelse repeats its table's header row where the list goes on to a next page
# (its last rows go over with the signatures): a repeat the web edition marks an artifact.
KALLELSE_ZONES = {"top_mm": 16, "bottom_mm": 15, "repeated": ("Nr Ärende Dnr",)}


def held(store) -> int:
    """The demo meeting held and recorded: a secret § 222, personnummer masked (and one
    kept), a votering with a reservation in § 221, justering planned."""
    meeting_id = recorded(store)
    protokoll = service.get_protokoll(store, meeting_id)
    voters = [a.name for a in protokoll.upprop if a.is_ledamot][:3]
    p = protokoll.paragraf(221)
    p.yrkanden = [Yrkande(voters[1], "yrkar avslag på förvaltningens förslag.", "SD")]
    p.propositionsordning = "Ordföranden ställer förslagen mot varandra."
    p.votering = Votering(
        "förvaltningens förslag",
        "avslagsyrkandet",
        {name: "nej" if name == voters[1] else "ja" for name in voters},
    )
    p.reservationer = [Reservation([voters[1]], "till förmån för eget yrkande")]
    p.omedelbar_justering = True
    service.save_paragraf(store, p)
    justering = protokoll.justering
    justering.justerare = voters[1:3]
    justering.place, justering.date, justering.time = "Kommunhuset", date(2020, 12, 10), time(9)
    justering.justerat = date(2020, 12, 10)  # the bevis then carries the fingerprint
    justering.ajourneringar = [Ajournering(time(15), time(15, 15))]
    service.save_justering(store, meeting_id, justering)
    decide(store, meeting_id)
    return meeting_id


def test_public_protokoll_for_the_web(demo_built, tmp_path) -> None:
    store, meeting_id = demo_built(held)
    web = protokoll_web(store, meeting_id)
    title = "Protokoll Kommunstyrelsen 2020-12-07 (offentlig version)"
    tags = {"H1", "H2", "H3", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD"}
    facts = assert_web_edition(web, tmp_path, title=title, tags=tags)
    assert facts.tags["H1"] == 1 and facts.tags["H2"] == 7  # the organ; each §
    text = structure_text(web)
    paper = paper_text(protokoll_document(store, meeting_id, public=True), **PROTOKOLL_ZONES)
    assert squeezed(text) == squeezed(paper)
    assert SECRET_BESLUT not in text and "sökanden [namn borttaget], XXXXXX-XXXX" in text
    assert f"Gäller {PNR}." in text  # kept on purpose, as on paper
    assert "reserverar sig mot beslutet till förmån för eget yrkande" in text
    assert "Fingeravtryck (SHA-256)" in text
    assert "§ 221 justerades omedelbart vid sammanträdet" in text
    assert "Ärendet hålls tillgängligt hos" in text  # the secret § 222, as on paper
    assert "Ajournering kl.\u00a015.00–15.15" in text  # under Plats och tid, as on paper


def test_public_utdrag_for_the_web(demo_built, tmp_path) -> None:
    store, meeting_id = demo_built(held)
    day = date(2020, 12, 15)
    web = utdrag_web(store, meeting_id, 221, day)
    title = "Protokollsutdrag § 221 Kommunstyrelsen 2020-12-07 (offentlig version)"
    assert_web_edition(web, tmp_path, title=title, tags={"H1", "H2", "L", "LI", "Table", "TH"})
    paper = utdrag_document(store, meeting_id, 221, day, public=True)
    assert squeezed(structure_text(web)) == squeezed(paper_text(paper, **PROTOKOLL_ZONES))


def test_public_kallelse_for_the_web(demo_built, tmp_path) -> None:
    store, meeting_id = demo_built(held)
    web = kallelse_web(store, meeting_id, with_proposals=True)
    facts = assert_web_edition(
        web,
        tmp_path,
        title="Kallelse Kommunstyrelsen 2020-12-07 (offentlig version)",
        tags={"H1", "H2", "Table"},
    )
    assert facts.tags["TH"] == 3  # Nr, Ärende, Dnr
    text = structure_text(web)
    paper = kallelse_pdf(store, meeting_id, public=True, with_proposals=True)
    assert squeezed(text) == squeezed(paper_text(paper, **KALLELSE_ZONES))
    assert "Förslag till beslut:" in text
    assert "Stockholm Business Alliance" not in text  # the secret ärende's title
    assert "Ärende som omfattas av sekretess (21 kap. 1 § OSL)" in text


def test_a_time_span_is_not_broken_after_its_dash(demo_built) -> None:
    """ "Festsalen Folkets hus (presidiet), måndag 7 december 2020, kl. 14.00–16.10" runs
    over the line: the web edition moves the whole "kl. 14.00–16.10" down, as paper does,
    instead of leaving "14.00–" at the end of the line."""
    import io

    from pypdf import PdfReader

    store, meeting_id = demo_built(held)
    justering = service.get_protokoll(store, meeting_id).justering
    justering.opened, justering.closed = time(14), time(16, 10)
    service.save_justering(store, meeting_id, justering)
    first = PdfReader(io.BytesIO(protokoll_web(store, meeting_id))).pages[0].extract_text()
    assert "\nkl.\u00a014.00–16.10" in first or "\nkl. 14.00–16.10" in first


def _word_lines(pdf: bytes, tmp_path) -> list[tuple[float, float, str]]:
    """(top, left, word) of every word on the first page, as poppler lays them out."""
    import re
    import subprocess

    path = tmp_path / "webb.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', out)
    return [(float(y), float(x), word) for x, y, word in found]


def test_plats_och_tid_wraps_flush_like_the_paper(demo_built, tmp_path) -> None:
    """A long Plats och tid runs onto a second line that starts where the first does, as on
    the paper protokoll; only the lists of people hang their §§ under the name."""
    from ksdesk.services import meetings

    store, meeting_id = demo_built(held)
    place = "Sammanträdesrummet Bollmora, kommunhuset, Marknadsgränd 2, 1 tr, Tyresö centrum"
    meetings.update_meeting_fields(store, meeting_id, {"place": place})
    words = _word_lines(protokoll_web(store, meeting_id), tmp_path)
    first = next(w for w in words if w[2] == "Sammanträdesrummet")
    below = [w for w in words if first[0] + 5 < w[0] < first[0] + 20]
    continued = min(below, key=lambda w: w[1])
    assert continued[2] == "Tyresö"  # the line did wrap
    assert abs(continued[1] - first[1]) < 0.5
