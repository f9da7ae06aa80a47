"""`ksdesk server raderat` and `ksdesk server aterstall` as a secretary types them."""

from __future__ import annotations

from ksdesk.services import team
from tests.team.helpers import titles
from tests.team.test_restore_deleted import _drop_item


def test_the_commands_list_and_restore_in_swedish(ks_pair, capsys) -> None:
    import json

    from ksdesk.cli import main

    anna, cecilia = ks_pair
    named = titles(anna)
    _drop_item(anna, "Budget 2021")
    team.sync(anna)
    path = str(cecilia.path)
    cecilia.close()  # the commands open the file themselves
    capsys.readouterr()
    assert main(["server", "raderat", "--db", path, "--organ", "kommunstyrelsen"]) == 0
    out = capsys.readouterr().out
    assert "ärende Budget 2021 (Dnr KS 2020/1) i sammanträde Kommunstyrelsen 2020-12-07" in out
    assert "av Anna Ek)" in out and "ksdesk server aterstall --rad " in out
    assert main(["server", "raderat", "--db", path, "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["kan_aterstallas"] and listed["borttaget_av"] == "Anna Ek"
    assert main(["server", "aterstall", "--db", path, "--rad", listed["ref"]]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Återställt: ärende Budget 2021 (Dnr KS 2020/1) (")
    assert "finns på servern igen" in out
    assert main(["server", "aterstall", "--db", path, "--rad", listed["ref"]]) == 1
    assert "är inte borttagen på servern" in capsys.readouterr().err
    assert main(["server", "raderat", "--db", path]) == 0
    assert "Inget borttaget på servern" in capsys.readouterr().out
    team.sync(anna)
    assert titles(anna) == named
