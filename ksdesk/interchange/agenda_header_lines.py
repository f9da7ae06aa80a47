"""A rubrikrad on two lines: a narrow column's heading broken over them, "Före-" over
"dragande", "Diarie-" over "nummer", as a kallelse's table prints it in Word or PDF. Read as
it stood, the headings meant nothing ("känns inte igen") and the second line was read as an
ärende without title (refused). The two are read as one rubrikrad, and a heading broken
inside its cell ("Före-⏎dragande") is whole again; the report says so."""

from __future__ import annotations

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.agenda_header import field_of, is_rubrikrad

_SEARCH = 40  # rows: the rubrikrad stands under the document's own heading
Rows = list[tuple[int, list[str]]]


def with_headings_whole(rows: Rows, report: ImportReport) -> Rows:
    """The rows with the rubrikrad (the first row of two cells or more naming an Ärende
    column) made whole: its headings broken in their cells joined, and its second line, under
    it, joined to it (module docstring)."""
    for at, (number, cells) in enumerate(rows[:_SEARCH]):
        if sum(1 for c in cells if c.strip()) < 2 or not is_rubrikrad(cells):
            continue
        whole = [whole_heading(c) for c in cells]
        if whole != cells:
            report.change(
                f"Rad {number}",
                " ".join(" ".join(c.split()) for c in cells),
                "rubriker brutna på två rader lästes ihop",
            )
        below = rows[at + 1][1] if at + 1 < len(rows) else []
        joined = second_line(whole, below)
        out = [*rows[:at], (number, joined or whole), *rows[at + 1 :]]
        if joined is not None:
            under, text = rows[at + 1][0], " ".join(c.strip() for c in below if c.strip())
            report.change(
                f"Rad {under}", text, "rubrikradens andra rad: lästes ihop med raden ovan"
            )
            del out[at + 1]
        return out
    return rows


def whole_heading(cell: str) -> str:
    """ "Före-⏎dragande" → "Föredragande"; "Diarie⏎nummer" → "Diarie nummer"."""
    lines = [line.strip() for line in cell.splitlines() if line.strip()]
    text = ""
    for line in lines:
        text = text[:-1] + line if text.endswith("-") else f"{text} {line}".strip()
    return text if len(lines) > 1 else cell


def second_line(header: list[str], below: list[str]) -> list[str] | None:
    """The rubrikrad `header` with `below` joined to it, when `below` is its second line:
    text only under headings that mean nothing alone ("Före-", "Diarie-") and that name a
    column joined ("Föredragande"); None when it is not."""
    filled = [at for at, cell in enumerate(below) if cell.strip()]
    if not filled or filled[-1] >= len(header):
        return None
    joined = list(header)
    for at in filled:
        heading = header[at].strip()
        if field_of(heading)[0] is not None:
            return None  # "Ärende" over a row's title: the list's first row
        part = below[at].strip()
        joined[at] = heading[:-1] + part if heading.endswith("-") else f"{heading} {part}".strip()
        if field_of(joined[at])[0] is None:
            return None
    return joined
