"""A citizen's name with the given name as an initial, as a närvarolista, a signature or a
list sorted by surname writes it ("K. Karlsson", "Karlsson K.", "Karlsson, K."), is found
by the review, masked, and read for by the last check, as the name written in full is.
Before, only the full name and its inverted forms were looked for, and "K. Karlssons
förslag" was published.

The texts are a real decision's (Mjölby kommun, "Beslutade medborgarförslag 2020",
https://www.mjolby.se/37199.html), as in tests/safety/test_citizen_names.py; a variant: the
page names nobody, here the förslag names a made-up citizen by initial and surname. The
forms with initials found nothing in the seed packet and the corpus of other kommuner
(bench/citizen_name_false_alarms.py: 935 names tried, 0 hits)."""

from __future__ import annotations

import pytest

from ksdesk.core.citizen_mentions import NEUTRAL, citizen_names
from ksdesk.core.motion import Motion, MotionTyp
from ksdesk.core.public_copy import PublicCopyRules
from ksdesk.core.secret_mentions import mentions, neutral_for_each, replace_mentions
from ksdesk.services import meeting_lookup, meetings
from ksdesk.services.public_gate import PublicOutputRefused
from tests.safety.public_surfaces import OUTPUTS
from tests.safety.test_citizen_names import DAY, _decide_all, _meeting_naming_the_citizen

FORSLAG = "medborgarförslag om bollkorg eller klätterplank vid Prästgårdsliden"


def test_the_forms_with_initials_are_looked_for_and_replaced() -> None:
    motion = Motion(MotionTyp.MEDBORGARFORSLAG, "Bollkorg", DAY, av="Kalle Karlsson")
    (name,) = citizen_names([motion])
    text = (
        "Närvarande: Karlsson K., Berg A.; lämnat av Karlsson, K. och K. Karlssons förslag. "
        "Ej Kent Karlsson, KK Karlsson, A.K.Karlsson, Karlsson Kommun eller Karlsson K.A."
    )
    assert len(mentions(text, name.forms)) == 3
    assert replace_mentions(text, neutral_for_each(name.forms, NEUTRAL)) == (
        "Närvarande: Förslagsställaren, Berg A.; lämnat av förslagsställaren och "
        "förslagsställarens förslag. Ej Kent Karlsson, KK Karlsson, A.K.Karlsson, "
        "Karlsson Kommun eller Karlsson K.A."
    )


def test_two_given_names_as_initials_with_or_without_a_space() -> None:
    motion = Motion(MotionTyp.MEDBORGARFORSLAG, "Bänkar", DAY, av="Anna Karin Berg")
    (name,) = citizen_names([motion])
    for written in ("A. K. Berg", "A.K. Berg", "Berg, A.K.", "Berg A. K.", "A. Karin Berg"):
        assert mentions(f"Svar till {written} om bänkar", name.forms), written


def _named_with_initial(store) -> int:
    """The demo meeting whose förslag names the citizen by initial and surname only."""
    meeting = _meeting_naming_the_citizen(store)
    item = next(i for i in meeting.items if i.tjansteskrivelse is not None and not i.secret)
    item.proposal = f"att avslå K. Karlssons {FORSLAG}."
    item.tjansteskrivelse.sections.pop()
    meetings.save_meeting(store, meeting)
    return meeting_lookup.find_meeting(store, DAY).id


def test_masked_the_name_with_an_initial_is_in_no_public_output(demo_store) -> None:
    meeting_id = _named_with_initial(demo_store)
    _decide_all(demo_store, meeting_id)
    flat = " ".join(OUTPUTS["kallelse med förslag (papper)"](demo_store, meeting_id).split())
    assert "karlsson" not in flat.lower()
    assert f"att avslå förslagsställarens {FORSLAG}" in flat


@pytest.mark.parametrize("output", ["kallelse med förslag (papper)", "kallelse med förslag (webb)"])
def test_a_masking_miss_of_the_initial_form_is_refused(demo_store, monkeypatch, output) -> None:
    meeting_id = _named_with_initial(demo_store)
    _decide_all(demo_store, meeting_id)
    monkeypatch.setattr(PublicCopyRules, "mask", lambda self, source, text: text)
    with pytest.raises(PublicOutputRefused) as refused:
        OUTPUTS[output](demo_store, meeting_id)
    assert "namnet på en förslagsställare" in str(refused.value)
    assert "Karlsson" not in str(refused.value)
