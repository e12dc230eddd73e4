"""Maintaining the code tables (民族, 职务层次, 学历 …) and the default 影响期 of each kind of discipline.

Labels that the policy's rules read by name (考核等次, 单位类型, 表彰层级, 处分类别, 测评类型, 人员状态) can be
annotated and reordered but not added to or switched off: a new 考核等次 would mean nothing to 第十九条.
A label switched off is no longer offered in forms and templates; records that use it keep it.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from zydesk.core.security.roles import Permission
from zydesk.errors import FieldError, UserError, ValidationError
from zydesk.storage.models import CodeItem, DisciplineKind
from zydesk.storage.uow import Database

TABLE_TITLES = {
    "ethnicity": "民族",
    "political_status": "政治面貌",
    "education": "学历",
    "health": "健康状况",
    "position_level": "职务层次",
    "unit_kind": "单位类型",
    "cadre_status": "人员状态",
    "appraisal_grade": "考核等次",
    "commendation_level": "表彰层级",
    "discipline_category": "处分类别",
    "vote_type": "测评类型",
}
FIXED_TABLES = frozenset({"unit_kind", "cadre_status", "appraisal_grade", "commendation_level",
                          "discipline_category", "vote_type"})
MAX_MONTHS = 120
ADD, TOGGLE, MOVE, NOTE = "新增", "启停", "排序", "说明"


def allowed_actions(table: str, row: CodeRow | None) -> frozenset[str]:
    """What the clerk may do in a code table (with the selected row): the same rule add_code and
    set_code_active enforce — a table fixed by the policy takes no new or stopped values."""
    fixed = table in FIXED_TABLES
    actions = set() if fixed else {ADD}
    if row is not None:
        actions |= {MOVE, NOTE} if fixed else {MOVE, NOTE, TOGGLE}
    return frozenset(actions)


def table_hint(table: str) -> str:
    return ("此表的取值由政策规定，规则按名称引用：可调整顺序和说明，不能新增或停用。" if table in FIXED_TABLES else
            "停用的取值不再出现在表单和导入模板中，已有记录保留原值。")


@dataclass(frozen=True)
class CodeRow:
    id: int
    label: str
    sort: int
    active: bool
    note: str | None


@dataclass(frozen=True)
class PeriodRow:
    id: int
    category: str
    kind: str
    months: int | None
    source: str


def code_rows(session: Session, table: str) -> list[CodeRow]:
    rows = session.execute(select(CodeItem.id, CodeItem.label, CodeItem.sort, CodeItem.active, CodeItem.note)
                           .where(CodeItem.table_name == table).order_by(CodeItem.sort, CodeItem.id))
    return [CodeRow(*r) for r in rows]


def period_rows(session: Session) -> list[PeriodRow]:
    rows = session.execute(select(DisciplineKind.id, DisciplineKind.category, DisciplineKind.kind,
                                  DisciplineKind.months, DisciplineKind.source)
                           .order_by(DisciplineKind.sort, DisciplineKind.id))
    return [PeriodRow(*r) for r in rows]


def _table(table: str) -> str:
    if table not in TABLE_TITLES:
        raise UserError(f"没有名为“{table}”的代码表")
    return TABLE_TITLES[table]


def _item(session: Session, item_id: int) -> CodeItem:
    item = session.get(CodeItem, item_id)
    if item is None:
        raise UserError("该代码已不存在，请刷新后重试")
    return item


def add_code(db: Database, table: str, label: str, note: str | None = None) -> int:
    db.require(Permission.ENTER)
    title = _table(table)
    label = label.strip()
    if table in FIXED_TABLES:
        raise UserError(f"“{title}”的取值由政策规定，不能新增")
    if not label:
        raise ValidationError([FieldError("名称", "必填")])
    if len(label) > 60:
        raise ValidationError([FieldError("名称", "不超过60字")])
    with db.uow(f"新增代码（{title}）", Permission.ENTER) as uow:
        s = uow.session
        if s.scalar(select(CodeItem.id).where(CodeItem.table_name == table, CodeItem.label == label)) is not None:
            raise ValidationError([FieldError("名称", f"“{title}”中已有“{label}”")])
        last = s.scalar(select(func.max(CodeItem.sort)).where(CodeItem.table_name == table))
        item = CodeItem(table_name=table, label=label, sort=(last or 0) + 1, active=True, note=note or None)
        s.add(item)
        uow.commit()
        return item.id


def set_code_active(db: Database, item_id: int, active: bool) -> None:
    with db.uow("启用代码" if active else "停用代码", Permission.ENTER) as uow:
        item = _item(uow.session, item_id)
        if not active and item.table_name in FIXED_TABLES:
            raise UserError(f"“{TABLE_TITLES[item.table_name]}”的取值由政策规定，不能停用")
        item.active = active
        uow.commit()


def set_code_note(db: Database, item_id: int, note: str | None) -> None:
    with db.uow("修改代码说明", Permission.ENTER) as uow:
        _item(uow.session, item_id).note = (note or "").strip() or None
        uow.commit()


def move_code(db: Database, item_id: int, step: int) -> None:
    """Swap with the neighbour above (step −1) or below (+1); renumbers the table's order in one go."""
    with db.uow("调整代码顺序", Permission.ENTER) as uow:
        s = uow.session
        item = _item(s, item_id)
        items = list(s.scalars(select(CodeItem).where(CodeItem.table_name == item.table_name)
                               .order_by(CodeItem.sort, CodeItem.id)))
        i = items.index(item)
        j = i + step
        if not 0 <= j < len(items):
            return
        items[i], items[j] = items[j], items[i]
        for n, it in enumerate(items):
            if it.sort != n:
                it.sort = n
        uow.commit()


