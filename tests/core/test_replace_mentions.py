"""Replacing the names and titles the review decided to mask, in one pass: where the forms of
one name overlap (the name written twice, "Kalle Karlsson Kalle Karlsson", holds "Karlsson
Kalle", the name family name first, in its middle), each name is replaced whole. Replaced
form by form, the family-name-first form went first and left "Kalle förslagsställaren
Karlsson" printed. The name is made up."""

from __future__ import annotations

from datetime import date

from ksdesk.core.citizen_mentions import NEUTRAL, citizen_names, public_register_text
from ksdesk.core.motion import Motion, MotionTyp
from ksdesk.core.secret_mentions import replace_mentions

NAMES = citizen_names(
    [Motion(MotionTyp.MEDBORGARFORSLAG, "Bollkorg", date(2019, 5, 6), av="Kalle Karlsson")]
)
FORMS = {form: NEUTRAL for form in NAMES[0].forms}


def test_a_name_written_twice_is_replaced_twice() -> None:
    text = "Beslutet skickas till Kalle Karlsson Kalle Karlsson."
    assert replace_mentions(text, FORMS) == f"Beslutet skickas till {NEUTRAL} {NEUTRAL}."
    assert public_register_text(NAMES)(text) == f"Beslutet skickas till {NEUTRAL} {NEUTRAL}."


def test_the_longer_of_two_titles_at_one_place_is_replaced_whole() -> None:
    titles = {
        "Reviderad delegationsordning": "A",
        "Reviderad delegationsordning daterad 26 november": "B",
    }
    text = "Se Reviderad delegationsordning daterad 26 november och Reviderad delegationsordning."
    assert replace_mentions(text, titles) == "Se b och a."
