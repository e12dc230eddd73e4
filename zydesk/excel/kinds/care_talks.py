"""关心关爱 第二十九条 谈心谈话: the Excel kind of the register (see care_base)."""
from zydesk.excel.kinds.care_base import CareKind

KIND = CareKind("talks")
