"""Indonesian translations of the user-interface strings (English source text → Bahasa Indonesia).

``python tools/translate.py`` runs pyside6-lupdate over the UI, writes these into resources/translations/
ltsa_id.ts and compiles ltsa_id.qm. A string without an entry here stays "unfinished" and fails the tests.
"""

ID: dict[str, str] = {
    # shell
    "&File": "&Berkas", "&Help": "&Bantuan", "&Language": "&Bahasa", "&Windows": "&Jendela",
    "About LTSA Desktop": "Tentang LTSA Desktop", "Change password…": "Ganti kata sandi…",
    "Lock screen": "Kunci layar", "Sign out": "Keluar akun", "Quit": "Tutup aplikasi",
    "Ticket kiosk": "Kios tiket", "Display board": "Papan antrean", "Public fee board": "Papan tarif publik",
    "DEMO": "DEMO", "Sync: not enrolled": "Sinkronisasi: belum terdaftar",
    "Database: {path}": "Basis data: {path}", "Database: {engine} on {host}": "Basis data: {engine} di {host}",
    "LTSA Desktop – {office}": "LTSA Desktop – {office}",
    "LTSA Desktop {version}\nOffice counters for Indonesian migrant worker services.\n\nData directory: {data}\n"
    "Database engine: {engine}": "LTSA Desktop {version}\nLoket layanan Pekerja Migran Indonesia.\n\n"
    "Direktori data: {data}\nMesin basis data: {engine}",
    "counter staff": "petugas loket", "supervisor": "koordinator", "administrator": "administrator",
    "Counter": "Loket", "Supervisor": "Koordinator", "Administration": "Administrasi",
    "No counter pages are available.": "Tidak ada halaman loket.",
    # sign-in, lock, approval, password
    "Sign in – LTSA Desktop": "Masuk – LTSA Desktop", "Username": "Nama pengguna", "Password": "Kata sandi",
    "Sign in": "Masuk", "Cancel": "Batal",
    "DEMO – practice data only. Accounts: {accounts}. Password: {password}":
        "DEMO – hanya data latihan. Akun: {accounts}. Kata sandi: {password}",
    "Screen locked": "Layar terkunci",
    "Locked for {name}. Enter your password to continue.":
        "Terkunci untuk {name}. Masukkan kata sandi Anda untuk melanjutkan.",
    "Unlock": "Buka kunci", "Supervisor approval": "Persetujuan koordinator",
    "A supervisor must approve: {what}": "Perlu persetujuan koordinator: {what}",
    "Supervisor username": "Nama pengguna koordinator", "Supervisor password": "Kata sandi koordinator",
    "Approve": "Setujui", "Change password": "Ganti kata sandi", "Current password": "Kata sandi saat ini",
    "New password": "Kata sandi baru", "Repeat new password": "Ulangi kata sandi baru",
    "The new passwords do not match.": "Kata sandi baru tidak sama.",
    # setup wizard
    "Set up this LTSA office": "Penyiapan kantor LTSA", "Office": "Kantor",
    "The time zone follows from the province (WIB, WITA or WIT).":
        "Zona waktu mengikuti provinsi (WIB, WITA atau WIT).",
    "Office code (e.g. JKT01)": "Kode kantor (mis. JKT01)", "Office name": "Nama kantor", "Province": "Provinsi",
    "Regency/city code (4 digits, e.g. 3212)": "Kode kabupaten/kota (4 angka, mis. 3212)", "Address": "Alamat",
    "Time zone: {zone} ({tz})": "Zona waktu: {zone} ({tz})", "Counters": "Loket",
    "Number of counters (Loket)": "Jumlah loket", "First administrator": "Administrator pertama",
    "Full name": "Nama lengkap", "Password (at least 8 characters)": "Kata sandi (minimal 8 karakter)",
    # staff admin
    "Staff accounts": "Akun petugas", "New staff account": "Akun petugas baru", "Role": "Peran",
    "Counter staff": "Petugas loket", "Administrator": "Administrator",
    "First password (at least 8 characters)": "Kata sandi awal (minimal 8 karakter)",
    "Status": "Status", "active": "aktif", "inactive": "nonaktif", "New account…": "Akun baru…",
    "Deactivate / reactivate": "Nonaktifkan / aktifkan kembali", "Reset password…": "Atur ulang kata sandi…",
    "Reset password": "Atur ulang kata sandi", "New password for {name}:": "Kata sandi baru untuk {name}:",
    # overview
    "Service day: {day}": "Hari layanan: {day}", "Counters: {counters}": "Loket: {counters}",
    # queue counter page
    "Queue": "Antrean", "Open this counter": "Buka loket ini", "Current ticket": "Tiket saat ini",
    "Call next": "Panggil berikutnya", "Recall": "Panggil ulang", "Start serving": "Mulai layani",
    "Finish": "Selesai", "No-show": "Tidak hadir", "Transfer…": "Alihkan…", "Cancel ticket…": "Batalkan tiket…",
    "Waiting for this counter": "Menunggu untuk loket ini", "Missed (may rejoin once)":
        "Terlewat (boleh kembali antre sekali)", "Rejoin queue": "Kembalikan ke antrean",
    "Counter opened.": "Loket dibuka.", "Nobody is waiting for this counter.": "Tidak ada yang menunggu di loket ini.",
    "Finished.": "Selesai.", "Transfer": "Alihkan", "Send the ticket to:": "Alihkan tiket ke:",
    "Transferred; the ticket keeps its number and place.": "Dialihkan; tiket tetap memakai nomor dan urutannya.",
    "Cancel ticket": "Batalkan tiket", "Reason:": "Alasan:", "Rejoin": "Kembali antre",
    "Choose a missed ticket first.": "Pilih tiket yang terlewat terlebih dahulu.", "Rejoined.": "Kembali antre.",
    "Open by you": "Dibuka oleh Anda", "Open by {name}": "Dibuka oleh {name}", "Closed": "Tutup",
    "called": "dipanggil", "being served": "sedang dilayani", "{status}; called {n}×{priority}":
        "{status}; dipanggil {n}×{priority}", ", priority": ", prioritas",
    "Line {prefix}: {count} waiting": "Layanan {prefix}: {count} menunggu", "No queue lines.": "Tidak ada jalur antrean.",
    " (already rejoined)": " (sudah kembali antre)",
    # display board and kiosk
    "NOW SERVING": "SEDANG DILAYANI", "Last calls": "Panggilan terakhir", "Waiting": "Menunggu",
    "Counter {n}": "Loket {n}", "{number} → Counter {n}": "{number} → Loket {n}",
    "{prefix} {name}: {count}": "{prefix} {name}: {count}", "Take a ticket": "Ambil tiket",
    "Now serving": "Sedang dilayani", "Official fees": "Tarif resmi",
    # supervisor
    "Day review": "Tinjauan harian", "Day": "Hari", "Close this day…": "Tutup hari ini…", "Tickets": "Tiket",
    "Issued": "Diterbitkan", "Served": "Dilayani", "Cancelled": "Dibatalkan", "Transferred": "Dialihkan",
    "Not served": "Tidak terlayani", "Over wait target": "Melewati target tunggu",
    "Show the tickets behind this figure": "Tampilkan tiket di balik angka ini", "Line": "Layanan",
    "Wait median": "Median tunggu", "Wait p90": "Tunggu p90", "Service median": "Median layanan",
    "Arrivals and served per hour": "Kedatangan dan dilayani per jam", "Arrivals": "Kedatangan",
    "Closed by {name}": "Ditutup oleh {name}", "Open": "Buka", "No tickets on this day.": "Tidak ada tiket pada hari ini.",
    "Waiting time: median {wm} min, p90 {wp} min, longest {wx} min. Service time: median {sm} min, p90 {sp} min. "
    "Priority lane: {share:.0%} of tickets, median wait {pm} min.":
        "Waktu tunggu: median {wm} menit, p90 {wp} menit, terlama {wx} menit. Waktu layanan: median {sm} menit, "
        "p90 {sp} menit. Jalur prioritas: {share:.0%} tiket, median tunggu {pm} menit.",
    "Close of day": "Tutup hari",
    "Counters still open: {c}\nTickets being served: {s}\nOpen cash sessions: {k}\n"
    "Waiting tickets to close as not served: {w}\n\nClose and sign this day?":
        "Loket masih buka: {c}\nTiket sedang dilayani: {s}\nSesi kas terbuka: {k}\n"
        "Tiket menunggu yang ditutup sebagai tidak terlayani: {w}\n\nTutup dan tandatangani hari ini?",
    "none": "tidak ada", "Ticket": "Tiket", "Wait (min)": "Tunggu (menit)", "Service (min)": "Layanan (menit)",
    "Counter / staff": "Loket / petugas",
    # app start-up
    "The database failed its integrity check and no good backup was found.\nThe damaged file was left untouched: "
    "{path}\nProblem: {problem}": "Basis data gagal pemeriksaan integritas dan tidak ada cadangan yang baik.\n"
    "Berkas yang rusak tidak diubah: {path}\nMasalah: {problem}",
    "The database failed its integrity check ({problem}).\nRestore the latest good backup ({backup})? The damaged "
    "file is kept beside it.": "Basis data gagal pemeriksaan integritas ({problem}).\nPulihkan cadangan baik "
    "terakhir ({backup})? Berkas yang rusak disimpan di sebelahnya.",
    "The database could not be upgraded. It was put back as it was before.\n{detail}":
        "Basis data tidak dapat diperbarui. Basis data dikembalikan seperti semula.\n{detail}",
    "LTSA Desktop is already running for this data directory; it was brought to the front.":
        "LTSA Desktop sudah berjalan untuk direktori data ini; jendelanya dimunculkan ke depan.",
    # messages
    "You are not allowed to do this. The attempt was recorded.":
        "Anda tidak berwenang melakukan ini. Percobaan ini dicatat.",
    "This needs a supervisor's approval.": "Ini memerlukan persetujuan koordinator.",
    "The record was not found.": "Data tidak ditemukan.", "This cannot be done now: {detail}.":
        "Ini tidak dapat dilakukan sekarang: {detail}.",
    "Someone else saved this record meanwhile. It has been reloaded; nothing you typed was saved yet.":
        "Petugas lain telah menyimpan data ini. Data dimuat ulang; isian Anda belum disimpan.",
    "The database is busy. Nothing was saved; please try again.":
        "Basis data sedang sibuk. Tidak ada yang disimpan; silakan coba lagi.",
    "Wrong username or password.": "Nama pengguna atau kata sandi salah.",
    "This account is locked after too many failed sign-ins, until {until}.":
        "Akun ini dikunci karena terlalu banyak gagal masuk, sampai pukul {until}.",
    "Some fields need attention.": "Beberapa isian perlu diperbaiki.",
    "The database could not be upgraded; it was put back as it was.":
        "Basis data tidak dapat diperbarui; dikembalikan seperti semula.",
    "The backup failed: {detail}.": "Pencadangan gagal: {detail}.",
    "That backup file is damaged; nothing was restored.": "Berkas cadangan itu rusak; tidak ada yang dipulihkan.",
    "This field is required.": "Isian ini wajib diisi.", "Too long (at most {max} characters).":
        "Terlalu panjang (maksimal {max} karakter).",
    "A username is one word without spaces.": "Nama pengguna adalah satu kata tanpa spasi.",
    "This username is already in use.": "Nama pengguna ini sudah dipakai.",
    "The password needs at least {min} characters.": "Kata sandi minimal {min} karakter.",
    "Choose a role.": "Pilih peran.", "2–12 capital letters or digits, e.g. JKT01.":
        "2–12 huruf kapital atau angka, mis. JKT01.",
    "Unknown province code.": "Kode provinsi tidak dikenal.",
    "Four digits starting with the province code, e.g. 3212.": "Empat angka diawali kode provinsi, mis. 3212.",
    "At least one counter is needed.": "Minimal satu loket.",
    "An NIK has exactly 16 digits.": "NIK terdiri dari tepat 16 angka.",
    "An NIK contains digits only.": "NIK hanya berisi angka.",
    "The first two digits of the NIK are not a province code.": "Dua angka pertama NIK bukan kode provinsi.",
    "The day in the NIK (digits 7–8) is not 01–31 or 41–71.":
        "Tanggal pada NIK (angka ke-7–8) bukan 01–31 atau 41–71.",
    "The month in the NIK (digits 9–10) is not 01–12.": "Bulan pada NIK (angka ke-9–10) bukan 01–12.",
    "The birth date in the NIK does not exist.": "Tanggal lahir pada NIK tidak ada.",
    "The last four digits of an NIK cannot be 0000.": "Empat angka terakhir NIK tidak boleh 0000.",
    "The NIK's birth date differs from the date entered. An NIK is never reissued, so this is only a warning.":
        "Tanggal lahir pada NIK berbeda dengan yang diisi. NIK tidak pernah diterbitkan ulang, jadi ini "
        "hanya peringatan.",
    "The NIK's sex differs from the sex entered (warning only).":
        "Jenis kelamin pada NIK berbeda dengan yang diisi (hanya peringatan).",
    "Not a valid phone number (e.g. 0812 3456 7890 or +62 812…).":
        "Nomor telepon tidak valid (mis. 0812 3456 7890 atau +62 812…).",
    "Placement services need the applicant to be at least 18 years old (UU 18/2017 Pasal 5).":
        "Layanan penempatan mensyaratkan pemohon berusia minimal 18 tahun (UU 18/2017 Pasal 5).",
    "This date is in the future.": "Tanggal ini di masa depan.",
    "The central server cannot be reached. Records stay safe here and are sent later.":
        "Server pusat tidak dapat dihubungi. Data tetap aman di sini dan dikirim nanti.",
    "The central server did not answer in time. Will retry.": "Server pusat tidak menjawab tepat waktu. Akan dicoba lagi.",
    "The central server refused this device. Enroll it again.": "Server pusat menolak perangkat ini. Daftarkan ulang.",
    "The central server sent an answer that could not be read.": "Jawaban server pusat tidak dapat dibaca.",
    "The central server reported an error. Will retry.": "Server pusat melaporkan kesalahan. Akan dicoba lagi.",
    "The data is too large.": "Data terlalu besar.",
    "This device is not enrolled with a central server yet.": "Perangkat ini belum terdaftar di server pusat.",
    "No secure credential store is available on this PC. Install one (Windows Credential Manager, GNOME Keyring or "
    "KWallet).": "Tidak ada penyimpanan kredensial aman di PC ini. Pasang salah satu (Windows Credential Manager, "
    "GNOME Keyring atau KWallet).",
    "No printer answered. The document was saved as PDF.": "Tidak ada printer yang menjawab. Dokumen disimpan sebagai PDF.",
    "Something went wrong ({code}). Nothing was changed.": "Terjadi kesalahan ({code}). Tidak ada yang diubah.",
}

