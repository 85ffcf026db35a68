"""First-run wizard: office code and name, province and regency (the time zone follows), counters, first admin."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ltsa_desktop.domain import regions
from ltsa_desktop.domain.errors import ValidationFailed
from ltsa_desktop.services.office import OfficeSetup, setup_office
from ltsa_desktop.storage.db import Database
from ltsa_desktop.ui.messages import field_message
from ltsa_desktop.ui.widgets.forms import FormField


class SetupWizard(QWizard):
    """Creates the office on Finish; refuses (with messages at the fields) and stays open on bad input."""

    def __init__(self, db: Database, device_file: Path, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.db = db
        self.device_file = device_file
        self.setWindowTitle(self.tr("Set up this LTSA office"))
        self.setMinimumSize(640, 480)

        office = QWizardPage()
        office.setTitle(self.tr("Office"))
        office.setSubTitle(self.tr("The time zone follows from the province (WIB, WITA or WIT)."))
        lay = QVBoxLayout(office)
        self.code = FormField(self.tr("Office code (e.g. JKT01)"), QLineEdit())
        self.name = FormField(self.tr("Office name"), QLineEdit())
        self.province = FormField(self.tr("Province"), QComboBox())
        for code, name in sorted(regions.PROVINCES.items()):
            self.province.widget.addItem(f"{code} – {name}", code)
        self.regency = FormField(self.tr("Regency/city code (4 digits, e.g. 3212)"), QLineEdit())
        self.address = FormField(self.tr("Address"), QLineEdit())
        self.tz_label = QLabel("")
        self.province.widget.currentIndexChanged.connect(self._show_tz)
        for f in (self.code, self.name, self.province, self.regency, self.address):
            lay.addWidget(f)
        lay.addWidget(self.tz_label)
        self._show_tz()

        counters = QWizardPage()
        counters.setTitle(self.tr("Counters"))
        lay = QVBoxLayout(counters)
        self.counter_count = FormField(self.tr("Number of counters (Loket)"), QSpinBox())
        self.counter_count.widget.setRange(1, 40)
        self.counter_count.widget.setValue(4)
        lay.addWidget(self.counter_count)

        admin = QWizardPage()
        admin.setTitle(self.tr("First administrator"))
        lay = QVBoxLayout(admin)
        self.admin_user = FormField(self.tr("Username"), QLineEdit())
        self.admin_name = FormField(self.tr("Full name"), QLineEdit())
        pw = QLineEdit()
        pw.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_password = FormField(self.tr("Password (at least 8 characters)"), pw)
        for f in (self.admin_user, self.admin_name, self.admin_password):
            lay.addWidget(f)
        self.summary = QLabel("")
        self.summary.setStyleSheet("color:#b91c1c;")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)

        for page in (office, counters, admin):
            self.addPage(page)
        self._fields = {"code": self.code, "name": self.name, "province_code": self.province,
                        "regency_code": self.regency, "counters": self.counter_count,
                        "admin_username": self.admin_user, "admin_full_name": self.admin_name,
                        "admin_password": self.admin_password}

    def _show_tz(self) -> None:
        code = self.province.widget.currentData()
        if code:
            tz = regions.timezone_for_province(code)
            self.tz_label.setText(self.tr("Time zone: {zone} ({tz})").format(
                zone=regions.zone_abbreviation(tz), tz=tz))

    def setup(self) -> OfficeSetup:
        n = self.counter_count.widget.value()
        return OfficeSetup(
            code=self.code.widget.text().strip().upper(), name=self.name.widget.text(),
            province_code=self.province.widget.currentData() or "", regency_code=self.regency.widget.text().strip(),
            address=self.address.widget.text(), counters=tuple(f"Loket {i}" for i in range(1, n + 1)),
            admin_username=self.admin_user.widget.text().strip(), admin_full_name=self.admin_name.widget.text(),
            admin_password=self.admin_password.widget.text(),
        )

    def accept(self) -> None:
        for f in self._fields.values():
            f.set_error(None)
        try:
            setup_office(self.db, self.setup(), self.device_file)
        except ValidationFailed as exc:
            lines = []
            for name, err in exc.fields.items():
                text = field_message(err)
                if name in self._fields:
                    self._fields[name].set_error(text)
                lines.append(text)
            self.summary.setText("\n".join(lines))
            return
        super().accept()
