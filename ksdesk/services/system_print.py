"""Printing hands the PDF itself to the system, never pictures of its pages: on Windows the
PDF reader prints it (ShellExecute's "print" verb, os.startfile), where CUPS is (Linux, macOS)
`lp` sends it to the chosen printer, and anywhere else it is opened in the PDF reader.

A job made of page images is slow and huge (37 pages took 144 s and 212 MB); the PDF is
0.7 MB of text and lines that the printer or its driver renders at its own resolution.

The file handed over is written to the data folder's `utskrifter` (readable by the user
only: a kallelse may hold personal data) and removed after a day: the reader that prints
it or shows it opens it after we return, so it cannot be removed at once."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ksdesk import paths
from ksdesk.atomic import write_atomic
from ksdesk.core.errors import KsdeskError
from ksdesk.logs import logger

SPOOL_FOLDER = "utskrifter"
KEEP_SECONDS = 24 * 3600
LP_TIMEOUT_SECONDS = 60

WINDOWS, CUPS, NONE = "windows", "cups", "none"


class PrintError(KsdeskError):
    """The system did not take the job; the message says what to do instead."""


@dataclass(frozen=True)
class PrintJob:
    """What the print dialog asked for (CUPS; on Windows the reader decides)."""

    printer: str = ""  # empty: the system's default printer
    copies: int = 1
    first_page: int = 0  # 0: from the first page
    last_page: int = 0  # 0: to the last page
    sides: str = ""  # "", "one-sided", "two-sided-long-edge", "two-sided-short-edge"
    title: str = "ksdesk"


def route() -> str:
    """How this machine prints a PDF: WINDOWS, CUPS (an `lp` command) or NONE."""
    if os.name == "nt":
        return WINDOWS
    return CUPS if shutil.which("lp") else NONE


def spool(data: bytes, suggested_name: str) -> Path:
    """The PDF as a file to hand over, in the data folder; older ones are cleared away."""
    folder = paths.data_dir() / SPOOL_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    clear_old(folder)
    stem = re.sub(r"[^\w.-]+", "-", Path(suggested_name).stem).strip("-") or "dokument"
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return write_atomic(folder / f"{stem}-{stamp}.pdf", data, private=True)


def clear_old(folder: Path, now: float | None = None) -> list[Path]:
    """Remove handed-over files older than a day (a reader has long since read them)."""
    cutoff = (time.time() if now is None else now) - KEEP_SECONDS
    removed = []
    for path in folder.glob("*.pdf"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed.append(path)
    return removed


def print_with_reader(path: Path) -> None:
    """Windows: the program that opens PDF files prints it, on the default printer."""
    try:
        os.startfile(str(path), "print")  # type: ignore[attr-defined]  # Windows only
    except OSError as error:
        raise PrintError(
            "Windows hittade inget program som kan skriva ut PDF-filer. Installera en "
            "PDF-läsare (till exempel Adobe Acrobat Reader), eller välj Spara som PDF… och "
            "skriv ut filen därifrån."
        ) from error


def lp_command(path: Path, job: PrintJob) -> list[str]:
    """The `lp` command line for `job` (CUPS prints the PDF as it is)."""
    command = ["lp", "-t", job.title, "-n", str(max(1, job.copies))]
    if job.printer:
        command += ["-d", job.printer]
    if job.first_page or job.last_page:
        first = job.first_page or 1
        command += ["-P", f"{first}-{job.last_page}" if job.last_page else f"{first}-"]
    if job.sides:
        command += ["-o", f"sides={job.sides}"]
    return [*command, "--", str(path)]


def print_with_lp(path: Path, job: PrintJob) -> str:
    """CUPS: send the PDF to the printer; returns the job's id ("HP-42")."""
    try:
        done = subprocess.run(
            lp_command(path, job),
            capture_output=True,
            text=True,
            timeout=LP_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise PrintError(
            "Utskriftstjänsten (CUPS) svarade inte. Försök igen, eller välj Öppna i "
            "PDF-läsare och skriv ut därifrån."
        ) from error
    if done.returncode != 0:
        logger("print").warning("lp: %s", done.stderr.strip())
        raise PrintError(_lp_refusal(done.stderr, job))
    found = re.search(r"request id is (\S+)", done.stdout)
    return found.group(1) if found else ""


def _lp_refusal(stderr: str, job: PrintJob) -> str:
    """lp's English complaint, said in Swedish."""
    printer = f"Skrivaren ”{job.printer}”" if job.printer else "Standardskrivaren"
    lowered = stderr.lower()
    if "does not exist" in lowered or "no default destination" in lowered:
        return (
            f"{printer} finns inte i utskriftstjänsten. Välj en annan skrivare, eller "
            "välj Öppna i PDF-läsare och skriv ut därifrån."
        )
    if "not accepting" in lowered or "disabled" in lowered:
        return f"{printer} tar inte emot utskrifter just nu. Välj en annan skrivare."
    return f"{printer} tog inte emot utskriften. Välj Öppna i PDF-läsare och skriv ut därifrån."
