"""People read right, per real members list of the test data (tests/interchange/real_members*.py
with what a careful reader makes of each in real_members*_expected.py).

    PYTHONPATH=. python bench/real_members_figures.py

A person is right when name, party, role and the ledamot a personal ersättare stands for are
all as the list means them. Run it on an older ksdesk by putting that one first on PYTHONPATH
(with this tree's tests/ after it) to get the "before" figures.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[1]))


def members_figures() -> list[tuple[str, int, int]]:
    from ksdesk.interchange.members_paste import read_members
    from tests.interchange.real_members_eighth_expected import EXPECTED_EIGHTH
    from tests.interchange.real_members_expected import EXPECTED
    from tests.interchange.real_members_fifth_expected import EXPECTED_FIFTH
    from tests.interchange.real_members_fourth_expected import EXPECTED_FOURTH
    from tests.interchange.real_members_more_expected import EXPECTED_MORE
    from tests.interchange.real_members_ninth_expected import EXPECTED_NINTH
    from tests.interchange.real_members_seventh_expected import EXPECTED_SEVENTH
    from tests.interchange.real_members_sixth_expected import EXPECTED_SIXTH
    from tests.interchange.real_members_third_expected import EXPECTED_THIRD

    rows = []
    lists = {
        **EXPECTED,
        **EXPECTED_MORE,
        **EXPECTED_THIRD,
        **EXPECTED_FOURTH,
        **EXPECTED_FIFTH,
        **EXPECTED_SIXTH,
        **EXPECTED_SEVENTH,
        **EXPECTED_EIGHTH,
        **EXPECTED_NINTH,
    }
    for name, (text, expected, _) in lists.items():
        read = read_members(text).members
        got = {(m.name, m.party, m.role, m.personlig_for) for m in read}
        rows.append((name, sum(1 for person in expected if person in got), len(expected)))
    return rows


def main() -> None:
    total_right = total = 0
    print("Members lists (people right / people)")
    for name, right, count in members_figures():
        print(f"  {name:45} {right:5}/{count}")
        total_right, total = total_right + right, total + count
    print(f"  {'all':45} {total_right:5}/{total}")


if __name__ == "__main__":
    main()
