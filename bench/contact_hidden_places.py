"""Where a private person's contact data goes when a PDF bilaga carries it only in a place no
page shows (tests/attack_contacts.py: an outline, the document info, XMP, a comment, a
link's "mailto:", a form field, an attached file, text drawn white, off the page or
invisible, marked content's /ActualText, a layer's name, a tagged figure's alt text).

For each place, printed as a table:
- last check: how many findings the last reader (interchange.pdf_audit) makes in the file as
  it came, told to look for the four pieces (it reads every place of a PDF);
- scan: how many of the four pieces the review's scan reads (services.public_pdf.sources);
- published unasked: where the public copy of the bilaga, no decision taken, still holds
  them ("-": nowhere; stripped away);
- after "maskera": the public copy with the four decided "maskera": removed, still there
  (where), or the bilaga left out (ContactLeftIn).
A place is safe when what is published unasked is also seen by the scan, and "maskera"
removes it (or leaves the bilaga out with a reason).

Run: `.venv/bin/python bench/contact_hidden_places.py` (about 5 s)."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ksdesk.core.contact_data import private_contacts
from ksdesk.core.errors import InvalidInput
from ksdesk.core.withheld_words import WithheldWords
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.services import public_pdf
from tests.attack_contacts import PLACES, VALUES

WITHHELD = WithheldWords(contacts=VALUES)


def _where(findings) -> str:
    return "; ".join(sorted({f.where for f in findings})) or "-"


def row(build) -> tuple[int, int, str, str]:
    data = build()
    sha = hashlib.sha256(data).hexdigest()
    texts = [source.text or "" for source in public_pdf.sources(sha, data)]
    seen = {c.value for text in texts for c in private_contacts(text)} & VALUES
    published = public_pdf.public_content(sha, data, frozenset())
    try:
        masked = public_pdf.public_content(sha, data, frozenset(), contacts=VALUES)
    except InvalidInput as error:
        after = f"bilagan utelämnad ({type(error).__name__})"
    else:
        left = audit_pdf(masked, withheld=WITHHELD).findings
        after = f"kvar: {_where(left)}" if left else "borttagen"
    found = len(audit_pdf(data, withheld=WITHHELD).findings)
    return found, len(seen), _where(audit_pdf(published, withheld=WITHHELD).findings), after


def main() -> None:
    print("| plats | sista kontrollen | skanningen ser (av 4) | publiceras obeslutat | maskera |")
    print("|---|---|---|---|---|")
    for place, build in PLACES.items():
        found, seen, published, after = row(build)
        print(f"| {place} | {found} | {seen} | {published} | {after} |")


if __name__ == "__main__":
    main()
