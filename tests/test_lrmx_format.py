"""Reading and writing .lrmx files as the national 任免审批表 editor writes them."""
from __future__ import annotations

import base64
import dataclasses

import pytest

from tests.lrmx_files import FAMILY, ID_NUMBER, JIANLI, PHOTO, editor_file
from zydesk.lrmx import reader, writer
from zydesk.lrmx.errors import BadElement, LrmxError, NotLrmx
from zydesk.lrmx.model import ELEMENT_ORDER, RenmianForm, ResumeLine, SIMPLE_ELEMENTS
from zydesk.lrmx.resume import format_resume, parse_resume


def test_editor_file_reads_every_element() -> None:
    data = editor_file()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    form = reader.read_bytes(data, "王建国.lrmx")
    assert form.source_encoding == "utf-8-sig"
    assert (form.xing_ming, form.xing_bie, form.chu_sheng_nian_yue) == ("王建国", "男", "198503")
    assert form.shen_fen_zheng == ID_NUMBER and form.version == "3.2.1.16"
    assert form.zhuan_ye_ji_shu_zhi_wu == "" and form.zai_zhi_xue_li == "研究生"
    assert form.ni_ren_zhi_wu == "紫阳县农业农村局局长"
    assert form.photo == PHOTO
    assert [m.xing_ming for m in form.family] == [m[1] for m in FAMILY] and len(form.family) == 6
    assert form.family[5].chu_sheng_ri_qi == ""
    assert form.unknown == [("KuoZhanXinXi", '<KuoZhanXinXi leiXing="测试">扩展内容</KuoZhanXinXi>')]
    assert "\r" not in form.jian_li  # line ends are the file's business
    lines = form.resume_lines
    assert len(lines) == 8  # the continuation line joined its entry
    assert lines[5] == ResumeLine("2017.11", "2021.09", "紫阳县洄水镇党委委员、人民政府副镇长，兼任镇扶贫工作站站长，"
                                  "负责全镇脱贫攻坚日常工作和易地扶贫搬迁安置点后续扶持工作")
    assert lines[-1] == ResumeLine("2023.03", "", "紫阳县洄水镇党委书记")


def test_round_trip_is_byte_for_byte() -> None:
    data = editor_file()
    form = reader.read_bytes(data)
    assert writer.to_bytes(form) == data
    assert reader.read_bytes(writer.to_bytes(form)) == form


def test_round_trip_without_bom_and_long_resume() -> None:
    long = [f"{1990 + i}.01--{1991 + i}.01  紫阳县某单位第{i}任职务" + "很长的说明" * 20 for i in range(30)]
    data = editor_file(bom=False, jianli=long)
    form = reader.read_bytes(data)
    assert len(form.resume_lines) == 30 and form.source_encoding == "utf-8"
    assert writer.to_bytes(form) == data


def test_changed_value_only_changes_that_value() -> None:
    form = reader.read_bytes(editor_file())
    changed = form.with_values(ni_ren_zhi_wu="紫阳县水利局局长")
    again = reader.read_bytes(writer.to_bytes(changed))
    assert again.ni_ren_zhi_wu == "紫阳县水利局局长"
    assert dataclasses.replace(again, ni_ren_zhi_wu=form.ni_ren_zhi_wu) == form


def test_element_order_is_free_and_new_form_takes_the_editors_order() -> None:
    text = editor_file().decode("utf-8-sig")
    start, end = text.index("  <JiaTingChengYuan>"), text.index("</JiaTingChengYuan>") + len("</JiaTingChengYuan>")
    family = text[start:end]
    rest = text[:start] + text[end + 2:]
    moved = rest.replace("<Person>\r\n", "<Person>\r\n" + family + "\r\n").encode("utf-8")
    first = reader.read_bytes(moved)
    assert first.family == reader.read_bytes(editor_file()).family and first.order[0] == "JiaTingChengYuan"
    assert writer.to_bytes(first) == moved  # no BOM in, none out; the file's order kept
    form = RenmianForm(xing_ming="李四", jian_li="2001.09--         科员")
    written = writer.to_text(form)
    tags = [line.strip().split(">")[0].lstrip("<").rstrip(" /") for line in written.split("\r\n")[2:-1]]
    assert tags == list(ELEMENT_ORDER)


