"""Files that hold citizens' personal data are readable by their owner only.

The database (and the -wal/-shm SQLite gives the main file's mode), backups, the backup key, the
terminal's settings, exports and the data folder: files 0600, folders 0700, whatever the umask.
Files left with looser modes by earlier versions are tightened when Grid Desk starts (and that is
logged). On Windows ``chmod`` cannot express this; there the per-user AppData folder is already
private to the user (see the README), and these functions leave modes alone.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

FILE_MODE = 0o600
FOLDER_MODE = 0o700
POSIX = os.name == "posix"


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and any missing parents) owner-only; an existing folder is left as it is."""
    missing = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for created in reversed(missing):
        try:
            created.mkdir(mode=FOLDER_MODE)
        except FileExistsError:  # another terminal made it just now
            continue
        if POSIX:
            os.chmod(created, FOLDER_MODE)  # mkdir's mode is narrowed by the umask, never widened


def new_private_file(path: Path) -> None:
    """Create an empty owner-only file; refused if it exists."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    if POSIX:
        os.chmod(path, FILE_MODE)


def fsync(path: Path) -> None:
    """Flush a file, or a folder's entries (a rename in it), to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def ensure_private_file(path: Path) -> None:
    """Make sure ``path`` exists owner-only before another library creates it with its own mode
    (SQLite would create the database 0644; its -wal and -shm then copy the database's mode)."""
    try:
        new_private_file(path)
    except FileExistsError:
        tighten(path)


def write_private_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` owner-only through a temporary file and a rename, so a failed write
    never leaves half a file and an existing, looser file is replaced by a private one."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
    temporary.unlink(missing_ok=True)
    try:
        new_private_file(temporary)
        with open(temporary, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def is_private(path: Path) -> bool:
    if not POSIX:
        return True
    mode = stat.S_IMODE(path.stat().st_mode)
    return mode & 0o077 == 0


def tighten(path: Path) -> bool:
    """Take group and other rights off ``path`` (a file or a folder); True if it was looser."""
    if not POSIX:
        return False
    try:
        info = path.lstat()
    except FileNotFoundError:
        return False
    if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid():
        return False  # never follow a link, never touch someone else's file
    mode = stat.S_IMODE(info.st_mode)
    if mode & 0o077 == 0:
        return False
    wanted = FOLDER_MODE if stat.S_ISDIR(info.st_mode) else FILE_MODE
    os.chmod(path, wanted)
    log.warning("%s was readable by other users (mode %s); it is now readable by its owner only (%s).",
                path, oct(mode), oct(wanted))
    return True


def tighten_database_files(db_file: Path, *, folder_too: bool) -> list[Path]:
    """Tighten the database, its -wal/-shm/.inuse, its backups folder and every file in it, and (when
    ``folder_too``: it is Grid Desk's own data folder) the folder that holds them. Returns what changed."""
    changed: list[Path] = []
    candidates = [db_file.with_name(db_file.name + side) for side in ("", "-wal", "-shm", "-journal", ".inuse")]
    backups = db_file.parent / "backups"
    if backups.is_dir():
        candidates.append(backups)
        candidates.extend(sorted(p for p in backups.iterdir() if p.name.startswith(db_file.stem)))
    if folder_too:
        candidates.append(db_file.parent)
    for path in candidates:
        try:
            if tighten(path):
                changed.append(path)
        except OSError as exc:  # a read-only medium: say so, start anyway
            log.warning("Could not make %s private: %s", path, exc.strerror or exc)
    return changed


def prepare_database_file(db_file: Path) -> None:
    """Before SQLite opens ``db_file``: its folder exists (made owner-only), looser modes left by
    earlier versions are tightened (the folder too when it is Grid Desk's own data folder), and the
    file exists owner-only, so SQLite's -wal and -shm (which copy its mode) are private as well."""
    from desk.store.paths import data_folder

    make_private_folder(db_file.parent)
    own_folder = db_file.parent.resolve() == data_folder().resolve()
    tighten_database_files(db_file, folder_too=own_folder)
    ensure_private_file(db_file)
