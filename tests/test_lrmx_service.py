"""Importing and exporting 干部任免审批表 files against a database."""
from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.accounts import as_role
from tests.factories import add_cadre, add_unit, new_id_number
from tests.lrmx_files import ID_NUMBER, PHOTO, editor_file
from zydesk.core.security.roles import Role
from zydesk.core.task_state import Cancelled, TaskState
from zydesk.errors import NotPermitted
from zydesk.lrmx import reader, writer
from zydesk.services.lrmx.exporting import export_forms, forms_for
from zydesk.services.lrmx.fill import FillDates, appraisal_text, merged_resume
from zydesk.lrmx.model import ResumeLine
from zydesk.services.lrmx.importing import (
    BY_ID,
    BY_NAME,
    NEW,
    ImportRefused,
    NameMatchNeeded,
    import_forms,
    preview_import,
)
from zydesk.services.lrmx.sources import Source, SourceRefused, collect
from zydesk.storage.models import Appraisal, AuditEntry, Cadre, Commendation, Discipline, Post
from zydesk.storage.models_lrmx import RenmianFormRecord
from zydesk.storage.uow import Database
from zydesk.core.security.roles import Permission


def _src(data: bytes, name: str = "王建国.lrmx") -> Source:
    return Source(name, data)


def _units(db: Database) -> None:
    add_unit(db, "紫阳县洄水镇", kind="镇", group="镇")
    add_unit(db, "紫阳县农业农村局")


def test_new_cadre_from_a_form_then_export_round_trips(db: Database, tmp_path: Path) -> None:
    _units(db)
    plan = preview_import(db, [_src(editor_file())])
    assert not plan.problems
    item = plan.items[0]
    assert item.match == NEW and item.new_post is not None
    assert item.new_post.label == "紫阳县洄水镇党委书记（正科级，2023.03起）"
    plan = import_forms(db, [_src(editor_file())])
    with db.read() as s:
        cadre = s.scalar(select(Cadre).where(Cadre.id_number == ID_NUMBER))
        assert cadre is not None
        assert (cadre.name, cadre.ethnicity, cadre.party_date, cadre.education) == (
            "王建国", "汉族", dt.date(2006, 6, 1), "研究生")
        post = s.scalar(select(Post).where(Post.cadre_id == cadre.id))
        assert post is not None and post.title == "党委书记" and post.start_date == dt.date(2023, 3, 1)
        record = s.scalar(select(RenmianFormRecord))
        assert record is not None and record.file_name == "王建国.lrmx"
        summary = s.scalar(select(AuditEntry).where(AuditEntry.object_type == "任免审批表导入"))
        assert summary is not None and summary.after["created"] == 1
        assert "ZhaoPian" not in str(summary.after) and "/9j" not in str(summary.after)
        cadre_id = cadre.id
    # export with nothing changed gives the imported file back byte for byte
    out = tmp_path / "out.lrmx"
    export_forms(db, [cadre_id], out)
    assert out.read_bytes() == editor_file()
    # a re-import of that file changes nothing
    again = preview_import(db, [_src(out.read_bytes())])
    assert again.items[0].match == BY_ID and not again.items[0].changes and again.items[0].new_post is None


def test_export_fills_from_the_records(db: Database, tmp_path: Path) -> None:
    add_unit(db, "城关镇", kind="镇", group="镇")
    number = new_id_number(dt.date(1982, 4, 3))
    cadre_id = add_cadre(db, "赵六", "城关镇", "副镇长", "副科级", id_number=number, start=dt.date(2018, 6, 1))
    with db.uow("测试", Permission.ENTER) as uow:
        for year, grade in ((2021, "优秀"), (2022, "称职"), (2023, "称职"), (2024, "优秀")):
            uow.session.add(Appraisal(cadre_id=cadre_id, year=year, grade=grade))
        uow.session.add(Commendation(subject_type="个人", cadre_id=cadre_id, title="优秀共产党员", level="县委县政府",
                                     issuer="中共紫阳县委", date=dt.date(2020, 7, 1)))
        uow.session.add(Discipline(cadre_id=cadre_id, category="组织处理", kind="诫勉", decision_date=dt.date(2022, 3, 5)))
        uow.commit()
    forms = forms_for(db, [cadre_id], FillDates(dt.date(2025, 12, 1), dt.date(2025, 12, 5)))
    form = forms[0]
    assert form.xian_ren_zhi_wu == "城关镇副镇长"
    assert form.chu_sheng_nian_yue == "198204" and form.xing_bie == "男"
    assert form.nian_du_kao_he_jie_guo == "2022年度、2023年度考核为称职，2024年度考核为优秀。"
    assert form.jiang_cheng_qing_kuang == "2020年7月被中共紫阳县委评为优秀共产党员；2022年3月给予诫勉。"
    assert form.resume_lines == [ResumeLine("2018.06", "", "城关镇副镇长")]
    assert (form.ji_suan_nian_ling_shi_jian, form.tian_biao_shi_jian) == ("20251201", "20251205")
    done = export_forms(db, [cadre_id, cadre_id], tmp_path / "forms.zip")
    assert done.files == ["赵六.lrmx", "赵六（2）.lrmx"]
    with zipfile.ZipFile(tmp_path / "forms.zip") as zf:
        assert reader.read_bytes(zf.read("赵六.lrmx")).xing_ming == "赵六"
    with db.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "导出任免审批表"))
        assert entry is not None and entry.after["files"] == done.files


