"""The Delegation tab's outline beside the points is some 250 pixels wide on a laptop at
150 %: a long chapter is cut short there, its count of points and errors with it
("Styrelsen som arbetsgivare (…"). Each chapter's tooltip says it whole."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ksdesk.services import delegation_check
from ksdesk.ui.models.delegation_outline_model import CHAPTER_ROLE, chapter_tree


def test_each_chapter_says_its_title_points_and_errors_whole(qtbot, demo_store) -> None:
    version, findings = delegation_check.check(demo_store)
    model = chapter_tree(version, findings)
    root = model.index(0, 0)
    tips = {}
    for row in range(model.rowCount(root)):
        index = model.index(row, 0, root)
        children = [model.index(r, 0, index) for r in range(model.rowCount(index))]
        for item in children or [index]:
            chapter = version.chapters[item.data(CHAPTER_ROLE)]
            tips[chapter.title] = item.data(Qt.ItemDataRole.ToolTipRole)
    assert len(tips) == len(version.chapters)
    assert tips["Styrelsen som arbetsgivare"].startswith("Styrelsen som arbetsgivare: ")
    assert all(tip.startswith(title) and "punkt" in tip for title, tip in tips.items())
    assert any(tip.endswith("fel i kapitlet") for tip in tips.values())
