"""Real municipal Swedish for bench/history.py: the sentences, decisions and titles its
content is recombined from, so the history file's vocabulary and word frequencies are those
of real prose, not of a handful of templates.

Drawn from (read once per process, in a fixed order, so the same seed gives the same file):
  - the seed packet, Ludvika kommunstyrelse 2020-12-07 (../shared/seed/, beside the main
    checkout): tjänsteskrivelser, a delegationsbeslut, the budget's verksamhetsplan, the
    delegationsordning and an avtal;
  - the real excerpts in ../shared/corpus/ (delegationsordningar and protokoll of other
    kommuner);
  - the real documents the tests rebuild (tests/interchange/real_*.py: tjänsteskrivelser,
    delegationsordningar, ärendelistor and protokoll of other kommuner, with their sources
    named there): their Swedish sentences, and the titles of the ärendelistor.

Nothing that names or numbers a person is kept: a sentence or title with an e-mail
address, a telephone number, a personnummer (core.personnummer), a party after a name, or
two capitalised words in a row (a name, most often) is left out. What is left is public
administrative prose; bench/history_content.py puts the meeting's year, amounts, places and
things into it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
# What marks a person, a link or an extraction artefact: such a sentence is not used.
_UNWANTED = re.compile(
    r"@|https?:|www\.|\t|\||\*\*|�|\.\.\.|_{2,}|\bSida\b|docplayer|Download|SOURCE"
    r"|\b0\d{1,3}-\d"  # a telephone number
    r"|\((?:S|M|C|V|L|KD|SD|MP|FP|s|m|c|v|kd|sd|mp|fp)\)"  # a party after a name
    r"|\b[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)? [A-ZÅÄÖ][a-zåäöéü]+"  # two names in a row
    r"|\b(?:the|and|of|is|should|with|from)\b"  # the tests' own English
)
_DECISION_VERBS = (
    "beslutar", "fastställer", "uppdrar", "godkänner", "noterar", "antar", "återremitterar",
    "överlämnar", "tillstyrker", "föreslår", "utser", "avslår", "bifaller",
)  # fmt: skip
_ECONOMY = re.compile(r"\b(?:kr|tkr|mnkr|mkr|kronor|kostnad\w*|budget\w*|medel|finansi\w*)\b")
_CHILDREN = re.compile(r"\b(?:barn\w*|elev\w*|ungdom\w*|unga|skol\w*|förskol\w*)\b")


@dataclass(frozen=True)
class Corpus:
    """The material, each tuple in source order with no repeats."""

    sentences: tuple[str, ...]  # prose for descriptions and bilagor
    economy: tuple[str, ...]  # sentences on money: Ekonomiska konsekvenser
    children: tuple[str, ...]  # sentences on children and schools: Konsekvenser för barn
    decisions: tuple[str, ...]  # a decision's predicate without its organ: "fastställer …"
    subjects: tuple[str, ...]  # what a delegation point decides on: "Beslut om …"
    titles: tuple[str, ...]  # real ärende titles


def shared_folder() -> Path:
    """../shared beside the main checkout, which a git worktree names in its .git file
    ("gitdir: <main>/.git/worktrees/<name>")."""
    checkouts = [ROOT]
    if (ROOT / ".git").is_file():
        gitdir = (ROOT / ".git").read_text(encoding="utf-8").split("gitdir:", 1)[-1].strip()
        checkouts.append(Path(gitdir).parents[2])
    for checkout in checkouts:
        if (checkout.parent / "shared" / "seed").is_dir():
            return checkout.parent / "shared"
    raise FileNotFoundError("../shared/seed beside the main checkout is missing")


@functools.cache
def corpus() -> Corpus:
    texts = _source_texts()
    lines = [line.strip() for text in texts for line in text.splitlines()]
    sentences = _unique(s for line in lines for s in _SENTENCE_END.split(line) if _is_prose(s))
    return Corpus(
        sentences=sentences,
        economy=tuple(s for s in sentences if _ECONOMY.search(s)),
        children=tuple(s for s in sentences if _CHILDREN.search(s)),
        decisions=_decisions(sentences),
        subjects=_unique(
            _subjects(texts) + tuple(s.rstrip(".") for s in sentences if _is_subject(s))
        ),
        titles=_titles(),
    )


def _source_texts() -> list[str]:
    shared = shared_folder()
    texts = [path.read_text(encoding="utf-8") for path in sorted((shared / "seed").glob("*.txt"))]
    for path in sorted((shared / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        # The excerpts open with their source and a note, above a line of dashes.
        texts.append(text.split("-" * 20, 1)[-1].lstrip("-"))
    return texts + _test_document_texts()


def _test_document_texts() -> list[str]:
    """The string literals of the tests' real documents (their docstrings left out)."""
    import ast

    texts = []
    for path in sorted((ROOT / "tests" / "interchange").glob("real_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        texts += [
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and len(node.value) > 30
            and id(node) not in docstrings
        ]
    return texts


def _is_prose(sentence: str) -> bool:
    from ksdesk.core.personnummer_masking import has_personnummer

    sentence = sentence.strip()
    if not 40 <= len(sentence) <= 420 or not sentence.endswith(".") or not sentence[0].isupper():
        return False
    letters = sum(ch.isalpha() or ch == " " for ch in sentence)
    if letters < 0.85 * len(sentence) or _UNWANTED.search(sentence):
        return False
    return not has_personnummer(sentence)


def _decisions(sentences: tuple[str, ...]) -> tuple[str, ...]:
    """`Kommunstyrelsen fastställer verksamhetsplan …` → `fastställer verksamhetsplan …`: the
    organ is the meeting's."""
    found = []
    for sentence in sentences:
        subject, _, rest = sentence.partition(" ")
        verb = rest.split(" ", 1)[0]
        if verb in _DECISION_VERBS and subject[0].isupper() and len(rest) > 30:
            found.append(rest)
    return _unique(found)


def _subjects(texts: list[str]) -> tuple[str, ...]:
    """The ärende column of the delegationsordningar's tables: `12.\tAvge yttrande enligt …`."""
    cells = (
        m.group(1).strip() for text in texts for m in re.finditer(r"^\d+\.\t([^\t]+)", text, re.M)
    )
    return _unique(c.rstrip(".") for c in cells if 12 <= len(c) <= 140 and not _UNWANTED.search(c))


def _is_subject(sentence: str) -> bool:
    return sentence.startswith(("Beslut om ", "Beslut att ")) and len(sentence) <= 140


def _titles() -> tuple[str, ...]:
    from ksdesk.core.personnummer_masking import has_personnummer

    expected = re.compile(r'Expected\(\s*(?:\d+|None),\s*"([^"]{12,120})"')
    found = []
    for path in sorted((ROOT / "tests" / "interchange").glob("real_agendas*.py")):
        for match in expected.finditer(path.read_text(encoding="utf-8")):
            title = " ".join(match.group(1).split())
            if _is_title(title) and not has_personnummer(title):
                found.append(title)
    return _unique(found)


def _is_title(title: str) -> bool:
    return (
        title[0].isupper()
        and not title.isupper()
        and not title.endswith((":", "-"))
        and not re.search(r"\bEnskilt\b|\bfrån [A-ZÅÄÖ]|\bsekretess", title, re.I)
        # the standard items every meeting has already
        and not re.search(r"juster|dagordning|extra ärenden|övriga frågor|upprop", title, re.I)
        and not _UNWANTED.search(title)
    )


def _unique(items) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
