"""Dialogs for cases: choose the services to open, one case in full, and the acknowledgement slips to hand over."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
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


class CaseDialog(QDialog):
    """One case: the document checklist, the procedure steps with due dates, status changes and notes."""

    def __init__(self, session: AppSession, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLineEdit, QPushButton

        self.session = session
        self.case_id = case_id
        self.resize(760, 620)
        self.layout_ = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setStyleSheet("font-size:15px;font-weight:bold;")
        self.layout_.addWidget(self.title)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.layout_.addWidget(self.grid_host, 1)
        actions = QHBoxLayout()
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("caseStatus")
        for value, text in (("in_process", self.tr("in process")), ("ready", self.tr("ready")),
                            ("handed_over", self.tr("handed over")), ("rejected", self.tr("rejected")),
                            ("withdrawn", self.tr("withdrawn"))):
            self.status_combo.addItem(text, value)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason (for rejected / withdrawn) or a note"))
        apply = QPushButton(self.tr("Change status"))
        apply.clicked.connect(self.change_status)
        note = QPushButton(self.tr("Add note"))
        note.clicked.connect(self.add_note)
        for w in (self.status_combo, self.reason, apply, note):
            actions.addWidget(w)
        self.layout_.addLayout(actions)
        files = QHBoxLayout()
        self.attachments = QLabel("")
        self.attachments.setObjectName("caseAttachments")
        self.attachments.setWordWrap(True)
        attach = QPushButton(self.tr("Attach document…"))
        attach.setObjectName("attachDocument")
        attach.clicked.connect(self.choose_attachment)
        files.addWidget(self.attachments, 1)
        files.addWidget(attach)
        self.layout_.addLayout(files)
        self.attach_message = QLabel("")
        self.attach_message.setObjectName("attachMessage")
        self.attach_message.setWordWrap(True)
        self.attach_message.setStyleSheet("color:#b00020;")
        self.layout_.addWidget(self.attach_message)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.layout_.addWidget(self.message)
        self.QComboBox, self.QPushButton = QComboBox, QPushButton
        self.refresh()

    def refresh(self) -> None:
        from ltsa_desktop.services import cases

        case = cases.get_case(self.session.ctx, self.case_id)
        self.case = case
        due = case.due_date.strftime("%d-%m-%Y") if case.due_date else "—"
        self.title.setText(self.tr("{number} · {service} · {status} · due {due}{overdue}").format(
            number=case.number, service=case.service_name, status=case.status, due=due,
            overdue=self.tr(" · OVERDUE") if case.overdue else ""))
        while self.grid.count():
            old = self.grid.takeAt(0).widget()
            old.hide()  # deleteLater waits for the event loop; meanwhile the old row must not show through
            old.deleteLater()
        self.grid.addWidget(QLabel(self.tr("<b>Documents</b>")), 0, 0, 1, 2)
        states = (("pending", self.tr("pending")), ("received", self.tr("received")),
                  ("verified", self.tr("verified")), ("not_applicable", self.tr("not applicable")))
        row = 1
        for req_id, _code, label, mandatory, state in case.requirements:
            self.grid.addWidget(QLabel(label + (" *" if mandatory else "")), row, 0)
            combo = self.QComboBox()
            for value, text in states:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(state)))
            combo.currentIndexChanged.connect(lambda _i, r=req_id, c=combo: self.set_requirement(r, c.currentData()))
            self.grid.addWidget(combo, row, 1)
            row += 1
        self.grid.addWidget(QLabel(self.tr("<b>Procedure</b>")), row, 0, 1, 2)
        row += 1
        for step_id, name, days, step_due, done_at in case.steps:
            when = step_due.strftime("%d-%m-%Y") if step_due else "—"
            self.grid.addWidget(QLabel(self.tr("{name} ({days} working days, due {due})").format(
                name=name, days=days, due=when)), row, 0)
            if done_at is None:
                button = self.QPushButton(self.tr("Done"))
                button.clicked.connect(lambda _=False, s=step_id: self.complete(s))
                self.grid.addWidget(button, row, 1)
            else:
                self.grid.addWidget(QLabel("✓"), row, 1)
            row += 1
        for r in range(self.grid.rowCount()):
            self.grid.setRowStretch(r, 0)
        self.grid.setRowStretch(row, 1)  # rows stay together at the top
        files = cases.list_attachments(self.session.ctx, "case", self.case_id)
        self.attachments.setText(self.tr("Attachments: {files}").format(
            files=", ".join(f"{a.filename} ({a.size // 1024 + 1} KB)" for a in files) if files else "—"))

    def choose_attachment(self) -> None:
        from ltsa_desktop.services.cases import MAX_ATTACHMENT_BYTES

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach a scan (PDF, JPEG or PNG, at most {mb} MB)").format(mb=MAX_ATTACHMENT_BYTES // 2**20),
            "", self.tr("Scans (*.pdf *.jpg *.jpeg *.png)"))
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> bool:
        """Store ``path`` with the case; a wrong type or size is said next to the button and nothing is kept."""
        from ltsa_desktop.domain.errors import LtsaError, ValidationFailed
        from ltsa_desktop.services import cases
        from ltsa_desktop.ui.messages import field_message, message_for

        try:
            cases.add_attachment(self.session.ctx, self.session.actor, "case", self.case_id, path)
        except ValidationFailed as exc:
            self.attach_message.setText("\n".join(field_message(e) for e in exc.fields.values()))
            return False
        except LtsaError as exc:
            self.attach_message.setText(message_for(exc))
            return False
        self.attach_message.setText("")
        self.refresh()
        return True

    def _run(self, fn) -> None:  # type: ignore[no-untyped-def]
        from ltsa_desktop.domain.errors import LtsaError, ValidationFailed
        from ltsa_desktop.ui.messages import field_message, message_for

        try:
            fn()
        except ValidationFailed as exc:
            self.message.setText("\n".join(field_message(e) for e in exc.fields.values()))
            return
        except LtsaError as exc:
            self.message.setText(message_for(exc))
            return
        self.message.setText("")
        self.refresh()

    def set_requirement(self, requirement_id: str, state: str) -> None:
        from ltsa_desktop.services import cases

        self._run(lambda: cases.set_requirement(self.session.ctx, self.session.actor, requirement_id, state))

    def complete(self, step_id: str) -> None:
        from ltsa_desktop.services import cases

        self._run(lambda: cases.complete_step(self.session.ctx, self.session.actor, step_id))

    def change_status(self) -> None:
        from ltsa_desktop.services import cases

        self._run(lambda: cases.set_status(self.session.ctx, self.session.actor, self.case_id,
                                           self.status_combo.currentData(), self.case.version, self.reason.text()))

    def add_note(self) -> None:
        from ltsa_desktop.services import cases

        self._run(lambda: cases.add_note(self.session.ctx, self.session.actor, self.case_id, self.case.version,
                                         self.reason.text()))


class SlipDialog(QDialog):
    """Offers acknowledgement slips once the record is committed: print, or save a copy as PDF.

    The PDFs are kept in the data directory first (``documents/slips``), so a missing printer loses nothing;
    printing goes through ``ui/printer.py`` to the workstation's receipt printer, like receipts.
    """

    def __init__(self, session: AppSession, slips: list[tuple[str, bytes]], parent: QWidget | None = None) -> None:
        from ltsa_desktop.ui.printer import save_pdf

        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Acknowledgement slip"))
        folder = session.state.data.documents / "slips"
        self.slips = slips
        self.numbers = [number for number, _ in slips]
        try:
            self.paths: list[Path] = [save_pdf(pdf, folder, f"{_safe(number)}.pdf") for number, pdf in slips]
            problem = ""
        except OSError as exc:  # a full disk or an unwritable data directory: the record itself is saved
            self.paths, problem = [], self.tr("The slip could not be kept in the data directory ({reason}); save "
                                              "it elsewhere with Save as PDF.").format(reason=exc)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("Acknowledgement slip ready for {numbers}. Print it and hand it over, or save it as "
                              "PDF.").format(numbers=", ".join(self.numbers)))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.status = QLabel(problem)
        self.status.setObjectName("slipStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        for label, slot, name in ((self.tr("Print"), self.print_slips, "printSlip"),
                                  (self.tr("Preview…"), self.preview, "previewSlip"),
                                  (self.tr("Save as PDF…"), self.save_as, "saveSlip"),
                                  (self.tr("Close"), self.accept, "closeSlip")):
            button = QPushButton(label)
            button.setObjectName(name)
            button.clicked.connect(slot)
            button.setEnabled(bool(self.paths) or name in ("saveSlip", "closeSlip"))
            row.addWidget(button)
        layout.addLayout(row)

    def print_slips(self) -> None:
        from ltsa_desktop.settings import RECEIPT_PRINTER
        from ltsa_desktop.ui.printer import print_pdf

        printer = self.session.state.settings.get(RECEIPT_PRINTER)
        failed = [p for p in self.paths if not print_pdf(p, printer).printed]
        self.status.setText(self.tr("Slip printed.") if not failed else
                            self.tr("No printer answered; the slip is saved at {path}.").format(
                                path=", ".join(str(p) for p in failed)))

    def preview(self) -> None:
        """The slips page by page (``ui/print_preview.py``), printed from there if wanted."""
        from ltsa_desktop.settings import RECEIPT_PRINTER
        from ltsa_desktop.ui.print_preview import PrintPreviewDialog

        dialog = PrintPreviewDialog(self.paths, self.session.state.settings.get(RECEIPT_PRINTER), self,
                                    title=self.tr("Acknowledgement slip"))
        dialog.exec()
        if dialog.outcomes:
            self.status.setText(dialog.status.text() or self.tr("Slip printed."))

    def save_as(self) -> None:
        if len(self.slips) == 1:
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Save slip as PDF"),
                                                    f"{_safe(self.numbers[0])}.pdf", self.tr("PDF files (*.pdf)"))
        else:
            target = QFileDialog.getExistingDirectory(self, self.tr("Folder for the slips"))
        if target:
            self.save_to(Path(target))

    def save_to(self, target: Path) -> list[Path]:
        """Copy the slips to ``target`` (a file for one slip, else a folder); says where they went."""
        from ltsa_desktop.ui.printer import save_pdfs

        try:
            written = save_pdfs([(f"{_safe(number)}.pdf", pdf) for number, pdf in self.slips], target)
        except OSError as exc:
            self.status.setText(self.tr("The file could not be written: {reason}").format(reason=exc))
            return []
        self.status.setText(self.tr("Saved: {paths}").format(paths=", ".join(str(p) for p in written)))
        return written


def _safe(number: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in number)


def case_slips(session: AppSession, case_ids: list[str]) -> list[tuple[str, bytes]]:
    """The acknowledgement slip of each case, on the workstation's receipt layout (roll or sheet)."""
    from ltsa_desktop.services import cases, documents
    from ltsa_desktop.settings import RECEIPT_LAYOUT

    layout = session.state.settings.get(RECEIPT_LAYOUT)
    return [(cases.get_case(session.ctx, cid).number,
             documents.case_ack_slip_pdf(session.ctx, cid, officer=session.actor.full_name, layout=layout))
            for cid in case_ids]
