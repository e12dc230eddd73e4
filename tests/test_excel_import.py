"""Imports of every kind: good files, each kind of error, re-import is a no-op, all-or-nothing, dry run."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.accounts import as_role
from tests.factories import add_cadre, add_unit, new_id_number
from tests.test_excel_helpers import (
    CADRE_HEAD,
    assert_reimport_noop,
    audit_count,
    cadre_row,
    count,
    errors_of,
    two_units,
    xlsx,
)
from zydesk.core.idnumber import make_id_number
from zydesk.core.security.roles import Role
from zydesk.errors import ValidationError
from zydesk.excel import import_file
from zydesk.services import audit_trail
from zydesk.storage.models import (
    Appraisal,
    AuditEntry,
    Cadre,
    Commendation,
    Discipline,
    Post,
    Unit,
    UnitScore,
    Vote,
)
from zydesk.storage.uow import Database

# ---- units -------------------------------------------------------------------------------------------

UNIT_HEAD = ["单位名称", "单位简称", "单位类型", "考核类别", "排序号"]


def test_units_good_file_reimport_and_update(db: Database, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "u.xlsx", UNIT_HEAD, [
        ["城关镇", "城关", "镇", "镇", 1],
        ["县财政局", None, "县直部门", "县直部门一类", 2.0],  # Excel number cells arrive as floats
    ])
    report = import_file(db, "units", path)
    assert (report.created, report.updated, report.unchanged, report.rows) == (2, 0, 0, 2)
    with db.read() as s:
        town = s.scalar(select(Unit).where(Unit.name == "城关镇"))
        assert town is not None and (town.kind, town.group, town.short_name, town.sort_order) == ("镇", "镇", "城关", 1)
    summaries = audit_count(db)
    assert_reimport_noop(db, "units", path, 2)

    changed = xlsx(tmp_path / "u2.xlsx", UNIT_HEAD, [["城关镇", "城关", "镇", "镇（一类）", 1]])
    report = import_file(db, "units", changed)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 0)
    with db.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.id > summaries).order_by(AuditEntry.id)).all()
    assert [e.object_type for e in entries] == ["Excel导入", "Unit"]
    assert entries[0].after["文件"] == "u2.xlsx" and len(entries[0].after["sha256"]) == 64
    assert entries[0].after["更新"] == 1
    assert (entries[1].before, entries[1].after) == ({"group": "镇"}, {"group": "镇（一类）"})


def test_units_absent_optional_column_keeps_value(db: Database, tmp_path: Path) -> None:
    import_file(db, "units", xlsx(tmp_path / "a.xlsx", UNIT_HEAD, [["城关镇", "城关", "镇", "镇", 5]]))
    report = import_file(db, "units", xlsx(tmp_path / "b.xlsx", ["单位名称", "单位类型", "考核类别"], [["城关镇", "镇", "镇"]]))
    assert report.unchanged == 1
    with db.read() as s:
        assert s.scalar(select(Unit.short_name)) == "城关"
        assert s.scalar(select(Unit.sort_order)) == 5


def test_units_errors(db: Database, tmp_path: Path) -> None:
    assert errors_of(db, "units", xlsx(tmp_path / "m.xlsx", ["单位名称", "单位类型"], [["城关镇", "镇"]])) == [
        "第1行 «考核类别»: 缺少必填列"]
    errs = errors_of(db, "units", xlsx(tmp_path / "e.xlsx", [*UNIT_HEAD, "负责人"], [
        ["城关镇", None, "乡", "镇", 1],
        ["县财政局", None, "县直部门", "", "第一"],
        ["城关镇", None, "镇", "镇", 3],
    ]))
    assert errs[0].startswith("第1行 «负责人»: 不是“单位”的列")
    assert errs[1].startswith("第2行 «单位类型»: “乡”不在代码表中")
    assert errs[2:] == ["第3行 «考核类别»: 必填", "第3行 «排序号»: “第一”不是整数", "第4行 «单位名称»: 与第2行重复（单位“城关镇”）"]
    assert count(db, Unit) == 0


def test_header_star_and_spaces_accepted(db: Database, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "s.xlsx", ["单位名称*", " 单位类型 ", "考核类别＊"], [["  城关镇 ", "镇", "镇"]])
    assert import_file(db, "units", path).created == 1
    with db.read() as s:
        assert s.scalar(select(Unit.name)) == "城关镇"


# ---- cadres ------------------------------------------------------------------------------------------

def test_cadres_good_file_creates_cadre_and_current_post(db: Database, tmp_path: Path) -> None:
    two_units(db)
    woman = make_id_number("610924", dt.date(1985, 3, 9), 7, male=False)
    path = xlsx(tmp_path / "c.xlsx", CADRE_HEAD, [
        cadre_row(woman, 姓名="王芳", 是否正职="是", 是否基层一线="否"),
        cadre_row(None, 姓名="李强", 工作单位="县财政局", 现任职务="科员", 职务层次="科员", 是否领导职务="否",
                  人员状态=None, 任现职时间=None),
    ])
    report = import_file(db, "cadres", path)
    assert (report.created, report.updated, report.unchanged) == (2, 0, 0)
    with db.read() as s:
        c = s.scalar(select(Cadre).where(Cadre.id_number == woman))
        assert c is not None
        assert (c.gender, c.birth_date, c.party_date, c.work_start) == ("女", dt.date(1985, 3, 9),
                                                                        dt.date(2005, 7, 1), dt.date(2002, 8, 1))
        post = s.scalar(select(Post).where(Post.cadre_id == c.id))
        assert post is not None and post.end_date is None
        assert (post.title, post.level, post.is_principal, post.is_leadership, post.is_frontline,
                post.start_date) == ("副镇长", "副科级", True, True, False, dt.date(2016, 11, 28))
        li = s.scalar(select(Cadre).where(Cadre.name == "李强"))
        assert li is not None and li.status == "在职"
        post = s.scalar(select(Post).where(Post.cadre_id == li.id))
        assert post is not None and (post.is_leadership, post.start_date) == (False, None)
    assert_reimport_noop(db, "cadres", path, 2)


@pytest.mark.parametrize("text, month_ok, expected", [
    ("2016-11-28", False, dt.date(2016, 11, 28)),
    ("2016/11/28", False, dt.date(2016, 11, 28)),
    ("2016.11.28", False, dt.date(2016, 11, 28)),
    ("20161128", False, dt.date(2016, 11, 28)),
    (20161128, False, dt.date(2016, 11, 28)),
    ("2016年11月28日", False, dt.date(2016, 11, 28)),
    (dt.date(2016, 11, 28), False, dt.date(2016, 11, 28)),
    (dt.datetime(2016, 11, 28, 0, 0), False, dt.date(2016, 11, 28)),
    ("2016.11", True, dt.date(2016, 11, 1)),
    ("201611", True, dt.date(2016, 11, 1)),
    (201611, True, dt.date(2016, 11, 1)),
    (2016.11, True, dt.date(2016, 11, 1)),
])
def test_date_formats(db: Database, tmp_path: Path, text: object, month_ok: bool, expected: dt.date) -> None:
    two_units(db)
    idn = new_id_number()
    column = "入党时间" if month_ok else "任现职时间"
    import_file(db, "cadres", xlsx(tmp_path / "d.xlsx", CADRE_HEAD, [cadre_row(idn, **{column: text})]))
    with db.read() as s:
        got = s.scalar(select(Cadre.party_date)) if month_ok else s.scalar(select(Post.start_date))
    assert got == expected


def test_cadres_each_kind_of_error(db: Database, tmp_path: Path) -> None:
    two_units(db)
    good = new_id_number()
    bad_check = good[:17] + ("1" if good[17] != "1" else "2")
    bad_date = make_id_number("610924", dt.date(1980, 1, 1), 1, True)
    bad_date = bad_date[:10] + "0230" + bad_date[14:]
    errs = errors_of(db, "cadres", xlsx(tmp_path / "e.xlsx", CADRE_HEAD, [
        cadre_row(bad_check),
        cadre_row(bad_date),
        cadre_row(None, 民族="火星族", 工作单位="县不存在局", 参加工作时间="2016-02-30", 是否正职="对"),
        cadre_row(None, 入党时间=2016.1, 姓名=" "),
        cadre_row(good),
        cadre_row(good),
        cadre_row(610924198005170011),  # a number cell: digits already lost
    ]))
    assert errs == [
        f"第2行 «公民身份号码»: 公民身份号码校验位错误（末位应为 {good[17]}）",
        "第3行 «公民身份号码»: 公民身份号码中的出生日期 19800230 不是有效日期",
        "第4行 «民族»: “火星族”不在代码表中（可选：汉族、蒙古族、回族、藏族、维吾尔族、苗族、彝族、壮族、布依族、朝鲜族、满族、侗族…）",
        "第4行 «参加工作时间»: “2016-02-30”不是有效日期",
        "第4行 «工作单位»: “县不存在局”不在单位名录中，请先导入或添加该单位",
        "第4行 «是否正职»: “对”应为“是”或“否”",
        "第5行 «姓名»: 必填",
        "第5行 «入党时间»: 数字单元格“2016.1”分不清是1月还是10月，请将此列设为文本格式，或写作 2016-01 / 2016-10",
        f"第7行 «公民身份号码»: 与第6行重复（{good[:6]}********{good[14:]}）",
        "第8行 «公民身份号码»: 被 Excel 存成了数字（末几位可能已丢失），请将此列设为文本格式后重新填写",
    ]
    assert count(db, Cadre) == 0 and count(db, Post) == 0


def test_cadres_dates_against_birth_and_today(db: Database, tmp_path: Path) -> None:
    two_units(db)
    idn = make_id_number("610924", dt.date(1990, 6, 15), 3, True)
    future = dt.date.today() + dt.timedelta(days=40)
    errs = errors_of(db, "cadres", xlsx(tmp_path / "e.xlsx", CADRE_HEAD, [
        cadre_row(idn, 入党时间="1990.05", 参加工作时间=future),
    ]))
    assert errs == ["第2行 «入党时间»: 早于出生日期", "第2行 «参加工作时间»: 晚于今天"]
    ok = xlsx(tmp_path / "ok.xlsx", CADRE_HEAD, [cadre_row(idn, 入党时间="2012.06", 参加工作时间=dt.date.today())])
    assert import_file(db, "cadres", ok).created == 1


def test_lower_case_x_is_normalised(db: Database, tmp_path: Path) -> None:
    two_units(db)
    for seq in range(100):
        idn = make_id_number("610924", dt.date(1979, 2, 3), seq, True)
        if idn.endswith("X"):
            break
    else:
        pytest.fail("no number with X")
    import_file(db, "cadres", xlsx(tmp_path / "x.xlsx", CADRE_HEAD, [cadre_row(idn.lower())]))
    with db.read() as s:
        assert s.scalar(select(Cadre.id_number)) == idn
    assert_reimport_noop(db, "cadres", tmp_path / "x.xlsx", 1)


def test_cadres_changed_post_ends_old_and_opens_new(db: Database, tmp_path: Path) -> None:
    two_units(db)
    idn = new_id_number()
    import_file(db, "cadres", xlsx(tmp_path / "a.xlsx", CADRE_HEAD, [cadre_row(idn)]))
    report = import_file(db, "cadres", xlsx(tmp_path / "b.xlsx", CADRE_HEAD, [
        cadre_row(idn, 工作单位="县财政局", 现任职务="副局长", 任现职时间="2021.03")]))
    assert (report.created, report.updated) == (0, 1)
    assert "职务变动" in report.summary()
    with db.read() as s:
        posts = s.scalars(select(Post).order_by(Post.id)).all()
    assert [(p.title, p.start_date, p.end_date) for p in posts] == [
        ("副镇长", dt.date(2016, 11, 28), dt.date(2021, 3, 1)),
        ("副局长", dt.date(2021, 3, 1), None),
    ]
    # A flag or start date only: the open post is corrected in place.
    report = import_file(db, "cadres", xlsx(tmp_path / "c.xlsx", CADRE_HEAD, [
        cadre_row(idn, 工作单位="县财政局", 现任职务="副局长", 任现职时间="2021.04", 是否基层一线="否")]))
    assert report.updated == 1
    with db.read() as s:
        posts = s.scalars(select(Post).order_by(Post.id)).all()
    assert len(posts) == 2 and (posts[1].start_date, posts[1].is_frontline) == (dt.date(2021, 4, 1), False)
    # A new post cannot start before the current one.
    errs = errors_of(db, "cadres", xlsx(tmp_path / "d.xlsx", CADRE_HEAD, [
        cadre_row(idn, 工作单位="城关镇", 现任职务="镇长", 职务层次="正科级", 任现职时间="2019.01")]))
    assert errs == ["第2行 «任现职时间»: 早于原职务（县财政局副局长）的任职时间 2021-04-01"]


def test_cadres_update_of_existing_cadre_is_audited(db: Database, tmp_path: Path) -> None:
    two_units(db)
    idn = new_id_number()
    cadre_id = add_cadre(db, "张伟", "城关镇", "副镇长", "副科级", id_number=idn, frontline=True,
                         start=dt.date(2016, 11, 28))
    row = cadre_row(idn, 籍贯="陕西安康", 入党时间=None, 参加工作时间=None)
    before = audit_count(db)
    report = import_file(db, "cadres", xlsx(tmp_path / "u.xlsx", CADRE_HEAD, [row]))
    assert (report.created, report.updated) == (0, 1)
    with db.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.id > before).order_by(AuditEntry.id)).all()
        c = s.get(Cadre, cadre_id)
        assert c is not None and c.native_place == "陕西安康"
    cadre_entry = [e for e in entries if e.object_type == "Cadre"]
    assert len(cadre_entry) == 1 and cadre_entry[0].object_id == str(cadre_id)
    assert cadre_entry[0].before == {"native_place": None, "education": None, "health": None}
    assert cadre_entry[0].after == {"native_place": "陕西安康", "education": "大学", "health": "健康"}
    # The summary and the per-record entries are chained like every other entry.
    kinds = [(e.seq, e.object_type) for e in entries if e.object_type in ("Excel导入", "Cadre")]
    assert [k for _s, k in kinds] == ["Excel导入", "Cadre"] and kinds[1][0] == kinds[0][0] + 1
    assert audit_trail.verify(as_role(db, Role.AUDIT_ADMIN)).ok


@pytest.mark.slow
def test_all_or_nothing_on_ten_thousand_rows(db: Database, tmp_path: Path) -> None:
    two_units(db)
    rows = [cadre_row(make_id_number(f"61{k % 90 + 10:02d}24", dt.date(1970, 1, 1) + dt.timedelta(days=k // 90),
                                     k, True)) for k in range(10_000)]
    rows[7_777][11] = "大科级"  # 职务层次
    path = xlsx(tmp_path / "big.xlsx", CADRE_HEAD, rows, write_only=True)
    audits = audit_count(db)
    errs = errors_of(db, "cadres", path)
    assert len(errs) == 1 and errs[0].startswith("第7779行 «职务层次»: “大科级”不在代码表中")
    assert count(db, Cadre) == 0 and count(db, Post) == 0 and audit_count(db) == audits
    rows[7_777][11] = "科员"
    path = xlsx(tmp_path / "big2.xlsx", CADRE_HEAD, rows, write_only=True)
    assert import_file(db, "cadres", path).created == 10_000
    assert count(db, Cadre) == 10_000 and count(db, Post) == 10_000


def test_dry_run_writes_nothing(db: Database, tmp_path: Path) -> None:
    two_units(db)
    before = audit_count(db)
    path = xlsx(tmp_path / "c.xlsx", CADRE_HEAD, [cadre_row(), cadre_row()])
    report = import_file(db, "cadres", path, dry_run=True)
    assert (report.created, report.dry_run) == (2, True)
    assert "未写入" in report.summary()
    assert count(db, Cadre) == 0 and audit_count(db) == before


def test_empty_rows_skipped_and_row_numbers_kept(db: Database, tmp_path: Path) -> None:
    two_units(db)
    path = xlsx(tmp_path / "c.xlsx", CADRE_HEAD, [cadre_row(), [None] * 17, ["  "] * 17, cadre_row(None, 民族="x族")])
    assert errors_of(db, "cadres", path)[0].startswith("第5行 «民族»")


def test_no_data_rows(db: Database, tmp_path: Path) -> None:
    assert errors_of(db, "units", xlsx(tmp_path / "e.xlsx", UNIT_HEAD)) == [
        "«文件»: 没有数据行（第1行为列名，数据从第2行开始）"]


# ---- appraisals --------------------------------------------------------------------------------------

@pytest.fixture
def cadre(db: Database) -> str:
    two_units(db)
    idn = new_id_number()
    add_cadre(db, "张伟", "城关镇", "副镇长", "副科级", id_number=idn)
    return idn


APPRAISAL_HEAD = ["公民身份号码", "姓名", "年度", "考核等次", "备注"]


def test_appraisals(db: Database, tmp_path: Path, cadre: str) -> None:
    path = xlsx(tmp_path / "a.xlsx", APPRAISAL_HEAD, [[cadre, "张伟", 2016, "优秀", None],
                                                      [cadre, None, "2017", "称职", "x"]])
    assert import_file(db, "appraisals", path).created == 2
    assert_reimport_noop(db, "appraisals", path, 2)
    report = import_file(db, "appraisals", xlsx(tmp_path / "b.xlsx", ["公民身份号码", "年度", "考核等次"],
                                                [[cadre, 2017, "基本称职"]]))
    assert report.updated == 1
    with db.read() as s:
        a = s.scalar(select(Appraisal).where(Appraisal.year == 2017))
        assert a is not None and (a.grade, a.note) == ("基本称职", "x")  # 备注 column absent: kept
    unknown = new_id_number()
    errs = errors_of(db, "appraisals", xlsx(tmp_path / "e.xlsx", APPRAISAL_HEAD, [
        [cadre, "李四", 2018, "优秀", None],
        [unknown, None, 2018, "良好", None],
        [cadre, None, 2016.5, "优秀", None],
        [cadre, None, 2019, "称职", None],
        [cadre, None, 2019, "称职", None],
    ]))
    assert errs == [
        "第2行 «姓名»: 与公民身份号码对应的干部姓名“张伟”不一致",
        f"第3行 «公民身份号码»: 没有公民身份号码为 {unknown[:6]}********{unknown[14:]} 的干部，请先导入干部信息",
        "第3行 «考核等次»: “良好”不在代码表中（可选：优秀、称职、基本称职、不称职、不定等次）",
        "第4行 «年度»: “2016.5”不是整数",
        "第6行 «年度»: 与第5行重复（同一干部 2019 年度的考核）",
    ]


# ---- unit scores -------------------------------------------------------------------------------------

SCORE_HEAD = ["年度", "单位名称", "考核得分", "一票否决", "否决事由", "表彰净加分", "超额完成净加分"]


def test_unit_scores(db: Database, tmp_path: Path) -> None:
    two_units(db)
    path = xlsx(tmp_path / "s.xlsx", SCORE_HEAD, [
        [2016, "城关镇", 95.5, "否", None, "是", None],
        [2016, "县财政局", "88.25", "是", "发生重大安全事故", "否", "否"],
    ])
    assert import_file(db, "unit-scores", path).created == 2
    with db.read() as s:
        rows = {u: (sc.score, sc.vetoed, sc.commend_plus, sc.excess_plus) for sc, u in
                s.execute(select(UnitScore, Unit.name).join(Unit, Unit.id == UnitScore.unit_id))}
    assert rows == {"城关镇": (Decimal("95.50"), False, True, False), "县财政局": (Decimal("88.25"), True, False, False)}
    assert_reimport_noop(db, "unit-scores", path, 2)
    errs = errors_of(db, "unit-scores", xlsx(tmp_path / "e.xlsx", SCORE_HEAD, [
        [2017, "城关镇", 90.125, None, None, None, None],
        [2017, "县财政局", 90, "是", None, None, None],
        [2017, "县教育局", 90, None, None, None, None],
        [2017, "城关镇", "九十", None, None, None, None],
    ]))
    assert errs == [
        "第2行 «考核得分»: “90.125”超过两位小数",
        "第3行 «否决事由»: 一票否决为“是”时必须填写否决事由",
        "第4行 «单位名称»: “县教育局”不在单位名录中，请先导入或添加该单位",
        "第5行 «考核得分»: “九十”不是数字",
    ]


# ---- votes -------------------------------------------------------------------------------------------

VOTE_HEAD = ["年度", "测评类型", "单位名称", "公民身份号码", "好", "较好", "一般", "差", "优秀", "称职", "基本称职", "不称职"]


def test_votes(db: Database, tmp_path: Path, cadre: str) -> None:
    path = xlsx(tmp_path / "v.xlsx", VOTE_HEAD, [
        [2016, "班子年度测评", "城关镇", None, 40, 12, 3, 1, None, None, None, None],
        [2016, "个人年度测评", None, cadre, None, None, None, None, 30, 20, None, 0],
    ])
    assert import_file(db, "votes", path).created == 2
    with db.read() as s:
        counts = {v.vote_type: v.counts for v in s.scalars(select(Vote))}
    assert counts == {"班子年度测评": {"好": 40, "较好": 12, "一般": 3, "差": 1},
                      "个人年度测评": {"优秀": 30, "称职": 20, "不称职": 0}}  # empty cell: no count, 0 is a count
    assert_reimport_noop(db, "votes", path, 2)
    changed = xlsx(tmp_path / "v2.xlsx", VOTE_HEAD,
                   [[2016, "班子年度测评", "城关镇", None, 41, 11, 3, 1, None, None, None, None]])
    assert import_file(db, "votes", changed).updated == 1
    errs = errors_of(db, "votes", xlsx(tmp_path / "e.xlsx", VOTE_HEAD, [
        [2017, "班子年度测评", "城关镇", None, 40, None, None, None, 3, None, None, None],
        [2017, "班子年度测评", "城关镇", cadre, 40, None, None, None, None, None, None, None],
        [2017, "班子年度测评", None, None, 40, None, None, None, None, None, None, None],
        [2017, "个人年度测评", None, cadre, None, None, None, None, None, None, None, None],
        [2017, "年终测评", "城关镇", None, -1, None, None, None, None, None, None, None],
    ]))
    probation = ["年度", "测评类型", "公民身份号码", "称职", "不称职", "同意", "不同意"]
    errs += errors_of(db, "votes", xlsx(tmp_path / "p.xlsx", probation, [[2017, "试用期满测评", cadre, 30, 1, 2, None]]))
    assert errs == [
        "第2行 «优秀»: “班子年度测评”没有“优秀”这一选项（其选项为：好、较好、一般、差）",
        "第3行 «公民身份号码»: 单位名称和公民身份号码只填一项：对单位领导班子的测评填单位名称，对干部个人的填公民身份号码",
        "第4行 «单位名称»: 单位名称和公民身份号码须填一项（测评对象）",
        "第5行 «测评类型»: 没有填写任何票数（个人年度测评的选项：优秀、称职、基本称职、不称职）",
        "第6行 «测评类型»: “年终测评”不在代码表中（可选：班子年度测评、个人年度测评、领导干部大会测评、试用期满测评、一报告两评议）",
        "第6行 «好»: -1 超出范围（0～1000000）",
        "第2行 «测评类型»: 试用期满测评的票数应为“称职/基本称职/不称职”或“同意/不同意”其中一组，不能两组都填",
    ]
    ok = xlsx(tmp_path / "ok.xlsx", probation, [[2017, "试用期满测评", cadre, None, None, 31, 2]])
    assert import_file(db, "votes", ok).created == 1


# ---- commendations -----------------------------------------------------------------------------------

COMMEND_HEAD = ["对象类型", "公民身份号码", "单位名称", "表彰名称", "表彰层级", "表彰机关", "表彰日期"]


def test_commendations(db: Database, tmp_path: Path, cadre: str) -> None:
    path = xlsx(tmp_path / "c.xlsx", COMMEND_HEAD, [
        ["个人", cadre, None, "全省优秀共产党员", "省委省政府", "中共陕西省委", "2016年7月1日"],
        ["单位", None, "城关镇", "全国文明村镇", "中央/国务院", None, dt.date(2017, 11, 14)],
    ])
    assert import_file(db, "commendations", path).created == 2
    with db.read() as s:
        c = s.scalar(select(Commendation).where(Commendation.subject_type == "单位"))
        assert c is not None and c.cadre_id is None and c.date == dt.date(2017, 11, 14)
    assert_reimport_noop(db, "commendations", path, 2)
    errs = errors_of(db, "commendations", xlsx(tmp_path / "e.xlsx", COMMEND_HEAD, [
        ["个人", None, None, "先进个人", "县委县政府", None, "2018-01-05"],
        ["单位", None, "城关镇", "先进集体", "乡政府", None, "2018-13-05"],
        ["集体", None, "城关镇", "先进集体", "县委县政府", None, "2018-01-05"],
    ]))
    assert errs == [
        "第2行 «公民身份号码»: 对象类型为“个人”时必填",
        "第3行 «表彰层级»: “乡政府”不在代码表中（可选：中央/国务院、中央国家部委、省委省政府、市委市政府、县委县政府）",
        "第3行 «表彰日期»: “2018-13-05”不是有效日期",
        "第4行 «对象类型»: “集体”不在代码表中（可选：个人、单位）",
    ]


# ---- discipline --------------------------------------------------------------------------------------

DISC_HEAD = ["公民身份号码", "类别", "处理种类", "决定日期", "决定机关", "事由", "影响期满日期"]


def test_discipline_default_period(db: Database, tmp_path: Path, cadre: str) -> None:
    path = xlsx(tmp_path / "d.xlsx", DISC_HEAD, [
        [cadre, "政务处分", "记过", "2016-08-31", "县监委", "违规", None],  # 12 months
        [cadre, "组织处理", "诫勉", "2017-08-31", None, None, None],  # 6 months, clamped to the month's end
        [cadre, "党纪处分", "开除党籍", "2018-01-02", None, None, None],  # no period
        [cadre, "党纪处分", "警告", "2019-01-02", None, None, "2019-12-31"],  # given: kept
    ])
    assert import_file(db, "discipline", path).created == 4
    with db.read() as s:
        ends = [d.effect_end for d in s.scalars(select(Discipline).order_by(Discipline.decision_date))]
    assert ends == [dt.date(2017, 8, 31), dt.date(2018, 2, 28), None, dt.date(2019, 12, 31)]
    assert_reimport_noop(db, "discipline", path, 4)
    errs = errors_of(db, "discipline", xlsx(tmp_path / "e.xlsx", DISC_HEAD, [
        [cadre, "党纪处分", "记过", "2020-01-02", None, None, None],
        [cadre, "政务处分", "警告", "2020-01-02", None, None, "2019-01-01"],
        [cadre, "行政处罚", "警告", "2020-01-02", None, None, None],
    ]))
    assert errs[0].startswith("第2行 «处理种类»: “记过”不属于党纪处分（党纪处分的种类：警告、严重警告")
    assert errs[1:] == [
        "第3行 «影响期满日期»: 早于决定日期",
        "第4行 «类别»: “行政处罚”不在代码表中（可选：党纪处分、政务处分、组织处理）",
    ]


def test_unknown_kind(db: Database, tmp_path: Path) -> None:
    from zydesk.errors import UserError

    with pytest.raises(UserError, match="未知的数据种类"):
        import_file(db, "pets", xlsx(tmp_path / "x.xlsx", ["a"], [[1]]))
    add_unit(db, "城关镇")  # the database is untouched by refusals
    assert count(db, Unit) == 1


def test_cancel_before_commit_writes_nothing(db: Database, tmp_path: Path) -> None:
    from zydesk.core.task_state import Cancelled, TaskState

    two_units(db)
    path = xlsx(tmp_path / "c.xlsx", CADRE_HEAD, [cadre_row(), cadre_row()])
    state = TaskState(on_progress=lambda done, total, message: state.cancel() if "写入" in message else None)
    with pytest.raises(Cancelled):
        import_file(db, "cadres", path, state=state)
    assert count(db, Cadre) == 0 and count(db, Post) == 0


def test_table_below_a_title_keeps_row_numbers(db: Database, tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for r, row in enumerate([UNIT_HEAD, ["城关镇", None, "镇", "镇", 1], ["县财政局", None, "部门", "一类", 2]], start=3):
        for c, value in enumerate(row, start=2):
            ws.cell(row=r, column=c, value=value)
    ws["A1"] = "紫阳县单位名录"  # a title line above the column names
    wb.save(tmp_path / "off.xlsx")
    assert errors_of(db, "units", tmp_path / "off.xlsx") == [
        "第5行 «单位类型»: “部门”不在代码表中（可选：镇、县直部门、县直事业单位、县属国有企业）"]
    ws["D5"] = "县直部门"
    wb.save(tmp_path / "off.xlsx")
    assert import_file(db, "units", tmp_path / "off.xlsx").created == 2


@pytest.mark.parametrize("changes", [
    {},
    {"民族": "火星族"},
    {"政治面貌": "党外"},  # 党员 is a known short form (test_excel_forgiving.py)
    {"学历": "博士后"},
    {"健康状况": "很好"},
    {"人员状态": "离职"},
    {"入党时间": "1970.01"},
    {"参加工作时间": (dt.date.today() + dt.timedelta(days=60)).isoformat()},
    {"职务层次": "大科级"},
    {"工作单位": "县不存在局"},
    {"现任职务": " "},
    {"姓名": ""},
    {"公民身份号码": "610924198005170000"},
])
def test_cadre_rows_judged_like_the_edit_form(db: Database, tmp_path: Path, changes: dict[str, object]) -> None:
    """The import checks cadres column by column for speed; it must judge a row as the form's rules do."""
    from zydesk.core.dates import parse_date
    from zydesk.core.master import CadreData, PostData, validate_cadre, validate_post
    from zydesk.services.codes import load_codes

    two_units(db)
    row = dict(zip(CADRE_HEAD, cadre_row(make_id_number("610924", dt.date(1980, 5, 17), 9, True), **changes)))
    with db.read() as s:
        codes = load_codes(s)
    text = {k: (str(v).strip() or None) if v is not None else None for k, v in row.items()}
    cadre = CadreData(name=text["姓名"] or "", id_number=text["公民身份号码"] or "", ethnicity=text["民族"],
                      political_status=text["政治面貌"], party_date=parse_date(text["入党时间"], month_ok=True),
                      work_start=parse_date(text["参加工作时间"], month_ok=True), education=text["学历"],
                      health=text["健康状况"], status=text["人员状态"] or "在职")
    post = PostData(unit_name=text["工作单位"] or "", title=text["现任职务"] or "", level=text["职务层次"] or "")
    units = {"城关镇", "县财政局"}
    expected = {e.field for e in validate_cadre(cadre, codes).errors + validate_post(post, codes, units).errors}
    path = xlsx(tmp_path / "one.xlsx", CADRE_HEAD, [list(row.values())])
    if not expected:
        assert import_file(db, "cadres", path, dry_run=True).created == 1
        return
    with pytest.raises(ValidationError) as info:
        import_file(db, "cadres", path)
    assert {e.field for e in info.value.errors} == expected


