"""Two texts compared word by word: which words of the new one are new (marked yellow on
paper and on the web), and a title replaced by another as a whole word (a role renamed
throughout the delegationsordning)."""

from __future__ import annotations

import difflib
import re

from ksdesk.core.lookalike import readings, search_key

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


def word_pattern(title: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(title)}(?!\w)", re.IGNORECASE)


def replace_title(text: str, old: str, new: str) -> str:
    """Replace the title `old` by `new` as a whole word, keeping a capital where it stood."""

    def repl(match: re.Match[str]) -> str:
        found = match.group()
        if found[:1].isupper():
            return new[:1].upper() + new[1:]
        return new[:1].lower() + new[1:]

    return word_pattern(old).sub(repl, text)


def word_segments(old: str, new: str) -> list[tuple[str, bool]]:
    """`new` cut into (text, changed) runs: the words not in `old` are marked changed.
    Look-alike letters and spacing do not count as a change."""
    old_tokens = _TOKEN.findall(old)
    new_tokens = _TOKEN.findall(new)
    old_keys = [search_key(t) or " " for t in old_tokens]
    known = set(old_keys)

    def key(token: str) -> str:
        # A word repaired (or spoiled) by look-alike letters is the same word, read either way.
        plain = search_key(token) or " "
        if plain in known:
            return plain
        return next((r.casefold() for r in readings(token) if r.casefold() in known), plain)

    matcher = difflib.SequenceMatcher(
        None, [key(t) for t in old_tokens], [key(t) for t in new_tokens]
    )
    segments: list[tuple[str, bool]] = []
    for tag, _i1, _i2, j1, j2 in matcher.get_opcodes():
        text = "".join(new_tokens[j1:j2])
        if not text:
            continue
        changed = tag in ("replace", "insert") and bool(text.strip())
        if segments and segments[-1][1] == changed:
            segments[-1] = (segments[-1][0] + text, changed)
        else:
            segments.append((text, changed))
    return segments
