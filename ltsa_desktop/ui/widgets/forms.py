"""Form fields with their message underneath: errors in red, warnings in amber; typed text is never lost.

A service refuses bad input with ``ValidationFailed`` (field name → ``FieldError``). ``FormPanel.show`` puts each
message under its field and leaves every input as the user typed it, so correcting one field never means typing
the form again. A warning (e.g. the NIK's birth date differs from the one entered) is shown in amber and does not
mark the field invalid. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ltsa_desktop.domain.errors import FieldError, ValidationFailed
from ltsa_desktop.ui.messages import field_message

ERROR_COLOR = "#b91c1c"  # red-700: readable on white, distinct from the amber below for colour-blind staff too
WARNING_COLOR = "#b45309"  # amber-700


class FormField(QWidget):
    """A label, an input widget and a message line under it (hidden when there is nothing to say).

    The input gets the dynamic property ``invalid`` (True for an error, not for a warning) so a stylesheet can
    draw a red border: ``*[invalid="true"] { border: 1px solid #b91c1c; }``.
    """

    def __init__(self, label: str, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        self._warning = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        self.label = QLabel(label)
        self.label.setBuddy(widget)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setObjectName("fieldMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.label)
        layout.addWidget(widget)
        layout.addWidget(self.message)

    def set_error(self, text: str | None, warning: bool = False) -> None:
        """Show ``text`` under the input (amber when ``warning``), or clear it with None/"". Input is untouched."""
        if not text:
            self.message.clear()
            self.message.hide()
            self._warning = False
            self._set_invalid(False)
            return
        self._warning = warning
        self.message.setText(text)
        self.message.setProperty("warning", warning)
        self.message.setStyleSheet(f"color: {WARNING_COLOR if warning else ERROR_COLOR};")
        self.message.show()
        self._set_invalid(not warning)

    @property
    def error_text(self) -> str:
        """The message shown under the field ("" when none)."""
        return self.message.text()

    @property
    def has_error(self) -> bool:
        """True when a blocking error (not a warning) is shown."""
        return bool(self.message.text()) and not self._warning

    @property
    def is_warning(self) -> bool:
        return bool(self.message.text()) and self._warning

    def _set_invalid(self, invalid: bool) -> None:
        self.widget.setProperty("invalid", invalid)
        style = self.widget.style()
        style.unpolish(self.widget)
        style.polish(self.widget)


class FormPanel:
    """Maps field names (as services name them) to ``FormField``s and shows a ``ValidationFailed`` on them."""

    def __init__(self, fields: Mapping[str, FormField]) -> None:
        self.fields: dict[str, FormField] = dict(fields)

    def clear_errors(self) -> None:
        """Hide every field's message; the inputs keep their values."""
        for f in self.fields.values():
            f.set_error(None)

    def show(self, error: ValidationFailed) -> list[str]:
        """Put each field's translated message under its field, replacing earlier messages.

        Moves the keyboard focus to the first field with a blocking error. Returns the messages for field names
        this panel does not have, for the caller to show in a summary line.
        """
        self.clear_errors()
        leftovers: list[str] = []
        first_error: FormField | None = None
        for name, err in error.fields.items():
            text = field_message(err)
            form_field = self.fields.get(name)
            if form_field is None:
                leftovers.append(text)
                continue
            form_field.set_error(text, warning=err.warning)
            if first_error is None and not err.warning:
                first_error = form_field
        if first_error is not None:
            first_error.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return leftovers

    def show_field(self, name: str, error: FieldError | None) -> None:
        """Show (or clear, with None) one field's message, e.g. a live NIK check while typing."""
        form_field = self.fields[name]
        if error is None:
            form_field.set_error(None)
        else:
            form_field.set_error(field_message(error), warning=error.warning)

    def has_errors(self) -> bool:
        """True when any field shows a blocking error (warnings do not count)."""
        return any(f.has_error for f in self.fields.values())
