"""Contrast computed (WCAG 2.1 relative luminance) from what the screen is drawn with: the
application's palette, the colours the models and labels use, and every colour written in a
style sheet or in rich text under ksdesk/ui and forms/. Text needs 4.5:1, a mark or border
that tells something (a finding's shape, a focus frame) 3:1."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from ksdesk.core.findings import Severity
from ksdesk.ui import meeting_view_style as view_style
from ksdesk.ui.models import (
    budget_models,
    delegation_models,
    meeting_models,
    protokoll_models,
    uppfoljning_models,
    upprop_model,
)
from ksdesk.ui.widgets import colors, deadline_panel

ROOT = Path(__file__).resolve().parents[2]
TEXT, UI = 4.5, 3.0
Role = QPalette.ColorRole


def luminance(color: str | QColor) -> float:
    c = QColor(color)
    channels = []
    for value in (c.redF(), c.greenF(), c.blueF()):
        channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str | QColor, b: str | QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def over(fore: QColor, back: QColor) -> QColor:
    """A translucent colour (Qt's placeholder text) as it shows on its background."""
    alpha = fore.alphaF()
    mixed = [
        f * alpha + b * (1 - alpha)
        for f, b in zip(fore.getRgbF()[:3], back.getRgbF()[:3], strict=True)
    ]
    return QColor.fromRgbF(*mixed)


@pytest.fixture
def palette(qapp) -> QPalette:
    return qapp.palette()


def test_the_palette_s_text_reads(palette) -> None:
    pairs = {
        "text on fields": (Role.Text, Role.Base),
        "text on windows": (Role.WindowText, Role.Window),
        "buttons": (Role.ButtonText, Role.Button),
        "a selected row": (Role.HighlightedText, Role.Highlight),
        "tooltips": (Role.ToolTipText, Role.ToolTipBase),
        "every other row": (Role.Text, Role.AlternateBase),
        "links": (Role.Link, Role.Base),
    }
    low = {
        name: round(contrast(palette.color(f), palette.color(b)), 2)
        for name, (f, b) in pairs.items()
        if contrast(palette.color(f), palette.color(b)) < TEXT
    }
    assert low == {}
    placeholder = over(palette.color(Role.PlaceholderText), palette.color(Role.Base))
    assert contrast(placeholder, palette.color(Role.Base)) >= TEXT


def test_the_focus_frame_and_selection_stand_out(palette) -> None:
    # Fusion draws focus and the current cell in the highlight colour.
    for background in (Role.Base, Role.Window):
        assert contrast(palette.color(Role.Highlight), palette.color(background)) >= UI


TEXT_COLOURS = {
    "fel": colors.ERROR_COLOR,
    "varning": colors.WARNING_COLOR,
    "klart": colors.OK_COLOR,
    "nedtonad": colors.MUTED_COLOR,
    "saknas (protokoll)": protokoll_models.MISSING.name(),
    "frånvarande": upprop_model.ABSENT_COLOR,
    "uppföljning": uppfoljning_models.WARNING.name(),
    **{f"allvarlighet {s}": c for s, c in colors.SEVERITY_COLORS.items()},
}

# Backgrounds a finding or a state is shown on, behind the palette's text (and, in the
# delegation points, behind the severity's own colour).
BACKGROUNDS = {
    **{f"delegation {s}": c.name() for s, c in delegation_models.ROW_COLORS.items()},
    "delegation markerad": delegation_models.MARKED_COLOR.name(),
    **{f"budget {s}": c.name() for s, c in budget_models.SEVERITY_BACKGROUND.items()},
    "budget rubrik": budget_models.HEADING_BACKGROUND.name(),
    "kallelse dnr": meeting_models.WARNING_BG.name(),
}


def test_coloured_text_reads_on_fields_and_windows(palette) -> None:
    grounds = {"fält": palette.color(Role.Base), "fönster": palette.color(Role.Window)}
    low = [
        (name, where, round(contrast(colour, ground), 2))
        for name, colour in TEXT_COLOURS.items()
        for where, ground in grounds.items()
        if contrast(colour, ground) < TEXT
    ]
    assert low == []


def test_text_and_marks_read_on_every_finding_background(palette) -> None:
    text = palette.color(Role.Text)
    low = [
        (n, round(contrast(text, c), 2)) for n, c in BACKGROUNDS.items() if contrast(text, c) < TEXT
    ]
    assert low == []
    # A point's text is drawn in its severity's colour on its row; its mark is a shape in
    # that colour (widgets/severity_marks.py).
    for severity, row in delegation_models.ROW_COLORS.items():
        assert contrast(colors.SEVERITY_COLORS[severity], row) >= TEXT, severity
    marks = [
        (s.value, n, round(contrast(colors.SEVERITY_COLORS[s], c), 2))
        for s in Severity
        for n, c in BACKGROUNDS.items()
        if contrast(colors.SEVERITY_COLORS[s], c) < UI
    ]
    assert marks == []


STYLE_COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{3,6})\b")