def test_imported_values_stay_unless_the_clerk_gives_new_dates(db: Database, tmp_path: Path) -> None:
    _units(db)
    import_forms(db, [_src(editor_file())])
    with db.read() as s:
        cadre_id = s.scalar(select(Cadre.id))
    assert cadre_id is not None
    form = forms_for(db, [cadre_id])[0]
    assert form.tian_biao_shi_jian == "20251205" and form.photo == PHOTO and len(form.family) == 6
    assert form.unknown and form.ni_ren_zhi_wu == "紫阳县农业农村局局长"
    form = forms_for(db, [cadre_id], FillDates(fill_date=dt.date(2026, 1, 8)))[0]
    assert form.tian_biao_shi_jian == "20260108" and form.ji_suan_nian_ling_shi_jian == "20251201"


def test_changed_fields_and_new_post_in_the_preview(db: Database) -> None:
    _units(db)
    cadre_id = add_cadre(db, "王建国", "紫阳县洄水镇", "镇长", "正科级", id_number=ID_NUMBER, start=dt.date(2021, 9, 1))
    plan = preview_import(db, [_src(editor_file())])
    item = plan.items[0]
    assert item.match == BY_ID and item.cadre_id == cadre_id
    fields = {c.field: (c.before, c.after) for c in item.changes}
    assert fields["籍贯"] == ("", "陕西紫阳") and fields["学历"] == ("", "研究生")
    assert "姓名" not in fields and "民族" not in fields
    import_forms(db, [_src(editor_file())])
    with db.read() as s:
        posts = list(s.scalars(select(Post).where(Post.cadre_id == cadre_id).order_by(Post.id)))
        assert [(p.title, p.end_date) for p in posts] == [("镇长", dt.date(2023, 3, 1)), ("党委书记", None)]
        updates = list(s.scalars(select(AuditEntry).where(AuditEntry.object_type == "Cadre",
                                                          AuditEntry.action == "导入任免审批表")))
        assert len(updates) == 1 and updates[0].after["籍贯"] == "陕西紫阳"


def test_name_match_needs_confirmation(db: Database) -> None:
    _units(db)
    cadre_id = add_cadre(db, "王建国", "紫阳县洄水镇", "党委书记", "正科级", birth=dt.date(1985, 3, 15))
    data = editor_file(id_number="")
    with pytest.raises(NameMatchNeeded) as caught:
        import_forms(db, [_src(data)])
    assert "王建国" in str(caught.value) and "--accept-name-match" in str(caught.value)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(RenmianFormRecord)) == 0
    plan = import_forms(db, [_src(data)], accept_name_match=True)
    assert plan.items[0].match == BY_NAME and plan.items[0].cadre_id == cadre_id


def test_one_bad_file_refuses_the_whole_batch(db: Database) -> None:
    _units(db)
    good = _src(editor_file())
    bad = _src(editor_file(name="李四", id_number=new_id_number(), birth="198513"), "李四.lrmx")
    no_id = _src(editor_file(name="无名", id_number=""), "无名.lrmx")
    with pytest.raises(ImportRefused) as caught:
        import_forms(db, [good, bad, no_id])
    text = str(caught.value)
    assert "李四.lrmx" in text and "«出生年月»" in text and "无名.lrmx" in text and "身份证号" in text
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Cadre)) == 0


