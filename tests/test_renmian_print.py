"""The printed 干部任免审批表: two A4 pages, every value inside its cell, 简历 continued on page 2, too_long,
fonts embedded, `zydesk print renmian`, permission and audit."""
from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader
from sqlalchemy import select

from tests.accounts import as_role
from tests.factories import add_cadre, add_unit, new_id_number
from zydesk.cli.main import main
from zydesk.core.security.roles import Role
from zydesk.errors import NotPermitted, UserError
from zydesk.lrmx.model import FamilyMember, RenmianForm
from zydesk.printing.renmian import PAD_X, Box, layout, render_renmian, too_long
from zydesk.services import renmian_print
from zydesk.storage.models import Appraisal, AuditEntry, Commendation
from zydesk.storage.uow import Database
from zydesk.core.security.roles import Permission

RESUME = "\n".join([
    "1998.09--2002.07  西北大学化学系化学专业学习",
    "2002.07--2005.03  紫阳县城关镇政府干部",
    "2005.03--2008.12  紫阳县城关镇党政办公室副主任",
    "2008.12--2011.09  紫阳县城关镇党委委员、组织委员（其间：2009.09--2011.07在陕西省委党校在职研究生班经济管理"
    "专业学习）",
    "2011.09--2016.11  紫阳县向阳镇党委副书记、镇长",
    "2016.11--2021.09  紫阳县向阳镇党委书记",
    "2021.09--         紫阳县财政局局长、党组书记",
])
FAMILY = [FamilyMember("妻子", "李芳", "198203", "中共党员", "紫阳县人民医院护士长"),
          FamilyMember("儿子", "王小明", "200806", "共青团员", "紫阳中学学生"),
          FamilyMember("女儿", "王小红", "201304", "群众", "紫阳县城关小学学生"),
          FamilyMember("父亲", "王建国", "195408", "中共党员", "紫阳县农业局退休干部"),
          FamilyMember("母亲", "张秀英", "195612", "群众", "紫阳县城关镇居民"),
          FamilyMember("岳父", "李大山", "195201", "群众", "安康市汉滨区建民街道办事处退休职工")]


def photo() -> bytes:
    im = Image.new("RGB", (295, 413), (200, 220, 240))
    ImageDraw.Draw(im).ellipse((80, 60, 215, 220), fill=(230, 190, 160))
    buf = io.BytesIO()
    im.save(buf, "JPEG")
    return buf.getvalue()


def sample(**changes: object) -> RenmianForm:
    form = RenmianForm(
        xing_ming="王䶮", xing_bie="男", chu_sheng_nian_yue="198005", min_zu="汉族", ji_guan="陕西紫阳",
        chu_sheng_di="陕西安康", ru_dang_shi_jian="200106", can_jia_gong_zuo_shi_jian="200207",
        jian_kang_zhuang_kuang="健康", zhuan_ye_ji_shu_zhi_wu="经济师", shu_xi_zhuan_ye_you_he_zhuan_chang="财政管理",
        quan_ri_zhi_xue_li="大学", quan_ri_zhi_xue_wei="理学学士", quan_ri_zhi_xue_li_yuan_xiao="西北大学化学系化学专业",
        zai_zhi_xue_li="研究生", zai_zhi_xue_li_yuan_xiao="陕西省委党校经济管理专业",
        xian_ren_zhi_wu="紫阳县财政局局长、党组书记", ni_ren_zhi_wu="紫阳县人民政府副县长",
        ni_mian_zhi_wu="紫阳县财政局局长职务", jian_li=RESUME,
        jiang_cheng_qing_kuang="2019.12 被评为紫阳县“敢担当、善作为”优秀干部。",
        nian_du_kao_he_jie_guo="2023年度、2024年度考核为称职，2025年度考核为优秀。", ren_mian_li_you="工作需要。",
        cheng_bao_dan_wei="中共紫阳县委组织部", ji_suan_nian_ling_shi_jian="20261204",
        tian_biao_shi_jian="20261204", tian_biao_ren="赵六", shen_fen_zheng="610924198005170011",
        family=list(FAMILY), photo=photo())
    return form.with_values(**changes) if changes else form


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def text_in(page: pdfplumber.page.Page, box: Box) -> str:
    """The characters whose whole glyph box lies inside the cell (a hair's tolerance)."""
    x0, top, x1, bottom = box.rect
    inside = [c for c in page.chars if c["x0"] >= x0 - 0.5 and c["x1"] <= x1 + 0.5 and c["top"] >= top - 0.5
              and c["bottom"] <= bottom + 0.5]
    return "".join(c["text"] for c in sorted(inside, key=lambda c: (round(c["top"]), c["x0"])))


