"""Complaints and consultations (SimPADU) and non-procedural PMI records (SISPOPMI) at the counter."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ltsa_desktop.domain.calendar import service_day
from ltsa_desktop.domain.errors import LtsaError, ValidationFailed
from ltsa_desktop.services import complaints, documents
from ltsa_desktop.ui.messages import message_for
from ltsa_desktop.ui.session import AppSession
from ltsa_desktop.ui.widgets.forms import FormField, FormPanel
from ltsa_desktop.ui.workspaces.pages import PageSpec


def _combo(values: tuple[str, ...]) -> QComboBox:
    combo = QComboBox()
    for v in values:
        combo.addItem(v.replace("_", " "), v)
    return combo


class ComplaintDialog(QDialog):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("New complaint"))
        self.resize(560, 560)
        layout = QVBoxLayout(self)
        self.f = {
            "channel": FormField(self.tr("Received"), _combo(complaints.CHANNELS)),
            "complainant_type": FormField(self.tr("Complainant"), _combo(complaints.COMPLAINANT_TYPES)),
            "complainant_name": FormField(self.tr("Name"), QLineEdit()),
            "complainant_contact": FormField(self.tr("Contact"), QLineEdit()),
            "category": FormField(self.tr("Category"), _combo(complaints.CATEGORIES)),
            "subject": FormField(self.tr("Subject"), QLineEdit()),
            "chronology": FormField(self.tr("Chronology"), QPlainTextEdit()),
        }
        for field in self.f.values():
            layout.addWidget(field)
        self.complete = QCheckBox(self.tr("The file is complete (the 60-day resolution clock starts)"))
        layout.addWidget(self.complete)
        self.panel = FormPanel(self.f)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.number = ""
        self.complaint_id = ""

    def _value(self, name: str) -> str:
        w = self.f[name].widget
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        return w.text()  # type: ignore[attr-defined]

    def save(self) -> None:
        try:
            row = complaints.file_complaint(
                self.session.ctx, self.session.actor, channel=self._value("channel"),
                complainant_type=self._value("complainant_type"), complainant_name=self._value("complainant_name"),
                complainant_contact=self._value("complainant_contact"), category=self._value("category"),
                subject=self._value("subject"), chronology=self._value("chronology"),
                file_complete=self.complete.isChecked()).value
        except ValidationFailed as exc:
            self.panel.show(exc)
            return
        self.number = row.number
        self.complaint_id = row.id
        self.accept()


class NonProceduralDialog(QDialog):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Non-procedural PMI record"))
        self.number = ""
        layout = QVBoxLayout(self)
        when = QDateEdit()
        when.setCalendarPopup(True)
        today = service_day(session.ctx.now(), session.ctx.tz_name)  # the office clock, not the PC's
        when.setDate(QDate(today.year, today.month, today.day))
        self.f = {
            "person_name": FormField(self.tr("Name"), QLineEdit()),
            "nik": FormField(self.tr("NIK (if known)"), QLineEdit()),
            "prevented_at_place": FormField(self.tr("Prevented at"), _combo(complaints.PREVENTED_PLACES)),
            "prevented_location": FormField(self.tr("Location"), QLineEdit()),
            "prevented_by": FormField(self.tr("Prevented by"), _combo(complaints.PREVENTED_BY)),
            "prevented_on": FormField(self.tr("Date"), when),
            "intended_destination": FormField(self.tr("Intended destination"), QLineEdit()),
            "broker_details": FormField(self.tr("Broker or agent details"), QLineEdit()),
            "family_contact": FormField(self.tr("Family contact"), QLineEdit()),
        }
        for field in self.f.values():
            layout.addWidget(field)
        layout.addWidget(QLabel(self.tr("Trafficking (TPPO) indicators:")))
        self.indicators = {}
        for code in complaints.TPPO_INDICATORS:
            box = QCheckBox(code.replace("_", " "))
            self.indicators[code] = box
            layout.addWidget(box)
        self.panel = FormPanel(self.f)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        text = {k: f.widget.text() for k, f in self.f.items() if isinstance(f.widget, QLineEdit)}
        try:
            number = complaints.record_nonprocedural(
                self.session.ctx, self.session.actor, person_name=text["person_name"], nik=text["nik"],
                prevented_at_place=self.f["prevented_at_place"].widget.currentData(),  # type: ignore[attr-defined]
                prevented_location=text["prevented_location"],
                prevented_by=self.f["prevented_by"].widget.currentData(),  # type: ignore[attr-defined]
                prevented_on=self.f["prevented_on"].widget.date().toPython(),  # type: ignore[attr-defined]
                intended_destination=text["intended_destination"], broker_details=text["broker_details"],
                family_contact=text["family_contact"],
                tppo_indicators=[c for c, b in self.indicators.items() if b.isChecked()]).value
        except ValidationFailed as exc:
            self.panel.show(exc)
            return
        self.number = number
        self.accept()


class ComplaintsPage(QWidget):
    def __init__(self, session: AppSession) -> None:
        super().__init__()
        self.session = session
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("complaintTable")
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Complainant"), self.tr("Subject"),
                                              self.tr("Status"), self.tr("Acknowledge by"), self.tr("Resolve by")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        for text, slot in ((self.tr("New complaint…"), self.new_complaint), (self.tr("Follow-up…"), self.follow_up),
                           (self.tr("Resolve…"), self.resolve), (self.tr("Log a consultation…"), self.consult),
                           (self.tr("Non-procedural PMI record…"), self.nonprocedural)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.rows: list[complaints.ComplaintRow] = []
        self.refresh()

    def refresh(self) -> None:
        self.rows = complaints.list_complaints(self.session.ctx)
        self.table.setRowCount(len(self.rows))
        for i, c in enumerate(self.rows):
            values = (c.number + (" ⚠" if c.overdue else ""), c.complainant_name, c.subject, c.status,
                      c.acknowledge_due.strftime("%d-%m-%Y"), c.resolve_due.strftime("%d-%m-%Y") if c.resolve_due else "—")
            for j, v in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(v))

    def _selected(self) -> complaints.ComplaintRow | None:
        i = self.table.currentRow()
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def new_complaint(self) -> None:
        dialog = ComplaintDialog(self.session, self)
        if dialog.exec():
            self.refresh()
            self.offer_slip(dialog.number, lambda layout: documents.complaint_ack_slip_pdf(
                self.session.ctx, dialog.complaint_id, officer=self.session.actor.full_name, layout=layout))

    def _text(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(self, title, label)
        return text if ok and text.strip() else None

    def follow_up(self) -> None:
        row = self._selected()
        note = self._text(self.tr("Follow-up"), self.tr("What was done:")) if row else None
        if row and note:
            self._run(lambda: complaints.follow_up_complaint(self.session.ctx, self.session.actor, row.id,
                                                             row.version, note=note, acknowledge=True))

    def resolve(self) -> None:
        row = self._selected()
        text = self._text(self.tr("Resolve"), self.tr("Resolution:")) if row else None
        if row and text:
            self._run(lambda: complaints.resolve_complaint(self.session.ctx, self.session.actor, row.id, row.version,
                                                           text))

    def consult(self) -> None:
        topic = self._text(self.tr("Consultation"), self.tr("Topic and advice given:"))
        if topic:
            self._run(lambda: complaints.log_consultation(self.session.ctx, self.session.actor,
                                                          topic=topic.splitlines()[0], summary=topic))

    def nonprocedural(self) -> None:
        dialog = NonProceduralDialog(self.session, self)
        if dialog.exec():
            self.offer_slip(dialog.number, lambda layout: documents.nonprocedural_ack_slip_pdf(
                self.session.ctx, dialog.number, officer=self.session.actor.full_name, layout=layout))

    def offer_slip(self, number: str, render) -> None:  # type: ignore[no-untyped-def]
        """After the record is committed: its numbered acknowledgement slip to print or save."""
        from ltsa_desktop.settings import RECEIPT_LAYOUT
        from ltsa_desktop.ui.pages.case_dialogs import SlipDialog

        pdf = render(self.session.state.settings.get(RECEIPT_LAYOUT))
        SlipDialog(self.session, [(number, pdf)], self).exec()

    def _run(self, fn) -> None:  # type: ignore[no-untyped-def]
        try:
            fn()
        except LtsaError as exc:
            QMessageBox.warning(self, self.tr("Complaints"), message_for(exc))
        self.refresh()


PAGES = [PageSpec("counter", 35, QT_TRANSLATE_NOOP("pages", "Complaints"), ComplaintsPage)]