ID.update({
    "NIK, name, phone, passport, ticket or case number": "NIK, nama, telepon, paspor, nomor antrean atau nomor berkas",
    "New applicant": "Pemohon baru", "NIK (16 digits)": "NIK (16 angka)",
    "Full name as on the KTP": "Nama lengkap sesuai KTP", "Place of birth": "Tempat lahir",
    "Date of birth": "Tanggal lahir", "Sex": "Jenis kelamin", "Male": "Laki-laki", "Female": "Perempuan",
    "Phone": "Telepon", "E-mail (optional)": "Surel (opsional)", "Placement scheme": "Skema penempatan",
    "P to P (through a P3MI agency)": "P to P (melalui P3MI)", "Independent (perseorangan)": "Perseorangan (mandiri)",
    "P3MI agency": "Perusahaan P3MI", "Destination country": "Negara tujuan", "Job position": "Jabatan",
    "Fee-exempt job (Perban 9/2020)": "Jabatan bebas biaya (Perban 9/2020)", "not exempt": "tidak dibebaskan",
    "Passport number (optional)": "Nomor paspor (opsional)", "Education": "Pendidikan",
    "Marital status": "Status perkawinan", "First-time CPMI": "CPMI pertama kali",
    "Family permission acknowledged by the village head": "Izin keluarga diketahui kepala desa/lurah",
    "Save applicant": "Simpan pemohon", "Cases": "Berkas layanan", "Open services…": "Buka layanan…",
    "This NIK is already registered; the existing record is open.":
        "NIK ini sudah terdaftar; data yang ada telah dibuka.",
    "Possible duplicate": "Kemungkinan data ganda",
    "Registered with the same date of birth and a similar name:\n{names}\n\nRegister a new person anyway?":
        "Terdaftar dengan tanggal lahir sama dan nama mirip:\n{names}\n\nTetap daftarkan orang baru?",
    "Please check the marked fields.": "Periksa isian yang ditandai.", "Saved elsewhere": "Disimpan di loket lain",
    "Saved.": "Tersimpan.", "Open services": "Buka layanan",
    "Choose the services this applicant came for:": "Pilih layanan yang dibutuhkan pemohon:",
    "Payment": "Pembayaran", "Amount due: {due}": "Jumlah yang harus dibayar: {due}", "Cash": "Tunai",
    "Bank transfer": "Transfer bank", "Method": "Cara bayar", "Tendered (Rp)": "Uang diterima (Rp)",
    "Transfer / QRIS reference": "Referensi transfer / QRIS", "Pay": "Bayar",
    "Receipt {number} printed.": "Kuitansi {number} dicetak.",
    "Payment saved as receipt {number}. No printer answered; the PDF is kept at {path} and can be reprinted.":
        "Pembayaran tersimpan sebagai kuitansi {number}. Printer tidak menjawab; PDF disimpan di {path} dan "
        "dapat dicetak ulang.",
    "Services": "Layanan", "Independent": "Perseorangan", "Scheme": "Skema", "Fee-exempt job": "Jabatan bebas biaya",
    "Applicant: none chosen (open one on the Applicants page)":
        "Pemohon: belum dipilih (buka di halaman Pemohon)",
    "Service": "Layanan", "Component": "Komponen", "Amount": "Jumlah", "Who pays": "Siapa membayar",
    "Legal basis": "Dasar hukum", "Take payment…": "Terima pembayaran…", "Applicant: {name}": "Pemohon: {name}",
    "you pay": "Anda bayar", "employer pays": "pemberi kerja bayar", "government pays": "pemerintah bayar",
    "free": "gratis",
    "You pay: {a} · Employer pays: {e} · Government pays: {g}{note}":
        "Anda bayar: {a} · Pemberi kerja bayar: {e} · Pemerintah bayar: {g}{note}",
    "\n* unverified tariff: not presented as fact": "\n* tarif belum terverifikasi: bukan angka resmi",
    "Applicants": "Pemohon", "Fees & payment": "Biaya dan pembayaran",
})

