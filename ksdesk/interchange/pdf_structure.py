"""The structure tree of a tagged PDF when pages of it are left out of a public copy.

Every structure element whose content was on a left-out page loses that content, and an
element left with none is emptied of everything it said (alternate and actual text, title,
expansion) and taken out of the tree: what was decided not to be published is not kept in
the file's structure either. An element that keeps content on other pages loses its texts
that described the whole (they may tell what the left-out page showed).

The notice that replaces a page is tagged as a paragraph of the document, so that a tagged
file stays wholly tagged (PDF/UA: no content outside the structure tree)."""

from __future__ import annotations

import pikepdf

# The texts an element carries for assistive technology (alternate description, replacement
# text, expansion, title): what it says about its content, in words.
ELEMENT_TEXTS = ("/Alt", "/ActualText", "/E", "/T")


def drop_pages(root: pikepdf.Dictionary, gone: set[tuple[int, int]]) -> None:
    """Take the content of the pages `gone` (their objgen) out of the tree under `root`."""
    kids = root.get("/K")
    if kids is not None:
        root.K = pikepdf.Array(_kept(kids, None, gone))


def _kept(kids: pikepdf.Object, page, gone: set[tuple[int, int]]) -> list:
    kept = []
    for kid in as_list(kids):
        if isinstance(kid, int):  # a marked-content id on the element's page
            if not _on(page, gone):
                kept.append(kid)
        elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") in ("/MCR", "/OBJR"):
            if not _on(kid.get("/Pg", page), gone):
                kept.append(kid)
        elif isinstance(kid, pikepdf.Dictionary):
            if _element_kept(kid, page, gone):
                kept.append(kid)
        else:
            kept.append(kid)
    return kept


def _element_kept(element: pikepdf.Dictionary, page, gone: set[tuple[int, int]]) -> bool:
    """Whether the element still has content once the pages are gone (emptied if not)."""
    own_page = element.get("/Pg", page)
    kids = element.get("/K")
    if kids is None:  # an empty element: kept unless it belongs to a left-out page
        if _on(own_page, gone):
            _empty(element)
            return False
        return True
    before = len(as_list(kids))
    kept = _kept(kids, own_page, gone)
    if not kept:
        _empty(element)
        return False
    if len(kept) < before:
        for key in ELEMENT_TEXTS:  # dropped with the content they described
            if key in element:
                del element[key]
    element.K = pikepdf.Array(kept)
    return True


def _empty(element: pikepdf.Dictionary) -> None:
    """Nothing of it stays: a parent or ID tree that still points at it finds no words."""
    for key in list(element.keys()):
        if key not in ("/Type", "/S", "/P"):
            del element[key]


def _on(page, gone: set[tuple[int, int]]) -> bool:
    return isinstance(page, pikepdf.Dictionary) and page.is_indirect and page.objgen in gone


def tag_notice(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    """Mark the page's (new) content as one paragraph of the document: a P element in the
    tree's first element, found from the page through the parent tree."""
    root = pdf.Root.StructTreeRoot
    document = _document_element(pdf, root)
    paragraph = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.StructElem,
            S=pikepdf.Name.P,
            P=document,
            Pg=page.obj,
            K=0,
        )
    )
    document.K = pikepdf.Array([*as_list(document.get("/K")), paragraph])
    opening = pdf.make_stream(b"/P <</MCID 0>> BDC\n")
    closing = pdf.make_stream(b"\nEMC\n")
    page.obj.Contents = pikepdf.Array([opening, *as_list(page.obj.Contents), closing])
    key = int(page.obj.get("/StructParents", -1))
    if key < 0:
        key = int(root.get("/ParentTreeNextKey", _next_key(root)))
        root.ParentTreeNextKey = key + 1
        page.obj.StructParents = key
    _set_parent(pdf, root, key, pikepdf.Array([paragraph]))


def _document_element(pdf: pikepdf.Pdf, root: pikepdf.Dictionary) -> pikepdf.Dictionary:
    first = next((k for k in as_list(root.get("/K")) if isinstance(k, pikepdf.Dictionary)), None)
    if first is not None:
        return first
    document = pdf.make_indirect(
        pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name.Document, P=root)
    )
    root.K = pikepdf.Array([document])
    return document


def as_list(value) -> list:
    """A PDF value that may be one object or an array of them (/K, /Contents), as a list."""
    if value is None:
        return []
    return list(value) if isinstance(value, pikepdf.Array) else [value]


def _next_key(root: pikepdf.Dictionary) -> int:
    keys = [key for key, _value in _entries(root.get("/ParentTree"))]
    return max(keys, default=-1) + 1


def _entries(node) -> list[tuple[int, pikepdf.Object]]:
    if not isinstance(node, pikepdf.Dictionary):
        return []
    found = []
    nums = list(node.get("/Nums", []))
    found += [(int(nums[i]), nums[i + 1]) for i in range(0, len(nums) - 1, 2)]
    for kid in node.get("/Kids", []):
        found += _entries(kid)
    return found


def _set_parent(pdf: pikepdf.Pdf, root: pikepdf.Dictionary, key: int, value) -> None:
    """The parent tree's entry for `key` set to `value` (replaced where it is, else added)."""
    tree = root.get("/ParentTree")
    if not isinstance(tree, pikepdf.Dictionary):
        root.ParentTree = pdf.make_indirect(pikepdf.Dictionary(Nums=pikepdf.Array([key, value])))
        return
    if _replace(tree, key, value):
        return
    # A new key is the largest: it goes at the end, where a number tree keeps its order.
    node = tree
    while "/Kids" in node and len(node.Kids):
        node = node.Kids[len(node.Kids) - 1]
        if "/Limits" in node:
            node.Limits = pikepdf.Array([node.Limits[0], key])
    node.Nums = pikepdf.Array([*node.get("/Nums", []), key, value])


def _replace(node: pikepdf.Dictionary, key: int, value) -> bool:
    nums = node.get("/Nums")
    if isinstance(nums, pikepdf.Array):
        for i in range(0, len(nums) - 1, 2):
            if int(nums[i]) == key:
                nums[i + 1] = value
                return True
    return any(_replace(kid, key, value) for kid in node.get("/Kids", []))
