"""The text state of a content stream as ksdesk's PDF readers follow it: the graphics state
stack, the text matrix and the start of the line, the font and its size, spacing, rise and
render mode (PDF 32000-1, 9.3 and 9.4.2). Shared by the text reader
(interchange.pdf_content_text), the reader of Type 3 glyphs (interchange.pdf_type3) and the
reader of outlines (interchange.pdf_paths)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ksdesk.interchange.pdf_fonts import Font
from ksdesk.interchange.pdf_matrix import IDENTITY, Matrix, times

# Text state operators that set one number, and the state field each sets.
_SETTINGS = {
    "Tc": "char_spacing",
    "Tw": "word_spacing",
    "Tz": "scale",
    "TL": "leading",
    "Ts": "rise",
    "Tr": "render",
}
INVISIBLE_MODES = (3.0, 7.0)  # the text render modes that paint no glyph
_NUMERIC = {"cm", "Tm", "Td", "TD", '"', *_SETTINGS}


def operand_numbers(operands) -> list[float] | None:
    """The operands as numbers, or None when one is not a number (a damaged file)."""
    try:
        return [float(v) for v in operands]
    except (TypeError, ValueError):
        return None


@dataclass
class _State:
    """The graphics and text state that places a string (saved by q, restored by Q)."""

    ctm: Matrix = IDENTITY
    font: Font = field(default_factory=lambda: Font(None))
    size: float = 0.0
    char_spacing: float = 0.0
    word_spacing: float = 0.0
    scale: float = 1.0
    leading: float = 0.0
    rise: float = 0.0
    render: float = 0.0  # Tr: 3 draws nothing, 7 only clips

    def saved(self) -> _State:
        return _State(**self.__dict__)


class TextPlacing:
    """Follows the operators that place text: the graphics state stack, the text matrix and
    the start of the line (PDF 32000-1, 9.4.2)."""

    def __init__(self, ctm: Matrix) -> None:
        self.state = _State(ctm=ctm)
        self.stack: list[_State] = []
        self.tm = self.line = IDENTITY

    def apply(self, operator: str, operands, font_of) -> bool:
        """Follow one operator; False when its operands are damaged (it places nothing)."""
        numeric = operator in _NUMERIC
        values = operand_numbers(operands[:2] if operator == '"' else operands) if numeric else []
        if values is None:
            return False
        state = self.state
        if operator == "q":
            self.stack.append(state.saved())
        elif operator == "Q":
            self.state = self.stack.pop() if self.stack else state
        elif operator == "cm" and len(values) == 6:
            state.ctm = times(tuple(values), state.ctm)
        elif operator == "BT":
            self.tm = self.line = IDENTITY
        elif operator == "Tm" and len(values) == 6:
            self.tm = self.line = tuple(values)
        elif operator in ("Td", "TD") and len(values) == 2:
            if operator == "TD":
                state.leading = -values[1]
            self.tm = self.line = times((1, 0, 0, 1, values[0], values[1]), self.line)
        elif operator in ("T*", "'", '"'):
            if operator == '"' and len(values) >= 2:
                state.word_spacing, state.char_spacing = values[0], values[1]
            self.tm = self.line = times((1, 0, 0, 1, 0, -state.leading), self.line)
        elif operator in _SETTINGS and values:
            setattr(state, _SETTINGS[operator], values[0] / (100 if operator == "Tz" else 1))
        elif operator == "Tf" and len(operands) >= 2:
            state.font = font_of(str(operands[0]))
            size = operand_numbers(operands[1:2])
            state.size = size[0] if size else state.size
        return True