FOUNDATION_KINDS = ["units", "cadres", "appraisals", "unit-scores", "votes", "commendations", "discipline"]


@pytest.mark.parametrize("kind", FOUNDATION_KINDS)
def test_every_kind_reports_missing_and_unknown_columns(db: Database, tmp_path: Path, kind: str) -> None:
    from zydesk.excel.kinds import get_kind

    spec = get_kind(kind)
    required = [c.name for c in spec.columns if c.required]
    header = [c.name for c in spec.columns if c.name != required[0]] + ["联系电话"]
    errs = errors_of(db, kind, xlsx(tmp_path / "h.xlsx", header, [["x"] * len(header)]))
    assert f"第1行 «{required[0]}»: 缺少必填列" in errs
    assert any(e.startswith(f"第1行 «联系电话»: 不是“{spec.title}”的列，不会导入") for e in errs)


@pytest.mark.parametrize("kind, head, row, expected", [
    ("appraisals", ["公民身份号码", "年度", "考核等次"], ["61092419800517001X", 2016, "优秀"],
     "第2行 «公民身份号码»: 公民身份号码校验位错误"),
    ("votes", ["年度", "测评类型", "公民身份号码", "优秀"], [2016, "个人年度测评", "6109241980051700", 3],
     "第2行 «公民身份号码»: 公民身份号码应为18位，实为16位"),
    ("commendations", ["对象类型", "公民身份号码", "表彰名称", "表彰层级", "表彰日期"],
     ["个人", "610924198013170011", "先进", "县委县政府", "2016-01-01"], "第2行 «公民身份号码»: 公民身份号码中的出生日期"),
    ("discipline", ["公民身份号码", "类别", "处理种类", "决定日期"], ["abc", "组织处理", "诫勉", "2016-01-01"],
     "第2行 «公民身份号码»: 公民身份号码应为18位"),
    ("unit-scores", ["年度", "单位名称", "考核得分", "一票否决"], [2016, "城关镇", 90, "Y"], "第2行 «一票否决»: “Y”应为“是”或“否”"),
    ("commendations", ["对象类型", "单位名称", "表彰名称", "表彰层级", "表彰日期"],
     ["单位", "城关镇", "先进", "县委县政府", "2016年2月30日"], "第2行 «表彰日期»: “2016年2月30日”不是有效日期"),
    ("discipline", ["公民身份号码", "类别", "处理种类", "决定日期", "影响期满日期"],
     [None, "组织处理", "诫勉", "2016-01-01", "明年"], "第2行 «公民身份号码»: 必填"),
])
def test_bad_cells_in_each_kind(db: Database, tmp_path: Path, kind: str, head: list[str], row: list[object],
                                expected: str) -> None:
    two_units(db)
    errs = errors_of(db, kind, xlsx(tmp_path / "b.xlsx", head, [row]))
    assert any(e.startswith(expected) for e in errs), errs


