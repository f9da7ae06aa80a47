"""Step m1204: core.dnr reads a year written with two digits ("KS 20/434", "Dnr 20-434", the
legacy "KS 353/08") and Stockholm's code without points ("106-156/2013"), and no longer reads
a short date ("7/12-20") as a diarienummer. Keys stored under the earlier rules are read again
as in m1203, keeping each row's version."""

from __future__ import annotations

from ksdesk.db.migrations.m1203_dnr_key_readings import read_dnr_keys_again
from ksdesk.db.migrations.registry import migrations


@migrations(name="m1204_dnr_two_digit_years")
def m1204_dnr_two_digit_years(db) -> None:
    read_dnr_keys_again(db)
