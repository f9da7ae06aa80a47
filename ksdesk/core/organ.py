"""The board (organ) and its förtroendevalda: ledamöter and ersättare."""

from __future__ import annotations

from dataclasses import dataclass, field

from ksdesk.core.identity import row_uuid

ROLES = ("ordförande", "1:e vice ordförande", "2:e vice ordförande", "ledamot", "ersättare")
PRESIDIUM_ROLES = ROLES[:3]


def organ_name_as_printed(typed: str) -> str:
    """ "socialnämnden" → "Socialnämnden": the name heads every kallelse and protokoll, so a
    new organ's first letter is a capital (the rest as typed: "KSAU", "Barn- och …")."""
    name = " ".join(typed.split())
    return name[:1].upper() + name[1:]


def organ_in_running_text(name: str) -> str:
    """The organ's name inside a sentence: "… beslutar kommunfullmäktige enligt …", as
    Swedish writes an organ, a common noun, after the sentence's first word. A name that
    starts with an abbreviation in capitals ("KSAU", "BUN") is left as it is."""
    word = " ".join(name.split())
    if not word or _abbreviation(word.split(" ")[0]):
        return word
    return word[:1].lower() + word[1:]


# A word that starts a phrase after the organ's head noun ("Nämnden för folkhälsa …",
# "Nämnden för arbetsmarknad i Blekinge"): such a name takes no genitive -s in writing.
_POSTMODIFIERS = frozenset({"för", "i", "inom", "med", "över", "vid", "på", "om"})


def has_postmodifier(name: str) -> bool:
    """ "Nämnden för folkhälsa, kultur, fritid och regional utveckling": its genitive would
    be "… utvecklings ledamöter", which Swedish avoids in writing; say "ledamöter och
    ersättare i nämnden för …" instead. "Miljö- och byggnadsnämnden" has none."""
    return any(word.lower() in _POSTMODIFIERS for word in name.split()[1:])


def organ_genitive(name: str, *, running_text: bool = True) -> str:
    """Swedish genitive of an organ's name: "Kommunstyrelsen" → "kommunstyrelsens",
    "Kommunfullmäktige" → "kommunfullmäktiges"; a name ending in s, x or z takes no extra s.
    In running text (`running_text`) the first letter is lower-cased, as in the kallelse's
    "Till kommunstyrelsens ledamöter", except when the name starts with an abbreviation
    written in capitals ("KSAU", "BUN"): "kSAU" would be a misprint. An abbreviation at the end
    takes ":s"."""
    word = " ".join(name.split())
    if not word:
        return ""
    if running_text:
        word = organ_in_running_text(word)
    if _abbreviation(word.split(" ")[-1]):
        return word + ":s"  # "KSAU:s", as Swedish writes the genitive of an abbreviation
    return word if word[-1] in "sxz" else word + "s"


def owned_by_organ(thing: str, thing_definite: str, name: str) -> str:
    """ "kommunstyrelsens delegationsordning"; "delegationsordningen för nämnden för
    folkhälsa, …" where the name's genitive would fall on its last word (has_postmodifier)."""
    if has_postmodifier(name):
        return f"{thing_definite} för {organ_in_running_text(name)}"
    return f"{organ_genitive(name)} {thing}"


def _abbreviation(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) > 1 and all(char.isupper() for char in letters)


DEFAULT_STANDARD_ITEMS = (
    "Val av justerare",
    "Anmälan av extra ärenden",
    "Anmälan av delegationsbeslut",
    "Information",
)
_DELEGATIONSBESLUT_ITEM = "Anmälan av delegationsbeslut"


def is_fullmaktige(organ_name: str) -> bool:
    """Whether the organ is a fullmäktige (kommun-, region-, landstingsfullmäktige)."""
    return organ_name.strip().lower().endswith("fullmäktige")


def takes_delegationsbeslut(organ_name: str) -> bool:
    """Whether delegationsbeslut are reported to the organ. A fullmäktige takes none: they
    are reported to the nämnd that delegated (KL 6 kap. 40 §), and no fullmäktige's
    ärendelista has the item."""
    return not is_fullmaktige(organ_name)


def default_standard_items(organ_name: str) -> list[str]:
    """The stående ärenden a new organ starts with ("Anmälan av delegationsbeslut" only
    where delegationsbeslut are reported)."""
    items = list(DEFAULT_STANDARD_ITEMS)
    if not takes_delegationsbeslut(organ_name):
        items.remove(_DELEGATIONSBESLUT_ITEM)
    return items


@dataclass
class Fortroendevald:
    """A ledamot or ersättare in the organ's register (its handle in code: `members`)."""

    name: str
    party: str = ""
    role: str = "ledamot"
    id: int | None = None
    uuid: str = row_uuid()
    # An ersättare elected as personal ersättare for one ledamot (that ledamot's name).
    personlig_for: str = ""

    @property
    def display(self) -> str:
        """ "Anna Ek (S)", or the name alone for someone without a party (as Deltagare's)."""
        return f"{self.name} ({self.party})" if self.party else self.name

    @property
    def is_ledamot(self) -> bool:
        """Ordförande and vice ordförande are ledamöter too (they count for beslutförhet)."""
        return self.role != "ersättare"


@dataclass
class Organ:
    name: str
    kommun: str = ""
    short: str = ""
    default_place: str = ""
    kallelse_days_before: int = 7
    delegationsbeslut_cutoff_days: int = 8
    secretary_name: str = ""
    secretary_title: str = "sekreterare"
    secretary_email: str = ""
    secretary_phone: str = ""
    standard_items: list[str] = field(default_factory=lambda: list(DEFAULT_STANDARD_ITEMS))
    members: list[Fortroendevald] = field(default_factory=list)
    id: int | None = None
    # Where the signed protokoll is kept ("Kommunledningskontoret"): every anslag says it.
    forvaringsplats: str = ""
    uuid: str = row_uuid()
    # The inkallelseordning fullmäktige decided: per party, the parties whose ersättare are
    # called (in that order) when the party's own are used up (core.ersattare).
    inkallelseordning: dict[str, list[str]] = field(default_factory=dict)

    @property
    def chair(self) -> Fortroendevald | None:
        return next((m for m in self.members if m.role == "ordförande"), None)
