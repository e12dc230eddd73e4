"""Builders shared by the excellent-cadre and promotion tests (no tests here)."""
from __future__ import annotations

import datetime as dt

from zydesk.core.security.roles import Permission
from zydesk.services.incentives.ranking import save_override, save_score
from zydesk.storage.models import Appraisal, Commendation, Discipline
from zydesk.storage.uow import Database


def appraise(db: Database, cadre_id: int, grades: dict[int, str]) -> None:
    with db.uow("测试录入考核", Permission.ENTER) as uow:
        for year, grade in grades.items():
            uow.session.add(Appraisal(cadre_id=cadre_id, year=year, grade=grade))
        uow.commit()


def commend(db: Database, cadre_id: int, title: str, level: str, date: dt.date) -> int:
    with db.uow("测试录入表彰", Permission.ENTER) as uow:
        c = Commendation(subject_type="个人", cadre_id=cadre_id, title=title, level=level, date=date)
        uow.session.add(c)
        uow.commit()
        return c.id


def discipline(db: Database, cadre_id: int, decision: dt.date, end: dt.date | None,
               category: str = "政务处分", kind: str = "警告") -> int:
    with db.uow("测试录入处分", Permission.ENTER) as uow:
        d = Discipline(cadre_id=cadre_id, category=category, kind=kind, decision_date=decision, effect_end=end)
        uow.session.add(d)
        uow.commit()
        return d.id


def award(db: Database, unit_id: int, year: int, prize: str | None, score: str = "90") -> None:
    save_score(db, year, unit_id, score)
    save_override(db, year, unit_id, prize, "测试设定")
