"""`.lrmx` files written the way the national 任免审批表 editor writes them, built by hand from the format
(not by zydesk.lrmx.writer), for the reading, writing and import tests."""

from __future__ import annotations

import base64

# the smallest JPEG shape the reader accepts: SOI + APP0 marker start, then filler, then EOI
PHOTO = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8 + b"\xff\xd9"

ID_NUMBER = "610924198503150132"

JIANLI = [
    "2003.09--2007.07  西北大学经济管理学院经济学专业学习",
    "2007.07--2009.03  紫阳县蒿坪镇人民政府科员",
    "2009.03--2012.06  紫阳县蒿坪镇党政办公室副主任（其间：2010.03--2010.07在县委党校中青年干部培训班学习）",
    "2012.06--2015.01  紫阳县蒿坪镇党政办公室主任",
    "2015.01--2017.11  紫阳县洄水镇人民政府副镇长",
    "2017.11--2021.09  紫阳县洄水镇党委委员、人民政府副镇长，兼任镇扶贫工作站站长，负责全镇脱贫攻坚",
    "                  日常工作和易地扶贫搬迁安置点后续扶持工作",
    "2021.09--2023.03  紫阳县洄水镇党委副书记、人民政府镇长",
    "2023.03--         紫阳县洄水镇党委书记",
]

FAMILY = [
    ("妻子", "李华", "198606", "中共党员", "紫阳县教育体育局干部"),
    ("儿子", "王小明", "201203", "群众", "紫阳县城关小学学生"),
    ("女儿", "王小红", "201508", "群众", "紫阳县城关幼儿园幼儿"),
    ("父亲", "王大山", "195804", "中共党员", "紫阳县蒿坪镇金竹村村民（已退休）"),
    ("母亲", "陈秀英", "196002", "群众", "紫阳县蒿坪镇金竹村村民"),
    ("岳父", "李国强", "", "中共党员", "已去世"),
]


def _el(tag: str, text: str, indent: str = "  ") -> str:
    return f"{indent}<{tag} />" if text == "" else f"{indent}<{tag}>{text}</{tag}>"


def editor_file(
    *,
    name: str = "王建国",
    id_number: str = ID_NUMBER,
    birth: str = "198503",
    photo: bytes | None = PHOTO,
    unknown: str = '<KuoZhanXinXi leiXing="测试">扩展内容</KuoZhanXinXi>',
    bom: bool = True,
    jianli: list[str] | None = None,
    family: list[tuple[str, str, str, str, str]] | None = None,
    xian_ren: str = "紫阳县洄水镇党委书记",
) -> bytes:
    """A form as the editor saves it: BOM, CRLF, two-space indentation, `<Tag />` when empty."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<Person>"]
    simple = [
        ("XingMing", name), ("XingBie", "男"), ("ChuShengNianYue", birth), ("MinZu", "汉族"),
        ("JiGuan", "陕西紫阳"), ("ChuShengDi", "陕西紫阳"), ("RuDangShiJian", "200606"),
        ("CanJiaGongZuoShiJian", "200707"), ("JianKangZhuangKuang", "健康"), ("ZhuanYeJiShuZhiWu", ""),
        ("ShuXiZhuanYeYouHeZhuanChang", "乡镇治理、农村经济"), ("QuanRiZhiJiaoYu_XueLi", "大学"),
        ("QuanRiZhiJiaoYu_XueWei", "经济学学士"), ("QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi", "西北大学经济学专业"),
        ("QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi", "西北大学"), ("ZaiZhiJiaoYu_XueLi", "研究生"),
        ("ZaiZhiJiaoYu_XueWei", ""), ("ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi", "中共陕西省委党校经济管理专业"),
        ("ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi", ""), ("XianRenZhiWu", xian_ren),
        ("NiRenZhiWu", "紫阳县农业农村局局长"), ("NiMianZhiWu", "紫阳县洄水镇党委书记"),
        ("JianLi", "\r\n".join(JIANLI if jianli is None else jianli)),
        ("JiangChengQingKuang", "2019年被中共紫阳县委评为优秀共产党员；2022年度被记三等功。"),
        ("NianDuKaoHeJieGuo", "2022年度、2023年度考核为称职，2024年度考核为优秀。"),
        ("RenMianLiYou", "工作需要"),
    ]
    lines += [_el(t, v) for t, v in simple]
    lines.append(unknown and "  " + unknown)
    lines.append("  <JiaTingChengYuan>")
    for member in FAMILY if family is None else family:
        lines.append("    <Item>")
        for tag, value in zip(("ChengWei", "XingMing", "ChuShengRiQi", "ZhengZhiMianMao", "GongZuoDanWeiJiZhiWu"),
                              member):
            lines.append(_el(tag, value, "      "))
        lines.append("    </Item>")
    lines.append("  </JiaTingChengYuan>")
    lines += [_el(t, v) for t, v in [
        ("ChengBaoDanWei", "中共紫阳县委组织部"), ("JiSuanNianLingShiJian", "20251201"),
        ("TianBiaoShiJian", "20251205"), ("TianBiaoRen", "张敏"), ("ShenFenZheng", id_number),
        ("ZhaoPian", base64.b64encode(photo).decode("ascii") if photo else ""), ("Version", "3.2.1.16"),
    ]]
    lines.append("</Person>")
    text = "\r\n".join(line for line in lines if line)
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
