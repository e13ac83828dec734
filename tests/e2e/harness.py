"""Drive the real program as a person does: each program runs as its own process on its own X server
(Xvfb, 1366×768), and the test presses real keys and clicks with xdotool (XTEST events, the same path
a keyboard takes). The desk's clock is the process clock moved by libfaketime to a fixed working
morning, so the flows do not depend on the day the suite runs (the same way .ci/run moves it).

libfaketime 0.9.10 and Python: with the monotonic clock faked, timed condition waits
(``threading.Event.wait``) never time out; with it left alone (FAKETIME_DONT_FAKE_MONOTONIC), every
``time.sleep`` fails with EINVAL. The program sleeps (database retries) but waits on no timed
condition, so its monotonic clock is faked, as .ci/run's ``faketime`` does for the whole suite. The
offset form ("-N s" from the real clock) gives every program of a test one clock; the "@" form
would start each process's clock afresh at its own launch."""

from __future__ import annotations

import os
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import closing, contextmanager
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIBFAKETIME = Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")
TOOLS = ("Xvfb", "xdotool")  # and libfaketime; ImageMagick's import, when present, keeps screenshots
# Monday 23 November 2026, 09:30 in Shanghai: a working morning, every service taking numbers.
START_UTC = "2026-11-23 01:30:00"


def pause(seconds: float) -> None:
    """Let the programs work a moment. Not ``time.sleep``: when .ci/run runs the suite under faketime,
    libfaketime 0.9.10 turned a 0.3 s ``time.sleep`` in this process into a hang after the first test
    (its absolute-deadline clock_nanosleep); ``select`` takes a relative timeout and is left alone."""
    select.select([], [], [], seconds)


def ended(process: subprocess.Popen[bytes], timeout: float) -> bool:
    """Whether ``process`` ends within ``timeout`` s (``Popen.wait(timeout)`` sleeps with time.sleep)."""
    deadline = time.monotonic() + timeout
    while process.poll() is None:
        if time.monotonic() >= deadline:
            return False
        pause(0.1)
    return True


def real_epoch() -> int:
    """The PC's real clock, even when this test process itself runs under faketime (.ci/run's dates pass)."""
    return int(subprocess.run(["date", "-u", "+%s"], env=without_faketime(os.environ), capture_output=True,
                              text=True, check=True, timeout=60).stdout)


def without_faketime(env: Mapping[str, str]) -> dict[str, str]:
    return {k: v for k, v in env.items() if not k.startswith("FAKETIME") and k != "LD_PRELOAD"}


def clock_at(moment_utc: str) -> dict[str, str]:
    """Environment that moves a program's clock to ``moment_utc`` now, ticking on from there; programs
    started later with the same environment share the clock (it is an offset from the real one)."""
    wanted = int(datetime.strptime(moment_utc, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc).timestamp())
    return {"LD_PRELOAD": str(LIBFAKETIME), "FAKETIME": f"{wanted - real_epoch():+d}s", "TZ": "UTC"}


def missing_tools() -> list[str]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not LIBFAKETIME.exists():
        missing.append("libfaketime")
    return missing


