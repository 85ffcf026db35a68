"""Indonesian strings of job information: vacancies, matching, counselling (bimbingan) and their messages."""

ID: dict[str, str] = {
    "Jobs": "Lowongan kerja",
    # page and tabs
    "Matching and counselling": "Pencocokan dan bimbingan",
    "Vacancies": "Lowongan",
    "Vacancy": "Lowongan",
    "Learned in the session (optional):": "Diketahui saat bimbingan (opsional):",
    "Certificates held, comma-separated": "Sertifikat yang dimiliki, dipisah koma",
    "Height": "Tinggi badan",
    "Match again": "Cocokkan ulang",
    "Choose an applicant to see the open vacancies ranked for them.":
    "Pilih pemohon untuk melihat lowongan terbuka yang diurutkan untuknya.",
    "Fits": "Cocok",
    "Not met": "Tidak terpenuhi",
    "To check": "Perlu dicek",
    "Counselling session…": "Sesi bimbingan…",
    "Counselling session": "Sesi bimbingan",
    "{name}: {fit} of {total} open vacancies fit": "{name}: {fit} dari {total} lowongan terbuka cocok",
    "yes": "ya",
    "no": "tidak",
    "No open, verified vacancy at the moment.": "Saat ini belum ada lowongan terbuka yang terverifikasi.",
    "Age {required} (is {actual})": "Usia {required} (saat ini {actual})",
    "Sex: {required}": "Jenis kelamin: {required}",
    "Education at least {required} (has {actual})": "Pendidikan minimal {required} (dimiliki {actual})",
    "Certificate {required}": "Sertifikat {required}",
    "Height at least {required} cm (is {actual})": "Tinggi minimal {required} cm (saat ini {actual})",
    "Health: {required}": "Kesehatan: {required}",
    "No requirements listed.": "Tidak ada syarat yang dicantumkan.",
    "Earlier counselling sessions:": "Sesi bimbingan sebelumnya:",
    "Print the referral slip again": "Cetak ulang surat rujukan",
    "referral": "rujukan",
    "Choose an earlier session that referred to a vacancy.": "Pilih sesi sebelumnya yang merujuk ke lowongan.",
    # counselling dialog
    "Interests and wishes": "Minat dan keinginan",
    "Advice given": "Saran yang diberikan",
    "Vacancies discussed": "Lowongan yang dibahas",
    "Refer to vacancy (prints a referral slip)": "Rujuk ke lowongan (mencetak surat rujukan)",
    "No referral": "Tanpa rujukan",
    # vacancy list
    "Show closed and withdrawn": "Tampilkan yang ditutup dan ditarik",
    "Position": "Jabatan",
    "Country": "Negara",
    "Accountable": "Penanggung jawab",
    "Quota": "Kuota",
    "Valid from": "Berlaku sejak",
    "Valid until": "Berlaku sampai",
    "Verified": "Terverifikasi",
    "New vacancy…": "Lowongan baru…",
    "Edit…": "Ubah…",
    "Close…": "Tutup…",
    "Withdraw…": "Tarik…",
    "Who fits?": "Siapa yang cocok?",
    "Vacancy list PDF…": "PDF daftar lowongan…",
    "✓ verified": "✓ terverifikasi",
    "validity ended": "masa berlaku habis",
    "no licence number": "tanpa nomor izin",
    "no programme": "tanpa program",
    "no employer": "tanpa pemberi kerja",
    "dates reversed": "tanggal terbalik",
    "not open": "tidak terbuka",
    "not verified yet": "belum diverifikasi",
    "open": "terbuka",
    "closed": "ditutup",
    "No registered applicant fits this vacancy.": "Tidak ada pemohon terdaftar yang cocok dengan lowongan ini.",
    "{n} to check": "{n} perlu dicek",
    "Applicants who fit:": "Pemohon yang cocok:",
    # vacancy editor
    "Edit vacancy": "Ubah lowongan",
    "New vacancy": "Lowongan baru",
    "P3MI licence number (SIP3MI)": "Nomor izin P3MI (SIP3MI)",
    "Programme (SP2T, G to G)": "Program (SP2T, G to G)",
    "Employer": "Pemberi kerja",
    "Minimum age": "Usia minimal",
    "Maximum age": "Usia maksimal",
    "Sex required": "Jenis kelamin yang dibutuhkan",
    "Any": "Bebas",
    "Minimum education": "Pendidikan minimal",
    "Certificates (comma-separated)": "Sertifikat (dipisah koma)",
    "Health requirements": "Syarat kesehatan",
    "Minimum height (cm)": "Tinggi badan minimal (cm)",
    "Monthly salary": "Gaji per bulan",
    "Currency (e.g. TWD)": "Mata uang (mis. TWD)",
    "Contract (months)": "Kontrak (bulan)",
    "Source": "Sumber",
    "Entered by this office": "Dimasukkan oleh kantor ini",
    "Reference data from the centre": "Data rujukan dari pusat",
    "Notes": "Catatan",
    # messages
    "Choose one of the values in the list.": "Pilih salah satu nilai dalam daftar.",
    "This text contains invisible control characters; type it again.":
    "Teks ini berisi karakter kontrol yang tidak terlihat; ketik ulang.",
    "Enter a number from {min} to {max}.": "Masukkan angka dari {min} sampai {max}.",
    "The minimum ({min}) is above the maximum ({max}): no one could meet this.":
    "Batas minimal ({min}) di atas batas maksimal ({max}): tidak ada yang dapat memenuhinya.",
    "Give the salary currency as a three-letter code, e.g. TWD, HKD, MYR.":
    "Tulis mata uang gaji sebagai kode tiga huruf, mis. TWD, HKD, MYR.",
    "The validity of this vacancy has ended; it cannot be shown as verified. Enter the new validity from the job "
    "order first.": "Masa berlaku lowongan ini sudah habis; lowongan tidak dapat ditampilkan sebagai terverifikasi. "
    "Masukkan dulu masa berlaku baru dari job order.",
    "The validity ends before it starts.": "Masa berlaku berakhir sebelum dimulai.",
    "A P to P vacancy needs the P3MI licence number before it can be verified.":
    "Lowongan P to P memerlukan nomor izin P3MI sebelum dapat diverifikasi.",
    "Name the programme (SP2T, G to G) before verifying.": "Sebutkan programnya (SP2T, G to G) sebelum verifikasi.",
    "Name the employer before verifying an independent placement.":
    "Sebutkan pemberi kerja sebelum memverifikasi penempatan perseorangan.",
    "This vacancy is not open (closed, withdrawn, not verified or no longer valid).":
    "Lowongan ini tidak terbuka (ditutup, ditarik, belum diverifikasi, atau tidak berlaku lagi).",
    "This counselling session referred to no vacancy, so it has no referral slip.":
    "Sesi bimbingan ini tidak merujuk ke lowongan mana pun, sehingga tidak ada surat rujukan.",
    "Only a supervisor can verify a vacancy.": "Hanya koordinator yang dapat memverifikasi lowongan.",
    # vacancies from the centre
    "Centre": "Pusat",
    "✓ verified by the centre": "✓ diverifikasi pusat",
    "Verified at the centre by {who}": "Diverifikasi di pusat oleh {who}",
    "This vacancy comes from the centre; only the centre's next vacancy list changes it.":
    "Lowongan ini berasal dari pusat; hanya daftar lowongan pusat berikutnya yang dapat mengubahnya.",
    "Vacancy list from the centre: version {version}, issued {issued}, {count} vacancies.":
    "Daftar lowongan dari pusat: versi {version}, terbit {issued}, {count} lowongan.",
    "This vacancy comes from the centre's vacancy list; only the centre's next list changes it.":
    "Lowongan ini berasal dari daftar lowongan pusat; hanya daftar pusat berikutnya yang dapat mengubahnya.",
    "This file is not of the expected kind (a catalog was given as a vacancy list, or the other way round). "
    "Nothing was installed.":
    "Berkas ini bukan jenis yang diharapkan (katalog diberikan sebagai daftar lowongan, atau sebaliknya). Tidak ada "
    "yang dipasang.",
    "The vacancy list from the centre is not valid; nothing was installed. The log names the problems.":
    "Daftar lowongan dari pusat tidak sah; tidak ada yang dipasang. Log menyebutkan masalahnya.",
    "It is signed with a key this office does not trust. Nothing was installed.":
    "Ditandatangani dengan kunci yang tidak dipercaya kantor ini. Tidak ada yang dipasang.",
    "The issuer key is not usable. Nothing was installed.":
    "Kunci penerbit tidak dapat dipakai. Tidak ada yang dipasang.",
    "Its signature does not match its content: it may have been altered. Nothing was installed.":
    "Tanda tangannya tidak cocok dengan isinya: mungkin telah diubah. Tidak ada yang dipasang.",
    "Its content was changed after it was signed. Nothing was installed.":
    "Isinya diubah setelah ditandatangani. Tidak ada yang dipasang.",
    "It carries no signature. Nothing was installed.": "Tidak bertanda tangan. Tidak ada yang dipasang.",
    "The file is damaged or not in the expected format. Nothing was installed.":
    "Berkas rusak atau tidak dalam format yang diharapkan. Tidak ada yang dipasang.",
    "The file is larger than allowed. Nothing was installed.":
    "Berkas lebih besar daripada yang diizinkan. Tidak ada yang dipasang.",
    "The fee catalog from the centre was refused: {reason}": "Katalog tarif dari pusat ditolak: {reason}",
    "The vacancy list from the centre was refused: {reason}": "Daftar lowongan dari pusat ditolak: {reason}",
    "What this PC installed before stays in use. Ask the centre's administrator to publish it again, signed with a "
    "key this office trusts.":
    "Yang terpasang sebelumnya di PC ini tetap dipakai. Minta administrator pusat menerbitkannya lagi, ditandatangani "
    "dengan kunci yang dipercaya kantor ini.",
    "This vacancy list is not newer than the one installed; nothing was changed.":
    "Daftar lowongan ini tidak lebih baru daripada yang terpasang; tidak ada yang diubah.",
}