ID.update({
    "Number": "Nomor", "Time": "Waktu", "Applicant": "Pemohon", "Voided by": "Dibatalkan oleh",
    "Refresh": "Muat ulang", "Reprint (copy)": "Cetak ulang (salinan)", "Void…": "Batalkan…",
    "Paste or scan a receipt QR payload (LTSA1.…)": "Tempel atau pindai isi QR kuitansi (LTSA1.…)",
    "Verify": "Verifikasi", "Copy printed.": "Salinan dicetak.",
    "No printer answered; the copy is saved at {path}.": "Printer tidak menjawab; salinan disimpan di {path}.",
    "Void receipt": "Batalkan kuitansi", "Reason for voiding {n}:": "Alasan membatalkan {n}:",
    "void receipt {n} ({reason})": "pembatalan kuitansi {n} ({reason})",
    "GENUINE: receipt {n}, {amount}, issued {at}.": "ASLI: kuitansi {n}, {amount}, terbit {at}.",
    "VOIDED: receipt {n} was cancelled ({detail}).": "DIBATALKAN: kuitansi {n} telah dibatalkan ({detail}).",
    "NOT GENUINE: this payload is forged or damaged ({detail}).":
        "TIDAK ASLI: isi QR ini palsu atau rusak ({detail}).",
    "Receipts": "Kuitansi",
})

