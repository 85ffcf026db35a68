"""The satisfaction survey (IKM, PermenPANRB 14/2017): one anonymous response per finished ticket.

A response carries the service (the ticket's queue line) and the counter, the nine element scores 1..4 and an
optional comment: no ticket, no applicant, no name, no contact. Which tickets were rated is kept apart, in
``survey_rated_ticket`` (this office only, never synced, no time and no link to the response), only to refuse a
second rating.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ltsa_desktop.storage.base import Base, SyncedMixin, UTCDateTime

SCORE_COLUMNS = ("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9")  # in domain.ikm.ELEMENTS order


class SurveyResponse(SyncedMixin, Base):
    __tablename__ = "survey_response"
    __sync_entity__ = "survey_response"
    __table_args__ = (
        Index("ix_survey_response_day", "office_id", "service_day"),
        *(CheckConstraint(f"{c} BETWEEN 1 AND 4", name=f"{c}_range") for c in SCORE_COLUMNS),
    )

    service_day: Mapped[date] = mapped_column(Date)
    line: Mapped[str] = mapped_column(String(2))  # the service rated: the ticket's queue line
    counter_id: Mapped[str] = mapped_column(String(36))
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    u1: Mapped[int] = mapped_column(Integer)  # persyaratan
    u2: Mapped[int] = mapped_column(Integer)  # sistem, mekanisme dan prosedur
    u3: Mapped[int] = mapped_column(Integer)  # waktu penyelesaian
    u4: Mapped[int] = mapped_column(Integer)  # biaya/tarif
    u5: Mapped[int] = mapped_column(Integer)  # produk spesifikasi jenis pelayanan
    u6: Mapped[int] = mapped_column(Integer)  # kompetensi pelaksana
    u7: Mapped[int] = mapped_column(Integer)  # perilaku pelaksana
    u8: Mapped[int] = mapped_column(Integer)  # penanganan pengaduan, saran dan masukan
    u9: Mapped[int] = mapped_column(Integer)  # sarana dan prasarana
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)

    def scores(self) -> tuple[int, ...]:
        return tuple(getattr(self, c) for c in SCORE_COLUMNS)


class SurveyRatedTicket(Base):
    """A ticket that has been rated (its id only): one response per ticket, without saying which response."""

    __tablename__ = "survey_rated_ticket"

    ticket_id: Mapped[str] = mapped_column(String(36), primary_key=True)
