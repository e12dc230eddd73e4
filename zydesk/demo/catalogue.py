"""Names for the fictitious county: towns, county units with their post titles, people's names."""
from __future__ import annotations

import random
from itertools import accumulate

# The 17 towns of Ziyang County.
ZIYANG_TOWNS = ("城关", "蒿坪", "汉王", "焕古", "向阳", "洞河", "洄水", "双桥", "高桥", "红椿", "高滩", "毛坝",
                "瓦庙", "麻柳", "双安", "东木", "界岭")

# Counties of Ankang with their region codes (公民身份号码 first six digits); Ziyang first.
COUNTIES = (("紫阳县", "610924"), ("汉滨区", "610902"), ("汉阴县", "610921"), ("石泉县", "610922"),
            ("宁陕县", "610923"), ("岚皋县", "610925"), ("平利县", "610926"), ("镇坪县", "610927"),
            ("旬阳市", "610981"), ("白河县", "610929"))

# (name, kind, assessment group). "县" at the start is replaced by the county name in a multi-county set.
COUNTY_UNITS: tuple[tuple[str, str, str], ...] = tuple(
    (name, "县直部门", "党群部门") for name in (
        "县纪委监委机关", "县委办公室", "县委组织部", "县委宣传部", "县委统战部", "县委政法委", "县委编办",
        "县委党校", "县委巡察办", "县委网信办", "县委老干部局", "县人大常委会办公室", "县政协办公室",
        "县总工会", "团县委", "县妇联", "县科协", "县工商联", "县残联")
) + tuple(
    (name, "县直部门", "政府工作部门") for name in (
        "县政府办公室", "县发展和改革局", "县教育体育局", "县工业和信息化局", "县民政局", "县司法局", "县财政局",
        "县人力资源和社会保障局", "县自然资源局", "县住房和城乡建设局", "县交通运输局", "县水利局",
        "县农业农村局", "县林业局", "县商务局", "县文化和旅游广电局", "县卫生健康局", "县退役军人事务局",
        "县审计局", "县统计局", "县扶贫开发局", "县医疗保障局", "县信访局", "县茶业发展局")
) + tuple(
    (name, "县直部门", "执法监管部门") for name in (
        "县公安局", "县应急管理局", "县市场监督管理局", "县城市管理执法局", "县生态环境分局",
        "县行政审批服务局", "县综合行政执法局", "县林业综合执法大队")
) + tuple(
    (name, "县直事业单位", "县直事业单位") for name in (
        "县融媒体中心", "县档案馆", "县疾病预防控制中心", "县人民医院", "县中医医院", "县妇幼保健院",
        "县职业教育中心", "紫阳中学", "县农业技术推广中心", "县富硒茶研究所", "县林业技术推广站",
        "县社会保险经办中心", "县不动产登记中心", "县公共就业服务中心", "县图书馆", "县文化馆",
        "县机关事务服务中心", "县政务服务中心", "县防汛抗旱服务中心", "县住房公积金管理中心")
) + tuple(
    (name, "县属国有企业", "县属国有企业") for name in (
        "县城市建设投资有限公司", "县交通建设投资有限公司", "县农业投资发展有限公司", "县水务有限公司",
        "县旅游开发有限公司", "县富硒茶业集团有限公司", "县国有资产经营有限公司")
)

# Institutions found in every town (used when more units are wanted than the catalogue holds).
TOWN_INSTITUTIONS = ("中心学校", "卫生院", "中心幼儿园", "农业综合服务站", "林业站", "社会保障服务站",
                     "文化站", "水利站", "畜牧兽医站", "村镇建设服务站")

_TOWN_CHARS_1 = "安双石平长新大小白红黄青高中东西南北龙凤茶桥关河"
_TOWN_CHARS_2 = "坝坪溪岭沟湾河口铺关寨梁垭庙池园"


def town_names(county_index: int, rng: random.Random) -> list[str]:
    """Ziyang's real towns for the home county; made-up names for the others (a city-scale set)."""
    if county_index == 0:
        return list(ZIYANG_TOWNS)
    names: set[str] = set()
    want = rng.randint(12, 22)
    while len(names) < want:
        names.add(rng.choice(_TOWN_CHARS_1) + rng.choice(_TOWN_CHARS_2))
    return sorted(names)


