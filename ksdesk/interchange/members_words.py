"""The words of a members list: roles ("ordf.", "1:e vice ordförande", "ersättare"), parties
("(S)", "Socialdemokraterna"), a person's name, and the labels of a protokoll's first page
("Beslutande", "Övriga närvarande", "Utses att justera") that say whose names follow."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ORDF = r"ordf(?:örande|\.)?"
# Longest first: "1:e vice ordförande" before "ordförande".
_VICE = r"(?:vice|v\.?)"  # "1:e v ordf", "2:e v. ordf."
_ROLE_WORDS: tuple[tuple[str, str], ...] = (
    (rf"(?:1:e|1:a|förste|första|1\.)\s*{_VICE}\s*{_ORDF}", "1:e vice ordförande"),
    (rf"(?:2:e|2:a|andre|andra|2\.)\s*{_VICE}\s*{_ORDF}", "2:e vice ordförande"),
    (rf"{_VICE}\s*{_ORDF}", "1:e vice ordförande"),
    (_ORDF, "ordförande"),
    (
        r"(?:tjänstgörande\s+|tjg\.?\s+|ej\s+tjänstgörande\s+)?"
        r"(?:ersättar(?:e|na)|suppleant(?:er|erna)?)",
        "ersättare",
    ),
    (r"(?:ordinarie\s+)?(?:ledamot|ledamöter(?:na)?)|ordinarie|beslutande", "ledamot"),
)
ROLE = re.compile(
    r"\b(?:" + "|".join(f"(?P<r{i}>{p})" for i, (p, _) in enumerate(_ROLE_WORDS)) + r")(?!\w)",
    re.I,
)
# A voting list's column heads are no part of a name: "Närv Mona Modin Tjulin, ordförande, S
# JA NEJ JA NEJ Joakim Ekroth, …" (Östersund's omröstningslista); and a name begins where a
# word does ("NEJ Joakim" gives no "EJ Joakim").
_VOTE_HEADS = r"(?<![\w'’-])(?!(?:JA|NEJ|AVST|Avst|Närv|NÄRV)(?![\w'’.-]))"
# A name's capital may be any Latin one: "Ermin Škorić (S)" (Kungsbacka's kommunstyrelse), "Łukasz".
_CAPITALS = "A-ZÀ-ÖØ-ÞĆČĐŁŃŠŚŽŹŻĘĄŘŤŇĎĽĹŐŰ"
_WORD = rf"{_VOTE_HEADS}[{_CAPITALS}][\w'’.-]*"
_PARTICLE = r"(?:von|af|de|van|der|den|la|le|di|da|el|al|bin)"
NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD}){{1,4}}"
# A name and what its brackets hold: a party "(S)", a role "(ordförande)", a tjänsteperson's
# title "(kvalitetschef)" or whom a personal ersättare stands for "(för Anna Ek)"; a comma
# may stand before the bracket ("Mikael Karlsson, (C)").
IN_BRACKETS = re.compile(rf"(?P<name>{NAME}),?\s*\((?P<inside>[^()\d]{{1,60}})\)")
PARTY_NAMES = {
    "socialdemokraterna": "S",
    "arbetarepartiet socialdemokraterna": "S",
    "moderaterna": "M",
    "moderata samlingspartiet": "M",
    "centerpartiet": "C",
    "liberalerna": "L",
    "folkpartiet": "FP",
    "folkpartiet liberalerna": "FP",
    "kristdemokraterna": "KD",
    "vänsterpartiet": "V",
    "miljöpartiet": "MP",
    "miljöpartiet de gröna": "MP",
    "sverigedemokraterna": "SD",
}
_PARTY = re.compile(r"[A-ZÅÄÖ][A-Za-zåäö]{0,4}")  # S, MP, SRD, Lib, ObS
_PARTY_LOWER = re.compile(r"[a-zåäö]{1,3}")  # "(s)", "(mp)" in some kommuners protokoll
NO_PARTY = "-"  # "Börje Tranvik (-)": elected for no party, written so by the kommun


# "Ingvar Smedlund, Ordförande (M)": Enköping writes the presidium's role between the name
# and the party.
_ROLE_BEFORE_PARTY = re.compile(
    rf"(?P<name>{NAME}),\s*(?P<role>(?:(?:1:e|2:e)\s+)?[Vv]ice\s+{_ORDF}|[Oo]rdförande)"
    r"\s*\((?P<party>[^()\d]{1,6})\)"
)


def role_after_party(run: str) -> str:
    """ "Ingvar Smedlund, Ordförande (M) Ulrika Ornbrant, 1:e vice ordförande (C)" →
    "Ingvar Smedlund (M), Ordförande Ulrika Ornbrant (C), 1:e vice ordförande": the role
    where the run reader looks for it, after the party."""
    return _ROLE_BEFORE_PARTY.sub(
        lambda m: f"{m['name']} ({m['party']}), {m['role']}" if party_of(m["party"]) else m[0],
        run,
    )


def role_in(text: str) -> str | None:
    """The role a text names ("ordf.", "2:e vice ordförande", "Ersättare"), or None."""
    match = ROLE.search(text)
    if match is None:
        return None
    return next(role for i, (_, role) in enumerate(_ROLE_WORDS) if match[f"r{i}"])


def party_of(text: str) -> str:
    """ "S", "(s)", "Socialdemokraterna" → "S"; "-" stays "-"; "" when the text is no party
    (a role, a title such as "kvalitetschef", a place)."""
    cleaned = " ".join(text.split()).strip(" ,;:")
    if cleaned.lower() in PARTY_NAMES:
        return PARTY_NAMES[cleaned.lower()]
    if cleaned == NO_PARTY:
        return cleaned
    if _PARTY_LOWER.fullmatch(cleaned) and role_in(cleaned) is None:
        return cleaned.upper()
    return cleaned if _PARTY.fullmatch(cleaned) and role_in(cleaned) is None else ""


_ADJECTIVES = re.compile(r"^(?:personlig[a]?|tjänstgörande|närvarande)\s+", re.I)


# "Ledamöter 2023-2026", "Ersättare mandatperioden 2019–2022:": the period is the heading's.
_PERIOD = re.compile(r"\s*(?:för\s+)?(?:mandatperioden\s+)?\d{4}\s*[-–]\s*\d{4}\s*:?\s*$", re.I)


def heading_role(line: str) -> str | None:
    """The role a heading line sets for the lines below it ("Ledamöter", "Personliga
    ersättare:", "Ersättare 2023-2026"); None when the line is more than a heading."""
    bare = _ADJECTIVES.sub("", _PERIOD.sub("", line).strip(" :"))
    role = role_in(bare)
    if role is None:
        return None
    rest = ROLE.sub("", bare, count=1).strip(" :")
    return role if not rest else None


# "Förvaltningschef Maria Skoglund", "Kommundirektör Jan Fransson": a tjänsteperson's title
# before the name, not a first name.
_TITLE = re.compile(
    r"\w*(?:chef|sekreterare|handläggare|strateg|direktör|controller|ekonom|utredare|"
    r"samordnare|ingenjör|arkitekt|jurist|registrator|assistent)\b",
    re.I,
)


def name_with_role(cell: str) -> tuple[str, str | None] | None:
    """ "Ulf-Peter Westmark, ordf." or "Ordförande Anna Ek" → (name, "ordförande"); a name
    alone → (name, None); None when the cell is no name."""
    role = role_in(cell)
    bare = " ".join(ROLE.sub("", cell, count=1).strip(" ,;:").split()) if role else cell.strip()
    if re.fullmatch(NAME, bare) and not _TITLE.match(bare):
        return bare, role
    return None


# "Socialdemokraterna", "Moderaterna (M)", "Centerpartiet, 9 mandat", "Liberalerna:" alone on
# a line: the party of the names below it.
_PARTY_HEADING = re.compile(
    r"(?P<party>[A-Za-zÅÄÖåäö][\w -]*?)\s*(?:\((?P<short>[^()]{1,6})\))?\s*"
    r"(?:[,:–-]\s*\d+\s+(?:mandat|ledamöter|platser))?\s*:?"
)


_LOCAL_PARTY = re.compile(r"parti|listan|alternativ|demokrat", re.I)


def party_heading(line: str) -> str | None:
    """The party a heading line names for the lines below it, or None."""
    match = _PARTY_HEADING.fullmatch(line.strip())
    if match is None:
        return None
    long_name, short = match["party"].casefold(), party_of(match["short"] or "")
    if long_name in PARTY_NAMES:
        return short or PARTY_NAMES[long_name]
    # A local party written out: "Kommunpartiet i Mellerud (KIM)", "Ekerölistan (Ö)".
    return short if short and _LOCAL_PARTY.search(long_name) else None


@dataclass(frozen=True)
class Label:
    """A label on a protokoll's first page and what it says of the names after it."""

    text: str
    role: str | None  # "ledamot" or "ersättare"; None: not members (tjänstepersoner, justering)
    why: str = ""  # for the report, when the names after it are not read
    # "Övriga närvarande": the ej tjänstgörande ersättare are often listed here, with their
    # party, among the tjänstepersoner (who have none).
    may_hold_ersattare: bool = False


_PRESIDIUM = "presidium"  # the role a label names: read from its words
PLACE_WHY = "plats och tid för sammanträdet"
_OTHERS_WHY = "övriga närvarande är inte ledamöter eller ersättare"
_JUSTERING_WHY = "justering och underskrifter: ingen ny ledamot eller ersättare"
# Case as printed: "Sekreterare" is a label, "sekreterare" after a name is a title.
_LABELS: tuple[tuple[str, str | None, str], ...] = (
    # "Ej tjänstgörande" alone: Marks kommun prints the label's "ersättare" after the first name.
    # "tjänstförande": Oxelösund's template misspells the label so.
    (
        r"(?:Närvarande,?\s+)?(?:Ej|ej)\s+tjänst[gf]örande\s+ersättare|Ej\s+tjänst[gf]örande",
        "ersättare",
        "",
    ),
    # "Beslutandeersättare" in one word: Katrineholm's protokoll.
    (r"(?:Beslutande|Tjänstgörande|Närvarande)\s*ersättare", "ersättare", ""),
    (r"Beslutande(?:\s+ledamöter)?", "ledamot", ""),
    # "Plats och tid: Byskolans matsal … Ordförande: Nordbeck Carolina (FP) 2:e vice
    # ordförande: Persson Tord (S)": a presidium role with its colon inside a run; the role
    # is the one person's after it (members_paste.py).
    (
        r"(?:(?:1:e|2:e|1:a|2:a|förste|andre|första|andra)\s+)?(?:[Vv]ice\s+)?[Oo]rdförande:"
        r"(?=\s+[A-ZÅÄÖ])",
        _PRESIDIUM,
        "",
    ),
    # "… Kjell Larsson (C) Ersättare Lilian Lunde (S), …", "Plats: Bolmen Ledamöter Mikael
    # Johansson (M)": a label inside a run (not the rubrikrad "Ledamöter Ersättare").
    # With its colon it is a label wherever it stands: "Leif Bejhed (V), tjg ersättare
    # Ersättare: Magnus Åkesson (M)".
    (r"(?:(?<=\)\s)Ersättare:?|Ersättare:)(?=\s+[A-ZÅÄÖ])", "ersättare", ""),
    (r"Ledamöter:?(?=\s+(?!Ersättare)[A-ZÅÄÖ])", "ledamot", ""),
    (
        r"Övriga(?:\s+(?:närvarande|deltagande|deltagare))?|Tjänstemän|Tjänstepersoner|"
        r"I\s+tjänsten|Särskilt\s+inbjudna|Närvarorätt",
        None,
        _OTHERS_WHY,
    ),
    (
        r"Utses\s+att\s+justera|Justeringens\s+plats\s+och\s+tid|Justering|Justerande|Justerare|"
        r"Underskrift(?:er)?|Paragrafer|ANSLAG/BEVIS|BEVIS|Utdragsbestyrkande",
        None,
        _JUSTERING_WHY,
    ),
    (r"Sekreterare", None, "sekreteraren är inte ledamot eller ersättare"),
    (r"Plats\s+och\s+tid|Tid\s+och\s+plats", None, PLACE_WHY),
)
# Only right after another label: "Beslutande Ledamöter …", "Övriga närvarande Ersättare: …".
_SUBLABELS: tuple[tuple[str, str], ...] = (
    (r"Ledamöter", "ledamot"),
    (r"Ersättar(?:e|na):?", "ersättare"),
)
LABEL = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<l{i}>{p})" for i, (p, _, _) in enumerate(_LABELS)) + r")"
    r"(?P<sub>\s+(?:" + "|".join(p for p, _ in _SUBLABELS) + r"))?(?![\w-])"
)


