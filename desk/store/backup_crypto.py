"""Backups that leave the database's folder (the second backup folder: a USB disk, a network share)
are encrypted, so a lost disk or a share others can read gives away no citizen's data.

AES-256-GCM in 1 MiB chunks (streamed: a large database is never held in memory). Each chunk's
nonce is a random per-file prefix, the chunk's number and a "last chunk" flag, and the file header
is authenticated with every chunk, so a flipped byte, reordered or dropped chunks, a cut-off file
and a changed header are all refused, before a single byte reaches the database.

The key is 32 random bytes in a key file in Grid Desk's data folder (owner-only), made the first
time an encrypted backup is written, never in the database nor beside the backups. Without it the
encrypted backups cannot be restored: the IT person keeps a copy (README, "Backups").
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desk.core.errors import QT_TRANSLATE_NOOP, ConfigurationError, ValidationError
from desk.store import private
from desk.store.paths import data_folder

MAGIC = b"GRIDDESK-ENC1\n"
KEY_FILE_NAME = "backup.key"
_KEY_HEADER = "grid-desk backup key v1"
CHUNK = 1 << 20
_TAG = 16
_PREFIX = 7
_KEY_ID = 8
# magic, key id, nonce prefix, chunk size
_HEADER = struct.Struct(f">{len(MAGIC)}s{_KEY_ID}s{_PREFIX}sI")
ENCRYPTED_SUFFIX = ".enc"

MSG_NO_KEY = QT_TRANSLATE_NOOP(
    "DeskError",
    "The backup {path} is encrypted, but there is no backup key at {key}. Copy the station's backup key "
    "file there (the IT person keeps a copy), then try again.",
)
MSG_WRONG_KEY = QT_TRANSLATE_NOOP(
    "DeskError",
    "The backup {path} was encrypted with another backup key than the one in {key}. Put the key file of "
    "the station that made it there, then try again.",
)
MSG_TAMPERED = QT_TRANSLATE_NOOP(
    "DeskError",
    "The encrypted backup {path} is damaged or has been altered; it cannot be restored. Choose another backup.",
)
MSG_BAD_KEY_FILE = QT_TRANSLATE_NOOP(
    "DeskError",
    "The backup key file {key} is damaged. Put back the copy the IT person keeps, then try again.",
)


def key_path() -> Path:
    """Where this PC keeps the backup key: Grid Desk's data folder (``GRID_DESK_BACKUP_KEY`` overrides)."""
    override = os.environ.get("GRID_DESK_BACKUP_KEY")
    return Path(override) if override else data_folder() / KEY_FILE_NAME


def _key_id(key: bytes) -> bytes:
    return hashlib.sha256(b"grid-desk backup key id" + key).digest()[:_KEY_ID]


def read_key(path: Path | None = None) -> bytes | None:
    """The backup key, or None if there is none yet."""
    path = path or key_path()
    try:
        lines = path.read_text(encoding="ascii").split()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        raise ConfigurationError(MSG_BAD_KEY_FILE, key=str(path)) from None
    try:
        key = base64.b64decode(lines[-1], validate=True)
    except (IndexError, ValueError):
        key = b""
    if len(key) != 32:
        raise ConfigurationError(MSG_BAD_KEY_FILE, key=str(path))
    private.tighten(path)
    return key


def key_for_writing(path: Path | None = None) -> bytes:
    """The backup key, made (owner-only) the first time it is needed."""
    path = path or key_path()
    key = read_key(path)
    if key is not None:
        return key
    private.make_private_folder(path.parent)
    key = AESGCM.generate_key(bit_length=256)
    text = f"{_KEY_HEADER}\n{base64.b64encode(key).decode('ascii')}\n"
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        temporary.unlink(missing_ok=True)
        private.new_private_file(temporary)
        with open(temporary, "w", encoding="ascii") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())  # on disk before any backup is encrypted with it
        try:
            os.link(temporary, path)  # never replaces a key another process made meanwhile
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links
            if not path.exists():
                os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    found = read_key(path)
    assert found is not None
    return found


def is_encrypted(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">I?", index, last)


def encrypt_file(source: Path, target: BinaryIO, key: bytes) -> None:
    """Write ``source`` encrypted into the open file ``target``."""
    prefix = secrets.token_bytes(_PREFIX)
    header = _HEADER.pack(MAGIC, _key_id(key), prefix, CHUNK)
    target.write(header)
    aead = AESGCM(key)
    with open(source, "rb") as plain:
        chunk, index = plain.read(CHUNK), 0
        while True:
            following = plain.read(CHUNK)
            last = not following
            target.write(aead.encrypt(_nonce(prefix, index, last), chunk, header))
            if last:
                return
            chunk, index = following, index + 1


def decrypt_file(source: Path, target: BinaryIO, key_file: Path | None = None) -> None:
    """Write the plain bytes of the encrypted ``source`` into ``target``; refused (nothing usable
    written) if the key is missing or wrong, or the file was changed in any way."""
    key_file = key_file or key_path()
    key = read_key(key_file)
    if key is None:
        raise ConfigurationError(MSG_NO_KEY, path=str(source), key=str(key_file))
    with open(source, "rb") as sealed:
        header = sealed.read(_HEADER.size)
        if len(header) != _HEADER.size:
            raise ValidationError(MSG_TAMPERED, path=str(source))
        magic, key_id, prefix, chunk_size = _HEADER.unpack(header)
        if magic != MAGIC or not 0 < chunk_size <= 64 * CHUNK:
            raise ValidationError(MSG_TAMPERED, path=str(source))
        if key_id != _key_id(key):
            raise ConfigurationError(MSG_WRONG_KEY, path=str(source), key=str(key_file))
        aead = AESGCM(key)
        block, index = sealed.read(chunk_size + _TAG), 0
        while True:
            following = sealed.read(chunk_size + _TAG)
            try:
                target.write(aead.decrypt(_nonce(prefix, index, not following), block, header))
            except (InvalidTag, ValueError):
                raise ValidationError(MSG_TAMPERED, path=str(source)) from None
            if not following:
                return
            block, index = following, index + 1


@contextmanager
def plain_copy(backup: Path, workdir: Path | None = None) -> Iterator[Path]:
    """``backup`` itself, or for an encrypted backup its decrypted copy in a private temporary
    folder (inside ``workdir``: the database's folder, so the plain copy stays where the data is)."""
    if not is_encrypted(backup):
        yield backup
        return
    if workdir is not None:
        private.make_private_folder(workdir)
    with TemporaryDirectory(prefix=".grid-desk-decrypt-", dir=workdir) as folder:
        plain = Path(folder) / backup.name.removesuffix(ENCRYPTED_SUFFIX)
        private.new_private_file(plain)
        with open(plain, "wb") as out:
            decrypt_file(backup, out)
        yield plain
