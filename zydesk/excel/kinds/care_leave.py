"""关心关爱 第二十八条 年休假与调休: the Excel kind of the register (see care_base)."""
from zydesk.excel.kinds.care_base import CareKind

KIND = CareKind("leave")
