"""Indonesian strings of the fees page: choices within a choice group, quote notices, the printable quote."""

ID: dict[str, str] = {
    "Choices": "Pilihan",
    "Print quote": "Cetak rincian biaya",
    "Save quote as PDF…": "Simpan rincian biaya sebagai PDF…",
    "Save quote as PDF": "Simpan rincian biaya sebagai PDF",
    "Paper": "Kertas",
    "{amount} per {unit}": "{amount} per {unit}",
    "Contract length": "Masa kontrak",
    "Passport validity": "Masa berlaku paspor",
    "JHT savings (voluntary)": "JHT (sukarela)",
    "— choose one —": "— pilih salah satu —",
    "{service}: choose one option under Choices.": "{service}: pilih salah satu di bagian Pilihan.",
    "{services} are alternatives: keep only one of them.": "{services} adalah alternatif: pilih satu saja.",
    "{service}: no fee line applies to this profile.": "{service}: tidak ada tarif yang berlaku untuk profil ini.",
    "Settle these before taking payment.": "Selesaikan ini sebelum menerima pembayaran.",
    "Quote printed.": "Rincian biaya dicetak.",
    "Fee quote": "Rincian biaya",
    "Not printed; the quote is saved at {path}.": "Tidak dicetak; rincian biaya disimpan di {path}.",
    "No printer answered; the quote is saved at {path}.":
    "Tidak ada printer yang menjawab; rincian biaya disimpan di {path}.",
    "A choice in the fee quote is still open (for example the contract length, or one of two alternative "
    "services). Settle it on the Fees & payment page before taking payment.":
        "Masih ada pilihan yang belum ditentukan dalam rincian biaya (misalnya lama kontrak, atau salah satu dari "
        "dua layanan alternatif). Tentukan dulu di halaman Biaya dan pembayaran sebelum menerima pembayaran.",
    "The fees worked out for the saved applicant differ from the quote on screen (the profile on the Fees & "
    "payment page was changed, or the fee schedule changed). Nothing was charged: check the profile and the "
    "quote, then take the payment again.":
        "Biaya yang dihitung untuk pemohon yang tersimpan berbeda dari rincian di layar (profil di halaman Biaya "
        "dan pembayaran diubah, atau jadwal tarif berubah). Tidak ada yang ditagih: periksa profil dan "
        "rinciannya, lalu terima pembayaran lagi.",
    # the printable service standard (maklumat) on the Catalog page
    "All schemes": "Semua skema",
    "Select a service first.": "Pilih layanan terlebih dahulu.",
    "Print service standard…": "Cetak maklumat pelayanan…",
    "Service standard": "Maklumat pelayanan",
    "Service standard printed.": "Maklumat pelayanan dicetak.",
    "No printer answered; the service standard is saved at {path}.":
        "Tidak ada printer yang menjawab; maklumat pelayanan disimpan di {path}.",
    "Not printed; the service standard is saved at {path}.": "Tidak dicetak; maklumat pelayanan disimpan di {path}.",
    "Save service standard as PDF": "Simpan maklumat pelayanan sebagai PDF",
    "Requirements and fees of one placement scheme, or of every scheme":
        "Persyaratan dan biaya untuk satu skema penempatan, atau untuk semua skema",
    "Unknown placement scheme: {scheme}.": "Skema penempatan tidak dikenal: {scheme}.",
}
