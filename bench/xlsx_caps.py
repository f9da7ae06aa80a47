"""XLSX files that claim to be huge, through each importer: wall time, peak memory (maximum
resident set size, measured by /usr/bin/time -v around a `ksdesk ... import` process) and the
first line ksdesk said.

Cases: a 5 KB workbook declaring A1:XFD1048576; a 1 MB workbook whose one text cell unpacks
to 1 GiB; a zip bomb part; a sheet with a value in row 1 048 576; and the largest ordinary
sheet the caps let in (to show that what is accepted also stays small).

Run: .venv/bin/python bench/xlsx_caps.py  (needs /usr/bin/time; takes about a minute)."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl

TIME = "/usr/bin/time"
GIB = 1024**3
MEMORY_BUDGET_MB = 300


def _workbook(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Driftbudget"
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


BUDGET = [
    ["Verksamhet", "Budget 2020", "Budget 2021", "Förändring"],
    ["Kommunstyrelsen", 1200, 1300, 100],
    ["Socialnämnden", 5400, 5600, 200],
    ["Summa", 6600, 6900, 300],
]


def _rewrite(data: bytes, change: Callable[[str, bytes], bytes | None], extra=()) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = change(info.filename, source.read(info))
            target.writestr(info.filename, content, compress_type=zipfile.ZIP_DEFLATED)
        for name, write in extra:
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            with target.open(info, "w", force_zip64=True) as stream:
                write(stream)
    return out.getvalue()


def huge_dimension() -> bytes:
    def change(name: str, content: bytes) -> bytes:
        if name.endswith("sheet1.xml"):
            return re.sub(
                rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', content
            )
        return content

    return _rewrite(_workbook(BUDGET), change)


def giant_text_cell() -> bytes:
    """One shared string of 1 GiB, used by cell A1: about 1 MB packed."""

    def change(name: str, content: bytes) -> bytes:
        if name.endswith("sheet1.xml"):
            return content.replace(
                b'<c r="A1" t="inlineStr"><is><t>Verksamhet</t></is></c>',
                b'<c r="A1" t="s"><v>0</v></c>',
            )
        if name == "[Content_Types].xml":
            return content.replace(
                b"</Types>",
                b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
            )
        if name == "xl/_rels/workbook.xml.rels":
            return content.replace(
                b"</Relationships>",
                b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/'
                b'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                b"</Relationships>",
            )
        return content

    def write(stream) -> None:
        stream.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
        stream.write(b"<si><t>")
        block = b"A" * (16 * 1024 * 1024)
        for _ in range(GIB // len(block)):
            stream.write(block)
        stream.write(b"</t></si></sst>")

    return _rewrite(_workbook(BUDGET), change, extra=[("xl/sharedStrings.xml", write)])


def zip_bomb() -> bytes:
    def write(stream) -> None:
        block = bytes(16 * 1024 * 1024)
        for _ in range(GIB // len(block)):
            stream.write(block)

    return _rewrite(_workbook(BUDGET), lambda _n, c: c, extra=[("xl/media/image1.png", write)])


def last_row_value() -> bytes:
    def change(name: str, content: bytes) -> bytes:
        if name.endswith("sheet1.xml"):
            return content.replace(
                b"</sheetData>", b'<row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData>'
            )
        return content

    return _rewrite(_workbook(BUDGET), change)


def largest_accepted() -> bytes:
    """An ordinary sheet at the area cap: 10 000 rows of 25 columns (250 000 cells)."""
    header = ["Konto", *(f"Kolumn {n}" for n in range(1, 25))]
    rows = [header] + [
        [f"Konto {r}", *((r * c) % 9973 for c in range(1, 25))] for r in range(9_999)
    ]
    return _workbook(rows)


CASES = {
    "deklarerar A1:XFD1048576": huge_dimension,
    "en textcell på 1 GiB": giant_text_cell,
    "zip-bomb (1 GiB nollor)": zip_bomb,
    "värde på rad 1 048 576": last_row_value,
    "största tillåtna (10 000 × 25)": largest_accepted,
}


def _importers(db: Path, xlsx: Path) -> dict[str, list[str]]:
    on = ["--db", str(db)]
    return {
        "budget import": ["budget", "import", *on, str(xlsx)],
        "agenda import": ["agenda", "import", *on, "--meeting", "2020-12-07", str(xlsx)],
        "delegation import": ["delegation", "import", *on, str(xlsx)],
    }


def _measure(command: list[str]) -> tuple[float, float, int, str]:
    """(seconds, peak MB, exit code, first line said) of one ksdesk process."""
    run = subprocess.run(
        [TIME, "-v", sys.executable, "-m", "ksdesk", *command],
        capture_output=True,
        text=True,
        check=False,
    )
    report = run.stderr
    peak_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", report)[1])
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", report)[1]
    seconds = sum(float(part) * 60**i for i, part in enumerate(reversed(wall.split(":"))))
    said = run.stderr.split("\tCommand being timed")[0].strip() or run.stdout.strip()
    return seconds, peak_kb / 1024, run.returncode, said.splitlines()[0] if said else ""


def main() -> None:
    if not Path(TIME).exists():
        sys.exit(f"{TIME} saknas (Debian: apt-get install time)")
    folder = Path(tempfile.mkdtemp(prefix="ksdesk-xlsx-"))
    os.environ["KSDESK_DATA_DIR"] = str(folder / "data")
    db = folder / "demo.sqlite"
    subprocess.run(
        [sys.executable, "-m", "ksdesk", "demo", "--db", str(db)], check=True, capture_output=True
    )
    baseline = _measure(["info", "--db", str(db)])
    print(f"ksdesk info (baseline process): {baseline[1]:.0f} MB, {baseline[0]:.2f} s\n")
    worst = 0.0
    for case, build in CASES.items():
        xlsx = folder / "fall.xlsx"
        xlsx.write_bytes(build())
        print(f"{case} ({xlsx.stat().st_size / 1000:,.0f} kB packed)".replace(",", " "))
        for importer, command in _importers(db, xlsx).items():
            seconds, peak, code, said = _measure(command)
            worst = max(worst, peak)
            print(f"  {importer:<18} {seconds:5.2f} s  {peak:5.0f} MB  exit {code}  {said[:110]}")
    verdict = "inom" if worst <= MEMORY_BUDGET_MB else "ÖVER"
    print(f"\nHögsta topp: {worst:.0f} MB ({verdict} {MEMORY_BUDGET_MB} MB)")


if __name__ == "__main__":
    main()
