"""Edits as a secretary makes them, through the services, for the team-mode tests."""

from __future__ import annotations

import os
from datetime import date, time
from pathlib import Path

from ksdesk.core.meeting import Arende, Bilaga, Sammantrade
from ksdesk.services import meetings
from ksdesk.services.meeting_lookup import find_meeting

KS_DAY = date(2020, 12, 7)  # the demo meeting (Kommunstyrelsen)
SN_DAY = date(2021, 1, 20)


def meeting_on(store, day: date = KS_DAY, organ: str | None = None) -> Sammantrade:
    return find_meeting(store, day, organ)


def set_place(store, place: str, day: date = KS_DAY) -> None:
    meetings.update_meeting_fields(store, meeting_on(store, day).id, {"place": place})


def place(store, day: date = KS_DAY) -> str:
    return meeting_on(store, day).place


def add_item(store, title: str, day: date = KS_DAY, **fields) -> None:
    meeting = meeting_on(store, day)
    meeting.items.append(Arende(title, **fields))
    meetings.save_meeting(store, meeting)


def titles(store, day: date = KS_DAY) -> list[str]:
    return [item.title for item in meeting_on(store, day).items]


def socialnamnden(store, day: date = SN_DAY) -> Sammantrade:
    meeting, _created = meetings.create_meeting(
        store, "Socialnämnden", day, time(13, 0), "Sessionssalen"
    )
    return meeting


def secret_item(store, title: str, day: date = SN_DAY, pdf: bytes = b"") -> None:
    """An item marked secret, with a bilaga (a PDF when given)."""
    meeting = meeting_on(store, day)
    bilagor = [meetings.pdf_bilaga(pdf, "utredning.pdf", "Utredning")] if pdf else []
    if not bilagor:
        bilagor = [Bilaga("Utredning", nr="1")]
    meeting.items.append(Arende(title, secret=True, secrecy_ref="26 kap. 1 § OSL", bilagor=bilagor))
    meetings.save_meeting(store, meeting)


def a_pdf(pages: int, text: str = "Bilaga") -> bytes:
    """A real PDF of `pages` pages (ReportLab), as a bilaga would be."""
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for page in range(1, pages + 1):
        pdf.drawString(72, 720, f"{text}, sida {page}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def grab(dialog, name: str) -> None:
    """KSDESK_GRAB=folder: the dialog saved as `name`.png, at KSDESK_GRAB_SIZE (1024x512)."""
    folder = os.environ.get("KSDESK_GRAB")
    if folder:
        from PySide6.QtCore import QCoreApplication

        width, _x, height = os.environ.get("KSDESK_GRAB_SIZE", "1024x512").partition("x")
        dialog.resize(int(width), int(height))
        dialog.show()  # laid out at that size, as on the screen
        QCoreApplication.processEvents()  # the layout a changed text asked for
        dialog.grab().save(str(Path(folder) / f"{name}.png"))
