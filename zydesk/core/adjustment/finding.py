"""What a rule yields: a finding about one cadre, with its citation, verdict and figures."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from zydesk.core.adjustment.facts import CadreFact, Facts
from zydesk.core.adjustment.values import Verdict
from zydesk.core.citation import Citation, Doc
from zydesk.core.idnumber import mask

VERDICTS: tuple[Verdict, ...] = tuple(Verdict)  # in the order filters and counts list them

# 第四条: the adjustment methods in general; 第十八条 narrows them for 不适宜担任现职.
METHODS_ART4 = ("调离岗位", "改任非领导职务", "引咎辞职", "责令辞职", "免职", "降职")
METHODS_ART18 = ("调离岗位", "改任非领导职务", "免职", "降职")
METHODS_AGE = ("免职", "退休")  # 第十九条 到龄免职（退休）
METHODS_TERM = ("免职",)  # 第二十条 任期届满免去领导职务
METHODS_HEALTH = ("免职", "调离岗位", "改任非领导职务", "退休")  # 第二十二条
METHODS_REQUEST = {"转任非领导职务": ("改任非领导职务",), "降低职务": ("降职",)}  # 第二十三条


cite = Doc.ADJUSTMENT.cite
DEPARTMENT = "县直部门"  # the unit kind 第七条第（五）项 and 第八条 name as their subject


@dataclass(frozen=True)
class Finding:
    cadre: CadreFact
    citation: Citation
    verdict: Verdict
    evidence: str
    methods: tuple[str, ...]
    tolerance: str | None = None  # None or "减责"
    tolerance_note: str = ""
    sources: tuple[str, ...] = ()  # e.g. ("认定#12",) — what the finding rests on, for proposals
    role: str = ""  # 主要负责人 / 分管领导 / 相关责任人 / 本人

    @property
    def unit(self) -> str:
        return self.cadre.unit_name

    @property
    def post(self) -> str:
        return self.cadre.post

    @property
    def key(self) -> tuple[int, int, int | None, tuple[str, ...]]:
        return (self.cadre.id, self.citation.article, self.citation.item, self.sources)

    def as_json(self, full_ids: bool = False) -> dict[str, object]:
        """ID numbers masked unless full_ids; cadre_id keeps records joinable either way."""
        idn = self.cadre.id_number if full_ids else mask(self.cadre.id_number)
        return {"id_number": idn, "name": self.cadre.name, "unit": self.unit, "post": self.post,
                **self.citation.as_json(), "verdict": self.verdict,
                "evidence": self.evidence, "methods": list(self.methods), "tolerance": self.tolerance,
                "cadre_id": self.cadre.id}


def pct(f: Fraction) -> str:
    """41/64 → 64.1% (one decimal, half up, for display only: the comparison uses the fraction)."""
    tenths = (f * 1000 + Fraction(1, 2)).__floor__()
    return f"{tenths // 10}.{tenths % 10}%"


@dataclass
class Index:
    """Lookups over the cadres on the scan date, built once per scan."""

    facts: Facts
    by_id: dict[int, CadreFact] = field(default_factory=dict)
    principals: dict[int, list[CadreFact]] = field(default_factory=lambda: defaultdict(list))
    unit_kinds: dict[int, str] = field(default_factory=dict)  # 镇 / 县直部门 …: the unit list, else the cadres

    def __post_init__(self) -> None:
        self.unit_kinds.update(self.facts.unit_kinds)
        for c in self.facts.cadres:
            self.unit_kinds.setdefault(c.unit_id, c.unit_kind)
            known = self.by_id.get(c.id)
            if known is None or (c.is_principal and not known.is_principal):  # a principal post wins
                self.by_id[c.id] = c
            if c.is_principal and c.is_leadership:
                self.principals[c.unit_id].append(c)

    def kind_of(self, unit_id: int | None) -> str | None:
        """The unit's kind from the unit list (镇 / 县直部门 / …), None when unknown."""
        return self.unit_kinds.get(unit_id) if unit_id is not None else None

    def is_department(self, unit_id: int | None) -> bool:
        """A 县直部门 by the unit list: the subject of 第七条第（五）项 and 第八条."""
        return self.kind_of(unit_id) == DEPARTMENT

    def heads(self, unit_id: int) -> Sequence[CadreFact]:
        """主要负责人: the cadres in a 正职 leadership post of the unit (镇: 党委书记 and 镇长)."""
        return self.principals.get(unit_id, ())

    def unit_name(self, unit_id: int | None) -> str:
        if unit_id is None:
            return ""
        return self.facts.unit_names.get(unit_id, f"单位#{unit_id}")


def finding(c: CadreFact, article: int, item: int | None, verdict: Verdict, evidence: str,
            methods: Iterable[str] = METHODS_ART4, *, role: str = "", sources: Iterable[str] = (),
            tolerance: str | None = None, tolerance_note: str = "") -> Finding:
    return Finding(c, cite(article, item), verdict, evidence, tuple(methods), tolerance, tolerance_note,
                   tuple(sources), role)


ARTICLE_TITLES = {
    7: "年度目标责任考核", 8: "县域经济社会发展监测考评", 9: "扶贫绩效考核", 10: "生态环境工作不力",
    11: "安全生产工作不力", 12: "维稳综治工作不力", 13: "党的建设工作不力", 14: "重点工作单项考核",
    15: "领导班子综合研判", 16: "弄虚作假、隐瞒不报（追责）", 17: "不适宜担任现职", 19: "到龄免职（退休）",
    20: "任期届满", 22: "无法正常履职（身体健康原因）", 23: "本人申请",
}
