"""第十条至第十五条第（一）（二）项、第十六条、第十七条: rules over the register of 责任认定.

A determination names the cadres held responsible and their role. Most items need one determination;
a few count determinations within the calendar year or need one in each of two years running.
A person of a determination covered by a tolerance case concluded 免责 is left out (with a note); 减责 is
shown on that person's finding. A case covers only the unit, organization or person it was concluded for.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from zydesk.core.adjustment.facts import Determination, Facts, HandlingFact, Responsible
from zydesk.core.adjustment.finding import (
    METHODS_ART4,
    METHODS_ART18,
    Finding,
    Index,
    cite,
    finding,
)
from zydesk.core.adjustment.values import DeterminationKind as K
from zydesk.core.adjustment.values import Verdict
from zydesk.core.tolerance.values import Outcome

# Articles and items the register accepts, with the text each implements (shown in the entry form).
ITEMS: dict[tuple[int, int], str] = {
    (10, 1): "生态文明决策部署落实不力，受到通报批评，或当年被环保部门通报3次以上环境违法问题",
    (10, 2): "严重环境污染和生态破坏事件未及时处理，引发群体性事件或次生灾害",
    (10, 3): "主体功能区建设、南水北调水资源保护等工作不力，造成严重影响或后果",
    (10, 4): "未落实环境保护监督管理责任，引发重大环境事故",
    (10, 5): "污染物总量减排五项指标同时未完成全年目标任务60%",
    (11, 1): "镇一年内发生1起重大及以上安全生产责任事故",
    (11, 2): "县直部门工作领域一年内发生1起重大及以上安全生产责任事故",
    (11, 3): "镇一年内发生1起三级以上食品安全事故",
    (11, 4): "防范自然灾害、应急抢险责任不到位，造成重大损失或恶劣影响",
    (12, 1): "发生特别重大群体性事件和公共安全事件，或镇一年内发生2起重大事件",
    (12, 2): "发生影响社会稳定的重大突出问题，或集体赴省近京上访事件",
    (12, 3): "连续两年被确定为社会治安综合治理重点整顿单位",
    (13, 1): "党的建设决策部署落实不到位，经督促仍无改进，受到县级以上通报批评",
    (13, 2): "严重违规推荐使用干部或用人上不正之风严重，受到县级以上通报批评",
    (13, 3): "基层党组织软弱涣散引发重大事件，受到县级以上通报批评",
    (13, 4): "意识形态方面出现严重错误导向，受到县级以上通报批评",
    (13, 5): "连续两年抓基层党建工作述职评议考核排名末位",
    (13, 6): "全面从严治党主体责任不到位，查处不力，造成恶劣影响",
    (13, 7): "未经组织人事部门同意擅自从乡镇借调、抽调干部",
    (14, 1): "未完成工作任务，当年多项重点工作排名靠后，或单项重点工作连续两年排名末位",
    (14, 2): "落实重点工作不力，被县委、县政府通报两次以上仍无明显改观",
    (15, 1): "班子运行状况较差等，经组织研判认定不适宜在现岗位继续任职",
    (15, 2): "对综合研判反馈问题整改不主动、不到位、效果不明显",
    **{(17, n): text for n, text in enumerate((
        "不严格遵守党的政治纪律和政治规矩", "理想信念动摇，关键时刻经不住考验",
        "违背民主集中制原则，独断专行或者软弱涣散", "组织观念淡薄，个人有关事项不如实填报甚至隐瞒不报",
        "违背中央八项规定精神，不严格遵守廉洁从政有关规定", "不敢担当、不负责任，为官不为、庸懒散拖",
        "不能有效履行职责，单位或分管工作处于落后状态，或出现较大失误", "品行不端，造成不良影响",
        "配偶或子女均已移居国（境）外，不适宜担任其所任职务", "其他不适宜担任现职的情形"), start=1)},
}

# Kinds of a determination, in the order the entry form and the import list them.
KINDS: tuple[K, ...] = tuple(K)

# 以上 includes the number: 3 次以上 = at least 3. Per item: the kinds counted within the year, how many are
# needed, and the kinds one of which meets the item alone (a 通报批评 under 第十四条第（二）项 is one 通报).
COUNTED: dict[tuple[int, int], tuple[tuple[K, ...], int, str]] = {
    (10, 1): ((K.ENVIRONMENT_NOTICE,), 3, "当年被县级以上环保部门通报环境违法问题"),
    (12, 1): ((K.MAJOR,), 2, "一年内发生重大群体性事件和公共安全事件"),
    (14, 2): ((K.NOTICE, K.CRITICISED), 2, "被县委、县政府通报"),
}
ALONE: dict[tuple[int, int], tuple[K, ...]] = {
    (10, 1): (K.DETERMINED, K.CRITICISED, K.NOTICE),  # 受到县委、县政府及以上通报批评
    (12, 1): (K.DETERMINED, K.EXTRAORDINARY),
    (14, 2): (K.DETERMINED,),
}
TWO_YEARS = {(12, 3), (13, 5)}
REVIEW_ITEMS = {(14, 2), (15, 1), (15, 2)}  # the text leaves a judgment (仍无明显改观, 经组织研判)
PRIOR_KINDS = ("提醒", "教育", "函询", "诫勉")


@dataclass(frozen=True)
class _Use:
    d: Determination  # with the people whose part was excused (免责) left out
    reduced: Mapping[int, str]  # cadre id → the 容错案件 that concluded 减责 for that person


def _who(ix: Index, cadre_id: int) -> str:
    c = ix.by_id.get(cadre_id)
    return c.name if c is not None else f"干部（编号 {cadre_id}）"


def _case_for(f: Facts, ix: Index, notes: list[str], d: Determination, r: Responsible,
              number: str) -> str | None:
    """The outcome of case `number` for this person of the determination, or None when it does not apply.

    容错纠错实施细则 第八条第（一）项“单位、组织或个人……提出书面申请”, 第十一条“被认定容错的单位、组织或个人”:
    a conclusion protects the 单位、组织或个人 it was made for, not the others named beside it. A personal case
    covers its applicant only; a unit's (or organization's) case covers the people the determination names for
    that unit. A case concluded after the scan date does not count (a scan as of a day sees that day's records).
    A bare outcome (Facts.tolerance, the applicant unknown) covers everyone named, as recorded.
    """
    case = f.tolerance_cases.get(number)
    if case is None:
        return f.tolerance.get(number)
    if case.outcome is None or case.concluded_on is None:
        return None
    if case.concluded_on > f.date:
        notes.append(f"容错案件 {number} 于{case.concluded_on:%Y-%m-%d}认定{case.outcome}，晚于扫描日"
                     f"{f.date:%Y-%m-%d}，本次扫描不予适用。")
        return None
    if case.cadre_id is not None:
        covers = case.cadre_id == r.cadre_id
    elif case.unit_id is not None:
        c = ix.by_id.get(r.cadre_id)
        covers = case.unit_id == d.unit_id or (d.unit_id is None and c is not None and c.unit_id == case.unit_id)
    else:
        covers = False
    if not covers and case.outcome in TOLERATED_OUTCOMES:
        whom = case.applicant or (_who(ix, case.cadre_id) if case.cadre_id is not None else ix.unit_name(case.unit_id))
        notes.append(f"容错案件 {number}（申请人：{whom}）的{case.outcome}结论不及于{d.date:%Y-%m-%d}"
                     f"{cite(d.article, d.item)}责任认定中的{_who(ix, r.cadre_id)}，其情形照常列出。")
        return None
    return case.outcome


TOLERATED_OUTCOMES = (Outcome.EXEMPTED, Outcome.REDUCED)


def _usable(f: Facts, ix: Index, notes: list[str], ds: Sequence[Determination]) -> list[_Use]:
    """Leave out each person whose part a 免责 conclusion covers (noted); keep 减责 with that person's finding.
    A determination whose people are all excused is left out altogether."""
    out = []
    for d in ds:
        keep: list[Responsible] = []
        reduced: dict[int, str] = {}
        for r in d.responsible:
            outcomes = {n: _case_for(f, ix, notes, d, r, n)
                        for n in dict.fromkeys(x for x in (r.tolerance_case, d.tolerance_case) if x)}
            exempted = [n for n, o in outcomes.items() if o == Outcome.EXEMPTED]
            if exempted:
                notes.append(f"免责：{d.date:%Y-%m-%d} {ix.unit_name(d.unit_id)} {cite(d.article, d.item)}责任认定中"
                             f"{_who(ix, r.cadre_id)}的责任（容错案件 {'、'.join(exempted)}）经容错认定免责，"
                             "不列为其调整情形。")
                continue
            cases = [n for n, o in outcomes.items() if o == Outcome.REDUCED]
            if cases:
                reduced[r.cadre_id] = "、".join(cases)
            keep.append(r)
        if d.responsible and not keep:
            continue
        out.append(_Use(d if len(keep) == len(d.responsible) else replace(d, responsible=tuple(keep)), reduced))
    return out


def _describe(d: Determination) -> str:
    src = f"（{d.source}）" if d.source else ""
    what = f"：{d.description}" if d.description else ""
    kind = "" if d.kind == K.DETERMINED else f"[{d.kind}]"
    return f"{d.date:%Y-%m-%d}责任认定{kind}{src}{what}"


def _emit(f: Facts, ix: Index, notes: list[str], uses: Sequence[_Use], article: int, item: int,
          verdict: Verdict, evidence: str, methods: Sequence[str] = METHODS_ART4) -> Iterator[Finding]:
    """One finding per cadre held responsible in any of the determinations."""
    roles: dict[int, str] = {}
    for u in uses:
        for r in u.d.responsible:
            roles.setdefault(r.cadre_id, r.role)
    sources = tuple(f"认定#{u.d.id}" for u in uses)
    for cid, role in roles.items():
        c = ix.by_id.get(cid)
        if c is None:
            notes.append(f"{cite(article, item)}：被认定责任的干部（编号 {cid}）在扫描日无在任职务，未列出。")
            continue
        cases = "、".join(sorted({u.reduced[cid] for u in uses if cid in u.reduced}))  # this person's only
        yield finding(c, article, item, verdict, evidence, methods, role=role, sources=sources,
                      tolerance=Outcome.REDUCED if cases else None,
                      tolerance_note=f"容错案件 {cases} 认定减责" if cases else "")


def _by_article(f: Facts, ix: Index, notes: list[str], article: int) -> Iterator[Finding]:
    """The determinations of one article: single ones, counted ones (COUNTED) and two-year ones (TWO_YEARS)."""
    this_year: dict[tuple[int, int], list[Determination]] = defaultdict(list)
    last_year: dict[tuple[int, int], list[Determination]] = defaultdict(list)
    for d in f.determinations:
        if d.item is None or d.article != article or d.date > f.date:
            continue
        if d.date.year == f.year:
            this_year[(d.article, d.item)].append(d)
        elif d.date.year == f.year - 1:
            last_year[(d.article, d.item)].append(d)
    for key in sorted(this_year):
        article, item = key
        uses = _usable(f, ix, notes, this_year[key])
        if not uses:
            continue
        verdict = Verdict.NEEDS_REVIEW if key in REVIEW_ITEMS else Verdict.SHOULD
        if key in TWO_YEARS:
            yield from _two_years(f, ix, notes, key, uses, _usable(f, ix, [], last_year.get(key, [])))
        elif key in COUNTED:
            yield from _counted(f, ix, notes, key, uses, verdict)
        else:
            for u in uses:
                yield from _emit(f, ix, notes, [u], article, item, verdict, _describe(u.d))


def a10(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第十条：依据生态环境工作不力责任认定结果进行调整的情形为：
    （一）落实中央、省委、市委和县委关于生态文明建设的决策部署不力，致使本辖区生态资源问题突出，环境明显恶化，受到县
    委、县政府及以上通报批评，或者当年被县级以上环保部门通报3次以上环境违法问题的有关领导干部及相关责任人；
    （二）对本辖区发生的严重环境污染和生态破坏事件没有及时组织处理，引发群体性事件或者处置失当造成次生灾害的有关领导
    干部；
    （三）在推进国家主体功能区建设、南水北调水资源保护等方面工作不力，造成严重影响或后果的有关领导干部；
    （四）未按规定落实环境保护监督管理责任，引发重大环境事故造成恶劣影响的单位主要负责人、相关领导干部及相关责任人。
    （五）辖区内污染物总量减排五项指标同时未能完成全年目标任务60%的镇党政主要负责人。
    """
    return _by_article(f, ix, notes, 10)


def a11(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第十一条：依据安全生产工作不力责任认定结果进行调整的情形为：
    （一）一年内发生1起重大及以上安全生产责任事故的镇主要负责人及分管领导干部；
    （二）一年内工作领域发生1起重大及以上安全生产责任事故的相关县直部门单位主要负责人及分管领导干部。
    （三）一年内发生1起三级以上食品安全事故的镇主要负责人及分管领导干部；
    （四）在防范自然灾害、应急抢险工作中，工作责任不到位、组织不力，造成重大损失或恶劣影响的有关领导干部。
    """
    return _by_article(f, ix, notes, 11)


def a12(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第十二条：依据维稳综治工作不力责任认定结果进行调整的情形为：
    （一）发生特别重大群体性事件和公共安全事件，或一年内发生2起重大群体性事件和公共安全事件的镇主要负责人及有关领导
    干部；特别重大群体性事件和公共安全事件责任主体在县直部门的部门主要负责人及有关领导干部；
    （二）发生影响社会稳定的重大突出问题，或严重影响我县声誉的集体赴省近京上访事件的单位主要负责人及有关领导干部；
    （三）连续两年被上级单位确定为社会治安综合治理重点整顿单位的党政主要负责人和有关领导干部。
    """
    return _by_article(f, ix, notes, 12)


def a13(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第十三条：依据党的建设工作不力责任认定结果进行调整的情形为：
    （一）贯彻落实中央和省、市关于党的建设的决策部署不认真、任务落实不到位，经督促后仍无改进，受到县级以上（含县级）
    通报批评的单位党委（党组）书记及有关领导干部；
    （二）发生严重违规推荐使用干部问题，或本单位用人上不正之风严重，造成恶劣影响，受到县级以上（含县级）通报批评的镇
    、县直部门党委（党组）书记及有关领导干部；
    （三）基层党组织软弱涣散，引发重大事件，造成恶劣影响，受到县级以上（含县级）通报批评的镇、县直部门党委（党组）书
    记及有关领导干部；
    （四）管辖范围内意识形态方面出现严重错误导向，造成恶劣影响，受到县级以上（含县级）通报批评的镇、县直部门党委（党
    组）书记及有关领导干部；
    （五）履行抓基层党建工作职责不力，连续两年抓基层党建工作述职评议考核排名末位的镇、县直部门党委（党组）书记及有关
    领导干部；
    （六）对落实全面从严治党主体责任不到位，查处违法违纪和作风方面的问题查处不力，造成恶劣影响的镇、县直部门党委（党
    组）书记及有关领导干部；
    （七）对违反组织人事有关规定，未经过组织人事部门同意，擅自从乡镇借调、抽调干部的县直部门党委（党组）书记及有关领
    导干部。
    """
    return _by_article(f, ix, notes, 13)


def a14(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第十四条：依据县委、县政府重点工作单项考核结果进行调整的情形为：
    （一）未完成工作任务，当年多项重点工作排名靠后，或单项重点工作连续两年排名末位的；
    （二）落实县委、县政府重点工作不力，被县委、县政府通报两次以上仍无明显改观的。
    """
    return _by_article(f, ix, notes, 14)


def a15_1_2(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第十五条：依据领导班子综合研判结果进行调整的情形为：
    （一）领导班子运行状况较差、凝聚力不强、工作长期打不开局面、干部群众意见较大的单位党政主要负责人，以及搞团团伙伙，
    闹无原则纠纷，影响班子团结的班子成员，经组织研判，认定不适宜在现岗位继续任职的领导干部；
    （二）对综合研判反馈的问题认识不明确，整改不主动、不到位、效果不明显的有关领导干部；

    （（三）（四）项 are read from votes: zydesk.core.adjustment.personal.)
    """
    return _by_article(f, ix, notes, 15)


def _counted(f: Facts, ix: Index, notes: list[str], key: tuple[int, int], uses: list[_Use],
             verdict: Verdict) -> Iterator[Finding]:
    """第十条第（一）项 3 次以上环保通报; 第十二条第（一）项 2 起重大 (or 1 起特别重大); 第十四条第（二）项 通报两次以上."""
    article, item = key
    counted_kinds, need, label = COUNTED[key]
    for u in uses:
        if u.d.kind in ALONE[key]:
            yield from _emit(f, ix, notes, [u], article, item, verdict, _describe(u.d))
        elif u.d.kind not in counted_kinds:
            notes.append(f"{u.d.date:%Y-%m-%d} {ix.unit_name(u.d.unit_id)} {cite(article, item)}责任认定的类型"
                         f"“{u.d.kind}”不适用于该项，未计入。")
    counted = [u for u in uses if u.d.kind in counted_kinds]
    if key == (12, 1):  # the events are counted per 镇; only records that name no unit fall back to the cadre
        yield from _town_events(f, ix, notes, [u for u in counted if u.d.unit_id is not None], need, label)
        counted = [u for u in counted if u.d.unit_id is None]
    by_cadre: dict[int, list[_Use]] = defaultdict(list)
    for u in counted:
        for r in u.d.responsible:
            by_cadre[r.cadre_id].append(u)
    for cid, mine in by_cadre.items():
        c = ix.by_id.get(cid)
        if key == (12, 1) and c is not None and c.unit_kind != "镇":
            continue  # 县直部门: only 特别重大 events (the item's second sentence)
        if len(mine) < need:
            continue
        dates = "、".join(f"{u.d.date:%m-%d}" for u in sorted(mine, key=lambda u: u.d.date))
        evidence = f"{f.year}年{label} {len(mine)} 次（{dates}）≥ {need} 次"
        for fd in _emit(f, ix, notes, mine, article, item, verdict, evidence):
            if fd.cadre.id == cid:  # the others named in these 通报 are counted on their own
                yield fd


def _town_events(f: Facts, ix: Index, notes: list[str], uses: list[_Use], need: int,
                 label: str) -> Iterator[Finding]:
    """第十二条第（一）项“一年内发生2起重大……的镇主要负责人及有关领导干部”: the town is the subject, so its 重大
    events are counted together, and everyone the records of those events hold responsible is listed. A 县直部门
    is liable for 特别重大 events only. The unit's kind is known from the cadres posted there on the scan date;
    when nobody is, each cadre's own unit decides (the best the facts allow)."""
    by_unit: dict[int | None, list[_Use]] = defaultdict(list)
    for u in uses:
        by_unit[u.d.unit_id].append(u)
    for unit_id, mine in by_unit.items():
        if len(mine) < need:
            continue
        kind = ix.unit_kinds.get(unit_id) if unit_id is not None else None
        if kind is not None and kind != "镇":
            continue
        dates = "、".join(f"{u.d.date:%m-%d}" for u in sorted(mine, key=lambda u: u.d.date))
        evidence = f"{f.year}年{ix.unit_name(unit_id)}{label} {len(mine)} 起（{dates}）≥ {need} 起"
        for fd in _emit(f, ix, notes, mine, 12, 1, Verdict.SHOULD, evidence):
            if kind is not None or fd.cadre.unit_kind == "镇":
                yield fd


def _two_years(f: Facts, ix: Index, notes: list[str], key: tuple[int, int], now: list[_Use],
               before: list[_Use]) -> Iterator[Finding]:
    """第十二条第（三）项、第十三条第（五）项: the unit determined in both this year and the year before."""
    article, item = key
    before_units = {u.d.unit_id: u for u in before}
    for u in now:
        prev = before_units.get(u.d.unit_id)
        if prev is None:
            continue
        evidence = f"连续两年：{_describe(prev.d)}；{_describe(u.d)}"
        yield from _emit(f, ix, notes, [u], article, item, Verdict.SHOULD, evidence)


def a16(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第十六条：……按照职能分工，由有关部门提出考核结果和责任认定意见。对弄虚作假、隐瞒不报、不及时报告的严肃追责。

    A determination flagged 弄虚作假/隐瞒不报 is recorded against the unit's 主要负责人 for accountability.
    """
    for d in f.determinations:
        if not d.fraud or d.date.year != f.year or d.date > f.date or d.unit_id is None:
            continue
        for c in ix.heads(d.unit_id):
            yield finding(c, 16, None, Verdict.NEEDS_REVIEW,
                          f"{d.date:%Y-%m-%d}{cite(d.article, d.item)}责任认定中发现弄虚作假、隐瞒不报或不及时报告"
                          + (f"（{d.source}）" if d.source else ""), role="主要负责人", sources=(f"认定#{d.id}",))


def a17(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第十七条：干部具有下列情形之一，经组织提醒、教育或者函询、诫勉没有改正，被认定为不适宜担任现职的，
    必须及时予以调整：

    Without an earlier 提醒/教育/函询/诫勉 on record the finding says so instead.

    Reading: an earlier handling counts when it is in the organizational-handling register for the cadre,
    dated on or before the determination; the finding quotes it so the clerk can check it concerns the matter.
    """
    prior: dict[int, list[HandlingFact]] = defaultdict(list)
    for h in f.handlings:
        if any(k in h.kind for k in PRIOR_KINDS):
            prior[h.cadre_id].append(h)
    ds = [d for d in f.determinations if d.article == 17 and d.date.year == f.year and d.date <= f.date]
    for u in _usable(f, ix, notes, ds):
        d = u.d
        for r in d.responsible:
            earlier = sorted((h for h in prior.get(r.cadre_id, []) if h.date <= d.date), key=lambda h: h.date)
            if earlier:
                h = earlier[-1]
                why = f"（{h.reason}）" if h.reason else ""
                evidence = f"{_describe(d)}；此前已于{h.date:%Y-%m-%d}{h.kind}{why}，未改正"
                verdict = Verdict.SHOULD
            else:
                evidence = f"{_describe(d)}；无此前提醒、教育、函询或诫勉记录"
                verdict = Verdict.WARN_FIRST
            one = replace(d, responsible=(r,))
            yield from _emit(f, ix, notes, [_Use(one, u.reduced)], 17, d.item or 10, verdict, evidence,
                             METHODS_ART18)


RULES = (a10, a11, a12, a13, a14, a15_1_2, a16, a17)
