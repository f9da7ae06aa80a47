"""A citizen's name with an initial after the surname at the end of a sentence ("… lämnat
av Karlsson K.") is masked with the sentence's full stop kept: the initial's stop was also
the sentence's. Before, the public text read "… lämnat av förslagsställaren Förslaget …"."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.citizen_mentions import NEUTRAL, citizen_names
from ksdesk.core.motion import Motion, MotionTyp
from ksdesk.core.secret_mentions import neutral_for_each, replace_mentions

CASES = {
    "Förslaget lämnades av Karlsson K.": "Förslaget lämnades av förslagsställaren.",
    "Lämnat av Karlsson K. Förslaget gäller bänkar.": (
        "Lämnat av förslagsställaren. Förslaget gäller bänkar."
    ),
    "Av Karlsson K.\nBeslut": "Av förslagsställaren.\nBeslut",
    "Karlsson K. och Berg A. var där.": "Förslagsställaren och Berg A. var där.",
    "Närvarande: Karlsson K., Berg A.": "Närvarande: Förslagsställaren, Berg A.",
    "Av Kalle Karlsson.": "Av förslagsställaren.",
}


@pytest.mark.parametrize("text", CASES)
def test_the_sentence_keeps_its_full_stop(text: str) -> None:
    motion = Motion(MotionTyp.MEDBORGARFORSLAG, "Bänkar", date(2020, 1, 1), av="Kalle Karlsson")
    (name,) = citizen_names([motion])
    assert replace_mentions(text, neutral_for_each(name.forms, NEUTRAL)) == CASES[text]
