"""单位考核排名: load plain data, call zydesk.core.incentives.ranking, save the clerk's decisions.

Other modules read ranking facts through ranking_history() and the helpers below, never by
querying the tables themselves:

    facts = ranking_history(session, [2022, 2023, 2024])
    facts[(unit_id, 2024)].is_last / .award / .rank
    consecutive_last_place(session, unit_id, 2024)        # 连续两年末位 (能上能下 第七条第（一）项)
    first_prize_count(session, unit_id, [2022, 2023, 2024])  # 第十九条 近三年一等奖
    first_prize_streak(session, unit_id, 2024) >= 3        # 连续三年一等奖

Each helper ranks the years it needs (about 25 ms for 2,000 units a year). For many units, call
ranking_history once and use the same helpers from zydesk.core.incentives.ranking_history on the facts.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.incentives import ranking_history as hist
from zydesk.core.incentives.ranking import (
    PRIORITY_READINGS,
    ROUNDINGS,
    TIE_RULES,
    Override,
    RankingResult,
    RankingSettings,
    TieBreak,
    UnitEntry,
    a05_1_rank_year,
    override_problem,
    parse_score,
    tie_break_problem,
)
from zydesk.core.incentives.ranking_history import RankFact
from zydesk.core.incentives.seal import SealArea
from zydesk.core.security.roles import Permission
from zydesk.errors import FieldError, UserError, ValidationError
from zydesk.services.rows import keyed_row
from zydesk.services.seals import ensure_open, numbered_years
from zydesk.services.settings import check_versions, put_setting, setting_versions
from zydesk.storage import locks
from zydesk.storage.models import Setting, Unit, UnitScore
from zydesk.storage.models_ranking import AwardOverride
from zydesk.storage.models_ranking import TieBreak as TieBreakRow
from zydesk.storage.uow import Database, retried

__all__ = ["RankFact", "RankingSettings", "ranking_history", "consecutive_last_place", "first_prize_count",
           "first_prize_streak", "compute_ranking", "load_settings", "save_score", "save_override", "clear_override",
           "save_tie_break", "clear_tie_break", "save_ranking_setting", "save_ranking_settings", "SETTING_KEYS"]

# Setting key → (field of RankingSettings, label shown in the UI). Values may be set per year.
SETTING_KEYS: dict[str, tuple[str, str]] = {
    "ranking.quota_percent": ("quota_percent", "一等奖比例（%）"),
    "ranking.rounding": ("rounding", "名额取整方式"),
    "ranking.priority_reading": ("priority_reading", "超额完成净加分单位的“优先”"),
    "ranking.tie_rule": ("tie_rule", "名额边界并列"),
    "ranking.direct_in_base": ("direct_in_base", "直接评定单位计入名额基数"),
    "ranking.vetoed_in_base": ("vetoed_in_base", "一票否决单位计入名额基数"),
    "ranking.second_percent": ("second_percent", "二等奖比例（%，本地设置）"),
    "ranking.vetoed_is_last": ("vetoed_is_last", "一票否决单位列为末位"),
}


# ---------------------------------------------------------------- loading


def _settings_from(values: dict[str, Any]) -> RankingSettings:
    st = RankingSettings()
    kw: dict[str, Any] = {}
    for key, (name, _label) in SETTING_KEYS.items():
        if key in values and values[key] is not None:
            v = values[key]
            kw[name] = Decimal(str(v)) if name.endswith("percent") else v
    return RankingSettings(**{**st.__dict__, **kw})


def _settings_by_year(session: Session, years: Iterable[int]) -> dict[int, RankingSettings]:
    rows = session.execute(select(Setting.key, Setting.year, Setting.value)
                           .where(Setting.key.in_(list(SETTING_KEYS)))).all()
    out: dict[int, RankingSettings] = {}
    for y in years:
        values = {k: v for k, yr, v in rows if yr is None}
        values.update({k: v for k, yr, v in rows if yr == y})
        out[y] = _settings_from(values)
    return out


def load_settings(session: Session, year: int) -> RankingSettings:
    return _settings_by_year(session, [year])[year]


def _entries(session: Session, years: Sequence[int]) -> dict[int, list[UnitEntry]]:
    # plain column tuples, not ORM objects: this runs after every edit in the tab (thousands of units)
    units = {uid: (name, group, sort, active) for uid, name, group, sort, active in session.execute(
        select(Unit.id, Unit.name, Unit.group, Unit.sort_order, Unit.active))}
    out: dict[int, list[UnitEntry]] = {y: [] for y in years}
    seen: dict[int, set[int]] = {y: set() for y in years}
    rows = session.execute(select(UnitScore.year, UnitScore.unit_id, UnitScore.score, UnitScore.vetoed,
                                  UnitScore.commend_plus, UnitScore.excess_plus)
                           .where(UnitScore.year.in_(list(years))))
    for year, uid, score, vetoed, commend, excess in rows:
        name, group, sort, _active = units[uid]
        out[year].append(UnitEntry(uid, name, group, score, vetoed, commend, excess, sort))
        seen[year].add(uid)
    for y in years:  # active units without a score are listed (未录入) but not ranked
        out[y].extend(UnitEntry(uid, name, group, None, sort_order=sort)
                      for uid, (name, group, sort, active) in units.items() if active and uid not in seen[y])
    return out


def _decisions(session: Session, years: Sequence[int]) -> tuple[dict[int, dict[int, Override]],
                                                                dict[int, dict[str, TieBreak]]]:
    overrides: dict[int, dict[int, Override]] = {y: {} for y in years}
    for o in session.scalars(select(AwardOverride).where(AwardOverride.year.in_(list(years)))):
        overrides[o.year][o.unit_id] = Override(o.award, o.reason, o.by, f"{o.at:%Y-%m-%d %H:%M}")
    ties: dict[int, dict[str, TieBreak]] = {y: {} for y in years}
    for t in session.scalars(select(TieBreakRow).where(TieBreakRow.year.in_(list(years)))):
        ties[t.year][t.group_name] = TieBreak(t.group_name, frozenset(t.winners), t.reason)
    return overrides, ties


def compute_rankings(session: Session, years: Iterable[int]) -> dict[int, RankingResult]:
    ys = sorted(set(years))
    entries = _entries(session, ys)
    settings = _settings_by_year(session, ys)
    overrides, ties = _decisions(session, ys)
    return {y: a05_1_rank_year(y, entries[y], settings[y], ties[y], overrides[y]) for y in ys}


def compute_ranking(session: Session, year: int) -> RankingResult:
    return compute_rankings(session, [year])[year]


# ---------------------------------------------------------------- history (read by other modules)


def ranking_history(session: Session, years: Iterable[int]) -> dict[tuple[int, int], RankFact]:
    """(unit_id, year) → RankFact for every unit with a score in those years. A unit with no score
    in a year has no entry (a gap breaks 连续 runs). See zydesk.core.incentives.ranking_history for 末位."""
    facts: dict[tuple[int, int], RankFact] = {}
    for result in compute_rankings(session, years).values():
        facts.update(hist.facts_from_result(result))
    return facts


def consecutive_last_place(session: Session, unit_id: int, year: int, n: int = 2) -> bool:
    """末位 in its group in `year` and each of the n-1 years before."""
    facts = ranking_history(session, range(year - n + 1, year + 1))
    return hist.consecutive_last_place(facts, unit_id, year, n)


def first_prize_count(session: Session, unit_id: int, years: Iterable[int]) -> int:
    ys = list(years)
    return hist.first_prize_count(ranking_history(session, ys), unit_id, ys)


def first_prize_streak(session: Session, unit_id: int, year: int, horizon: int = 10) -> int:
    """Consecutive 一等奖 years ending at `year` (looks back at most `horizon` years)."""
    facts = ranking_history(session, range(year - horizon + 1, year + 1))
    return hist.first_prize_streak(facts, unit_id, year)


# ---------------------------------------------------------------- writing


@retried
def save_score(db: Database, year: int, unit_id: int, score: str | Decimal | float | None, *,
               vetoed: bool | None = None, veto_reason: str | None = None, commend_plus: bool | None = None,
               excess_plus: bool | None = None) -> None:
    """Enter or change one unit's score and flags (None leaves a flag as it is; score None deletes)."""
    with db.uow("录入单位考核得分", Permission.ENTER) as uow:
        uow.lock(locks.RANKING, year)  # one year's ranking: clerks take turns
        s = uow.session
        ensure_open(s, SealArea.RANKING, year)
        if s.get(Unit, unit_id) is None:
            raise UserError(f"单位（编号 {unit_id}）不存在")
        row = s.scalar(select(UnitScore).where(UnitScore.year == year, UnitScore.unit_id == unit_id))
        if score is None:
            if row is not None:
                s.delete(row)
            uow.commit()
            return
        value = parse_score(score)
        if row is None:
            row = UnitScore(year=year, unit_id=unit_id, score=value, vetoed=False, commend_plus=False,
                            excess_plus=False)
            s.add(row)
        row.score = value
        if vetoed is not None:
            row.vetoed = vetoed
        if veto_reason is not None:
            row.veto_reason = veto_reason.strip() or None
        if commend_plus is not None:
            row.commend_plus = commend_plus
        if excess_plus is not None:
            row.excess_plus = excess_plus
        if row.vetoed and not (row.veto_reason or "").strip():
            raise UserError("一票否决须填写原因")
        uow.commit()


