"""The 2×3 matrices of a PDF content stream (a b c d e f): how the page reader places text and
pictures (pdf_content_text.py) through cm, Tm, Td and form XObjects."""

from __future__ import annotations

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def times(m: Matrix, n: Matrix) -> Matrix:
    """m × n: first m, then n (PDF's row-vector convention)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (
        a * p + b * r,
        a * q + b * s,
        c * p + d * r,
        c * q + d * s,
        e * p + f * r + t,
        e * q + f * s + u,
    )


def moved(tm: Matrix, advance: float) -> Matrix:
    """The text matrix after a string `advance` wide: translated along its baseline."""
    a, b, c, d, e, f = tm
    return (a, b, c, d, e + advance * a, f + advance * b)


def applied(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]


def as_matrix(value) -> Matrix:
    try:
        numbers = tuple(float(v) for v in value)
    except (TypeError, ValueError):
        return IDENTITY
    return numbers if len(numbers) == 6 else IDENTITY
