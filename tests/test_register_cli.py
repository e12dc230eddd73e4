"""JSON of every result a screen shows: awards with their basis, 第十条 (excellent-quota, excellent-merit),
the bonus page (bonus). Same contracts as the other commands: JSON on stdout, exit 0; bad input exit 2."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.adjustment_xlsx import xlsx
from tests.factories import add_cadre, add_unit
from tests.test_excellent_helpers import appraise, commend
from tests.test_register_kinds import AMOUNTS, AWARDS, head
from zydesk.cli import main as cli_main
from zydesk.excel import import_file
from zydesk.storage.uow import Database


def run(db_url: str, capsys: pytest.CaptureFixture[str], *args: str) -> dict:  # type: ignore[type-arg]
    assert cli_main.main(["--db", db_url, *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


@pytest.fixture
def county(db: Database) -> dict[str, int]:
    add_unit(db, "城关镇", kind="镇", group="镇")
    add_unit(db, "县发改局", kind="县直部门", group="县直部门一类")
    return {"wang": add_cadre(db, "王局长", "县发改局", "局长", "正科级", principal=True),
            "li": add_cadre(db, "李科长", "县发改局", "科长", "科员"),
            "zhao": add_cadre(db, "赵科员", "县发改局", "科员", "科员")}


def test_awards_json_carries_the_basis(db: Database, db_url: str, county: dict[str, int], tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    import_file(db, "special-awards", xlsx(tmp_path / "a.xlsx", head("special-awards"), AWARDS))
    doc = run(db_url, capsys, "awards", "--year", "2025")
    by_kind = {a["kind"]: a for a in doc["awards"]}
    assert len(by_kind) == 7
    reform = by_kind["重大改革创新贡献奖"]
    assert (reform["doc"], reform["article"], reform["item"], reform["basis"]) == (
        "鼓励激励实施办法", 5, 2, "第五条第（二）项")
    village = by_kind["脱贫攻坚先进村"]
    assert (village["article"], village["item"], village["sub"], village["detail"]) == (8, None, 3, "双坪村")
    assert by_kind["目标责任考核创优贡献奖"]["article"] == 7 and by_kind["追赶超越贡献奖"]["sub"] == 1


def test_excellent_quota_and_merit(db: Database, db_url: str, county: dict[str, int],
                                   capsys: pytest.CaptureFixture[str]) -> None:
    appraise(db, county["wang"], {2025: "优秀"})
    appraise(db, county["li"], {2023: "优秀", 2024: "优秀", 2025: "优秀"})
    appraise(db, county["zhao"], {2025: "称职"})
    commend(db, county["wang"], "全省脱贫攻坚先进个人", "省委省政府", dt.date(2025, 6, 1))
    doc = run(db_url, capsys, "excellent-quota", "--year", "2025")
    assert (doc["doc"], doc["article"], doc["item"]) == ("鼓励激励实施办法", 10, None)
    assert [d["name"] for d in doc["direct"]] == ["王局长"] and "直接评定为优秀" in doc["direct"][0]["evidence"]
    (unit,) = doc["units"]
    assert (unit["unit"], unit["appraised"], unit["used"], unit["direct"]) == ("县发改局", 2, 1, ["王局长"])
    assert unit["quota"] == 0 and unit["over"] is True  # 2 × 15% rounded down: the 优秀 of 李科长 goes over
    merit = run(db_url, capsys, "excellent-merit", "--year", "2025")
    (m,) = merit["suggestions"]
    assert (m["name"], m["kind"], m["decision"], merit["article"]) == ("李科长", "记三等功", None, 10)


def test_bonus_json(db: Database, db_url: str, county: dict[str, int], tmp_path: Path,
                    capsys: pytest.CaptureFixture[str]) -> None:
    import_file(db, "bonus-amounts", xlsx(tmp_path / "m.xlsx", head("bonus-amounts"), AMOUNTS))
    doc = run(db_url, capsys, "bonus", "--year", "2025")
    assert list(doc) == ["year", "amounts", "coefficients", "remainder_rule", "plans"]
    first = doc["amounts"][0]
    assert set(first) == {"award_kind", "grade", "amount", "doc", "article", "item"}
    by = {(a["award_kind"], a["grade"]): a for a in doc["amounts"]}
    assert by[("年度目标责任考核奖", "一等奖")]["amount"] == "10000.00" and by[("脱贫攻坚先进部门", "")]["article"] == 15
    assert doc["coefficients"]["优秀"] == "1.2" and doc["remainder_rule"]["code"] == "largest"
    assert cli_main.main(["--db", db_url, "bonus", "--year", "2025"]) == 0
    assert "年度目标责任考核奖 一等奖：10000.00 元" in capsys.readouterr().out
    with pytest.raises(SystemExit) as stop:  # --year is required: argparse's exit 2, in Chinese
        cli_main.main(["--db", db_url, "bonus"])
    assert stop.value.code == 2 and "缺少必需参数：--year" in capsys.readouterr().err


def test_merit_decisions_kind(db: Database, db_url: str, county: dict[str, int], tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy import select

    from tests.test_excel_helpers import assert_reimport_noop, errors_of
    from tests.test_register_kinds import round_trip
    from zydesk.storage.models import Cadre
    from zydesk.storage.models_excellent import Honour

    appraise(db, county["li"], {2023: "优秀", 2024: "优秀", 2025: "优秀"})
    appraise(db, county["zhao"], {2024: "优秀", 2025: "优秀"})
    with db.read() as s:
        idn = {c.name: c.id_number for c in s.scalars(select(Cadre))}
    bad = [[2025, idn["李科长"], "忽略", None], [2025, idn["赵科员"], "采纳", None]]
    errors = errors_of(db, "merit-decisions", xlsx(tmp_path / "b.xlsx", head("merit-decisions"), bad))
    assert errors == ["第2行 «理由»: 忽略建议须填写理由",
                      "第3行 «公民身份号码»: 该干部没有2025年度的记功建议（须2023—2025年度考核连续三年“优秀”）"]
    path = xlsx(tmp_path / "m.xlsx", head("merit-decisions"), [[2025, idn["李科长"], "采纳", None]])
    assert import_file(db, "merit-decisions", path).created == 1
    with db.read() as s:
        (h,) = s.scalars(select(Honour))
        assert (h.kind, h.status) == ("记三等功", "报批中")
    assert_reimport_noop(db, "merit-decisions", path, 1)
    round_trip(db, "merit-decisions", tmp_path, 1, 2025)
    other = [[2025, idn["李科长"], "忽略", "已另行表彰"]]
    errors = errors_of(db, "merit-decisions", xlsx(tmp_path / "o.xlsx", head("merit-decisions"), other))
    assert errors == ["第2行 «处理»: 该建议已采纳，不能改为忽略"]
    merit = run(db_url, capsys, "excellent-merit", "--year", "2025")
    assert [(m["name"], m["decision"]) for m in merit["suggestions"]] == [("李科长", "采纳")]
