"""Indonesian strings of the print preview and silent printing."""

ID: dict[str, str] = {
    "Print preview": "Pratinjau cetak",
    "{pages} page(s) · printer: {printer}": "{pages} halaman · printer: {printer}",
    "system default": "bawaan sistem",
    "The preview of {files} could not be drawn; it can still be printed or saved.":
    "Pratinjau {files} tidak dapat ditampilkan; berkas tetap dapat dicetak atau disimpan.",
    "Print": "Cetak",
    "Save as PDF…": "Simpan sebagai PDF…",
    "Close": "Tutup",
    "No printer answered ({detail}); the PDF is saved at {path}.":
    "Tidak ada printer yang menjawab ({detail}); PDF disimpan di {path}.",
    "Save as PDF": "Simpan sebagai PDF",
    "PDF files (*.pdf)": "Berkas PDF (*.pdf)",
    "Folder for the PDF files": "Folder untuk berkas PDF",
    "Saved: {paths}": "Disimpan: {paths}",
    "Receipt {n} (copy)": "Kuitansi {n} (salinan)",
    "Not printed; the copy is saved at {path}.": "Tidak dicetak; salinan disimpan di {path}.",
    "Print at once, without a preview (thermal printer)": "Langsung cetak, tanpa pratinjau (printer termal)",
    "Preview…": "Pratinjau…",
    "The file could not be written: {reason}": "Berkas tidak dapat ditulis: {reason}",
}
