"""Content streams a page paints apart from its own and its Form XObjects': a tiling pattern
(`scn /P1` then a fill paints the pattern's stream in every tile) and a soft mask's group
(`gs /GS1` whose ExtGState has /SMask << /G … >>: what the group draws is the shape through
which everything painted after it shows, so text in it shows as text, in the colour of a
rectangle filled over the page). Both carry text, pictures and outlines as any page does;
the readers of a page (interchange.pdf_content_text, pdf_paths, ocr) read them where the
page paints them. A soft mask was read by none of them: a number drawn in one was published
in a public copy, and the last check found nothing."""

from __future__ import annotations

import pikepdf


def painted_apart(resources, operator: str, name) -> pikepdf.Stream | None:
    """The content stream that `operator` with the resource `name` has painted ("scn"/"SCN":
    a tiling pattern; "gs": a soft mask's group), None for anything else (a colour, a
    shading pattern, a graphics state without a soft mask)."""
    if not isinstance(name, pikepdf.Name):
        return None
    if operator in ("scn", "SCN"):
        pattern = _resource(resources, "/Pattern", name)
        return pattern if isinstance(pattern, pikepdf.Stream) else None
    if operator == "gs":
        return soft_mask_group(_resource(resources, "/ExtGState", name))
    return None


def soft_mask_group(state) -> pikepdf.Stream | None:
    """The Form XObject a graphics state's soft mask draws (/SMask << /G … >>), or None."""
    if not isinstance(state, pikepdf.Dictionary):
        return None
    try:
        mask = state.get("/SMask")
        group = mask.get("/G") if isinstance(mask, pikepdf.Dictionary) else None
    except pikepdf.PdfError:
        return None
    return group if isinstance(group, pikepdf.Stream) else None


def _resource(resources, kind: str, name):
    try:
        members = resources.get(kind) if isinstance(resources, pikepdf.Dictionary) else None
        return members.get(str(name)) if isinstance(members, pikepdf.Dictionary) else None
    except pikepdf.PdfError:
        return None
