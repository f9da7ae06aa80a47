"""Printed documents (ReportLab). Each report returns PDF bytes; no Qt."""
