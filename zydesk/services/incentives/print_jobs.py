"""The documents of 单位考核排名 and 优秀干部评选 rendered to PDF for the window's preview: each function builds
its document through the area's document services and renders it with the clerk's fonts (run off the GUI
thread; the result is a Rendered, PDF bytes + title, that the preview shows)."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from zydesk.printing.output import Rendered, render
from zydesk.services.documents import use_font_settings
from zydesk.services.handle import Database
from zydesk.services.incentives import excellent_documents as excellent_print
from zydesk.services.incentives import ranking_documents as ranking_print


def _render(db: Database, document: Any, title: str) -> Rendered:
    """Render with the font choices stored in this database (applied once per database and process)."""
    use_font_settings(db)
    rendered = render(document)
    return rendered if rendered.title else replace(rendered, title=title)


def ranking_table(db: Database, year: int) -> Rendered:
    return _render(db, ranking_print.build_ranking_table(db, year), f"{year}年度目标责任考核排名表")


def ranking_notice(db: Database, year: int, allocate: bool) -> Rendered:
    """The 通报暨表彰决定; with allocate, a 紫发 number from the register (refused before a number is taken)."""
    number = ""
    if allocate:  # 编号 checks the notice can be made before it takes a number
        number = ranking_print.notice_number(db, year, allocate=True)
    return _render(db, ranking_print.build_notice(db, year, number), f"{year}年度目标责任考核结果通报暨表彰决定")


def bonus_plan(db: Database, year: int, unit: str, award_kind: str, grade: str) -> Rendered:
    return _render(db, ranking_print.build_bonus_plan(db, year, unit, award_kind, grade), "奖金分配方案")


def nominations(db: Database, year: int, id_number: str | None = None) -> Rendered:
    params: dict[str, Any] = {"year": year} | ({"cadre": id_number} if id_number else {})
    return _render(db, excellent_print.build_nominations(db, params), "优秀干部推荐审批表")


def decision(db: Database, year: int) -> Rendered:
    return _render(db, excellent_print.decision(db, {"year": year}), "表彰决定")


def review(db: Database, review_id: int) -> Rendered:
    return _render(db, excellent_print.build_review(db, {"review": review_id}), "干部选拔资格审查表")
