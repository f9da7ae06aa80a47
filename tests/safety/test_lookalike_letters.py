"""A citizen's name or a secret title written with a Cyrillic or Greek letter that looks
exactly like the Latin one ("Kаrlsson" with a Cyrillic а, as the seed's delegationsordning
writes "Skер" with a Cyrillic е and р) reads as the name on paper: the review finds it,
the masking replaces it and the last check reads for it. Before, the name was published.

The texts are test_citizen_names.py's (Mjölby's decision on a medborgarförslag, the citizen
made up); the variant is the letters, taken from core.lookalike as the seed's come."""

from __future__ import annotations

import pytest

from ksdesk.core.meeting import Section
from ksdesk.core.secret_mentions import mentions, replace_mentions
from ksdesk.services import meetings, public_copy
from tests.safety.public_surfaces import OUTPUTS
from tests.safety.test_citizen_names import CITIZEN, _decide_all, _meeting_naming_the_citizen

WRITTEN = {
    "kyrilliskt a": "Kalle K\u0430rlsson",
    "kyrilliskt K och o": "\u041aalle Karlss\u043en",
    "grekiskt K": "\u039aalle Karlsson",
    "versaler med kyrilliskt А": "KALLE K\u0410RLSSON",
}


@pytest.mark.parametrize("written", WRITTEN.values(), ids=WRITTEN.keys())
def test_a_name_with_lookalike_letters_is_a_mention(written: str) -> None:
    assert mentions(f"Förslaget från {written} gäller en bollkorg.", (CITIZEN,))
    replaced = replace_mentions(f"Från {written}.", {CITIZEN: "förslagsställaren"})
    assert replaced == "Från förslagsställaren."


def test_other_words_and_a_russian_quotation_are_not() -> None:
    assert not mentions("Kalle Karlberg", (CITIZEN,))
    assert not mentions("Калле Карлссон", (CITIZEN,))  # the name in Cyrillic, not look-alike


def test_the_review_masks_it_in_every_public_output(demo_store) -> None:
    meeting = _meeting_naming_the_citizen(demo_store)
    item = next(i for i in meeting.items if i.tjansteskrivelse is not None and not i.secret)
    text = f"Förslaget lämnades in av {WRITTEN['kyrilliskt a']} den 6 maj 2019."
    item.tjansteskrivelse.sections.append(Section("Bakgrund", text))
    meetings.save_meeting(demo_store, meeting)
    found = [h for h in public_copy.scan_public(demo_store, meeting.id) if h.kind == "namn"]
    assert len(found) == 3  # the förslag, the beskrivning and the text with the look-alike
    _decide_all(demo_store, meeting.id)
    for name in ("paket (papper)", "paket (webb) och bilagefiler"):
        printed = " ".join(OUTPUTS[name](demo_store, meeting.id).split())
        assert "rlsson" not in printed, name
        assert "lämnades in av förslagsställaren den 6 maj" in printed, name