@retried
def save_override(db: Database, year: int, unit_id: int, award: str | None, reason: str) -> None:
    """Give an award by hand (None: no award). The reason is required and kept in the audit trail."""
    db.require(Permission.DECIDE)
    if (problem := override_problem(award, reason)) is not None:
        raise UserError(problem)
    with db.uow("人工调整考核奖项", Permission.DECIDE) as uow:
        uow.lock(locks.RANKING, year)  # one year's ranking: clerks take turns
        s = uow.session
        ensure_open(s, SealArea.RANKING, year)
        if s.get(Unit, unit_id) is None:
            raise UserError(f"单位（编号 {unit_id}）不存在")
        row = keyed_row(s, AwardOverride, year=year, unit_id=unit_id)
        row.award, row.reason, row.by, row.at = award, reason.strip(), db.user, dt.datetime.now()
        uow.commit()


@retried
def clear_override(db: Database, year: int, unit_id: int, reason: str) -> None:
    db.require(Permission.DECIDE)
    if not (reason or "").strip():
        raise UserError("撤销人工调整须填写理由")
    with db.uow("撤销人工调整考核奖项", Permission.DECIDE) as uow:
        uow.lock(locks.RANKING, year)  # one year's ranking: clerks take turns
        ensure_open(uow.session, SealArea.RANKING, year)
        row = uow.session.scalar(select(AwardOverride).where(AwardOverride.year == year,
                                                              AwardOverride.unit_id == unit_id))
        if row is None:
            raise UserError("该单位本年度没有人工调整")
        uow.audit("AwardOverride", str(row.id), before={"award": row.award, "reason": row.reason},
                  after={"撤销理由": reason.strip()})
        uow.session.delete(row)
        uow.commit()


