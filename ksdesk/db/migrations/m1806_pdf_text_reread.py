"""Step m1806: the text of every stored PDF is read again, by ksdesk's own reader.

Before this step the search index kept a PDF's text as pypdf read it, which splits words
that Acrobat's PDFMaker draws in pieces ("Me dlem" for "Medlem"): a search for the word
missed the file (interchange/pdf_text.py). Each stored PDF whose text was kept goes into
`file_reread`, a queue beside step m1306's queue of files never read: the window reads it in
the background after those (ui/bilaga_texts.py, on a worker thread), and storing a file's
text takes it out of the queue (a trigger). Until then the index keeps the old text, so a
search finds meanwhile what it found before, and `ksdesk sok` searches at once (it reads only
files never read before it searches: at ten years the files read again would keep it waiting
a minute or more). A file no bilaga holds any more leaves the queue. Files of text (.txt,
.csv) were read as they are and keep their text. Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations, run_statements

# A file no bilaga holds any more leaves the queue (written on one line: run_statements
# parts the statements at a semicolon that ends a line).
_DROP_IF_ORPHANED = (
    "DELETE FROM file_reread WHERE sha256 = OLD.sha256 AND NOT EXISTS "
    "(SELECT 1 FROM bilaga WHERE sha256 = OLD.sha256 AND content IS NOT NULL);"
)

# The first bytes of a PDF, as interchange.pdf_text tells one (substr of a blob is a blob).
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS file_reread (sha256 TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT OR IGNORE INTO file_reread (sha256) SELECT f.sha256 FROM file_text f
  WHERE EXISTS (SELECT 1 FROM bilaga b WHERE b.sha256 = f.sha256
    AND substr(b.content, 1, 5) = CAST('%PDF-' AS BLOB));
CREATE TRIGGER IF NOT EXISTS file_text_reread_read AFTER INSERT ON file_text
  BEGIN DELETE FROM file_reread WHERE sha256 = NEW.sha256; END;
CREATE TRIGGER IF NOT EXISTS file_text_reread_forgotten AFTER DELETE ON file_text
  BEGIN DELETE FROM file_reread WHERE sha256 = OLD.sha256; END;
CREATE TRIGGER IF NOT EXISTS bilaga_reread_update AFTER UPDATE OF sha256, content ON bilaga
  BEGIN {_DROP_IF_ORPHANED} END;
CREATE TRIGGER IF NOT EXISTS bilaga_reread_delete AFTER DELETE ON bilaga
  BEGIN {_DROP_IF_ORPHANED} END
"""


@migrations(name="m1806_pdf_text_reread")
def m1806_pdf_text_reread(db) -> None:
    run_statements(db, SCHEMA)
