"""What the display board says when a ticket is called: ``Nomor antrian A nol nol tujuh, silakan ke loket tiga``."""

from __future__ import annotations

_DIGITS_ID = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_DIGITS_EN = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def number_words_id(n: int) -> str:
    """Indonesian words for 0–999 (counter numbers): 3 → ``tiga``, 11 → ``sebelas``, 21 → ``dua puluh satu``."""
    if not 0 <= n <= 999:
        raise ValueError("0..999 only")
    if n < 10:
        return _DIGITS_ID[n]
    if n == 10:
        return "sepuluh"
    if n == 11:
        return "sebelas"
    if n < 20:
        return f"{_DIGITS_ID[n - 10]} belas"
    if n < 100:
        tens, ones = divmod(n, 10)
        return f"{_DIGITS_ID[tens]} puluh" + (f" {_DIGITS_ID[ones]}" if ones else "")
    hundreds, rest = divmod(n, 100)
    head = "seratus" if hundreds == 1 else f"{_DIGITS_ID[hundreds]} ratus"
    return head + (f" {number_words_id(rest)}" if rest else "")


def announcement_text(ticket_number: str, counter_number: int, lang: str = "id") -> str:
    """The sentence spoken for a call. The ticket's digits are read one by one, as on the slip."""
    prefix, _, digits = ticket_number.partition("-")
    letters = " ".join(prefix)
    if lang == "en":
        spoken = " ".join(_DIGITS_EN[int(d)] for d in digits)
        return f"Ticket number {letters} {spoken}, please go to counter {counter_number}"
    spoken = " ".join(_DIGITS_ID[int(d)] for d in digits)
    return f"Nomor antrian {letters} {spoken}, silakan ke loket {number_words_id(counter_number)}"
