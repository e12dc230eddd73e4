"""Writing 干部任免审批表 files for a selection of cadres: one `.lrmx`, a folder of them, or a zip. Exports
need 打印和导出 and are audited with the file names (the forms carry personal data and the photo)."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from zydesk.core.idnumber import mask
from zydesk.core.security.roles import Permission
from zydesk.core.task_state import TaskState
from zydesk.errors import UserError
from zydesk.lrmx.model import RenmianForm
from zydesk.lrmx.writer import to_bytes
from zydesk.services.lrmx.fill import Basis, FillDates, build_form
from zydesk.storage.models import Cadre
from zydesk.storage.uow import Database

ACTION = "导出任免审批表"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@dataclass(frozen=True)
class Exported:
    target: Path
    files: list[str]   # names written (inside the folder or zip)


def file_name(form: RenmianForm) -> str:
    """`王建国.lrmx` as the editor names its files; the caller makes names unique."""
    return (_UNSAFE.sub("_", form.xing_ming.strip()) or "任免审批表") + ".lrmx"


def cadre_ids_for(db: Database, id_numbers: list[str]) -> list[int]:
    """Cadres by 身份证号, in the order given; UserError naming any not found."""
    session = db.read()
    try:
        found = dict(session.execute(select(Cadre.id_number, Cadre.id).where(Cadre.id_number.in_(id_numbers))).all())
    finally:
        session.close()
    missing = [mask(n) for n in id_numbers if n not in found]
    if missing:
        raise UserError(f"没有身份证号为 {'、'.join(missing)} 的干部")
    return [found[n] for n in id_numbers]


def forms_for(db: Database, cadre_ids: list[int], dates: FillDates | None = None,
              state: TaskState | None = None, basis: Basis | None = None) -> list[RenmianForm]:
    """The filled forms (a read needing 打印和导出); `basis` names the case 拟任/拟免 come from."""
    db.require(Permission.PRINT)
    state = state or TaskState()
    session = db.read()
    try:
        out = []
        for number, cadre_id in enumerate(cadre_ids):
            state.check()
            state.progress(number, len(cadre_ids), "填写任免审批表")
            out.append(build_form(session, cadre_id, dates, basis=basis))
        return out
    finally:
        session.close()


def export_forms(db: Database, cadre_ids: list[int], target: Path, dates: FillDates | None = None,
                 state: TaskState | None = None, basis: Basis | None = None) -> Exported:
    """One cadre and a target ending in .lrmx: that file. Otherwise a zip (target ending in .zip) or a folder
    (created if missing) with one file per cadre. Audited with the names written."""
    db.require(Permission.FULL_ID)  # a 任免审批表 file carries the whole 身份证号 the receiving department needs
    db.require(Permission.PRINT)  # (both before the input is looked at: a refusal comes first)
    if not cadre_ids:
        raise UserError("没有选择干部")
    forms = forms_for(db, cadre_ids, dates, state, basis)
    suffix = target.suffix.lower()
    if suffix == ".lrmx" and len(forms) > 1:
        raise UserError("导出多名干部的任免审批表时，请给出文件夹或 .zip 文件")
    named = _unique_names(forms)
    try:
        if suffix == ".lrmx":
            _write_atomic(target, to_bytes(forms[0]))
            files = [target.name]
        elif suffix == ".zip":
            tmp = target.with_name(target.name + ".part")
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
                for name, form in named:
                    zf.writestr(name, to_bytes(form))
            tmp.replace(target)
            files = [name for name, _ in named]
        else:
            target.mkdir(parents=True, exist_ok=True)
            for name, form in named:
                _write_atomic(target / name, to_bytes(form))
            files = [name for name, _ in named]
    except OSError as exc:
        raise UserError(f"无法写入“{target}”：{exc.strerror or exc}") from None
    detail = {"target": str(target), "files": files, "cadre_ids": cadre_ids}
    if db.damaged is not None:  # a read-only file: the entry waits for the next sign-in (record_output)
        from zydesk.services.audit_trail import EXPORTED, record_output

        record_output(db, EXPORTED, "任免审批表", detail)
        return Exported(target, files)
    with db.uow(ACTION, Permission.PRINT) as uow:
        uow.audit("任免审批表", None, after=detail)
        uow.commit()
    return Exported(target, files)


def _unique_names(forms: list[RenmianForm]) -> list[tuple[str, RenmianForm]]:
    seen: dict[str, int] = {}
    out = []
    for form in forms:
        name = file_name(form)
        count = seen.get(name, 0) + 1
        seen[name] = count
        if count > 1:
            name = f"{name[:-5]}（{count}）.lrmx"
        out.append((name, form))
    return out


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
