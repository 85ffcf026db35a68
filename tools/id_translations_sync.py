"""Indonesian strings of the sync page (records sent to the central server, refused records, clock skew)."""

ID: dict[str, str] = {
    "Sync": "Sinkronisasi",
    " · check this PC's clock": " · periksa jam PC ini",
    "Sync with the central server": "Sinkronisasi dengan server pusat",
    "Records the central server refused": "Data yang ditolak server pusat",
    "These records are kept here and were not stored at the centre. Correct the cause (the record itself, "
    "or the office's enrolment at the centre), then send the record again. A conflict is sent again as a "
    "new version of the record.":
        "Data ini tetap tersimpan di sini dan belum disimpan di pusat. Perbaiki penyebabnya (datanya sendiri, "
        "atau pendaftaran kantor di pusat), lalu kirim ulang datanya. Data yang bentrok dikirim ulang sebagai "
        "versi baru dari data tersebut.",
    "Record type": "Jenis data",
    "Record": "Data",
    "Version": "Versi",
    "Answer": "Jawaban",
    "Reason": "Alasan",
    "Answered": "Dijawab",
    "No refused records.": "Tidak ada data yang ditolak.",
    "Send again": "Kirim ulang",
    "Refresh": "Muat ulang",
    "never": "belum pernah",
    "Waiting to be sent: {n}": "Menunggu dikirim: {n}",
    "Last successful sync: {at}": "Sinkronisasi berhasil terakhir: {at}",
    "This PC is not enrolled with a central server yet.": "PC ini belum terdaftar di server pusat.",
    "Last attempt failed: {reason}": "Percobaan terakhir gagal: {reason}",
    "This PC's clock is {minutes} minutes behind the central server.":
        "Jam PC ini terlambat {minutes} menit dibanding server pusat.",
    "This PC's clock is {minutes} minutes ahead of the central server.":
        "Jam PC ini lebih cepat {minutes} menit dibanding server pusat.",
    "Tickets, receipts and reports carry this PC's time: ask an administrator to correct the date, time and "
    "time zone of this PC.":
        "Tiket, kuitansi, dan laporan memakai waktu PC ini: minta administrator membetulkan tanggal, jam, dan "
        "zona waktu PC ini.",
    "refused": "ditolak",
    "conflict": "bentrok",
    "The record's content does not match its own label ({field} differs). Correct the record, then send it again.":
        "Isi data tidak cocok dengan labelnya sendiri ({field} berbeda). Perbaiki datanya, lalu kirim ulang.",
    "The centre says this record belongs to another office. Check this PC's enrolment at the centre.":
        "Menurut pusat, data ini milik kantor lain. Periksa pendaftaran PC ini di pusat.",
    "The centre says this record was made on another PC; a PC may only send its own records. Check this PC's "
    "enrolment at the centre.":
        "Menurut pusat, data ini dibuat di PC lain; sebuah PC hanya boleh mengirim datanya sendiri. Periksa "
        "pendaftaran PC ini di pusat.",
    "The record holds a number with decimals; amounts must be whole rupiah. Correct the record, then send it "
    "again.":
        "Data ini memuat angka desimal; jumlah uang harus rupiah bulat. Perbaiki datanya, lalu kirim ulang.",
    "The centre already holds other content under this version and set this copy aside. Sending it again "
    "stores it as a new version.":
        "Pusat sudah menyimpan isi lain untuk versi ini dan menyisihkan salinan ini. Kirim ulang akan "
        "menyimpannya sebagai versi baru.",
}
