"""Demo data of 鼓励激励 II: the “敢担当、善作为”优秀干部 round of the last demo year (第九条), 记功
(第十条) and the 科级后备干部 list, in the home county.

The round is run through the service's own session-level steps (zydesk.services.incentives.excellent: category
derivation, nomination, the 第九条 check, the stage machine with its quota tolerance, the reserve
entry of a winner), inside the demo's unit of work, so the rules apply as in use; the demo's single
audit entry lists the planted cases. The facts of the check are loaded once for all nominees (one ranking computation, not one per nominee).

Planted (listed in state.data["cases"]):
- about 60 winners filling each category's quota (基层一线 one above target, inside the ±1 tolerance),
  three of them 择优推荐上报 to the city;
- one nominee whose discipline 影响期 covers the selection date, one with an appraisal below 称职
  (both fail the check; the second is set 未通过 with the reason), one 未通过 on the votes;
- late nominees still at 推荐, 审核, 评审 and 公示, so every stage shows;
- a 记三等功 suggestion accepted and approved, one dismissed with a reason, a 嘉奖 and a collective title
  under approval; reserve entries from other sources, one removed with a reason.
"""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from zydesk.core.dates import add_months
from zydesk.core.incentives import excellent as core
from zydesk.demo import DemoState
from zydesk.demo.master import DemoCadre
from zydesk.services.codes import discipline_periods
from zydesk.services.incentives import excellent as svc
from zydesk.storage.models import Appraisal, Discipline, Post, Unit, UnitScore
from zydesk.storage.models_excellent import (
    ExcellentNomination,
    ExcellentStageChange,
    HonourStep,
    HonourSuggestionDecision,
    ReserveEntry,
)
from zydesk.storage.uow import Database

STEPS = 1
# elected per category (基层一线 one above its target of 40, inside ±1); one more is nominated late in each
PLAN = {"镇党政正职": 5, "部门正职": 5, "科级干部": 10, "基层一线": 41}
JUDGES = 25  # 评审委员会 members
ATTACHMENTS = ("推荐审批表", "个人事迹材料", "单位党组织推荐意见", "廉政意见回复函")

DEEDS: dict[str, tuple[str, ...]] = {
    "镇党政正职": (
        "牵头推进{unit}集镇改造和产业园建设，全年完成固定资产投资{n}亿元，年度目标责任考核位列镇类前列。",
        "汛期坚守防汛一线指挥调度，组织转移受威胁群众{k}人，实现零伤亡。",
        "带头包联最偏远的{village}，推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接，村集体经济收入突破{m}万元。",
        "主动化解征地拆迁遗留问题{c}件，{unit}全年无越级上访。",
        "发展富硒茶产业{a}亩，带动{k}户群众稳定增收。",
    ),
    "部门正职": (
        "主持{unit}全面工作，牵头的重点工作在全市考核中位次前移，单位获年度目标责任考核一等奖。",
        "推行“一窗通办、容缺受理”，审批时限压缩{p}%，群众满意度明显提升。",
        "敢于碰硬，清理化解历史遗留问题{c}件，挽回经济损失{m}万元。",
        "争取中省项目资金{n}亿元，推动{village}片区基础设施提档升级。",
        "带队蹲点督办，推动{c}个重点项目按期开工。",
    ),
    "科级干部": (
        "分管安全生产和应急管理，全年排查整改隐患{c}处，辖区未发生较大以上事故。",
        "负责项目建设，协调解决用地、用工等难题{c}个，{n}个项目提前投产。",
        "承担信访维稳工作，包案化解信访积案{c}件。",
        "牵头人居环境整治，完成{village}等村庄改厕改水{k}户。",
        "在疫情防控和汛期救灾中冲锋在前，连续{d}天驻守一线。",
    ),
    "基层一线": (
        "扎根村组{y}年，走遍全村{k}户群众，帮办实事{c}件。",
        "驻村期间协调资金{m}万元，建成产业路{a}公里，发展魔芋、茶叶产业。",
        "暴雨夜逐户敲门转移群众{k}人，保住了全组群众生命财产安全。",
        "化解邻里纠纷和土地矛盾{c}起，所在村连续三年无上访。",
        "推动{village}集体经济从无到有，年收入达{m}万元。",
        "包联易地搬迁安置点，帮助{k}名搬迁群众实现就近就业。",
    ),
}
VILLAGES = ("东城村", "西关村", "新华村", "双星村", "太坪村", "红旗村", "松树村", "金星村", "联合村", "堰坪村")