@retried
def save_tie_break(db: Database, year: int, group: str, winners: Iterable[int], reason: str) -> None:
    """Record which tied units take the remaining 一等奖 places of a group (tie rule "clerk")."""
    db.require(Permission.DECIDE)
    if not (reason or "").strip():
        raise UserError("并列裁定须填写理由")
    chosen = sorted(set(winners))
    with db.uow("一等奖名额并列裁定", Permission.DECIDE) as uow:
        uow.lock(locks.RANKING, year)  # one year's ranking: clerks take turns
        s = uow.session
        ensure_open(s, SealArea.RANKING, year)
        result = compute_ranking(s, year)
        g = next((g for g in result.groups if g.group == group), None)
        if (problem := tie_break_problem(result.settings.tie_rule, g)) is not None:
            raise UserError(f"“{group}”：{problem}")
        assert g is not None
        if not set(chosen) <= set(g.tie_units):
            raise UserError("所选单位不在并列单位之中")
        if len(chosen) != g.tie_places:
            raise UserError(f"并列单位争 {g.tie_places} 个名额，应选择 {g.tie_places} 个单位（已选 {len(chosen)} 个）")
        row = keyed_row(s, TieBreakRow, year=year, group_name=group)
        row.winners, row.reason, row.by, row.at = chosen, reason.strip(), db.user, dt.datetime.now()
        uow.commit()


