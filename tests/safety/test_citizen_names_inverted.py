"""A citizen's name written inverted, as a list or a register writes it ("Karlsson, Kalle",
"KARLSSON, Kalle", "Karlsson Kalle"), is found by the review as the name written straight
is, and decided "maskera" it reaches no public output: the kallelse, the protokoll, the
utdrag, the text of a stored PDF bilaga. Before, only "Kalle Karlsson" was looked for, and
the inverted name was published.

The texts are a real decision's (Mjölby kommun, "Beslutade medborgarförslag 2020",
https://www.mjolby.se/37199.html), as in tests/safety/test_citizen_names.py; a variant: the
page names nobody, here the förslag names a made-up citizen."""

from __future__ import annotations

import pytest

from ksdesk.core.citizen_mentions import citizen_names
from ksdesk.core.motion import Motion, MotionTyp
from ksdesk.core.secret_mentions import mentions, replace_mentions
from ksdesk.services import meeting_lookup, meetings, public_copy
from ksdesk.services import protokoll as protokoll_service
from tests.pdf_helpers import text_pdf
from tests.safety.public_surfaces import OUTPUTS, PARAGRAF
from tests.safety.test_citizen_names import DAY, _decide_all, _meeting_naming_the_citizen

FORSLAG = "medborgarförslag om bollkorg eller klätterplank vid Prästgårdsliden"


def test_the_inverted_forms_are_looked_for_and_replaced() -> None:
    motion = Motion(MotionTyp.MEDBORGARFORSLAG, "Bollkorg", DAY, av="Kalle Karlsson Berg")
    (name,) = citizen_names([motion])
    text = (
        "Från KARLSSON BERG, Kalle och Berg, Kalle Karlssons förslag; Kalle Karlsson Berg. "
        "Där var Berg Kalle Karlsson, Karlsson Berg,Kalle, ej Sundberg Kalle Karlsson."
    )
    # Five places, each found by one form or more ("Berg, Kalle" is also "Kalle Berg"
    # inverted: core.citizen_mentions.written_name_forms).
    places = []
    for start, end in mentions(text, name.forms):
        if places and start < places[-1][1]:
            places[-1] = (places[-1][0], max(end, places[-1][1]))
        else:
            places.append((start, end))
    assert len(places) == 5
    neutral = {f: "förslagsställaren" + ("s" if f[:-1] in name.forms else "") for f in name.forms}
    assert replace_mentions(text, neutral) == (
        "Från förslagsställaren och förslagsställarens förslag; förslagsställaren. "
        "Där var förslagsställaren, förslagsställaren, ej Sundberg Kalle Karlsson."
    )


def _named_inverted(store, where: str) -> int:
    """The demo meeting with the citizen's name inverted in one text (`where`)."""
    meeting = _meeting_naming_the_citizen(store)
    item = next(i for i in meeting.items if i.tjansteskrivelse is not None and not i.secret)
    # The straight name stays out of this meeting: only the inverted one is to be found.
    item.proposal = f"att avslå {FORSLAG}."
    item.tjansteskrivelse.sections.pop()
    if where == "förslag":
        item.proposal = f"att avslå KARLSSON, Kalles {FORSLAG}."
    elif where == "tjänsteskrivelse":
        section = item.tjansteskrivelse.sections[0]
        spaced = f"811218{' ' * 20}9876"  # a number as a form's columns leave it
        section.text += f" Förslaget lämnades av Karlsson, Kalle, {spaced} ({FORSLAG})."
    elif where == "bilaga":
        pages = ["Medborgarförslag", f"Inlämnat av: KARLSSON, Kalle\n{FORSLAG}"]
        attached = meetings.pdf_bilaga(text_pdf(pages), "forslag.pdf", "Medborgarförslaget")
        item.bilagor.append(attached)
    meetings.save_meeting(store, meeting)
    if where == "paragraf":
        protokoll = protokoll_service.start_protokoll(store, meeting.id)
        paragraf = protokoll.paragraf(PARAGRAF)
        paragraf.beslut += f"\n3. Beslutet delges KARLSSON, Kalle, som lämnat {FORSLAG}."
        protokoll_service.save_paragraf(store, paragraf)
    return meeting_lookup.find_meeting(store, DAY).id


@pytest.mark.parametrize(
    ("where", "output", "neutral"),
    [
        ("förslag", "kallelse med förslag (papper)", "förslagsställarens medborgarförslag"),
        ("tjänsteskrivelse", "paket (papper)", "lämnades av förslagsställaren, XXXXXX"),
        ("paragraf", "protokoll (papper)", "delges förslagsställaren, som lämnat"),
        ("paragraf", "utdrag (papper)", "delges förslagsställaren, som lämnat"),
        ("bilaga", "paket (papper)", "Sidan 2 ingår inte i den offentliga versionen"),
    ],
)
def test_masked_the_inverted_name_is_in_no_public_output(
    demo_store, where: str, output: str, neutral: str
) -> None:
    meeting_id = _named_inverted(demo_store, where)
    found = [h for h in public_copy.scan_public(demo_store, meeting_id) if h.kind == "namn"]
    assert len(found) == 1 and "Karlsson" not in found[0].shown
    assert "9876" not in found[0].context  # the words around it: any number masked
    _decide_all(demo_store, meeting_id)
    flat = " ".join(OUTPUTS[output](demo_store, meeting_id).split())
    assert "karlsson" not in flat.lower()
    assert neutral in flat
