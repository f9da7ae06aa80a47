"""Import and export of files (JSON, CSV, XLSX, DOCX); no Qt."""
