"""The printed documents of this area: 推荐审批表, 表彰决定, 资格审查表 — text, pages, no missing glyphs."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.factories import add_cadre, add_unit
from tests.test_excellent_helpers import appraise
from zydesk.errors import UserError
from zydesk.printing.catalog import load_all
from zydesk.printing.output import render
from zydesk.services.incentives import excellent as svc
from zydesk.services.incentives import excellent_documents as pr
from zydesk.services.incentives import promotion as promo
from zydesk.storage.models import Cadre
from zydesk.storage.uow import Database


def _text(pdf: bytes) -> str:
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    return "".join(ch for ch in text if ch not in " \n\u3000")


@pytest.fixture
def winners(db: Database) -> dict[str, int]:
    add_unit(db, "城关镇", kind="镇", group="镇")
    add_unit(db, "洞河镇", kind="镇", group="镇")
    ids = {"王建国": add_cadre(db, "王建国", "城关镇", "党委书记", "正科级", principal=True),
           "钱秀英": add_cadre(db, "钱秀英", "洞河镇", "包村干部", "一级科员", leadership=False, frontline=True)}
    for cid in ids.values():
        appraise(db, cid, {2024: "称职", 2025: "优秀"})
        n = svc.nominate(db, 2025, cid, deeds="带领群众发展富硒茶产业。", attachments=["事迹材料"])
        svc.check_nominee(db, n)
        svc.advance(db, n, "评审")
        svc.enter_score(db, n, 40)
        svc.advance(db, n, "公示")
        svc.advance(db, n, "当选")
        if cid == ids["王建国"]:
            svc.set_city_recommended(db, n, True)
    return ids


def test_forms_are_registered() -> None:
    forms = load_all()
    assert {"excellent-nomination", "excellent-decision", "promotion-review"} <= set(forms)


def test_nomination_form(db: Database, winners: dict[str, int]) -> None:
    with db.read() as s:
        number = s.scalar(select(Cadre.id_number).where(Cadre.id == winners["王建国"]))
    one = pr.build_nominations(db, {"year": 2025, "cadre": number})
    assert one.pages == 2 and not one.missing
    text = _text(one.pdf)
    for part in ("2025年度“敢担当、善作为”优秀干部推荐审批表", "照片", "王建国", "城关镇党委书记", "优秀镇党政正职",
                 "推荐单位意见", "组织部门审核意见", "县委意见", "（盖章）", "带领群众发展富硒茶产业", "附件：事迹材料",
                 "第九条〔符合〕", "已择优推荐上报参加全市评选"):
        assert part in text, part
    assert pr.build_nominations(db, {"year": 2025}).pages == 4
    with pytest.raises(UserError, match="没有"):
        pr.build_nominations(db, {"year": 2024})


def test_decision_lists_winners_by_category(db: Database, winners: dict[str, int]) -> None:
    doc = pr.decision(db, {"year": 2025, "number": "紫发〔2026〕3号", "date": "2026-01-20"})
    assert doc.organ_mark == "中共紫阳县委　紫阳县人民政府文件"  # a joint decision: both bodies, as signed
    out = render(doc)
    assert not out.missing
    text = _text(out.pdf)
    assert "紫发〔2026〕3号" in text and "关于表彰2025年度“敢担当、善作为”优秀干部的决定" in text
    assert "一、优秀镇党政正职（1名）" in text and "二、基层一线干部（1名）" in text
    assert text.index("王建国") < text.index("钱秀英") and "第九条" in text and "2026年1月20日" in text
    assert "择优推荐王建国同志参加全市" in text


def test_review_form_from_kept_review(db: Database, winners: dict[str, int]) -> None:
    with pytest.raises(UserError, match="请先进行资格审查"):
        pr.build_review(db, {"review": 999})
    res = promo.run_review(db, winners["王建国"], dt.date(2026, 3, 1), "县委办公室主任")
    out = render(pr.build_review(db, {"review": res.review_id}))
    assert out.pages == 1 and not out.missing
    text = _text(out.pdf)
    for part in ("干部选拔资格审查表", "王建国", "县委办公室主任", "2026年3月1日", "第十九条", "第二十条", "第二十四条",
                 "审查结论", res.conclusion.replace(" ", ""), "审查人（签字）"):
        assert part in text, part
    assert "业务员" not in text  # the login name names no person: the reviewer signs by hand


def test_print_from_the_command_line(db: Database, db_url: str, winners: dict[str, int], tmp_path: object,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    from pathlib import Path

    from zydesk.cli import main as cli_main

    out = Path(str(tmp_path)) / "decision.pdf"
    assert cli_main.main(["--db", db_url, "print", "excellent-decision", "--year", "2025", "--date", "2026-01-20",
                          "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF") and "紫发〔2026〕" in _text(out.read_bytes())
    assert cli_main.main(["--db", db_url, "print", "excellent-decision", "--year", "2025", "--date", "2026-02-30",
                          "-o", str(out)]) == 2
    assert "成文日期" in capsys.readouterr().err


def test_decision_number_from_the_register(db: Database, winners: dict[str, int]) -> None:
    from zydesk.printing import registry

    doc = pr.decision(db, {"year": 2025, "allocate": True, "date": "2026-01-20"})
    (n,) = registry.numbers(db, "紫发", 2026)
    assert doc.doc_number == n.text == "紫发〔2026〕1号" and n.source == "excellent:2025" and "表彰" in n.title
    with pytest.raises(UserError, match="不能再从登记簿编号"):
        pr.decision(db, {"year": 2025, "allocate": True, "number": "紫发〔2026〕9号"})
