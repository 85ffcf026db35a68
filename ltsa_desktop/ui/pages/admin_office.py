"""Administration: the catalog in force (services, their service standard, fee history), this device (keyring,
receipt key, central server), backups, and the office's holidays."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ltsa_desktop.domain.errors import LtsaError
from ltsa_desktop.domain.formatting import format_date, format_money
from ltsa_desktop.services import catalog, device_keys
from ltsa_desktop.ui.messages import message_for
from ltsa_desktop.ui.session import AppSession
from ltsa_desktop.ui.workspaces.pages import PageSpec


class CatalogPage(QWidget):
    """Browse the services; each shows its service standard (maklumat) and every fee line with its history."""

    def __init__(self, session: AppSession) -> None:
        super().__init__()
        self.session = session
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("catalogServices")
        self.list.currentItemChanged.connect(lambda item, _prev: self.show_service(item))
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        importer = QPushButton(self.tr("Import signed bundle…"))
        importer.clicked.connect(self.import_bundle)
        poster = QPushButton(self.tr("Fee poster (PDF)…"))
        poster.clicked.connect(self.save_poster)
        buttons.addWidget(importer)
        buttons.addWidget(poster)
        left.addLayout(buttons)
        self.history = QLabel("")
        self.history.setWordWrap(True)
        left.addWidget(self.history)
        layout.addLayout(left, 1)
        right = QVBoxLayout()
        self.detail = QTextBrowser()
        self.detail.setObjectName("serviceStandard")
        right.addWidget(self.detail, 1)
        standard_row = QHBoxLayout()
        self.standard_scheme = QComboBox()
        self.standard_scheme.setObjectName("standardScheme")
        self.standard_scheme.setToolTip(self.tr("Requirements and fees of one placement scheme, or of every scheme"))
        self.print_standard_button = QPushButton(self.tr("Print service standard…"))
        self.print_standard_button.setObjectName("printServiceStandard")
        self.print_standard_button.clicked.connect(self.print_standard)
        self.save_standard_button = QPushButton(self.tr("Save as PDF…"))
        self.save_standard_button.setObjectName("saveServiceStandard")
        self.save_standard_button.clicked.connect(self.save_standard)
        standard_row.addWidget(QLabel(self.tr("Scheme")))
        standard_row.addWidget(self.standard_scheme)
        standard_row.addStretch(1)
        standard_row.addWidget(self.print_standard_button)
        standard_row.addWidget(self.save_standard_button)
        right.addLayout(standard_row)
        self.standard_status = QLabel("")
        self.standard_status.setObjectName("serviceStandardStatus")
        self.standard_status.setWordWrap(True)
        right.addWidget(self.standard_status)
        layout.addLayout(right, 2)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        self.cat = catalog.current_catalog(self.session.ctx)
        for s in self.cat.services:
            item = QListWidgetItem(f"{s.code} · {s.name_id}")
            item.setData(256, s.code)
            self.list.addItem(item)
        chosen = self.standard_scheme.currentData()
        self.standard_scheme.clear()
        self.standard_scheme.addItem(self.tr("All schemes"), None)
        for scheme in self.cat.schemes:
            self.standard_scheme.addItem(scheme.name_id, scheme.code)
        self.standard_scheme.setCurrentIndex(max(0, self.standard_scheme.findData(chosen)) if chosen else 0)
        versions = catalog.catalog_history(self.session.ctx)
        self.history.setText(self.tr("Installed versions: {v}").format(v=", ".join(
            f"{v.label} ({v.source}{', active' if v.active else ''})" for v in versions)))
        if self.list.count():
            self.list.setCurrentRow(0)

    def show_service(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        s = self.cat.service(item.data(256))
        rows = []
        for version in sorted(self.cat.schedules, key=lambda v: v.effective_from):
            for ln in version.lines_for(s.code):
                until = format_date(version.effective_to) if version.effective_to else "—"
                rows.append(f"<tr><td>{version.version}</td><td>{format_date(version.effective_from)} – {until}</td>"
                            f"<td>{ln.label_id}</td><td align='right'>{format_money(ln.amount)}</td>"
                            f"<td>{ln.payer.value}</td><td>{ln.legal_basis} [{ln.confidence.value}]</td></tr>")
        reqs = "".join(f"<li>{r.label_id}{' (wajib)' if r.mandatory else ''}</li>" for r in s.requirements)
        steps = "".join(f"<li>{p.name_id} – {p.days} hari kerja</li>" for p in s.procedure)
        self.detail.setHtml(
            f"<h2>{s.code} · {s.name_id}</h2><p><i>{s.name_en}</i></p>"
            f"<p><b>Loket:</b> {s.desk} ({s.agency})<br/><b>Produk:</b> {s.product}<br/>"
            f"<b>Jangka waktu:</b> {s.time_standard}<br/><b>Dasar hukum:</b> {s.legal_basis}<br/>"
            f"<b>Pengaduan:</b> {s.complaint_channel}</p><h3>Persyaratan</h3><ul>{reqs}</ul>"
            f"<h3>Prosedur</h3><ol>{steps}</ol><h3>Biaya (riwayat)</h3><table border='1' cellpadding='3'>"
            f"{''.join(rows)}</table>")

    def import_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import signed bundle"))
        if not path:
            return
        try:
            data = open(path, "rb").read()  # noqa: SIM115 - a small file chosen by the user
            new, diff = catalog.preview_import(self.session.ctx, data)
        except (OSError, LtsaError) as exc:
            QMessageBox.warning(self, self.tr("Import"), message_for(exc) if isinstance(exc, LtsaError) else str(exc))
            return
        summary = "\n".join([*(f"+ {x}" for x in diff.added_lines), *(f"- {x}" for x in diff.removed_lines),
                             *(f"~ {c}: {w}" for c, w in diff.changed_lines)]) or self.tr("no changes")
        if QMessageBox.question(self, self.tr("Import"), self.tr("Bundle {label}:\n{summary}\n\nApply?").format(
                label=new.label, summary=summary)) == QMessageBox.StandardButton.Yes:
            catalog.apply_import(self.session.ctx, self.session.actor, data)
            self.refresh()

    # --- the printable service standard (maklumat) of the selected service ------------------------------------

    def selected_code(self) -> str | None:
        item = self.list.currentItem()
        return item.data(256) if item is not None else None

    def standard_pdf(self) -> bytes:
        """The selected service's standard, for the scheme chosen next to the buttons (or every scheme)."""
        code = self.selected_code()
        if code is None:
            raise LtsaError("no_service_selected", "no service is selected")
        return catalog.service_standard_pdf(self.session.ctx, code, self.standard_scheme.currentData())

    def print_standard(self) -> None:
        """Keep the PDF in the data directory, then print it (through the print preview unless this workstation
        prints silently) on the default printer: a service standard is an A4 sheet, not a receipt."""
        from ltsa_desktop.settings import SILENT_PRINT
        from ltsa_desktop.ui.printer import print_or_preview, save_pdf

        code = self.selected_code()
        if code is None:
            self.standard_status.setText(self.tr("Select a service first."))
            return
        try:
            path = save_pdf(self.standard_pdf(), self.session.state.data.documents / "service-standards",
                            f"maklumat-{code}.pdf")
        except (LtsaError, OSError) as exc:
            self.standard_status.setText(message_for(exc) if isinstance(exc, LtsaError) else str(exc))
            return
        outcomes = print_or_preview(path, "", silent=self.session.state.settings.get(SILENT_PRINT), parent=self,
                                    title=self.tr("Service standard"))
        if outcomes and all(o.printed for o in outcomes):
            self.standard_status.setText(self.tr("Service standard printed."))
        elif outcomes:
            self.standard_status.setText(
                self.tr("No printer answered; the service standard is saved at {path}.").format(path=path))
        else:
            self.standard_status.setText(
                self.tr("Not printed; the service standard is saved at {path}.").format(path=path))

    def save_standard(self) -> None:
        code = self.selected_code()
        if code is None:
            self.standard_status.setText(self.tr("Select a service first."))
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save service standard as PDF"),
                                                f"maklumat-{code}.pdf", self.tr("PDF files (*.pdf)"))
        if target:
            self.save_standard_to(Path(target))

    def save_standard_to(self, target: Path) -> Path | None:
        from ltsa_desktop.ui.printer import save_pdf

        try:
            path = save_pdf(self.standard_pdf(), target.parent, target.name)
        except (LtsaError, OSError) as exc:
            self.standard_status.setText(message_for(exc) if isinstance(exc, LtsaError) else str(exc))
            return None
        self.standard_status.setText(self.tr("Saved: {paths}").format(paths=str(path)))
        return path

    def save_poster(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Fee poster"), "tarif-layanan.pdf", "PDF (*.pdf)")
        if path:
            with open(path, "wb") as fh:
                fh.write(catalog.fee_poster_pdf(self.session.ctx))


class DevicePage(QWidget):
    """This PC: where its secrets live, its receipt key, the central server; and backups."""

    def __init__(self, session: AppSession) -> None:
        super().__init__()
        self.session = session
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.backend = QLabel("")
        self.backend.setObjectName("keyringBackend")
        self.backend.setWordWrap(True)
        self.key_state = QLabel("")
        form.addRow(self.tr("Credential store"), self.backend)
        form.addRow(self.tr("Receipt signing key"), self.key_state)
        self.server = QLineEdit()
        self.server.setPlaceholderText("https://ltsa-central.example/")
        self.code = QLineEdit()
        form.addRow(self.tr("Central server"), self.server)
        form.addRow(self.tr("Enrollment code"), self.code)
        layout.addLayout(form)
        row = QHBoxLayout()
        for text, slot in ((self.tr("Register a new receipt key"), self.new_key), (self.tr("Enroll"), self.enroll),
                           (self.tr("Back up now"), self.backup)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        info = device_keys.backend_info(self.session.ctx)
        self.backend.setText(info.backend + ("" if info.usable else self.tr(
            " — no usable keyring: install Windows Credential Manager support, GNOME Keyring or KWallet")
            + (self.tr(" (demo office: a file in the data directory is used)") if info.demo_file else "")))
        try:
            device_keys.load_private_key(self.session.ctx)
            self.key_state.setText(self.tr("present"))
        except LtsaError:
            self.key_state.setText(self.tr("missing: no payment can be taken until a key is registered"))

    def new_key(self) -> None:
        try:
            device_keys.register_new_key(self.session.ctx)
        except LtsaError as exc:
            self.message.setText(message_for(exc))
        self.refresh()

    def enroll(self) -> None:
        from ltsa_desktop.services.sync_setup import enroll
        from ltsa_desktop.sync.client import SyncTransportError

        try:
            device = enroll(self.session.ctx, self.session.actor, self.server.text().strip(), self.code.text().strip())
        except SyncTransportError as exc:
            self.message.setText(self.tr("Enrollment failed ({code}): {detail}").format(code=exc.code, detail=exc))
            return
        except LtsaError as exc:
            self.message.setText(message_for(exc))
            return
        self.message.setText(self.tr("Enrolled as central device {d}.").format(d=device))

    def backup(self) -> None:
        path = make_app_backup(self.session)
        self.message.setText(self.tr("Backup written: {p}").format(p=path) if path else
                             self.tr("This office uses PostgreSQL: back it up with pg_dump on the server."))


def make_app_backup(session: AppSession):  # type: ignore[no-untyped-def]
    """An online backup of the SQLite database (N generations, and a second folder if configured)."""
    from pathlib import Path

    from ltsa_desktop.services.office import backup_now
    from ltsa_desktop.settings import BACKUP_GENERATIONS, SECOND_BACKUP_DIR

    second = session.state.settings.get(SECOND_BACKUP_DIR)
    return backup_now(session.ctx, generations=session.state.settings.get(BACKUP_GENERATIONS),
                      second_dir=Path(second) if second else None)


def start_backup_timer(parent: QObject, session: AppSession) -> QTimer:
    """Hourly backups while the application runs."""
    timer = QTimer(parent)
    timer.timeout.connect(lambda: make_app_backup(session))
    timer.start(3600 * 1000)
    return timer


HOLIDAYS_KEY = "calendar.holidays"  # office setting read by services.cases.working_calendar


class HolidaysPage(QWidget):
    """The office's holidays (national holidays and cuti bersama): case due dates skip them, like weekends."""

    def __init__(self, session: AppSession) -> None:
        from PySide6.QtCore import QDate
        from PySide6.QtWidgets import QDateEdit

        from ltsa_desktop.domain.calendar import service_day

        super().__init__()
        self.session = session
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Office holidays. Due dates of cases and complaints count working days only: "
                               "weekends and the days listed here are skipped. Changes apply to cases opened "
                               "afterwards."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("holidayList")
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.day = QDateEdit()
        self.day.setObjectName("holidayDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        today = service_day(session.ctx.now(), session.ctx.tz_name)
        self.day.setDate(QDate(today.year, today.month, today.day))
        add = QPushButton(self.tr("Add holiday"))
        add.setObjectName("addHoliday")
        add.clicked.connect(self.add_selected_day)
        remove = QPushButton(self.tr("Remove selected"))
        remove.setObjectName("removeHoliday")
        remove.clicked.connect(self.remove_selected)
        for w in (self.day, add, remove):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel("")
        self.message.setObjectName("holidayMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.refresh()

    def holidays(self) -> list[str]:
        from ltsa_desktop.services.office import get_office_setting

        return sorted(set(get_office_setting(self.session.ctx, HOLIDAYS_KEY, []) or []))

    def refresh(self) -> None:
        from datetime import date

        from ltsa_desktop.ui.i18n import long_date

        self.list.clear()
        for iso in self.holidays():
            item = QListWidgetItem(long_date(date.fromisoformat(iso)))
            item.setData(Qt.ItemDataRole.UserRole, iso)
            self.list.addItem(item)
        if not self.list.count():
            self.list.addItem(self.tr("No holidays configured: only weekends are skipped."))

    def _write(self, days: list[str], done: str) -> None:
        from ltsa_desktop.services.office import set_office_setting

        try:
            set_office_setting(self.session.ctx, self.session.actor, HOLIDAYS_KEY, sorted(set(days)))
        except LtsaError as exc:
            self.message.setText(message_for(exc))
            return
        self.message.setText(done)
        self.refresh()

    def add_day(self, iso: str) -> None:
        current = self.holidays()  # read again just before writing: another administrator may have changed it
        if iso in current:
            self.message.setText(self.tr("That day is already a holiday."))
            return
        from datetime import date

        if date.fromisoformat(iso).weekday() >= 5:
            self.message.setText(self.tr("That day is a weekend day; it is skipped already."))
            return
        self._write([*current, iso], self.tr("Holiday added."))

    def add_selected_day(self) -> None:
        self.add_day(self.day.date().toPython().isoformat())  # type: ignore[union-attr]

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        iso = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not iso:
            return
        self._write([d for d in self.holidays() if d != iso], self.tr("Holiday removed."))


PAGES = [PageSpec("admin", 20, QT_TRANSLATE_NOOP("pages", "Catalog and fees"), CatalogPage),
         PageSpec("admin", 30, QT_TRANSLATE_NOOP("pages", "This device"), DevicePage),
         PageSpec("admin", 25, QT_TRANSLATE_NOOP("pages", "Holidays"), HolidaysPage)]
