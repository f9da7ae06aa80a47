"""The ärendelistor of real_agendas_tenth.py imported row by row."""

from __future__ import annotations

import operator

import pytest

from tests.interchange.real_agendas import RealAgenda, rows_read
from tests.interchange.real_agendas_fourth import build_fourth
from tests.interchange.real_agendas_tenth import TENTH_AGENDAS


@pytest.mark.parametrize("agenda", TENTH_AGENDAS, ids=lambda a: a.name)
def test_each_row_of_a_tenth_real_agenda_is_read_right(agenda: RealAgenda) -> None:
    assert operator.eq(*rows_read(agenda, build_fourth(agenda)))
