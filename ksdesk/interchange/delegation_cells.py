"""The text of one cell of a delegation table, as Word and PDF conversions leave it.

- Words hyphenated at a line end are joined ("stadsbyggnads-\\nkontoret"), but real compounds
  keep their hyphen or slash ("IT-\\nsystem", "ärende-/\\nverksamhetssystemet", "Mark- och").
- An Ärende broken over lines mid-sentence is one line again ("… skall" / "läggas ned").
- Change marks ("NY:", "Ändrad:", a cell that says only "Ny") mean "new in this version" and
  are taken out of the text.
- Point numbers, title numbers and the shapes of heading rows.
A Delegat cell's roles are split in delegation_role_cells.
"""

from __future__ import annotations

import re

# "NY:", "(Ny)", "Ny punkt:", "Ändrad lydelse:" before the text.
_MARK_AT_START = re.compile(
    r"^\s*\(?\s*((?:ny|nytt|ändrad|ändring|reviderad)(?:\s+(?:punkt|lydelse|ärende|text))?)"
    r"\s*(?:\)\s*[:!]?|[:!])\s*",
    re.IGNORECASE,
)
_MARK_ONLY = re.compile(r"^\s*\(?(ny|nytt|ny punkt|ändrad|ändring|reviderad)\)?[!.]?\s*$", re.I)
_KEEP_SPACE_AFTER_HYPHEN = {"och", "eller", "samt", "respektive", "resp", "till", "som", "men"}
CONTENT_FIELDS = (
    "lagrum",
    "delegat",
    "ersattare",
    "vidaredelegation",
    "delegat_ersattare",
    "delegat_vidare",
    "lagrum_anmarkning",
)
_POINT_NR_MAX = 16
# Words a sentence goes on after, whatever the next line starts with.
_SENTENCE_GOES_ON = {
    "enligt",
    "enl.",
    "om",
    "av",
    "till",
    "för",
    "och",
    "samt",
    "eller",
    "med",
    "från",
    "inom",
    "mot",
    "hos",
    "på",
    "vid",
    "i",
    "att",
    "än",
}


def join_hyphens(text: str) -> tuple[str, list[str]]:
    """The text with line-end hyphenation joined; also the words that were joined."""
    lines = text.split("\n")
    out = [lines[0]]
    joined: list[str] = []
    for line in lines[1:]:
        before = out[-1]
        stripped = line.lstrip()
        word = re.match(r"[^\W\d_]+", stripped)
        if before.endswith("/") and stripped and not before.endswith(" /"):
            out[-1] = before + stripped  # "ärende-/" + "verksamhetssystemet"
            continue
        if not (word and re.search(r"[^\W\d_]-$", before)):
            out.append(line)
            continue
        head = re.search(r"(\S+)-$", before).group(1)  # type: ignore[union-attr]
        following = word.group(0)
        if following.lower() in _KEEP_SPACE_AFTER_HYPHEN:
            out[-1] = f"{before} {stripped}"  # "Mark-" "och planering": a shared ending
        elif len(head) == 1 or head[-1].isupper() or following[0].isupper():
            out[-1] = before + stripped  # "IT-system", "e-post": the hyphen belongs there
        else:
            out[-1] = before[:-1] + stripped
            joined.append(f"{head}-{following}")
    return "\n".join(out), joined


def join_broken_lines(text: str, law: bool = False) -> str:
    """An Ärende whose sentence was broken with Enter to fit the cell ("… inledd utredning
    skall" / "läggas ned"): a line that goes on in lower case after a word joins the line
    before. A list line ("- rivning", "a) ärenden om …"), a line after a colon or a full
    stop stays a line. In a Lagrum cell (`law`) a line in lower case or in brackets goes on
    with the citation above it whatever that ends in ("10 kap 39 §" / "skollagen"); a line
    beginning with a number or a law's short name is a citation of its own."""
    out: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if law:
            goes_on = bool(re.match(r"[a-zåäö(]", stripped)) and not _LIST_LINE.match(stripped)
        else:
            goes_on = bool(out) and bool(stripped) and _goes_on(out[-1].rstrip(), stripped)
        if out and stripped and goes_on:
            out[-1] = f"{out[-1].rstrip()} {stripped}"
        else:
            out.append(line)
    return "\n".join(out)


_LIST_LINE = re.compile(r"[a-zåäö0-9]{1,2}[).]\s")


def _goes_on(before: str, line: str) -> bool:
    """The line continues the sentence of the line before, as a PDF conversion breaks a cell's
    lines: lower case after a word, a number or a comma; a number or "(" + number after a word ("upp
    till" / "10 prisbasbelopp", "sekretesslagen" / "(2009:400)"); digits after digits ("100"
    / "000 kronor")."""
    if _LIST_LINE.match(line):
        return False  # "a) ärenden om …", "2. Beslut": a list's line
    if " | " in before or " | " in line:
        return False  # the rows of a table nested in the cell
    after_word = bool(re.search(r"[^\W\d_]$", before))
    last = before.rsplit(" ", 1)[-1].lower()
    if last in _SENTENCE_GOES_ON and before != last and line[:1].isalnum():
        return True  # "… enligt" / "Socialtjänstlagen 4 kap.": a sentence never ends so
    if line[:1].islower():
        return after_word or before.endswith(",") or before[-1:].isdigit()
    if re.match(r"\(?\d", line):
        return after_word or (before[-1:].isdigit() and bool(re.match(r"\d{3}\b", line)))
    # "enligt 24" / "§ LVU", "upp till 10" / "% av pbb": a sign that belongs to the number.
    return line[:1] in "§%" and before[-1:].isdigit()


