"""Fee quote and payment at the counter: pick services for the applicant's profile, see who pays what (before
any payment exists), then take the applicant's share and print the receipt after the payment is saved."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ltsa_desktop.domain.errors import ApprovalRequired, LtsaError, ValidationFailed
from ltsa_desktop.domain.fees import ApplicantProfile, FeeQuote
from ltsa_desktop.domain.formatting import format_money
from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.services import catalog, payments
from ltsa_desktop.settings import RECEIPT_LAYOUT, RECEIPT_PRINTER
from ltsa_desktop.ui.messages import field_message, message_for
from ltsa_desktop.ui.session import AppSession
from ltsa_desktop.ui.workspaces.pages import PageSpec

ROLE = Qt.ItemDataRole.UserRole


class QuotePage(QWidget):
    def __init__(self, session: AppSession) -> None:
        super().__init__()
        self.session = session
        self.quote: FeeQuote | None = None
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Services")))
        self.services = QListWidget()
        self.services.setObjectName("quoteServices")
        for service in catalog.list_services(session.ctx):
            item = QListWidgetItem(f"{service.code} · {service.name_id}")
            item.setData(ROLE, service.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.services.addItem(item)
        self.services.itemChanged.connect(lambda _i: self.recalculate())
        left.addWidget(self.services, 1)
        form = QFormLayout()
        self.scheme = QComboBox()
        for value, text in (("", "—"), ("p_to_p", "P to P"), ("g_to_g", "G to G"),
                            ("perseorangan", self.tr("Independent")), ("sp2t", "SP2T")):
            self.scheme.addItem(text, value)
        self.exempt = QComboBox()
        self.exempt.addItem(self.tr("not exempt"), "")
        from ltsa_desktop.domain.catalog import ExemptJob

        for job in ExemptJob:
            self.exempt.addItem(job.value.replace("_", " "), job.value)
        self.first_time = QCheckBox(self.tr("First-time CPMI"))
        self.first_time.setChecked(True)
        for w in (self.scheme, self.exempt):
            w.currentIndexChanged.connect(lambda _i: self.recalculate())
        self.first_time.toggled.connect(lambda _b: self.recalculate())
        form.addRow(self.tr("Scheme"), self.scheme)
        form.addRow(self.tr("Fee-exempt job"), self.exempt)
        form.addRow("", self.first_time)
        left.addLayout(form)
        layout.addLayout(left, 1)

        right = QVBoxLayout()
        self.applicant_label = QLabel(self.tr("Applicant: none chosen (open one on the Applicants page)"))
        self.applicant_label.setWordWrap(True)
        right.addWidget(self.applicant_label)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("quoteTable")
        self.table.setHorizontalHeaderLabels([self.tr("Service"), self.tr("Component"), self.tr("Amount"),
                                              self.tr("Who pays"), self.tr("Legal basis")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        right.addWidget(self.table, 1)
        self.totals = QLabel("")
        self.totals.setObjectName("quoteTotals")
        self.totals.setStyleSheet("font-size:15px;font-weight:bold;")
        self.totals.setWordWrap(True)
        right.addWidget(self.totals)
        buttons = QHBoxLayout()
        self.pay_button = QPushButton(self.tr("Take payment…"))
        self.pay_button.setObjectName("takePayment")
        self.pay_button.clicked.connect(self.take_payment)
        self.cash_open = QPushButton(self.tr("Open cash session…"))
        self.cash_open.setObjectName("openCash")
        self.cash_open.clicked.connect(self.open_cash)
        self.cash_close = QPushButton(self.tr("Close cash session…"))
        self.cash_close.setObjectName("closeCash")
        self.cash_close.clicked.connect(self.close_cash)
        for b in (self.pay_button, self.cash_open, self.cash_close):
            buttons.addWidget(b)
        right.addLayout(buttons)
        self.cash_label = QLabel("")
        self.cash_label.setObjectName("cashState")
        right.addWidget(self.cash_label)
        layout.addLayout(right, 2)
        self.recalculate()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        """Take the profile of the applicant opened on the Applicants page."""
        applicant = self.session.state.extra.get("current_applicant")
        if applicant is not None:
            self.scheme.setCurrentIndex(max(0, self.scheme.findData(applicant.scheme or "")))
            self.exempt.setCurrentIndex(max(0, self.exempt.findData(applicant.exempt_job or "")))
            self.first_time.setChecked(applicant.first_time_cpmi)
        self.recalculate()
        self.refresh_cash()
        super().showEvent(event)

    def chosen_services(self) -> list[str]:
        return [self.services.item(i).data(ROLE) for i in range(self.services.count())
                if self.services.item(i).checkState() == Qt.CheckState.Checked]

    def profile(self) -> ApplicantProfile:
        return ApplicantProfile(scheme=self.scheme.currentData() or None, exempt_job=self.exempt.currentData() or None,
                                first_time_cpmi=self.first_time.isChecked())

    def recalculate(self) -> None:
        applicant = self.session.state.extra.get("current_applicant")
        if applicant is not None:
            self.applicant_label.setText(self.tr("Applicant: {name}").format(name=applicant.full_name))
        self.quote = catalog.quote(self.session.ctx, self.profile(), self.chosen_services())
        payer_text = {"applicant": self.tr("you pay"), "employer": self.tr("employer pays"),
                      "government": self.tr("government pays"), "free": self.tr("free")}
        self.table.setRowCount(len(self.quote.lines))
        for i, ln in enumerate(self.quote.lines):
            amount = format_money(ln.amount) + (" *" if ln.unverified else "")
            for j, text in enumerate((ln.service_code, ln.label_id, amount, payer_text[ln.payer.value],
                                      ln.legal_basis)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        q = self.quote
        from ltsa_desktop.domain.catalog import Payer

        self.totals.setText(self.tr("You pay: {a} · Employer pays: {e} · Government pays: {g}{note}").format(
            a=format_money(q.applicant_total), e=format_money(q.total_for(Payer.EMPLOYER)),
            g=format_money(q.total_for(Payer.GOVERNMENT)),
            note=self.tr("\n* unverified tariff: not presented as fact") if q.has_unverified else ""))
        self.pay_button.setEnabled(bool(q.lines))

    def refresh_cash(self) -> None:
        state = payments.cash_state(self.session.ctx, self.session.actor)
        self.cash_open.setEnabled(state is None)
        self.cash_close.setEnabled(state is not None)
        self.cash_label.setText(self.tr("Cash drawer: closed (open a session before taking cash)") if state is None
                                else self.tr("Cash drawer open: expected {amount}").format(amount=format_money(state)))

    def open_cash(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        amount, ok = QInputDialog.getInt(self, self.tr("Open cash session"), self.tr("Float (Rp):"), 0, 0, 100_000_000,
                                         1000)
        if not ok:
            return
        from ltsa_desktop.settings import COUNTER_ID

        counter = self.session.state.settings.get(COUNTER_ID) or "unassigned"
        try:
            payments.open_cash_session(self.session.ctx, self.session.actor, counter, int(amount))
        except LtsaError as exc:
            QMessageBox.warning(self, self.tr("Cash"), message_for(exc))
        self.refresh_cash()

    def close_cash(self) -> None:
        dialog = CloseCashDialog(self.session, self)
        dialog.exec()
        self.refresh_cash()

    def take_payment(self) -> None:
        if self.quote is None or not self.quote.lines:
            return
        applicant = self.session.state.extra.get("current_applicant")
        ticket = self.session.state.extra.get("current_ticket")
        dialog = PaymentDialog(self.session, self.chosen_services(), self.quote.applicant_total,
                               applicant_id=getattr(applicant, "id", None),
                               ticket_number=getattr(ticket, "number", ""), parent=self)
        dialog.exec()
        self.refresh_cash()


class PaymentDialog(QDialog):
    """Method, amount tendered, reference. One press of Pay is one payment; the receipt prints afterwards."""

    def __init__(self, session: AppSession, services: list[str], due: int, *, applicant_id: str | None,
                 ticket_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.services = services
        self.due = due
        self.applicant_id = applicant_id
        self.ticket_number = ticket_number
        self.request_id = new_id()  # fixed for this dialog: a double press cannot pay twice
        self.receipt_id: str | None = None
        self.setWindowTitle(self.tr("Payment"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Amount due: {due}").format(due=format_money(due))))
        form = QFormLayout()
        self.method = QComboBox()
        self.method.setObjectName("payMethod")
        for value, text in (("cash", self.tr("Cash")), ("transfer", self.tr("Bank transfer")), ("qris", "QRIS")):
            self.method.addItem(text, value)
        self.tendered = QSpinBox()
        self.tendered.setObjectName("payTendered")
        self.tendered.setRange(0, 100_000_000)
        self.tendered.setSingleStep(1000)
        self.tendered.setValue(due)
        self.reference = QLineEdit()
        self.reference.setObjectName("payReference")
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Tendered (Rp)"), self.tendered)
        form.addRow(self.tr("Transfer / QRIS reference"), self.reference)
        layout.addLayout(form)
        self.error = QLabel("")
        self.error.setStyleSheet("color:#b91c1c;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.pay_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.pay_button.setText(self.tr("Pay"))
        self.pay_button.setObjectName("payButton")
        buttons.accepted.connect(self.pay)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def pay(self) -> None:
        self.pay_button.setEnabled(False)
        request = payments.PaymentRequest(
            request_id=self.request_id, services=tuple(self.services), method=self.method.currentData(),
            tendered=int(self.tendered.value()), reference=self.reference.text(), applicant_id=self.applicant_id,
            ticket_number=self.ticket_number)
        try:
            self.receipt_id = payments.take_payment(self.session.ctx, self.session.actor, request).value
        except ValidationFailed as exc:
            self.error.setText("\n".join(field_message(e) for e in exc.fields.values()))
            self.pay_button.setEnabled(True)
            return
        except (ApprovalRequired, LtsaError) as exc:
            self.error.setText(message_for(exc))
            self.pay_button.setEnabled(True)
            return
        self.print_receipt()
        self.accept()

    def print_receipt(self) -> None:
        """After the commit: archive the PDF, send it to the workstation's receipt printer, say what happened."""
        from ltsa_desktop.ui.printer import print_pdf

        settings = self.session.state.settings
        assert self.receipt_id is not None
        payments.archive_pdf(self.session.ctx, self.receipt_id, settings.get(RECEIPT_LAYOUT))
        doc = payments.receipt_doc(self.session.ctx, self.receipt_id)
        path = self.session.state.data.receipts / doc.number.split("-")[-2] / f"{doc.number}.pdf"
        outcome = print_pdf(path, settings.get(RECEIPT_PRINTER))
        text = (self.tr("Receipt {number} printed.") if outcome.printed else
                self.tr("Payment saved as receipt {number}. No printer answered; the PDF is kept at {path} "
                        "and can be reprinted.")).format(number=doc.number, path=path)
        QMessageBox.information(self, self.tr("Payment"), text)


