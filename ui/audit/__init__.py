"""The audit trail on screen: the viewer (审计管理员) and the 修改记录 dialog with 撤销 (审核员)."""
