"""干部信息: cadres matched on 公民身份号码; each row also states the current post."""
from __future__ import annotations

from zydesk.excel.schema import Column, Kind

MONTH_HELP = "日期，可只填年月，如 2016.11、201611"


class CadresKind(Kind):
    name = "cadres"
    title = "干部信息"
    columns = (
        Column("姓名", "name", required=True, max_len=40),
        Column("公民身份号码", "id_number", required=True,
               help="18位，末位可为X；据此识别干部，并推出出生日期和性别。请将此列设为文本格式"),
        Column("民族", "ethnicity", "code:ethnicity"),
        Column("籍贯", "native_place", max_len=60),
        Column("政治面貌", "political_status", "code:political_status"),
        Column("入党时间", "party_date", "month", help=MONTH_HELP),
        Column("参加工作时间", "work_start", "month", help=MONTH_HELP),
        Column("学历", "education", "code:education"),
        Column("健康状况", "health", "code:health"),
        Column("工作单位", "unit_name", "code:unit", required=True, help="须为单位名录中已有的单位全称（可先导入单位）"),
        Column("现任职务", "title", required=True, max_len=80),
        Column("职务层次", "level", "code:position_level", required=True),
        Column("是否正职", "is_principal", "bool", help="是 / 否，空白按“否”"),
        Column("是否领导职务", "is_leadership", "bool", help="是 / 否（否：职级），空白按“是”"),
        Column("是否基层一线", "is_frontline", "bool", help="是 / 否，空白按“否”"),
        Column("任现职时间", "start_date", "month", help=MONTH_HELP),
        Column("人员状态", "status", "code:cadre_status", help="在职 / 调出 / 退休 / 去世，空白按“在职”"),
    )
    notes = ("每行一名干部及其现任职务。已有干部按公民身份号码更新；工作单位、现任职务或职务层次与现任职务不同时，"
             "原职务于新任职时间（未填则为导入当日）结束，另开新任职务；只改是否正职等标志或任现职时间时，更正现任职务。")


KIND = CadresKind()
