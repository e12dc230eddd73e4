"""Printing the 干部任免审批表 of chosen cadres (`zydesk print renmian`, 干部信息 → 打印任免审批表).

The form is filled as the LRMX export fills it (zydesk.services.lrmx.fill: the records, and what an
imported form holds that the records do not — its photo, family, own 简历 lines). Printing needs
Permission.PRINT and is audited: whose forms, how many, and the file.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from zydesk.core.security.roles import Permission
from zydesk.core.task_state import TaskState
from zydesk.errors import UserError
from zydesk.lrmx.model import RenmianForm
from zydesk.printing import renmian
from zydesk.printing.catalog import Param, PrintForm, register
from zydesk.printing.output import Rendered
from zydesk.services.lrmx.exporting import cadre_ids_for, forms_for
from zydesk.services.lrmx.fill import Basis, FillDates
from zydesk.storage.uow import Database

ACTION = "打印干部任免审批表"


def form_for(db: Database, cadre_id: int, age_date: dt.date | None = None,
             fill_date: dt.date | None = None) -> RenmianForm:
    """One cadre's form (zydesk.services.lrmx: the records, an imported form's values and photo kept)."""
    return forms_for(db, [cadre_id], FillDates(age_date, fill_date))[0]


def filled_forms(db: Database, ids: Sequence[int], age_date: dt.date | None, fill_date: dt.date | None,
                 state: TaskState, basis: Basis | None = None) -> list[RenmianForm]:
    """The forms to print, one per cadre, filled as the LRMX export fills them."""
    return forms_for(db, list(ids), FillDates(age_date, fill_date), state, basis)


def cadre_ids(db: Database, id_numbers: Sequence[str]) -> list[int]:
    """公民身份号码 → cadre ids in the order given; unknown numbers are named (masked) and nothing prints."""
    wanted = [n.strip().upper() for n in id_numbers if n.strip()]
    if not wanted:
        raise UserError("请至少给出一个公民身份号码")
    return list(dict.fromkeys(cadre_ids_for(db, wanted)))


def print_forms(db: Database, ids: Sequence[int], path: str | Path | None = None, *,
                age_date: dt.date | None = None, fill_date: dt.date | None = None, unit: str = "",
                filler: str = "", state: TaskState | None = None, basis: Basis | None = None) -> Rendered:
    """The forms of the cadres (two pages each) in one PDF, saved to path when given, and the audit entry;
    `basis` names the proposal or review 拟任/拟免 come from (the button on that case)."""
    db.require(Permission.PRINT)
    changes: dict[str, Any] = {}
    if unit:
        changes["cheng_bao_dan_wei"] = unit
    if filler:
        changes["tian_biao_ren"] = filler
    forms = [f.with_values(**changes) if changes else f
             for f in filled_forms(db, ids, age_date, fill_date, state or TaskState(), basis)]
    if not forms:
        raise UserError("请先选择要打印任免审批表的干部")
    rendered = renmian.render_renmian(forms, title=renmian.TITLE if len(forms) == 1
                                      else f"{renmian.TITLE}（{len(forms)}份）")
    if path is not None:
        rendered.save(path)
    detail = {"份数": len(forms), "干部": [{"cadre_id": cid, "姓名": f.xing_ming} for cid, f in zip(ids, forms)],
              "文件": str(path) if path is not None else "（打印预览）", "页数": rendered.pages}
    if db.damaged is not None:  # a read-only file: the entry waits for the next sign-in (record_output)
        from zydesk.services.audit_trail import PRINTED, record_output

        record_output(db, PRINTED, "干部任免审批表", detail)
        return rendered
    with db.uow(ACTION, Permission.PRINT) as uow:
        uow.audit("干部任免审批表", ",".join(str(i) for i in ids)[:60], after=detail)
        uow.commit()
    return rendered


def too_long(db: Database, ids: Sequence[int]) -> list[str]:
    """Before printing: one sentence per form with fields too long for their boxes."""
    out = []
    for cadre_id in ids:
        form = form_for(db, cadre_id)
        fields = renmian.too_long(form)
        if fields:
            out.append(renmian.too_long_message(form, fields))
    return out


def _date(params: dict[str, Any], name: str, label: str) -> dt.date | None:
    raw = params.get(name)
    if not raw:
        return None
    from zydesk.core.dates import DateFormatError, parse_date

    try:
        return parse_date(str(raw))
    except DateFormatError as exc:
        raise UserError(f"{label}：{exc}") from None


def build(db: Database, params: dict[str, Any]) -> Rendered:
    """`zydesk print renmian ID_NUMBER… -o FILE.pdf`: the file is written and audited here."""
    ids = cadre_ids(db, list(params.get("id_numbers") or []))
    return print_forms(db, ids, params.get("output"), age_date=_date(params, "age_date", "计算年龄时间"),
                       fill_date=_date(params, "fill_date", "填表时间"), unit=params.get("unit") or "",
                       filler=params.get("filler") or "")


register(PrintForm("renmian", "干部任免审批表（每人两页，多人合为一个PDF）", build, params=[
    Param("id_numbers", "公民身份号码", many=True, required=True),
    Param("age_date", "计算年龄时间", help="计算年龄的日期（YYYY-MM-DD），不填为今天"),
    Param("fill_date", "填表时间", help="填表日期（YYYY-MM-DD），印在呈报单位栏"),
    Param("unit", "呈报单位"),
    Param("filler", "填表人"),
], area="通用", saves=True))
