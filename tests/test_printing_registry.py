"""Issuing bodies and document numbers: sequential per prefix and year, no gaps, no duplicates, voided kept."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from tests.accounts import CLERK, as_role
from zydesk.core.security.roles import Permission, Role
from zydesk.errors import UserError
from zydesk.printing import registry
from zydesk.storage.models import AuditEntry
from zydesk.storage.models_printing import DocNumber


def test_seeded_issuing_bodies(db) -> None:  # type: ignore[no-untyped-def]
    bodies = {b.prefix: b for b in registry.list_bodies(db)}
    assert {"紫发", "紫政发", "紫办发", "紫政办发", "紫组发"} <= set(bodies)
    assert bodies["紫办发"].name == "中共紫阳县委办公室"
    assert bodies["紫办发"].mark == "中共紫阳县委办公室文件"


def test_numbers_are_sequential_per_prefix_and_year(db) -> None:  # type: ignore[no-untyped-def]
    a = registry.allocate(db, "紫组发", 2026, "关于表彰优秀干部的决定", source="excellent:2026")
    b = registry.allocate(db, "紫组发", 2026, "关于调整干部的通知")
    c = registry.allocate(db, "紫组发", 2027, "次年第一份")
    d = registry.allocate(db, "紫办发", 2026, "另一机关第一份")
    assert (a.seq, b.seq, c.seq, d.seq) == (1, 2, 1, 1)
    assert a.text == "紫组发〔2026〕1号" and b.text == "紫组发〔2026〕2号"
    assert a.source == "excellent:2026" and a.issued_by == CLERK and a.status == "已用"
    assert registry.gaps(db, "紫组发", 2026) == []
    with db.read() as s:
        assert s.scalar(select(AuditEntry).where(AuditEntry.object_type == "DocNumber")) is not None


def test_voided_number_is_kept_and_never_reused(db) -> None:  # type: ignore[no-untyped-def]
    first = registry.allocate(db, "紫组发", 2026, "第一份")
    second = registry.allocate(db, "紫组发", 2026, "第二份（印错作废）")
    voided = registry.void(db, second.id, "标题有误，重新发文")
    assert voided.status == "作废" and voided.void_reason == "标题有误，重新发文"
    third = registry.allocate(db, "紫组发", 2026, "第二份（重发）")
    assert third.seq == 3
    listed = registry.numbers(db, "紫组发", 2026)
    assert [(n.seq, n.status) for n in listed] == [(1, "已用"), (2, "作废"), (3, "已用")]
    assert registry.gaps(db, "紫组发", 2026) == []
    with pytest.raises(UserError, match="已经作废"):
        registry.void(db, second.id, "再次作废")
    with pytest.raises(UserError, match="原因"):
        registry.void(db, first.id, " ")


def test_duplicate_numbers_are_impossible(db) -> None:  # type: ignore[no-untyped-def]
    n = registry.allocate(db, "紫组发", 2026, "第一份")
    with db.uow("测试重复", Permission.ENTER) as uow:
        body_id = uow.session.get(DocNumber, n.id).body_id  # type: ignore[union-attr]
        uow.session.add(DocNumber(body_id=body_id, prefix="紫组发", year=2026, seq=1, title="重复", source="",
                                  status="已用", issued_at=dt.datetime.now(), issued_by="x"))
        with pytest.raises(IntegrityError):
            uow.commit()


def test_allocation_is_refused_with_a_reason(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="没有代字"):
        registry.allocate(db, "紫无发", 2026, "标题")
    with pytest.raises(UserError, match="标题"):
        registry.allocate(db, "紫组发", 2026, "  ")
    assert registry.numbers(db) == []


def test_bodies_are_editable_but_used_prefixes_are_fixed(db) -> None:  # type: ignore[no-untyped-def]
    admin = as_role(db, Role.SYSTEM_ADMIN)  # the 发文机关 are a system setting
    new = registry.save_body(admin, "紫阳县财政局", "紫阳县财政局文件", "紫财发")
    assert registry.body_by_prefix(db, "紫财发").id == new.id
    registry.save_body(admin, "紫阳县财政局", "紫阳县财政局文件", "紫财字", body_id=new.id)  # unused: may change
    registry.allocate(db, "紫财字", 2026, "第一份")
    with pytest.raises(UserError, match="不能再改代字"):
        registry.save_body(admin, "紫阳县财政局", "紫阳县财政局文件", "紫财发", body_id=new.id)
    with pytest.raises(UserError, match="已由"):
        registry.save_body(admin, "某局", "某局文件", "紫组发")
    with pytest.raises(UserError, match="不含年份"):
        registry.save_body(admin, "某局", "某局文件", "紫某〔2026〕")
    registry.save_body(admin, "紫阳县财政局", "紫阳县财政局文件", "紫财字", body_id=new.id, active=False)
    with pytest.raises(UserError, match="停用"):
        registry.allocate(db, "紫财字", 2026, "第二份")