class CloseCashDialog(QDialog):
    """Count the drawer by denomination; a supervisor signs the difference off with their own credentials."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Close cash session"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.counts: dict[int, QSpinBox] = {}
        for denomination in payments.DENOMINATIONS:
            box = QSpinBox()
            box.setRange(0, 100_000)
            self.counts[denomination] = box
            form.addRow(format_money(denomination), box)
        layout.addLayout(form)
        self.error = QLabel("")
        self.error.setStyleSheet("color:#b91c1c;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.close_session)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def close_session(self) -> None:
        from ltsa_desktop.ui.approval import request_approval

        counts = {d: box.value() for d, box in self.counts.items() if box.value()}
        counted = sum(d * n for d, n in counts.items())
        approval = request_approval(self.session.ctx, "close_cash_session",
                                    self.tr("closing the cash drawer with {amount} counted").format(
                                        amount=format_money(counted)), self)
        if approval is None:
            return
        try:
            difference = payments.close_cash_session(self.session.ctx, self.session.actor, counts, approval).value
        except LtsaError as exc:
            self.error.setText(message_for(exc))
            return
        QMessageBox.information(self, self.tr("Cash"), self.tr("Closed. Difference: {d}").format(
            d=format_money(difference)))
        self.accept()


PAGES = [PageSpec("counter", 30, QT_TRANSLATE_NOOP("pages", "Fees & payment"), QuotePage)]
