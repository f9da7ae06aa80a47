"""What the delegation checks share: one way of making a finding, one reading of a point's
fields (roles one per line, as the table shows them), and the names callers import."""

from __future__ import annotations

from ksdesk.core import delegation_checks
from ksdesk.core.delegation import Chapter, Point, Version, point_value
from ksdesk.core.delegation_check_codes import check_finding, code_text, finding_json
from ksdesk.core.delegation_diff import ROLE_FIELDS
from ksdesk.core.delegation_text_checks import check_mixed_script, fix_mixed_point
from ksdesk.core.findings import Severity

CYRILLIC_A = "\u0430"


def test_a_check_finding_carries_its_code_and_points() -> None:
    finding = check_finding(Severity.FEL, "saknar-delegat", "K", "3", "text", ("u1",), "delegat")
    assert (finding.code, finding.chapter, finding.nr) == ("saknar-delegat", "K", "3")
    assert (finding.uids, finding.field, finding.fixable) == (("u1",), "delegat", False)
    assert code_text(finding) == "saknar delegat"
    assert finding_json(finding) == {
        "severity": "error",
        "code": "saknar-delegat",
        "chapter": "K",
        "nr": "3",
        "message": "text",
    }


def test_roles_are_read_one_per_line_by_the_look_alike_check() -> None:
    point = Point("1", "Beslut", delegat=["Chef", f"Rektor{CYRILLIC_A}"], ersattare=["Chef"])
    assert ROLE_FIELDS == ("delegat", "ersattare")
    assert point_value(point, "delegat") == f"Chef\nRektor{CYRILLIC_A}"
    (finding,) = check_mixed_script(Version("v", "V", chapters=[Chapter("K", [point])]))
    assert (finding.code, finding.field, finding.fixable) == ("blandad-skrift", "delegat", True)
    assert fix_mixed_point(point)
    assert point.delegat == ["Chef", "Rektora"]


def test_every_name_callers_import_is_still_in_delegation_checks() -> None:
    for name in delegation_checks.__all__:
        assert hasattr(delegation_checks, name), name
