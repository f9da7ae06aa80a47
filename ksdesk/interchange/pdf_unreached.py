"""The pictures and drawings of a PDF bilaga that no page draws, emptied in its public copy
(interchange.pdf_public.strip): an image or a Form XObject kept under a key no standard
names inside a font, a picture or the structure tree ("/Extra"), or an image's /Alternates.
No viewer shows them and no reader of the review reads them, and the file carried them: a
picture of a personnummer, or the number drawn in hex-coded text.

What a page draws is found by walking its resources as a viewer uses them: the pictures and
forms of /XObject (an image's /SMask and /Mask, a form's own resources), the tiling patterns
of /Pattern, the soft masks' groups of /ExtGState, the glyphs of Type 3 fonts. Every other
image, form or tiling pattern of the file is emptied (its content, never its dictionary:
whatever still names it stays a valid file)."""

from __future__ import annotations

import pikepdf

_MAX_NESTING = 32  # forms inside forms: a damaged file's loop ends here


def empty_unreached(pdf: pikepdf.Pdf) -> int:
    """Empty every image, form and tiling pattern no page of `pdf` draws; how many."""
    reached: set[tuple[int, int]] = set()
    for page in pdf.pages:
        _resources(page.obj.get("/Resources"), reached, 0)
    emptied = 0
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Stream) or obj.objgen in reached:
            continue
        if obj.get("/Subtype") in ("/Image", "/Form") or obj.get("/PatternType") == 1:
            obj.write(b"")
            emptied += 1
    return emptied


def _resources(resources, reached: set, depth: int) -> None:
    if not isinstance(resources, pikepdf.Dictionary) or depth > _MAX_NESTING:
        return
    for group in ("/XObject", "/Pattern", "/ExtGState", "/Font"):
        members = resources.get(group)
        if isinstance(members, pikepdf.Dictionary):
            for member in members.values():
                _member(member, reached, depth)


def _member(member, reached: set, depth: int) -> None:
    if isinstance(member, pikepdf.Dictionary) and "/SMask" in member and "/Subtype" not in member:
        member = member.get("/SMask")  # a graphics state: its soft mask's group
        member = member.get("/G") if isinstance(member, pikepdf.Dictionary) else None
    if not isinstance(member, pikepdf.Dictionary | pikepdf.Stream):
        return
    if member.is_indirect:
        if member.objgen in reached:
            return
        reached.add(member.objgen)
    if member.get("/Subtype") == "/Image":
        for key in ("/SMask", "/Mask"):
            if isinstance(mask := member.get(key), pikepdf.Stream):
                reached.add(mask.objgen)
    elif member.get("/Subtype") == "/Type3":
        procs = member.get("/CharProcs")
        for proc in procs.values() if isinstance(procs, pikepdf.Dictionary) else ():
            if isinstance(proc, pikepdf.Stream):
                reached.add(proc.objgen)
    _resources(member.get("/Resources"), reached, depth + 1)
