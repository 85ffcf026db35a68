"""Field messages sit under their field (red errors, amber warnings) and typed input is never lost."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget  # noqa: E402

from ltsa_desktop.domain.errors import FieldError, ValidationFailed  # noqa: E402
from ltsa_desktop.ui.messages import field_message  # noqa: E402
from ltsa_desktop.ui.widgets.forms import ERROR_COLOR, WARNING_COLOR, FormField, FormPanel  # noqa: E402


def _form(qtbot) -> tuple[QWidget, FormPanel]:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    sex = QComboBox()
    sex.addItems(["L", "P"])
    fields = {"nik": FormField("NIK", QLineEdit(), host), "full_name": FormField("Name", QLineEdit(), host),
              "phone": FormField("Phone", QLineEdit(), host), "sex": FormField("Sex", sex, host)}
    host.show()
    return host, FormPanel(fields)


def test_messages_go_next_to_their_fields_and_input_is_kept(qtbot) -> None:  # type: ignore[no-untyped-def]
    _host, panel = _form(qtbot)
    panel.fields["nik"].widget.setText("320123456789")
    panel.fields["full_name"].widget.setText("Siti Aminah")
    panel.fields["phone"].widget.setText("0812-xx")
    panel.fields["sex"].widget.setCurrentIndex(1)
    error = ValidationFailed({
        "nik": FieldError("nik_length"),
        "phone": FieldError("phone_invalid"),
        "sex": FieldError("nik_sex_mismatch", warning=True),
        "counter": FieldError("required"),  # not on this form
    })
    leftovers = panel.show(error)

    nik, name, phone, sex = (panel.fields[n] for n in ("nik", "full_name", "phone", "sex"))
    assert nik.error_text == field_message(FieldError("nik_length")) and nik.message.isVisible()
    assert phone.error_text == field_message(FieldError("phone_invalid"))
    assert name.error_text == "" and not name.message.isVisible()
    assert ERROR_COLOR in nik.message.styleSheet() and nik.has_error and nik.widget.property("invalid") is True
    assert WARNING_COLOR in sex.message.styleSheet() and sex.is_warning and not sex.has_error
    assert sex.widget.property("invalid") is False
    assert leftovers == [field_message(FieldError("required"))]
    assert panel.has_errors()
    # nothing the user typed or chose was touched
    assert (nik.widget.text(), name.widget.text(), phone.widget.text()) == ("320123456789", "Siti Aminah", "0812-xx")
    assert sex.widget.currentIndex() == 1


def test_a_new_error_replaces_the_old_ones_and_clear_errors_hides_all(qtbot) -> None:  # type: ignore[no-untyped-def]
    _host, panel = _form(qtbot)
    panel.show(ValidationFailed({"nik": FieldError("nik_digits"), "phone": FieldError("phone_invalid")}))
    panel.show(ValidationFailed({"full_name": FieldError("required")}))
    assert panel.fields["nik"].error_text == "" and panel.fields["phone"].error_text == ""
    assert panel.fields["full_name"].has_error
    panel.clear_errors()
    assert not panel.has_errors()
    assert all(not f.message.isVisible() and f.widget.property("invalid") is False for f in panel.fields.values())


def test_warnings_alone_do_not_block(qtbot) -> None:  # type: ignore[no-untyped-def]
    _host, panel = _form(qtbot)
    panel.show_field("nik", FieldError("nik_birth_date_mismatch", warning=True))
    assert panel.fields["nik"].is_warning and not panel.has_errors()
    panel.show_field("nik", None)
    assert panel.fields["nik"].error_text == ""


def test_form_field_pairs_label_and_input(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = QLineEdit()
    field = FormField("&NIK", edit)
    qtbot.addWidget(field)
    assert field.label.buddy() is edit and edit.parent() is field
    field.set_error("Bad", warning=False)
    field.set_error("")
    assert field.error_text == "" and not field.has_error
