"""第十五条第（三）（四）项 (votes on new appointees), 第十九条 age, 第二十条 terms, 第二十二条 health,
第二十三条 personal request."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from fractions import Fraction

from zydesk.core.adjustment.facts import Facts, PostSpan
from zydesk.core.adjustment.finding import (
    METHODS_AGE,
    METHODS_HEALTH,
    METHODS_REQUEST,
    METHODS_TERM,
    Finding,
    Index,
    finding,
    pct,
)
from zydesk.core.adjustment.values import Verdict
from zydesk.core.dates import add_months, chinese_date

ONE_THIRD = Fraction(1, 3)


def a15_3(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第十五条第（三）项：任职试用期满考核中，不称职得票率或者不同意得票率超过三分之一，经组织认定为不胜任现职的
    有关领导干部。

    Reading: 不称职 over the 称职/基本称职/不称职 ballots, 不同意 over 同意/不同意 ballots."""
    for v in f.votes:
        if v.year != f.year or v.vote_type != "试用期满测评" or v.cadre_id is None:
            continue
        c = ix.by_id.get(v.cadre_id)
        if c is None:
            continue
        parts = []
        competence = v.count("称职", "基本称职", "不称职")
        if competence and Fraction(v.count("不称职"), competence) > ONE_THIRD:
            parts.append(f"不称职 {v.count('不称职')}/{competence} = {pct(Fraction(v.count('不称职'), competence))} > 1/3")
        consent = v.count("同意", "不同意")
        if consent and Fraction(v.count("不同意"), consent) > ONE_THIRD:
            parts.append(f"不同意 {v.count('不同意')}/{consent} = {pct(Fraction(v.count('不同意'), consent))} > 1/3")
        if parts:
            yield finding(c, 15, 3, Verdict.NEEDS_REVIEW, f"{f.year}年试用期满测评：" + "；".join(parts), role="本人")