@retried
def clear_tie_break(db: Database, year: int, group: str) -> None:
    with db.uow("撤销并列裁定", Permission.DECIDE) as uow:
        uow.lock(locks.RANKING, year)  # one year's ranking: clerks take turns
        ensure_open(uow.session, SealArea.RANKING, year)
        row = uow.session.scalar(select(TieBreakRow).where(TieBreakRow.year == year, TieBreakRow.group_name == group))
        if row is not None:
            uow.session.delete(row)
        uow.commit()


def _clean_setting(key: str, value: Any) -> Any:
    """The value to store for a ranking setting, or UserError with the reason."""
    if key not in SETTING_KEYS:
        raise UserError(f"未知设置：{key}")
    name = SETTING_KEYS[key][0]
    if name.endswith("percent"):
        try:
            d = Decimal(str(value).strip())
        except InvalidOperation:
            raise UserError(f"{SETTING_KEYS[key][1]}应为数字") from None
        if not (Decimal(0) <= d <= Decimal(100)):
            raise UserError(f"{SETTING_KEYS[key][1]}应在 0 至 100 之间")
        return str(d)
    if name == "rounding" and value not in ROUNDINGS:
        raise UserError("取整方式应为：" + "、".join(ROUNDINGS.values()))
    if name == "priority_reading" and value not in PRIORITY_READINGS:
        raise UserError("“优先”的理解应为：" + "、".join(PRIORITY_READINGS.values()))
    if name == "tie_rule" and value not in TIE_RULES:
        raise UserError("并列处理应为：" + "、".join(TIE_RULES.values()))
    if name in ("direct_in_base", "vetoed_in_base", "vetoed_is_last"):
        return bool(value)
    return value


def save_ranking_setting(db: Database, key: str, value: Any, year: int | None = None) -> None:
    """Change a reading or figure of the ranking (validated; year None = all years)."""
    db.require(Permission.POLICY_SETTINGS)
    clean = _clean_setting(key, value)
    with db.uow(f"修改设置 {key}", Permission.POLICY_SETTINGS) as uow:
        ensure_open(uow.session, SealArea.RANKING, year)
        if year is None:
            _keep_sealed_readings(uow.session, [key])
        put_setting(uow.session, key, clean, year)
        uow.commit()


def _keep_sealed_readings(s: Session, keys: Iterable[str]) -> None:
    """A change for all years leaves the years already issued under a 文号 as they were printed: each keeps
    the value it used, written for that year (its ranking is sealed, 考核排名 of the notice must not move)."""
    for year in numbered_years(s, SealArea.RANKING):
        st = load_settings(s, year)
        own = set(s.scalars(select(Setting.key).where(Setting.year == year)))
        for key in keys:
            if key in own:
                continue
            value = getattr(st, SETTING_KEYS[key][0])
            put_setting(s, key, str(value) if isinstance(value, Decimal) else value, year)


def settings_versions(session: Session, year: int | None = None) -> dict[str, int]:
    """The versions of the year's ranking settings as the settings box reads them (passed back on save)."""
    return setting_versions(session, SETTING_KEYS, year)


def ranking_and_versions(session: Session, year: int) -> tuple[RankingResult, dict[str, int]]:
    """What the ranking page shows and the versions of its settings (read first: a change in between is seen
    as newer, never missed)."""
    versions = settings_versions(session, year)
    return compute_ranking(session, year), versions


