"""The delegationsordning's outline as a tree model: "Alla kapitel" with each chapter (and the
parts that group chapters) beneath it, then the parts of the document around the points,
each marked with the worst finding of the checks."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QStandardItem, QStandardItemModel

from ksdesk.core.delegation import Version, part_starts
from ksdesk.core.findings import Finding, Severity, worst
from ksdesk.core.format import format_count
from ksdesk.ui.models.base_model import shown
from ksdesk.ui.models.delegation_models import MARK_COLORS
from ksdesk.ui.widgets.severity_marks import severity_icon, severity_words

CHAPTER_ROLE = Qt.ItemDataRole.UserRole + 10
PART_ROLE = Qt.ItemDataRole.UserRole + 11
ALL_CHAPTERS = -1
# The parts of the document the outline offers beside the points, as the checks name them.
POINTS = "points"
PART_LABELS = {
    "header": "Dokumenthuvud",
    "revisions": "Revideringar",
    "intro": "Inledning",
    "abbreviations": "Förkortningar",
}
PART_CHAPTERS = {label: part for part, label in PART_LABELS.items()}


def _part(label: str, part: str, findings: list[Finding]) -> QStandardItem:
    if findings:
        label += " – " + severity_words(Counter(f.severity for f in findings))
    item = QStandardItem(shown(label))
    item.setData(part, PART_ROLE)
    item.setEditable(False)
    if findings:
        item.setForeground(QBrush(MARK_COLORS[worst(findings)]))
        item.setIcon(severity_icon(worst(findings)))
        item.setToolTip("\n".join(f.message for f in findings))
    return item


def chapter_tree(version: Version | None, findings: list[Finding]) -> QStandardItemModel:
    """The document's outline: "Alla kapitel" with each chapter beneath it (counts of points
    and of errors), then the parts around the points: Dokumenthuvud, Revideringar, Inledning
    and Förkortningar, each in the colour of its worst finding."""
    model = QStandardItemModel()
    if version is None:
        return model
    errors: dict[str, int] = {}
    by_part: dict[str, list[Finding]] = {}
    for f in findings:
        if f.is_error and f.chapter:
            errors[f.chapter] = errors.get(f.chapter, 0) + 1
        if not f.uids and f.chapter in PART_CHAPTERS:
            by_part.setdefault(PART_CHAPTERS[f.chapter], []).append(f)
        elif f.code == "okand-forkortning":
            by_part.setdefault("abbreviations", []).append(f)
    total = len(version.all_points())
    root = QStandardItem(f"Alla kapitel ({total})")
    root.setData(ALL_CHAPTERS, CHAPTER_ROLE)
    root.setData(POINTS, PART_ROLE)
    root.setEditable(False)
    group = root
    starts = part_starts(version.chapters)
    for i, chapter in enumerate(version.chapters):
        if starts[i] is not None:  # a part begins (or, "", ends): its chapters beneath it
            group = _part_group(starts[i]) if starts[i] else root
            if group is not root:
                root.appendRow(group)
        label = f"{chapter.title} ({len(chapter.points)})"
        wrong = severity_words({Severity.FEL: errors.get(chapter.title, 0)})
        item = QStandardItem(shown(f"{label} – {wrong}" if wrong else label))
        item.setData(i, CHAPTER_ROLE)
        item.setData(POINTS, PART_ROLE)
        item.setEditable(False)
        # The whole of it on hovering: a narrow outline (a laptop at 150 %) cuts a long
        # title short, its count and errors with it ("Styrelsen som arbetsgivare (…").
        points = format_count(len(chapter.points), "punkt", "punkter")
        item.setToolTip(f"{chapter.title}: {points}" + (f", {wrong} i kapitlet" if wrong else ""))
        if wrong:
            item.setForeground(QBrush(MARK_COLORS[Severity.FEL]))
            item.setIcon(severity_icon(Severity.FEL))
        group.appendRow(item)
    model.appendRow(root)
    counts = {
        "header": "",
        "revisions": f" ({len(version.revisions)})",
        "intro": f" ({len(version.intro)})",
        "abbreviations": f" ({len(version.abbreviations)})",
    }
    for part, label in PART_LABELS.items():
        model.appendRow(_part(label + counts[part], part, by_part.get(part, [])))
    return model


def _part_group(title: str) -> QStandardItem:
    """A part of the ordning over its chapters: a group in the tree, not a choice of its own
    (it has no PART_ROLE)."""
    item = QStandardItem(shown(title))
    item.setEditable(False)
    item.setSelectable(False)
    font = item.font()
    font.setItalic(True)
    item.setFont(font)
    item.setToolTip("Del av delegationsordningen: rubriken skrivs ut över delens första kapitel")
    return item


def chapter_item(model: QStandardItemModel, index: int) -> QModelIndex:
    """The tree's item of chapter `index`, under "Alla kapitel" or under its part there."""
    found = model.match(
        model.index(0, 0),
        CHAPTER_ROLE,
        index,
        1,
        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
    )
    return found[0] if found else QModelIndex()
