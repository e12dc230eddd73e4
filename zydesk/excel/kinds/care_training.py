"""关心关爱 第二十五条 干部教育培训: the Excel kind of the register (see care_base)."""
from zydesk.excel.kinds.care_base import CareKind

KIND = CareKind("training")
