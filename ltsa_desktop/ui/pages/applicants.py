"""The counter's applicant page: search (NIK, name, phone, passport, ticket, case number), register or edit the
person in front of you, and open and follow their document-service cases.

Bad input is shown at the field and nothing typed is lost; a save over another counter's change reloads the
record and says so.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ltsa_desktop.domain.errors import InvalidState, LtsaError, StaleRecord, ValidationFailed
from ltsa_desktop.services import applicants, cases
from ltsa_desktop.ui.messages import field_message, message_for
from ltsa_desktop.ui.session import AppSession
from ltsa_desktop.ui.widgets.forms import FormField, FormPanel
from ltsa_desktop.ui.widgets.regions import RegionPicker, searchable_combo
from ltsa_desktop.ui.workspaces.pages import PageSpec

ROLE_ITEM = Qt.ItemDataRole.UserRole


def _combo(items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    for value, text in items:
        combo.addItem(text, value)
    return combo


class ApplicantPage(QWidget):
    def __init__(self, session: AppSession) -> None:
        super().__init__()
        self.session = session
        self.current: applicants.ApplicantRow | None = None
        splitter = QSplitter()
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        left = QWidget()
        lv = QVBoxLayout(left)
        self.search = QLineEdit()
        self.search.setObjectName("applicantSearch")
        self.search.setPlaceholderText(self.tr("NIK, name, phone, passport, ticket or case number"))
        self.search.returnPressed.connect(self.run_search)
        self.results = QListWidget()
        self.results.setObjectName("applicantResults")
        self.results.itemActivated.connect(self.open_result)
        self.results.itemClicked.connect(self.open_result)
        new = QPushButton(self.tr("New applicant"))
        new.setObjectName("newApplicant")
        new.clicked.connect(self.new_applicant)
        lv.addWidget(self.search)
        lv.addWidget(self.results, 1)
        lv.addWidget(new)
        splitter.addWidget(left)

        right = QWidget()
        rv = QVBoxLayout(right)
        self.title = QLabel(self.tr("New applicant"))
        self.title.setStyleSheet("font-size:16px;font-weight:bold;")
        rv.addWidget(self.title)
        form_box = QWidget()
        grid = QHBoxLayout(form_box)
        # the form keeps its full height (messages under fields included) and the scroll area scrolls, rather than
        # squeezing the inputs
        grid.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        col1, col2 = QVBoxLayout(), QVBoxLayout()
        grid.addLayout(col1)
        grid.addLayout(col2)
        self.f: dict[str, FormField] = {}

        def add(col: QVBoxLayout, name: str, label: str, widget: QWidget) -> None:
            widget.setObjectName(f"field_{name}")
            self.f[name] = FormField(label, widget)
            col.addWidget(self.f[name])

        add(col1, "nik", self.tr("NIK (16 digits)"), QLineEdit())
        add(col1, "full_name", self.tr("Full name as on the KTP"), QLineEdit())
        add(col1, "birth_place", self.tr("Place of birth"), QLineEdit())
        birth = QDateEdit()
        birth.setCalendarPopup(True)
        birth.setDisplayFormat("dd-MM-yyyy")
        birth.setDate(QDate(2000, 1, 1))
        add(col1, "birth_date", self.tr("Date of birth"), birth)
        add(col1, "sex", self.tr("Sex"), _combo([("", "—"), ("M", self.tr("Male")), ("F", self.tr("Female"))]))
        add(col1, "phone", self.tr("Phone"), QLineEdit())
        add(col1, "email", self.tr("E-mail (optional)"), QLineEdit())
        add(col1, "address", self.tr("Address"), QLineEdit())
        add(col1, "province_code", self.tr("Province"), searchable_combo())
        add(col1, "regency_code", self.tr("Regency or city (kabupaten/kota)"), searchable_combo())
        self.regions = RegionPicker(self.f["province_code"].widget,  # type: ignore[arg-type]
                                    self.f["regency_code"].widget)  # type: ignore[arg-type]
        self.f["province_code"].widget.lineEdit().setPlaceholderText(  # type: ignore[attr-defined]
            self.tr("Type to search, e.g. Jawa Barat"))
        self.f["regency_code"].widget.lineEdit().setPlaceholderText(  # type: ignore[attr-defined]
            self.tr("Type to search, e.g. Indramayu"))
        self.f["nik"].widget.editingFinished.connect(self.prefill_region)  # type: ignore[attr-defined]
        add(col2, "scheme", self.tr("Placement scheme"), _combo([
            ("", "—"), ("p_to_p", self.tr("P to P (through a P3MI agency)")), ("g_to_g", "G to G"),
            ("perseorangan", self.tr("Independent (perseorangan)")), ("sp2t", "SP2T (Taiwan)")]))
        add(col2, "p3mi_name", self.tr("P3MI agency"), QLineEdit())
        add(col2, "destination_country", self.tr("Destination country"), QLineEdit())
        add(col2, "job_position", self.tr("Job position"), QLineEdit())
        add(col2, "exempt_job", self.tr("Fee-exempt job (Perban 9/2020)"), _combo([("", self.tr("not exempt"))]
                                                                                  + [(j, j.replace("_", " "))
                                                                                     for j in _exempt_jobs()]))
        add(col2, "passport_number", self.tr("Passport number (optional)"), QLineEdit())
        add(col2, "education", self.tr("Education"), _combo([("", "—")] + [(e, e.upper().replace("_", "–"))
                                                                            for e in applicants.EDUCATION]))
        add(col2, "marital_status", self.tr("Marital status"), _combo([("", "—")] + [
            (m, m.replace("_", " ")) for m in applicants.MARITAL]))
        add(col2, "family_permission_from", self.tr("Family permission from"), _combo([
            ("", "—"), ("suami", self.tr("Husband (suami)")), ("istri", self.tr("Wife (istri)")),
            ("orang_tua", self.tr("Parents (orang tua)")), ("wali", self.tr("Guardian (wali)"))]))
        self.first_time = QCheckBox(self.tr("First-time CPMI"))
        self.first_time.setChecked(True)
        self.ack = QCheckBox(self.tr("Family permission acknowledged by the village head"))
        self.ack.setObjectName("field_family_permission_acknowledged")
        col2.addWidget(self.first_time)
        col2.addWidget(self.ack)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_box)
        rv.addWidget(scroll, 3)
        self.panel = FormPanel(self.f)
        self.message = QLabel("")
        self.message.setObjectName("applicantMessage")
        self.message.setWordWrap(True)
        rv.addWidget(self.message)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save applicant"))
        self.save_button.setObjectName("saveApplicant")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        rv.addLayout(buttons)

        cases_box = QGroupBox(self.tr("Cases"))
        cl = QVBoxLayout(cases_box)
        self.case_list = QListWidget()
        self.case_list.setObjectName("caseList")
        self.case_list.itemActivated.connect(self.open_case)
        self.case_list.itemDoubleClicked.connect(self.open_case)
        cl.addWidget(self.case_list)
        self.open_case_button = QPushButton(self.tr("Open services…"))
        self.open_case_button.setObjectName("openCases")
        self.open_case_button.clicked.connect(self.open_cases)
        cl.addWidget(self.open_case_button)
        rv.addWidget(cases_box, 2)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        self.new_applicant()
        self.run_search()

    # -- search ------------------------------------------------------------------------------------------
    def run_search(self) -> None:
        self.results.clear()
        for row in applicants.search_applicants(self.session.ctx, self.search.text()):
            item = QListWidgetItem(f"{row.full_name} · {row.birth_date.strftime('%d-%m-%Y')} · …{row.nik[-4:]}")
            item.setData(ROLE_ITEM, row.id)
            self.results.addItem(item)

    def open_result(self, item: QListWidgetItem) -> None:
        self.load(applicants.get_applicant(self.session.ctx, item.data(ROLE_ITEM)))

    # -- form --------------------------------------------------------------------------------------------
    def new_applicant(self) -> None:
        self.current = None
        self.title.setText(self.tr("New applicant"))
        for f in self.f.values():
            w = f.widget
            if isinstance(w, QLineEdit):
                w.clear()
            elif isinstance(w, QComboBox):
                w.setCurrentIndex(0)
        self.regions.set_codes("", "")
        self.panel.clear_errors()
        self.first_time.setChecked(True)
        self.ack.setChecked(False)
        self.case_list.clear()
        self.open_case_button.setEnabled(False)
        self.message.clear()

    def load(self, row: applicants.ApplicantRow) -> None:
        self.current = row
        self.session.state.extra["current_applicant"] = row
        self.title.setText(row.full_name)
        d = row.data
        self.regions.set_codes(d.province_code, d.regency_code)
        for name, f in self.f.items():
            w, value = f.widget, getattr(d, name)
            if name in ("province_code", "regency_code"):
                continue
            if isinstance(w, QLineEdit):
                w.setText(value or "")
            elif isinstance(w, QComboBox):
                w.setCurrentIndex(max(0, w.findData(value or "")))
            elif isinstance(w, QDateEdit) and value:
                w.setDate(QDate(value.year, value.month, value.day))
        self.first_time.setChecked(d.first_time_cpmi)
        self.ack.setChecked(d.family_permission_acknowledged)
        self.panel.clear_errors()
        for code in row.nik_warnings:
            self.f["nik"].set_error(field_message(_warning(code)), warning=True)
        self.open_case_button.setEnabled(True)
        self.refresh_cases()

    def prefill_region(self) -> None:
        """An NIK starts with the codes of the province and regency where it was first registered: offer them
        while the address has none (the person may live elsewhere now, so they stay editable)."""
        if self.regions.prefill_from_nik(self.f["nik"].widget.text()):  # type: ignore[attr-defined]
            self.message.setText(self.tr("Province and regency filled in from the NIK; change them if the "
                                         "applicant lives elsewhere now."))

    def form_input(self) -> applicants.ApplicantInput:
        def text(name: str) -> str:
            return self.f[name].widget.text()  # type: ignore[attr-defined]

        def choice(name: str) -> str:
            return self.f[name].widget.currentData() or ""  # type: ignore[attr-defined]

        birth: date = self.f["birth_date"].widget.date().toPython()  # type: ignore[attr-defined]
        province_code, regency_code = self.regions.codes()
        return applicants.ApplicantInput(
            nik=text("nik"), full_name=text("full_name"), birth_date=birth, sex=choice("sex"),
            birth_place=text("birth_place"), address=text("address"), province_code=province_code,
            regency_code=regency_code, phone=text("phone"), email=text("email"),
            education=choice("education"), marital_status=choice("marital_status"),
            family_permission_from=choice("family_permission_from"),
            family_permission_acknowledged=self.ack.isChecked(), destination_country=text("destination_country"),
            job_position=text("job_position"), exempt_job=choice("exempt_job") or None, scheme=choice("scheme"),
            p3mi_name=text("p3mi_name"), passport_number=text("passport_number"),
            first_time_cpmi=self.first_time.isChecked())

    def save(self) -> None:
        data = self.form_input()
        self.panel.clear_errors()
        try:
            if self.current is None:
                existing = applicants.find_by_nik(self.session.ctx, data.nik)
                if existing is not None:
                    self.load(existing)
                    self.message.setText(self.tr("This NIK is already registered; the existing record is open."))
                    return
                if data.birth_date and data.full_name.strip():
                    similar = applicants.similar_applicants(self.session.ctx, data.full_name, data.birth_date)
                    if similar and QMessageBox.question(self, self.tr("Possible duplicate"), self.tr(
                            "Registered with the same date of birth and a similar name:\n{names}\n\n"
                            "Register a new person anyway?").format(
                            names="\n".join(f"• {s.full_name} (…{s.nik[-4:]})" for s in similar))
                    ) != QMessageBox.StandardButton.Yes:
                        return
                row = applicants.register_applicant(self.session.ctx, self.session.actor, data).value
            else:
                row = applicants.update_applicant(self.session.ctx, self.session.actor, self.current.id,
                                                  self.current.version, data).value
        except ValidationFailed as exc:
            leftovers = self.panel.show(exc)
            self.message.setText(self.tr("Please check the marked fields.") + ("\n" + "\n".join(leftovers)
                                                                               if leftovers else ""))
            return
        except StaleRecord as exc:
            QMessageBox.warning(self, self.tr("Saved elsewhere"), message_for(exc))
            if self.current is not None:
                self.load(applicants.get_applicant(self.session.ctx, self.current.id))
            return
        except (InvalidState, LtsaError) as exc:
            self.message.setText(message_for(exc))
            return
        self.load(row)
        self.message.setText(self.tr("Saved."))
        self.run_search()

    # -- cases -------------------------------------------------------------------------------------------
    def refresh_cases(self) -> None:
        self.case_list.clear()
        if self.current is None:
            return
        for case in cases.cases_for_applicant(self.session.ctx, self.current.id):
            due = case.due_date.strftime("%d-%m-%Y") if case.due_date else "—"
            flag = " ⚠" if case.overdue else ""
            item = QListWidgetItem(f"{case.number} · {case.service_name} · {case.status} · {due}{flag}")
            item.setData(ROLE_ITEM, case.id)
            self.case_list.addItem(item)

    def open_case(self, item: QListWidgetItem) -> None:
        from ltsa_desktop.ui.pages.case_dialogs import CaseDialog

        CaseDialog(self.session, item.data(ROLE_ITEM), self).exec()
        self.refresh_cases()

    def open_cases(self) -> None:
        if self.current is None:
            return
        from ltsa_desktop.ui.pages.case_dialogs import ChooseServicesDialog

        dialog = ChooseServicesDialog(self.session, self)
        if not dialog.exec() or not dialog.chosen:
            return
        ticket = self.session.state.extra.get("current_ticket")
        try:
            opened = cases.open_cases(self.session.ctx, self.session.actor, self.current.id, dialog.chosen,
                                      ticket_id=getattr(ticket, "id", None)).value
        except ValidationFailed as exc:
            QMessageBox.warning(self, self.tr("Open services"),
                                "\n".join(field_message(e) for e in exc.fields.values()))
            return
        except LtsaError as exc:
            QMessageBox.warning(self, self.tr("Open services"), message_for(exc))
            return
        self.refresh_cases()
        self.offer_slips([c.id for c in opened])

    def offer_slips(self, case_ids: list[str]) -> None:
        """After the cases are committed: the acknowledgement slips to print or save."""
        from ltsa_desktop.ui.pages.case_dialogs import SlipDialog, case_slips

        SlipDialog(self.session, case_slips(self.session, case_ids), self).exec()


def _exempt_jobs() -> list[str]:
    try:
        from ltsa_desktop.domain.catalog import ExemptJob

        return [j.value for j in ExemptJob]
    except ImportError:  # the catalog module is not available: no exempt job can be chosen
        return []


def _warning(code: str):  # type: ignore[no-untyped-def]
    from ltsa_desktop.domain.errors import FieldError

    return FieldError(code, warning=True)


PAGES = [PageSpec("counter", 20, QT_TRANSLATE_NOOP("pages", "Applicants"), ApplicantPage)]
