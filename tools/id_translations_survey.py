"""Indonesian strings of the satisfaction survey (IKM): the rating screen, the supervisor's day, its messages.

The rating screen's own questions and answers switch language on the screen itself (like the kiosk) and are
written in both languages in ``ltsa_desktop/ui/public/rating.py``.
"""

ID: dict[str, str] = {
    "Rating screen": "Layar penilaian layanan",
    "Satisfaction survey (IKM): no ratings on this day.":
    "Survei Kepuasan Masyarakat (IKM): belum ada penilaian pada hari ini.",
    "Satisfaction survey (IKM): {index} – grade {grade} ({category}), {count} ratings.":
    "Survei Kepuasan Masyarakat (IKM): {index} – mutu {grade} ({category}), {count} penilaian.",
    "Comments:": "Saran dan komentar:",
    # messages
    "This service visit has already been rated. Thank you.": "Layanan ini sudah dinilai. Terima kasih.",
    "Ticket {number} is not finished yet, so it cannot be rated.":
    "Tiket {number} belum selesai dilayani, jadi belum dapat dinilai.",
    "Choose a rating from 1 to 4 for every question.": "Pilih nilai 1 sampai 4 untuk setiap pertanyaan.",
    "The end date is before the start date.": "Tanggal akhir lebih awal dari tanggal mulai.",
}
