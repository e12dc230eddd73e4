"""Printed documents: the 通报暨表彰决定 公文, the landscape ranking table, the 奖金分配方案."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from tests.factories import add_unit
from zydesk.core.incentives.bonus import Person
from zydesk.errors import UserError
from zydesk.printing import catalog
from zydesk.printing.output import render
from zydesk.services.incentives.awards import KIND_RANKING, RecordedAwardData, add_recorded_award
from zydesk.services.incentives.bonus import save_plan, set_bonus_amount
from zydesk.services.incentives.ranking import save_score
from zydesk.storage.uow import Database


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def _seed(db: Database) -> dict[str, int]:
    ids = {}
    for i, s in enumerate([95, 90, 85, 80, 75, 70]):
        ids[f"{i + 1}镇"] = add_unit(db, f"{i + 1}镇", kind="镇", group="镇", sort=i)
        save_score(db, 2024, ids[f"{i + 1}镇"], s, vetoed=i == 0, veto_reason="安全事故" if i == 0 else None)
    ids["财政局"] = add_unit(db, "财政局")
    save_score(db, 2024, ids["财政局"], 88)
    add_recorded_award(db, RecordedAwardData(2024, "重大改革创新贡献奖", ids["财政局"], grade="特等奖"))
    return ids


def test_notice_lists_winners_by_award_and_group(db: Database) -> None:
    _seed(db)
    form = catalog.get("award-notice")
    doc = catalog.build("award-notice", db, {"year": 2024, "number": "紫发〔2025〕3号", "date": "2025-03-01"})
    r = render(doc)
    text = _text(r.pdf).replace(" ", "")
    assert form.area == "鼓励激励" and not r.missing
    assert "中共紫阳县委" in text and "紫阳县人民政府文件" in text and "紫发〔2025〕3号" in text
    assert "年度目标责任考核一等奖" in text and "2镇、3镇" in text  # 6 × 35% = 2.1 → 2; 1镇 vetoed
    assert "重大改革创新贡献奖" in text and "特等奖：财政局" in text
    assert "2025年3月1日" in text and "6×35%=2.1→2" in text  # the attachment shows the quota formula
    assert "一等奖：1镇" not in text


def test_notice_refused_while_tie_pending(db: Database) -> None:
    for i, s in enumerate([95, 90, 90, 80, 75, 70]):
        uid = add_unit(db, f"{i + 1}镇", kind="镇", group="镇", sort=i)
        save_score(db, 2024, uid, s)
    from zydesk.services.incentives.ranking import save_ranking_setting

    save_ranking_setting(db, "ranking.tie_rule", "clerk")
    with pytest.raises(UserError, match="待裁定"):
        catalog.build("award-notice", db, {"year": 2024})


def test_ranking_table_is_landscape(db: Database) -> None:
    _seed(db)
    r = catalog.build("ranking-table", db, {"year": 2024, "group": "镇"})
    page = PdfReader(io.BytesIO(r.pdf)).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    text = _text(r.pdf).replace(" ", "")
    assert "2024年度目标责任考核排名表（镇）" in text and "第五条第（一）项第1目" in text and "一票否决" in text
    with pytest.raises(UserError):
        catalog.build("ranking-table", db, {"year": 2024, "group": "无此类"})


def test_bonus_plan_form(db: Database) -> None:
    ids = _seed(db)
    set_bonus_amount(db, 2024, KIND_RANKING, "一等奖", "10000")
    save_plan(db, 2024, ids["2镇"], KIND_RANKING, "一等奖", [Person("张三", "优秀"), Person("李四", "称职")])
    r = render(catalog.build("bonus-plan", db, {"year": 2024, "unit": "2镇"}))
    text = _text(r.pdf).replace(" ", "")
    assert "2024年度目标责任考核一等奖奖金分配方案" in text
    assert "张三" in text and "5455" in text and "4545" in text and "10000" in text  # 1.2 : 1.0
    with pytest.raises(UserError, match="没有保存"):
        catalog.build("bonus-plan", db, {"year": 2024, "unit": "3镇"})


def test_notice_number_from_registry_allocated_once(db: Database) -> None:
    from zydesk.printing import registry

    _seed(db)
    first = render(catalog.build("award-notice", db, {"year": 2024, "allocate": True, "date": "2025-03-01"}))
    again = render(catalog.build("award-notice", db, {"year": 2024, "allocate": True, "date": "2025-03-01"}))
    assert "紫发〔2025〕1号" in _text(first.pdf) and "紫发〔2025〕1号" in _text(again.pdf)
    taken = registry.numbers(db, "紫发", 2025)
    assert [(n.seq, n.source) for n in taken] == [(1, "award-notice:2024")]
    preview = render(catalog.build("award-notice", db, {"year": 2024}))
    assert "紫发〔2025〕1号" in _text(preview.pdf)  # reprint without allocating shows the recorded number


def test_notice_preview_takes_no_number(db: Database) -> None:
    from zydesk.printing import registry

    _seed(db)
    text = _text(render(catalog.build("award-notice", db, {"year": 2024, "date": "2025-03-01"})).pdf)
    assert "紫发〔2025〕" in text and "紫发〔2025〕1号" not in text
    assert registry.numbers(db, "紫发") == []
