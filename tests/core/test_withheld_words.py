"""The words the last check reads a public output for (core.withheld_words)."""

from __future__ import annotations

from ksdesk.core.citizen_mentions import citizen_names
from ksdesk.core.motion import Motion, MotionTyp
from ksdesk.core.secret_mentions import looked_for
from ksdesk.core.withheld_words import NAME, SECRET, withheld_words, word_key

TITLE = "Utredning om placering av Lindqvist"


def _words(*titles: str, printed: tuple[str, ...] = ()):
    citizen = Motion(MotionTyp.MEDBORGARFORSLAG, "Bänkar", None, av="Kalle Karlsson")
    names = [name.forms for name in citizen_names([citizen])]
    return withheld_words(names, [looked_for(t) for t in titles], list(printed))


def test_a_name_in_any_form_and_a_title_in_any_case_and_spacing_are_found() -> None:
    words = _words(TITLE)
    assert words.kinds_in("Svar till KARLSSON, Kalle") == [NAME]
    assert words.kinds_in("Se utredning om\nplacering  av LINDQVIST.") == [SECRET]
    assert words.kinds_in("Kalle Karlssons förslag; Utredning om placering av Lindqvist") == [
        NAME,
        SECRET,
    ]
    assert words.kinds_in("Karlssonsgatan 4, Kalle Karlssonen, utredningen om placering") == []


def test_a_title_too_short_or_printed_in_its_own_right_is_not_tested() -> None:
    words = _words(
        "Yttrande", "Anmälan av delegationsbeslut", printed=("Anmälan av delegationsbeslut",)
    )
    assert words.titles == ()
    assert words.kinds_in("Yttrande. Anmälan av delegationsbeslut") == []


def test_a_heading_quoted_by_a_refusal_hides_the_words() -> None:
    words = _words(TITLE)
    heading = "Ärende 4 · Utredning om placering av Lindqvist · Kalle Karlssons förslag"
    assert words.hidden(heading) == "Ärende 4 · [sekretess] · [namn] förslag"


def test_a_name_kept_in_some_text_is_found_by_its_key_and_passes_a_text_output() -> None:
    """Kept in one text, the name is still looked for in a PDF (it passes only on the pages
    of that text, by its key), while a text output, which cannot tell texts apart, lets it
    through as kept."""
    citizen = Motion(MotionTyp.MEDBORGARFORSLAG, "Bänkar", None, av="Kalle Karlsson")
    forms = citizen_names([citizen])[0].forms
    words = withheld_words([], [looked_for(TITLE)], [], kept=[(NAME, forms)])
    key = word_key(NAME, forms)
    assert words.found_in("Svar till Karlsson, Kalle") == [(NAME, key)]
    assert words.found_in(f"{TITLE}; Kalle Karlsson") == [(SECRET, ""), (NAME, key)]
    assert words.kinds_in("Svar till Kalle Karlsson") == []
    assert words.hidden("Ärende 4 · Kalle Karlssons förslag") == "Ärende 4 · [namn] förslag"
    assert "karlsson" not in key.lower() and key != word_key(SECRET, forms)