def test_same_person_twice_in_a_batch_is_refused(db: Database) -> None:
    with pytest.raises(ImportRefused, match="同一名干部"):
        import_forms(db, [_src(editor_file()), _src(editor_file(), "副本.lrmx")])


def test_import_needs_entry_rights_export_needs_print(db: Database, tmp_path: Path) -> None:
    with pytest.raises(NotPermitted):
        import_forms(as_role(db, Role.READER), [_src(editor_file())])
    import_forms(db, [_src(editor_file())])
    with db.read() as s:
        cadre_id = s.scalar(select(Cadre.id))
    assert cadre_id is not None
    with pytest.raises(NotPermitted):
        export_forms(as_role(db, Role.AUDIT_ADMIN), [cadre_id], tmp_path / "x.lrmx")
    with pytest.raises(NotPermitted, match="查看完整身份证号"):  # the file carries the whole ID number
        export_forms(as_role(db, Role.READER), [cadre_id], tmp_path / "x.lrmx")
    export_forms(as_role(db, Role.CLERK), [cadre_id], tmp_path / "x.lrmx")


def test_folders_and_zips(tmp_path: Path) -> None:
    folder = tmp_path / "forms"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.lrmx").write_bytes(editor_file())
    (folder / "sub" / "b.LRMX").write_bytes(editor_file(name="乙"))
    (folder / "readme.txt").write_text("x")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("批次/c.lrmx", editor_file(name="丙"))
        zf.writestr("说明.txt", "x")
    (folder / "more.zip").write_bytes(buf.getvalue())
    names = [s.name for s in collect([folder])]
    assert names == ["a.lrmx", "more.zip/批次/c.lrmx", "b.LRMX"]


@pytest.mark.parametrize(("entry", "words"), [("../evil.lrmx", "越出"), ("/etc/evil.lrmx", "越出")])
def test_zip_path_traversal_is_refused(tmp_path: Path, entry: str, words: str) -> None:
    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(entry, editor_file())
    with pytest.raises(SourceRefused, match=words):
        collect([path])


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.lrmx", b"<Person>" + b" " * (6 * 1024 * 1024) + b"</Person>")
    with pytest.raises(SourceRefused, match="压缩炸弹"):
        collect([path])


def test_cancel_writes_nothing(db: Database) -> None:
    state = TaskState()
    state.cancel()
    with pytest.raises(Cancelled):
        import_forms(db, [_src(editor_file())], state=state)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Cadre)) == 0


def test_resume_merge_and_appraisal_wording() -> None:
    imported = [ResumeLine("2003.09", "2007.07", "学习"), ResumeLine("2007.07", "", "科员")]
    text = merged_resume(imported, [(dt.date(2007, 7, 1), dt.date(2012, 1, 1), "甲镇科员"),
                                    (dt.date(2012, 1, 1), None, "甲镇副镇长")])
    assert text.split("\n") == ["2003.09--2007.07  学习", "2007.07--2012.01  科员", "2012.01--         甲镇副镇长"]
    assert writer.escape("a\nb") == "a\r\nb"


def test_appraisal_text_groups_runs(db: Database) -> None:
    add_unit(db, "城关镇", kind="镇", group="镇")
    cadre_id = add_cadre(db, "钱七", "城关镇")
    with db.uow("测试", Permission.ENTER) as uow:
        for year, grade in ((2023, "优秀"), (2024, "不定等次"), (2025, "称职")):
            uow.session.add(Appraisal(cadre_id=cadre_id, year=year, grade=grade))
        uow.commit()
    with db.read() as s:
        assert appraisal_text(s, cadre_id) == "2023年度考核为优秀，2024年度考核不定等次，2025年度考核为称职。"


