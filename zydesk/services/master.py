"""Writing master data one record at a time (forms). Bulk writes live in zydesk.excel.importer."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from zydesk.core.master import CadreData, PostData, UnitData, validate_cadre, validate_post, validate_unit
from zydesk.core.security.roles import Permission
from zydesk.errors import FieldError, UserError, ValidationError
from zydesk.services.codes import load_codes
from zydesk.services.conflicts import check_version, conflict, conflict_in, stale_as_conflict, version_of
from zydesk.storage.models import Cadre, Post, Unit
from zydesk.storage.uow import Database, retried


@retried  # a deadlock with another clerk's write: run again
def save_unit(db: Database, data: UnitData, unit_id: int | None = None, version: int | None = None) -> int:
    """`version`: the unit's version as the form read it (`unit_version`): a save over a newer change is refused
    with who changed it and when (EditConflict), and nothing is written."""
    with stale_as_conflict(db, "Unit", unit_id):
        return _save_unit(db, data, unit_id, version)


def unit_version(db: Database, unit_id: int) -> int | None:
    return version_of(db, Unit, unit_id)


def _save_unit(db: Database, data: UnitData, unit_id: int | None, version: int | None) -> int:
    with db.uow("新增单位" if unit_id is None else "编辑单位", Permission.ENTER) as uow:
        s = uow.session
        res = validate_unit(data, load_codes(s))
        clash = s.scalar(select(Unit.id).where(Unit.name == data.name.strip()))
        if clash is not None and clash != unit_id:
            res.add("单位名称", f"已有同名单位“{data.name}”")
        if not res:
            raise ValidationError(res.errors)
        unit = s.get(Unit, unit_id) if unit_id is not None else Unit()
        if unit is None:
            raise UserError(f"单位（编号 {unit_id}）不存在，可能已被他人删除")
        if unit_id is not None:
            check_version(s, unit, version, unit_id)
        unit.name, unit.short_name, unit.kind = data.name.strip(), data.short_name or None, data.kind
        unit.group, unit.sort_order, unit.active = data.group.strip(), data.sort_order, data.active
        s.add(unit)
        uow.commit()
        return unit.id


@retried  # a deadlock with another clerk's write: run again
def save_cadre(db: Database, data: CadreData, cadre_id: int | None = None, version: int | None = None) -> int:
    """`version`: the record's version as the form read it (`cadre_version`); a save over a newer change by
    someone else is refused with who changed it and when (EditConflict), and nothing is written."""
    try:
        return _save_cadre(db, data, cadre_id, version)
    except StaleDataError:  # changed between this save's read and its write
        assert cadre_id is not None
        raise conflict(db, "Cadre", cadre_id) from None


def cadre_version(db: Database, cadre_id: int) -> int | None:
    with db.read() as s:
        return s.scalar(select(Cadre.version).where(Cadre.id == cadre_id))


def _save_cadre(db: Database, data: CadreData, cadre_id: int | None, version: int | None) -> int:
    with db.uow("新增干部" if cadre_id is None else "编辑干部", Permission.ENTER) as uow:
        s = uow.session
        res = validate_cadre(data, load_codes(s))
        if res:
            clash = s.scalar(select(Cadre.id).where(Cadre.id_number == data.id_number))
            if clash is not None and clash != cadre_id:
                res.add("公民身份号码", "该号码已属于另一名干部")
        if not res:
            raise ValidationError(res.errors)
        cadre = s.get(Cadre, cadre_id) if cadre_id is not None else Cadre()
        if cadre is None:
            raise UserError(f"干部（编号 {cadre_id}）不存在，可能已被他人删除")
        if cadre_id is not None and version is not None and cadre.version != version:
            raise conflict_in(s, "Cadre", cadre_id)
        for name in ("name", "id_number", "gender", "birth_date", "ethnicity", "native_place", "political_status",
                     "party_date", "work_start", "education", "health", "status"):
            setattr(cadre, name, getattr(data, name))
        cadre.name = cadre.name.strip()
        s.add(cadre)
        uow.commit()
        return cadre.id


def change_post(db: Database, cadre_id: int, data: PostData) -> int:
    """Open a new current post; the previous open post ends the day the new one starts."""
    with db.uow("任职变动", Permission.ENTER) as uow:
        s = uow.session
        units = dict(s.execute(select(Unit.name, Unit.id)).all())
        res = validate_post(data, load_codes(s), set(units))
        if not res:
            raise ValidationError(res.errors)
        if s.get(Cadre, cadre_id) is None:
            raise UserError(f"干部（编号 {cadre_id}）不存在")
        for old in s.scalars(select(Post).where(Post.cadre_id == cadre_id, Post.end_date.is_(None))):
            if data.start_date and old.start_date and data.start_date < old.start_date:
                raise ValidationError([FieldError("任现职时间", "早于原职务的任职时间")])
            old.end_date = data.start_date or dt.date.today()
        post = Post(cadre_id=cadre_id, unit_id=units[data.unit_name], title=data.title.strip(), level=data.level,
                    is_principal=data.is_principal, is_leadership=data.is_leadership,
                    is_frontline=data.is_frontline, start_date=data.start_date, end_date=None)
        s.add(post)
        uow.commit()
        return post.id