ID.update({
    "Sync now": "Sinkronkan sekarang", "Sync: not enrolled · {n} waiting": "Sinkronisasi: belum terdaftar · {n} menunggu",
    "Sync: {n} pending": "Sinkronisasi: {n} menunggu", " · offline ({code})": " · luring ({code})",
    " · last success {at}": " · terakhir berhasil {at}", " · {k} need attention": " · {k} perlu ditangani",
})

ID.update({
    "in process": "diproses", "ready": "siap diambil", "handed over": "diserahkan", "rejected": "ditolak",
    "withdrawn": "ditarik", "Reason (for rejected / withdrawn) or a note": "Alasan (ditolak / ditarik) atau catatan",
    "Change status": "Ubah status", "Add note": "Tambah catatan",
    "{number} · {service} · {status} · due {due}{overdue}": "{number} · {service} · {status} · tenggat {due}{overdue}",
    " · OVERDUE": " · TERLAMBAT", "<b>Documents</b>": "<b>Dokumen</b>", "pending": "belum",
    "received": "diterima", "verified": "diverifikasi", "not applicable": "tidak berlaku",
    "<b>Procedure</b>": "<b>Prosedur</b>", "{name} ({days} working days, due {due})":
        "{name} ({days} hari kerja, tenggat {due})", "Done": "Selesai", "Copy details": "Salin rincian",
})