def _written_colours() -> list[tuple[str, str]]:
    """Every text colour written into a style sheet or rich text (not the meeting view's,
    which is dark and checked on its own)."""
    found = []
    files = [*(ROOT / "ksdesk" / "ui").rglob("*.py"), *(ROOT / "forms").glob("*.ui")]
    for path in files:
        if path.name.startswith("meeting_view"):
            continue
        for match in STYLE_COLOUR.finditer(path.read_text(encoding="utf-8")):
            found.append((path.name, match.group(1)))
    return found


def test_colours_written_in_style_sheets_and_rich_text_read(palette) -> None:
    written = _written_colours()
    assert len(written) >= 8  # the scan finds them
    window, base = palette.color(Role.Window), palette.color(Role.Base)
    low = [
        (name, colour, round(min(contrast(colour, window), contrast(colour, base)), 2))
        for name, colour in written
        if min(contrast(colour, window), contrast(colour, base)) < TEXT
    ]
    assert low == []


def test_deadline_badges_read() -> None:
    for status, style in deadline_panel.STATUS_STYLES.items():
        if not style:
            continue
        fore = re.search(r"(?<![-\w])color:\s*(\w+|#[0-9a-fA-F]+)", style).group(1)
        back = re.search(r"background:\s*(#[0-9a-fA-F]+)", style).group(1)
        assert contrast(fore, back) >= TEXT, status


def test_the_meeting_view_reads() -> None:
    s = view_style
    text_pairs = {
        "text": (s.TEXT, s.BACKGROUND),
        "nedtonad": (s.MUTED, s.BACKGROUND),
        "listan": (s.TEXT, s.PANEL),
        "valt ärende": (s.BACKGROUND, s.ACCENT),
        "sekretess": ("#ffffff", s.SECRET),
        "knapp": (s.TEXT, s.BUTTON),
        "beslutsrutan": (s.BACKGROUND, s.TEXT),
        "accent": (s.ACCENT, s.BACKGROUND),
        "sekretess i listan": (protokoll_models.SECRET_TEXT, s.PANEL),
        "utan nummer i listan": (protokoll_models.MUTED_TEXT, s.PANEL),
    }
    low = {n: round(contrast(f, b), 2) for n, (f, b) in text_pairs.items() if contrast(f, b) < TEXT}
    assert low == {}
    ui_pairs = {
        "knappens kant": (s.BORDER, s.BACKGROUND),
        "fokusram mot bakgrunden": (s.ACCENT, s.BACKGROUND),
        "fokusram mot knappen": (s.ACCENT, s.BUTTON),
        # focus shows as a change of the frame: the ring against the frame without focus
        "fokusram mot kanten utan fokus": (s.ACCENT, s.BORDER),
    }
    low = {n: round(contrast(f, b), 2) for n, (f, b) in ui_pairs.items() if contrast(f, b) < UI}
    assert low == {}


def test_the_unlock_question_is_readable(qtbot, demo_store) -> None:
    """The question as the view asks it (a child of the view, so under its style sheet):
    its text against its own background, as Qt resolved them."""
    from datetime import date

    from ksdesk.services import meeting_lookup
    from ksdesk.ui.meeting_view import MeetingView

    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    view = MeetingView(demo_store, meeting.id)
    qtbot.addWidget(view)
    view.show()
    box = QMessageBox(QMessageBox.Icon.Question, "Lås upp", "Lås upp mötesvyn?", parent=view)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.show()
    QApplication.processEvents()
    label = next(lb for lb in box.findChildren(QLabel) if lb.text() == "Lås upp mötesvyn?")
    fore = label.palette().color(label.foregroundRole())
    back = box.palette().color(box.backgroundRole())
    assert contrast(fore, back) >= TEXT
    button = box.button(QMessageBox.StandardButton.Yes)
    assert contrast(button.palette().color(button.foregroundRole()), view_style.BUTTON) >= TEXT
    box.close()
