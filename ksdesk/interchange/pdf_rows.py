"""A page's drawn strings as the rows a reader sees them in, for the readers that part a row
into cells of their own (tjansteskrivelse_pdf_lines, agenda_pdf_lines): strings on one
baseline are one row, read left to right, as pdf_layout reads a page; and whether a string
is set in a bold face, by its font's name."""

from __future__ import annotations

from ksdesk.interchange.pdf_drawn import DrawnPiece

SAME_LINE = 0.4  # baselines closer than this share of the size are one line (pdf_layout)
_BOLD_NAMES = ("bold", "black", "heavy", "demi", "semibold")


def baseline_rows(pieces: list[DrawnPiece]) -> list[list[DrawnPiece]]:
    """The pieces in rows, top to bottom, each row left to right."""
    rows: list[list[DrawnPiece]] = []
    for piece in sorted(pieces, key=lambda p: (-p.y, p.x)):
        if rows and abs(rows[-1][0].y - piece.y) <= SAME_LINE * max(rows[-1][0].size, piece.size):
            rows[-1].append(piece)
        else:
            rows.append([piece])
    return [sorted(row, key=lambda p: p.x) for row in rows]


def is_bold(piece: DrawnPiece) -> bool:
    name = piece.font.name.lower() if piece.font is not None else ""
    return any(word in name for word in _BOLD_NAMES)  # "ABCDEF+Calibri-Bold", "Arial,Bold"
