"""The codes of the delegation checks: their words, their JSON, and how a finding is made.

Each finding of a delegationsordning carries a code (`dubblett-nr`, `okand-forkortning` …)
that stays the same in `ksdesk delegation check --json`; the secretary reads it in words
(`code_text`). `check_finding` is the one way a check makes a finding on points of a version.
"""

from __future__ import annotations

from ksdesk.core.findings import Finding, Severity

CODES = (
    "dubblett-nr",
    "ordning",
    "lucka",
    "saknar-delegat",
    "okand-forkortning",
    "blandad-skrift",
    "platshallare",
    "motstridigt-datum",
    "okand-roll",
    "delad-del",
    "personnummer",
    "hanvisning",
)
# Each code in words, as the secretary reads it (the codes stay in --json output).
CODE_LABELS = {
    "dubblett-nr": "dubblett av nummer",
    "saknar-nr": "saknar nummer",
    "ordning": "fel ordning",
    "lucka": "lucka i numreringen",
    "saknar-delegat": "saknar delegat",
    "okand-forkortning": "okänd förkortning",
    "blandad-skrift": "blandad skrift",
    "platshallare": "platshållare",
    "motstridigt-datum": "motstridigt datum",
    "okand-roll": "okänd roll",
    "delad-del": "delen på flera ställen",
    "personnummer": "personnummer",
    "hanvisning": "hänvisning till punkt som saknas",
}
TEXT_FIELDS = ("arende", "lagrum", "vidaredelegation", "anmarkning")

# `ksdesk delegation check --json` keeps the severity words it was published with.
JSON_SEVERITY = {Severity.FEL: "error", Severity.VARNING: "warning", Severity.INFO: "info"}


def code_text(finding: Finding) -> str:
    """The code in words: "okänd förkortning", not "okand-forkortning"."""
    return CODE_LABELS.get(finding.code, finding.code)


def finding_json(finding: Finding) -> dict:
    """The shape `ksdesk delegation check --json` prints."""
    return {
        "severity": JSON_SEVERITY[finding.severity],
        "code": finding.code,
        "chapter": finding.chapter,
        "nr": finding.nr,
        "message": finding.message,
    }


def check_finding(
    severity: Severity,
    code: str,
    chapter: str,
    nr: str,
    message: str,
    uids: tuple[str, ...] = (),
    field_name: str = "",
    *,
    fixable: bool = False,
    subject: str = "",
) -> Finding:
    """A finding on points of the version (`uids`: shown on their rows)."""
    return Finding(
        severity,
        message,
        code=code,
        chapter=chapter,
        nr=nr,
        uids=tuple(uids),
        field=field_name,
        fixable=fixable,
        subject=subject,
    )
