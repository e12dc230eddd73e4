"""Master data as plain dataclasses, and their validation (pure: code tables are passed in)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from zydesk.core.idnumber import IdNumberError, parse_id_number
from zydesk.errors import FieldError

Codes = Mapping[str, Sequence[str]]  # code table name → allowed labels


@dataclass
class UnitData:
    name: str
    kind: str
    group: str
    short_name: str | None = None
    sort_order: int = 0
    active: bool = True


@dataclass
class CadreData:
    name: str
    id_number: str
    ethnicity: str | None = None
    native_place: str | None = None
    political_status: str | None = None
    party_date: dt.date | None = None
    work_start: dt.date | None = None
    education: str | None = None
    health: str | None = None
    status: str = "在职"
    # Derived from the ID number by validate_cadre; a stated value that contradicts it is an error.
    gender: str | None = None
    birth_date: dt.date | None = None


@dataclass
class PostData:
    unit_name: str
    title: str
    level: str
    is_principal: bool = False
    is_leadership: bool = True
    is_frontline: bool = False
    start_date: dt.date | None = None
    end_date: dt.date | None = None


@dataclass
class ValidationResult:
    errors: list[FieldError] = field(default_factory=list)

    def add(self, name: str, message: str) -> None:
        self.errors.append(FieldError(name, message))

    def __bool__(self) -> bool:
        return not self.errors


def _coded(res: ValidationResult, codes: Codes, table: str, label: str, value: str | None,
           required: bool = False) -> None:
    if value in (None, ""):
        if required:
            res.add(label, "必填")
        return
    allowed = codes.get(table, ())
    if allowed and value not in allowed:
        shown = "、".join(allowed[:12]) + ("…" if len(allowed) > 12 else "")
        res.add(label, f"“{value}”不在代码表中（可选：{shown}）")


def validate_unit(u: UnitData, codes: Codes) -> ValidationResult:
    res = ValidationResult()
    if not u.name.strip():
        res.add("单位名称", "必填")
    elif len(u.name) > 60:
        res.add("单位名称", "不超过60字")
    _coded(res, codes, "unit_kind", "单位类型", u.kind, required=True)
    if not (u.group or "").strip():
        res.add("考核类别", "必填")
    return res


def validate_cadre(c: CadreData, codes: Codes, today: dt.date | None = None) -> ValidationResult:
    """Also fills c.gender and c.birth_date from the ID number."""
    res = ValidationResult()
    today = today or dt.date.today()
    if not c.name.strip():
        res.add("姓名", "必填")
    elif len(c.name) > 40:
        res.add("姓名", "不超过40字")
    try:
        info = parse_id_number(c.id_number)
    except IdNumberError as exc:
        res.add("公民身份号码", str(exc))
    else:
        c.id_number = info.number
        if c.gender and c.gender != info.gender:
            res.add("性别", f"与公民身份号码不符（号码显示为{info.gender}）")
        if c.birth_date and c.birth_date != info.birth_date:
            res.add("出生日期", f"与公民身份号码不符（号码显示为{info.birth_date.isoformat()}）")
        c.gender, c.birth_date = info.gender, info.birth_date
        for label, value in (("入党时间", c.party_date), ("参加工作时间", c.work_start)):
            if value and value < info.birth_date:
                res.add(label, "早于出生日期")
    for label, value in (("入党时间", c.party_date), ("参加工作时间", c.work_start)):
        if value and value > today:
            res.add(label, "晚于今天")
    _coded(res, codes, "ethnicity", "民族", c.ethnicity)
    _coded(res, codes, "political_status", "政治面貌", c.political_status)
    _coded(res, codes, "education", "学历", c.education)
    _coded(res, codes, "health", "健康状况", c.health)
    _coded(res, codes, "cadre_status", "人员状态", c.status, required=True)
    return res


def validate_post(p: PostData, codes: Codes, unit_names: Sequence[str] | set[str]) -> ValidationResult:
    res = ValidationResult()
    if not p.unit_name:
        res.add("工作单位", "必填")
    elif p.unit_name not in unit_names:
        res.add("工作单位", f"“{p.unit_name}”不在单位名录中，请先导入或添加该单位")
    if not p.title.strip():
        res.add("现任职务", "必填")
    _coded(res, codes, "position_level", "职务层次", p.level, required=True)
    if p.start_date and p.end_date and p.end_date < p.start_date:
        res.add("免职时间", "早于任职时间")
    return res