def _months(months: int | None) -> list[FieldError]:
    if months is not None and not 0 < months <= MAX_MONTHS:
        return [FieldError("影响期（月）", f"应为 1 至 {MAX_MONTHS} 的整数，或留空表示无影响期")]
    return []


def save_period(db: Database, period_id: int, months: int | None, source: str) -> None:
    db.require(Permission.POLICY_SETTINGS)
    errors = _months(months)
    if not source.strip():
        errors.append(FieldError("依据", "必填：写明影响期的出处，审查时要引用"))
    if errors:
        raise ValidationError(errors)
    with db.uow("修改影响期", Permission.POLICY_SETTINGS) as uow:
        row = uow.session.get(DisciplineKind, period_id)
        if row is None:
            raise UserError("该处理种类已不存在，请刷新后重试")
        row.months, row.source = months, source.strip()
        uow.commit()


def add_period(db: Database, category: str, kind: str, months: int | None, source: str) -> int:
    db.require(Permission.POLICY_SETTINGS)
    errors = _months(months)
    kind = kind.strip()
    with db.uow("新增处理种类", Permission.POLICY_SETTINGS) as uow:
        s = uow.session
        categories = set(s.scalars(select(CodeItem.label).where(CodeItem.table_name == "discipline_category")))
        if category not in categories:
            errors.append(FieldError("类别", f"应为{'、'.join(sorted(categories))}之一"))
        if not kind:
            errors.append(FieldError("处理种类", "必填"))
        elif s.scalar(select(DisciplineKind.id).where(DisciplineKind.category == category,
                                                      DisciplineKind.kind == kind)) is not None:
            errors.append(FieldError("处理种类", f"“{category}”中已有“{kind}”"))
        if not source.strip():
            errors.append(FieldError("依据", "必填：写明影响期的出处，审查时要引用"))
        if errors:
            raise ValidationError(errors)
        last = s.scalar(select(func.max(DisciplineKind.sort)))
        row = DisciplineKind(category=category, kind=kind, months=months, source=source.strip(), sort=(last or 0) + 1)
        s.add(row)
        uow.commit()
        return row.id
