"""The 能上能下 entry forms as the clerk typed them: parsed and checked here, so every message names the form's
field (FieldError.field = the Chinese label) and the window only shows what comes back.

One function per form; each is one write (or a ValidationError and nothing written).
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from zydesk.core.adjustment.determinations import ITEMS
from zydesk.core.citation import Doc
from zydesk.errors import FieldError, ValidationError
from zydesk.services.adjustment.facts import (
    ROLES,
    DeterminationData,
    LocalSettings,
    add_determination,
    add_health,
    add_request,
    cadre_by_id_number,
    find_cadre,
    parse_age_lines,
    save_local_settings,
)
from zydesk.services.fields import typed_date
from zydesk.storage.models import Unit
from zydesk.storage.uow import Database

# The 条款 drop-down: "第十一条第（一）项 镇一年内发生…" → (article, item).
ITEM_LABELS: dict[str, tuple[int, int]] = {f"{Doc.ADJUSTMENT.cite(a, i)} {text}": (a, i) for (a, i), text in ITEMS.items()}

# The service's field names that the entry form shows under another label.
_FORM_FIELD = {"责任类型": "责任人"}
REQUIRED = "必须填写"  # the message of an empty required field on these forms


@dataclass(frozen=True)
class DeterminationForm:
    """The 责任认定 entry form: 责任人 is one person a line, "公民身份号码（或姓名） 责任类型"."""

    date: str
    unit: str
    item: str  # a key of ITEM_LABELS
    kind: str
    people: str
    source: str
    description: str = ""
    tolerance_case: str = ""
    fraud: bool = False


def add_determination_form(db: Database, form: DeterminationForm) -> int:
    """Register a 责任认定 typed in the form; returns its year (the list shows that year)."""
    errors: list[FieldError] = []
    date = typed_date(form.date, "认定日期", errors, required=True, missing=REQUIRED)
    key = ITEM_LABELS.get(form.item)
    if key is None:
        errors.append(FieldError("条款", "请选择条款"))
    people: list[tuple[int, str]] = []
    with db.read() as s:
        unit_id = None
        if form.unit.strip():
            unit_id = s.scalar(select(Unit.id).where(Unit.name == form.unit.strip()))
            if unit_id is None:
                errors.append(FieldError("单位", f"没有名为“{form.unit.strip()}”的单位"))
        for n, raw in enumerate(x for x in form.people.splitlines() if x.strip()):
            parts = raw.split()
            if len(parts) != 2 or parts[1] not in ROLES:
                errors.append(FieldError("责任人", f"第{n + 1}行应为“公民身份号码（或姓名） 责任类型”"))
                continue
            try:
                people.append((find_cadre(s, parts[0], unit_id), parts[1]))
            except ValidationError as exc:
                errors += [FieldError("责任人", f"第{n + 1}行：{e.message}") for e in exc.errors]
    if errors:
        raise ValidationError(errors)
    assert date is not None and key is not None
    data = DeterminationData(date, unit_id, key[0], key[1], people, form.description, form.source, form.kind,
                             form.tolerance_case.strip() or None, form.fraud)
    try:
        add_determination(db, data)
    except ValidationError as exc:
        raise ValidationError([FieldError(_FORM_FIELD.get(e.field, e.field), e.message, e.row)
                               for e in exc.errors]) from None
    return date.year


def _cadre(db: Database, id_number: str, errors: list[FieldError]) -> int | None:
    with db.read() as s:
        try:
            return cadre_by_id_number(s, id_number)
        except ValidationError as exc:
            errors += exc.errors
            return None


def add_health_form(db: Database, id_number: str, start: str, end: str = "", note: str = "") -> int:
    """第二十二条: 公民身份号码, 不能正常履职起始日, 恢复履职日期 (blank while not recovered), 说明."""
    errors: list[FieldError] = []
    first = typed_date(start, "不能正常履职起始日", errors, required=True, missing=REQUIRED)
    last = typed_date(end, "恢复履职日期", errors)
    cid = _cadre(db, id_number, errors)
    if errors:
        raise ValidationError(errors)
    assert first is not None and cid is not None
    return add_health(db, cid, first, last, note.strip())


def add_request_form(db: Database, id_number: str, date: str, request: str, note: str = "") -> int:
    """第二十三条: 公民身份号码, 申请日期, 申请事项, 说明."""
    errors: list[FieldError] = []
    day = typed_date(date, "申请日期", errors, required=True, missing=REQUIRED)
    cid = _cadre(db, id_number, errors)
    if errors:
        raise ValidationError(errors)
    assert day is not None and cid is not None
    return add_request(db, cid, day, request, note.strip())


def save_settings_form(db: Database, ages: str, warn_months: int, term_years: int, max_terms: int,
                       max_years_at_level: int, versions: dict[str, int] | None = None) -> None:
    """本地设置 of 第十九条 and 第二十条: 年龄界限 one "职务层次 性别 年龄" a line, and the four numbers. versions:
    LocalSettings.versions as the dialog read them (a save over another clerk's newer change is refused)."""
    save_local_settings(db, LocalSettings(parse_age_lines(ages), warn_months, term_years, max_terms,
                                          max_years_at_level, versions))
