"""kiosk, display: the hall's full-screen queue terminals (no sign-in; see desk.ui.queue.standalone)."""

from __future__ import annotations

import argparse

from desk.cli.common import add_db_option


def add_screen_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--screen", type=int, default=None, metavar="N",
                        help="show on screen N (0 = the first; default: the primary screen)")
    parser.add_argument("--windowed", action="store_true", help="a normal window instead of full screen")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    kiosk = sub.add_parser("kiosk", help="the number kiosk (取号机): full screen, touch buttons, prints the slip")
    add_db_option(kiosk)
    add_screen_options(kiosk)
    kiosk.set_defaults(func=_kiosk)
    display = sub.add_parser("display", help="the hall display (叫号大屏): current calls, chime and voice")
    add_db_option(display)
    add_screen_options(display)
    display.add_argument("--silent", action="store_true", help="show calls without chime or voice")
    display.set_defaults(func=_display)


def _kiosk(args: argparse.Namespace) -> int:
    from desk.ui.queue.kiosk import KioskWindow
    from desk.ui.queue.standalone import device_actor, run_fullscreen

    return run_fullscreen(args, lambda desk: KioskWindow(desk, device_actor("kiosk", "取号机")))


def _display(args: argparse.Namespace) -> int:
    from desk.ui.queue.announcer import QtSpeaker, Speaker
    from desk.ui.queue.display import HallDisplay
    from desk.ui.queue.standalone import run_fullscreen

    def build(desk):  # type: ignore[no-untyped-def]
        return HallDisplay(desk, speaker=Speaker() if args.silent else QtSpeaker())

    return run_fullscreen(args, build)
