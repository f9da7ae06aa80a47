"""The fingerprint of a justerat protokoll: a SHA-256 over what the protokoll says.

It covers the organ, the meeting, the upprop, every § and the justering (justerare, time and
place, the day it was justerat), written as canonical JSON, and nothing of the bevis that is
filled in after the justering (the anslag dates, the förvaringsplats): the protokoll signed
and the protokoll posted carry the same fingerprint. Any change to the text gives another
fingerprint, and so another version of the protokoll."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, is_dataclass
from datetime import date, time
from typing import Any

from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.core.protokoll import Protokoll

_BEVIS_FIELDS = ("anslaget", "forvaringsplats", "held")
_LOCAL_KEYS = ("id", "meeting_id", "item_id", "organ_id", "uuid")


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        value = asdict(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in sorted(value.items()) if k not in _LOCAL_KEYS}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, date | time):
        return value.isoformat()
    return value


def protokoll_content(organ: Organ, meeting: Sammantrade, protokoll: Protokoll) -> dict:
    justering = {k: v for k, v in _plain(protokoll.justering).items() if k not in _BEVIS_FIELDS}
    return {
        "organ": organ.name,
        "kommun": organ.kommun,
        "datum": meeting.date.isoformat(),
        "tid": meeting.time.isoformat(),
        "plats": meeting.place,
        "ordforande": meeting.chair_name,
        "sekreterare": meeting.secretary_name,
        "narvaro": _plain(protokoll.upprop),
        "paragrafer": _plain(protokoll.paragrafer),
        "justering": justering,
    }


def fingerprint(organ: Organ, meeting: Sammantrade, protokoll: Protokoll) -> str:
    text = json.dumps(
        protokoll_content(organ, meeting, protokoll),
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def grouped(digest: str) -> str:
    """The fingerprint as printed: groups of eight, easy to read out and compare."""
    return " ".join(digest[i : i + 8] for i in range(0, len(digest), 8))


def ungrouped(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch in "0123456789abcdef")