def test_gb18030_declared_and_undeclared() -> None:
    text = editor_file(bom=False).decode("utf-8").replace('encoding="utf-8"', 'encoding="GB2312"')
    form = reader.read_bytes(text.encode("gb18030"))
    assert form.source_encoding == "gb18030" and form.xing_ming == "王建国"
    undeclared = editor_file(bom=False).decode("utf-8").encode("gb18030")
    assert reader.read_bytes(undeclared).xing_ming == "王建国"
    # written back as UTF-8, with the editor's BOM
    assert writer.to_bytes(form).startswith(b"\xef\xbb\xbf")


def test_unknown_element_with_children_and_family_extras_are_kept() -> None:
    unknown = "<BeiZhu>\r\n    <Xiang>一</Xiang>\r\n    <Xiang>二</Xiang>\r\n  </BeiZhu>"
    data = editor_file(unknown=unknown)
    form = reader.read_bytes(data)
    assert form.unknown[0][0] == "BeiZhu"
    assert writer.to_bytes(form) == data


@pytest.mark.parametrize(("data", "kind", "words"), [
    (b"this is not xml", NotLrmx, "不是有效的 XML"),
    (b"", NotLrmx, "空"),
    ('<?xml version="1.0"?><Cadre><XingMing>王</XingMing></Cadre>'.encode(), NotLrmx, "<Cadre>"),
    ('<?xml version="1.0"?><!DOCTYPE Person [<!ENTITY a "aaaa">]><Person><XingMing>&a;</XingMing></Person>'
     .encode(), NotLrmx, "实体"),
    ('<?xml version="1.0"?><!DOCTYPE Person SYSTEM "file:///etc/passwd"><Person/>'.encode(), NotLrmx, "文档类型"),
    ('<Person><ChuShengNianYue>198513</ChuShengNianYue></Person>'.encode(), BadElement, "«出生年月»"),
    ('<Person><CanJiaGongZuoShiJian>二〇〇七年</CanJiaGongZuoShiJian></Person>'.encode(), BadElement, "参加工作时间"),
    ('<Person><JianLi>2001.13--2003.01  科员</JianLi></Person>'.encode(), BadElement, "«简历»"),
    ('<Person><ZhaoPian>bm90IGEganBlZw==</ZhaoPian></Person>'.encode(), BadElement, "不是 JPEG"),
    ('<Person><ZhaoPian>@@@@</ZhaoPian></Person>'.encode(), BadElement, "Base64"),
    ('<Person><XingMing>a</XingMing><XingMing>b</XingMing></Person>'.encode(), BadElement, "两次"),
    ('<Person><JiaTingChengYuan><Item><ChuShengRiQi>19x0</ChuShengRiQi></Item></JiaTingChengYuan></Person>'
     .encode(), BadElement, "出生日期"),
    ('<Person><XingMing>王</XingMing>'.encode(), NotLrmx, "第1行"),
])
def test_malformed_files_are_refused_clearly(data: bytes, kind: type[LrmxError], words: str) -> None:
    with pytest.raises(kind) as caught:
        reader.read_bytes(data, "坏文件.lrmx")
    assert words in str(caught.value) and "坏文件.lrmx" in str(caught.value)


def test_huge_photo_is_refused() -> None:
    huge = b"\xff\xd8\xff" + b"\0" * (reader.MAX_PHOTO_BYTES + 10)
    with pytest.raises(BadElement, match="照片.*过大"):
        reader.read_bytes(editor_file(photo=huge))


def test_entity_bomb_is_refused_without_expanding() -> None:
    bomb = ('<?xml version="1.0"?><!DOCTYPE Person [<!ENTITY a "' + "x" * 100 + '">'
            + "".join(f'<!ENTITY a{i} "&a{i - 1 if i else ""};&a{i - 1 if i else ""};">' for i in range(1, 30))
            + ']><Person><XingMing>&a29;</XingMing></Person>')
    with pytest.raises(NotLrmx):
        reader.read_bytes(bomb.encode())


def test_resume_format_round_trip_and_wrapping() -> None:
    entries = [ResumeLine("2001.09", "2005.07", "学习"), ResumeLine("2005.07", "", "紫阳县" * 20)]
    text = format_resume(entries, width=20)
    assert text.split("\n")[1].startswith("2005.07--         ")
    assert text.split("\n")[2].startswith(" " * 18)
    assert parse_resume(text) == entries
    assert parse_resume("\r\n".join(JIANLI))[0].start == "2003.09"


def test_simple_elements_all_have_captions() -> None:
    from zydesk.lrmx.model import CAPTIONS

    assert all(name in CAPTIONS for name, _ in SIMPLE_ELEMENTS)
    assert base64.b64encode(PHOTO)
