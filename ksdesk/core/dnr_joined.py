"""Diarienummer whose parts a registry runs together without a separator, as
dnr_shapes.read_shape reads them: only as the diarium prints them (capitals, the löpnummer
padded), so that words and numbers run together ("2020maj12", "SFS2010") are not one."""

from __future__ import annotations

import re

# Tyresö's byggnadsnämnd: year, diarium, löpnummer, "2011BN0512", "2011BNS0026",
# "2011 BN0080", the löpnummer padded to three digits or more.
YEAR_UNIT = re.compile(r"(?P<year>[0-9]{4}) ?(?P<prefix>[A-ZÅÄÖ]{1,8})(?P<number>[0-9]{3,6})")
# Region Halland: diarium, the year in two digits and the löpnummer in four, "RS130419"
# (regionstyrelsen 2013, ärende 419), "RS 120345"; exactly six digits, so that a code with
# a number ("LSS123", "KF1") is none.
UNIT_YEAR = re.compile(r"(?P<prefix>[A-ZÅÄÖ]{2,4}) ?(?P<year>[0-9]{2})(?P<number>[0-9]{4})")
# Kungsbacka's "KFT-2025-00213" with its second dash lost where a copy joined the line break
# after it ("KFT-2025-" over "00213" in a narrow Beteckning column, pasted from the kallelse's
# PDF as "KFT-202500213"): a four-digit year of this or the last century and a löpnummer
# padded to five digits, so that no other run of digits is read so.
UNIT_DASH_YEAR = re.compile(
    r"(?P<prefix>[A-ZÅÄÖ]{1,8})-(?P<year>(?:19|20)[0-9]{2})(?P<number>[0-9]{5})"
)