def test_two_pages_every_value_inside_its_cell() -> None:
    form = sample()
    sheet = layout(form)
    assert sheet.too_long == [] and sheet.notes == []
    rendered = render_renmian([form])
    assert rendered.pages == 2 and len(PdfReader(io.BytesIO(rendered.pdf)).pages) == 2
    assert not rendered.missing and rendered.warning() == ""
    with pdfplumber.open(io.BytesIO(rendered.pdf)) as pdf:
        for page, boxes in zip(pdf.pages, sheet.pages):
            drawn = {(round(r["x0"]), round(r["top"]), round(r["x1"]), round(r["bottom"])) for r in page.rects}
            for box in boxes:
                assert tuple(round(v) for v in box.rect) in drawn, box
                if box.fit is not None and box.text:
                    assert squash(box.text) in squash(text_in(page, box)), (box.field or box.text)
        first, second = pdf.pages
        assert "干部任免审批表" in squash(first.extract_text())
        (picture,) = first.images  # the photo, inside its box
        (box,) = [b for b in sheet.pages[0] if b.photo is not None]
        x0, top, x1, bottom = box.rect
        assert x0 <= picture["x0"] and picture["x1"] <= x1 and top <= picture["top"] and picture["bottom"] <= bottom
        page1 = squash(first.extract_text())
        for value in ("王䶮", "1980.05", "（46岁）", "2001.06", "2002.07", "陕西安康", "紫阳县人民政府副县长",
                      "2021.09--紫阳县财政局局长、党组书记"):
            assert value in page1, value
        page2 = squash(second.extract_text())
        for value in ("2025年度考核为优秀", "李大山", "74", "安康市汉滨区建民街道办事处退休职工", "（盖章）",
                      "2026年12月4日", "填表人：赵六"):
            assert value in page2, value
        # the dates stand alone in their column: continuation rows start under the text
        (resume,) = sheet.box("简历")
        assert resume.resume and any(not row.head for row in resume.resume)
        x0, top, x1, bottom = resume.rect
        column = resume.x + PAD_X + resume.resume[0].indent - 1
        inside = [c for c in first.chars if x0 <= c["x0"] < column and top <= c["top"] < bottom]
        assert inside and all(c["text"] in "0123456789.-" for c in inside)


def test_long_resume_continues_on_page_two() -> None:
    extra = "\n".join(f"{2000 + i}.01--{2000 + i}.12  紫阳县第{i + 1}村驻村工作队第一书记，负责脱贫攻坚工作"
                      for i in range(16))
    form = sample(jian_li=RESUME + "\n" + extra)
    sheet = layout(form)
    assert sheet.too_long == []
    first, cont = sheet.box("简历")
    assert first in sheet.pages[0] and cont in sheet.pages[1] and cont.resume
    assert first.resume_size >= 9
    rendered = render_renmian([form])
    assert rendered.pages == 2
    with pdfplumber.open(io.BytesIO(rendered.pdf)) as pdf:
        page2 = pdf.pages[1]
        label = next(b for b in sheet.pages[1] if b.text.startswith("简历"))
        assert squash(text_in(page2, label)) == "简历（续）"
        assert "紫阳县第16村驻村工作队第一书记" in squash(text_in(page2, cont))
        assert "紫阳县第1村驻村" in squash(text_in(pdf.pages[0], first))
        everything = squash(text_in(pdf.pages[0], first) + text_in(page2, cont))
        for i in range(16):
            assert f"第{i + 1}村" in everything
        for box in sheet.pages[1]:  # the other rows gave up height; still every value in its cell
            if box.fit is not None and box.text:
                assert squash(box.text) in squash(text_in(page2, box)), box.field or box.text


def test_too_long_names_the_fields() -> None:
    assert too_long(sample()) == []
    assert too_long(sample(ren_mian_li_you="因工作需要，" * 200)) == ["任免理由"]
    huge = "\n".join(f"{1990 + i % 30}.01--{1990 + i % 30}.12  某某单位某某职务" * 3 for i in range(80))
    assert too_long(sample(jian_li=huge, xing_ming="欧阳" * 30)) == ["简历", "姓名"]
    rendered = render_renmian([sample(ren_mian_li_you="因工作需要，" * 200)])
    assert "“任免理由”文字太多" in rendered.warning()
    crowded = sample(family=FAMILY * 3)
    assert too_long(crowded) == ["家庭主要成员及重要社会关系"]


def test_short_values_shrink_on_one_line() -> None:
    sheet = layout(sample(xian_ren_zhi_wu="中共紫阳县委常委、组织部部长，县委党校校长，县委老干部局局长"))
    (box,) = sheet.box("现任职务")
    assert box.fit is not None and len(box.fit.lines) <= 2 and not box.fit.overflow


def test_fonts_embedded_no_tofu() -> None:
    rendered = render_renmian([sample(xing_ming="王䶮", jian_li=RESUME + "\n2022.01--2022.12  䶮字测试")])
    assert not rendered.missing
    reader = PdfReader(io.BytesIO(rendered.pdf))
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), font["/BaseFont"]


def test_unreadable_photo_is_said_and_left_out() -> None:
    rendered = render_renmian([sample(photo=b"not a jpeg")])
    assert rendered.pages == 2 and "照片无法读取" in rendered.warning()


