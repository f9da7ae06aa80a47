"""Text pasted from the clipboard into one of the window's intakes (an ärendelista, a budget
table, the nämnd's list of ledamöter and ersättare), looked at before any reader sees it.

A reader of a pasted list treats it as a text file, so what was no list came back in a file's
words ("inklistrad.txt är ingen textfil … spara den som CSV"), or not at all: five megabytes
pasted into the list of members kept the window busy for two minutes before saying that no
one was found. Here each of those is refused in one sentence that says what the clipboard
held and how to copy the list again. Nothing is dropped: a text is read whole or refused."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ksdesk.core.backup import format_size
from ksdesk.core.format import format_count as count
from ksdesk.core.listing import and_listed

# C0 controls but tab and the line breaks, and DEL: no text copied out of a PDF, a web page,
# Word or Excel holds them; binary data read as text, or a NUL from a broken program, does.
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class PasteIntake:
    """One place that reads the clipboard: what it expects, where that is copied from, the
    button or menu that pastes it, and the most text such a list can be."""

    what: str  # "ärendelistan"
    copied_from: str  # "i PDF-filen eller på webbsidan"
    again: str  # the button or menu item, as it reads: "Importera… → Ärendelista från urklipp"
    max_chars: int
    from_file: str  # how a file of it is read instead, a sentence

    def copy_again(self) -> str:
        return (
            f"Markera {self.what} {self.copied_from}, kopiera (Ctrl+C) och välj {self.again} igen."
        )


AGENDA = PasteIntake(
    "ärendelistan",
    "i PDF-filen eller på webbsidan",
    "Importera… → Ärendelista från urklipp",
    1_000_000,
    "En fil läses in med Importera… → Ärendelista från Excel, Word, PDF eller CSV.",
)
BUDGET = PasteIntake(
    "tabellen",
    "i PDF-filen eller i Excel",
    "Klistra in tabell…",
    2_000_000,
    "En fil läses in med Importera….",
)
# A nämnd's page or a protokoll's first page is a few thousand characters; the reader of
# members takes a minute or more over a megabyte.
MEMBERS = PasteIntake(
    "nämndens lista",
    "på kommunens webbsida eller i protokollet",
    "Klistra in ledamöter och ersättare…",
    100_000,
    "Öppna filen och kopiera listan ur den.",
)


def problem(text: str, intake: PasteIntake) -> str | None:
    """Why `text` cannot be the list `intake` reads, in Swedish; None when it may be."""
    if not text.strip():
        return f"Urklippet innehåller ingen text. {intake.copy_again()}"
    if len(text) > intake.max_chars:
        lines = count(text.count("\n") + 1, "rad", "rader")
        return (
            f"Urklippet innehåller {format_size(len(text.encode('utf-8')))} text ({lines}), "
            f"mycket mer än {intake.what} kan vara, så något annat har kopierats med. "
            f"{intake.copy_again()}"
        )
    if found := _NOT_TEXT.findall(text):
        signs = count(len(found), "tecken", "tecken")
        return (
            f"Urklippet innehåller {signs} som inte hör till någon text (till exempel "
            "nolltecken), som när ett program lägger annat än text på urklipp. Inget lästes "
            f"in. {intake.copy_again()}"
        )
    return None


def on_clipboard(image: bool, html: bool, files: list[str], formats: int) -> str:
    """What the clipboard holds when it holds no text, for the sentence that says so;
    `files` are the names of files copied in the file manager."""
    if files:
        which = "filen" if len(files) == 1 else "filerna"
        return f"Urklippet innehåller {which} {and_listed(files)}, ingen text"
    if image:
        return "Urklippet innehåller en bild, ingen text. ksdesk läser inte text ur bilder"
    if html:
        return (
            "Urklippet innehåller formaterad text (HTML) men ingen vanlig text, som när en "
            "tabell kopieras ur vissa program"
        )
    return "Urklippet innehåller ingen text" if formats else "Urklippet är tomt"


def nothing_to_read(intake: PasteIntake, held: str) -> str:
    """The refusal of a clipboard without text: what it held (`on_clipboard`), what to do."""
    if "HTML" in held:
        return (
            f"{held}. Klistra in den i Word eller Anteckningar, kopiera den därifrån (Ctrl+C) "
            f"och välj {intake.again} igen."
        )
    if held.startswith("Urklippet innehåller fil"):
        again = intake.copy_again()
        return f"{held}. {intake.from_file} Eller {again[0].lower()}{again[1:]}"
    return f"{held}. {intake.copy_again()}"


def refused(reason: str, intake: PasteIntake) -> str:
    """A reader's refusal of a pasted text said of the paste: the readers are the file
    importers', whose sentences begin "Filen …" or with the name they were given
    ("inklistrad text, rad 2: …") and do not say how to copy the list again."""
    if reason.startswith("Filen "):
        reason = "Den inklistrade texten " + reason.removeprefix("Filen ")
    reason = reason[:1].upper() + reason[1:]
    return reason if intake.again in reason else f"{reason} {intake.copy_again()}"
