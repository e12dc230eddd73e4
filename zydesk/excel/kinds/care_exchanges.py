"""关心关爱 第二十六条 交流挂职: the Excel kind of the register (see care_base)."""
from zydesk.excel.kinds.care_base import CareKind

KIND = CareKind("exchanges")
