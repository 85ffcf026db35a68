"""The supervisor's sync page: refused records with the centre's reason, sent again from the page; the clock-skew
warning appears only when this PC's clock is more than five minutes off the server's."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from ltsa_desktop.services import queue
from ltsa_desktop.storage.models.core import Outbox
from ltsa_desktop.sync.agent import run_round
from ltsa_desktop.sync.protocol import PushResult
from ltsa_desktop.ui.pages.sync_status import SyncPage
from tests.sync.test_agent import FakeServer


class SkewedFake(FakeServer):
    def __init__(self, skew: float, poison: set[str] | None = None) -> None:
        super().__init__(poison)
        self.skew = skew

    def push(self, batch: dict[str, Any]) -> Any:
        results = [{**r, "entity": rec["entity"], "id": rec["id"], "version": rec["version"]}
                   for r, rec in zip(super().push(batch), batch["records"], strict=True)]
        return PushResult(batch_id=batch["batch_id"], results=results, contiguous_high_water=0, gaps=[],
                          server_time=datetime.now(UTC)).with_clock_skew(self.skew)


def _page(qtbot, office) -> SyncPage:  # type: ignore[no-untyped-def]
    page = SyncPage(office.app_session(office.supervisor))
    qtbot.addWidget(page)
    return page


def test_refused_record_is_listed_and_sent_again(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    ticket = queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A").value.ticket
    server = SkewedFake(12.0, poison={ticket.id})
    run_round(office.db, office.ctx.device_id, server)
    page = _page(qtbot, office)
    assert page.skew_warning.isHidden()  # 12 seconds is fine
    assert page.table.rowCount() == 1 and page.empty_label.isHidden()
    # a reason without one of the centre's refusal codes is shown exactly as sent
    assert [page.table.item(0, j).text() for j in (0, 1, 2, 4)] == ["ticket", ticket.id, "1", "invalid payload"]
    assert page.table.item(0, 4).toolTip() == "invalid payload"
    assert not page.retry_button.isEnabled()
    page.resize(900, 500)
    page.show()
    page.table.selectRow(0)
    page.grab().save("/tmp/sync_page.png")
    assert page.retry_button.isEnabled()
    page.retry_button.click()
    assert page.table.rowCount() == 0 and not page.empty_label.isHidden()
    with office.db.read() as s:
        assert s.execute(select(Outbox.state).where(Outbox.record_id == ticket.id)).scalar_one() == "pending"
    assert "Waiting to be sent: 1" in page.status_label.text()


class RefusingCentre(SkewedFake):
    """Refuses each record in ``refusals`` (record id → (status, reason)) with the given answer."""

    def __init__(self, refusals: dict[str, tuple[str, str]]) -> None:
        super().__init__(0.0)
        self.refusals = refusals

    def push(self, batch: dict[str, Any]) -> Any:
        results = []
        for answer, record in zip(FakeServer.push(self, batch), batch["records"], strict=True):
            status, reason = self.refusals.get(record["id"], (answer["status"], answer["reason"]))
            results.append({**answer, "entity": record["entity"], "id": record["id"], "version": record["version"],
                            "status": status, "reason": reason})
        return PushResult(batch_id=batch["batch_id"], results=results, contiguous_high_water=0, gaps=[],
                          server_time=datetime.now(UTC)).with_clock_skew(self.skew)


def _centre_reason(record: dict[str, Any], **change: Any) -> str:
    """The reason the centre's own check gives ``record`` when ``change`` is applied to the device or payload."""
    from ltsa_desktop.central.apply import DeviceIdentity, check_record
    from ltsa_desktop.sync.protocol import WireRecord

    device = DeviceIdentity(change.pop("device_id", record["device_id"]), change.pop("office_id", record["office_id"]),
                            "SBY01", "01")
    wire = WireRecord.model_validate({**record, "payload": {**record["payload"], **change}})
    reason = check_record(wire, device)
    assert reason is not None
    return reason


