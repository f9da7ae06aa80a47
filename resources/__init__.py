"""Bundled resources: fonts, demo data, icons."""