class Screen:
    """One Xvfb server; ``key``/``type``/``click`` go to whatever window has the focus there."""

    def __init__(self, shots: Path) -> None:
        read, write = os.pipe()
        self.process = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
                                         # no key repeat: on a loaded machine a key "held" between press
                                         # and release would type twice
                                         "-ardelay", "3600000", "-arinterval", "3600000", "-nolisten", "tcp"],
                                        pass_fds=(write,), env=without_faketime(os.environ),
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            self.display = ":" + pipe.readline().strip()
        # The X tools run on the real clock, also when the suite itself runs under faketime (.ci/run).
        self.env = {**without_faketime(os.environ), "DISPLAY": self.display}
        self.shots = shots
        self.count = 0

    def run(self, *args: str, check: bool = True) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env,
                              capture_output=True, text=True, timeout=60)
        if check and done.returncode != 0:
            raise AssertionError(f"xdotool {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout.strip()

    def key(self, *keys: str) -> None:
        for key in keys:
            self.run("key", "--delay", "60", key)
            pause(0.15)  # a person's pace; the program reacts between keys

    def type(self, text: str) -> None:
        """Text, one key press per character (``xdotool type`` dropped characters on a loaded machine);
        Chinese as Unicode keysyms, which xdotool maps to a spare key code, so no input method is needed."""
        names = {"-": "minus", ".": "period", "@": "at", " ": "space", "_": "underscore", "/": "slash",
                 ":": "colon", ",": "comma"}
        keys = [names.get(ch, ch if ch.isascii() and ch.isalnum() else f"U{ord(ch):04X}") for ch in text]
        self.run("key", "--delay", "80", *keys)
        pause(0.2)

    def click(self, x: int, y: int) -> None:
        self.run("mousemove", str(x), str(y), "click", "1")

    def window(self, title: str, timeout: float = 90) -> str:
        """The id of a visible window whose title contains ``title`` (a regular expression), focused."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.run("search", "--onlyvisible", "--name", title, check=False).split()
            if found:
                self.run("windowactivate", "--sync", found[-1], check=False)
                self.run("windowfocus", "--sync", found[-1], check=False)
                return found[-1]
            pause(0.3)
        self.shot("no-window")
        raise AssertionError(f"no window titled {title!r} on {self.display} within {timeout} s")

    def sign_in(self, program: Program, username: str, password: str) -> None:
        """The sign-in dialog, as a person fills it: Alt+U for the name (it may be remembered from last
        time), Alt+P for the password, Enter; then the dialog goes."""
        dialog = self.window("sign in|登录", 120)
        wait_for("the sign-in dialog to open the database", lambda: "sign-in ready" in program.output(), 120,
                 self, program)
        self.key("alt+u", "ctrl+a")
        self.type(username)
        self.key("alt+p", "ctrl+a")
        self.type(password)
        self.key("Return")
        self.gone(dialog)

    def save_as(self, program: Program, target: Path) -> None:
        """In the save dialog that is opening: the whole name typed over the suggested one, Return, and
        the file on disk."""
        dialog = self.window("另存|Save|导出|Export")
        self.key("ctrl+a")
        self.type(str(target))
        self.key("Return")
        self.gone(dialog)
        wait_for(f"{target.name} on disk", lambda: target.exists() and target.stat().st_size > 0, 90, self, program)

    def gone(self, window: str, timeout: float = 90) -> None:
        """Wait until ``window`` is no longer shown (a dialog was accepted)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if window not in self.run("search", "--onlyvisible", "--name", ".", check=False).split():
                return
            pause(0.3)
        self.shot("still-there")
        raise AssertionError(f"window {window} still shown on {self.display} after {timeout} s")

    def shot(self, name: str) -> Path:
        self.count += 1
        path = self.shots / f"{self.count:02d}-{name}.png"
        if shutil.which("import"):
            subprocess.run(["import", "-window", "root", str(path)], env=self.env,
                           capture_output=True, timeout=60)
        return path

    def close(self) -> None:
        self.process.terminate()
        ended(self.process, 10)


class Program:
    """``python main.py ARGS`` on ``screen`` with the moved clock; its output is kept for a failure."""

    def __init__(self, screen: Screen, url: str, data: Path, args: list[str], settings: Path,
                 clock: Mapping[str, str]) -> None:
        data.mkdir(parents=True, exist_ok=True)
        self.log = data.parent / f"program-{len(list(data.parent.glob('program-*.log')))}.log"
        env = {**without_faketime(os.environ), "DISPLAY": screen.display, "QT_QPA_PLATFORM": "xcb",
               "GRID_DESK_DATA_DIR": str(data), "GRID_DESK_SETTINGS": str(settings), **clock}
        env.pop("QT_SCALE_FACTOR", None)
        with self.log.open("w") as log:  # the child keeps its own copy of the descriptor
            self.process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--verbose", "--db", url, *args],
                                            env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                                            start_new_session=True)

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_output(self, text: str, screen: Screen, timeout: float = 120) -> None:
        """Wait until the program has logged ``text`` (with --verbose), e.g. that a slow job is done."""
        wait_for(repr(text), lambda: text in self.output(), timeout, screen, self)

    def settled(self, screen: Screen, db: Path, shown: str, timeout: float = 120) -> None:
        """Wait until the program has noticed every change in the database so far (its change watcher
        logs the audit chain's mark) and the page has then logged ``shown``: after that nothing is
        counting any more, and the page's buttons are enabled for the next key."""
        mark = rows(db, "SELECT last_seq FROM audit_head WHERE id = 1")[0][0]
        seen = f"changes seen: mark {mark}\n"

        def done() -> bool:
            out = self.output()
            return seen in out and shown in out[out.rindex(seen):]
        wait_for(f"{seen.strip()}, then {shown!r}", done, timeout, screen, self)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            if not ended(self.process, 15):
                os.killpg(self.process.pid, signal.SIGKILL)
                ended(self.process, 15)


def rows(db: Path, sql: str, *args: object) -> list[tuple]:
    """Read the station's database as it is now, read-only, beside the running programs."""
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)) as connection:
        return connection.execute(sql, args).fetchall()


def wait_for(what: str, check: Callable[[], object], timeout: float = 60, screen: Screen | None = None,
             program: Program | None = None) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        if program is not None and program.process.poll() is not None:
            break
        pause(0.3)
    if screen is not None:
        screen.shot("timeout")
    log = program.output()[-3000:] if program is not None else ""
    raise AssertionError(f"waited in vain for {what}\n{log}")


@contextmanager
def screen_for(shots: Path) -> Iterator[Screen]:
    screen = Screen(shots)
    try:
        yield screen
    finally:
        screen.close()
