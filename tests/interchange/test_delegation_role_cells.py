"""Role cells as real delegationsordningar write them: a substitute after "Ers.:", and a
role shortened with a hyphen before a slash under a "Delegat/ersättare" heading."""

from __future__ import annotations

import pytest

from ksdesk.interchange.delegation_role_cells import merge_roles, split_pair, split_roles


def test_ers_with_point_and_colon_names_the_substitute_alone() -> None:
    cell = split_roles("Kommundirektör\nErs.: Kommunchef")
    assert (cell.roles, cell.substitutes) == (["Kommundirektör"], ["Kommunchef"])


def test_a_word_cut_short_before_a_slash_is_one_role() -> None:
    assert split_pair("Miljö-/byggchef") == ("Miljö-/byggchef", "")
    assert split_pair("Kommundirektör / ekonomichef") == ("Kommundirektör", "ekonomichef")


@pytest.mark.parametrize(
    ("text", "roles", "substitutes"),
    [
        ("Kommundirektör, ersättare ekonomichef", ["Kommundirektör"], ["ekonomichef"]),
        (
            "Tekniska nämndens ordförande, i andra hand nämndens 1:a vice ordförande",
            ["Tekniska nämndens ordförande"],
            ["nämndens 1:a vice ordförande"],
        ),
        (
            "förvaltningschef KLF, förvaltningschef SBF",
            ["förvaltningschef KLF", "förvaltningschef SBF"],
            [],
        ),
        ("KD, KJ", ["KD", "KJ"], []),
        (
            "Ordförande, vid dennes frånvaro vice ordförande",
            ["Ordförande"],
            ["vice ordförande"],
        ),
        # The substitute on a line under the delegate, or after a dash.
        ("Förvaltningschef\nVid förfall: kanslichef", ["Förvaltningschef"], ["kanslichef"]),
        ("Förvaltningschef\nI andra hand kanslichef", ["Förvaltningschef"], ["kanslichef"]),
        ("Ordförande\nVice ordförande vid förfall", ["Ordförande"], ["Vice ordförande"]),
        ("Ordförande – vid förfall vice ordförande", ["Ordförande"], ["vice ordförande"]),
        # The substitute in brackets after the delegate, with the words a comma has.
        ("Förvaltningschef (vid förhinder: kanslichef)", ["Förvaltningschef"], ["kanslichef"]),
        ("Ordförande (i andra hand vice ordförande)", ["Ordförande"], ["vice ordförande"]),
        (
            "a) Kommunens upphandlingschef\nb) Bygg- och miljödirektör",
            ["a) Kommunens upphandlingschef", "b) Bygg- och miljödirektör"],
            [],
        ),
    ],
)
def test_a_comma_between_roles_and_a_substitute_in_the_delegates_cell(
    text: str, roles: list[str], substitutes: list[str]
) -> None:
    cell = split_roles(text)
    assert (cell.roles, cell.substitutes, cell.condition) == (roles, substitutes, "")


def test_a_role_hyphenated_across_a_page_break_is_joined() -> None:
    joined: list[str] = []
    assert merge_roles(["Mark- och exploa-"], ["teringschefen"], joined) == [
        "Mark- och exploateringschefen"
    ]
    assert joined == ["exploa-teringschefen"]


def test_roles_wrapped_over_lines_by_a_pdf_conversion() -> None:
    cell = split_roles("förvaltningschef KLF,\nförvaltningschef SBF")
    assert cell.roles == ["förvaltningschef KLF", "förvaltningschef SBF"]
    cell = split_roles("Landstingsstyrelsens\nordförande, ersättare förste\nvice ordförande")
    assert (cell.roles, cell.substitutes) == (
        ["Landstingsstyrelsens ordförande"],
        ["förste vice ordförande"],
    )
    cell = split_roles("Ordf.\nvid förfall för ordföranden beslutar 1:e vice ordförande")
    assert cell.roles == ["Ordf."] and cell.condition.startswith("vid förfall")


def _merged_heading(tmp_path, group: str, under: list[str], lagrum: bool = True):
    """A table whose heading `group` is merged over two columns named `under` on the row
    below, read; with a Lagrum column after them, or without."""
    import docx

    from ksdesk.services.delegation_import import read_file

    document = docx.Document()
    document.add_heading("1 Allmänna ärenden", 1)
    width = 5 if lagrum else 4
    table = document.add_table(rows=0, cols=width)
    for texts in (
        ["Nr", "Ärende", group, "", "Lagrum"],
        ["", "", *under, ""],
        ["1.1", "Brådskande ärenden", "Ordförande", "Vice ordförande", "6 kap 39 § KL"],
        ["1.2", "Utse ombud", "Förvaltningschef", "Kanslichef", ""],
    ):
        for cell, text in zip(table.add_row().cells, texts[:width], strict=True):
            cell.text = text
    merged = table.rows[0].cells[2].merge(table.rows[0].cells[3])
    for paragraph in merged.paragraphs[1:]:  # the empty cell's paragraph
        paragraph._p.getparent().remove(paragraph._p)
    path = tmp_path / "d.docx"
    document.save(str(path))
    return read_file(path)


ROLES = [(["Ordförande"], ["Vice ordförande"]), (["Förvaltningschef"], ["Kanslichef"])]


def test_a_heading_merged_over_ordinarie_and_ersattare(tmp_path) -> None:
    """ "Delegat" merged over two columns, "Ordinarie | Ersättare" on the row under it: the
    substitutes were dropped as text in a column without a heading."""
    version, report = _merged_heading(tmp_path, "Delegat", ["Ordinarie", "Ersättare"])
    assert [(p.delegat, p.ersattare) for _, p in version.all_points()] == ROLES
    assert [(line.text, line.why) for line in report.changed] == [
        ("Ordinarie", "rubrik under ”Delegat”: kolumnen läses som den")
    ]
    assert not report.dropped


@pytest.mark.parametrize("lagrum", [True, False])
def test_a_group_heading_over_delegat_and_ersattare_is_no_column(tmp_path, lagrum) -> None:
    """ "Beslutanderätt" over "Delegat | Ersättare" was kept as an extra column that no point
    had a value in (printed empty), and reported as one; with no third column of ours beside
    it, the first row was no header at all and the file was refused."""
    under = ["Delegat", "Ersättare"]
    version, report = _merged_heading(tmp_path, "Beslutanderätt", under, lagrum)
    assert [(p.delegat, p.ersattare) for _, p in version.all_points()] == ROLES
    assert version.extra_columns == []
    assert not report.unknown_columns
    assert [(line.text, line.why) for line in report.changed] == [
        ("Beslutanderätt", "rubrik över ”Delegat” och ”Ersättare”: gruppens namn")
    ]


def test_a_sentence_under_the_delegate_stays_a_condition() -> None:
    cell = split_roles("Ordförande\nvid förfall för ordföranden beslutar vice ordförande")
    assert (cell.roles, cell.substitutes) == (["Ordförande"], [])
    assert cell.condition == "vid förfall för ordföranden beslutar vice ordförande"
