"""Indonesian strings of installers, operations and this PC's credential store."""

ID: dict[str, str] = {
    "The secure credential store of this PC is locked. Sign in to the desktop session (or unlock the keyring) "
    "and try again.": "Penyimpanan kredensial aman di PC ini terkunci. Masuk ke sesi desktop (atau buka kunci "
    "keyring) lalu coba lagi.",
    "This PC's receipt-signing key is missing from the secure credential store. No payment can be taken until "
    "an administrator restores it or registers a new key (Administration → Device).":
    "Kunci tanda tangan kuitansi PC ini tidak ada di penyimpanan kredensial aman. Pembayaran tidak dapat diterima "
    "sampai administrator memulihkannya atau mendaftarkan kunci baru (Administrasi → Perangkat).",
}
