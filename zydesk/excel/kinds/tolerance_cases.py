"""容错纠错案件: earlier paper cases, registered with the dates of each step of 第八条 they reached."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from zydesk.core.citation import Doc
from zydesk.core.tolerance.rules import EXCLUSIONS
from zydesk.core.tolerance.values import Conclusion, Outcome
from zydesk.excel.schema import Changes, Column, ErrorSink, Kind, Sheet
from zydesk.storage.uow import UnitOfWork


class ToleranceCasesKind(Kind):
    name = "tolerance-cases"
    title = "容错纠错案件"
    year_filter = "案件编号中的年度"
    notes = ("用于登记本程序启用前的纸质案件。各环节日期按第八条顺序填写，不能跳过（如填了认定日期，"
             "受理日期和核查完成日期也须填写）；最后一个已填日期即案件所处环节。已登记的案件原样再次导入时不作改动；"
             "内容不同的，不能通过导入修改。第七条情形和问责处理完毕日期按第七条、第十六条检查。")
    columns = (
        Column("案件编号", "number", required=True, max_len=40, help="如 紫容〔2026〕3号"),
        Column("申请人类型", "applicant_type", "code:tolerance_applicant", required=True, help="单位 / 组织 / 个人"),
        Column("公民身份号码", "id_number", "idnumber", help="个人申请必填，须为已导入的干部"),
        Column("单位名称", "unit_name", max_len=80, help="单位或组织申请必填"),
        Column("问责启动日期", "accountability_started", "date", required=True),
        Column("问责处理完毕日期", "accountability_concluded", "date",
               help="问责追责已处理完毕的填写；早于2016年11月28日的不适用本细则（第十六条）"),
        Column("申请日期", "applied_on", "date", required=True),
        Column("受理日期", "accepted_on", "date", help="不予受理的案件填答复日期，并填“不予受理理由”"),
        Column("核查完成日期", "report_on", "date", help="调查报告形成日期"),
        Column("认定日期", "concluded_on", "date"),
        Column("认定结论", "conclusion", "code:tolerance_conclusion", help=" / ".join(Conclusion)),
        Column("反馈日期", "feedback_on", "date"),
        Column("报备日期", "filed_on", "date"),
        Column("容错情形", "circumstances", help="第六条项号，多项用逗号分隔，如 4,12"),
        Column("第七条情形", "exclusions", help="经核实存在的第七条情形，多项用顿号分隔："
               + "、".join(e.key for e in EXCLUSIONS) + "。有此情形的只能认定为不予容错"),
        Column("事由", "matter"),
        Column("主办单位", "host_body", max_len=80, help="启动问责追责的单位"),
        Column("不予受理理由", "refusal_reason", help="填写则为不予受理的案件（其后各环节日期应为空）"),
    )
    articles = (Doc.TOLERANCE.cite(6), Doc.TOLERANCE.cite(7), Doc.TOLERANCE.cite(8), Doc.TOLERANCE.cite(16))

    def code_lists(self, session: Session) -> Mapping[str, Sequence[str]]:
        return {"tolerance_applicant": ["单位", "组织", "个人"],
                "tolerance_conclusion": [*Conclusion, Outcome.EXEMPTED, Outcome.REDUCED]}

    def check(self, session: Session, sheet: Sheet, err: ErrorSink) -> Changes:
        from zydesk.services.tolerance.case_columns import check_columns, unchanged_rows
        from zydesk.services.tolerance.imports import check_case_rows

        fields = [c.field for c in self.columns]
        rows = [{f: sheet[f][i] for f in fields} for i in range(len(sheet))]
        held = {str(r[0]): dict(zip(fields, r, strict=True)) for r in self.export_rows(session, None)}
        same = unchanged_rows(rows, sheet.present, held)  # an export imported again: nothing to do
        index = [i for i in range(len(rows)) if i not in same]
        rest = [rows[i] for i in index]

        def sub_err(j: int, header: str, message: str) -> None:
            err(index[j], header, message)

        planned = check_case_rows(session, rest, sub_err)
        notes = check_columns(rest, planned, sub_err)
        return Changes(created=len(planned), unchanged=len(same), plan=planned, notes=notes)

    def write(self, uow: UnitOfWork, changes: Changes) -> None:
        from zydesk.services.tolerance.imports import write_cases

        write_cases(uow.session, changes.plan)

    def export_rows(self, session: Session, year: int | None) -> Iterable[Sequence[Any]]:
        from zydesk.services.tolerance.case_columns import export_columns
        from zydesk.services.tolerance.imports import export_case_rows

        rows = export_case_rows(session, year)
        extra = export_columns(session, [r[0] for r in rows])
        out = []
        for r in rows:  # the service's columns, with 问责处理完毕日期 and 第七条情形 in their places
            excl, done = extra.get(r[0], (None, None))
            out.append([*r[:5], done, *r[5:13], excl, *r[13:]])
        return out


KIND = ToleranceCasesKind()
