"""Job information at the counter (AyoKerja): vacancies, matching both ways, counselling with a referral slip.

Only a vacancy that is verified, still valid and names who answers for it is offered to an applicant; the list
marks the others and says why. Bad input is shown under its field and nothing typed is lost. The list shows each
vacancy's source: this office, or the centre (received in its signed vacancy list; the office cannot edit, verify,
close or withdraw those, so their buttons are unavailable).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ltsa_desktop.domain.calendar import service_day
from ltsa_desktop.domain.catalog import ExemptJob
from ltsa_desktop.domain.errors import LtsaError, StaleRecord, ValidationFailed
from ltsa_desktop.domain.formatting import format_datetime_local
from ltsa_desktop.domain.matching import EDUCATION_LEVELS, MatchResult
from ltsa_desktop.domain.roles import SUPERVISORS
from ltsa_desktop.printing.vacancy_list import SCHEME_TEXT
from ltsa_desktop.services import applicants, jobs
from ltsa_desktop.ui.messages import message_for
from ltsa_desktop.ui.session import AppSession
from ltsa_desktop.ui.widgets.forms import FormField, FormPanel
from ltsa_desktop.ui.workspaces.pages import PageSpec

ROLE = Qt.ItemDataRole.UserRole


def _combo(items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    for value, text in items:
        combo.addItem(text, value)
    return combo


def _set_combo(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(0, index))


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _spin(low: int, high: int, special: str | None = None) -> QSpinBox:
    """A spin box; with ``special`` its lowest value shows that text and means "not set"."""
    spin = QSpinBox()
    spin.setRange(low, high)
    if special is not None:
        spin.setSpecialValueText(special)
    return spin


class VacancyDialog(QDialog):
    """New or edited vacancy. ``row`` given: edit it (saving over someone else's change is refused)."""

    def __init__(self, session: AppSession, row: jobs.VacancyRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.row = row
        self.saved: jobs.VacancyRow | None = None
        self.setWindowTitle(self.tr("Edit vacancy") if row else self.tr("New vacancy"))
        self.resize(820, 680)
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        grid = QGridLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.f: dict[str, FormField] = {}
        today = service_day(session.ctx.now(), session.ctx.tz_name)
        none = "—"
        items: list[tuple[str, str, QWidget]] = [
            ("destination_country", self.tr("Destination country"), QLineEdit()),
            ("position", self.tr("Position"), QLineEdit()),
            ("scheme", self.tr("Placement scheme"), _combo([
                ("", "—"), ("p_to_p", self.tr("P to P (through a P3MI agency)")), ("g_to_g", "G to G"),
                ("sp2t", "SP2T (Taiwan)"), ("perseorangan", self.tr("Independent (perseorangan)"))])),
            ("p3mi_name", self.tr("P3MI agency"), QLineEdit()),
            ("p3mi_licence", self.tr("P3MI licence number (SIP3MI)"), QLineEdit()),
            ("programme", self.tr("Programme (SP2T, G to G)"), QLineEdit()),
            ("employer_name", self.tr("Employer"), QLineEdit()),
            ("exempt_job", self.tr("Fee-exempt job (Perban 9/2020)"), _combo(
                [("", self.tr("not exempt"))] + [(j.value, j.value.replace("_", " ")) for j in ExemptJob])),
            ("min_age", self.tr("Minimum age"), _spin(0, 99, none)),
            ("max_age", self.tr("Maximum age"), _spin(0, 99, none)),
            ("sex", self.tr("Sex required"), _combo([("", self.tr("Any")), ("M", self.tr("Male")),
                                                     ("F", self.tr("Female"))])),
            ("min_education", self.tr("Minimum education"), _combo(
                [("", "—")] + [(e, e.upper().replace("_", "–")) for e in EDUCATION_LEVELS])),
            ("certificates", self.tr("Certificates (comma-separated)"), QLineEdit()),
            ("health", self.tr("Health requirements"), QLineEdit()),
            ("min_height_cm", self.tr("Minimum height (cm)"), _spin(0, 250, none)),
            ("quota", self.tr("Quota"), _spin(0, 100_000)),
            ("salary_amount", self.tr("Monthly salary"), _spin(0, 1_000_000_000)),
            ("salary_currency", self.tr("Currency (e.g. TWD)"), QLineEdit()),
            ("contract_months", self.tr("Contract (months)"), _spin(0, 240)),
            ("valid_from", self.tr("Valid from"), QDateEdit()),
            ("valid_until", self.tr("Valid until"), QDateEdit()),
            ("notes", self.tr("Notes"), QLineEdit()),
        ]
        for i, (name, label, widget) in enumerate(items):
            widget.setObjectName(f"vacancy_{name}")
            if isinstance(widget, QDateEdit):
                widget.setCalendarPopup(True)
                widget.setDisplayFormat("dd-MM-yyyy")
                widget.setDate(_qdate(today))
            self.f[name] = FormField(label, widget)
            grid.addWidget(self.f[name], i // 2, i % 2)
        self._spin("quota").setValue(1)
        self._spin("contract_months").setValue(24)
        self.panel = FormPanel(self.f)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color:#b91c1c;")
        outer.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveVacancy")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        if row is not None:
            self.load(row.data)

    def _w(self, name: str) -> QWidget:
        return self.f[name].widget

    def _spin(self, name: str) -> QSpinBox:
        w = self._w(name)
        assert isinstance(w, QSpinBox)
        return w

    def load(self, d: jobs.VacancyInput) -> None:
        for name in ("destination_country", "position", "p3mi_name", "p3mi_licence", "programme", "employer_name",
                     "health", "salary_currency", "notes"):
            self._w(name).setText(getattr(d, name))  # type: ignore[attr-defined]
        for name in ("scheme", "exempt_job", "sex", "min_education"):
            _set_combo(self._w(name), getattr(d, name) or "")  # type: ignore[arg-type]
        for name in ("min_age", "max_age", "min_height_cm", "quota", "salary_amount", "contract_months"):
            self._spin(name).setValue(getattr(d, name) or 0)
        self._w("certificates").setText(", ".join(d.certificates))  # type: ignore[attr-defined]
        for name in ("valid_from", "valid_until"):
            value = getattr(d, name)
            if value is not None:
                self._w(name).setDate(_qdate(value))  # type: ignore[attr-defined]

    def data(self) -> jobs.VacancyInput:
        def text(name: str) -> str:
            return self._w(name).text()  # type: ignore[attr-defined, no-any-return]

        def choice(name: str) -> str:
            return self._w(name).currentData() or ""  # type: ignore[attr-defined, no-any-return]

        def optional(name: str) -> int | None:
            return self._spin(name).value() or None

        return jobs.VacancyInput(
            destination_country=text("destination_country"), position=text("position"), scheme=choice("scheme"),
            valid_from=self._w("valid_from").date().toPython(),  # type: ignore[attr-defined]
            valid_until=self._w("valid_until").date().toPython(),  # type: ignore[attr-defined]
            employer_name=text("employer_name"), p3mi_name=text("p3mi_name"), p3mi_licence=text("p3mi_licence"),
            programme=text("programme"), exempt_job=choice("exempt_job") or None, min_age=optional("min_age"),
            max_age=optional("max_age"), sex=choice("sex"), min_education=choice("min_education"),
            certificates=tuple(c.strip() for c in text("certificates").split(",") if c.strip()),
            health=text("health"), min_height_cm=optional("min_height_cm"), quota=self._spin("quota").value(),
            salary_amount=self._spin("salary_amount").value(), salary_currency=text("salary_currency"),
            contract_months=self._spin("contract_months").value(), source="office", notes=text("notes"))

    def save(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        try:
            if self.row is None:
                self.saved = jobs.create_vacancy(ctx, actor, self.data()).value
            else:
                self.saved = jobs.update_vacancy(ctx, actor, self.row.id, self.row.version, self.data()).value
        except ValidationFailed as exc:
            leftovers = self.panel.show(exc)
            self.summary.setText("\n".join(leftovers) or self.tr("Some fields need attention."))
            return
        except StaleRecord as exc:
            QMessageBox.warning(self, self.tr("Vacancy"), message_for(exc))
            if self.row is not None:
                self.row = jobs.get_vacancy(ctx, self.row.id)
                self.load(self.row.data)
            return
        except LtsaError as exc:
            QMessageBox.warning(self, self.tr("Vacancy"), message_for(exc))
            return
        self.accept()


class CounsellingDialog(QDialog):
    """One counselling session: interests, advice, vacancies discussed, next step, and a vacancy to refer to."""

    def __init__(self, session: AppSession, applicant: applicants.ApplicantRow, matches: list[jobs.VacancyMatch],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.applicant = applicant
        self.record: jobs.CounsellingRow | None = None
        self.setWindowTitle(self.tr("Counselling session"))
        self.resize(640, 620)
        layout = QVBoxLayout(self)
        head = QLabel(self.tr("Applicant: {name}").format(name=applicant.full_name))
        head.setStyleSheet("font-weight:bold;")
        layout.addWidget(head)
        self.f = {
            "interests": FormField(self.tr("Interests and wishes"), QPlainTextEdit()),
            "advice": FormField(self.tr("Advice given"), QPlainTextEdit()),
            "next_step": FormField(self.tr("Next step"), QLineEdit()),
            "vacancy_ids": FormField(self.tr("Vacancies discussed"), QListWidget()),
            "referral_vacancy_id": FormField(self.tr("Refer to vacancy (prints a referral slip)"), QComboBox()),
        }
        for name, field in self.f.items():
            field.widget.setObjectName(f"counselling_{name}")
            layout.addWidget(field)
        self.discussed: QListWidget = self.f["vacancy_ids"].widget  # type: ignore[assignment]
        self.referral: QComboBox = self.f["referral_vacancy_id"].widget  # type: ignore[assignment]
        self.referral.addItem(self.tr("No referral"), "")
        for m in matches:
            item = QListWidgetItem(m.vacancy.title)
            item.setData(ROLE, m.vacancy.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.discussed.addItem(item)
            self.referral.addItem(m.vacancy.title + ("" if m.result.fits else " ✗"), m.vacancy.id)
        self.discussed.setMaximumHeight(120)
        self.panel = FormPanel(self.f)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveCounselling")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        ticked = tuple(self.discussed.item(i).data(ROLE) for i in range(self.discussed.count())
                       if self.discussed.item(i).checkState() == Qt.CheckState.Checked)
        try:
            self.record = jobs.record_counselling(
                self.session.ctx, self.session.actor, self.applicant.id,
                interests=self.f["interests"].widget.toPlainText(),  # type: ignore[attr-defined]
                advice=self.f["advice"].widget.toPlainText(),  # type: ignore[attr-defined]
                next_step=self.f["next_step"].widget.text(),  # type: ignore[attr-defined]
                vacancy_ids=ticked, referral_vacancy_id=self.referral.currentData() or None).value
        except ValidationFailed as exc:
            self.panel.show(exc)
            return
        except LtsaError as exc:
            QMessageBox.warning(self, self.tr("Counselling session"), message_for(exc))
            return
        self.accept()


class VacanciesTab(QWidget):
    COLUMNS = 9
    CENTRE_LOCKED = ("edit", "verify", "close", "withdraw")  # unavailable for a vacancy from the centre

    def __init__(self, session: AppSession) -> None:
        super().__init__()
        self.session = session
        self.rows: list[jobs.VacancyRow] = []
        layout = QVBoxLayout(self)
        self.show_closed = QCheckBox(self.tr("Show closed and withdrawn"))
        self.show_closed.toggled.connect(self.refresh)
        layout.addWidget(self.show_closed)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("vacancyTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Position"), self.tr("Country"), self.tr("Scheme"), self.tr("Accountable"), self.tr("Quota"),
            self.tr("Valid until"), self.tr("Verified"), self.tr("Status"), self.tr("Source")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self.show_candidates_hint)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        layout.addWidget(self.table, 1)
        self.central_info = QLabel("")
        self.central_info.setObjectName("vacancyCentralList")
        self.central_info.setWordWrap(True)
        layout.addWidget(self.central_info)
        self.candidates = QLabel("")
        self.candidates.setObjectName("vacancyCandidates")
        self.candidates.setWordWrap(True)
        layout.addWidget(self.candidates)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (("new", self.tr("New vacancy…"), self.new_vacancy),
                                 ("edit", self.tr("Edit…"), self.edit_vacancy),
                                 ("verify", self.tr("Verify"), self.verify),
                                 ("close", self.tr("Close…"), lambda: self.set_status("closed")),
                                 ("withdraw", self.tr("Withdraw…"), lambda: self.set_status("withdrawn")),
                                 ("fit", self.tr("Who fits?"), self.who_fits),
                                 ("print", self.tr("Vacancy list PDF…"), self.print_list)):
            button = QPushButton(text)
            button.setObjectName(f"vacancy_{name}")
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def update_buttons(self) -> None:
        """Edit, verify, close and withdraw are unavailable for a vacancy from the centre; verifying is a
        supervisor's check (counter staff see the button but cannot use it)."""
        row = self.selected()
        central = row is not None and row.from_centre
        for name in self.CENTRE_LOCKED:
            self.buttons[name].setEnabled(not central)
            self.buttons[name].setToolTip(self.tr("This vacancy comes from the centre; only the centre's next "
                                                  "vacancy list changes it.") if central else "")
        if not central and self.session.actor is not None and self.session.actor.role not in SUPERVISORS:
            self.buttons["verify"].setEnabled(False)
            self.buttons["verify"].setToolTip(self.tr("Only a supervisor can verify a vacancy."))

    def _problem_text(self, row: jobs.VacancyRow) -> str:
        if row.shown_verified and row.from_centre:  # who verified it there: in the cell's tooltip
            return self.tr("✓ verified by the centre")
        if row.shown_verified:
            return self.tr("✓ verified")
        texts = {"validity_expired": self.tr("validity ended"), "licence_missing": self.tr("no licence number"),
                 "programme_missing": self.tr("no programme"), "employer_missing": self.tr("no employer"),
                 "validity_reversed": self.tr("dates reversed"), "not_open": self.tr("not open")}
        reasons = [texts.get(p, p) for p in row.problems]
        if not row.verified and not reasons:
            reasons = [self.tr("not verified yet")]
        return "✗ " + ", ".join(reasons)

    def refresh(self) -> None:
        self.rows = jobs.list_vacancies(self.session.ctx, include_closed=self.show_closed.isChecked())
        status = {"open": self.tr("open"), "closed": self.tr("closed"), "withdrawn": self.tr("withdrawn")}
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            values = (r.data.position, r.data.destination_country, SCHEME_TEXT.get(r.data.scheme, r.data.scheme),
                      r.accountable, str(r.data.quota), r.valid_until.strftime("%d-%m-%Y"),
                      self._problem_text(r), status.get(r.status, r.status),
                      self.tr("Centre") if r.from_centre else self.tr("Office"))
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                if j == 6 and r.from_centre and r.central_verified_by:
                    item.setToolTip(self.tr("Verified at the centre by {who}").format(who=r.central_verified_by))
                if j == 7 and r.status != "open":
                    item.setToolTip(r.status_reason)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        state = jobs.central_list_state(self.session.ctx)
        self.central_info.setText(self.tr("Vacancy list from the centre: version {version}, issued {issued}, "
                                          "{count} vacancies.").format(
            version=state["version"], count=state.get("vacancies", 0),
            issued=format_datetime_local(datetime.fromisoformat(state["issued_at"]), self.session.ctx.tz_name,
                                         self.session.state.language)) if state else "")
        self.update_buttons()

    def selected(self) -> jobs.VacancyRow | None:
        i = self.table.currentRow()
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def show_candidates_hint(self) -> None:
        self.candidates.clear()

    def new_vacancy(self) -> None:
        if VacancyDialog(self.session, None, self).exec():
            self.refresh()

    def edit_vacancy(self) -> None:
        row = self.selected()
        if row and VacancyDialog(self.session, row, self).exec():
            self.refresh()

    def _run(self, fn) -> bool:  # type: ignore[no-untyped-def]
        try:
            fn()
        except LtsaError as exc:
            QMessageBox.warning(self, self.tr("Vacancies"), message_for(exc))
            self.refresh()
            return False
        self.refresh()
        return True

    def verify(self) -> None:
        row = self.selected()
        if row:
            self._run(lambda: jobs.verify_vacancy(self.session.ctx, self.session.actor, row.id, row.version))

    def set_status(self, status: str) -> None:
        row = self.selected()
        if row is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Vacancies"), self.tr("Reason:"))
        if ok:
            self._run(lambda: jobs.set_vacancy_status(self.session.ctx, self.session.actor, row.id, row.version,
                                                      status, reason))

    def who_fits(self) -> None:
        row = self.selected()
        if row is None:
            return
        found = jobs.applicants_for_vacancy(self.session.ctx, row.id, limit=30)
        if not found:
            self.candidates.setText(self.tr("No registered applicant fits this vacancy."))
            return
        lines = [f"{c.full_name} ({c.nik_masked}, {c.age}) – " + self.tr("{n} to check").format(
            n=len(c.result.unknown)) for c in found]
        self.candidates.setText(self.tr("Applicants who fit:") + "\n" + "\n".join(lines))

    def print_list(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Vacancy list PDF…"), "lowongan.pdf",
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        try:
            with open(path, "wb") as fh:
                fh.write(jobs.vacancy_list_pdf(self.session.ctx))
        except (OSError, LtsaError) as exc:  # a full disk or a read-only folder: say so, keep working
            QMessageBox.warning(self, self.tr("Vacancy list PDF…"), message_for(exc) if isinstance(exc, LtsaError)
                                else self.tr("The file could not be written: {reason}").format(reason=exc))


class MatchingTab(QWidget):
    def __init__(self, session: AppSession) -> None:
        super().__init__()
        self.session = session
        self.applicant: applicants.ApplicantRow | None = None
        self.matches: list[jobs.VacancyMatch] = []
        splitter = QSplitter()
        QVBoxLayout(self).addWidget(splitter)
        left = QWidget()
        lv = QVBoxLayout(left)
        self.search = QLineEdit()
        self.search.setObjectName("matchSearch")
        self.search.setPlaceholderText(self.tr("NIK, name, phone, passport, ticket or case number"))
        self.search.returnPressed.connect(self.run_search)
        self.results = QListWidget()
        self.results.setObjectName("matchApplicants")
        self.results.itemClicked.connect(self.choose)
        self.results.itemActivated.connect(self.choose)
        lv.addWidget(self.search)
        lv.addWidget(self.results, 1)
        lv.addWidget(QLabel(self.tr("Learned in the session (optional):")))
        self.height_cm = _spin(0, 250, "—")
        self.height_cm.setObjectName("matchHeight")
        self.height_cm.setSuffix(" cm")
        self.certs = QLineEdit()
        self.certs.setObjectName("matchCertificates")
        self.certs.setPlaceholderText(self.tr("Certificates held, comma-separated"))
        lv.addWidget(QLabel(self.tr("Height")))
        lv.addWidget(self.height_cm)
        lv.addWidget(self.certs)
        again = QPushButton(self.tr("Match again"))
        again.clicked.connect(self.rematch)
        lv.addWidget(again)
        splitter.addWidget(left)
        right = QWidget()
        rv = QVBoxLayout(right)
        self.title = QLabel(self.tr("Choose an applicant to see the open vacancies ranked for them."))
        self.title.setObjectName("matchTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight:bold;")
        rv.addWidget(self.title)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("matchTable")
        self.table.setHorizontalHeaderLabels([self.tr("Vacancy"), self.tr("Fits"), self.tr("Not met"),
                                              self.tr("To check")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self.show_detail)
        rv.addWidget(self.table, 1)
        self.detail = QLabel("")
        self.detail.setObjectName("matchDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rv.addWidget(self.detail)
        self.counsel = QPushButton(self.tr("Counselling session…"))
        self.counsel.setObjectName("openCounselling")
        self.counsel.clicked.connect(self.counselling)
        self.counsel.setEnabled(False)
        rv.addWidget(self.counsel)
        rv.addWidget(QLabel(self.tr("Earlier counselling sessions:")))
        self.history = QListWidget()
        self.history.setObjectName("counsellingHistory")
        self.history.setMaximumHeight(90)
        rv.addWidget(self.history)
        self.reprint = QPushButton(self.tr("Print the referral slip again"))
        self.reprint.setObjectName("reprintReferral")
        self.reprint.clicked.connect(self.reprint_slip)
        rv.addWidget(self.reprint)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)

    def run_search(self) -> None:
        self.results.clear()
        for row in applicants.search_applicants(self.session.ctx, self.search.text()):
            item = QListWidgetItem(f"{row.full_name} · {row.birth_date.strftime('%d-%m-%Y')}")
            item.setData(ROLE, row.id)
            self.results.addItem(item)

    def choose(self, item: QListWidgetItem) -> None:
        self.open_applicant(item.data(ROLE))

    def open_applicant(self, applicant_id: str) -> None:
        self.applicant = applicants.get_applicant(self.session.ctx, applicant_id)
        self.counsel.setEnabled(True)
        self.rematch()

    def load_history(self) -> None:
        self.history.clear()
        if self.applicant is None:
            return
        for rec in jobs.list_counselling(self.session.ctx, self.applicant.id):
            mark = " · " + self.tr("referral") if rec.referral_vacancy_id else ""
            item = QListWidgetItem(f"{rec.number} · {rec.held_day.strftime('%d-%m-%Y')}{mark} · {rec.next_step}")
            item.setData(ROLE, rec)
            self.history.addItem(item)

    def rematch(self) -> None:
        if self.applicant is None:
            return
        self.load_history()
        certs = tuple(c.strip() for c in self.certs.text().split(",") if c.strip())
        self.matches = jobs.match_for_applicant(self.session.ctx, self.applicant.id,
                                                height_cm=self.height_cm.value() or None,
                                                certificates=certs if self.certs.text().strip() else None)
        fitting = sum(m.result.fits for m in self.matches)
        self.title.setText(self.tr("{name}: {fit} of {total} open vacancies fit").format(
            name=self.applicant.full_name, fit=fitting, total=len(self.matches)))
        self.table.setRowCount(len(self.matches))
        for i, m in enumerate(self.matches):
            values = (m.vacancy.title, self.tr("yes") if m.result.fits else self.tr("no"),
                      str(len(m.result.not_met)), str(len(m.result.unknown)))
            for j, value in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        if self.matches:
            self.table.selectRow(0)
        else:
            self.detail.setText(self.tr("No open, verified vacancy at the moment."))

    def show_detail(self) -> None:
        i = self.table.currentRow()
        if not 0 <= i < len(self.matches):
            self.detail.clear()
            return
        m = self.matches[i]
        d = m.vacancy.data
        head = f"{m.vacancy.title} · {m.vacancy.accountable} · {jobs.requirement_summary(d)}"
        self.detail.setText(head + "\n" + "\n".join(self.check_lines(m.result)))

    def check_lines(self, result: MatchResult) -> list[str]:
        """Each requirement as a readable line: ✓ met, ✗ not met, ? to check."""
        names = {"age": self.tr("Age {required} (is {actual})"), "sex": self.tr("Sex: {required}"),
                 "education": self.tr("Education at least {required} (has {actual})"),
                 "certificate": self.tr("Certificate {required}"),
                 "height": self.tr("Height at least {required} cm (is {actual})"),
                 "health": self.tr("Health: {required}")}
        sexes = {"M": self.tr("Male"), "F": self.tr("Female")}
        marks = {"met": "✓", "not_met": "✗", "unknown": "?"}
        lines = []
        for c in result.checks:
            required, actual = c.required, c.actual
            if c.code == "education":
                required, actual = required.upper(), actual.upper()
            elif c.code == "sex":
                required = sexes.get(required, required)
            text = names.get(c.code, c.code).format(required=required, actual=actual or "?")
            lines.append(f"{marks[c.state]} {text}")
        return lines or [self.tr("No requirements listed.")]

    def counselling(self) -> None:
        if self.applicant is None:
            return
        dialog = CounsellingDialog(self.session, self.applicant, self.matches, self)
        if dialog.exec() and dialog.record is not None and dialog.record.referral_vacancy_id:
            from ltsa_desktop.ui.pages.case_dialogs import SlipDialog

            pdf = jobs.referral_slip_pdf(self.session.ctx, dialog.record.id, officer=self.session.actor.full_name)
            SlipDialog(self.session, [(dialog.record.number, pdf)], self).exec()
        self.load_history()

    def reprint_slip(self) -> None:
        """The referral slip of the chosen earlier session, as things stand today (an expired or withdrawn
        vacancy prints as not verified)."""
        item = self.history.currentItem()
        record: jobs.CounsellingRow | None = item.data(ROLE) if item is not None else None
        if record is None or not record.referral_vacancy_id:
            QMessageBox.information(self, self.tr("Counselling session"),
                                    self.tr("Choose an earlier session that referred to a vacancy."))
            return
        from ltsa_desktop.ui.pages.case_dialogs import SlipDialog

        pdf = jobs.referral_slip_pdf(self.session.ctx, record.id, officer=self.session.actor.full_name)
        SlipDialog(self.session, [(record.number, pdf)], self).exec()


class JobsPage(QWidget):
    def __init__(self, session: AppSession) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.vacancies = VacanciesTab(session)
        self.matching = MatchingTab(session)
        self.tabs.addTab(self.matching, self.tr("Matching and counselling"))
        self.tabs.addTab(self.vacancies, self.tr("Vacancies"))
        self.tabs.currentChanged.connect(lambda _i: self.vacancies.refresh())
        layout.addWidget(self.tabs)


PAGES = [PageSpec("counter", 33, QT_TRANSLATE_NOOP("pages", "Jobs"), JobsPage)]
