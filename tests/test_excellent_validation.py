"""Rules that used to sit in the 优秀干部评选 pages, now in core and services: the 第十条 rate range, typed
dates and missing picks refused with FieldErrors and nothing saved; what each stage allows."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import add_cadre, add_unit
from zydesk.core.incentives.excellent import NomineeAction, allowed_actions, needs_election_reason
from zydesk.core.incentives.values import Stage
from zydesk.errors import ValidationError
from zydesk.services.incentives import excellent as svc
from zydesk.services.incentives import promotion as promo
from zydesk.storage.models import Setting
from zydesk.storage.uow import Database

Y = 2025


def _settings(db: Database) -> dict[str, object]:
    with db.read() as s:
        return {r.key: r.value for r in s.query(Setting).filter(Setting.key.like("excellent.%"))}


@pytest.mark.parametrize(("rate", "first", "field"), [
    ("120%", "20%", "优秀比例"), ("15%", "-5%", "获一等奖单位的比例"), ("百分之十五", "20%", "优秀比例"),
    ("15%", "1/0", "获一等奖单位的比例"),
])
def test_bad_rate_refused_with_field_error_nothing_saved(db: Database, rate: str, first: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        svc.save_quota_rates(db, Y, svc.QuotaRates(rate, first, "四舍五入"))
    assert [e.field for e in caught.value.errors] == [field]
    assert _settings(db) == {}  # not even the rounding, which was fine


def test_rates_saved_together(db: Database) -> None:
    svc.save_quota_rates(db, Y, svc.QuotaRates(" 18% ", "0.25", "四舍五入"))
    with db.read() as s:
        assert svc.quota_rates(s, Y) == svc.QuotaRates("18%", "0.25", "四舍五入")
        assert svc.quota_rates(s, Y - 1) == svc.QuotaRates("15%", "20%", "向下取整")
    with pytest.raises(ValidationError) as caught:
        svc.save_quota_rates(db, Y, svc.QuotaRates("18%", "20%", "进一法"))
    assert caught.value.errors[0].field == "名额取整"


def test_typed_dates_and_missing_pick_are_field_errors(db: Database) -> None:
    add_unit(db, "城关镇", kind="镇", group="镇")
    cid = add_cadre(db, "王书记", "城关镇", "党委书记", "正科级", principal=True)
    with pytest.raises(ValidationError) as caught:
        svc.add_reserve(db, None, "组织推荐", "2026-13-40")
    assert {e.field for e in caught.value.errors} == {"干部", "列入日期"}
    with pytest.raises(ValidationError) as caught:
        svc.add_reserve(db, cid, "组织推荐", "  ")
    assert [(e.field, e.message) for e in caught.value.errors] == [("列入日期", "必填")]
    with db.read() as s:
        assert svc.reserve_list(s) == []
    assert svc.add_reserve(db, cid, "组织推荐", "2026.1.2") > 0
    with pytest.raises(ValidationError) as caught:
        promo.run_review(db, cid, "明年")
    assert caught.value.errors[0].field == "审查日期"
    with pytest.raises(ValidationError) as caught:
        svc.nominate(db, Y, None)
    assert caught.value.errors[0].field == "干部"
    with pytest.raises(ValidationError) as caught:
        svc.set_round(db, Y, {}, 60, svc.Tolerance(2, 5), "2026/02/30")
    assert caught.value.errors[0].field == "评选基准日"
    svc.set_round(db, Y, {}, 60, svc.Tolerance(2, 5), "2026-02-28")
    with db.read() as s:
        assert svc.round_view(s, Y).selection_date == dt.date(2026, 2, 28)


def test_stages_are_the_stored_labels_and_allow_actions() -> None:
    assert Stage.ELECTED == "当选" and f"{Stage.REJECTED}" == "未通过"
    assert NomineeAction.WITHDRAW in allowed_actions(Stage.NOMINATED)
    assert NomineeAction.WITHDRAW not in allowed_actions("审核")  # a stored label works as well
    assert NomineeAction.SCORE in allowed_actions(Stage.REVIEWED)
    assert NomineeAction.SCORE not in allowed_actions(Stage.PUBLICISED)
    assert NomineeAction.CITY in allowed_actions(Stage.ELECTED)
    assert NomineeAction.ADVANCE not in allowed_actions(Stage.ELECTED)
    assert allowed_actions("不知道") == frozenset()
    assert needs_election_reason(Stage.PUBLICISED, "科级干部已当选 60 名")
    assert not needs_election_reason(Stage.REVIEWED, "科级干部已当选 60 名")
    assert not needs_election_reason(Stage.PUBLICISED, None)
