"""Indonesian strings of the counter: acknowledgement slips, attachments, the worklist, holidays, printing."""

ID: dict[str, str] = {
    # acknowledgement slips
    "Acknowledgement slip": "Tanda terima",
    "Acknowledgement slip ready for {numbers}. Print it and hand it over, or save it as PDF.":
    "Tanda terima untuk {numbers} siap. Cetak dan serahkan, atau simpan sebagai PDF.",
    "Print": "Cetak",
    "Save as PDF…": "Simpan sebagai PDF…",
    "Close": "Tutup",
    "Slip printed.": "Tanda terima dicetak.",
    "No printer answered; the slip is saved at {path}.":
    "Tidak ada printer yang menjawab; tanda terima disimpan di {path}.",
    "Save slip as PDF": "Simpan tanda terima sebagai PDF",
    "PDF files (*.pdf)": "Berkas PDF (*.pdf)",
    "Folder for the slips": "Folder untuk tanda terima",
    "Saved: {paths}": "Disimpan: {paths}",
    # attachments on a case
    "Attach document…": "Lampirkan dokumen…",
    "Attachments: {files}": "Lampiran: {files}",
    "Attach a scan (PDF, JPEG or PNG, at most {mb} MB)": "Lampirkan hasil pindai (PDF, JPEG atau PNG, paling besar {mb} MB)",
    "Scans (*.pdf *.jpg *.jpeg *.png)": "Hasil pindai (*.pdf *.jpg *.jpeg *.png)",
    "This file type cannot be attached; only {allowed} files.":
    "Jenis berkas ini tidak dapat dilampirkan; hanya berkas {allowed}.",
    "This file is empty or too large (at most {max_mb} MB). Scan it again at a lower resolution.":
    "Berkas ini kosong atau terlalu besar (paling besar {max_mb} MB). Pindai ulang dengan resolusi lebih rendah.",
    "The file could not be read: {detail}.": "Berkas tidak dapat dibaca: {detail}.",
    # worklist
    "My worklist": "Daftar kerja saya",
    "Only cases assigned to me": "Hanya berkas yang ditugaskan kepada saya",
    "Case": "Berkas",
    "Case due": "Tenggat berkas",
    "Status": "Status",
    "Next step": "Langkah berikutnya",
    "Step due": "Tenggat langkah",
    "Applicant": "Pemohon",
    "Service": "Layanan",
    "Open case…": "Buka berkas…",
    "Refresh": "Muat ulang",
    "received": "diterima",
    "in process": "diproses",
    "ready": "siap",
    "all steps done": "semua langkah selesai",
    "hand over to the applicant": "serahkan kepada pemohon",
    " (overdue)": " (terlambat)",
    "{n} open cases, {late} overdue": "{n} berkas terbuka, {late} terlambat",
    # applicant form: family permission
    "Family permission from": "Izin keluarga dari",
    "Husband (suami)": "Suami",
    "Wife (istri)": "Istri",
    "Parents (orang tua)": "Orang tua",
    "Guardian (wali)": "Wali",
    # holidays
    "Holidays": "Hari libur",
    "Office holidays. Due dates of cases and complaints count working days only: weekends and the days listed "
    "here are skipped. Changes apply to cases opened afterwards.":
    "Hari libur kantor. Tenggat berkas dan pengaduan hanya menghitung hari kerja: akhir pekan dan hari yang "
    "tercantum di sini dilewati. Perubahan berlaku untuk berkas yang dibuka sesudahnya.",
    "Add holiday": "Tambah hari libur",
    "Remove selected": "Hapus yang dipilih",
    "No holidays configured: only weekends are skipped.":
    "Belum ada hari libur: hanya akhir pekan yang dilewati.",
    "That day is already a holiday.": "Hari itu sudah menjadi hari libur.",
    "That day is a weekend day; it is skipped already.": "Hari itu akhir pekan; sudah dilewati.",
    "Holiday added.": "Hari libur ditambahkan.",
    "Holiday removed.": "Hari libur dihapus.",
    # receipt printer of this workstation
    "Printer…": "Printer…",
    "Receipt printer of this workstation": "Printer kuitansi di komputer ini",
    "System default printer": "Printer bawaan sistem",
    "80 mm thermal roll": "Gulungan termal 80 mm",
    "58 mm thermal roll": "Gulungan termal 58 mm",
    "A5 sheet": "Lembar A5",
    "A4 sheet": "Lembar A4",
    "Printer": "Printer",
    "Paper": "Kertas",
    "The slip could not be kept in the data directory ({reason}); save it elsewhere with Save as PDF.":
        "Tanda terima tidak dapat disimpan di direktori data ({reason}); simpan di tempat lain dengan Simpan sebagai "
        "PDF.",
}
