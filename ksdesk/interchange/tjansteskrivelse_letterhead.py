"""The letterhead of a Word tjänsteskrivelse read into the Tjansteskrivelse's fields.

Templates write it three ways: a table whose first row names the fields and whose second
holds them (Upplands-Bro: "Datum | Vår beteckning | Er beteckning"), lines with the label
before the value ("Handläggare: Karin Jirénius", Tranås, Karlskoga), or a label on one line
and the value on the next (Ludvika). Lines without a label are known by their shape: an
e-mail address, a diarienummer, a date, "Jessica Hedlund, 86656", a nämnd's name (the
addressee). What is ksdesk's to write (TJÄNSTESKRIVELSE, "1 (2)", the kommun's address) or has
no field (the förvaltning's name) is left out with a line in the report; what cannot be
placed is handed back to the reader (the title is one of those lines)."""

from __future__ import annotations

from ksdesk.core.dnr import dnr_alone
from ksdesk.core.import_report import ImportReport
from ksdesk.core.meeting import Tjansteskrivelse
from ksdesk.core.written_dates import read_written_date
from ksdesk.interchange import tjansteskrivelse_words as words
from ksdesk.interchange.tjansteskrivelse_blocks import Block, Grid, Line
from ksdesk.interchange.tjansteskrivelse_fields import (
    FIELD_NAMES,
    SHAPED,
    beside_empty_label,
    fits,
    kind_or_page,
    label_pairs,
    labelled,
    sender_cell,
    slashed_dnr,
    without_merge_fields,
)
from ksdesk.interchange.tjansteskrivelse_handlaggare import another, parted, sender_block

_SEND = "beslut_skickas_till"  # a send heading in the letterhead: its value the recipients
# A title is the handläggare's within this many lines after the name: the line under it, or
# the next row of a two-column header table, with the other column's label between.
_NEAR_NAME = 3
_FAR = 1000


