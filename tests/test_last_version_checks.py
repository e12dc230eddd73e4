"""The last records a person edits get the same version check as the others: a save over another person's newer
change is refused with 「该记录已被 X 于 HH:MM 修改，请刷新后再改」 and nothing of it is written — issuing bodies
(发文机关与文号), accounts (roles, 停用), and the settings forms (奖金系数, 优秀名额比例, 能上能下本地设置, 打印设置)."""
from __future__ import annotations

import pytest

from tests.accounts import ADMIN, as_role
from zydesk.core.security.roles import Role
from zydesk.printing import registry
from zydesk.services import print_settings as ps
from zydesk.services.conflicts import EditConflict
from zydesk.services.handle import Database


def conflict_by(name: str) -> str:
    return rf"该记录已被 {name} 于 \d\d:\d\d 修改，请刷新后再改"


def test_an_issuing_body_saved_over_a_newer_change_is_refused(db: Database) -> None:
    admin = as_role(db, Role.SYSTEM_ADMIN)
    body = registry.save_body(admin, "紫阳县财政局", "紫阳县财政局文件", "紫财发")
    assert body.version == 1
    first = ps.save_body(admin, "紫阳县财政局", "紫阳县财政局文件（新）", "紫财发", body.id, True, body.version)
    assert first.version == 2
    with pytest.raises(EditConflict, match=conflict_by(ADMIN)):
        ps.save_body(admin, "紫阳县财政局", "紫阳县财政局文件（旧页）", "紫财发", body.id, True, body.version)
    assert registry.body_by_prefix(db, "紫财发").mark == "紫阳县财政局文件（新）"  # the newer change stays
    again = ps.save_body(admin, "紫阳县财政局", "紫阳县财政局文件（旧页）", "紫财发", body.id, True, first.version)
    assert again.version == 3
    ps.save_body(admin, "紫阳县财政局", "紫阳县财政局文件", "紫财发", body.id, True)  # no version: no check
