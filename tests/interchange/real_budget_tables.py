"""Budget tables as Swedish kommuner published them, with their real figures (the sources are in
each table), and the writers and expectations the tests use (real_budget_files.py)."""

from __future__ import annotations

from .real_budget_drift import (
    ENKOPING_INVESTERINGAR_2019,
    GNESTA_DRIFT_2013,
    MALMO_PROGNOSAVVIKELSE_2015,
    SJOBO_DRIFTBUDGET_2025,
    VASTERVIK_DRIFT_2021,
)
from .real_budget_files import (
    Table,
    changed,
    expected_headers,
    expected_rows,
    findings_of,
    printed_number,
    published_fel,
    published_findings,
    write_csv,
    write_xlsx,
)
from .real_budget_results import (
    GOTEBORG_RR_2019,
    HALLSBERG_RR_2019,
    SJOBO_NOTER_2022,
    SJOBO_RESULTATBUDGET_2022,
    SJOBO_RR_2016,
)

__all__ = [
    "ENKOPING_INVESTERINGAR_2019",
    "GNESTA_DRIFT_2013",
    "GOTEBORG_RR_2019",
    "HALLSBERG_RR_2019",
    "MALMO_PROGNOSAVVIKELSE_2015",
    "SJOBO_DRIFTBUDGET_2025",
    "SJOBO_NOTER_2022",
    "SJOBO_RESULTATBUDGET_2022",
    "SJOBO_RR_2016",
    "TABLES",
    "VASTERVIK_DRIFT_2021",
    "Table",
    "changed",
    "expected_headers",
    "expected_rows",
    "findings_of",
    "printed_number",
    "published_fel",
    "published_findings",
    "write_csv",
    "write_xlsx",
]

TABLES = (
    GOTEBORG_RR_2019,
    SJOBO_RESULTATBUDGET_2022,
    HALLSBERG_RR_2019,
    SJOBO_DRIFTBUDGET_2025,
    MALMO_PROGNOSAVVIKELSE_2015,
    GNESTA_DRIFT_2013,
    SJOBO_NOTER_2022,
    VASTERVIK_DRIFT_2021,
    SJOBO_RR_2016,
    ENKOPING_INVESTERINGAR_2019,
)
