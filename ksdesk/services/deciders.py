"""Who decides a hit of the public review, and who an edit is recorded as made by: the
secretary the meeting or its nämnd names, else the login name."""

from __future__ import annotations

import getpass

from ksdesk.db import meeting_repo, organ_repo
from ksdesk.db.connection import Store


def decider(store: Store, meeting_id: int) -> str:
    """Who decides, as the review first proposes it: the secretary the meeting names, or its
    organ's, since the name is recorded as who decided; the login name when neither has one."""
    meeting = meeting_repo.get(store, meeting_id)
    named = meeting.secretary_name.strip() or organ_repo.get(store, meeting.organ_id).secretary_name
    return named.strip() or current_user()


def current_user() -> str:
    """The login name: who decides, unless told otherwise."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""