def test_proposal_and_promotion_fill_the_appointment(db: Database) -> None:
    from zydesk.storage.models_adjustment import Proposal
    from zydesk.storage.models_excellent import PromotionReview

    add_unit(db, "城关镇", kind="镇", group="镇")
    first = add_cadre(db, "孙八", "城关镇", "副镇长", "副科级")
    second = add_cadre(db, "周九", "城关镇", "镇长", "正科级")
    with db.read() as s:
        post_id = s.scalar(select(Post.id).where(Post.cadre_id == second))
    now = dt.datetime(2025, 11, 1, 9, 0)
    with db.uow("测试", Permission.ENTER) as uow:
        uow.session.add(PromotionReview(cadre_id=first, post_text="城关镇党委副书记", exchange=False,
                                        review_date=dt.date(2025, 10, 1), facts={}, lines=[], conclusion="符合",
                                        run_at=now, run_by="业务员"))
        unit_id = uow.session.scalar(select(Post.unit_id).where(Post.id == post_id))
        assert unit_id is not None
        uow.session.add(Proposal(cadre_id=second, unit_id=unit_id, post_id=post_id, case_kind="调整", year=2025,
                                 findings=[{"doc": "能上能下实施办法", "citation": "第十条第（二）项"}],
                                 methods_allowed=["免职"], proposed_method="免职", dual_managed=False,
                                 arrangement=None, status="报告", created_at=now))
        uow.commit()
    promoted, removed = forms_for(db, [first, second])
    assert (promoted.ni_ren_zhi_wu, promoted.ren_mian_li_you) == ("城关镇党委副书记", "工作需要")
    assert removed.ni_mian_zhi_wu == "城关镇镇长"
    assert removed.ren_mian_li_you == "依据《能上能下实施办法》第十条第（二）项，拟免职"

    later = dt.datetime(2025, 12, 1, 9, 0)  # a newer case that was withdrawn proposes nothing
    with db.uow("测试", Permission.ENTER) as uow:
        uow.session.add(Proposal(cadre_id=second, unit_id=unit_id, post_id=post_id, case_kind="调整", year=2025,
                                 findings=[{"doc": "能上能下实施办法", "citation": "第十条第（四）项"}],
                                 methods_allowed=["调整职务"], proposed_method="调整职务", dual_managed=False,
                                 arrangement="城关镇副镇长", status="撤销", created_at=later))
        uow.commit()
    _promoted, still = forms_for(db, [first, second])
    assert still.ren_mian_li_you == "依据《能上能下实施办法》第十条第（二）项，拟免职"


def test_gb18030_form_imports_and_exports_as_utf8(db: Database, tmp_path: Path) -> None:
    text = editor_file(bom=False).decode("utf-8").replace('encoding="utf-8"', 'encoding="GBK"')
    import_forms(db, [_src(text.encode("gb18030"))])
    with db.read() as s:
        cadre_id = s.scalar(select(Cadre.id))
    assert cadre_id is not None
    export_forms(db, [cadre_id], tmp_path / "x.lrmx")
    data = (tmp_path / "x.lrmx").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf<?xml version=\"1.0\" encoding=\"utf-8\"?>")
    assert reader.read_bytes(data).jian_li == reader.read_bytes(editor_file()).jian_li


def test_new_post_before_the_open_one_does_not_end_it_before_it_began(db: Database) -> None:
    _units(db)
    cadre_id = add_cadre(db, "王建国", "紫阳县洄水镇", "镇长", "正科级", id_number=ID_NUMBER, start=dt.date(2024, 1, 1))
    import_forms(db, [_src(editor_file())])  # 党委书记 since 2023.03 in the form
    with db.read() as s:
        old = s.scalar(select(Post).where(Post.cadre_id == cadre_id, Post.title == "镇长"))
        assert old is not None and old.end_date is not None and old.end_date >= old.start_date  # type: ignore[operator]
        ended = [(e.before, e.after) for e in s.scalars(select(AuditEntry).where(  # the ending is in the trail
            AuditEntry.object_type == "Post", AuditEntry.object_id == str(old.id)))]
    assert ({"end_date": None}, {"end_date": old.end_date.isoformat()}) in ended


@pytest.mark.sqlite_only  # a damaged file, and the key-slot file where its entry waits
def test_an_export_from_a_damaged_file_is_recorded_at_the_next_sign_in(db: Database, tmp_path: Path) -> None:
    """A damaged file is read-only: the export still works (getting data out is what it is for), and its audit
    entry waits in the key-slot file for the next sign-in."""
    from zydesk.storage import keyslots
    from zydesk.storage.engine import sqlite_path

    import_forms(db, [_src(editor_file())])
    with db.read() as s:
        cadre_id = s.scalar(select(Cadre.id))
    assert cadre_id is not None
    damaged = as_role(db, Role.CLERK)
    damaged.damaged = "数据库文件已损坏"
    export_forms(damaged, [cadre_id], tmp_path / "x.lrmx")
    assert (tmp_path / "x.lrmx").exists()
    path = sqlite_path(db.url)
    assert path is not None
    (waiting,) = [e for e in keyslots.load(path).pending if e["action"] == "导出"]
    assert waiting["object_type"] == "数据" and waiting["by"] == damaged.principal.name
