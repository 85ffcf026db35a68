"""Form fields with their message underneath: errors in red, warnings in amber; typed text is never lost."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ltsa_desktop.domain.errors import ValidationFailed


class FormField(QWidget):
    """A label, an input widget and a message line under it."""

    def __init__(self, label: str, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        self.label = QLabel(label)
        self.label.setBuddy(widget)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setObjectName("fieldMessage")
        self.message.hide()
        layout.addWidget(self.label)
        layout.addWidget(widget)
        layout.addWidget(self.message)

    def set_error(self, text: str | None, warning: bool = False) -> None:
        if not text:
            self.message.clear()
            self.message.hide()
            self.widget.setProperty("invalid", False)
        else:
            self.message.setText(text)
            self.message.setStyleSheet("color:#b45309;" if warning else "color:#b91c1c;")
            self.message.show()
            self.widget.setProperty("invalid", not warning)
        self.widget.style().unpolish(self.widget)
        self.widget.style().polish(self.widget)

    @property
    def error_text(self) -> str:
        return self.message.text() if self.message.isVisible() or self.message.text() else ""


class FormPanel:
    """Maps field names to FormFields and shows a ValidationFailed next to each field."""

    def __init__(self, fields: dict[str, FormField]) -> None:
        self.fields = fields

    def clear_errors(self) -> None:
        for f in self.fields.values():
            f.set_error(None)

    def show(self, error: ValidationFailed) -> list[str]:
        """Put each message at its field; returns the messages of fields this panel does not have."""
        from ltsa_desktop.ui.messages import field_message

        self.clear_errors()
        leftovers = []
        for name, err in error.fields.items():
            text = field_message(err)
            if name in self.fields:
                self.fields[name].set_error(text, warning=err.warning)
            else:
                leftovers.append(text)
        return leftovers
