"""The register kinds that reach every form from Excel: special awards (第五至八条), 第二十二条 health,
第二十三条 requests. A good file, each kind of error, re-import and export→import change nothing, the
template's drop-downs and the articles quoted on its 说明 sheet."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from tests.adjustment_xlsx import xlsx
from tests.factories import add_cadre, add_unit
from tests.test_excel_files import _validations
from tests.test_excel_helpers import assert_reimport_noop, audit_count, errors_of
from zydesk.excel import export_kind, import_file, write_template
from zydesk.excel.kinds import KINDS, get_kind
from zydesk.storage.models import Cadre
from zydesk.storage.models_adjustment import HealthRecord, PersonalRequest
from zydesk.storage.models_ranking import RecordedAward
from zydesk.storage.uow import Database


def head(kind: str) -> list[str]:
    return [c.name for c in get_kind(kind).columns]


def round_trip(db: Database, kind: str, tmp_path: Path, rows: int, year: int | None = None,
               records: int | None = None) -> None:
    out = tmp_path / f"{kind}-export.xlsx"
    assert export_kind(db, kind, out, year) == rows
    assert_reimport_noop(db, kind, out, rows if records is None else records)


@pytest.fixture
def units(db: Database) -> None:
    add_unit(db, "城关镇", kind="镇", group="镇")
    add_unit(db, "县发改局", kind="县直部门", group="县直部门一类")


AWARDS = [
    [2025, "重大改革创新贡献奖", "县发改局", "一等奖", None, None, None, None, "农村产权改革"],
    [2025, "重点工作单项考核奖", "县发改局", None, "重点项目建设", None, None, None, None],
    [2025, "目标责任考核创优贡献奖", "县发改局", None, None, None, 2.5, None, None],
    [2025, "脱贫攻坚工作先进镇", "城关镇", None, None, None, None, "是", None],
    [2025, "脱贫攻坚先进部门", "县发改局", None, None, None, None, None, None],
    [2025, "脱贫攻坚先进村", "城关镇", None, None, "双坪村", None, None, None],
    [2025, "追赶超越贡献奖", "县发改局", None, None, None, None, None, "第六条第1目"],
]


def test_special_awards_good_file_reimport_round_trip(db: Database, units: None, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "a.xlsx", head("special-awards"), AWARDS)
    assert import_file(db, "special-awards", path).created == 7
    with db.read() as s:
        rows = {r.kind: r for r in s.scalars(select(RecordedAward))}
    assert rows["重大改革创新贡献奖"].grade == "一等奖" and rows["重大改革创新贡献奖"].reason == "农村产权改革"
    assert rows["目标责任考核创优贡献奖"].plus_points == Decimal("2.5")
    assert rows["脱贫攻坚工作先进镇"].recommended and rows["脱贫攻坚先进村"].village == "双坪村"
    assert_reimport_noop(db, "special-awards", path, 7)
    round_trip(db, "special-awards", tmp_path, 7, 2025)
    changed = [row[:] for row in AWARDS]
    changed[0][3] = "特等奖"
    report = import_file(db, "special-awards", xlsx(tmp_path / "b.xlsx", head("special-awards"), changed))
    assert (report.created, report.updated, report.unchanged) == (0, 1, 6)


def test_special_awards_errors_all_or_nothing(db: Database, units: None, tmp_path: Path) -> None:
    bad = [
        [2025, "重大改革创新贡献奖", "县发改局", None, None, None, None, None, None],
        [2025, "重点工作单项考核奖", "县发改局", None, "不在清单", None, None, None, None],
        [2025, "目标责任考核创优贡献奖", "县发改局", None, None, None, 0, None, None],
        [2025, "脱贫攻坚工作先进镇", "县发改局", None, None, None, None, None, None],
        [2025, "脱贫攻坚先进村", "城关镇", None, None, None, None, None, None],
        [2025, "脱贫攻坚先进部门", "县发改局", "一等奖", None, None, None, None, None],
        [2025, "脱贫攻坚先进部门", "县发改局", None, None, None, None, None, None],
        [2025, "脱贫攻坚先进部门", "县发改局", None, None, None, None, None, None],
        [2025, "优秀奖", "县发改局", None, None, None, None, None, None],
    ]
    errors = errors_of(db, "special-awards", xlsx(tmp_path / "bad.xlsx", head("special-awards"), bad))
    assert "第2行 «等次»: 重大改革创新贡献奖须选择特等奖、一等奖、二等奖或三等奖" in errors
    assert any(e.startswith("第3行 «重点工作»") for e in errors)
    assert "第4行 «争取加分»: 目标责任考核创优贡献奖须填写争取到的加分（大于 0）" in errors
    assert "第5行 «单位名称»: 脱贫攻坚工作先进镇只能授予镇" in errors
    assert "第6行 «村名»: 脱贫攻坚先进村须填写村名" in errors
    assert "第7行 «等次»: 脱贫攻坚先进部门不填等次" in errors
    assert any(e.startswith("第9行 «奖项»: 与第8行重复") for e in errors)
    assert any(e.startswith("第10行 «奖项»") for e in errors)
    with db.read() as s:
        assert s.scalars(select(RecordedAward)).first() is None


@pytest.fixture
def ids(db: Database, units: None) -> list[str]:
    made = [add_cadre(db, "张书记", "城关镇", "党委书记", "正科级", principal=True),
            add_cadre(db, "王局长", "县发改局", "局长", "正科级", principal=True)]
    with db.read() as s:
        return [s.get(Cadre, c).id_number for c in made]  # type: ignore[union-attr]


def test_health_register(db: Database, ids: list[str], tmp_path: Path) -> None:
    rows = [[ids[0], dt.date(2024, 3, 1), None, "住院治疗"], [ids[1], dt.date(2025, 1, 5), dt.date(2025, 4, 1), None]]
    path = xlsx(tmp_path / "h.xlsx", head("health"), rows)
    assert import_file(db, "health", path).created == 2
    assert_reimport_noop(db, "health", path, 2)
    round_trip(db, "health", tmp_path, 2)
    rows[0][2] = dt.date(2025, 6, 1)  # back at work: the same row with the date filled in
    report = import_file(db, "health", xlsx(tmp_path / "h2.xlsx", head("health"), rows))
    assert (report.created, report.updated) == (0, 1)
    with db.read() as s:
        assert {h.end_date for h in s.scalars(select(HealthRecord))} == {dt.date(2025, 6, 1), dt.date(2025, 4, 1)}
    bad = [[ids[0], dt.date(2025, 3, 1), dt.date(2025, 1, 1), None], ["110101199003071234", dt.date(2025, 1, 1), None,
                                                                        None],
           [ids[1], dt.date(2025, 1, 5), None, None], [ids[1], dt.date(2025, 1, 5), None, None]]
    errors = errors_of(db, "health", xlsx(tmp_path / "hb.xlsx", head("health"), bad))
    assert "第2行 «恢复履职日期»: 早于不能正常履职的起始日期" in errors
    assert any(e.startswith("第3行 «公民身份号码»") for e in errors)
    assert any(e.startswith("第5行 «不能正常履职起始日»: 与第4行重复") for e in errors)


def test_requests_register(db: Database, ids: list[str], tmp_path: Path) -> None:
    rows = [[ids[0], dt.date(2025, 5, 1), "转任非领导职务", "本人书面申请"], [ids[1], dt.date(2025, 6, 1), "降低职务", None]]
    path = xlsx(tmp_path / "r.xlsx", head("requests"), rows)
    assert import_file(db, "requests", path).created == 2
    assert_reimport_noop(db, "requests", path, 2)
    round_trip(db, "requests", tmp_path, 2, 2025)
    with db.read() as s:
        assert {r.request for r in s.scalars(select(PersonalRequest))} == {"转任非领导职务", "降低职务"}
    errors = errors_of(db, "requests", xlsx(tmp_path / "rb.xlsx", head("requests"),
                                            [[ids[0], dt.date(2025, 5, 1), "辞职", None]]))
    assert [e for e in errors if e.startswith("第2行 «申请事项»")]


@pytest.mark.parametrize(("kind", "quote"), [
    ("special-awards", "第八条评选“脱贫攻坚工作先进单位”"),
    ("health", "第二十二条因身体健康原因超过一年及以上不能正常履职的,可免去领导职务,保留原职级待遇"),
    ("requests", "第二十三条因个人原因,主动要求转任非领导职务,或者降低职务的,应予调整职务。"),
])
def test_templates_quote_articles_and_offer_lists(db: Database, units: None, tmp_path: Path, kind: str,
                                                  quote: str) -> None:
    path = write_template(db, kind, tmp_path / f"{kind}.xlsx")
    notes = [str(c.value) for row in openpyxl.load_workbook(path)["说明"].iter_rows() for c in row if c.value]
    shipped = (Path(__file__).parents[1] / "resources" / "policy" / "ziban-2016-15.txt").read_text(encoding="utf-8")
    assert any(n.startswith(quote) for n in notes)
    quoted = [n for n in notes if n.startswith("第") and "条" in n[:6]]
    assert quoted and all(q in shipped for q in quoted)  # word for word from the shipped text
    lists = _validations(path)
    coded = {c.name for c in get_kind(kind).columns if c.code_table or c.type == "bool"}
    assert set(lists) == coded


def test_award_kinds_lists(db: Database, units: None, tmp_path: Path) -> None:
    lists = _validations(write_template(db, "special-awards", tmp_path / "a.xlsx"))
    assert lists["奖项"][0] == "重大改革创新贡献奖" and lists["等次"] == ["特等奖", "一等奖", "二等奖", "三等奖"]
    assert "重点项目建设" in lists["重点工作"] and set(lists["单位名称"]) == {"城关镇", "县发改局"}


# ---- bonuses (第十一条至第十五条) ----------------------------------------------------------------------

AMOUNTS = [[2025, "年度目标责任考核奖", "一等奖", 10000], [2025, "重点工作单项考核奖", "重点项目建设", 3000.5],
           [2025, "脱贫攻坚先进部门", None, 5000]]


def test_bonus_amounts(db: Database, units: None, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "m.xlsx", head("bonus-amounts"), AMOUNTS)
    assert import_file(db, "bonus-amounts", path).created == 3
    assert_reimport_noop(db, "bonus-amounts", path, 3)
    round_trip(db, "bonus-amounts", tmp_path, 3, 2025)
    bad = [[2025, "年度目标责任考核奖", "特等奖", 1], [2025, "脱贫攻坚先进部门", "一等奖", 1],
           [2025, "脱贫攻坚先进部门", None, 1.005], [2025, "年度目标责任考核奖", "一等奖", -1],
           [2025, "脱贫攻坚先进村", None, 1]]
    errors = errors_of(db, "bonus-amounts", xlsx(tmp_path / "mb.xlsx", head("bonus-amounts"), bad))
    assert any(e.startswith("第2行 «等次或项目»: 年度目标责任考核奖须填写：一等奖、二等奖、三等奖") for e in errors)
    assert "第3行 «等次或项目»: 脱贫攻坚先进部门不分等次，不填" in errors
    assert "第4行 «金额»: 最多两位小数" in errors
    assert any(e.startswith("第5行 «金额»") for e in errors) and any(e.startswith("第6行 «奖项»") for e in errors)


def test_bonus_plans(db: Database, ids: list[str], tmp_path: Path) -> None:
    import_file(db, "bonus-amounts", xlsx(tmp_path / "m.xlsx", head("bonus-amounts"), AMOUNTS))
    rows = [[2025, "县发改局", "年度目标责任考核奖", "一等奖", ids[1], "王局长", "优秀", None, "全部发放", None],
            [2025, "县发改局", "年度目标责任考核奖", "一等奖", None, "李会计", "称职", None, "全部发放", None],
            [2025, "县发改局", "年度目标责任考核奖", "一等奖", None, "赵新人", "不定等次", 0.8, "全部发放", None]]
    path = xlsx(tmp_path / "p.xlsx", head("bonus-plans"), rows)
    assert import_file(db, "bonus-plans", path).created == 1
    from zydesk.services.incentives.registers import bonus_json
    with db.read() as s:
        doc = bonus_json(s, 2025)
    plan = doc["plans"][0]
    assert [x["amount"] for x in plan["shares"]] == [4000, 3333, 2667] and plan["paid"] == 10000
    assert (plan["doc"], plan["article"]) == ("鼓励激励实施办法", 11) and plan["distribution"]["article"] == 12
    assert doc["amounts"][0]["article"] in (12, 15)
    assert_reimport_noop(db, "bonus-plans", path, 1)
    round_trip(db, "bonus-plans", tmp_path, 3, 2025, records=1)  # three people, one plan
    rows[1][6] = "优秀"
    report = import_file(db, "bonus-plans", xlsx(tmp_path / "p2.xlsx", head("bonus-plans"), rows))
    assert (report.created, report.updated) == (0, 1)
    bad = [[2025, "县发改局", "年度目标责任考核奖", "二等奖", None, "甲", "优秀", None, None, None],
           [2025, "城关镇", "年度目标责任考核奖", "一等奖", None, "乙", "不定等次", None, None, None],
           [2025, "城关镇", "年度目标责任考核奖", "一等奖", ids[0], "别人", "优秀", None, None, None]]
    errors = errors_of(db, "bonus-plans", xlsx(tmp_path / "pb.xlsx", head("bonus-plans"), bad))
    assert "第2行 «奖项»: 2025年度“年度目标责任考核奖 二等奖”的奖金标准尚未设置" in errors
    assert "第3行 «考核等次»: 第1人 乙：“不定等次”须逐人确定系数" in errors
    assert "第4行 «姓名»: 与公民身份号码对应的干部“张书记”不一致" in errors


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_template_has_drop_downs_and_quotes_verbatim(db: Database, units: None, tmp_path: Path,
                                                           kind: str) -> None:
    """Every coded or yes/no column offers its list; every article a kind feeds is quoted word for word."""
    path = write_template(db, kind, tmp_path / f"{kind}.xlsx")
    spec = get_kind(kind)
    lists = _validations(path)
    assert set(lists) == {c.name for c in spec.columns if c.code_table or c.type == "bool"}
    shipped = "".join((Path(__file__).parents[1] / "resources" / "policy" / "ziban-2016-15.txt")
                      .read_text(encoding="utf-8").split())
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(path)["说明"].iter_rows()]
    start = next((i for i, r in enumerate(rows) if str(r[0] or "").startswith("本表依据的条文")), len(rows))
    block = [r for r in rows[start + 1:] if len(r) > 2 and r[2]]
    assert len([r for r in block if r[0]]) == len({(c.doc, c.article) for c in spec.articles})
    assert all("".join(str(r[2]).split()) in shipped for r in block)
    assert (start < len(rows)) == bool(spec.articles)


@pytest.mark.parametrize("kind", ["special-awards", "bonus-amounts", "bonus-plans", "nominations", "merit-decisions",
                                  "health", "requests", "tolerance-cases"])
def test_demo_county_export_then_import_is_a_no_op(demo_db: Database, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"{kind}.xlsx"
    n = export_kind(demo_db, kind, out)
    before = audit_count(demo_db)
    report = import_file(demo_db, kind, out) if n else None
    assert report is None or (report.created, report.updated) == (0, 0)
    assert audit_count(demo_db) == before
