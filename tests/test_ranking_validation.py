"""Rules that used to sit in the 单位考核排名 pages, now in core and services: what is typed in the award dialog
checked by the service (FieldErrors, nothing saved); settings saved together or not at all; tie-breaks."""
from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.factories import add_unit
from zydesk.core.incentives.awards import F_POINTS, KIND_EXCEL, kind_fields
from zydesk.core.incentives.bonus import BonusError, parse_coefficient
from zydesk.core.incentives.ranking import FIRST, parse_score, tie_break_problem
from zydesk.core.incentives.values import AwardGrade
from zydesk.errors import UserError, ValidationError
from zydesk.services.incentives.awards import RecordedAwardData, add_recorded_award
from zydesk.services.incentives.bonus import coefficients, remainder_rule, save_bonus_settings
from zydesk.services.incentives.ranking import compute_ranking, save_ranking_settings, save_score
from zydesk.storage.models_ranking import RecordedAward
from zydesk.storage.uow import Database


def _recorded(db: Database) -> list[RecordedAward]:
    with db.read() as s:
        return list(s.scalars(select(RecordedAward)))


@pytest.mark.parametrize("typed", ["abc", "1.5分", "NaN"])
def test_bad_number_typed_in_award_dialog_refused(db: Database, typed: str) -> None:
    uid = add_unit(db, "发改局")
    with pytest.raises(ValidationError) as caught:
        add_recorded_award(db, RecordedAwardData(2024, KIND_EXCEL, uid, plus_points=typed))
    assert [(e.field, e.message) for e in caught.value.errors] == [("争取加分", f"“{typed}”不是数字")]
    assert _recorded(db) == []


def test_points_typed_as_text_are_saved(db: Database) -> None:
    uid = add_unit(db, "发改局")
    with pytest.raises(ValidationError) as caught:
        add_recorded_award(db, RecordedAwardData(2024, KIND_EXCEL, uid, plus_points="  "))
    assert caught.value.errors[0].field == "争取加分" and "须填写" in caught.value.errors[0].message
    add_recorded_award(db, RecordedAwardData(2024, KIND_EXCEL, uid, plus_points=" 2.5 "))
    (row,) = _recorded(db)
    assert row.plus_points == Decimal("2.5")
    assert F_POINTS in kind_fields(KIND_EXCEL) and kind_fields("不知道") == frozenset()


def test_ranking_settings_all_or_nothing(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        save_ranking_settings(db, {"ranking.rounding": "floor", "ranking.quota_percent": "150",
                                   "ranking.second_percent": "三成"}, 2024)
    assert [e.field for e in caught.value.errors] == ["一等奖比例（%）", "二等奖比例（%，本地设置）"]
    with db.read() as s:
        assert compute_ranking(s, 2024).settings.rounding != "floor"
    save_ranking_settings(db, {"ranking.rounding": "floor", "ranking.quota_percent": " 50 "}, 2024)
    with db.read() as s:
        st = compute_ranking(s, 2024).settings
        assert st.rounding == "floor" and st.quota_percent == 50


def test_bonus_settings_together(db: Database) -> None:
    with pytest.raises(UserError):
        save_bonus_settings(db, {"优秀": "1.5"}, "全部上交", 2024)
    with db.read() as s:
        assert coefficients(s, 2024)["优秀"] == Decimal("1.2")
    save_bonus_settings(db, {"优秀": "1.5", "称职": "1"}, "keep", 2024)
    with db.read() as s:
        assert coefficients(s, 2024)["优秀"] == Decimal("1.5") and remainder_rule(s, 2024) == "keep"
    assert parse_coefficient(" ") is None and parse_coefficient("0.8") == Decimal("0.8")
    for bad in ("八", "11"):
        with pytest.raises(BonusError):
            parse_coefficient(bad)


def test_score_parse_and_tie_break_rule(db: Database) -> None:
    assert parse_score(" 95.5 ") == Decimal("95.5")
    for bad, why in (("abc", "不是数字"), ("95.555", "两位小数"), ("-1", "超出范围")):
        with pytest.raises(UserError, match=why):
            parse_score(bad)
    ids = [add_unit(db, f"{i}镇", kind="镇", group="镇", sort=i) for i in range(6)]
    for uid, score in zip(ids, [95, 90, 90, 80, 75, 70], strict=True):
        save_score(db, 2024, uid, score)
    with db.read() as s:
        r = compute_ranking(s, 2024)
    g = r.groups[0]
    assert r.settings.tie_rule == "widen" and g.tie_units
    assert "无须裁定" in (tie_break_problem(r.settings.tie_rule, g) or "")
    assert tie_break_problem("clerk", g) is None
    assert "没有并列" in (tie_break_problem("clerk", None) or "")
    assert FIRST is AwardGrade.FIRST and FIRST == "一等奖"
    assert r.unit(ids[0]).award == "一等奖"  # type: ignore[union-attr]


def test_override_rule_shared_by_dialog_and_service() -> None:
    from zydesk.core.incentives.ranking import override_problem

    assert "理由" in (override_problem("一等奖", "  ") or "")
    assert "无效" in (override_problem("特等奖", "县委研究") or "")  # 特等奖 is a grade of another award
    assert override_problem(None, "县委研究") is None and override_problem(AwardGrade.SECOND, "县委研究") is None


def test_points_of_a_hidden_field_are_ignored(db: Database) -> None:
    uid = add_unit(db, "城关镇", kind="镇", group="镇")
    add_recorded_award(db, RecordedAwardData(2024, "脱贫攻坚工作先进镇", uid, plus_points="abc"))
    (row,) = _recorded(db)
    assert row.plus_points is None
