"""关心关爱 第二十七条 先进典型: the Excel kind of the register (see care_base)."""
from zydesk.excel.kinds.care_base import CareKind

KIND = CareKind("exemplars")
