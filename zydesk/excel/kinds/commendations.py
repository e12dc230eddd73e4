"""表彰: matched on (对象, 表彰名称, 表彰日期)."""
from __future__ import annotations

from zydesk.excel.schema import Column, Kind


class CommendationsKind(Kind):
    name = "commendations"
    title = "表彰"
    year_filter = "表彰日期所在年度"
    columns = (
        Column("对象类型", "subject_type", "code:subject_type", required=True, help="个人 / 单位"),
        Column("公民身份号码", "id_number", help="对象类型为“个人”时必填"),
        Column("单位名称", "unit_name", "code:unit", help="对象类型为“单位”时必填"),
        Column("表彰名称", "title", required=True, max_len=120),
        Column("表彰层级", "level", "code:commendation_level", required=True),
        Column("表彰机关", "issuer", max_len=80),
        Column("表彰日期", "date", "date", required=True),
    )


KIND = CommendationsKind()
