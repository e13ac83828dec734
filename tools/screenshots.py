"""Screenshots of every page a user may open, at a given window size, for looking at the layout.

    GRID_DESK_DATA_DIR=/tmp/x python main.py demo          # a demo station first
    xvfb-run -s "-screen 0 1366x768x24" python tools/screenshots.py --user chuangkou1 --lang en --out /tmp/shots

Signs in as ``--user`` (demo password), shows the main window at ``--size`` (default: the screen's
available size less a 40 px task bar), opens each page in navigation order and saves ``<page>.png``.
It prints each page whose needs make the window bigger than the size asked for.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QSize, QThreadPool
from PySide6.QtWidgets import QApplication


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", default="griddesk-demo")
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    parser.add_argument("--size", default="", help="WIDTHxHEIGHT in logical pixels")
    parser.add_argument("--pages", default="", help="comma-separated page keys (default: all)")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    from desk.services.auth import sign_in
    from desk.services.context import Desk
    from desk.services.station import get_station
    from desk.store.bootstrap import open_database
    from desk.store.paths import default_database_url
    from desk.ui.changes import ChangeWatcher
    from desk.ui.context import UiContext
    from desk.ui.i18n import install_translators
    from desk.ui.main_window import MainWindow
    from desk.ui.terminal_settings import TerminalSettings
    from desk.ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    install_translators(app, args.lang)
    apply_theme(app)
    desk = Desk(open_database(default_database_url(), daily_backup=False))
    actor = sign_in(desk, args.user, args.password, "screenshots", 1).actor
    settings = TerminalSettings()
    context = UiContext(desk, actor, settings, get_station(desk), ChangeWatcher(desk))
    window = MainWindow(context)
    screen = app.primaryScreen().availableGeometry()
    if args.size:
        width, height = (int(n) for n in args.size.split("x"))
    else:
        width, height = screen.width(), screen.height() - 40
    window.resize(width, height)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    wanted = [key for key in args.pages.split(",") if key] or window.page_keys()
    for key in wanted:
        page = window.open_page(key)
        view, model = getattr(page, "view", None), getattr(page, "model", None)
        if key == "mediation_cases" and view is not None and model is not None and model.rowCount():
            view.selectRow(0)  # the case page is at its fullest with a case open
        for _ in range(5):
            app.processEvents()
        need = window.minimumSizeHint().expandedTo(window.minimumSize())
        if need.width() > width or need.height() > height:
            print(f"{key}: the window needs {need.width()}x{need.height()}, more than {width}x{height}")
        window.resize(QSize(width, height))
        app.processEvents()
        shown, room = window.current_page(), window.stack.size()
        if shown is not None and (shown.minimumSizeHint().height() > room.height()
                                  or shown.minimumSizeHint().width() > room.width()):
            hint = shown.minimumSizeHint()
            print(f"{key}: scrolls, needs {hint.width()}x{hint.height()} in {room.width()}x{room.height()}")
        window.grab().save(str(args.out / f"{key}.png"))
    QThreadPool.globalInstance().waitForDone()  # a page's background read must not outlive the app
    context.changes.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
