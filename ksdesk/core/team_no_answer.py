"""What was not done, and what to do, when the kansli's server does not answer: one sentence
for each action, said alike by the window (ui/team_lease.py) and the terminal
(cli/team_commands.py). The connection's own word (db/server/connection.py) can only say that
the server does not answer; the action knows what it left undone and what waits in the file."""

from __future__ import annotations

SYNC = (
    "ingenting är skickat eller hämtat: dina ändringar väntar i filen och skickas när du "
    "synkar nästa gång"
)
CHECK_OUT = "sammanträdet är inte utcheckat"
CHECK_IN = (
    "sammanträdet är inte incheckat: det är fortfarande utcheckat av dig och ändringarna "
    "finns kvar i filen"
)
LINK = "filen är inte kopplad till servern och ingenting är sparat"
LIST_DELETED = "listan över det som tagits bort kan inte hämtas nu"
RESTORE = "ingenting är återställt"
AGAIN = "Försök igen när datorn når servern."


def breaking(holder: str = "") -> str:
    """A broken lease not broken: whose it still is, when the file knows."""
    still = f"utcheckat av {holder}" if holder else "utcheckat av kollegan"
    return f"utcheckningen är inte bruten: sammanträdet är fortfarande {still}"


def no_answer(not_done: str, server: str = "") -> str:
    """ "Servern (ksdesk på db.kommun.se) svarar inte, så <not_done>. Försök igen …"; the
    terminal names the server (the address may be the trouble), the window need not."""
    who = f"Servern ({server})" if server else "Servern"
    return f"{who} svarar inte, så {not_done}. {AGAIN}"


# The window's status bar when the server answers but will not sync (walk35 #6): not
# "Offline", which says the server is away and that waiting helps.
LOGIN_FAILED = "Inloggningen till servern misslyckades"
NEEDS_NEWER = "Servern kräver en nyare ksdesk"


def login_failed_in_window(server: str, user: str) -> str:
    """The window's word for a refused login: what to do there, not a terminal command. What
    to do comes first: the status bar cuts a long message with "…" before its label, which
    already says the login failed (rewalk36 N4)."""
    on = f" på {server}" if server else ""
    return (
        "Fel användarnamn eller lösenord: koppla om med rätt lösenord under Arkiv → Team → "
        f"Koppla till server …, eller rätta lösenordet i ~/.pgpass om det står där ({user}{on})."
    )
