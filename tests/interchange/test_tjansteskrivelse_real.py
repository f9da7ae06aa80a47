"""Real tjänsteskrivelser from six kommuner, rebuilt as Word files in their templates' shapes
(real_tjansteskrivelser*.py name the sources), read by the import: every field right, and
every paragraph of each file either read or named in the report."""

from __future__ import annotations

import docx
import pytest

from ksdesk.interchange import tjansteskrivelse_words as words
from ksdesk.interchange.tjansteskrivelse_docx import read_tjansteskrivelse
from ksdesk.interchange.tjansteskrivelse_fields import label_pairs
from tests.interchange.real_tjansteskrivelser import LUDVIKA_434_TEXT, LUDVIKA_437_KS
from tests.interchange.real_tjansteskrivelser_expected import EXPECTED, measure
from tests.interchange.real_tjansteskrivelser_more import TRANAS_ATTS, TYRESO_ATTS


@pytest.fixture(params=sorted(EXPECTED))
def read(request, tmp_path):
    expected = EXPECTED[request.param]
    path = tmp_path / f"{request.param}.docx"
    expected["write"](path)
    return path, read_tjansteskrivelse(path), expected


def test_every_field_is_read_right(read):
    _path, result, expected = read
    right, total, wrong = measure(result.tjansteskrivelse, expected)
    assert wrong == [], f"{right} av {total} rätt"


def test_every_paragraph_is_read_or_named_in_the_report(read):
    """The rule of every import: no text of the file disappears without a line."""
    path, result, _expected = read
    assert_every_word_kept(path, result)


def assert_every_word_kept(path, result) -> None:
    """Every word of the Word file at `path` is in what `result` (read from it, or from its
    PDF print) holds or in its report: labels and part headings aside, which are structure."""
    ts, report = result.tjansteskrivelse, result.report
    kept = " ".join(
        [
            ts.title,
            *(
                getattr(ts, f)
                for f in ("datum", "diarienummer", "handlaggare", "handlaggare_titel")
            ),
        ]
        + [ts.telefon, ts.epost, ts.mottagare, *ts.beslut_skickas_till]
        + [f"{a.nr}. {a.text}" for a in ts.forslag]
        + [f"{s.heading} {s.text}" for s in ts.sections]
        + [f"{s.name} {s.title}" for s in ts.signatories]
        + [line.text for _h, lines in report.sections() for line in lines]
    ).replace(",", " ")
    document = docx.Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    paragraphs += [c.text for t in document.tables for r in t.rows for c in r.cells]
    kept_words = set(kept.split())
    for text in filter(str.strip, paragraphs):
        for part in text.replace("\t", "\n").split("\n"):
            labelled = words.LABEL_FIRST.match(part.strip())
            # a typed bullet ("• Nämndsekreteraren") marks a list item: not a word of it
            value = words.unbulleted(labelled.group(2) if labelled else part)
            pairs = label_pairs(part)  # "Datum 2019-08-15 Dnr SN 2019/0055": labels
            if pairs is not None:
                value = " ".join(v for _field, v in pairs)
            if words.bilagor_inline(part) or words.send_inline(part):
                value = part.partition(":")[2]  # "Bilagor: …": the heading is structure
            head, bracket, inside = value.rpartition("(")
            in_brackets = words.LABEL_FIRST.match(inside.removesuffix(")").strip())
            if bracket and inside.endswith(")") and in_brackets:  # "… (Dnr 123/2008)"
                value = f"{head} {in_brackets.group(2)}"
            if words.key(part) in words.LABELS or _structure(part):
                continue  # a label names a field, a heading a part: no content of their own
            missing = [w for w in value.replace(",", " ").split() if w not in kept_words]
            assert not missing, part


def test_att_satser_keep_their_text(tmp_path):
    """The text itself, not only the count: a Word list, typed numbers, "att"-paragraphs."""
    from tests.interchange import real_tjansteskrivelser as first
    from tests.interchange import real_tjansteskrivelser_more as more

    texts = {}
    for name, write in (
        ("437", first.write_ludvika_437),
        ("tranas", more.write_tranas),
        ("tyreso", more.write_tyreso),
    ):
        write(tmp_path / f"{name}.docx")
        ts = read_tjansteskrivelse(tmp_path / f"{name}.docx").tjansteskrivelse
        texts[name] = [att.text for att in ts.forslag]
    assert texts["437"][:4] == LUDVIKA_437_KS
    assert texts["tranas"] == TRANAS_ATTS
    assert texts["tyreso"] == TYRESO_ATTS


def test_section_text_keeps_its_paragraphs(tmp_path):
    from tests.interchange import real_tjansteskrivelser as first

    first.write_ludvika_434(tmp_path / "434.docx")
    ts = read_tjansteskrivelse(tmp_path / "434.docx").tjansteskrivelse
    assert ts.sections[0].text == "\n\n".join(LUDVIKA_434_TEXT)


def test_bulleted_list_becomes_dash_lines(tmp_path):
    from tests.interchange import real_tjansteskrivelser as first

    first.write_upplands_bro(tmp_path / "ub.docx")
    ts = read_tjansteskrivelse(tmp_path / "ub.docx").tjansteskrivelse
    underlag = next(s for s in ts.sections if s.heading == "Beslutsunderlag")
    assert underlag.text == (
        "- Tjänsteskrivelse daterad 2018-08-28\n- Utdrag ur riktlinjerna för ekonomiskt bistånd"
    )


def test_bilagor_named_in_word_are_lines_in_the_report(tmp_path):
    from tests.interchange import real_tjansteskrivelser as first

    first.write_ludvika_437(tmp_path / "437.docx")
    report = read_tjansteskrivelse(tmp_path / "437.docx").report
    dropped = [line.text for line in report.dropped]
    assert "4. Investeringsramar 2021-2025." in dropped
    assert all("Bilagor" in line.why for line in report.dropped)


def _structure(text: str) -> bool:
    """The headings that become the tjänsteskrivelse's structure: the att-satser's (and who
    decides them), Bilagor, Beslut skickas till."""
    return (
        words.forslag_group(text) is not None
        or words.is_send_heading(text)
        or words.is_bilagor_heading(text)
    )
