"""帮助 pages, one per task of a clerk's day, each quoting the articles it applies from the shipped policy
text (resources/policy): the clerk reads the document's own words beside the steps."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from zydesk import paths
from zydesk.core.articles import split_articles
from zydesk.core.citation import Citation, Doc

POLICY_FILE = "ziban-2016-15.txt"
INC, TOL, ADJ = Doc.INCENTIVES, Doc.TOLERANCE, Doc.ADJUSTMENT


@dataclass(frozen=True)
class Topic:
    key: str
    title: str
    steps: tuple[str, ...]
    articles: tuple[Citation, ...]


@dataclass(frozen=True)
class Quote:
    heading: str  # 《容错纠错实施细则》第八条
    text: str


@dataclass(frozen=True)
class HelpPage:
    key: str
    title: str
    steps: tuple[str, ...]
    quotes: tuple[Quote, ...]


TOPICS: tuple[Topic, ...] = (
    Topic("import", "导入数据", (
        "“文件 → 下载导入模板”取得对应的 Excel 模板，按模板的列填写；模板的“说明”页引用了相关条款。",
        "先用“文件 → 试导入（只检查，不写入）”检查：有问题时逐行列出（第N行«列名»：说明），可点“复制”留存。",
        "检查无误后用“文件 → 导入”写入；文件中只要有一处问题，就不会写入任何数据。",
    ), (INC.cite(11), ADJ.cite(6), ADJ.cite(7))),
    Topic("rank", "单位考核排名与评奖", (
        "在“单位考核排名”页选择年度，录入或导入各单位的考核得分。",
        "程序按条款排出名次和等次，每个名次注明依据条款。",
        "核对无误后可打印排名表。",
    ), (INC.cite(5), INC.cite(11), INC.cite(12))),
    Topic("select", "选拔资格审查", (
        "在“优秀干部评选”页选择年度，打开“选拔资格审查”。",
        "选择拟提拔的干部，程序按条款逐项列出是否符合，不符合的注明原因和依据。",
        "科级后备干部名单中移出的人员注明移出理由。",
    ), (INC.cite(18), INC.cite(19), INC.cite(20))),
    Topic("case", "容错申请：登记与办理", (
        "在“容错纠错”页点“登记申请…”，填写申请人、事由和申请日期，得到案件编号。",
        "选中案件后，按右侧按钮逐个环节办理；每个环节的期限按工作日推算，红色为已逾期，黄色为2个工作日内到期。",
        "启动时的提醒列出逾期和即将到期的环节，双击一条即可打开该案件。",
    ), (TOL.cite(6), TOL.cite(8), TOL.cite(10))),
    Topic("scan", "能上能下：扫描与调整", (
        "在“能上能下”页选择年度，点“扫描”：程序按条款找出应予调整的情形，按条款分组列出。",
        "对需要调整的干部提出调整方案，按调整程序逐步办理。",
        "责任认定与登记中录入的认定结果，会在下次扫描时计入。",
    ), (ADJ.cite(6), ADJ.cite(7), ADJ.cite(17), ADJ.cite(24))),
    Topic("care", "关心关爱：登记与年度覆盖", (
        "在“关心关爱”页选择年度，在各登记簿（培训、交流挂职、先进典型、年休假与调休、谈心谈话、体检）中点“新增…”逐条登记，"
        "或点“从Excel导入”批量导入（先“下载导入模板”）。",
        "“年度覆盖”列出各单位在职干部中当年有谈心谈话、体检、培训记录的比例，以及没有记录的人员和未休年休假、尚欠调休补休的人员。",
        "日期在该年1月1日至12月31日之间的记录计入该年度；每年10月起，启动时提醒尚未覆盖的人数。",
    ), (INC.cite(25), INC.cite(28), INC.cite(29))),
    Topic("print", "打印文书", (
        "在各页选中记录后点“打印文书”或“打印…”，先预览，再打印或另存为 PDF。",
        "字体、发文机关与文号在“数据 → 打印设置”中修改。",
    ), (TOL.cite(8), ADJ.cite(24))),
)


@cache
def _articles() -> dict[Doc, dict[int, str]]:
    return split_articles((paths.resources_dir() / "policy" / POLICY_FILE).read_text(encoding="utf-8"))


def quote(citation: Citation) -> Quote:
    """The article cited, whole, in the words of the shipped text."""
    text = _articles()[citation.doc].get(citation.article, "")
    short = citation.doc.title.removeprefix("紫阳县").removesuffix("（试行）")
    return Quote(f"《{short}》{Citation(citation.doc, citation.article)}", text)


def topics() -> list[tuple[str, str]]:
    """(key, title) of every page, in the order of a clerk's day."""
    return [(t.key, t.title) for t in TOPICS]


def help_page(key: str) -> HelpPage:
    topic = next(t for t in TOPICS if t.key == key)
    return HelpPage(topic.key, topic.title, topic.steps, tuple(quote(c) for c in topic.articles))