def read_mark(text: str) -> tuple[str, str]:
    """(text without its change mark, "ny" | "ändrad" | "")."""
    if _MARK_ONLY.match(text):
        word = _MARK_ONLY.match(text).group(1).lower()  # type: ignore[union-attr]
        return "", _mark_kind(word)
    match = _MARK_AT_START.match(text)
    if match:
        return text[match.end() :], _mark_kind(match.group(1).lower())
    return text, ""


def _mark_kind(word: str) -> str:
    return "ny" if word.startswith("ny") else "ändrad"


def clean_text(text: str) -> tuple[str, list[str]]:
    """Cell text with line-end hyphenation joined and spacing tidied; and the joined words."""
    joined_text, joined = join_hyphens(text)
    lines = [" ".join(line.split()) for line in joined_text.split("\n")]
    return "\n".join(line for line in lines if line), joined


def normal_nr(text: str) -> str:
    """ "1." → "1" (the seed prints a full stop after plain numbers), "2.1." → "2.1"; others
    as typed."""
    text = " ".join(text.split())
    plain = re.fullmatch(r"\d+(?:\.\d+)*", text[:-1]) if text.endswith(".") else None
    return text[:-1] if plain else text


def is_point_nr(text: str) -> bool:
    """ "12", "2.2.1", "B1.1", "2.2.1 a)", "83." – short, with a digit, not a sentence."""
    text = " ".join(text.split())
    return (
        bool(text)
        and len(text) <= _POINT_NR_MAX
        and any(ch.isdigit() for ch in text)
        and (len(re.findall(r"[^\W\d_]{3,}", text)) == 0)
    )


def heading_text(values: dict[str, str]) -> str:
    parts = [values.get("arende", "")]
    parts += [text for name, text in values.items() if name not in ("arende", "nr", "kapitel")]
    return "\n".join(p.strip() for p in parts if p.strip())


def heading_shape(values: dict[str, str], strict: bool) -> bool:
    """Text in the Ärende column and none where a point's content goes."""
    if any(values.get(name, "").strip() for name in CONTENT_FIELDS):
        return False
    first = values.get("arende", "").strip().split("\n")[0]
    numbered = bool(re.match(r"^\d+(?:\.\d+)+\s+[A-ZÅÄÖ]", first))  # "2.6.5 Hyresavtal"
    if not first or not (first[0].isupper() or numbered) or len(first) > 80:
        return False
    return not strict or numbered or capital_heading(values)


def capital_heading(values: dict[str, str]) -> bool:
    """Short, capitalised, unpunctuated: a heading even at the top of a page."""
    first = values.get("arende", "").strip().split("\n")[0]
    return (
        bool(first)
        and first[0].isupper()
        and len(first) <= 60
        and len(first.split()) <= 8
        and not first.endswith((".", ",", ";", ":"))
    )


def join_text(before: str, after: str, separator: str) -> str:
    if not before:
        return after
    if not after:
        return before
    if re.search(r"[^\W\d_]-$", before) or before.endswith("/"):
        return join_hyphens(f"{before}\n{after}")[0]
    return f"{before}{separator}{after}"


def title_depth(number: str) -> int:
    """ "2" → 1, "2.2" → 2; a letter is a level of its own: "B." → 1, "B1" and "B.1" → 2."""
    number = number.strip()
    lettered = bool(number) and number[0].isalpha()
    groups = re.findall(r"\d+", number)
    return len(groups) + (1 if lettered else 0) if groups or lettered else 1


def point_without_nr(values: dict[str, str]) -> bool:
    """A row of a table without a number column that is a point of its own: an Ärende that
    starts a sentence, and a delegate."""
    arende = values.get("arende", "").strip()
    roles = any(values.get(name, "").strip() for name in CONTENT_FIELDS[1:])
    return bool(arende) and roles and not arende[:1].islower()


# "1. Omfördelning …", "2) Upphandling …", "2.1 Yttrande …": a number typed into the Ärende.
_NR_IN_TEXT = re.compile(r"^(?:(\d+(?:\.\d+)*)[.)]|(\d+(?:\.\d+)+))\s+(?=[A-ZÅÄÖ])")


def nr_in_text(text: str) -> tuple[str, str] | None:
    """(number, the rest) of an Ärende that starts with its point's number, or None."""
    text = text.strip()
    match = _NR_IN_TEXT.match(text)
    return (match.group(1) or match.group(2), text[match.end() :]) if match else None


def marked_nr_in_text(text: str) -> tuple[str, str] | None:
    """nr_in_text past a change mark before the number: "NY: 1. Omfördelning …" → ("1",
    "NY: Omfördelning …"), the mark kept for the point to read."""
    text = text.strip()
    unmarked, _mark = read_mark(text)
    found = nr_in_text(unmarked)
    if found is None:
        return None
    return found[0], text[: len(text) - len(unmarked)] + found[1]
