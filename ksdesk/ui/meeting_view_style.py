"""The look of the presidium's meeting view: near-black background, off-white text, a warm
yellow for the current item and for what the chair must act on, red for secrecy; and the keys
a presentation clicker sends."""

from __future__ import annotations

from PySide6.QtCore import Qt

BACKGROUND, TEXT, MUTED = "#101317", "#f3f3ee", "#a9b0b8"
ACCENT, SECRET = "#ffd24a", "#c62828"
KIND_LABELS = {"beslut": "Beslutsärende", "information": "Information", "anmalan": "Anmälan"}
NEXT_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space}
PREVIOUS_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace}
CLICKER_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_PageUp}  # what a presentation clicker sends

PANEL, BUTTON, BORDER = "#181c22", "#2a3039", "#6b7480"

# Dialogs opened from the view (Lås upp, a wrong code) are its children and take this
# style too: dark like the view, never its light text on Qt's light grey.
STYLE = f"""
QWidget#meeting_view, QDialog {{ background: {BACKGROUND}; }}
QLabel {{ color: {TEXT}; background: transparent; }}
QLabel#meta_label, QLabel#position_label, QLabel#hint_label, QLabel#date_label,
QLabel#next_label, QLabel#presence_label {{
  color: {MUTED}; }}
QLabel#secret_banner {{ background: {SECRET}; color: white; padding: 10px 16px;
  border-radius: 6px; }}
QLabel#lock_label {{ color: {MUTED}; }}
QListView {{ background: {PANEL}; color: {TEXT}; border: none; padding: 8px;
  outline: none; }}
QListView::item {{ padding: 10px 0px 10px 8px; border-radius: 6px; }}
QListView::item:selected {{ background: {ACCENT}; color: {BACKGROUND}; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
QPlainTextEdit, QLineEdit {{ background: {TEXT}; color: {BACKGROUND};
  border: 3px solid {BORDER}; border-radius: 6px; padding: 8px; }}
QPushButton {{ background: {BUTTON}; color: {TEXT}; border: 2px solid {BORDER};
  border-radius: 6px; padding: 8px 18px; }}
QPushButton:focus, QPlainTextEdit:focus, QLineEdit:focus {{ border: 3px solid {ACCENT}; }}
"""
