"""Qt table models, one per kind of row."""
