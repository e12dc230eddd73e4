"""年度考核: matched on (干部, 年度)."""
from __future__ import annotations

from zydesk.excel.schema import Column, Kind


class AppraisalsKind(Kind):
    name = "appraisals"
    title = "年度考核"
    year_filter = "年度"
    columns = (
        Column("公民身份号码", "id_number", required=True, help="须为已录入的干部"),
        Column("姓名", "name", help="可不填；填写时须与该号码的干部姓名一致（核对用）"),
        Column("年度", "year", "int", required=True, min_value=1949, max_value=2200),
        Column("考核等次", "grade", "code:appraisal_grade", required=True),
        Column("备注", "note"),
    )


KIND = AppraisalsKind()
