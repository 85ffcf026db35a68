"""Indonesian strings of the queue and the applicant form's address region (provinsi, kabupaten/kota)."""

ID: dict[str, str] = {
    # the applicant's address: province and regency pickers
    "Regency or city (kabupaten/kota)": "Kabupaten/kota",
    "Type to search, e.g. Jawa Barat": "Ketik untuk mencari, mis. Jawa Barat",
    "Type to search, e.g. Indramayu": "Ketik untuk mencari, mis. Indramayu",
    "Province and regency filled in from the NIK; change them if the applicant lives elsewhere now.":
    "Provinsi dan kabupaten/kota diisi dari NIK; ubah bila pemohon kini tinggal di tempat lain.",
    "Not a regency or city of the chosen province; choose one from the list.":
    "Bukan kabupaten/kota di provinsi yang dipilih; pilih dari daftar.",
    "This regency or city is not in the chosen province.": "Kabupaten/kota ini tidak berada di provinsi yang dipilih.",
    "The NIK's regency digits (3–4) are not in the current region list; it may be an older code. An NIK is never "
    "reissued, so this is only a warning.":
    "Kode kabupaten/kota pada NIK (angka ke-3–4) tidak ada dalam daftar wilayah saat ini; mungkin kode lama. NIK "
    "tidak pernah diterbitkan ulang, jadi ini hanya peringatan.",
}
