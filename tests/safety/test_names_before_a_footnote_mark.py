"""A citizen's name or a secret title with a footnote mark right after it ("Kalle Karlsson¹",
or "Kalle Karlsson1" as a text copied from Word or a PDF keeps the mark) is still the name:
the review finds it, the masking replaces it and the last check reads for it. Before, a
digit after the name's last letter made it part of a longer word, and the name was
published.

The texts are test_citizen_names.py's (Mjölby kommun's decision on a medborgarförslag,
the citizen made up); a variant: the beskrivning carries a footnote."""

from __future__ import annotations

import pytest

from ksdesk.core.meeting import Section
from ksdesk.core.secret_mentions import mentions
from ksdesk.services import meetings, public_copy
from tests.safety.public_surfaces import OUTPUTS
from tests.safety.test_citizen_names import CITIZEN, _decide_all, _meeting_naming_the_citizen

MARKS = ("1", "¹", "12", "²")


@pytest.mark.parametrize("mark", MARKS)
def test_a_name_before_a_footnote_mark_is_a_mention(mark: str) -> None:
    assert mentions(f"Förslaget från {CITIZEN}{mark} gäller en bollkorg.", (CITIZEN,))
    assert mentions(f"{CITIZEN}s{mark} förslag", (f"{CITIZEN}s",))


def test_a_longer_word_or_a_title_ending_in_a_number_is_none() -> None:
    assert not mentions("Kalle Karlssonska gården", (CITIZEN,))
    assert not mentions("Detaljplan för Björken 12", ("Detaljplan för Björken 1",))


def _footnoted(store, mark: str) -> int:
    meeting = _meeting_naming_the_citizen(store)
    item = next(i for i in meeting.items if i.tjansteskrivelse is not None and not i.secret)
    text = f"Förslaget lämnades in av {CITIZEN}{mark} den 6 maj 2019."
    item.tjansteskrivelse.sections.append(Section("Bakgrund", text))
    meetings.save_meeting(store, meeting)
    return meeting.id


@pytest.mark.parametrize("mark", ("1", "¹"))
def test_the_review_masks_it_in_every_public_output(demo_store, mark: str) -> None:
    meeting_id = _footnoted(demo_store, mark)
    found = [h for h in public_copy.scan_public(demo_store, meeting_id) if h.kind == "namn"]
    assert len(found) == 3  # the förslag, the beskrivning and the footnoted text
    _decide_all(demo_store, meeting_id)
    for name in ("kallelse med förslag (papper)", "paket (papper)", "paket (webb) och bilagefiler"):
        printed = " ".join(OUTPUTS[name](demo_store, meeting_id).split())
        assert "Karlsson" not in printed, name
        if name.startswith("paket"):  # the tjänsteskrivelse is printed in the packets
            assert f"lämnades in av förslagsställaren{mark} den 6 maj" in printed, name
