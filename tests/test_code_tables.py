import pytest
from sqlalchemy import select

from tests.accounts import CLERK
from zydesk.errors import UserError, ValidationError
from zydesk.services import code_tables as ct
from zydesk.services.codes import discipline_periods, load_codes
from zydesk.storage.models import AuditEntry
from zydesk.storage.uow import Database


def _labels(db: Database, table: str) -> list[str]:
    with db.read() as s:
        return [r.label for r in ct.code_rows(s, table)]


def test_add_a_position_level_is_offered_and_audited(db: Database) -> None:
    ct.add_code(db, "position_level", "一级主任科员（试）", note="本地职级")
    with db.read() as s:
        assert load_codes(s)["position_level"][-1] == "一级主任科员（试）"
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "新增代码（职务层次）")).one()
    assert entry.after["label"] == "一级主任科员（试）" and entry.user == CLERK


def test_duplicate_and_empty_labels_are_refused(db: Database) -> None:
    with pytest.raises(ValidationError, match="已有“汉族”"):
        ct.add_code(db, "ethnicity", " 汉族 ")
    with pytest.raises(ValidationError, match="必填"):
        ct.add_code(db, "education", "  ")


def test_policy_tables_cannot_grow_or_lose_a_label(db: Database) -> None:
    with pytest.raises(UserError, match="政策规定"):
        ct.add_code(db, "appraisal_grade", "良好")
    with db.read() as s:
        excellent = next(r for r in ct.code_rows(s, "appraisal_grade") if r.label == "优秀")
    with pytest.raises(UserError, match="不能停用"):
        ct.set_code_active(db, excellent.id, False)


def test_switched_off_label_is_no_longer_offered(db: Database) -> None:
    with db.read() as s:
        poor = next(r for r in ct.code_rows(s, "health") if r.label == "较差")
    ct.set_code_active(db, poor.id, False)
    with db.read() as s:
        assert "较差" not in load_codes(s)["health"]
    assert "较差" in _labels(db, "health")  # kept, marked inactive
    ct.set_code_active(db, poor.id, True)
    with db.read() as s:
        assert "较差" in load_codes(s)["health"]


def test_move_swaps_neighbours_and_stops_at_the_ends(db: Database) -> None:
    before = _labels(db, "education")
    with db.read() as s:
        second = ct.code_rows(s, "education")[1]
    ct.move_code(db, second.id, -1)
    after = _labels(db, "education")
    assert after[:2] == [before[1], before[0]] and after[2:] == before[2:]
    ct.move_code(db, second.id, -1)  # already first: nothing changes
    assert _labels(db, "education") == after


def test_influence_period_is_edited_with_its_source(db: Database) -> None:
    with db.read() as s:
        warning = next(r for r in ct.period_rows(s) if (r.category, r.kind) == ("政务处分", "警告"))
    with pytest.raises(ValidationError, match="依据"):
        ct.save_period(db, warning.id, 6, " ")
    with pytest.raises(ValidationError, match="1 至 120"):
        ct.save_period(db, warning.id, 0, "x")
    ct.save_period(db, warning.id, 7, "本县试行口径")
    with db.read() as s:
        assert discipline_periods(s)[("政务处分", "警告")] == 7


def test_new_kind_of_handling(db: Database) -> None:
    ct.add_period(db, "组织处理", "停职检查", None, "《中国共产党组织处理规定（试行）》")
    with db.read() as s:
        assert discipline_periods(s)[("组织处理", "停职检查")] is None
    with pytest.raises(ValidationError) as exc:
        ct.add_period(db, "行政处罚", "停职检查", 3, "")
    text = str(exc.value)
    assert "«类别»" in text and "«依据»" in text


def test_allowed_actions_follow_the_policy_fixed_tables() -> None:
    row = ct.CodeRow(id=1, label="优秀", sort=1, active=True, note=None)
    assert ct.allowed_actions("appraisal_grade", None) == frozenset()
    assert ct.allowed_actions("appraisal_grade", row) == {ct.MOVE, ct.NOTE}  # no new or stopped values
    assert ct.allowed_actions("position_level", None) == {ct.ADD}
    assert ct.allowed_actions("position_level", row) == {ct.ADD, ct.MOVE, ct.NOTE, ct.TOGGLE}
    assert "政策规定" in ct.table_hint("appraisal_grade") and "停用" in ct.table_hint("position_level")
