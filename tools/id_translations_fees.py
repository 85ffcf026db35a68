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
}
