"""The key-slot file beside an encrypted database (`<db>.keys`), as LUKS keeps its key slots.

The data key (random, 256 bits) encrypts the database with SQLCipher. It is stored only wrapped: once per
account, by a key derived from that account's password with argon2id, and once by the recovery key
(恢复密钥) shown when the database was created. Changing a password rewraps the key in one slot; the
database is never re-encrypted. The file also holds what must be known before the database can be
opened: the lockout policy, each account's failed sign-ins and lock time, and the sign-in failures not
yet copied into the audit trail (a failed sign-in cannot open the encrypted store).

The file holds no personal data. Wrapping is AES-256-GCM with the account name as associated data, so a
slot cannot be moved to another name. Written atomically (temporary file, fsync, rename)."""
from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import os
import secrets
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from zydesk.core.security.lockout import Attempts, LockoutPolicy
from zydesk.storage.cipher import KEY_BYTES

SUFFIX = ".keys"
VERSION = 1
RECOVERY_SLOT = "*恢复密钥*"  # not a valid account name (names cannot contain '*')
# argon2id: 64 MiB, 3 passes, 4 lanes (RFC 9106's second recommended option, lighter memory)
KDF = {"t": 3, "m": 65536, "p": 4}
_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read off paper and typed back


class WrongSecret(Exception):
    """The password (or recovery key) does not open this slot."""


def keys_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SUFFIX)


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> str:
    """40 characters in 8 groups of 5 (about 198 bits), e.g. 'K7M2P-…'."""
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(40))
    return "-".join(chars[i:i + 5] for i in range(0, 40, 5))


def normal_recovery_key(text: str) -> str:
    """What the clerk typed, without spaces or dashes, upper-case (the key the slot was wrapped with)."""
    return "".join(c for c in text.upper() if c.isalnum())


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"))


def _kek(secret: str, salt: bytes, kdf: dict[str, int]) -> bytes:
    return hash_secret_raw(secret.encode("utf-8"), salt, time_cost=kdf["t"], memory_cost=kdf["m"],
                           parallelism=kdf["p"], hash_len=32, type=Type.ID)


@dataclass
class Slot:
    salt: str
    nonce: str
    wrapped: str
    kdf: dict[str, int]
    failures: int = 0
    locked_until: str | None = None

    def attempts(self) -> Attempts:
        until = dt.datetime.fromisoformat(self.locked_until) if self.locked_until else None
        return Attempts(self.failures, until)

    def set_attempts(self, a: Attempts) -> None:
        self.failures = a.failures
        self.locked_until = a.locked_until.isoformat(timespec="seconds") if a.locked_until else None


def wrap(name: str, secret: str, data_key: bytes, kdf: dict[str, int] | None = None) -> Slot:
    kdf = dict(kdf or KDF)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapped = AESGCM(_kek(secret, salt, kdf)).encrypt(nonce, data_key, name.encode("utf-8"))
    return Slot(_b64(salt), _b64(nonce), _b64(wrapped), kdf)


def unwrap(name: str, secret: str, slot: Slot) -> bytes:
    try:
        return AESGCM(_kek(secret, _unb64(slot.salt), slot.kdf)).decrypt(
            _unb64(slot.nonce), _unb64(slot.wrapped), name.encode("utf-8"))
    except InvalidTag:
        raise WrongSecret(name) from None


@dataclass
class KeyFile:
    database_id: str
    slots: dict[str, Slot] = field(default_factory=dict)
    lockout: LockoutPolicy = field(default_factory=LockoutPolicy)
    pending: list[dict[str, Any]] = field(default_factory=list)  # sign-in failures for the audit trail
    demo: bool = False  # a demo database: the login screen says every account has the admin's password
    # A disabled account's slot, itself encrypted with the data key: its password opens nothing until an
    # account holding the key (signed in) enables it again.
    parked: dict[str, dict[str, str]] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"version": VERSION, "database_id": self.database_id, "demo": self.demo,
                "lockout": {"attempts": self.lockout.attempts, "minutes": self.lockout.minutes},
                "slots": {n: vars(s) for n, s in self.slots.items()}, "pending": self.pending,
                "parked": self.parked}

    def park(self, name: str, data_key: bytes) -> None:
        slot = self.slots.pop(name, None)
        if slot is None:
            return
        nonce = secrets.token_bytes(12)
        blob = AESGCM(data_key).encrypt(nonce, json.dumps(vars(slot)).encode("utf-8"), name.encode("utf-8"))
        self.parked[name] = {"nonce": _b64(nonce), "blob": _b64(blob)}

    def unpark(self, name: str, data_key: bytes) -> bool:
        item = self.parked.get(name)
        if item is None:
            return False
        try:
            data = AESGCM(data_key).decrypt(_unb64(item["nonce"]), _unb64(item["blob"]), name.encode("utf-8"))
        except InvalidTag:
            return False
        self.slots[name] = Slot(**json.loads(data))
        del self.parked[name]
        return True

    @staticmethod
    def from_json(data: dict[str, Any]) -> KeyFile:
        lock = data.get("lockout") or {}
        return KeyFile(str(data["database_id"]),
                       {n: Slot(**s) for n, s in dict(data.get("slots") or {}).items()},
                       LockoutPolicy(int(lock.get("attempts", 5)), int(lock.get("minutes", 10))),
                       list(data.get("pending") or []), bool(data.get("demo", False)),
                       {n: dict(v) for n, v in dict(data.get("parked") or {}).items()})

    def open_with(self, name: str, secret: str) -> bytes:
        slot = self.slots.get(name)
        if slot is None:
            raise WrongSecret(name)
        return unwrap(name, secret, slot)


class KeyFileDamaged(Exception):
    pass


def exists(db_path: Path) -> bool:
    return keys_path(db_path).exists()


def load(db_path: Path) -> KeyFile:
    try:
        return KeyFile.from_json(json.loads(keys_path(db_path).read_text("utf-8")))
    except FileNotFoundError:
        raise
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KeyFileDamaged(str(exc)) from exc


def save(db_path: Path, keys: KeyFile) -> None:
    target = keys_path(db_path)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # readable by its owner only
        with open(fd, "w", encoding="utf-8") as f:
            json.dump(keys.as_json(), f, ensure_ascii=False, indent=1)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # BlockingIOError: another holder
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


@contextlib.contextmanager
def locked(db_path: Path, wait_s: float = 10.0) -> Iterator[None]:
    """Hold `<db>.keys.lock` while a slot file is read, changed and written, so two programs on this PC
    (a failed sign-in in one, a new account in another) never lose each other's change. The lock is the
    operating system's lock on that file: it ends with its holder, even a killed one, so there is no stale
    lock to take over and no one can release another's lock. The file itself stays (removing it would let
    a second holder lock a new file while the first still holds the old one)."""
    lock = keys_path(db_path).with_name(keys_path(db_path).name + ".lock")
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        end = time.monotonic() + wait_s
        while not _try_lock(fd):
            if time.monotonic() > end:
                raise KeyFileDamaged("密钥文件正被另一个程序修改，请稍后再试。")
            time.sleep(0.05)
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                _unlock(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def changing(db_path: Path) -> Iterator[KeyFile]:
    """`with changing(path) as keys: …` — the slot file read afresh under the lock, written back when the
    block ends without an error."""
    with locked(db_path):
        keys = load(db_path)
        yield keys
        save(db_path, keys)
