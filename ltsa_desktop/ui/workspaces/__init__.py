"""Workspaces of the main window. Which ones a person sees follows from their role."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ltsa_desktop.domain.roles import Role

if TYPE_CHECKING:
    from ltsa_desktop.ui.session import AppSession


@dataclass(frozen=True)
class WorkspaceSpec:
    key: str
    title: str
    roles: frozenset[Role]
    factory: type


def workspace_specs() -> list[WorkspaceSpec]:
    from ltsa_desktop.ui.workspaces.admin import AdminWorkspace
    from ltsa_desktop.ui.workspaces.counter import CounterWorkspace
    from ltsa_desktop.ui.workspaces.supervisor import SupervisorWorkspace

    return [
        WorkspaceSpec("counter", QCoreApplication.translate("workspaces", "Counter"), frozenset({Role.COUNTER_STAFF, Role.SUPERVISOR}),
                      CounterWorkspace),
        WorkspaceSpec("supervisor", QCoreApplication.translate("workspaces", "Supervisor"), frozenset({Role.SUPERVISOR, Role.ADMIN}),
                      SupervisorWorkspace),
        WorkspaceSpec("admin", QCoreApplication.translate("workspaces", "Administration"), frozenset({Role.ADMIN}), AdminWorkspace),
    ]


def workspaces_for(role: Role) -> list[WorkspaceSpec]:
    return [spec for spec in workspace_specs() if role in spec.roles]


def build(spec: WorkspaceSpec, session: AppSession) -> QWidget:
    widget: QWidget = spec.factory(session)
    widget.setObjectName(f"workspace_{spec.key}")
    return widget
