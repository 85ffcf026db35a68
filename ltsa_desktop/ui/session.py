"""The running application's state shared by windows: service context, signed-in actor, workstation settings.

Lives on the GUI thread. Workers receive the (thread-safe) ServiceContext and the Actor value, never this object.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from ltsa_desktop.paths import DataDir
from ltsa_desktop.services.context import Actor, ServiceContext
from ltsa_desktop.settings import Settings
from ltsa_desktop.ui.bus import emit


@dataclass
class SessionState:
    ctx: ServiceContext
    data: DataDir
    settings: Settings
    demo: bool = False
    language: str = "id"
    actor: Actor | None = None
    extra: dict[str, object] = field(default_factory=dict)


class AppSession(QObject):
    """Holds who is signed in. ``signed_out`` and ``locked`` let windows react without knowing each other."""

    signed_in = Signal(object)
    signed_out = Signal()
    language_changed = Signal(str)

    def __init__(self, state: SessionState) -> None:
        super().__init__()
        self.state = state

    @property
    def ctx(self) -> ServiceContext:
        return self.state.ctx

    @property
    def actor(self) -> Actor:
        if self.state.actor is None:
            raise RuntimeError("nobody is signed in")
        return self.state.actor

    def set_actor(self, actor: Actor | None) -> None:
        self.state.actor = actor
        if actor is None:
            emit(self.signed_out)
        else:
            emit(self.signed_in, actor)
