"""The register of persons with skyddade personuppgifter: rows checked, stamped and kept
with a uuid of their own, and the forms the review looks for."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.core.skyddad_person import SkyddadPerson, address_forms, protected_forms
from ksdesk.services import skyddade


def test_a_row_is_stamped_tidied_and_kept(store) -> None:
    saved = skyddade.save(
        store,
        SkyddadPerson("  Kalle   Karlsson ", "Storgatan 12\n771 30  Ludvika", "811218-9876"),
        by="Anna",
    )
    (back,) = skyddade.list_people(store)
    assert back == saved and back.uuid and back.inlagd_av == "Anna" and back.inlagd
    assert (back.namn, back.personnummer) == ("Kalle Karlsson", "19811218-9876")
    assert back.adress == "Storgatan 12\n771 30 Ludvika"
    changed = skyddade.save(store, replace(back, anteckning="Till 2027"), by="Bertil")
    assert skyddade.get(store, changed.id).inlagd_av == "Anna"  # who entered it, not who edited
    skyddade.delete(store, back.id)
    assert skyddade.list_people(store) == []


@pytest.mark.parametrize(
    ("person", "message"),
    [
        (SkyddadPerson("Kalle"), "både förnamn och efternamn"),
        (SkyddadPerson("Kalle Karlsson", personnummer="811218-9875"), "kan inte läsas"),
        (SkyddadPerson("Kalle Karlsson", telefon="+47 22 33 44 55"), "svenskt telefonnummer"),
    ],
)
def test_a_row_that_cannot_be_masked_safely_is_refused(store, person, message) -> None:
    with pytest.raises(InvalidInput, match=message):
        skyddade.save(store, person, by="Anna")
    assert skyddade.list_people(store) == []


def test_the_forms_looked_for() -> None:
    assert address_forms("Storgatan 12, 771 30 Ludvika") == (
        "Storgatan 12, 771 30 Ludvika",
        "Storgatan 12",
    )
    assert address_forms("Ludvika") == ()
    (forms,) = protected_forms(
        [SkyddadPerson("Kalle Karlsson", personnummer="19811218-9876", telefon="0240-866 56")]
    )
    assert forms.phones == ("024086656",)
    assert {"Karlsson, Kalle", "K. Karlsson", "Kalle Karlssons"} <= set(forms.names)
    assert forms.number == "198112189876"
