"""Dialogs for cases: choose the services to open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ltsa_desktop.services import catalog
from ltsa_desktop.ui.session import AppSession


class ChooseServicesDialog(QDialog):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: list[str] = []
        self.setWindowTitle(self.tr("Open services"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose the services this applicant came for:")))
        self.list = QListWidget()
        self.list.setObjectName("serviceChoices")
        for service in catalog.list_services(session.ctx):
            item = QListWidgetItem(f"{service.code} · {service.name_id}")
            item.setData(Qt.ItemDataRole.UserRole, service.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        self.chosen = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                       if self.list.item(i).checkState() == Qt.CheckState.Checked]
        self.accept()