def test_known_refusal_codes_are_explained_with_the_raw_reason_in_the_tooltip(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    tickets = [queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A").value.ticket for _ in range(6)]
    other = "0190a8c4-0000-7000-8000-000000000001"
    with office.db.read() as s:
        records = {row.record_id: {"entity": row.entity, "id": row.record_id, "version": row.version,
                                   "office_id": office.ctx.office_id, "device_id": row.device_id,
                                   "device_seq": row.device_seq, "created_at": datetime.now(UTC),
                                   "payload": {}}
                   for row in s.execute(select(Outbox).where(Outbox.record_id.in_([t.id for t in tickets])))
                   .scalars()}
    reasons = [_centre_reason(records[tickets[0].id], office_id=other),
               _centre_reason(records[tickets[1].id], device_id=other),
               _centre_reason(records[tickets[2].id], version=99),
               _centre_reason(records[tickets[3].id], fee=1.5),
               "conflict: this id and version were already received with other content; quarantined at the centre",
               "quota_exceeded: the centre is full"]
    statuses = ["rejected"] * 4 + ["conflict", "rejected"]
    centre = RefusingCentre({t.id: (status, reason) for t, status, reason in zip(tickets, statuses, reasons,
                                                                                 strict=True)})
    run_round(office.db, office.ctx.device_id, centre)
    page = _page(qtbot, office)
    assert page.table.rowCount() == 6
    shown = {page.table.item(i, 1).text(): (page.table.item(i, 4).text(), page.table.item(i, 4).toolTip())
             for i in range(6)}
    expected = ["The centre says this record belongs to another office.",
                "The centre says this record was made on another PC;",
                "The record's content does not match its own label (version differs).",
                "The record holds a number with decimals; amounts must be whole rupiah.",
                "The centre already holds other content under this version",
                "quota_exceeded: the centre is full"]
    for ticket, reason, start in zip(tickets, reasons, expected, strict=True):
        text, tooltip = shown[ticket.id]
        assert text.startswith(start)
        assert tooltip == (reason if text == reason else f"{text}\n\n{reason}")  # the centre's words kept
    assert all(not text.startswith(("office_mismatch", "device_mismatch", "payload_", "conflict:"))
               for text, _ in shown.values())


def test_clock_skew_warning(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    queue.ensure_default_lines(office.ctx, office.admin)
    run_round(office.db, office.ctx.device_id, SkewedFake(-7 * 60.0))
    page = _page(qtbot, office)
    assert not page.skew_warning.isHidden()
    assert "7 minutes ahead of the central server" in page.skew_warning.text()
    queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A")
    run_round(office.db, office.ctx.device_id, SkewedFake(20 * 60.0))
    page.refresh()
    assert "20 minutes behind" in page.skew_warning.text()
    page.resize(900, 500)
    page.show()
    page.grab().save("/tmp/sync_page_skew.png")
    run_round(office.db, office.ctx.device_id, SkewedFake(30.0))
    queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A")
    run_round(office.db, office.ctx.device_id, SkewedFake(30.0))
    page.refresh()
    assert page.skew_warning.isHidden()


def test_status_bar_asks_to_check_the_clock(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.ui.main_window import MainWindow

    queue.ensure_default_lines(office.ctx, office.admin)
    run_round(office.db, office.ctx.device_id, SkewedFake(12.0))
    session = office.app_session(office.supervisor)
    window = MainWindow(session, idle_minutes=0)
    qtbot.addWidget(window)
    assert "clock" not in window.sync_label.text()
    queue.issue_ticket(office.ctx, queue.KIOSK_ACTOR, "A")
    run_round(office.db, office.ctx.device_id, SkewedFake(-9 * 60.0))
    window.update_sync_status()
    assert "check this PC's clock" in window.sync_label.text()


def test_reference_data_the_office_refused_is_shown_until_a_good_one_installs(qtbot, office) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.domain.bundle import BundleError
    from ltsa_desktop.services import sync_setup

    page = _page(qtbot, office)
    assert "refused" not in page.status_label.text()
    sync_setup._note_reference(office.ctx, "vacancy_list", 4, BundleError(["trusted key 'x' unknown"], "unknown_key"))
    page.refresh()
    text = page.status_label.text()
    assert "The vacancy list from the centre was refused: It is signed with a key this office does not trust." in text
    assert "What this PC installed before stays in use." in text
    sync_setup._note_reference(office.ctx, "vacancy_list", 5, None)
    page.refresh()
    assert "refused" not in page.status_label.text()
