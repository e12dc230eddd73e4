"""年度目标责任考核得分: matched on (年度, 单位)."""
from __future__ import annotations

from decimal import Decimal

from zydesk.excel.schema import Column, Kind


class UnitScoresKind(Kind):
    name = "unit-scores"
    title = "年度目标责任考核"
    year_filter = "年度"
    columns = (
        Column("年度", "year", "int", required=True, min_value=1949, max_value=2200),
        Column("单位名称", "unit_name", "code:unit", required=True),
        Column("考核得分", "score", "decimal", required=True, min_value=Decimal("-999999.99"),
               max_value=Decimal("999999.99"), help="最多两位小数"),
        Column("一票否决", "vetoed", "bool", help="是 / 否，空白按“否”"),
        Column("否决事由", "veto_reason", help="一票否决为“是”时必填"),
        Column("表彰净加分", "commend_plus", "bool", help="获国家级、省级表彰为全县带来净加分：是 / 否"),
        Column("超额完成净加分", "excess_plus", "bool", help="超额完成任务为全县带来净加分：是 / 否"),
    )


KIND = UnitScoresKind()
