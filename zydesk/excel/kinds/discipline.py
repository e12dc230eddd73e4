"""处分和组织处理: matched on (干部, 类别, 处理种类, 决定日期)."""
from __future__ import annotations

from zydesk.excel.schema import Column, Kind


class DisciplineRecordsKind(Kind):
    name = "discipline"
    title = "处分和组织处理"
    year_filter = "决定日期所在年度"
    columns = (
        Column("公民身份号码", "id_number", required=True),
        Column("类别", "category", "code:discipline_category", required=True, help="党纪处分 / 政务处分 / 组织处理"),
        Column("处理种类", "kind", "code:discipline_kind", required=True, help="如 警告、记过、诫勉；须属于所填类别"),
        Column("决定日期", "decision_date", "date", required=True),
        Column("决定机关", "deciding_body", max_len=80),
        Column("事由", "reason"),
        Column("影响期满日期", "effect_end", "date", help="空白时按该处理种类的默认影响期（月）自决定日期起算"),
    )


KIND = DisciplineRecordsKind()