def _deeds(rng: random.Random, category: str, unit: str) -> str:
    parts = rng.sample(DEEDS[category], 2)
    return "".join(p.format(unit=unit, village=rng.choice(VILLAGES), n=rng.randint(2, 12), k=rng.randint(30, 480),
                            m=rng.randint(12, 160), c=rng.randint(3, 40), a=rng.randint(3, 30),
                            p=rng.randint(30, 65), d=rng.randint(20, 90), y=rng.randint(3, 12))
                   for p in parts)


def fill(db: Database, rng: random.Random, state: DemoState) -> None:
    # The demo keeps one audit entry of its own (fill_demo's summary): the per-object entries the ORM
    # steps would add are switched off here, as Core bulk inserts never make them.
    s = state.session
    uow = s.info.pop("uow", None)
    try:
        _fill(db, rng, state, s)
        s.flush()
    finally:
        if uow is not None:
            s.info["uow"] = uow
    state.step()


def _fill(db: Database, rng: random.Random, state: DemoState, s: Session) -> None:
    year = state.sizes.last_year
    home: dict[int, DemoCadre] = {c.id: c for c in state.data.get("cadres", []) if c.unit.county == 0}
    if len(home) < 200:
        return
    # the timeline of the round: nominations early in January after the annual appraisal
    nominated_on, checked_on = dt.date(year + 1, 1, 6), dt.date(year + 1, 1, 12)
    reviewed_on, published_on, elected_on = dt.date(year + 1, 1, 20), dt.date(year + 1, 1, 22), dt.date(year + 1, 2, 3)
    ids = list(home)

    # --- who fits which category (the service's derivation) and whose record is clean
    choices: dict[int, list[str]] = {}
    for p, u in s.execute(select(Post, Unit).join(Unit, Unit.id == Post.unit_id)
                          .where(Post.cadre_id.in_(ids), Post.end_date.is_(None))):
        choices[p.cadre_id] = core.derive_categories(
            core.PostFacts(u.kind, p.title, p.level, p.is_principal, p.is_leadership, p.is_frontline))
    grades: dict[int, dict[int, str]] = {}
    for cid, y, g in s.execute(select(Appraisal.cadre_id, Appraisal.year, Appraisal.grade)
                               .where(Appraisal.cadre_id.in_(ids), Appraisal.year.in_([year - 1, year]))):
        grades.setdefault(cid, {})[y] = g
    disciplined = set(s.scalars(select(Discipline.cadre_id).where(
        Discipline.cadre_id.in_(ids), Discipline.decision_date >= dt.date(year - 3, 1, 1))))
    clean = {cid for cid in ids if cid not in disciplined
             and all(grades.get(cid, {}).get(y) in core.GOOD_GRADES for y in (year - 1, year))}
    pools: dict[str, list[int]] = {c: [] for c in core.CATEGORIES}
    for cid in sorted(clean):
        if choices.get(cid):
            pools[choices[cid][0]].append(cid)  # the default category, as the clerk would get it

    # --- the two ineligible nominees: a running 影响期, an appraisal below 称职
    bad_grade = next((cid for cid in sorted(grades) if choices.get(cid) and cid not in disciplined
                      and any(grades[cid].get(y) in core.BAD_GRADES for y in (year - 1, year))), None)
    disc_pool = pools["镇党政正职"] or pools["部门正职"] or pools["科级干部"]
    if any(len(pools[c]) < PLAN[c] + 5 for c in core.CATEGORIES) or bad_grade is None or not disc_pool:
        return
    for c in core.CATEGORIES:  # in random order, those rated 优秀 more likely first
        keys = {cid: rng.random() - 0.4 * list(grades[cid].values()).count("优秀") for cid in pools[c]}
        pools[c].sort(key=keys.__getitem__)
    punished = next((cid for cid in reversed(disc_pool) if grades[cid][year] == "称职"), disc_pool[-1])  # no 优秀 that year
    disc_pool.remove(punished)
    months = discipline_periods(s).get(("党纪处分", "警告")) or 12
    decided = add_months(checked_on, -months // 2)
    s.execute(insert(Discipline), [{
        "cadre_id": punished, "category": "党纪处分", "kind": "警告", "decision_date": decided,
        "deciding_body": "中共紫阳县纪委", "reason": "违规使用公车办理私事", "effect_end": add_months(decided, months)}])

    r = svc._round_in(s, year)
    r.selection_date = checked_on
    r.note = "县委组织部会同县纪委监委、县考核办组织评选"
    by = db.user
    noms: list[ExcellentNomination] = []

    def nominate(cid: int, category: str | None = None) -> ExcellentNomination:
        cadre = home[cid]
        unit_id = None
        if cadre.title == "驻村第一书记" and rng.random() < 0.5:  # the town where the village lies may nominate
            unit_id = rng.choice([u.id for u in state.data["units"] if u.county == 0 and u.is_town])
        with s.no_autoflush:  # else the ORM flushes before every lookup (most of the time spent here)
            n = svc._nominate(s, r, cid, unit_id, category,
                              _deeds(rng, category or choices[cid][0], cadre.unit.name),
                              rng.sample(ATTACHMENTS, rng.randint(2, 4)), by)
        noms.append(n)
        return n

    def move(n: ExcellentNomination, target: str, reason: str = "") -> None:
        overrun = None
        if target == "当选":
            overrun = core.overrun_if_added(svc._report(r, noms), n.category)
        problem = core.transition_problem(core.StageFacts(
            n.stage, n.checked_at is not None, bool(n.eligible), n.votes is not None or n.score is not None,
            overrun, reason), target)
        assert problem is None, problem  # the plan keeps inside the rules
        svc._move(s, n, target, reason, by)
        if target == "当选":
            with s.no_autoflush:
                svc._add_reserve(s, n.cadre_id, "优秀干部", f"{year}年度“敢担当、善作为”优秀干部", elected_on,
                                 "第二十条：优先列入科级后备干部人选")

    def score(n: ExcellentNomination, votes: int) -> None:
        n.votes, n.score = votes, Decimal(rng.randint(8200, 9750)) / 100 if votes > JUDGES // 2 else Decimal("71.50")

    # --- nominations: the ineligible first, then each category's list (its last one nominated late)
    n_disc = nominate(punished)
    n_bad = nominate(bad_grade)
    picked = {c: [nominate(cid) for cid in pools[c][:PLAN[c] + 1]] for c in core.CATEGORIES}
    late = [picked[c].pop() for c in core.CATEGORIES]
    s.flush()

    # --- 审核: the 第九条 check with the service's facts, loaded once for everyone
    ranks = svc.unit_rank_facts(s, [year])
    scores = {u: (v, why) for u, v, why in s.execute(
        select(UnitScore.unit_id, UnitScore.vetoed, UnitScore.veto_reason).where(UnitScore.year == year))}
    cadre_ids = [n.cadre_id for n in noms]
    enabled, discs, notes = svc.discipline_facts(s, cadre_ids, checked_on, svc.ITEM_HONOURS)
    appraisals = svc.appraisals_of(s, cadre_ids)
    units = {u.id: u for u in s.scalars(select(Unit).where(Unit.id.in_([home[c].unit.id for c in cadre_ids])))}
    for n in noms:
        if n is late[0]:
            continue  # still at 推荐
        unit = units[home[n.cadre_id].unit.id]
        rank = ranks.get((unit.id, year))
        vetoed, why = scores.get(unit.id, (False, None))
        lines = core.a09_nominee_checks(core.NomineeFacts(
            year=year, on=checked_on, appraisals=appraisals[n.cadre_id], disciplines=discs[n.cadre_id],
            tolerance_notes=tuple(notes[n.cadre_id]), unit_name=unit.name, unit_award=rank.award if rank else None,
            unit_vetoed=bool(vetoed), veto_reason=why or "", tolerance_enabled=enabled))
        n.checks = [x.as_json() | {"blocking": x.blocking} for x in lines]
        n.eligible = core.is_eligible(lines)
        n.checked_at = dt.datetime.combine(checked_on, dt.time(9, 30))
        move(n, "审核", "资格审核")
    assert not n_disc.eligible and not n_bad.eligible, "the planted nominees must fail the check"
    failed = next(line for line in n_bad.checks or () if line["blocking"])
    move(n_bad, core.REJECTED, f"资格审核不符合（第九条）：{failed['evidence']}")

    # --- 评审, 公示, 当选 (each category's quota), then the late ones at their stages
    for c in core.CATEGORIES:
        for n in picked[c]:
            score(n, rng.randint(17, JUDGES))
            move(n, "评审")
        for n in sorted(picked[c], key=lambda n: (-(n.votes or 0), -(n.score or 0))):
            move(n, "公示")
            move(n, "当选")
    for n, votes, stages in ((late[1], 9, ()), (late[2], rng.randint(17, JUDGES), ("评审", "公示")),
                             (late[3], rng.randint(17, JUDGES), ("评审",))):
        score(n, votes)
        for stage in stages:
            move(n, stage)
    move(late[1], core.REJECTED, f"评审得票{late[1].votes}票，未超过评审委员会（{JUDGES}人）半数")
    for c in ("镇党政正职", "部门正职", "基层一线"):  # 择优推荐上报全市评选
        max(picked[c], key=lambda n: (n.votes or 0, n.score or 0)).city_recommended = True
    s.flush()

    # the stage history carries the dates of the round, not of the day the demo was built
    when = {"推荐": nominated_on, "审核": checked_on, "评审": reviewed_on, "公示": published_on, "当选": elected_on,
            core.REJECTED: reviewed_on}
    nom_ids = [n.id for n in noms]
    for stage, day in when.items():
        s.execute(update(ExcellentStageChange).where(ExcellentStageChange.nomination_id.in_(nom_ids),
                                                     ExcellentStageChange.to_stage == stage)
                  .values(at=dt.datetime.combine(day, dt.time(10))).execution_options(synchronize_session=False))
    for n in noms:
        n.created_at = dt.datetime.combine(nominated_on, dt.time(9))

    honours = _honours(s, year, by, home, [home[n.cadre_id] for n in picked["镇党政正职"]], elected_on)
    reserve = _reserve(s, rng, year, [cid for c in core.CATEGORIES for cid in pools[c][PLAN[c] + 1:PLAN[c] + 3]],
                       elected_on)
    s.flush()
    elected = sum(len(w) for w in picked.values())
    state.counts["优秀干部推荐"] = len(noms)
    state.counts["奖励"] = honours
    state.counts["科级后备干部"] = reserve + elected
    state.data.setdefault("cases", []).extend([
        f"优秀干部评选：{year}年度推荐{len(noms)}人，当选{elected}人（基层一线{PLAN['基层一线']}名，在40名±1以内）",
        f"优秀干部资格审核不符合：{home[punished].name}（处分影响期覆盖评选日{checked_on.isoformat()}）、"
        f"{home[bad_grade].name}（年度考核低于称职，设为未通过）",
    ])


def _honours(s: Session, year: int, by: str, home: dict[int, DemoCadre], heads: list[DemoCadre], on: dt.date) -> int:
    """第十条: the 记三等功 suggestions (three 优秀 in a row) answered, a 嘉奖 and a collective title proposed."""
    made = 0
    sug = [x for x in svc.merit_suggestions(s, year) if x.cadre_id in home]
    if sug:
        first = sug[0]
        h = svc._new_honour(s, year, first.kind, first.cadre_id, None, first.evidence, by)
        h.steps = [HonourStep(step="单位提名", body=first.unit or "所在单位", result="同意", opinion="同意推荐",
                              on=on),
                   HonourStep(step="组织人事部门审核", body="县委组织部", result="同意", on=on + dt.timedelta(days=7)),
                   HonourStep(step="县委县政府审批", body="中共紫阳县委、紫阳县人民政府", result="批准",
                              on=on + dt.timedelta(days=21))]
        h.status, h.document_no = "已批准", f"紫发〔{year + 1}〕3号"
        s.add(HonourSuggestionDecision(cadre_id=first.cadre_id, year=year, kind=first.kind, decision="采纳",
                                       evidence=first.evidence, reason=None, honour_id=h.id,
                                       at=dt.datetime.combine(on, dt.time(15)), by=by))
        made += 1
    if len(sug) > 1:
        second = sug[1]
        s.add(HonourSuggestionDecision(cadre_id=second.cadre_id, year=year, kind=second.kind, decision="忽略",
                                       evidence=second.evidence, reason="调任现岗位不满一年，经单位党组研究暂缓记功",
                                       at=dt.datetime.combine(on, dt.time(15)), by=by))
    if heads:
        h = svc._new_honour(s, year, "嘉奖", heads[-1].id, None, "防汛救灾中组织群众转移成效突出", by)
        h.steps = [HonourStep(step="单位提名", body=heads[-1].unit.name, result="同意", on=on)]
        h = svc._new_honour(s, year, "人民满意的公务员集体", None, heads[0].unit.id,
                            "推行便民服务“马上办、就近办”，群众满意度全市第一", by)
        h.steps = [HonourStep(step="单位提名", body=heads[0].unit.name, result="同意", on=on),
                   HonourStep(step="组织人事部门审核", body="县委组织部", result="同意", on=on + dt.timedelta(days=5))]
        made += 2
    return made


def _reserve(s: Session, rng: random.Random, year: int, cadre_ids: list[int], on: dt.date) -> int:
    """Reserve entries from other sources; one later removed with its reason."""
    added = 0
    entry: ReserveEntry | None = None
    for k, cid in enumerate(cadre_ids):
        source = svc.RESERVE_SOURCES[1 + k % 2]  # 组织推荐 / 民主推荐
        e = svc._add_reserve(s, cid, source, f"{year}年度科级后备干部推荐", on - dt.timedelta(days=rng.randint(20, 200)),
                             "经民主推荐和组织考察" if source == "民主推荐" else "")
        if e is not None:
            added += 1
            entry = entry or e
    if entry is not None:
        entry.removed_on, entry.removal_reason = on + dt.timedelta(days=60), "已提任副科级领导职务，移出后备名单"
    return added
