"""A clear database of the first version becomes an encrypted one (`zydesk init --admin NAME` on such a file).

The clear file is checked, copied encrypted with a new data key (storage/encrypting.py), the copy checked
against it row for row, upgraded and given its 系统管理员 account; then it takes the clear file's place and
the clear bytes are overwritten: the file, its WAL, and its backups (re-encrypted, so their history stays).
A kill at any step leaves the clear file as it was or the finished encrypted database; the next start
sorts out which (`finish_interrupted`)."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from zydesk.core.security.passwords import PasswordPolicy, password_problem
from zydesk.core.security.principal import Principal
from zydesk.core.security.roles import Role
from zydesk.errors import UserError
from zydesk.services.handle import Database
from zydesk.services.security import signin
from zydesk.services.security.names import check_name, now
from zydesk.services.settings import put_setting
from zydesk.storage import cipher, encrypting, keyslots, migrate
from zydesk.storage.engine import sqlite_engine
from zydesk.storage.location import check_location
from zydesk.storage.models_security import Account

ACTION = "转换为加密数据库"
_FAILED: tuple[type[BaseException], ...] = (cipher.Error, OSError, encrypting.ClearFileDamaged,
                                            encrypting.CopyMismatch, migrate.MigrationFailed)


@dataclass
class Converted:
    db: Database
    recovery_key: str
    report: str  # for the clerk: what was done


def _refuse(exc: BaseException, path: Path) -> UserError:
    if isinstance(exc, encrypting.ClearFileDamaged):
        return UserError(f"“{path}”未通过完整性检查（{exc}），未转换，原文件未做任何修改。请先用完好的备份恢复，"
                         "或联系技术人员。")
    if isinstance(exc, encrypting.CopyMismatch):
        return UserError(f"加密副本与原文件不一致（{exc}），未转换，原文件未做任何修改。")
    return UserError(f"转换为加密数据库失败（{exc}），原文件未做任何修改。")


def finish_interrupted(path: Path) -> str | None:
    """Called before a file is opened: an interrupted conversion is undone (not swapped yet) or its slots
    put in place (swapped; the clear leftovers are cleaned at the next sign-in, when the key is known)."""
    return encrypting.recover_interrupted(path)


def clean_after_sign_in(path: Path) -> encrypting.Cleaned | None:
    """The clear leftovers of a conversion killed after its swap, once the key is held (at sign-in)."""
    if not encrypting.marker_path(path).exists():
        return None
    key = cipher.key_for(path)
    if key is None or cipher.is_clear_sqlite(path):
        return None
    cleaned = encrypting.clean_leftovers(path, key)
    encrypting.finish(path)
    return cleaned


def convert_clear(url: str, admin: str, password: str) -> Converted:
    """Encrypt the clear database at url; `admin` becomes its 系统管理员 with `password`."""
    path = signin._path_of(url)
    admin = check_name(admin)
    check_location(path)
    problem = password_problem(password, PasswordPolicy(), admin)
    if problem is not None:
        raise UserError(problem)
    if finish_interrupted(path) == "swapped":
        return _resume(url, path, admin, password)
    if not cipher.is_clear_sqlite(path):
        raise UserError(f"“{path}”不是旧版本的未加密数据库，无需转换。")
    if keyslots.exists(path):
        raise UserError(f"“{path}”旁已有密钥文件（{keyslots.keys_path(path).name}），未转换。请联系技术人员。")
    data_key, recovery = keyslots.new_data_key(), keyslots.new_recovery_key()
    keys = keyslots.KeyFile(database_id=uuid.uuid4().hex)
    keys.slots[admin] = keyslots.wrap(admin, password, data_key)
    keys.slots[keyslots.RECOVERY_SLOT] = keyslots.wrap(keyslots.RECOVERY_SLOT, keyslots.normal_recovery_key(recovery),
                                                       data_key)
    staging = encrypting.staging_path(path)
    try:
        encrypting.fold_wal(path)
        counts = encrypting.check_clear(path)
        encrypting.begin(path, keys.database_id)
        encrypting.between("marker")
        keyslots.save(staging, keys)
        encrypting.export(path, staging, data_key)
        encrypting.between("exported")
        cipher.remember(staging, data_key)
        _prepare(staging, admin, password, keys.database_id, counts)
        encrypting.verify(staging, data_key, counts, exact=False)
        encrypting.between("prepared")
    except _FAILED as exc:
        cipher.forget(staging)
        encrypting.recover_interrupted(path)  # the clear file stays as it was; the copy goes
        raise _refuse(exc, path) from exc
    encrypting.swap_in(path)
    cipher.forget(staging)
    cipher.remember(path, data_key)
    cleaned = encrypting.clean_leftovers(path, data_key)
    encrypting.finish(path)
    db = _signed_in(url, admin)
    return Converted(db, recovery, _report(path, counts, cleaned))


def _prepare(staging: Path, admin: str, password: str, database_id: str, counts: dict[str, int]) -> None:
    """The encrypted copy upgraded to this version, with its administrator and the audit entry."""
    engine = sqlite_engine(staging)
    try:
        migrate.upgrade(engine, staging=True)
        db = Database(engine, Principal(admin, (Role.SYSTEM_ADMIN,)))
        with db.uow(ACTION, need=None) as uow:
            at = now()
            uow.session.add(Account(name=admin, roles=str(Role.SYSTEM_ADMIN),
                                    password_hash=signin.hash_password(password), password_changed_at=at,
                                    must_change=False, disabled=False, created_at=at, created_by=admin))
            put_setting(uow.session, "key_database_id", database_id)
            uow.audit("数据库", staging.name[: -len(encrypting.STAGING_SUFFIX)],
                      after={"系统管理员": admin, "表": len(counts), "记录": sum(counts.values())})
            uow.commit()
    finally:
        engine.dispose()


def _signed_in(url: str, admin: str) -> Database:
    db = signin._open(url, Principal(admin, (Role.SYSTEM_ADMIN,)))
    from sqlalchemy import select

    with db.read(need=None) as s:
        account_id = s.scalar(select(Account.id).where(Account.name == admin))
    return db.acting_as(Principal(admin, (Role.SYSTEM_ADMIN,), account_id))


def _resume(url: str, path: Path, admin: str, password: str) -> Converted:
    """A conversion killed after its swap: the administrator's password opens it; the clear leftovers are
    cleaned and a new recovery key replaces the one never shown."""
    keys = signin.load_keys(path)
    try:
        data_key = keys.open_with(admin, password)
    except keyslots.WrongSecret:
        raise signin.SignInRefused("数据库已转换为加密数据库，但账号或口令与转换时设置的不一致。") from None
    cipher.remember(path, data_key)
    cleaned = encrypting.clean_leftovers(path, data_key)
    recovery = keyslots.new_recovery_key()
    keys.slots[keyslots.RECOVERY_SLOT] = keyslots.wrap(keyslots.RECOVERY_SLOT, keyslots.normal_recovery_key(recovery),
                                                       data_key)
    keyslots.save(path, keys)
    encrypting.finish(path)
    db = _signed_in(url, admin)
    return Converted(db, recovery, "上次的转换在替换文件后中断，现已完成：" + _cleaned_text(cleaned)
                     + "恢复密钥已重新生成（旧的未曾显示）。")


def _cleaned_text(cleaned: encrypting.Cleaned) -> str:
    parts = ["原未加密文件已覆写并删除"]
    if cleaned.reencrypted:
        parts.append(f"{len(cleaned.reencrypted)} 个旧备份已用新密钥加密（保留原有备份历史）")
    others = [p for p in cleaned.removed if p.suffix != encrypting.STAGING_SUFFIX]
    if others:
        parts.append(f"{len(others)} 个未加密的残留文件（未完成的备份、检查副本等）已覆写并删除")
    return "，".join(parts) + "。"


def _report(path: Path, counts: dict[str, int], cleaned: encrypting.Cleaned) -> str:
    return (f"已将旧版本的未加密数据库“{path.name}”转换为加密数据库：先写出加密副本并逐表核对"
            f"（{len(counts)} 个表、{sum(counts.values())} 条记录一致，完整性检查通过），再替换原文件；"
            + _cleaned_text(cleaned)
            + f"系统管理员账号已创建。以后打开数据库须先登录；密钥文件“{keyslots.keys_path(path).name}”须与数据库放在一起。")