ID.update({
    "Import signed bundle…": "Impor paket bertanda tangan…", "Fee poster (PDF)…": "Poster tarif (PDF)…",
    "Installed versions: {v}": "Versi terpasang: {v}", "Import signed bundle": "Impor paket bertanda tangan",
    "Import": "Impor", "no changes": "tidak ada perubahan",
    "Bundle {label}:\n{summary}\n\nApply?": "Paket {label}:\n{summary}\n\nTerapkan?", "Fee poster": "Poster tarif",
    "Credential store": "Penyimpanan kredensial", "Receipt signing key": "Kunci tanda tangan kuitansi",
    "Central server": "Server pusat", "Enrollment code": "Kode pendaftaran",
    "Register a new receipt key": "Daftarkan kunci kuitansi baru", "Enroll": "Daftarkan", "Back up now": "Cadangkan sekarang",
    " — no usable keyring: install Windows Credential Manager support, GNOME Keyring or KWallet":
        " — tidak ada keyring yang dapat dipakai: pasang Windows Credential Manager, GNOME Keyring atau KWallet",
    " (demo office: a file in the data directory is used)": " (kantor demo: memakai berkas di direktori data)",
    "present": "ada", "missing: no payment can be taken until a key is registered":
        "tidak ada: pembayaran tidak dapat diterima sebelum kunci didaftarkan",
    "Enrollment failed ({code}): {detail}": "Pendaftaran gagal ({code}): {detail}",
    "Enrolled as central device {d}.": "Terdaftar sebagai perangkat pusat {d}.",
    "Backup written: {p}": "Cadangan tersimpan: {p}",
    "This office uses PostgreSQL: back it up with pg_dump on the server.":
        "Kantor ini memakai PostgreSQL: cadangkan dengan pg_dump di server.",
    "Catalog and fees": "Katalog dan tarif", "This device": "Perangkat ini",
})

