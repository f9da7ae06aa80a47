"""An ärendelista that says an ärende "publiceras inte i sin helhet" marks it so
(core.not_in_full), never secret: its title and Dnr stay public and no OSL paragraph is
asked for. Kungsbacka's miljö- och byggnämnder write the sentence where the § text stands
(data/kungsbacka/miljo/2025/2025-10-09/protokoll.md, § 116)."""

from __future__ import annotations

from ksdesk.interchange.agenda_import import read_agenda

SENTENCE = "Protokoll för detta ärende publiceras inte i sin helhet på webben."


def test_a_not_in_full_mark_in_title_column_or_forslag_marks_the_arende_not_secret() -> None:
    text = (
        "Nr;Ärende;Dnr;Förslag;Sekretess\n"
        "1;Föreläggande om avlopp (publiceras inte i sin helhet);MH-2025-1;;\n"
        f"2;Ansökan om tillfälligt serveringstillstånd;MH-2025-2823;{SENTENCE};\n"
        "3;Sanktionsavgift;MH-2025-3;;publiceras ej i sin helhet\n"
        "4;Placering;;;Ja\n"
    )
    result = read_agenda(text.encode(), "k.csv")
    got = [(i.title, i.secret, i.not_in_full, i.not_in_full_note, i.proposal) for i in result.items]
    assert got == [
        ("Föreläggande om avlopp", False, True, "", ""),
        ("Ansökan om tillfälligt serveringstillstånd", False, True, SENTENCE, ""),
        ("Sanktionsavgift", False, True, "", ""),
        ("Placering", True, False, "", ""),
    ]
    warned = {line.where: line.sentence() for line in result.report.warnings}
    assert list(warned) == ["Rad 5"]  # only the secret row lacks its OSL paragraph
    assert "utan paragraf i OSL" in warned["Rad 5"]
    said = {line.where for line in result.report.changed if "i sin helhet" in line.sentence()}
    assert said == {"Rad 2", "Rad 3", "Rad 4"}


def test_a_sekretess_column_that_says_both_keeps_the_secrecy() -> None:
    """'Sekretess enligt 26 kap. 1 § OSL, publiceras inte i sin helhet': the column said
    sekretess too, and the ärende was read as only not in full (review29), its title and
    Dnr then printed in the public kallelse."""
    text = (
        "Nr;Ärende;Dnr;Sekretess\n"
        "1;Placering enligt LVU;IFO-2025-7;Sekretess 26 kap. 1 § OSL, publiceras ej i sin helhet\n"
        "2;Tillsyn;MH-2025-8;Sekretess, publiceras inte i sin helhet\n"
    )
    result = read_agenda(text.encode(), "k.csv")
    got = [(i.title, i.secret, i.secrecy_ref, i.not_in_full) for i in result.items]
    assert got == [
        ("Placering enligt LVU", True, "26 kap. 1 § OSL", False),
        ("Tillsyn", True, "", False),
    ]
    assert not [line for line in result.report.changed if "ingen sekretess" in line.sentence()]


def test_a_title_marked_secret_and_not_in_full_is_secret() -> None:
    """The sekretess mark before or inside the not-in-full mark was not at the title's end
    when the secrecy was read, and the not-in-full mark then took it away (review29)."""
    text = (
        "Nr;Ärende;Dnr\n"
        "1;Placering enligt LVU (sekretess, publiceras inte i sin helhet);IFO-2025-7\n"
        "2;Placering, sekretess 26 kap. 1 § OSL, publiceras inte i sin helhet;IFO-2025-8\n"
        "3;Placering (sekretess) (publiceras inte i sin helhet);IFO-2025-9\n"
        "4;Placering (publiceras inte i sin helhet) (sekretess);IFO-2025-10\n"
    )
    result = read_agenda(text.encode(), "k.csv")
    got = [(i.title, i.secret, i.secrecy_ref) for i in result.items]
    assert got == [
        ("Placering enligt LVU", True, ""),
        ("Placering", True, "26 kap. 1 § OSL"),
        ("Placering", True, ""),
        ("Placering", True, ""),
    ]
    assert not [line for line in result.report.changed if "ingen sekretess" in line.sentence()]
