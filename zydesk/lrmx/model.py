"""The 干部任免审批表 as the national 任免审批表 editor exchanges it (`.lrmx`, root `<Person>`).

One frozen dataclass holds every element of `<Person>`: texts exactly as the file has them (dates in the
file's own `yyyyMM` form, so a read → write round trip is lossless), the parsed 简历 lines beside the raw
text, the family items, the photo bytes, and the elements this program does not know, kept verbatim.
The printed form (zydesk.printing.renmian) and the services read it; reader.py and writer.py convert it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

# Element name → attribute, in the order the national editor writes them.
SIMPLE_ELEMENTS: tuple[tuple[str, str], ...] = (
    ("XingMing", "xing_ming"),
    ("XingBie", "xing_bie"),
    ("ChuShengNianYue", "chu_sheng_nian_yue"),
    ("MinZu", "min_zu"),
    ("JiGuan", "ji_guan"),
    ("ChuShengDi", "chu_sheng_di"),
    ("RuDangShiJian", "ru_dang_shi_jian"),
    ("CanJiaGongZuoShiJian", "can_jia_gong_zuo_shi_jian"),
    ("JianKangZhuangKuang", "jian_kang_zhuang_kuang"),
    ("ZhuanYeJiShuZhiWu", "zhuan_ye_ji_shu_zhi_wu"),
    ("ShuXiZhuanYeYouHeZhuanChang", "shu_xi_zhuan_ye_you_he_zhuan_chang"),
    ("QuanRiZhiJiaoYu_XueLi", "quan_ri_zhi_xue_li"),
    ("QuanRiZhiJiaoYu_XueWei", "quan_ri_zhi_xue_wei"),
    ("QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi", "quan_ri_zhi_xue_li_yuan_xiao"),
    ("QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi", "quan_ri_zhi_xue_wei_yuan_xiao"),
    ("ZaiZhiJiaoYu_XueLi", "zai_zhi_xue_li"),
    ("ZaiZhiJiaoYu_XueWei", "zai_zhi_xue_wei"),
    ("ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi", "zai_zhi_xue_li_yuan_xiao"),
    ("ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi", "zai_zhi_xue_wei_yuan_xiao"),
    ("XianRenZhiWu", "xian_ren_zhi_wu"),
    ("NiRenZhiWu", "ni_ren_zhi_wu"),
    ("NiMianZhiWu", "ni_mian_zhi_wu"),
    ("JianLi", "jian_li"),
    ("JiangChengQingKuang", "jiang_cheng_qing_kuang"),
    ("NianDuKaoHeJieGuo", "nian_du_kao_he_jie_guo"),
    ("RenMianLiYou", "ren_mian_li_you"),
    # JiaTingChengYuan sits here in the editor's order (see ELEMENT_ORDER)
    ("ChengBaoDanWei", "cheng_bao_dan_wei"),
    ("JiSuanNianLingShiJian", "ji_suan_nian_ling_shi_jian"),
    ("TianBiaoShiJian", "tian_biao_shi_jian"),
    ("TianBiaoRen", "tian_biao_ren"),
    ("ShenFenZheng", "shen_fen_zheng"),
    # ZhaoPian (photo) then Version follow
)
FAMILY_ELEMENT = "JiaTingChengYuan"
FAMILY_ITEM = "Item"
PHOTO_ELEMENT = "ZhaoPian"
VERSION_ELEMENT = "Version"

# The whole order of <Person>'s children as the editor writes them.
ELEMENT_ORDER: tuple[str, ...] = (
    *(name for name, _ in SIMPLE_ELEMENTS[:26]),
    FAMILY_ELEMENT,
    *(name for name, _ in SIMPLE_ELEMENTS[26:]),
    PHOTO_ELEMENT,
    VERSION_ELEMENT,
)

# Chinese captions of the form's boxes (messages name the element by these).
CAPTIONS: dict[str, str] = {
    "XingMing": "姓名", "XingBie": "性别", "ChuShengNianYue": "出生年月", "MinZu": "民族",
    "JiGuan": "籍贯", "ChuShengDi": "出生地", "RuDangShiJian": "入党时间",
    "CanJiaGongZuoShiJian": "参加工作时间", "JianKangZhuangKuang": "健康状况",
    "ZhuanYeJiShuZhiWu": "专业技术职务", "ShuXiZhuanYeYouHeZhuanChang": "熟悉专业有何专长",
    "QuanRiZhiJiaoYu_XueLi": "全日制教育学历", "QuanRiZhiJiaoYu_XueWei": "全日制教育学位",
    "QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi": "全日制教育学历毕业院校系",
    "QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi": "全日制教育学位授予院校系",
    "ZaiZhiJiaoYu_XueLi": "在职教育学历", "ZaiZhiJiaoYu_XueWei": "在职教育学位",
    "ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi": "在职教育学历毕业院校系",
    "ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi": "在职教育学位授予院校系",
    "XianRenZhiWu": "现任职务", "NiRenZhiWu": "拟任职务", "NiMianZhiWu": "拟免职务", "JianLi": "简历",
    "JiangChengQingKuang": "奖惩情况", "NianDuKaoHeJieGuo": "年度考核结果", "RenMianLiYou": "任免理由",
    "JiaTingChengYuan": "家庭主要成员及重要社会关系", "Item": "家庭成员", "ChengWei": "称谓",
    "ChuShengRiQi": "出生日期", "ZhengZhiMianMao": "政治面貌", "GongZuoDanWeiJiZhiWu": "工作单位及职务",
    "ChengBaoDanWei": "呈报单位", "JiSuanNianLingShiJian": "计算年龄时间", "TianBiaoShiJian": "填表时间",
    "TianBiaoRen": "填表人", "ShenFenZheng": "身份证号", "ZhaoPian": "照片", "Version": "版本",
}

# <Item>'s children in the editor's order → FamilyMember attribute.
FAMILY_FIELDS: tuple[tuple[str, str], ...] = (
    ("ChengWei", "cheng_wei"),
    ("XingMing", "xing_ming"),
    ("ChuShengRiQi", "chu_sheng_ri_qi"),
    ("ZhengZhiMianMao", "zheng_zhi_mian_mao"),
    ("GongZuoDanWeiJiZhiWu", "gong_zuo_dan_wei_ji_zhi_wu"),
)


@dataclass(frozen=True)
class FamilyMember:
    """One <Item> of 家庭主要成员及重要社会关系. `chu_sheng_ri_qi` as written (`yyyyMM`, empty for the dead)."""

    cheng_wei: str = ""
    xing_ming: str = ""
    chu_sheng_ri_qi: str = ""
    zheng_zhi_mian_mao: str = ""
    gong_zuo_dan_wei_ji_zhi_wu: str = ""
    unknown: tuple[tuple[str, str], ...] = ()  # children this program does not know, verbatim XML


@dataclass(frozen=True)
class ResumeLine:
    """One entry of 简历: `start`/`end` as `yyyy.MM` (`end` empty for 至今), continuation lines joined."""

    start: str
    end: str
    text: str


@dataclass(frozen=True)
class RenmianForm:
    """Every element of <Person>. Text values are kept as written; empty string where absent or empty."""

    xing_ming: str = ""
    xing_bie: str = ""
    chu_sheng_nian_yue: str = ""          # yyyyMM
    min_zu: str = ""
    ji_guan: str = ""
    chu_sheng_di: str = ""
    ru_dang_shi_jian: str = ""            # yyyyMM (or a word such as 民革)
    can_jia_gong_zuo_shi_jian: str = ""   # yyyyMM
    jian_kang_zhuang_kuang: str = ""
    zhuan_ye_ji_shu_zhi_wu: str = ""
    shu_xi_zhuan_ye_you_he_zhuan_chang: str = ""
    quan_ri_zhi_xue_li: str = ""
    quan_ri_zhi_xue_wei: str = ""
    quan_ri_zhi_xue_li_yuan_xiao: str = ""
    quan_ri_zhi_xue_wei_yuan_xiao: str = ""
    zai_zhi_xue_li: str = ""
    zai_zhi_xue_wei: str = ""
    zai_zhi_xue_li_yuan_xiao: str = ""
    zai_zhi_xue_wei_yuan_xiao: str = ""
    xian_ren_zhi_wu: str = ""
    ni_ren_zhi_wu: str = ""
    ni_mian_zhi_wu: str = ""
    jian_li: str = ""                     # the raw text, lines joined with "\n" (CRLF only in the file)
    jiang_cheng_qing_kuang: str = ""
    nian_du_kao_he_jie_guo: str = ""
    ren_mian_li_you: str = ""
    cheng_bao_dan_wei: str = ""
    ji_suan_nian_ling_shi_jian: str = ""  # yyyyMMdd as the editor writes it (also yyyyMM)
    tian_biao_shi_jian: str = ""          # yyyyMMdd (also yyyyMM)
    tian_biao_ren: str = ""
    shen_fen_zheng: str = ""
    version: str = ""
    family: list[FamilyMember] = field(default_factory=list)
    photo: bytes | None = None            # JPEG bytes (decoded from Base64)
    # elements of <Person> this program does not know: (tag, verbatim XML of the element)
    unknown: list[tuple[str, str]] = field(default_factory=list)
    # the tags of <Person>'s children in the file's order, unknown ones included (a round trip writes
    # them back in this order; empty = the editor's order, every element)
    order: tuple[str, ...] = ()
    source_encoding: str = "utf-8"        # "utf-8", "utf-8-sig" (BOM) or "gb18030"

    @property
    def resume_lines(self) -> list[ResumeLine]:
        """简历 parsed into entries (see reader.parse_resume)."""
        from zydesk.lrmx.resume import parse_resume

        return parse_resume(self.jian_li)

    def with_values(self, **changes: object) -> RenmianForm:
        """A copy with some values replaced (the clerk's or the program's changes)."""
        return replace(self, **changes)  # type: ignore[arg-type]


def text_fields() -> tuple[str, ...]:
    """The attribute names of RenmianForm that hold one element's text."""
    return tuple(attr for _, attr in SIMPLE_ELEMENTS) + ("version",)


def attribute_of(element: str) -> str | None:
    """The attribute holding a simple element's text, None for others."""
    for name, attr in SIMPLE_ELEMENTS:
        if name == element:
            return attr
    return "version" if element == VERSION_ELEMENT else None


assert {f.name for f in fields(RenmianForm)} >= set(text_fields())
