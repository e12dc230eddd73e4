"""关心关爱 第二十九条 干部体检（只登记体检已进行）: the Excel kind of the register (see care_base)."""
from zydesk.excel.kinds.care_base import CareKind

KIND = CareKind("health-checks")
