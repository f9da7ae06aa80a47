"""The places of a PDF that belong to no page, as the last reader (interchange.pdf_audit)
reads them: the Info dictionary, XMP metadata, the outline (bookmarks and their actions),
form fields (names, values, defaults, options), attached files and scripts by name, and the
actions run when the file opens."""

from __future__ import annotations

import pikepdf

from ksdesk.interchange.pdf_audit_parts import name_tree, text_of


class DocumentPlaces:
    """Read by the reader's own `_strings`, `_stream` and `_mark` (pdf_audit._Reader)."""

    pdf: pikepdf.Pdf
    done: set[tuple[int, int]]

    def _strings(self, where: str, obj, skip: set[str] = frozenset(), depth: int = 0) -> None:
        raise NotImplementedError

    def _stream(self, where: str, stream: pikepdf.Stream) -> None:
        raise NotImplementedError

    def _mark(self, obj) -> None:
        raise NotImplementedError

    def _info(self) -> None:
        info = self.pdf.trailer.get("/Info")
        if isinstance(info, pikepdf.Dictionary):
            self._mark(info)
            for key, value in info.items():
                self._strings(f"dokumentinformation ({key})", value)

    def _metadata(self) -> None:
        metadata = self.pdf.Root.get("/Metadata")
        if isinstance(metadata, pikepdf.Stream):
            self._mark(metadata)
            self._stream("XMP-metadata", metadata)

    def _outlines(self) -> None:
        outlines = self.pdf.Root.get("/Outlines")
        if isinstance(outlines, pikepdf.Dictionary):
            self._outline_items(outlines.get("/First"), 0)

    def _outline_items(self, item, depth: int) -> None:
        while isinstance(item, pikepdf.Dictionary) and depth < 32:
            if item.is_indirect and item.objgen in self.done:
                return  # a loop in a damaged outline
            self._mark(item)
            self._strings("bokmärke", item.get("/Title"))
            self._strings("bokmärke (åtgärd)", item.get("/A"))
            self._outline_items(item.get("/First"), depth + 1)
            item = item.get("/Next")

    def _fields(self) -> None:
        form = self.pdf.Root.get("/AcroForm")
        if isinstance(form, pikepdf.Dictionary):
            for top in form.get("/Fields", []) or []:
                self._field(top, "", 0)

    def _field(self, field_obj, parent: str, depth: int) -> None:
        if not isinstance(field_obj, pikepdf.Dictionary) or depth > 16:
            return
        name = ".".join(p for p in (parent, text_of(field_obj.get("/T", ""))) if p)
        where = f"formulärfält ”{name or 'utan namn'}”"
        for key in ("/T", "/TU", "/TM", "/V", "/DV", "/Opt"):
            self._strings(where, field_obj.get(key))
        for kid in field_obj.get("/Kids", []) or []:
            self._field(kid, name, depth + 1)

    def _catalog(self) -> None:
        """Attached files and scripts by name, and the actions run when the file opens."""
        root = self.pdf.Root
        names = root.get("/Names")
        if isinstance(names, pikepdf.Dictionary):
            for tree, label in (("/EmbeddedFiles", "bifogad fil"), ("/JavaScript", "JavaScript")):
                if tree in names:
                    for name, value in name_tree(names[tree]):
                        self._strings(f"{label} ”{name}”", value)
        self._strings("åtgärd när filen öppnas", root.get("/OpenAction"))
        self._strings("åtgärder i dokumentet", root.get("/AA"))
        self._mark(root)
        read = {"/OpenAction", "/AA", "/Pages", "/Outlines", "/AcroForm", "/Metadata", "/Names"}
        self._strings("dokumentkatalogen", root, skip=read)
