"""Small builders for tests: valid units, cadres and posts through the real services."""
from __future__ import annotations

import datetime as dt
import itertools

from zydesk.core.idnumber import make_id_number
from zydesk.core.master import CadreData, PostData, UnitData
from zydesk.services.master import change_post, save_cadre, save_unit
from zydesk.storage.uow import Database

_seq = itertools.count(1)


def add_unit(db: Database, name: str, kind: str = "县直部门", group: str = "县直部门一类", sort: int = 0) -> int:
    return save_unit(db, UnitData(name=name, kind=kind, group=group, sort_order=sort))


def new_id_number(birth: dt.date = dt.date(1980, 5, 17), male: bool = True) -> str:
    return make_id_number("610924", birth, next(_seq), male)


def add_cadre(db: Database, name: str, unit: str, title: str = "科员", level: str = "科员", *,
              principal: bool = False, leadership: bool = True, frontline: bool = False,
              birth: dt.date = dt.date(1980, 5, 17), male: bool = True, id_number: str | None = None,
              start: dt.date | None = dt.date(2015, 1, 1)) -> int:
    cadre_id = save_cadre(db, CadreData(name=name, id_number=id_number or new_id_number(birth, male),
                                        ethnicity="汉族", political_status="中共党员"))
    change_post(db, cadre_id, PostData(unit_name=unit, title=title, level=level, is_principal=principal,
                                       is_leadership=leadership, is_frontline=frontline, start_date=start))
    return cadre_id


def town_deputy(db: Database) -> str:
    """城关镇 with its 副镇长 张三; returns his 公民身份号码 (the cadre of the tolerance import files)."""
    add_unit(db, "城关镇", kind="镇", group="镇")
    number = new_id_number()
    add_cadre(db, "张三", "城关镇", "副镇长", "副科级", id_number=number)
    return number
