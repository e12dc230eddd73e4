"""Import kinds of 能上能下: incidents (责任认定), poverty (扶贫绩效考核), key-tasks (重点工作全市排名)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.adjustment_xlsx import xlsx
from tests.factories import add_cadre, add_unit
from zydesk.core.security.roles import Permission
from zydesk.errors import ValidationError
from zydesk.excel.importer import import_file
from zydesk.excel.kinds import get_kind
from zydesk.services.adjustment.scan import scan
from zydesk.storage.models import Cadre
from zydesk.storage.models_adjustment import Determination, DeterminationCadre, KeyTaskRank, PovertyAssessment
from zydesk.storage.uow import Database

S = dt.date(2021, 1, 1)


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    add_unit(db, "城关镇", kind="镇", group="镇")
    add_unit(db, "县发改局", kind="县直部门", group="县直部门一类")
    ids = {"head": add_cadre(db, "张书记", "城关镇", "党委书记", "正科级", principal=True, start=S),
           "deputy": add_cadre(db, "王副镇长", "城关镇", "副镇长", "副科级", start=S),
           "vice": add_cadre(db, "钱副局长", "县发改局", "副局长", "副科级", start=S)}
    with db.read() as s:
        return {k: s.get(Cadre, v).id_number for k, v in ids.items()}  # type: ignore[union-attr]


def head(kind: str) -> list[str]:
    return [c.name for c in get_kind(kind).columns]


def test_incidents_group_rows_into_determinations(db: Database, people, tmp_path: Path) -> None:
    rows = [[dt.date(2025, m, 1), "城关镇", 10, 1, "环保通报", f"安环通〔2025〕{m}号", "环境违法", people["head"],
             "主要负责人", None, "否"] for m in (3, 6, 9)]
    rows.append([dt.date(2025, 9, 1), "城关镇", 10, 1, "环保通报", "安环通〔2025〕9号", "环境违法", people["deputy"],
                 "分管领导", None, "否"])
    report = import_file(db, "incidents", xlsx(tmp_path / "a.xlsx", head("incidents"), rows))
    assert report.created == 3
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Determination)) == 3
        assert s.scalar(select(func.count()).select_from(DeterminationCadre)) == 4
        found = {(f.cadre.name, str(f.citation)) for f in scan(s, 2025).findings}
    assert ("张书记", "第十条第（一）项") in found and ("王副镇长", "第十条第（一）项") not in found  # 1 通报 only
    again = import_file(db, "incidents", xlsx(tmp_path / "b.xlsx", head("incidents"), rows))
    assert again.unchanged == 3 and again.created == 0


def test_incidents_refused_all_or_nothing(db: Database, people, tmp_path: Path) -> None:
    rows = [[dt.date(2025, 3, 1), "城关镇", 11, 1, None, "紫安委〔2025〕1号", "", people["head"], "主要负责人", None, None],
            [dt.date(2025, 3, 1), "城关镇", 15, 3, None, "紫安委〔2025〕2号", "", people["head"], "主要负责人", None, None],
            [dt.date(2025, 3, 1), "城关镇", 11, 1, "重大", "紫安委〔2025〕1号", "", people["deputy"], "分管领导", None, None]]
    with pytest.raises(ValidationError) as e:
        import_file(db, "incidents", xlsx(tmp_path / "bad.xlsx", head("incidents"), rows))
    text = str(e.value)
    assert "第3行 «项»: 第十五条第（三）项不是可登记责任认定的条款" in text  # 15(3) is read from votes
    assert "第4行 «认定类型»" in text and "同一认定" in text
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Determination)) == 0


def test_poverty_and_key_tasks(db: Database, people, tmp_path: Path) -> None:
    rows = [[2025, "城关镇", "镇扶贫绩效考核", "较差", "否", 89.5, 95, 80, "否"]]
    assert import_file(db, "poverty", xlsx(tmp_path / "p.xlsx", head("poverty"), rows)).created == 1
    tasks = [[y, "项目建设", "县发改局", 10, 10, people["vice"]] for y in (2024, 2025)]
    assert import_file(db, "key-tasks", xlsx(tmp_path / "k.xlsx", head("key-tasks"), tasks)).created == 2
    with db.read() as s:
        p = s.scalars(select(PovertyAssessment)).one()
        assert (p.grade, p.task_done, str(p.id_accuracy), p.fraud) == ("较差", False, "89.50", False)
        assert s.scalar(select(func.count()).select_from(KeyTaskRank)) == 2
        got = {(f.cadre.name, str(f.citation)) for f in scan(s, 2025).findings}
    assert {("张书记", "第九条第（一）项"), ("张书记", "第九条第（二）项"), ("张书记", "第九条第（四）项"),
            ("钱副局长", "第七条第（五）项")} <= got
    bad = [[2025, "项目建设", "县发改局", 11, 10, None]]
    with pytest.raises(ValidationError, match="名次 11 大于参评数 10"):
        import_file(db, "key-tasks", xlsx(tmp_path / "k2.xlsx", head("key-tasks"), bad))


def test_indicator_leaders_feed_article_8(db: Database, people, tmp_path: Path) -> None:
    from zydesk.storage.models import Unit
    from zydesk.storage.models_ranking import MonitoringRank

    rows = [["县发改局", "地方财政一般预算收入", people["vice"]]]
    assert import_file(db, "indicator-leaders", xlsx(tmp_path / "l.xlsx", head("indicator-leaders"), rows)).created == 1
    add_cadre(db, "赵局长", "县发改局", "局长", "正科级", principal=True, start=S)
    with db.uow("测试", Permission.ENTER) as uow:
        unit = uow.session.scalar(select(Unit.id).where(Unit.name == "县发改局"))
        for y in (2024, 2025):
            uow.session.add(MonitoringRank(year=y, indicator="地方财政一般预算收入", unit_id=unit, province_rank=50,
                                           city_rank=10, province_count=107, city_count=10))
        uow.commit()
    with db.read() as s:
        got = {(f.cadre.name, f.role) for f in scan(s, 2025).findings if str(f.citation) == "第八条第（二）项"}
    assert got == {("赵局长", "主要负责人"), ("钱副局长", "分管领导")}


def _tolerance_case(db: Database, number: str, cadre_id_number: str, concluded: dt.date) -> None:
    """A personal case concluded 容错免责 (written directly: only its applicant and conclusion matter here)."""
    from zydesk.storage.models_tolerance import ToleranceCase

    with db.uow("测试", Permission.ENTER) as uow:
        s = uow.session
        cadre = s.scalar(select(Cadre).where(Cadre.id_number == cadre_id_number))
        assert cadre is not None
        s.add(ToleranceCase(number=number, year=2025, seq=1, status="已认定", applicant_type="个人",
                            applicant_cadre_id=cadre.id, applicant_name=cadre.name, matter="事故处置",
                            accountability_started=dt.date(2025, 4, 2), host_body="县纪委监委", host_kind="纪检监察机关",
                            applied_on=dt.date(2025, 4, 5), concluded_on=concluded, conclusion="容错免责"))
        uow.commit()


def test_incidents_link_a_case_to_one_person(db: Database, people, tmp_path: Path) -> None:
    """容错纠错实施细则 第十一条: a case concluded for a person protects that person only; the import takes the case
    on that person's row (the other rows of the determination leave it blank)."""
    case = "紫容〔2025〕1号"
    rows = [[dt.date(2025, 4, 1), "城关镇", 11, 1, None, "紫安委〔2025〕1号", "事故", people["head"], "主要负责人",
             case, "否"],
            [dt.date(2025, 4, 1), "城关镇", 11, 1, None, "紫安委〔2025〕1号", "事故", people["deputy"], "分管领导",
             None, "否"]]
    assert import_file(db, "incidents", xlsx(tmp_path / "a.xlsx", head("incidents"), rows)).created == 1
    with db.read() as s:
        linked = {c: k for c, k in s.execute(select(Cadre.id_number, DeterminationCadre.tolerance_case)
                                             .join(Cadre, Cadre.id == DeterminationCadre.cadre_id))}
    assert linked == {people["head"]: case, people["deputy"]: None}
    _tolerance_case(db, case, people["head"], dt.date(2025, 6, 1))
    with db.read() as s:
        year_end = scan(s, 2025)
        before = scan(s, 2025, dt.date(2025, 5, 31))  # the 免责 was concluded on 2025-06-01
    assert {f.cadre.name for f in year_end.findings if str(f.citation) == "第十一条第（一）项"} == {"王副镇长"}
    assert any("免责" in n and case in n and "张书记" in n for n in year_end.notes)
    assert {f.cadre.name for f in before.findings if str(f.citation) == "第十一条第（一）项"} == {"张书记", "王副镇长"}
    again = import_file(db, "incidents", xlsx(tmp_path / "b.xlsx", head("incidents"), rows))
    assert again.unchanged == 1
