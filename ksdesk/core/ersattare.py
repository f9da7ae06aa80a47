"""Förhinder and the ersättare called in: who takes the seat of a ledamot who cannot come.

Fullmäktige decides the order in which a nämnd's ersättare tjänstgör when they are not elected
proportionally (KL 6 kap. 16–17 §§), and most kommuner decide an inkallelseordning of this
shape:

1. the personal ersättare elected for that ledamot, if there is one;
2. the party's other ersättare, in the order they were elected (their order in the organ's
   members register);
3. then the ersättare of the parties fullmäktige named for that party, party by party, each
   party's in their order.

An ersättare who has förhinder too, or is already called for another seat, is passed over.
This is a proposal: the secretary may choose another ersättare for any seat."""

from __future__ import annotations

from dataclasses import dataclass

from ksdesk.core.organ import Fortroendevald


@dataclass
class Forhinder:
    """A ledamot's förhinder for one meeting."""

    name: str
    ersattare: str = ""  # chosen by hand; "" = the inkallelseordning's proposal
    anmalt: str = ""  # when it was reported, as typed ("fredag 13.00", "2020-12-04")
    note: str = ""
    uuid: str = ""


@dataclass(frozen=True)
class Inkallelse:
    """The seat of `ledamot` (who has förhinder) and who is called to it ("" = nobody left)."""

    ledamot: Fortroendevald
    ersattare: Fortroendevald | None
    by_hand: bool = False  # the secretary chose this ersättare

    @property
    def text(self) -> str:
        who = self.ledamot.display
        if self.ersattare is None:
            return f"{who}: ingen ersättare kvar att kalla in"
        return f"{self.ersattare.display} ersätter {who}"


def candidates(
    ledamot: Fortroendevald, members: list[Fortroendevald], order: dict[str, list[str]]
) -> list[Fortroendevald]:
    """Every ersättare who may take the seat of `ledamot`, first choice first."""
    ersattare = [m for m in members if m.role == "ersättare"]
    personal = [m for m in ersattare if m.personlig_for == ledamot.name]
    own = [m for m in ersattare if m.party == ledamot.party and m not in personal]
    result = personal + own
    for party in order.get(ledamot.party, []):
        result += [m for m in ersattare if m.party == party and m not in result]
    return result


def proposal(
    members: list[Fortroendevald],
    forhinder: list[str],
    order: dict[str, list[str]],
    chosen: dict[str, str] | None = None,
) -> list[Inkallelse]:
    """Who is called in for each ledamot with förhinder, in the register's order of the
    ledamöter. `chosen` maps a ledamot to the ersättare the secretary picked by hand."""
    chosen = chosen or {}
    away = set(forhinder)
    by_name = {m.name: m for m in members}
    absent = [m for m in members if m.is_ledamot and m.name in away]
    picked: dict[str, Inkallelse] = {}
    taken = {name for name in chosen.values() if name}
    for ledamot in absent:
        name = chosen.get(ledamot.name, "")
        if name and name in by_name:
            picked[ledamot.name] = Inkallelse(ledamot, by_name[name], by_hand=True)
    # A personal ersättare is kept for the ledamot elected with: placed before the others.
    for ledamot in (m for m in absent if m.name not in picked):
        personal = next(
            (m for m in members if m.personlig_for == ledamot.name and m.name not in away | taken),
            None,
        )
        if personal is not None:
            picked[ledamot.name] = Inkallelse(ledamot, personal)
            taken.add(personal.name)
    for ledamot in (m for m in absent if m.name not in picked):
        free = [
            c
            for c in candidates(ledamot, members, order)
            if c.name not in away and c.name not in taken
        ]
        sub = free[0] if free else None
        if sub is not None:
            taken.add(sub.name)
        picked[ledamot.name] = Inkallelse(ledamot, sub)
    return [picked[m.name] for m in absent]


def order_text(order: dict[str, list[str]]) -> str:
    """ "S: V, MP\nM: C, KD" as the secretary types it in the organ's settings."""
    return "\n".join(f"{party}: {', '.join(parties)}" for party, parties in order.items())


def parse_order(text: str) -> dict[str, list[str]]:
    """Read "S: V, MP" lines (a line per party); blank lines are skipped."""
    order: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        party, _, rest = line.partition(":")
        others = [p.strip() for p in rest.replace(";", ",").split(",") if p.strip()]
        if party.strip():
            order[party.strip()] = others
    return order


def order_problem(text: str) -> str:
    """Why a line of the inkallelseordning cannot be read ("" when every line can). A person
    named with a party ("M: Carry Kvarntun (M)", walk31) is no party: it was saved and then
    never matched, the ersättare called in as if the line were empty."""
    for line in text.splitlines():
        if line.strip() and (":" not in line or not line.partition(":")[0].strip()):
            return (
                f"Raden ”{line.strip()}” går inte att läsa. Skriv en rad per parti: partiet, "
                "ett kolon och de partier vars ersättare kallas in därefter, t.ex. ”S: V, MP”."
            )
    for party, others in parse_order(text).items():
        if person := next((p for p in [party, *others] if "(" in p), ""):
            return (
                f"”{person}” är inget parti. Inkallelseordningen anger partier, t.ex. ”M: C, KD, "
                "L”; ersättarna inom ett parti kallas in i den ordning de står bland ledamöter "
                "och ersättare."
            )
    return ""