def save_ranking_settings(db: Database, values: Mapping[str, Any], year: int | None = None,
                          versions: Mapping[str, int] | None = None) -> None:
    """Check every setting first (a FieldError under its label for each bad one), then save them all in one
    transaction: nothing is saved when one is wrong. `versions` (settings_versions, as the box read them): a
    save over another clerk's newer change of any of them is refused with who and when (EditConflict)."""
    db.require(Permission.POLICY_SETTINGS)
    clean: dict[str, Any] = {}
    errors: list[FieldError] = []
    for key, value in values.items():
        try:
            clean[key] = _clean_setting(key, value)
        except UserError as exc:
            errors.append(FieldError(SETTING_KEYS.get(key, (key, key))[1], str(exc)))
    if errors:
        raise ValidationError(errors)
    with db.uow("修改排名设置", Permission.POLICY_SETTINGS) as uow:
        ensure_open(uow.session, SealArea.RANKING, year)
        if year is None:
            _keep_sealed_readings(uow.session, clean)
        check_versions(uow.session, versions, year)
        for key, value in clean.items():
            put_setting(uow.session, key, value, year)
        uow.commit()


# ---------------------------------------------------------------- the units × years view


@dataclass(frozen=True)
class HistoryCell:
    rank: int | None
    award: str | None
    is_last: bool
    vetoed: bool
    overridden: bool

    def text(self) -> str:
        if self.vetoed:
            head = "否决"
        else:
            head = f"第{self.rank}名" if self.rank is not None else "—"
        parts = [head, self.award or ""]
        if self.is_last:
            parts.append("末位")
        if self.overridden:
            parts.append("（人工调整）")
        return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class HistoryRow:
    unit_id: int
    unit: str
    group: str
    cells: dict[int, HistoryCell | None]  # year → cell (None: no score that year)
    last_run: int  # consecutive 末位 years ending at the last year shown
    first_prizes_3y: int  # 一等奖 in the last three years shown (第十九条 近三年)
    first_streak: int  # consecutive 一等奖 years ending at the last year shown

    @property
    def marks(self) -> str:
        out = []
        if self.last_run >= 2:
            out.append(f"连续{self.last_run}年末位")
        if self.first_streak >= 3:
            out.append(f"连续{self.first_streak}年一等奖")
        return "、".join(out)


def history_rows(session: Session, last_year: int, span: int = 5) -> tuple[list[int], list[HistoryRow]]:
    """Units × years (span years ending at last_year), with the runs other modules also read."""
    years = list(range(last_year - span + 1, last_year + 1))
    facts = ranking_history(session, range(last_year - max(span, 10) + 1, last_year + 1))
    units = session.scalars(select(Unit).order_by(Unit.group, Unit.sort_order, Unit.name)).all()
    rows: list[HistoryRow] = []
    for u in units:
        cells: dict[int, HistoryCell | None] = {}
        for y in years:
            f = facts.get((u.id, y))
            cells[y] = None if f is None else HistoryCell(f.rank, f.award, f.is_last, f.vetoed, f.overridden)
        if not u.active and all(c is None for c in cells.values()):
            continue
        rows.append(HistoryRow(u.id, u.name, u.group, cells, len(hist.last_place_run(facts, u.id, last_year)),
                               hist.first_prize_count(facts, u.id, years[-3:]),
                               hist.first_prize_streak(facts, u.id, last_year)))
    return years, rows


@dataclass(frozen=True)
class ScoreRecord:
    score: Decimal
    vetoed: bool
    veto_reason: str
    commend_plus: bool
    excess_plus: bool


def score_record(session: Session, year: int, unit_id: int) -> ScoreRecord | None:
    row = session.scalar(select(UnitScore).where(UnitScore.year == year, UnitScore.unit_id == unit_id))
    if row is None:
        return None
    return ScoreRecord(Decimal(row.score), row.vetoed, row.veto_reason or "", row.commend_plus, row.excess_plus)


def score_years(session: Session) -> list[int]:
    return sorted(set(session.scalars(select(UnitScore.year).distinct())))