def label_of(match: re.Match[str]) -> Label:
    """The Label a LABEL match is; a sublabel ("Ersättare:") after it names the role."""
    index = next(i for i in range(len(_LABELS)) if match[f"l{i}"])
    _, role, why = _LABELS[index]
    others = why == _OTHERS_WHY
    if role == _PRESIDIUM:
        role = role_in(match[0])
    elif (sub := match["sub"]) and role != "ledamot":
        role = next(r for p, r in _SUBLABELS if re.fullmatch(p, sub.strip()))
    return Label(match[0], role, why, may_hold_ersattare=others)


# "Jannike Hillding, M, Ordförande Astrid Lönn Jern, C, …": the party after a comma, as some
# protokoll write it; only the parties of the riksdag, so that no initial is taken for one.
_KNOWN_PARTIES = "|".join(sorted(set(PARTY_NAMES.values()), key=len, reverse=True))
# After a name's letter: "Tomas Johansson, 80 93, M Lars-Bertil Rystrand" (the hours he was
# there, then the next one's party) is no party after a comma.
_PARTY_AFTER_COMMA = re.compile(rf"(?<=[^\W\d_]),\s*(?P<party>{_KNOWN_PARTIES})(?![\w(])")
_PARTIES_IN_A_RUN = 2


def parties_in_brackets(run: str) -> str | None:
    """ "Monica Dahlén, S Marcus Danielsson, SD" → "Monica Dahlén (S) Marcus Danielsson (SD)":
    a run of people each with the party after a comma, written as the bracket reader reads
    it; None when the run is not one (fewer than two such parties)."""
    if len(_PARTY_AFTER_COMMA.findall(run)) < _PARTIES_IN_A_RUN:
        return None
    return _PARTY_AFTER_COMMA.sub(lambda m: f" ({m['party']})", run)
