"""A secret ärende's OSL reference: one without its law is read as OSL and completed, one
naming another law is refused, and the marking printed on a secret handling's pages."""

from __future__ import annotations

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.core.secrecy_ref import checked_secrecy_ref, marking, printed_ref, ref_problem


@pytest.mark.parametrize(
    ("typed", "saved", "told"),
    [
        ("26 kap. 1 §", "26 kap. 1 § OSL", True),  # walk37's item 7
        ("26 kap 1§.", "26 kap 1§ OSL", True),
        ("26 kap. 1 § OSL", "26 kap. 1 § OSL", False),
        (
            "21 kap. 1 § offentlighets- och sekretesslagen",
            "21 kap. 1 § offentlighets- och sekretesslagen",
            False,
        ),
        ("", "", False),
    ],
)
def test_a_reference_without_its_law_is_read_as_osl(typed: str, saved: str, told: bool) -> None:
    checked = checked_secrecy_ref(typed)
    assert checked.ref == saved and bool(checked.note) == told
    if told:
        assert "offentlighets- och sekretesslagen" in checked.note and saved in checked.note


@pytest.mark.parametrize("typed", ["4 kap. 1 § SoL", "6 § LVU", "2 kap. 1 § socialtjänstlagen"])
def test_a_reference_to_another_law_is_refused_in_swedish(typed: str) -> None:
    with pytest.raises(InvalidInput, match="gäller bara offentlighets- och sekretesslagen"):
        checked_secrecy_ref(typed)


def test_the_marking_names_its_paragraph() -> None:
    assert marking(" 26 kap. 1 §  OSL") == "SEKRETESS enligt 26 kap. 1 § OSL"
    assert marking("") == "SEKRETESS"
    # Saved before the dialogs checked it: printed completed, as it would be saved now.
    assert marking("26 kap. 1 §") == "SEKRETESS enligt 26 kap. 1 § OSL"


def test_a_reference_naming_another_law_is_printed_as_saved() -> None:
    """Never refused at print time: the check before utskick names it instead."""
    assert printed_ref(" 4 kap. 1 §  SoL") == "4 kap. 1 § SoL"
    assert (
        ref_problem("26 kap. 1 §")
        == "hänvisningen ”26 kap. 1 §” nämner ingen lag: skriv ”26 kap. 1 § OSL”"
    )


def test_the_kallelse_prints_a_reference_saved_without_its_law_with_it() -> None:
    """The paper and public kallelse read the item's and the bilaga's references as the
    protokoll does (saved before the dialogs checked them)."""
    from ksdesk.core.kallelse import item_details, public_title, secret_bilaga_title
    from ksdesk.core.meeting import Arende, Bilaga

    item = Arende(title="Placering enligt LVU", secret=True, secrecy_ref="26 kap. 1 §")
    assert "Sekretess enligt 26 kap. 1 § OSL" in item_details(item)
    assert public_title(item).endswith("(26 kap. 1 § OSL)")
    bilaga = Bilaga(title="Utredning", secret=True, secrecy_ref="26 kap. 1 §")
    assert secret_bilaga_title(bilaga) == "omfattas av sekretess (26 kap. 1 § OSL)"
