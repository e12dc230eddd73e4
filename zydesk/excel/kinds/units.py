"""单位: matched on 单位名称."""
from __future__ import annotations

from zydesk.excel.schema import Column, Kind


class UnitsKind(Kind):
    name = "units"
    title = "单位"
    columns = (
        Column("单位名称", "name", required=True, max_len=60, help="单位全称，导入时据此识别单位（同名即同一单位）"),
        Column("单位简称", "short_name", max_len=30, help="报表中使用的简称"),
        Column("单位类型", "kind", "code:unit_kind", required=True, help="镇 / 县直部门 / 县直事业单位 / 县属国有企业"),
        Column("考核类别", "group", required=True, max_len=40, help="年度考核中在其内排名的类别，如“县直部门一类”"),
        Column("排序号", "sort_order", "int", min_value=0, max_value=99999, help="整数，越小越靠前"),
    )


KIND = UnitsKind()
