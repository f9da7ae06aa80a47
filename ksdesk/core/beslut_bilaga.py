"""How a bilaga that prints one delegationsbeslut is named: its ref, "delegationsbeslut:<Dnr>",
and the title it has while the decision is flagged sekretess, "<Dnr> Delegationsbeslut".
Shared by the meeting's own query, which reads a flagged decision's bilaga with that title
(db.meeting_tree), and the service that picks and retitles such bilagor
(services.delegationsbeslut_bilagor). No imports: the meeting's query is read at start-up."""

from __future__ import annotations

REF_PREFIX = "delegationsbeslut"
SECRET_TITLE = "Delegationsbeslut"  # what follows the Dnr for a flagged decision