def a15_4(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第十五条第（四）项：新选拔任用干部在干部选拔任用工作“一报告两评议”中民主评议不满意率超过三分之一，
    经组织认定为不胜任现职的有关领导干部。

    Only new appointees are rated, so a rating marks one."""
    for v in f.votes:
        if v.year != f.year or v.vote_type != "一报告两评议" or v.cadre_id is None or v.total <= 0:
            continue
        c = ix.by_id.get(v.cadre_id)
        bad = v.count("不满意")
        if c is not None and Fraction(bad, v.total) > ONE_THIRD:
            yield finding(c, 15, 4, Verdict.NEEDS_REVIEW,
                          f"{f.year}年“一报告两评议”不满意 {bad}/{v.total} = {pct(Fraction(bad, v.total))} > 1/3",
                          role="本人")


def _months_between(a: dt.date, b: dt.date) -> int:
    """Whole months from a to b (b ≥ a)."""
    months = (b.year - a.year) * 12 + b.month - a.month
    return months - (1 if b.day < a.day else 0)


def a19(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第十九条：干部达到任职年龄界限或者退休年龄界限的，应当按照有关规定程序办理免职（退休）手续。确因工作需要
    而延迟免职（退休）的，按照干部管理权限，由党委（党组）研究提出意见，报上一级党组织同意。

    The policy names no ages: the limits are a local table by 职务层次 and sex (Facts.age_limits).
    Reading: 达到 is the birthday itself; a cadre reaching the limit within the reminder window
    (age_warn_months) is listed as 到龄提示, not 应调整, until that day.
    """
    limits = {(a.level, a.gender): a.age for a in f.age_limits}
    horizon = add_months(f.date, f.age_warn_months)
    postponed = {p.cadre_id: p for p in f.postponements if p.until >= f.date}
    for c in f.cadres:
        if not c.is_leadership:
            continue
        age = limits.get((c.level, c.gender))
        if age is None:
            continue
        reached = add_months(c.birth_date, 12 * age)
        if reached > horizon:
            continue
        p = postponed.get(c.id)
        if p is not None:
            notes.append(f"{c.name}（{c.unit_name} {c.post}）到龄，已经{p.consent_body}同意延迟免职（退休）至"
                         f"{chinese_date(p.until)}（{p.consent_doc}），本次不列出（第十九条）。")
            continue
        base = f"出生于{chinese_date(c.birth_date)}，{c.level}{c.gender}性年龄界限 {age} 岁（本地设置），"
        if reached <= f.date:  # 达到: from the day the limit is reached (that day included)
            evidence = base + f"已于{chinese_date(reached)}到龄"
            verdict = Verdict.SHOULD
        else:  # not 达到 yet: a reminder, 应调整 only from that day
            evidence = base + (f"将于{chinese_date(reached)}到龄（{_months_between(f.date, reached)} 个月内，"
                               f"提示期 {f.age_warn_months} 个月），到龄之日起应办理免职（退休）手续")
            verdict = Verdict.AGE_NOTICE
        yield finding(c, 19, None, verdict, evidence, METHODS_AGE, role="本人")


def _start_key(s: PostSpan) -> dt.date:
    return s.start or dt.date.min


def _merge_same_post(spans: list[PostSpan]) -> list[PostSpan]:
    """Consecutive records of the same post (re-appointment after a term) count as one post."""
    if len(spans) == 1:
        return spans
    out: list[PostSpan] = []
    for s in sorted(spans, key=_start_key):
        if out and out[-1].unit_id == s.unit_id and out[-1].title == s.title and out[-1].end == s.start:
            p = out[-1]
            out[-1] = PostSpan(p.cadre_id, p.unit_id, p.title, p.level, p.start, s.end)
        else:
            out.append(s)
    return out


def _days_in_years(years: int) -> int:
    """The fewest days N calendar years can hold (a 2001-based span has the fewest leap days): a quick floor."""
    return (add_months(dt.date(2001, 1, 1), 12 * years) - dt.date(2001, 1, 1)).days


def a20(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第二十条：严格执行党政领导干部职务任期有关规定，领导干部达到任期年限、届数和最高任职年限，应当免去其担任的
    领导职务，一般不得延长。

    Settings: term length × terms in one post (default 5 × 2), and years at one level (default 15).
    """
    t = f.terms
    post_limit = t.term_years * t.max_terms
    # Nobody whose leadership history starts after this date can have reached either limit.
    latest_start = add_months(f.date, -12 * min(post_limit, t.max_years_at_level)) + dt.timedelta(days=3)
    level_days = _days_in_years(t.max_years_at_level)
    by_cadre: dict[int, list[PostSpan]] = defaultdict(list)
    old_enough: set[int] = set()
    for s in f.post_history:
        by_cadre[s.cadre_id].append(s)
        if s.start is not None and s.start <= latest_start:
            old_enough.add(s.cadre_id)
    for c in f.cadres:
        if not c.is_leadership or c.id not in old_enough:
            continue
        mine = by_cadre[c.id]
        spans = _merge_same_post(mine)
        current = next((s for s in reversed(spans) if s.unit_id == c.unit_id and s.title == c.post
                        and (s.end is None or s.end > f.date)), None)
        reasons = []
        if current is not None and current.start is not None and current.start <= latest_start:
            end = add_months(current.start, 12 * post_limit)  # exact test only for the few near the limit
            if end <= f.date:
                reasons.append(f"自{chinese_date(current.start)}起任现职，于{chinese_date(end)}满 {t.max_terms} 个任期"
                               f"（每届 {t.term_years} 年）")
        days = 0  # days at the current level, summed over leadership posts up to the scan date
        for s in spans:
            if s.level == c.level and s.start is not None and s.start <= f.date:
                days += max(0, (min(s.end or f.date, f.date) - s.start).days)
        # The days as one span ending on the scan date: full years then fall on the anniversary, as for ages
        # (a bare day count would end 15 years a day early when they hold four leap days).
        if days >= level_days and add_months(f.date - dt.timedelta(days=days), 12 * t.max_years_at_level) <= f.date:
            reasons.append(f"在{c.level}领导职务上累计任职 {days} 天（约 {days // 365} 年），"
                           f"达到最高任职年限 {t.max_years_at_level} 年")
        if reasons:
            yield finding(c, 20, None, Verdict.SHOULD, "；".join(reasons), METHODS_TERM, role="本人")


def a22(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第二十二条：因身体健康原因超过一年及以上不能正常履职的，可免去领导职务，保留原职级待遇；能够承担一定工作任务的，
    可安排到职责较轻的岗位或者改任非领导职务；恢复健康后，参照原职务层次作出安排。完全丧失工作能力的，按照有关规定
    办理退休手续。

    “一年及以上” includes exactly one year."""
    for h in f.health:
        if h.end is not None and h.end <= f.date:
            continue  # back at work
        c = ix.by_id.get(h.cadre_id)
        if c is None or not c.is_leadership or h.start > f.date:
            continue
        year_on = add_months(h.start, 12)
        if year_on <= f.date:
            note = f"（{h.note}）" if h.note else ""
            yield finding(c, 22, None, Verdict.NEEDS_REVIEW,
                          f"自{chinese_date(h.start)}起因身体健康原因不能正常履职{note}，至{chinese_date(f.date)}已满一年",
                          METHODS_HEALTH, role="本人")


def a23(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第二十三条：因个人原因，主动要求转任非领导职务，或者降低职务的，应予调整职务。"""
    for r in f.requests:
        if r.date.year != f.year or r.date > f.date:
            continue
        c = ix.by_id.get(r.cadre_id)
        if c is None or not c.is_leadership:
            continue
        note = f"：{r.note}" if r.note else ""
        yield finding(c, 23, None, Verdict.SHOULD, f"{chinese_date(r.date)}本人书面申请{r.request}{note}",
                      METHODS_REQUEST.get(r.request, ("改任非领导职务", "降职")), role="本人")


RULES = (a15_3, a15_4, a19, a20, a22, a23)