def test_known_cadre_without_post_gets_one(db: Database, tmp_path: Path) -> None:
    from zydesk.core.master import CadreData
    from zydesk.services.master import save_cadre

    two_units(db)
    idn = new_id_number()
    save_cadre(db, CadreData(name="张伟", id_number=idn, ethnicity="汉族", native_place="陕西紫阳",
                             political_status="中共党员", party_date=dt.date(2005, 7, 1),
                             work_start=dt.date(2002, 8, 1), education="大学", health="健康"))
    report = import_file(db, "cadres", xlsx(tmp_path / "c.xlsx", CADRE_HEAD, [cadre_row(idn)]))
    assert (report.created, report.updated) == (0, 1) and "职务变动" not in report.summary()
    with db.read() as s:
        post = s.scalar(select(Post))
        assert post is not None and (post.title, post.end_date) == ("副镇长", None)


def test_discipline_absent_end_column_keeps_a_date_set_by_hand(db: Database, tmp_path: Path, cadre: str) -> None:
    import_file(db, "discipline", xlsx(tmp_path / "a.xlsx", DISC_HEAD, [
        [cadre, "组织处理", "诫勉", "2017-03-01", None, None, "2017-12-31"]]))
    head = ["公民身份号码", "类别", "处理种类", "决定日期", "事由"]
    report = import_file(db, "discipline", xlsx(tmp_path / "b.xlsx", head, [
        [cadre, "组织处理", "诫勉", "2017-03-01", "工作不实"]]))
    assert report.updated == 1
    with db.read() as s:
        d = s.scalar(select(Discipline))
        assert d is not None and (d.effect_end, d.reason) == (dt.date(2017, 12, 31), "工作不实")


@pytest.mark.sqlite_only  # another program holding the file's write lock (a server waits on row locks)
def test_database_busy_while_writing_is_a_clear_refusal(db: Database, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import zydesk.storage.engine as engine_mod
    from zydesk.errors import UserError
    from zydesk.storage import cipher

    two_units(db)
    path = xlsx(tmp_path / "c.xlsx", CADRE_HEAD, [cadre_row()])
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 200)  # new connections give up after 0.2 s
    db.engine.dispose()
    other = cipher.open_file(str(engine_mod.sqlite_path(db.url)), timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(UserError, match="写入数据库失败，未写入任何数据"):
            import_file(db, "cadres", path)
    finally:
        other.rollback()
        other.close()
    assert count(db, Cadre) == 0
