"""Fee quote and payment at the counter: pick services for the applicant's profile, make the choices the schedule
offers (one line of a choice group, optional and per-unit lines), see who pays what and what is still to settle
(before any payment exists), print or save the quote, then take the applicant's share and print the receipt after
the payment is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
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

from ltsa_desktop.domain.catalog import FeeLine
from ltsa_desktop.domain.errors import ApprovalRequired, LtsaError, ValidationFailed
from ltsa_desktop.domain.fees import MAX_UNITS, ApplicantProfile, FeeQuote, QuoteNotice, QuoteOption
from ltsa_desktop.domain.formatting import format_money
from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.services import catalog, payments
from ltsa_desktop.settings import RECEIPT_LAYOUT, RECEIPT_PRINTER
from ltsa_desktop.ui.messages import field_message, message_for
from ltsa_desktop.ui.session import AppSession
from ltsa_desktop.ui.workspaces.pages import PageSpec

ROLE = Qt.ItemDataRole.UserRole
QUOTE_LAYOUTS = ("A4", "A5", "80mm", "58mm")
# notices that leave the charge undecided: no payment until the counter settles them


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
        self.choices_box = QGroupBox(self.tr("Choices"))
        self.choices_box.setObjectName("quoteChoices")
        self.choice_form = QFormLayout(self.choices_box)
        self.choice_groups: dict[tuple[str, str], QComboBox] = {}
        self.option_checks: dict[str, QCheckBox] = {}
        self.unit_spins: dict[str, QSpinBox] = {}
        self._choice_key: tuple = ()
        self.choices_box.setVisible(False)
        left.addWidget(self.choices_box)
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
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        right.addWidget(self.table, 1)
        self.totals = QLabel("")
        self.totals.setObjectName("quoteTotals")
        self.totals.setStyleSheet("font-size:15px;font-weight:bold;")
        self.totals.setWordWrap(True)
        right.addWidget(self.totals)
        self.notices = QLabel("")
        self.notices.setObjectName("quoteNotices")
        self.notices.setWordWrap(True)
        self.notices.setStyleSheet("color:#9a3412;font-weight:bold;")
        right.addWidget(self.notices)
        quote_row = QHBoxLayout()
        self.quote_layout = QComboBox()
        self.quote_layout.setObjectName("quoteLayout")
        for value in QUOTE_LAYOUTS:
            self.quote_layout.addItem(value, value)
        chosen_layout = session.state.settings.get(RECEIPT_LAYOUT)
        self.quote_layout.setCurrentIndex(max(0, self.quote_layout.findData(chosen_layout)))
        self.print_quote_button = QPushButton(self.tr("Print quote"))
        self.print_quote_button.setObjectName("printQuote")
        self.print_quote_button.clicked.connect(self.print_quote)
        self.save_quote_button = QPushButton(self.tr("Save quote as PDF…"))
        self.save_quote_button.setObjectName("saveQuote")
        self.save_quote_button.clicked.connect(self.save_quote)
        quote_row.addWidget(QLabel(self.tr("Paper")))
        quote_row.addWidget(self.quote_layout)
        quote_row.addWidget(self.print_quote_button)
        quote_row.addWidget(self.save_quote_button)
        quote_row.addStretch(1)
        right.addLayout(quote_row)
        self.quote_status = QLabel("")
        self.quote_status.setObjectName("quoteStatus")
        self.quote_status.setWordWrap(True)
        right.addWidget(self.quote_status)
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

    # --- choices (choice groups, optional and per-unit lines) -------------------------------------------------

    def chosen_optional(self) -> tuple[str, ...]:
        """The optional lines chosen: one per answered choice group, and every ticked optional line."""
        picked = [combo.currentData() for combo in self.choice_groups.values() if combo.currentData()]
        picked += [code for code, box in self.option_checks.items() if box.isChecked()]
        return tuple(picked)

    def quantities(self) -> dict[str, int]:
        """Units of the ticked per-unit lines."""
        return {code: spin.value() for code, spin in self.unit_spins.items()
                if self.option_checks[code].isChecked()}

    def _option_text(self, line: FeeLine, with_label: bool = True) -> str:
        amount = format_money(line.amount) + (" *" if line.unverified else "")
        if line.unit:
            amount = self.tr("{amount} per {unit}").format(amount=amount, unit=line.unit)
        return f"{line.label_id} · {amount}" if with_label else amount

    def _row_label(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _group_title(self, option: QuoteOption) -> str:
        names = {"kontrak": self.tr("Contract length"), "masa-berlaku": self.tr("Passport validity"),
                 "jht": self.tr("JHT savings (voluntary)")}
        return f"{option.service_code} · {names.get(option.group, option.group.replace('-', ' '))}"

    def _clear_choices(self) -> None:
        def drop(widget: QWidget | None) -> None:
            if widget is not None:  # hidden now, deleted once control returns to the event loop
                widget.hide()
                widget.deleteLater()

        while self.choice_form.rowCount():
            row = self.choice_form.takeRow(0)
            for item in (row.labelItem, row.fieldItem):
                if item is None:
                    continue
                drop(item.widget())
                layout = item.layout()
                if layout is not None:
                    while layout.count():
                        child = layout.takeAt(0)
                        drop(child.widget() if child is not None else None)
                    layout.deleteLater()
        self.choice_groups.clear()
        self.option_checks.clear()
        self.unit_spins.clear()

    def rebuild_choices(self, options: tuple[QuoteOption, ...]) -> None:
        """Offer the options of the chosen services, keeping what was already chosen where it still applies."""
        key = tuple((o.service_code, o.group, tuple(ln.line_code for ln in o.lines)) for o in options)
        if key == self._choice_key:
            return
        chosen, units = set(self.chosen_optional()), self.quantities()
        self._choice_key = key
        self._clear_choices()
        for option in options:
            if option.group:
                combo = QComboBox()
                combo.setObjectName(f"choice:{option.service_code}:{option.group}")
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(24)
                combo.addItem(self.tr("— choose one —"), "")
                for line in option.lines:
                    combo.addItem(self._option_text(line), line.line_code)
                    if line.line_code in chosen:
                        combo.setCurrentIndex(combo.count() - 1)
                combo.currentIndexChanged.connect(lambda _i: self.recalculate())
                self.choice_groups[(option.service_code, option.group)] = combo
                self.choice_form.addRow(self._row_label(self._group_title(option)), combo)
                continue
            line = option.lines[0]
            box = QCheckBox(self._option_text(line, with_label=False))
            box.setToolTip(line.label_id)
            box.setObjectName(f"option:{line.line_code}")
            box.setChecked(line.line_code in chosen)
            box.toggled.connect(lambda _b: self.recalculate())
            self.option_checks[line.line_code] = box
            title = self._row_label(f"{option.service_code} · {line.label_id}")
            if not line.unit:
                self.choice_form.addRow(title, box)
                continue
            spin = QSpinBox()
            spin.setObjectName(f"units:{line.line_code}")
            spin.setRange(1, MAX_UNITS)
            spin.setSuffix(f" {line.unit}")
            spin.setValue(units.get(line.line_code, 1))
            spin.valueChanged.connect(lambda _v: self.recalculate())
            self.unit_spins[line.line_code] = spin
            row = QHBoxLayout()
            row.addWidget(box, 1)
            row.addWidget(spin)
            self.choice_form.addRow(title, row)
        self.choices_box.setVisible(bool(options))

    def notice_text(self, notice: QuoteNotice) -> str:
        if notice.code == "choice_needed":
            return self.tr("{service}: choose one option under Choices.").format(service=notice.service_code)
        if notice.code == "alternative_services":
            return self.tr("{services} are alternatives: keep only one of them.").format(
                services=", ".join(notice.options))
        if notice.code == "no_line_applies":
            return self.tr("{service}: no fee line applies to this profile.").format(service=notice.service_code)
        return f"{notice.service_code}: {notice.code}"

    def blocking(self) -> bool:
        """True while the quote leaves a charge undecided (a choice or an alternative to settle)."""
        return self.quote is not None and bool(self.quote.blocking)

    def recalculate(self) -> None:
        applicant = self.session.state.extra.get("current_applicant")
        if applicant is not None:
            self.applicant_label.setText(self.tr("Applicant: {name}").format(name=applicant.full_name))
        profile, services = self.profile(), self.chosen_services()
        try:
            self.rebuild_choices(catalog.quote_options(self.session.ctx, profile, services))
            self.quote = catalog.quote(self.session.ctx, profile, services, chosen_optional=self.chosen_optional(),
                                       quantities=self.quantities())
        except LtsaError as exc:
            self.quote = None
            self.table.setRowCount(0)
            self.totals.setText("")
            self.notices.setText(message_for(exc))
            for button in (self.pay_button, self.print_quote_button, self.save_quote_button):
                button.setEnabled(False)
            return
        payer_text = {"applicant": self.tr("you pay"), "employer": self.tr("employer pays"),
                      "government": self.tr("government pays"), "free": self.tr("free")}
        self.table.setRowCount(len(self.quote.lines))
        for i, ln in enumerate(self.quote.lines):
            amount = format_money(ln.amount) + (" *" if ln.unverified else "")
            label = ln.label_id + (f" ({ln.quantity} {ln.unit})" if ln.unit else "")
            for j, text in enumerate((ln.service_code, label, amount, payer_text[ln.payer.value],
                                      ln.legal_basis)):
                item = QTableWidgetItem(text)
                if ln.note:
                    item.setToolTip(ln.note)
                self.table.setItem(i, j, item)
        q = self.quote
        from ltsa_desktop.domain.catalog import Payer

        self.totals.setText(self.tr("You pay: {a} · Employer pays: {e} · Government pays: {g}{note}").format(
            a=format_money(q.applicant_total), e=format_money(q.total_for(Payer.EMPLOYER)),
            g=format_money(q.total_for(Payer.GOVERNMENT)),
            note=self.tr("\n* unverified tariff: not presented as fact") if q.has_unverified else ""))
        texts = [self.notice_text(n) for n in q.notices]
        if self.blocking():
            texts.append(self.tr("Settle these before taking payment."))
        self.notices.setText("\n".join(texts))
        self.pay_button.setEnabled(bool(q.lines) and not self.blocking())
        for button in (self.print_quote_button, self.save_quote_button):
            button.setEnabled(bool(services))

    # --- printing the quote -------------------------------------------------------------------------------

    def quote_pdf(self) -> bytes:
        """The quote as shown, on the chosen paper, for the applicant opened on the Applicants page (if any)."""
        applicant = self.session.state.extra.get("current_applicant")
        return catalog.fee_quote_pdf(
            self.session.ctx, self.profile(), self.chosen_services(), layout=self.quote_layout.currentData(),
            chosen_optional=self.chosen_optional(), quantities=self.quantities(),
            applicant_name=getattr(applicant, "full_name", ""), officer=getattr(self.session.actor, "full_name", ""))

    def _keep_quote(self) -> Path:
        from ltsa_desktop.ui.printer import save_pdf

        stamp = self.session.ctx.now().strftime("%Y%m%d-%H%M%S")
        return save_pdf(self.quote_pdf(), self.session.state.data.documents / "quotes", f"rincian-biaya-{stamp}.pdf")

    def print_quote(self) -> None:
        """Keep the PDF in the data directory, then print it (through the print preview unless this workstation
        prints silently)."""
        from ltsa_desktop.settings import SILENT_PRINT
        from ltsa_desktop.ui.printer import print_or_preview

        try:
            path = self._keep_quote()
        except LtsaError as exc:
            self.quote_status.setText(message_for(exc))
            return
        settings = self.session.state.settings
        outcomes = print_or_preview(path, settings.get(RECEIPT_PRINTER), silent=settings.get(SILENT_PRINT),
                                    parent=self, title=self.tr("Fee quote"))
        if outcomes and all(o.printed for o in outcomes):
            self.quote_status.setText(self.tr("Quote printed."))
        elif outcomes:
            self.quote_status.setText(self.tr("No printer answered; the quote is saved at {path}.").format(path=path))
        else:
            self.quote_status.setText(self.tr("Not printed; the quote is saved at {path}.").format(path=path))

    def save_quote(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save quote as PDF"), "rincian-biaya.pdf",
                                                self.tr("PDF files (*.pdf)"))
        if target:
            self.save_quote_to(Path(target))

    def save_quote_to(self, target: Path) -> Path | None:
        from ltsa_desktop.ui.printer import save_pdf

        try:
            path = save_pdf(self.quote_pdf(), target.parent, target.name)
        except (LtsaError, OSError) as exc:
            self.quote_status.setText(message_for(exc) if isinstance(exc, LtsaError) else str(exc))
            return None
        self.quote_status.setText(self.tr("Saved: {paths}").format(paths=str(path)))
        return path

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
        if self.blocking():
            return
        dialog = PaymentDialog(self.session, self.chosen_services(), self.quote.applicant_total,
                               applicant_id=getattr(applicant, "id", None),
                               ticket_number=getattr(ticket, "number", ""), parent=self,
                               chosen_optional=self.chosen_optional(), quantities=self.quantities())
        dialog.exec()
        self.refresh_cash()


class PaymentDialog(QDialog):
    """Method, amount tendered, reference. One press of Pay is one payment; the receipt prints afterwards."""

    def __init__(self, session: AppSession, services: list[str], due: int, *, applicant_id: str | None,
                 ticket_number: str, parent: QWidget | None = None, chosen_optional: tuple[str, ...] = (),
                 quantities: dict[str, int] | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.services = services
        self.chosen_optional = tuple(chosen_optional)
        self.quantities = tuple(sorted((quantities or {}).items()))
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
            ticket_number=self.ticket_number, chosen_optional=self.chosen_optional, quantities=self.quantities,
            expected_total=self.due)
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
