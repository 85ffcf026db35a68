"""Regenerate the user guide's screenshots from a simulated demo office: ``python -m docs.screenshots [DIR]``.

Every main window is grabbed offscreen at 1366×768 (the common cheap office screen) in Indonesian.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class _Silent:
    def announce(self, *_args: object) -> None:
        return None


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    target = Path((argv or sys.argv[1:] or ["docs/images"])[0])
    target.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ltsa_desktop.paths import DataDir
    from ltsa_desktop.services import auth, queue
    from ltsa_desktop.services.demo import DEMO_PASSWORD, seed_demo
    from ltsa_desktop.services.office import open_context
    from ltsa_desktop.settings import Settings
    from ltsa_desktop.storage.db import Database
    from ltsa_desktop.storage.migrate import upgrade
    from ltsa_desktop.ui.i18n import install_translator
    from ltsa_desktop.ui.main_window import MainWindow
    from ltsa_desktop.ui.public.display_board import DisplayBoardWindow
    from ltsa_desktop.ui.public.kiosk import KioskWindow
    from ltsa_desktop.ui.session import AppSession, SessionState
    from ltsa_desktop.ui.signin import SignInDialog

    install_translator(app, "id")
    data = DataDir(Path(tempfile.mkdtemp(prefix="ltsa-shots-"))).ensure()
    db = Database(f"sqlite:///{data.database}")
    upgrade(db)
    seed_demo(db, data.device_file, data.root)
    ctx = open_context(db, data.device_file, data_dir=data.root)

    def session_for(username: str | None) -> AppSession:
        s = AppSession(SessionState(ctx=ctx, data=data, settings=Settings(data.settings_file), demo=True))
        if username:
            s.set_actor(auth.sign_in(ctx, username, DEMO_PASSWORD))
        return s

    def grab(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        widget.resize(1366, 768)
        widget.show()
        app.processEvents()
        widget.grab().save(str(target / f"{name}.png"))
        widget.close()

    from ltsa_desktop.services.demo import DEMO_ACCOUNTS

    grab(SignInDialog(ctx, "LTSA P2MI Demo", demo_accounts=[(a.username, a.role.value) for a in DEMO_ACCOUNTS],
                      demo_password=DEMO_PASSWORD), "signin")
    counter = MainWindow(session_for("petugas1"), idle_minutes=0)
    grab(counter, "counter-queue")
    supervisor = MainWindow(session_for("koordinator"), idle_minutes=0)
    supervisor.nav.setCurrentRow(1)
    grab(supervisor, "supervisor-day")
    admin = MainWindow(session_for("admin"), idle_minutes=0)
    admin.nav.setCurrentRow(1)
    grab(admin, "admin-staff")
    grab(KioskWindow(session_for(None), slip_handler=lambda _i: ""), "kiosk")
    queue.issue_ticket(ctx, queue.KIOSK_ACTOR, "B")
    grab(DisplayBoardWindow(session_for(None), announcer=_Silent()), "display-board")
    for name in ("fee-board",):
        try:
            from ltsa_desktop.ui.public.fee_board import FeeBoardWindow

            grab(FeeBoardWindow(session_for(None)), name)
        except Exception as exc:  # noqa: BLE001 - a screenshot that cannot be made is reported, not fatal
            print(f"skipped {name}: {exc}")
    try:  # the rating screen at counter 1, showing a finished ticket's questions
        from ltsa_desktop.services.survey import RatableTicket
        from ltsa_desktop.ui.public.rating import RatingWindow

        counter_id = queue.list_counters(ctx)[0][0]
        rating = RatingWindow(session_for(None), counter_id, poll_ms=None)
        rating.offer(RatableTicket("screenshot", "A-042", "A", "Ketenagakerjaan", "Employment", counter_id,
                                   ctx.now()))
        for element in list(rating.groups)[:4]:
            rating.score_buttons[(element, 4)].click()
        grab(rating, "rating-screen")
    except Exception as exc:  # noqa: BLE001 - a screenshot that cannot be made is reported, not fatal
        print(f"skipped rating-screen: {exc}")
    try:  # rating at the kiosk: the number printed on the slip, typed on the kiosk's keypad
        kiosk = KioskWindow(session_for(None), slip_handler=lambda _i: "")
        kiosk.rate_button.click()
        for key in ("A", "1", "2"):
            kiosk.key_buttons[key].click()
        grab(kiosk, "kiosk-rating")
    except Exception as exc:  # noqa: BLE001 - a screenshot that cannot be made is reported, not fatal
        print(f"skipped kiosk-rating: {exc}")
    try:  # job information: the vacancies entered at this office, matching for a demo applicant, the kiosk board
        from ltsa_desktop.ui.pages.jobs import JobsPage

        jobs_page = JobsPage(session_for("koordinator"))
        jobs_page.tabs.setCurrentWidget(jobs_page.vacancies)
        grab(jobs_page, "jobs-vacancies")
        jobs_page = JobsPage(session_for("petugas1"))
        jobs_page.matching.search.setText("Siti")  # a name the demo applicants share
        jobs_page.matching.run_search()
        if jobs_page.matching.results.count():
            jobs_page.matching.choose(jobs_page.matching.results.item(0))
        grab(jobs_page, "jobs-matching")
        kiosk = KioskWindow(session_for(None), slip_handler=lambda _i: "")
        kiosk.show_vacancies()
        grab(kiosk, "kiosk-vacancies")
    except Exception as exc:  # noqa: BLE001 - a screenshot that cannot be made is reported, not fatal
        print(f"skipped jobs: {exc}")
    print(f"screenshots written to {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