def _cadre(db: Database) -> tuple[int, str]:
    add_unit(db, "紫阳县财政局")
    number = new_id_number(dt.date(1980, 5, 17))
    cid = add_cadre(db, "王䶮", "紫阳县财政局", "局长", "正科级", principal=True, id_number=number,
                    start=dt.date(2021, 9, 1))
    with db.uow("录入", Permission.ENTER) as uow:
        for year, grade in ((2023, "称职"), (2024, "称职"), (2025, "优秀")):
            uow.session.add(Appraisal(cadre_id=cid, year=year, grade=grade))
        uow.session.add(Commendation(subject_type="个人", cadre_id=cid, title="优秀共产党员", level="县委县政府",
                                     issuer="中共紫阳县委", date=dt.date(2021, 6, 30)))
        uow.commit()
    return cid, number


def test_form_from_the_records(db: Database) -> None:
    cid, number = _cadre(db)
    form = renmian_print.form_for(db, cid, age_date=dt.date(2026, 12, 4))
    assert form.xing_ming == "王䶮" and form.chu_sheng_nian_yue == "198005" and form.shen_fen_zheng == number
    assert "紫阳县财政局局长" in form.xian_ren_zhi_wu
    assert "2021.09" in form.jian_li and "紫阳县财政局局长" in form.jian_li
    assert form.nian_du_kao_he_jie_guo == "2023年度、2024年度考核为称职，2025年度考核为优秀。"
    assert "优秀共产党员" in form.jiang_cheng_qing_kuang and "2021" in form.jiang_cheng_qing_kuang
    assert form.ji_suan_nian_ling_shi_jian == "20261204"


def test_print_needs_permission_and_is_audited(db: Database, tmp_path: Path) -> None:
    cid, _number = _cadre(db)
    with pytest.raises(NotPermitted):
        renmian_print.print_forms(as_role(db, Role.AUDIT_ADMIN), [cid])
    out = tmp_path / "表.pdf"
    rendered = renmian_print.print_forms(as_role(db, Role.READER), [cid, cid], out, filler="赵六")
    assert rendered.pages == 4 and out.read_bytes() == rendered.pdf
    with db.read(need=None) as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == renmian_print.ACTION)).one()
    assert entry.user == "查阅员" and entry.after["份数"] == 2 and entry.after["文件"] == str(out)
    assert entry.after["干部"][0] == {"cadre_id": cid, "姓名": "王䶮"}


def test_cli_print_renmian(db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _cid, number = _cadre(db)
    other = add_cadre(db, "李四", "紫阳县财政局", "副局长", "副科级")
    with db.read() as s:
        from zydesk.storage.models import Cadre

        other_number = s.get(Cadre, other).id_number  # type: ignore[union-attr]
    db.dispose()
    out = tmp_path / "任免审批表.pdf"
    assert main(["--db", db_url, "print", "renmian", number, other_number, "--age-date", "2026-12-04",
                 "--fill-date", "2026-12-04", "--unit", "中共紫阳县委组织部", "-o", str(out)]) == 0
    assert "4 页" in capsys.readouterr().err
    reader = PdfReader(str(out))
    assert len(reader.pages) == 4
    texts = [squash(p.extract_text()) for p in reader.pages]
    assert "王䶮" in texts[0] and "1980.05（46岁）" in texts[0] and "李四" in texts[2]
    assert "中共紫阳县委组织部" in texts[1] and "2026年12月4日" in texts[1]
    missing = tmp_path / "无.pdf"
    assert main(["--db", db_url, "print", "renmian", "610924198001010000", "-o", str(missing)]) == 2
    assert "没有身份证号为" in capsys.readouterr().err and not missing.exists()
    assert main(["print", "--list"]) == 0
    assert "renmian" in capsys.readouterr().out


def test_unknown_cadre_is_refused(db: Database) -> None:
    with pytest.raises(UserError, match="请至少给出"):
        renmian_print.cadre_ids(db, [" "])


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")
def test_pdftotext_finds_each_value(tmp_path: Path) -> None:
    form = sample()
    out = tmp_path / "表.pdf"
    out.write_bytes(render_renmian([form]).pdf)
    text = squash(subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                                 check=True).stdout)
    for value in (form.xing_ming, form.min_zu, form.ji_guan, form.chu_sheng_di, "2001.06", "2002.07",
                  form.jian_kang_zhuang_kuang, form.zhuan_ye_ji_shu_zhi_wu, form.quan_ri_zhi_xue_li,
                  form.quan_ri_zhi_xue_li_yuan_xiao, form.xian_ren_zhi_wu, form.ni_ren_zhi_wu, form.ni_mian_zhi_wu,
                  "紫阳县向阳镇党委副书记、镇长", form.jiang_cheng_qing_kuang, form.nian_du_kao_he_jie_guo,
                  form.ren_mian_li_you, form.cheng_bao_dan_wei, *(m.xing_ming for m in form.family),
                  *(m.gong_zuo_dan_wei_ji_zhi_wu for m in form.family)):
        assert squash(value) in text, value
