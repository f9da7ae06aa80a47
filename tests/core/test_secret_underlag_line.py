"""A beslutsunderlag line naming a secret bilaga is found however the title's spaces run: the
ts's own list (core.beslutsunderlag_listed) takes a bilaga as named when its title, spaces
made one, opens a line, so the public protokoll must find it the same way."""

from __future__ import annotations

from datetime import date

from ksdesk.core.beslutsunderlag_listed import already_named
from ksdesk.core.protokoll import Paragraf
from ksdesk.core.protokoll_public import hide_secret_underlag

TITLE = "Utredning  enligt LSS"  # two spaces, as a title taken from a file name can have
LINE = "Utredning enligt LSS, 2025-02-11."


def test_a_secret_bilaga_named_by_the_ts_list_is_hidden() -> None:
    assert already_named(TITLE, [LINE])  # so the bilaga gets no line of its own
    paragraf = Paragraf(1, date(2025, 3, 11), 12, "Bistånd", beslutsunderlag=[LINE])
    shown = hide_secret_underlag(paragraf, {TITLE: "Bilaga 1 – omfattas av sekretess"})
    assert shown.beslutsunderlag == ["Bilaga 1 – omfattas av sekretess."]
