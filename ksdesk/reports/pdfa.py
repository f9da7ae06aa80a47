"""PDF/A-2b for the archive: a ReportLab PDF made archival by pikepdf, which adds the output
intent (sRGB), the XMP metadata with the PDF/A declaration and the DocInfo agreeing with it,
and then validates the bytes it wrote: a file that does not pass is never returned.

ReportLab already embeds every font (the bundled Liberation fonts, as subsets with a
ToUnicode map), uses no transparency and no JavaScript, which PDF/A asks."""

from __future__ import annotations

import io

from ksdesk.core.errors import KsdeskError

FLAVOUR = "2b"


class ArkivError(KsdeskError):
    """The archive file could not be made conforming; the reason is in Swedish."""


def to_pdfa(data: bytes, *, title: str, author: str, language: str = "sv-SE") -> bytes:
    """`data` as PDF/A-2b, validated on writing."""
    import pikepdf
    from pikepdf.pdfa import PdfaError, save

    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.Root.Lang = pikepdf.String(language)
        pdf.docinfo[pikepdf.Name.Title] = title
        pdf.docinfo[pikepdf.Name.Author] = author
        pdf.Root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
        for page in pdf.pages:
            # ReportLab writes an empty page transition (/Trans) on every page: a screen
            # presentation effect with no place in an archive file.
            if pikepdf.Name.Trans in page.obj:
                del page.obj[pikepdf.Name.Trans]
            _drop_unused_fonts(pdf, page)
        out = io.BytesIO()
        try:
            save(pdf, out, FLAVOUR)
        except PdfaError as error:
            problems = "; ".join(f.message for f in error.report.findings[:3])
            raise ArkivError(
                f"Arkivexemplaret uppfyller inte PDF/A-2b och skrevs inte ({problems})."
            ) from error
    return out.getvalue()


def _drop_unused_fonts(pdf, page) -> None:
    """ReportLab lists Helvetica (a standard font it never embeds) in every page's resources
    whether or not the page uses it; PDF/A wants every font embedded. A font no text on the
    page is set in is taken out of the page's resources."""
    import pikepdf

    fonts = page.obj.get(pikepdf.Name.Resources, {}).get(pikepdf.Name.Font)
    if fonts is None:
        return
    instructions = _without_empty_text_objects(list(pikepdf.parse_content_stream(page)))
    page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(instructions))
    used = {
        str(operands[0])
        for operands, operator in instructions
        if str(operator) == "Tf" and operands
    }
    for name in set(fonts.keys()) - used:
        del fonts[name]


_SHOWS_TEXT = {"Tj", "TJ", "'", '"'}


def _without_empty_text_objects(instructions: list) -> list:
    """The page's content without text objects that show no text: the canvas opens every
    page with one that only sets its initial font (Helvetica), which would otherwise keep
    that unembedded font in use."""
    result, block = [], None
    for operands, operator in instructions:
        name = str(operator)
        if name == "BT":
            block = [(operands, operator)]
            continue
        if block is not None:
            block.append((operands, operator))
            if name == "ET":
                if any(str(op) in _SHOWS_TEXT for _o, op in block):
                    result += block
                block = None
            continue
        result.append((operands, operator))
    return result + (block or [])


def conformance(data: bytes) -> str:
    """ "2B" when the file declares PDF/A-2b in its XMP metadata, else ""."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        meta = pdf.open_metadata()
        part = meta.get("pdfaid:part", "")
        level = meta.get("pdfaid:conformance", "")
    return f"{part}{level}" if part else ""
