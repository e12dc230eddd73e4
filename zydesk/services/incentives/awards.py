"""The other unit awards (第五条第（二）（三）项, 第六条, 第七条, 第八条), monitoring data, and the list of
every award of a year (zydesk awards, the 表彰决定)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.citation import Citation
from zydesk.core.incentives.awards import (
    C_CATCHUP_2,
    DEFAULT_KEY_TASKS,
    F_POINTS,
    KIND_BASIS,
    KIND_CATCHUP,
    KIND_EXCEL,
    KIND_KEY_TASK,
    KIND_POOR_TOWN,
    KIND_POOR_VILLAGE,
    KIND_REFORM,
    RECORDED_KINDS,
    REFORM_GRADES,
    CatchUpResult,
    MonitoringRow,
    a06_2_catch_up,
    a08_3_village_count,
    kind_fields,
)
from zydesk.core.incentives.ranking import AWARDS
from zydesk.core.incentives.seal import SealArea
from zydesk.core.security.roles import Permission
from zydesk.errors import FieldError, UserError, ValidationError
from zydesk.services.incentives.ranking import compute_ranking
from zydesk.services.seals import ensure_open
from zydesk.services.settings import get_setting, set_setting
from zydesk.storage import locks
from zydesk.storage.models import Unit, UnitScore
from zydesk.storage.models_ranking import MonitoringRank, RecordedAward
from zydesk.storage.uow import Database, retried

KIND_RANKING = "年度目标责任考核奖"
KEY_TASKS_SETTING = "ranking.key_tasks"


@dataclass(frozen=True)
class RecordedAwardData:
    year: int
    kind: str
    unit_id: int
    grade: str | None = None
    task: str | None = None
    village: str | None = None
    plus_points: Decimal | str | None = None  # as typed in the dialog; checked by add_recorded_award
    recommended: bool = False
    reason: str = ""


@dataclass(frozen=True)
class AwardLine:
    """One award of the year, whatever its kind, with its basis and figures."""

    kind: str
    unit_id: int
    unit: str
    group: str
    grade: str | None  # 一等奖… / 特等奖… / None
    detail: str  # task, village, plus points, the three ranks…
    basis: str  # 第五条第（一）项第1目 …
    note: str
    source: str  # 计算 / 录入 / 人工调整
    record_id: int | None = None
    citation: Citation | None = None  # the basis as an article reference (None: a manual award without one)

    def as_json(self) -> dict[str, Any]:
        cite: dict[str, object] = ({"local": "", **self.citation.as_json(), "sub": self.citation.sub}
                                   if self.citation else {"doc": None, "article": None, "item": None, "sub": None,
                                                          "local": ""})
        return {"kind": self.kind, "unit": self.unit, "group": self.group, "grade": self.grade,
                "detail": self.detail, "basis": self.basis, **cite, "note": self.note, "source": self.source}


# ---------------------------------------------------------------- key tasks (editable list)


def key_tasks(session: Session) -> list[str]:
    return list(get_setting(session, KEY_TASKS_SETTING, list(DEFAULT_KEY_TASKS)))


def save_key_tasks(db: Database, tasks: Sequence[str]) -> None:
    db.require(Permission.ENTER)
    clean = [t.strip() for t in tasks if t.strip()]
    if not clean:
        raise UserError("重点工作任务清单不能为空")
    if len(set(clean)) != len(clean):
        raise UserError("重点工作任务清单有重复项")
    if any(len(t) > 40 for t in clean):
        raise UserError("重点工作任务名称不超过 40 个字")
    set_setting(db, KEY_TASKS_SETTING, clean)


# ---------------------------------------------------------------- recorded awards


def _points(value: Decimal | str | None, errors: list[FieldError]) -> Decimal | None:
    """The 争取加分 as typed: empty → None; not a number → a field error."""
    if value is None or isinstance(value, Decimal):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        d = Decimal(text)
    except InvalidOperation:
        errors.append(FieldError("争取加分", f"“{text}”不是数字"))
        return None
    if not d.is_finite():
        errors.append(FieldError("争取加分", f"“{text}”不是数字"))
        return None
    return d


def add_recorded_award(db: Database, data: RecordedAwardData) -> int:
    db.require(Permission.DECIDE)
    errors: list[FieldError] = []
    # 争取加分 only counts for the kind that records it (the form hides the field for the others)
    points = _points(data.plus_points, errors) if F_POINTS in kind_fields(data.kind) else None
    points_typed = not errors  # a typing error is reported once, not again as "须填写"
    if data.kind not in RECORDED_KINDS:
        errors.append(FieldError("奖项", f"“{data.kind}”不是可录入的奖项"))
    with db.uow(f"录入{data.kind}", Permission.DECIDE) as uow:
        s = uow.session
        ensure_open(s, SealArea.RANKING, data.year)
        unit = s.get(Unit, data.unit_id)
        if unit is None:
            errors.append(FieldError("单位", "单位不存在"))
        grade, task, village = data.grade or None, (data.task or "").strip() or None, (data.village or "").strip() or None
        if data.kind == KIND_REFORM and grade not in REFORM_GRADES:
            errors.append(FieldError("等次", "重大改革创新贡献奖须选择特等奖、一等奖、二等奖或三等奖"))
        if data.kind == KIND_KEY_TASK and task not in key_tasks(s):
            errors.append(FieldError("重点工作", "须从重点工作任务清单中选择"))
        if data.kind == KIND_EXCEL and points_typed and (points is None or points <= 0):
            errors.append(FieldError("争取加分", "目标责任考核创优贡献奖须填写争取到的加分（大于 0）"))
        if data.kind == KIND_POOR_VILLAGE:
            if not village:
                errors.append(FieldError("村名", "脱贫攻坚先进村须填写村名"))
            if unit is not None and unit.kind != "镇":
                errors.append(FieldError("单位", "先进村须列在所属镇之下"))
        if data.kind == KIND_POOR_TOWN and unit is not None and unit.kind != "镇":
            errors.append(FieldError("单位", "脱贫攻坚工作先进镇只能授予镇"))
        if errors:
            raise ValidationError(errors)
        row = RecordedAward(year=data.year, kind=data.kind, unit_id=data.unit_id,
                            grade=grade if data.kind == KIND_REFORM else None,
                            task=task if data.kind == KIND_KEY_TASK else None,
                            village=village if data.kind == KIND_POOR_VILLAGE else None,
                            plus_points=points if data.kind == KIND_EXCEL else None,
                            recommended=data.recommended if data.kind == KIND_POOR_TOWN else False,
                            reason=data.reason.strip())
        s.add(row)
        uow.commit()
        return row.id


def delete_recorded_award(db: Database, record_id: int) -> None:
    with db.uow("删除录入的奖项", Permission.DECIDE) as uow:
        row = uow.session.get(RecordedAward, record_id)
        if row is None:
            raise UserError("该奖项记录不存在，可能已被删除")
        ensure_open(uow.session, SealArea.RANKING, row.year)
        uow.session.delete(row)
        uow.commit()


def _detail(r: RecordedAward) -> str:
    if r.kind == KIND_KEY_TASK:
        return r.task or ""
    if r.kind == KIND_POOR_VILLAGE:
        return r.village or ""
    if r.kind == KIND_EXCEL and r.plus_points is not None:
        return f"争取加分 {Decimal(r.plus_points).normalize():f} 分"
    if r.kind == KIND_POOR_TOWN and r.recommended:
        return "推荐参加全市评选"
    return ""


def recorded_awards(session: Session, year: int) -> list[AwardLine]:
    units = {u.id: u for u in session.scalars(select(Unit))}
    rows = session.scalars(select(RecordedAward).where(RecordedAward.year == year).order_by(RecordedAward.id))
    order = {k: i for i, k in enumerate(RECORDED_KINDS)}
    out = [AwardLine(r.kind, r.unit_id, units[r.unit_id].name, units[r.unit_id].group, r.grade, _detail(r),
                     str(KIND_BASIS[r.kind]) if r.kind in KIND_BASIS else "", r.reason, "录入", r.id,
                     KIND_BASIS.get(r.kind))
           for r in rows]
    return sorted(out, key=lambda a: (order.get(a.kind, 99), a.unit, a.detail))


def village_warning(session: Session, year: int) -> str | None:
    n = len(list(session.scalars(select(RecordedAward.id).where(RecordedAward.year == year,
                                                               RecordedAward.kind == KIND_POOR_VILLAGE))))
    return a08_3_village_count(n)


# ---------------------------------------------------------------- monitoring data (第六条第2目)

MONITORING_FIELDS = ("year", "indicator", "unit_name", "province_rank", "city_rank", "province_count",
                     "city_count", "retreat_province_rank")
MONITORING_HEADERS = {"year": "年度", "indicator": "指标名称", "unit_name": "责任单位", "province_rank": "全省排名",
                      "city_rank": "全市排名", "province_count": "全省参评数", "city_count": "全市参评数",
                      "retreat_province_rank": "退位幅度全省排位"}


def check_monitoring_rows(session: Session, rows: Sequence[dict[str, Any]], first_row: int = 2) -> list[FieldError]:
    """Validate parsed rows (field → value); errors name the spreadsheet row (header = row 1)."""
    units = dict(session.execute(select(Unit.name, Unit.id)).all())
    errors: list[FieldError] = []
    seen: dict[tuple[object, object, object], int] = {}  # (年度, 指标名称, 责任单位) as read → first row
    for i, r in enumerate(rows):
        n = first_row + i

        def bad(f: str, msg: str, n: int = n) -> None:
            errors.append(FieldError(MONITORING_HEADERS[f], msg, n))

        for f in ("year", "indicator", "unit_name", "province_rank"):
            if r.get(f) in (None, ""):
                bad(f, "必填")
        if r.get("unit_name") and r["unit_name"] not in units:
            bad("unit_name", f"单位“{r['unit_name']}”不存在")
        for f in ("province_rank", "city_rank", "province_count", "city_count", "retreat_province_rank"):
            v = r.get(f)
            if v is not None and v != "" and (not isinstance(v, int) or v < 1):
                bad(f, "应为正整数")
        pr, pc = r.get("province_rank"), r.get("province_count")
        if isinstance(pr, int) and isinstance(pc, int) and pr > pc:
            bad("province_rank", f"排名 {pr} 大于参评数 {pc}")
        cr, cc = r.get("city_rank"), r.get("city_count")
        if isinstance(cr, int) and isinstance(cc, int) and cr > cc:
            bad("city_rank", f"排名 {cr} 大于参评数 {cc}")
        key = (r.get("year"), r.get("indicator"), r.get("unit_name"))
        if all(key) and key in seen:
            bad("indicator", f"与第{seen[key]}行重复（同一年度、指标和责任单位）")
        elif all(key):
            seen[key] = n
    return errors


@retried
def save_monitoring_rows(db: Database, rows: Sequence[dict[str, Any]], first_row: int = 2) -> tuple[int, int]:
    """All-or-nothing: insert or update rows matched on (年度, 指标名称, 责任单位). Returns (created, updated)."""
    with db.uow("导入监测考评数据", Permission.ENTER) as uow:
        uow.lock(locks.IMPORT, "monitoring")
        s = uow.session
        errors = check_monitoring_rows(s, rows, first_row)
        if errors:
            raise ValidationError(errors)
        for year in sorted({int(r["year"]) for r in rows}):  # a year's ranks feed that year's and the next two's
            for y in (year, year + 1, year + 2):
                ensure_open(s, SealArea.RANKING, y)
        units = dict(s.execute(select(Unit.name, Unit.id)).all())
        created = updated = 0
        for r in rows:
            uid = units[r["unit_name"]]
            row = s.scalar(select(MonitoringRank).where(MonitoringRank.year == r["year"],
                                                        MonitoringRank.indicator == r["indicator"],
                                                        MonitoringRank.unit_id == uid))
            if row is None:
                row = MonitoringRank(year=r["year"], indicator=r["indicator"], unit_id=uid)
                s.add(row)
                created += 1
            else:
                updated += 1
            row.province_rank = r["province_rank"]
            for f in ("city_rank", "province_count", "city_count", "retreat_province_rank"):
                setattr(row, f, r.get(f) or None)
        uow.commit()
        return created, updated


def monitoring_rows(session: Session, years: Sequence[int]) -> list[MonitoringRow]:
    units = dict(session.execute(select(Unit.id, Unit.name)).all())
    return [MonitoringRow(m.year, m.indicator, m.unit_id, units[m.unit_id], m.province_rank)
            for m in session.scalars(select(MonitoringRank).where(MonitoringRank.year.in_(list(years)))
                                     .order_by(MonitoringRank.id))]


def catch_up_results(session: Session, year: int) -> list[CatchUpResult]:
    rows = monitoring_rows(session, [year - 2, year - 1, year])
    vetoed = session.scalars(select(UnitScore.unit_id).where(UnitScore.year == year, UnitScore.vetoed))
    return a06_2_catch_up(year, rows, vetoed)


# ---------------------------------------------------------------- every award of the year


def all_awards(session: Session, year: int) -> list[AwardLine]:
    """年度目标责任考核奖 (computed, overrides applied) + 追赶超越贡献奖 (第六条第2目, computed) + recorded."""
    lines: list[AwardLine] = []
    result = compute_ranking(session, year)
    for g in result.groups:
        for u in g.units:
            if u.award in AWARDS:
                lines.append(AwardLine(KIND_RANKING, u.unit_id, u.name, g.group, u.award,
                                       f"得分 {u.score}，第 {u.rank} 名" if u.rank else "", u.basis_text, u.note,
                                       "人工调整" if u.override else "计算", citation=u.basis))
    groups = {u.id: u.group for u in session.scalars(select(Unit))}
    for c in catch_up_results(session, year):
        if c.qualifies:
            lines.append(AwardLine(KIND_CATCHUP, c.unit_id, c.unit, groups.get(c.unit_id, ""), None,
                                   f"{c.indicator}：前移 {c.places_up} 位", str(C_CATCHUP_2), c.note, "计算",
                                   citation=C_CATCHUP_2))
    lines.extend(recorded_awards(session, year))
    return lines
