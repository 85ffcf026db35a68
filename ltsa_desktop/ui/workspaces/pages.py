"""Which page goes in which workspace.

Each module in ``ltsa_desktop/ui/pages/`` may define ``PAGES``: a list of ``PageSpec``. They are collected here
and sorted by ``order``, so an area adds its page without touching another area's code.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ltsa_desktop.ui import pages as pages_pkg
from ltsa_desktop.ui.session import AppSession


@dataclass(frozen=True)
class PageSpec:
    workspace: str  # "counter", "supervisor" or "admin"
    order: int
    title: str  # English source text; translated in the "pages" context
    factory: Callable[[AppSession], QWidget]


def _all_specs() -> list[PageSpec]:
    specs: list[PageSpec] = []
    for info in pkgutil.iter_modules(pages_pkg.__path__):
        module = importlib.import_module(f"{pages_pkg.__name__}.{info.name}")
        specs.extend(getattr(module, "PAGES", []))
    return sorted(specs, key=lambda s: s.order)


def pages_for(workspace: str, session: AppSession) -> list[tuple[str, QWidget]]:
    return [(QCoreApplication.translate("pages", spec.title), spec.factory(session))
            for spec in _all_specs() if spec.workspace == workspace]


def counter_pages(session: AppSession) -> list[tuple[str, QWidget]]:
    return pages_for("counter", session)


def supervisor_pages(session: AppSession) -> list[tuple[str, QWidget]]:
    return pages_for("supervisor", session)


def admin_pages(session: AppSession) -> list[tuple[str, QWidget]]:
    return pages_for("admin", session)
