"""What changed: the topics of the application's one change signal (`data_changed`).

A service that writes returns the Topic of what it changed; the undo command that ran it
announces that topic, and each tab refreshes when a topic it shows is announced."""

from __future__ import annotations

from enum import StrEnum


class Topic(StrEnum):
    MEETINGS = "meetings"  # a sammanträde was created, deleted, or its header or status changed
    AGENDA = "agenda"  # the ärendelista of a sammanträde, its tjänsteskrivelser and bilagor
    PROTOKOLL = "protokoll"  # the upprop, the paragrafer, the justering
    BUDGET = "budget"  # budget sheets
    DELEGATION = "delegation"  # the delegationsordning, its roles, the delegationsbeslut
    UPPFOLJNING = "uppfoljning"  # uppdrag, motioner and the ärendegång of beslut
    SKYDDADE = "skyddade"  # the register of persons with skyddade personuppgifter
    ALL = "*"  # the whole file (a backup restored): everything refreshes
