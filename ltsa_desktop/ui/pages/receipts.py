"""Receipts of the day: reprint (SALINAN / COPY, audited), void with a supervisor's approval, verify a QR payload."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ltsa_desktop.domain.errors import LtsaError
from ltsa_desktop.domain.formatting import format_datetime_local, format_money
from ltsa_desktop.services import payments
from ltsa_desktop.ui.approval import request_approval
from ltsa_desktop.ui.messages import message_for
from ltsa_desktop.ui.session import AppSession
from ltsa_desktop.ui.workspaces.pages import PageSpec


class ReceiptsPage(QWidget):
    def __init__(self, session: AppSession) -> None:
        super().__init__()
        self.session = session
        self.rows: list[payments.ReceiptRow] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("receiptTable")
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Time"), self.tr("Applicant"),
                                              self.tr("Amount"), self.tr("Method"), self.tr("Voided by")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for text, slot, name in ((self.tr("Refresh"), self.refresh, "refreshReceipts"),
                                 (self.tr("Reprint (copy)"), self.reprint, "reprintReceipt"),
                                 (self.tr("Void…"), self.void, "voidReceipt"),
                                 (self.tr("Printer…"), self.choose_printer, "receiptPrinter")):
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        verify = QHBoxLayout()
        self.token = QLineEdit()
        self.token.setObjectName("verifyToken")
        self.token.setPlaceholderText(self.tr("Paste or scan a receipt QR payload (LTSA1.…)"))
        check = QPushButton(self.tr("Verify"))
        check.clicked.connect(self.verify)
        verify.addWidget(self.token, 1)
        verify.addWidget(check)
        layout.addLayout(verify)
        self.result = QLabel("")
        self.result.setObjectName("verifyResult")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        self.refresh()

    def refresh(self) -> None:
        self.rows = payments.list_receipts(self.session.ctx)
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            values = (r.number, format_datetime_local(r.issued_at, self.session.ctx.tz_name), r.applicant_name,
                      format_money(r.total_applicant), r.method, r.voided_by or "")
            for j, v in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(v))

    def _selected(self) -> payments.ReceiptRow | None:
        i = self.table.currentRow()
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def reprint(self) -> None:
        row = self._selected()
        if row is None:
            return
        from ltsa_desktop.settings import RECEIPT_LAYOUT, RECEIPT_PRINTER, SILENT_PRINT
        from ltsa_desktop.ui.printer import print_or_preview, save_pdf

        payments.record_reprint(self.session.ctx, self.session.actor, row.id)
        settings = self.session.state.settings
        pdf = payments.archive_pdf(self.session.ctx, row.id, settings.get(RECEIPT_LAYOUT), copy=True)
        path = save_pdf(pdf, self.session.state.data.documents / "copies", f"{row.number}-copy.pdf")
        outcomes = print_or_preview(path, settings.get(RECEIPT_PRINTER), silent=settings.get(SILENT_PRINT),
                                    parent=self, title=self.tr("Receipt {n} (copy)").format(n=row.number))
        if outcomes and all(o.printed for o in outcomes):
            self.result.setText(self.tr("Copy printed."))
        elif outcomes:
            self.result.setText(self.tr("No printer answered; the copy is saved at {path}.").format(path=path))
        else:
            self.result.setText(self.tr("Not printed; the copy is saved at {path}.").format(path=path))

    def choose_printer(self) -> None:
        PrinterChoiceDialog(self.session, self).exec()

    def void(self) -> None:
        row = self._selected()
        if row is None or row.kind != "receipt":
            return
        reason, ok = QInputDialog.getText(self, self.tr("Void receipt"), self.tr("Reason for voiding {n}:").format(
            n=row.number))
        if not ok or not reason.strip():
            return
        approval = request_approval(self.session.ctx, "void_receipt",
                                    self.tr("void receipt {n} ({reason})").format(n=row.number, reason=reason), self)
        if approval is None:
            return
        try:
            void_id = payments.void_receipt(self.session.ctx, self.session.actor, row.id, reason, approval).value
        except LtsaError as exc:
            QMessageBox.warning(self, self.tr("Void receipt"), message_for(exc))
            return
        payments.archive_pdf(self.session.ctx, void_id)
        self.refresh()

    def verify(self) -> None:
        result = payments.verify_token(self.session.ctx, self.token.text())
        texts = {"genuine": self.tr("GENUINE: receipt {n}, {amount}, issued {at}."),
                 "voided": self.tr("VOIDED: receipt {n} was cancelled ({detail})."),
                 "forged": self.tr("NOT GENUINE: this payload is forged or damaged ({detail}).")}
        self.result.setText(texts.get(result.status, "{detail}").format(
            n=result.number, amount=format_money(result.total_paid), at=result.issued_at, detail=result.detail))


class PrinterChoiceDialog(QDialog):
    """This workstation's receipt printer, paper and silent printing (else a preview), kept in settings.json."""

    LAYOUTS = ("80mm", "58mm", "A5", "A4")

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        from ltsa_desktop.settings import RECEIPT_LAYOUT, RECEIPT_PRINTER, SILENT_PRINT
        from ltsa_desktop.ui.printer import available_printers

        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Receipt printer of this workstation"))
        settings = session.state.settings
        form = QFormLayout(self)
        self.printer = QComboBox()
        self.printer.setObjectName("printerChoice")
        self.printer.addItem(self.tr("System default printer"), "")
        names = available_printers()
        chosen = settings.get(RECEIPT_PRINTER)
        if chosen and chosen not in names:
            names.append(chosen)  # remembered but offline now: kept, not silently dropped
        for name in names:
            self.printer.addItem(name, name)
        self.printer.setCurrentIndex(max(0, self.printer.findData(chosen)))
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("layoutChoice")
        for value, text in zip(self.LAYOUTS, (self.tr("80 mm thermal roll"), self.tr("58 mm thermal roll"),
                                              self.tr("A5 sheet"), self.tr("A4 sheet")), strict=True):
            self.layout_choice.addItem(text, value)
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(settings.get(RECEIPT_LAYOUT))))
        self.silent = QCheckBox(self.tr("Print at once, without a preview (thermal printer)"))
        self.silent.setObjectName("silentPrint")
        self.silent.setChecked(settings.get(SILENT_PRINT))
        form.addRow(self.tr("Printer"), self.printer)
        form.addRow(self.tr("Paper"), self.layout_choice)
        form.addRow("", self.silent)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        from ltsa_desktop.settings import RECEIPT_LAYOUT, RECEIPT_PRINTER, SILENT_PRINT

        settings = self.session.state.settings
        settings.set(RECEIPT_PRINTER, self.printer.currentData())
        settings.set(RECEIPT_LAYOUT, self.layout_choice.currentData())
        settings.set(SILENT_PRINT, self.silent.isChecked())
        self.accept()


PAGES = [PageSpec("counter", 40, QT_TRANSLATE_NOOP("pages", "Receipts"), ReceiptsPage),
         PageSpec("supervisor", 40, QT_TRANSLATE_NOOP("pages", "Receipts"), ReceiptsPage)]
