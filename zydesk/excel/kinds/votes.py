"""民主测评: matched on (年度, 测评类型, 单位 or 干部)."""
from __future__ import annotations

from zydesk.excel.schema import Column, Kind

OPTIONS = ("好", "较好", "一般", "差", "优秀", "称职", "基本称职", "不称职", "满意", "基本满意", "不满意", "同意", "不同意")


class VotesKind(Kind):
    name = "votes"
    title = "民主测评"
    year_filter = "年度"
    columns = (
        Column("年度", "year", "int", required=True, min_value=1949, max_value=2200),
        Column("测评类型", "vote_type", "code:vote_type", required=True),
        Column("单位名称", "unit_name", "code:unit", help="测评对象为单位领导班子时填写（与公民身份号码二选一）"),
        Column("公民身份号码", "id_number", help="测评对象为干部个人时填写（与单位名称二选一）"),
        *(Column(o, "n:" + o, "int", min_value=0, max_value=1_000_000, help="票数；空白为无此项") for o in OPTIONS),
    )


KIND = VotesKind()
