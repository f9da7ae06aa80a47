"""The Qt user interface: main window, tabs, dialogs, widgets and table models."""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401 - installs PySide's import hook, adjusted below


def _skip_feature_scan() -> None:
    """After PySide6 is imported, its import hook reads the whole source of every module
    imported later (inspect.getsource) to see whether that module selects one of PySide's
    `__feature__`s (snake_case, true_property). ksdesk selects none, so the answer is no for
    every module; the window's start imports some 60 of them, and the reading cost it about
    10 ms of CPU. The hook's own test is replaced by that answer (if this PySide has it)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda _module: False


_skip_feature_scan()