ID.update({
    "New complaint": "Pengaduan baru", "Received": "Diterima melalui", "Complainant": "Pelapor", "Name": "Nama",
    "Contact": "Kontak", "Category": "Kategori", "Subject": "Pokok pengaduan", "Chronology": "Kronologi",
    "The file is complete (the 60-day resolution clock starts)": "Berkas lengkap (tenggat penyelesaian 60 hari mulai)",
    "Acknowledge by": "Tanggapi paling lambat", "Resolve by": "Selesaikan paling lambat",
    "New complaint…": "Pengaduan baru…", "Follow-up…": "Tindak lanjut…", "Resolve…": "Selesaikan…",
    "Log a consultation…": "Catat konsultasi…", "Non-procedural PMI record…": "Data PMI nonprosedural…",
    "Complaint": "Pengaduan", "Complaint {n} recorded.": "Pengaduan {n} tercatat.", "Follow-up": "Tindak lanjut",
    "What was done:": "Yang telah dilakukan:", "Resolve": "Selesaikan", "Resolution:": "Penyelesaian:",
    "Consultation": "Konsultasi", "Topic and advice given:": "Topik dan saran yang diberikan:",
    "Complaints": "Pengaduan", "Non-procedural PMI record": "Data PMI nonprosedural",
    "NIK (if known)": "NIK (bila diketahui)", "Prevented at": "Dicegah di", "Location": "Lokasi",
    "Prevented by": "Dicegah oleh", "Date": "Tanggal", "Intended destination": "Tujuan",
    "Broker or agent details": "Keterangan calo atau agen", "Family contact": "Kontak keluarga",
    "Trafficking (TPPO) indicators:": "Indikasi TPPO:",
})

ID.update({
    "Close cash session": "Tutup sesi kas", "closing the cash drawer with {amount} counted":
        "penutupan laci kas dengan hitungan {amount}", "Closed. Difference: {d}": "Ditutup. Selisih: {d}",
    "Open cash session…": "Buka sesi kas…", "Close cash session…": "Tutup sesi kas…",
    "Cash drawer: closed (open a session before taking cash)": "Laci kas: tertutup (buka sesi sebelum menerima tunai)",
    "Cash drawer open: expected {amount}": "Laci kas terbuka: seharusnya {amount}", "Open cash session": "Buka sesi kas",
    "Float (Rp):": "Modal awal (Rp):", "Cash": "Tunai",
})

ID.update({"Preparing the database…": "Menyiapkan basis data…"})

ID.update({"Preparing the demo office (first start only, about half a minute)…":
           "Menyiapkan kantor demo (hanya pada awal pertama, sekitar setengah menit)…"})

# Each area may keep its strings in a module of its own, tools/id_translations_<area>.py, holding a dict ``ID``.
def _merge_area_modules() -> None:
    import importlib.util
    from pathlib import Path

    for path in sorted(Path(__file__).with_name("id_translations.py").parent.glob("id_translations_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        ID.update(module.ID)


_merge_area_modules()