SHORT_NAMES = {
    "县纪委监委机关": "纪委监委", "县委办公室": "县委办", "县人大常委会办公室": "人大办", "县政协办公室": "政协办",
    "县政府办公室": "政府办", "县发展和改革局": "发改局", "县教育体育局": "教体局", "县工业和信息化局": "工信局",
    "县人力资源和社会保障局": "人社局", "县住房和城乡建设局": "住建局", "县文化和旅游广电局": "文旅广电局",
    "县卫生健康局": "卫健局", "县退役军人事务局": "退役军人局", "县市场监督管理局": "市场监管局",
    "县城市管理执法局": "城管执法局", "县行政审批服务局": "行政审批局", "县综合行政执法局": "综合执法局",
    "县疾病预防控制中心": "疾控中心", "县社会保险经办中心": "社保中心", "县住房公积金管理中心": "公积金中心",
}


def short_name(base_name: str) -> str | None:
    """The usual short form: 县发展和改革局 → 发改局, 县财政局 → 财政局, 城关镇 → 城关."""
    if base_name in SHORT_NAMES:
        return SHORT_NAMES[base_name]
    if base_name.endswith("镇") and len(base_name) == 3:
        return base_name[:-1]
    if base_name.startswith("县委"):
        return base_name[2:]
    if base_name.startswith("县") and len(base_name) <= 7:
        return base_name[1:]
    return None


def local_name(name: str, county: str) -> str:
    """A catalogue name as the given county's unit: 县财政局 → 汉阴县财政局, 紫阳中学 → 汉阴中学."""
    if name.startswith("县"):
        return county + name[1:]
    if name.startswith("紫阳"):
        return county[:-1] + name[2:]
    return county + name


_SPECIAL_TITLES = {
    "县纪委监委机关": ("纪委副书记、监委副主任", "纪委常委"),
    "县委党校": ("常务副校长", "副校长"),
    "县委政法委": ("常务副书记", "副书记"),
    "团县委": ("书记", "副书记"),
    "县总工会": ("常务副主席", "副主席"),
    "县妇联": ("主席", "副主席"),
    "县科协": ("主席", "副主席"),
    "县工商联": ("常务副主席", "副主席"),
    "县残联": ("理事长", "副理事长"),
}
_SUFFIX_TITLES = (("部", ("常务副部长", "副部长")), ("局", ("局长", "副局长")), ("医院", ("院长", "副院长")),
                  ("保健院", ("院长", "副院长")), ("中学", ("校长", "副校长")), ("学校", ("校长", "副校长")),
                  ("所", ("所长", "副所长")), ("站", ("站长", "副站长")), ("馆", ("馆长", "副馆长")),
                  ("大队", ("大队长", "副大队长")), ("幼儿园", ("园长", "副园长")))


def head_titles(base_name: str, kind: str) -> tuple[str, str]:
    """(principal's title, deputy's title) for a catalogue unit (name before local_name)."""
    if base_name in _SPECIAL_TITLES:
        return _SPECIAL_TITLES[base_name]
    if kind == "县属国有企业":
        return ("董事长", "副总经理")
    for suffix, titles in _SUFFIX_TITLES:
        if base_name.endswith(suffix):
            return titles
    return ("主任", "副主任")  # 办公室, 中心, 政法委, 编办 …


SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
            "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
            "武戴莫孔向汤储柯")
_SURNAME_WEIGHTS = tuple(accumulate(1.0 / (i + 4) for i in range(len(SURNAMES))))
MALE_CHARS = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳建国文志海峰成亮新永家兴德宏晓东立云" \
             "振朝正良春江山武泽瑞博锋翔毅胜庆彬松昌"
FEMALE_CHARS = "芳娜敏静丽艳娟霞燕玲婷雪慧琳洁颖倩萍红梅莉琴兰丹蓉欣悦佳怡瑶晶琦露媛妍薇璐珊秀凤英荣桂金月春晓"


def person_name(rng: random.Random, male: bool) -> str:
    surname = rng.choices(SURNAMES, cum_weights=_SURNAME_WEIGHTS)[0]
    chars = MALE_CHARS if male else FEMALE_CHARS
    if rng.random() < 0.35:
        return surname + rng.choice(chars)
    return surname + rng.choice(chars) + rng.choice(chars)
