"""Indonesian strings of the supervisor's day review: money and control, reopening a day, report files and the
weekly and monthly summaries."""

ID: dict[str, str] = {
    # day review: money and control
    "Money and control": "Keuangan dan pengawasan",
    "Collected (net)": "Diterima (neto)",
    "Voids": "Pembatalan",
    "Approvals": "Persetujuan",
    "Cash sessions / differences": "Sesi kas / selisih",
    "Sync: pending / refused": "Sinkronisasi: menunggu / ditolak",
    "Changes after close": "Perubahan setelah ditutup",
    "Show the records behind this figure": "Tampilkan catatan di balik angka ini",
    "Cashier": "Kasir",
    "Approved by": "Disetujui oleh",
    "Action": "Tindakan",
    "Staff": "Petugas",
    "Opened": "Dibuka",
    "Float": "Modal awal",
    "Expected": "Seharusnya",
    "Counted": "Dihitung",
    "Difference": "Selisih",
    "Signed off by": "Diparaf oleh",
    "Records of this day": "Catatan hari ini",
    "Count": "Jumlah",
    "Event": "Peristiwa",
    "Longest wait (min)": "Tunggu terlama (menit)",
    "Service p90": "Layanan p90",
    "By service": "Per layanan",
    "By counter": "Per loket",
    "By staff member": "Per petugas",
    "Overdue cases": "Berkas lewat tenggat",
    "Due": "Tenggat",
    "Days late": "Hari terlambat",
    "By": "Oleh",
    "Payment with a fee waiver": "Pembayaran dengan pembebasan biaya",
    "Receipt void": "Pembatalan kuitansi",
    "Cash session closed": "Sesi kas ditutup",
    "Day reopened": "Hari dibuka kembali",
    "Day closed": "Hari ditutup",
    "Change refused (day closed)": "Perubahan ditolak (hari sudah ditutup)",
    "Waiting to be sent": "Menunggu dikirim",
    "Accepted by the server": "Diterima server",
    "Conflict": "Konflik",
    "Refused by the server": "Ditolak server",
    # reopening a closed day
    "Reopen day…": "Buka kembali hari…",
    "Reopen day": "Buka kembali hari",
    "Reopen a closed day": "Membuka kembali hari yang sudah ditutup",
    "Reopen a closed day for a correction (needs a supervisor's approval; every change is flagged in the report)":
        "Buka kembali hari yang sudah ditutup untuk koreksi (perlu persetujuan koordinator; setiap perubahan "
        "ditandai di laporan)",
    "Why must this closed day be reopened? (Every change made while it is open again is flagged in the day's "
    "report; close it again when done.)":
        "Mengapa hari yang sudah ditutup ini harus dibuka kembali? (Setiap perubahan selama dibuka kembali "
        "ditandai di laporan hari itu; tutup lagi setelah selesai.)",
    "Reopened: every change is flagged in the report. Close it again when done.":
        "Dibuka kembali: setiap perubahan ditandai di laporan. Tutup lagi setelah selesai.",
    # report files
    "Daily report PDF…": "PDF laporan harian…",
    "Daily report": "Laporan harian",
    "Save the daily report as PDF": "Simpan laporan harian sebagai PDF",
    "Export CSV…": "Ekspor CSV…",
    "Export CSV": "Ekspor CSV",
    "Folder for the CSV files (tickets, cases, payments)": "Folder untuk berkas CSV (tiket, berkas layanan, "
                                                           "pembayaran)",
    "Saved:\n{files}": "Tersimpan:\n{files}",
    # weekly and monthly summaries
    "Week / month…": "Minggu / bulan…",
    "Weekly and monthly summary": "Ringkasan mingguan dan bulanan",
    "Week": "Minggu",
    "Month": "Bulan",
    "Period": "Periode",
    "containing": "yang memuat",
    "Save PDF…": "Simpan PDF…",
    "Save the summary as PDF": "Simpan ringkasan sebagai PDF",
    "{start} – {end}: {issued} tickets, {served} served, {no_show} no-show; waiting time median {wm} min, "
    "p90 {wp} min; {breaches} over the wait target; {collected} collected (net); {closed} of {open_days} days "
    "with tickets closed.":
        "{start} – {end}: {issued} tiket, {served} dilayani, {no_show} tidak hadir; waktu tunggu median {wm} "
        "menit, p90 {wp} menit; {breaches} melewati target waktu tunggu; {collected} diterima (neto); {closed} dari "
        "{open_days} hari bertiket sudah ditutup.",
    # messages
    "{day} has been closed and signed off, so nothing that belongs to it can change. Nothing was saved. A "
    "supervisor can reopen the day (Day review → Reopen day…) if a correction is really needed.":
        "Hari {day} sudah ditutup dan ditandatangani, sehingga catatan hari itu tidak dapat diubah. Tidak ada yang "
        "disimpan. Koordinator dapat membuka kembali hari itu (Tinjauan harian → Buka kembali hari…) bila koreksi "
        "benar-benar perlu.",
    "This day is already closed.": "Hari ini sudah ditutup.",
    "This day is not closed, so there is nothing to reopen.": "Hari ini belum ditutup, jadi tidak ada yang perlu "
                                                              "dibuka kembali.",
    "The day cannot be closed yet. Counters still open: {counters}. Tickets being served: {serving}. Open cash "
    "sessions: {cash_sessions}.":
        "Hari belum dapat ditutup. Loket yang masih buka: {counters}. Tiket yang sedang dilayani: {serving}. Sesi "
        "kas yang masih buka: {cash_sessions}.",
    "The end date is before the start date.": "Tanggal akhir sebelum tanggal awal.",
    "A summary covers at most {max} days.": "Ringkasan mencakup paling banyak {max} hari.",
}
