"""One § cited with two dates, however many texts cite it: found once, each source named
once, and the message names a few sources per date and counts the rest."""

from __future__ import annotations

from datetime import date

from ksdesk.core.delegation_citations import Source, conflicts, describe, find_citations


def _cites(n: int, when: str) -> list[Source]:
    return [
        Source(f"tjänsteskrivelsen i ärende {i}", f"Enligt delegationsordningen, KS {when} § 164.")
        for i in range(n)
    ]


def test_a_text_without_a_paragraph_sign_cites_nothing() -> None:
    assert find_citations(Source("x", "Kommunstyrelsen 2019-08-20 beslutade 164 saker.")) == []
    (found,) = find_citations(Source("x", "Kommunstyrelsen 2019-08-20 § 164."))
    assert (found.day, found.paragraf) == (date(2019, 8, 20), 164)


def test_thousands_of_citations_make_one_conflict_with_each_source_once() -> None:
    sources = [
        *_cites(3000, "2019-08-20"),
        *_cites(2, "2019-08-20"),  # the same labels again: named once
        Source("§ 216", "Delegationsordningen antogs den 20 augusti 2020 § 164."),
    ]
    (conflict,) = conflicts(sources)
    assert conflict.paragraf == 164
    assert conflict.dates[date(2020, 8, 20)] == ["§ 216"]
    assert len(conflict.dates[date(2019, 8, 20)]) == 3000
    message = describe(conflict)
    assert "tjänsteskrivelsen i ärende 3 " in message and "ärende 4 " not in message
    assert "och 2\u00a0996 ställen till" in message  # a no-break space in the number
    assert len(message) < 400


def test_citations_of_the_same_date_do_not_conflict() -> None:
    assert conflicts(_cites(500, "2019-08-20")) == []


def test_citations_are_found_beside_a_laws_paragraphs_in_a_long_text() -> None:
    """Only the text near each § is searched: a citation is found whole wherever it stands,
    among laws cited by §, two in a row, the long form before the ISO form."""
    text = (
        "Enligt 6 kap. 37 § KL och 7 kap. 5 § får nämnden delegera. "
        + "Förvaltningen har utrett frågan. " * 40
        + "Kommunstyrelsen antog delegationsordningen den 20 augusti 2019 § 164 och "
        + "KS 2019-09-10 § 12, 2019-10-01 § 13. Se även 4 kap. 2 §."
    )
    found = find_citations(Source("x", text))
    assert [(c.day, c.paragraf, c.organ) for c in found] == [
        (date(2019, 8, 20), 164, "kommunstyrelsen"),
        (date(2019, 9, 10), 12, "kommunstyrelsen"),
        (date(2019, 10, 1), 13, "kommunstyrelsen"),
    ]
    assert all(c.mentions_delegation for c in found)
    assert find_citations(Source("x", "Enligt 6 kap. 37 § KL får nämnden delegera.")) == []