class Letterhead:
    def __init__(self, ts: Tjansteskrivelse, report: ImportReport) -> None:
        self.ts = ts
        self.report = report
        self.filled: set[str] = set()
        self.pending = ""  # a label at the end of a block, its value not yet read
        self.styled = False  # the line read is a heading or a title: never a field's value
        self.since_name = _FAR  # lines read since the handläggare's name
        self.sender_in_footer = False  # her block read in the footer: its Telefon the kommun's

    def read(self, blocks: list[Block]) -> list[Line]:
        """Fill the fields from `blocks`; the lines that are none of them, in order."""
        left: list[Line] = []
        self.pending = ""
        for block in blocks:
            if isinstance(block, Grid):
                left += self._grid(block)
            else:
                left += self._line(block)
        return left

    def footer(self, text: str, where: str) -> bool:
        """A labelled phone number or e-mail address in the footer (Katrineholm's template
        has the handläggare's there), into a field still empty; or the handläggare's block,
        the förvaltning over her name over her title (Kungsbacka's)."""
        if self.footer_sender(text, where):
            return True
        labelled = words.LABEL_FIRST.match(" ".join(text.split()))
        if not labelled:
            return False
        field = words.LABELS[words.key(labelled.group(1))]
        if field not in ("telefon", "epost") or field in self.filled:
            return False
        if field == "telefon" and self.sender_in_footer:  # the kommun's, beside her block
            return False
        if not fits(field, labelled.group(2)):  # "Telefon Växel": the kommun's, no number
            return False
        self._set(field, labelled.group(2), where)
        self.report.change(where, text, f"{FIELD_NAMES[field]} läst ur sidfoten")
        return True

    def footer_sender(self, text: str, where: str) -> bool:
        """ "Bygg- och miljöförvaltningen" over "Christina Nordberg" over "Controller
        Förvaltning" in one cell of the footer (or her name first: sender_block): the
        handläggare and her title, when the letterhead gave none; the förvaltning's name goes
        to the report."""
        rows = [" ".join(row.split()) for row in text.split("\n") if row.strip()]
        phone = rows.pop(2) if len(rows) == 4 and words.is_phone(rows[2]) else ""
        block = sender_block(rows)
        if block is None or "handlaggare" in self.filled:
            return False
        unit, name, title = block
        self._set("handlaggare", name, where)
        self.sender_in_footer = True
        if phone and "telefon" not in self.filled:  # "0300-834883" between name and title
            self._set("telefon", phone, where)
        if "handlaggare_titel" not in self.filled:
            self._set("handlaggare_titel", title, where)
        self.report.change(where, f"{name}, {title}", "handläggaren läst ur sidfoten")
        why = "förvaltningen som skrivit tjänsteskrivelsen: ksdesk har inget fält för den"
        if unit:
            self.report.drop(where, unit, why)
        return True

    def _grid(self, grid: Grid) -> list[Line]:
        left: list[Line] = []
        used: set[int] = set()
        for index, row in enumerate(grid.rows):
            if index in used:
                continue
            labels = [words.LABELS.get(words.key(cell)) for cell in row]
            # Beside the labels the template may print its kind and page ("YTTRANDE 1(3)").
            named = [cell for cell in row if cell.strip() and not kind_or_page(cell)]
            if named and all(words.key(c) in words.LABELS for c in named):
                for cell in row:
                    if cell.strip() and kind_or_page(cell):
                        left += self._lines([cell], grid.where)
                values = grid.rows[index + 1] if index + 1 < len(grid.rows) else []
                under = [cell for cell in values if cell.strip()]
                # "Direktnr:" over "Beteckning: KFN": the row under is labels of its own
                if under and all(labelled(cell) for cell in under):
                    values = []  # and this label is empty
                else:
                    used.add(index + 1)
                for column, field in enumerate(labels):
                    value = values[column] if column < len(values) else ""
                    if field == "handlaggare" and sender_cell(value):
                        left += self._lines(value.split("\n"), grid.where)
                    elif field == "handlaggare" and not fits(field, value):
                        left += self._lines([value], grid.where)  # "Ekonomiavdelning"
                    elif field and value.strip():
                        self._set(field, value, grid.where)
                    elif value.strip():  # under no label: read as a line of its own
                        left += self._lines(value.split("\n"), grid.where)
                continue
            for cell in row:
                cell_lines = [part for part in cell.split("\n") if part.strip()]
                left += self._lines(cell_lines, grid.where)
        return left

    def _line(self, line: Line) -> list[Line]:
        parts = [part for part in line.text.replace("\t", "\n").split("\n") if part.strip()]
        self.styled = line.heading or line.title_style
        left = self._lines(parts, line.where)
        self.styled = False
        if len(left) == len(parts) == 1 and left[0].text == " ".join(line.text.split()):
            return [line]  # the line untouched: its style still tells a title
        return left

    def _lines(self, parts: list[str], where: str) -> list[Line]:
        left: list[Line] = []
        # A label that ended the block before waits for its value here, if the value has
        # the field's shape ("Vårt diarienummer" over "KS-612/" in a table a PDF gives as
        # lines); a template's label left empty ("Dnr" over the handläggare's name) has none.
        pending, carried, self.pending = self.pending, True, ""
        for part in parts:
            self.since_name += 1
            text = " ".join(part.split())
            field = words.LABELS.get(words.key(text))
            if words.is_send_heading(text):  # "Expediering" over "TN" in the letterhead
                field = _SEND
            if field:
                pending, carried = field, False  # a label alone: its value is the next line
                continue
            pairs = label_pairs(text, pending)  # "Datum 2019-08-15 Dnr SN 2019/0055"
            if pairs is not None:
                pending = ""
                for paired, value in pairs:
                    if value:
                        self._set(paired, value, where)
                    else:  # "2024-01-15 Diarienummer": the Dnr on the next line
                        pending, carried = paired, False
                continue
            # a label whose field has a shape takes no text of another ("Datum:\tKultur-
            # och fritidsnämnden": the date left empty, the addressee in the next column)
            if pending and (carried or pending in SHAPED) and not fits(pending, text):
                pending = ""
            if pending and not words.LABEL_FIRST.match(text) and not kind_or_page(text):
                self._set(pending, text, where)
                pending = ""
                continue
            kind = words.kind_word(text)
            numbered = kind is not None and kind[1][:1].isdigit()  # "Utlåtande 2008:182 RI"
            if kind is not None:
                why = "dokumentets typ: ksdesk skriver TJÄNSTESKRIVELSE över titeln"
                self.report.drop(where, kind[0], why)
                text = kind[1]
                if words.organ_short(text) and "mottagare" not in self.filled:
                    self._set("mottagare", text, where)  # "Tjänsteskrivelse KS"
                    continue
                if words.key(text) in words.LABELS:  # "TJÄNSTESKRIVELSE Datum": the
                    pending, carried = words.LABELS[words.key(text)], False  # value below
                    continue
            text = beside_empty_label(text)
            text = self._parenthesised(text, where)
            if text and not self._known(text, where):
                if numbered:  # the document's own number in its series, beside its kind
                    why = "dokumentets nummer efter dess typ: ksdesk visar ärendets Dnr"
                    self.report.drop(where, text, why)
                else:
                    left.append(Line(text, where))
        self.pending = pending
        return left

    def _parenthesised(self, text: str, where: str) -> str:
        """ "2008:182 RI (Dnr 325-1234/2008)": a labelled field in parentheses at the end
        read into its field; what stands before it is handed back."""
        head, bracket, inside = text.rpartition("(")
        labelled = words.LABEL_FIRST.match(inside.removesuffix(")").strip())
        if not bracket or not inside.endswith(")") or not labelled or not labelled.group(2):
            return text
        self._set(words.LABELS[words.key(labelled.group(1))], labelled.group(2), where)
        return head.strip()

    def _known(self, text: str, where: str) -> bool:
        """Whether `text` went into a field or the report."""
        labelled = words.LABEL_FIRST.match(text)
        if labelled and labelled.group(2).strip():
            self._set(words.LABELS[words.key(labelled.group(1))], labelled.group(2), where)
            return True
        why = words.boilerplate(text)
        if why:
            self.report.drop(where, text, f"{why}: inte en del av tjänsteskrivelsens text")
            return True
        return self._shaped(text, where)

    def _shaped(self, text: str, where: str) -> bool:
        if words.is_email(text):
            return self._set("epost", text, where)
        if dnr_alone(text) or slashed_dnr(text):
            return self._set("diarienummer", text, where)
        if read_written_date(text) is not None and len(text) <= 20:
            return self._set("datum", text, where)
        name, _comma, phone = text.rpartition(",")
        if name and words.is_phone(phone) and words.name_like(name.strip()):
            self._set("handlaggare", name, where)
            return self._set("telefon", phone, where)
        if words.is_phone(text):
            return self._set("telefon", text, where)
        if words.is_forvaltning(text):
            why = "förvaltningen som skrivit tjänsteskrivelsen: ksdesk har inget fält för den"
            self.report.drop(where, text, why)
            return True
        short = "mottagare" in self.filled and words.organ_short(self.ts.mottagare)
        if words.is_organ(text) and ("mottagare" not in self.filled or short):
            organ = words.addressee(text)
            if short:  # "Tjänsteskrivelse KFN", then the nämnd's whole name: the name
                why = f"nämndens förkortning: Mottagare är {organ}"
                self.report.change(where, self.ts.mottagare, why)
                self.filled.discard("mottagare")
            if organ != text:
                self.report.change(where, text, f"Mottagare {organ}: ”Till” står inte i fältet")
            return self._set("mottagare", organ, where)
        bare = text.removesuffix(",")  # "Anneli Wiker," the phone after it lost
        named = words.name_like(bare) or words.caps_name(bare)
        if named and "handlaggare" not in self.filled:
            return self._set("handlaggare", text, where)
        if named and self.since_name <= 1 and not self.styled:  # "Therese Hagberg" under him
            self.ts.handlaggare = another(self.ts.handlaggare, text)
            self.report.change(where, text, f"en handläggare till: ”{self.ts.handlaggare}”")
            self.since_name = 0
            return True
        # "Nämndsekreterare" under (or a column beside) the name: the handläggare's title;
        # a title of the ärende in bold ("Ny kommundirektör") is none
        near = self.since_name <= _NEAR_NAME and not self.styled
        if near and words.job_title(text) and "handlaggare_titel" not in self.filled:
            return self._set("handlaggare_titel", text, where)
        return False

    def _set(self, field: str, value: str, where: str) -> bool:
        if field == "handlaggare" and field not in self.filled:
            self.since_name = 0
            handlaggare = parted(value)  # the phone, the title, two officials in one cell
            for other, text in (
                ("telefon", handlaggare.phone),
                ("handlaggare_titel", handlaggare.title),
            ):
                if text:
                    self._set(other, text, where)
            for text, why in handlaggare.notes:
                self.report.change(where, text, why)
            value = handlaggare.name
        value, merged = without_merge_fields(value)
        for text in merged:
            self.report.drop(where, text, "mallens platshållare, inte ifylld")
        value = " ".join(value.split()).strip(" ,")
        if field == _SEND:
            self.ts.beslut_skickas_till += words.recipients(value)
            return True
        old = getattr(self.ts, field)
        if field in self.filled and old != value:
            self.report.warn_sentence(
                where,
                f"{FIELD_NAMES[field]} står två gånger: ”{old}” och ”{value}”; det första används.",
            )
            return True
        setattr(self.ts, field, value)
        self.filled.add(field)
        return True
