"""The public fee board: large type, one service per page, turning every few seconds. No personal data."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ltsa_desktop.domain.formatting import format_money
from ltsa_desktop.services import catalog
from ltsa_desktop.ui.public import PublicWindow

PAGE_SECONDS = 8
PAYER = {"applicant": ("Dibayar pemohon", "Paid by the applicant"),
         "employer": ("Ditanggung pemberi kerja", "Borne by the employer"),
         "government": ("Ditanggung pemerintah", "Borne by the government"),
         "free": ("GRATIS", "FREE")}




class FeeBoardWindow(PublicWindow):
    def __init__(self, session) -> None:  # type: ignore[no-untyped-def]
        super().__init__(self.tr("Public fee board"))
        self.session = session
        self.setObjectName("fee_board")
        self.setStyleSheet("QWidget#fee_board{background:#f8fafc;}")
        self.lang = session.state.language
        self.index = 0
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.header = QLabel()
        self.header.setStyleSheet("font-size:30px;font-weight:bold;color:#0b1f33;")
        self.header.setWordWrap(True)
        self.lang_button = QPushButton()
        self.lang_button.setMinimumSize(150, 56)
        self.lang_button.clicked.connect(self.toggle_language)
        top.addWidget(self.header, 1)
        top.addWidget(self.lang_button)
        layout.addLayout(top)
        self.service_title = QLabel()
        self.service_title.setObjectName("feeBoardService")
        self.service_title.setWordWrap(True)
        self.service_title.setStyleSheet("font-size:36px;font-weight:bold;margin-top:12px;")
        layout.addWidget(self.service_title)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        layout.addWidget(self.grid_host, 1)
        from ltsa_desktop.ui.public.vacancy_board import VacancyBoard

        self.vacancies = VacancyBoard(session, self.lang, compact=True)  # a strip: one verified vacancy at a time
        layout.addWidget(self.vacancies)
        self.footer = QLabel()
        self.footer.setWordWrap(True)
        self.footer.setStyleSheet("font-size:18px;color:#334155;")
        layout.addWidget(self.footer)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.next_page)
        self.timer.start(PAGE_SECONDS * 1000)
        self.load()

    def load(self) -> None:
        self.data = catalog.fee_poster_data(self.session.ctx, self.lang)
        self.lang_button.setText("English" if self.lang == "id" else "Bahasa Indonesia")
        if self.lang == "id":
            self.header.setText(f"TARIF RESMI LAYANAN – {self.data.office_name}")
            self.footer.setText(f"Jadwal tarif {self.data.schedule_version}, berlaku sejak {self.data.effective_label}. "
                                "Tidak ada pungutan lain. Minta kuitansi untuk setiap pembayaran. "
                                "Pengaduan: SP4N-LAPOR! (SMS 1708).")
        else:
            self.header.setText(f"OFFICIAL FEES – {self.data.office_name}")
            self.footer.setText(f"Fee schedule {self.data.schedule_version}, in force since "
                                f"{self.data.effective_label}. No other charge exists. Ask for a receipt for every "
                                "payment. Complaints: SP4N-LAPOR! (SMS 1708).")
        self.show_page()

    def toggle_language(self) -> None:
        self.lang = "en" if self.lang == "id" else "id"
        self.vacancies.set_language(self.lang)
        self.load()

    def next_page(self) -> None:
        self.index = (self.index + 1) % max(1, len(self.data.services))
        self.show_page()

    def show_page(self) -> None:
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        if not self.data.services:
            return
        service = self.data.services[self.index % len(self.data.services)]
        self.service_title.setText(f"{service.code} · {service.name}")
        for row, line in enumerate(service.lines):
            label = QLabel(line.label + (" *" if line.unverified else ""))
            label.setWordWrap(True)
            label.setStyleSheet("font-size:26px;")
            amount = QLabel(format_money(line.amount))
            amount.setStyleSheet("font-size:30px;font-weight:bold;")
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            payer_id, payer_en = PAYER.get(line.payer, (line.payer, line.payer))
            payer = QLabel(payer_id if self.lang == "id" else payer_en)
            payer.setObjectName("feeBoardPayer")
            color = {"free": "#15803d", "government": "#1d4ed8", "employer": "#7c3aed"}.get(line.payer, "#0f172a")
            payer.setStyleSheet(f"font-size:26px;font-weight:bold;color:{color};")
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(amount, row, 1)
            self.grid.addWidget(payer, row, 2)
            if line.unverified:
                note = QLabel("* tarif belum terverifikasi" if self.lang == "id" else "* unverified tariff")
                note.setStyleSheet("font-size:18px;color:#b45309;")
                self.grid.addWidget(note, row + 100, 0, 1, 3)
