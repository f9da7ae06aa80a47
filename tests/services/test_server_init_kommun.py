"""`ksdesk server init --kommun` checks the kommun's name as `ksdesk init` does, before it
asks the server anything: a near miss is refused with "Menade du …?", a region or a
kommunalförbund is taken as typed."""

from __future__ import annotations

import pytest

from ksdesk.cli import main
from ksdesk.core.errors import InvalidInput
from ksdesk.services import team_server

NO_SERVER = "postgresql://ksdesk@127.0.0.1:1/ingen"  # nothing listens on port 1


def test_a_misspelt_kommun_is_refused_before_the_server_is_asked(monkeypatch, capsys) -> None:
    asked: list[str] = []
    monkeypatch.setattr(team_server, "_connect", lambda url: asked.append(url))
    with pytest.raises(InvalidInput, match=r"Menade du ”Smedjebackens kommun”\?"):
        team_server.init(NO_SERVER, "Smedjebacken kommun")
    args = ["server", "init", "--url", NO_SERVER, "--kommun", "Smedjebacken kommun"]
    assert main(args) == 1
    assert "Menade du ”Smedjebackens kommun”?" in capsys.readouterr().err
    with pytest.raises(InvalidInput, match="Ange kommunens namn"):
        team_server.init(NO_SERVER, "  ")
    assert asked == []


@pytest.mark.parametrize(
    "kommun", ["Smedjebackens kommun", "Region Gotland", "Bergslagens kommunalförbund"]
)
def test_a_kommun_region_or_forbund_goes_on_to_the_server(monkeypatch, kommun: str) -> None:
    given: list[str] = []

    class Schema:
        @staticmethod
        def init(_conn, name: str) -> list[str]:
            given.append(name)
            return []

    class Connection:
        def close(self) -> None:
            pass

    monkeypatch.setattr(team_server, "_connect", lambda url: Connection())
    monkeypatch.setattr("ksdesk.db.server.schema.init", Schema.init)
    assert team_server.init(NO_SERVER, f" {kommun} ") == []
    assert given == [kommun]
