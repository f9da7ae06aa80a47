"""Signs Liberation Sans lacks print from DejaVu Sans, Word's symbol bullets print as the signs
they show, and a character no bundled font has prints as � on paper and on the web: never an
empty box, and never a web edition that cannot be made (Typst refuses a PDF/A with a glyph
missing, a BOM or a control character in it)."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date, time
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFontFile

from ksdesk import paths
from ksdesk.core.meeting import Arende, Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.reports.delegation_pdf import render_version
from ksdesk.reports.font_coverage import fallback_font, main_font
from ksdesk.reports.kallelse_pdf import kallelse_pdf
from ksdesk.reports.web.delegationsordning import delegationsordning_blocks
from ksdesk.reports.web.html import web_html
from ksdesk.reports.web.model import Para, Part, WebDocument
from ksdesk.reports.web.typst_pdf import web_pdf
from tests.pdf_helpers import pages_text
from tests.reports.test_delegation_pdf_imported import imported  # noqa: F401 (fixture)
from tests.web_checks import assert_web_edition, structure_text

PASTED = "Beslut \uf0b7 bifall \uf0fc klart \uf0a8 öppet ☐ ✓ a\u2011b \ufeffBOM\x07 中 🙂 slut"
SHOWN = "Beslut • bifall ✓ klart ☐ öppet ☐ ✓ a‑b BOM � � slut"


def test_the_cmap_reader_agrees_with_reportlab() -> None:
    for name, ours in (
        ("LiberationSans-Regular.ttf", main_font()),
        ("DejaVuSans.ttf", fallback_font()),
    ):
        theirs = TTFontFile(str(paths.fonts_dir() / name)).charToGlyph
        assert ours == {code for code, glyph in theirs.items() if glyph and code != 0xFFFF}


def test_paper_prints_every_sign_and_embeds_the_fallback_font(tmp_path) -> None:
    meeting = Sammantrade(organ_id=1, date=date(2025, 3, 3), time=time(9), place="KS-salen")
    meeting.items = [Arende(PASTED, dnr="KS 2025/1", proposal=PASTED)]
    pdf = kallelse_pdf(
        meeting, Organ("Kommunstyrelsen", kommun="Testby kommun"), with_proposals=True
    )
    text = pages_text(pdf)[0]
    assert text.count(SHOWN) == 2, text
    (tmp_path / "k.pdf").write_bytes(pdf)
    fonts = subprocess.run(["pdffonts", str(tmp_path / "k.pdf")], capture_output=True, text=True)
    assert "+DejaVuSans " in fonts.stdout


def test_the_web_edition_is_made_and_reads_the_same(tmp_path) -> None:
    document = WebDocument(PASTED, "Testby kommun", [Part((Para(PASTED),))])
    pdf = web_pdf(document)
    assert_web_edition(pdf, tmp_path, title=SHOWN, tags={"P"})
    assert SHOWN in structure_text(pdf)


def test_an_imported_delegationsordning_with_word_bullets_prints_both_ways(
    imported,  # noqa: F811 (the fixture)
    tmp_path,
) -> None:
    chapter = imported.chapters[0]
    point = replace(chapter.points[0], arende="\uf0b7 Yttranden\n\uf0a7 Remisser\ufeff")
    version = replace(imported, chapters=[replace(chapter, points=[point, *chapter.points[1:]])])
    paper = " ".join(pages_text(render_version(version)))
    assert "• Yttranden" in paper and "▪ Remisser" in paper
    blocks = delegationsordning_blocks(version, None, "", level=1)
    pdf = web_pdf(WebDocument("Delegationsordning", "Testby kommun", [Part(tuple(blocks))]))
    assert_web_edition(pdf, tmp_path, title="Delegationsordning", tags={"H1", "Table"})
    assert "• Yttranden" in structure_text(pdf)


def test_the_html_edition_shows_words_bullets_and_leaves_the_rest_to_the_browser() -> None:
    page = web_html(WebDocument(PASTED, "Testby kommun", [Part((Para(PASTED),))]))
    shown = "Beslut • bifall ✓ klart ☐ öppet ☐ ✓ a‑b BOM 中 🙂 slut"
    assert page.count(shown) == 2  # the <title> and the paragraph
    assert not {"\uf0b7", "\ufeff", "\x07"} & set(page)


def test_every_report_escapes_user_text_through_printable() -> None:
    """A report that escaped with xml.sax.saxutils or html.escape would print empty boxes again
    (the protokoll and the utdrag did, until this test looked for html.escape too)."""
    folder = Path(__file__).resolve().parents[2] / "ksdesk" / "reports"
    direct = [
        f.name
        for f in folder.glob("*.py")
        if f.name != "printable.py"
        and any(
            escaper in f.read_text(encoding="utf-8")
            for escaper in ("saxutils", "from html import escape")
        )
    ]
    assert direct == []


def test_a_running_header_draws_the_signs_too(tmp_path) -> None:
    """The running header is drawn straight on the canvas, not as a Paragraph: an organ or a
    title pasted from Word prints there as in the body, never as empty boxes."""
    from reportlab.platypus import Paragraph

    from ksdesk.reports.base import PageHeader, build_pdf, stylesheet

    pdf = build_pdf(
        [Paragraph("Brödtext", stylesheet()["Normal"])],
        title="Rubrik",
        header=PageHeader(left=PASTED, right="\uf0fc 3 mars 2025"),
        header_on_first_page=True,
    )
    # pdftotext puts a space between runs drawn one after another: compare without spaces.
    squeezed = "".join(pages_text(pdf)[0].split())
    assert "".join(f"{SHOWN} ✓ 3 mars 2025".split()) in squeezed
    (tmp_path / "h.pdf").write_bytes(pdf)
    fonts = subprocess.run(["pdffonts", str(tmp_path / "h.pdf")], capture_output=True, text=True)
    assert "+DejaVuSans " in fonts.stdout
