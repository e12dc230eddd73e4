"""分析研判 page: year and unit → the analysis off the GUI thread → charts (ui.widgets.chart) and tables;
打印报告 renders the 分析研判报告 into the print preview. Charts and report come from the same figures."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui.analysis.targets import open_targets
from ui.context import AppContext
from ui.ops import QueryOp
from ui.printing.preview import preview_document
from ui.theme import mark
from ui.widgets.chart import ChartView
from ui.widgets.fit import remember_splitter
from ui.widgets.row_model import Column, RowTableModel, apply_widths, table_view
from zydesk.core.adjustment import Finding
from zydesk.core.adjustment import analysis as core
from zydesk.core.idnumber import mask
from zydesk.services.adjustment import analysis_report
from zydesk.services.adjustment.analysis import Analysis, analyse, unit_names

COUNTY = "（全县干部队伍）"
CHART_SLOTS = 7


def _place(p: core.RankPoint) -> str:
    return "一票否决" if p.vetoed else (f"{p.rank}/{p.group_size}" if p.rank is not None else "无得分")


TEAM_COLUMNS: list[Column[core.TeamTable]] = [
    Column("单位", lambda t: t.unit, width=12), Column("人数", lambda t: t.size, width=4),
    Column("女", lambda t: t.women, width=3), Column("年轻", lambda t: t.young, width=4),
    Column("党外", lambda t: t.non_party, width=4), Column("平均年龄", lambda t: t.average_age, width=5),
    Column("缺项", lambda t: "；".join(t.lacks), width=20)]
MEMBER_COLUMNS: list[Column[tuple[core.Member, dt.date]]] = [
    Column("姓名", lambda r: r[0].name, width=5), Column("职务", lambda r: r[0].post, width=10),
    Column("性别", lambda r: r[0].gender, width=3), Column("年龄", lambda r: core.age_on(r[0].birth_date, r[1]), width=3),
    Column("学历", lambda r: r[0].education, width=4), Column("政治面貌", lambda r: r[0].political_status, width=6),
    Column("民族", lambda r: r[0].ethnicity, width=4), Column("任现职", lambda r: r[0].post_start, width=7),
    Column("身份证号", lambda r: mask(r[0].id_number), width=12)]
NEAR_COLUMNS: list[Column[Finding]] = [
    Column("姓名", lambda f: f.cadre.name, width=5), Column("单位", lambda f: f.unit, width=9),
    Column("职务", lambda f: f.post, width=8), Column("依据", lambda f: str(f.citation), width=6),
    Column("结论", lambda f: f.verdict, width=6), Column("情形", lambda f: f.evidence, tooltip=lambda f: f.evidence,
                                                      width=30)]
TREND_COLUMNS: list[Column[core.RankPoint]] = [
    Column("年度", lambda p: p.year, width=4), Column("考核类别", lambda p: p.group, width=10),
    Column("名次", _place, width=6), Column("奖项", lambda p: p.award, width=5),
    Column("末位", lambda p: p.is_last, width=3)]
FOLLOW_COLUMNS: list[Column[core.FollowUp]] = [
    Column("姓名", lambda f: f.adjusted.name, width=5), Column("原单位", lambda f: f.adjusted.unit, width=9),
    Column("调整", lambda f: f"{f.adjusted.decided:%Y-%m-%d} {f.adjusted.method}", width=14),
    Column("现任", lambda f: f.adjusted.now or f.adjusted.status, width=12),
    Column("此后考核", lambda f: "、".join(f"{y}{g}" for y, g in f.grades), width=12),
    Column("关心帮助", core.care_text, width=16),
    Column("需关注", lambda f: f.attention, width=12)]


class AnalysisPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.result: Analysis | None = None
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year - 1)
        self.year.setSuffix(" 年度")
        self.unit = QComboBox()
        self.unit.addItem(COUNTY)
        self.unit.setMinimumContentsLength(12)
        self.unit.setEditable(True)  # type to find a unit among hundreds
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.run_button = QPushButton("分析")
        self.run_button.clicked.connect(self.start)
        self.targets_button = QPushButton("结构目标…")
        self.targets_button.clicked.connect(lambda: open_targets(self, self.ctx))
        self.print_button = QPushButton("打印报告…")
        self.print_button.clicked.connect(self.print_report)
        bar = QHBoxLayout()
        for w in (QLabel("年度："), self.year, QLabel("单位："), self.unit, self.run_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(QLabel("依据：《能上能下实施办法》第二十六条"))
        bar.addWidget(self.targets_button)
        bar.addWidget(self.print_button)

        self.summary = QLabel("选择年度和单位后点击“分析”：以该年12月31日在任的领导干部为准。")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.charts = [ChartView(placeholder="尚未分析") for _ in range(CHART_SLOTS)]
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, c in enumerate(self.charts):
            c.setMinimumHeight(230)
            grid.addWidget(c, i // 2, i % 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        scroll.setMinimumWidth(420)

        self.teams = RowTableModel(TEAM_COLUMNS)
        self.members = RowTableModel(MEMBER_COLUMNS)
        self.near = RowTableModel(NEAR_COLUMNS)
        self.trend = RowTableModel(TREND_COLUMNS)
        self.follow = RowTableModel(FOLLOW_COLUMNS)
        self.tables = QTabWidget()
        self.views: dict[str, Any] = {}
        for title, model, cols in (("班子", self.teams, TEAM_COLUMNS), ("成员", self.members, MEMBER_COLUMNS),
                                   ("临近界限", self.near, NEAR_COLUMNS), ("排名走势", self.trend, TREND_COLUMNS),
                                   ("调整后跟踪", self.follow, FOLLOW_COLUMNS)):
            view = table_view(model)
            apply_widths(view, cols)
            self.views[title] = view
            self.tables.addTab(view, title)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        mark(self.notes, "muted")
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.tables, 1)
        rl.addWidget(self.notes)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scroll)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 560])
        remember_splitter(split, "analysis")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        QueryOp(ctx, lambda db, _s: unit_names(db), self._units, parent=self).run()
        ctx.events.data_changed.connect(self._changed)

    def _changed(self, what: str) -> None:
        """New targets or data: the analysis on screen is computed again (only when one is shown)."""
        if self.result is not None and isValid(self):
            self.start()

    def _units(self, names: list[str]) -> None:
        current = self.unit.currentText()
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItems([COUNTY, *names])
        self.unit.setCurrentText(current)
        self.unit.blockSignals(False)

    def chosen_unit(self) -> str | None:
        text = self.unit.currentText().strip()
        return None if not text or text == COUNTY else text

    def start(self) -> None:
        year, unit = self.year.value(), self.chosen_unit()
        self.run_button.setEnabled(False)
        QueryOp(self.ctx, lambda db, _s: analyse(db, year, unit), self.show_result, parent=self) \
            .failure(self._failed).run()

    def _failed(self, message: str) -> None:
        self.run_button.setEnabled(True)
        self.summary.setText(message)

    def show_result(self, a: Analysis) -> None:
        self.run_button.setEnabled(True)
        self.result = a
        self.summary.setText(f"{a.year}年度{a.subject}（{a.date:%Y-%m-%d}在任）：{analysis_report.summary(a)}")
        for i, view in enumerate(self.charts):
            view.set_chart(a.charts[i] if i < len(a.charts) else None)
            view.setVisible(i < len(a.charts))
        self.teams.set_rows(a.teams)
        self.members.set_rows([(m, a.date) for m in a.members])
        self.near.set_rows(a.near_limit)
        self.trend.set_rows(a.trajectory)
        self.follow.set_rows(a.follow_up)
        counts = {"班子": len(a.teams), "成员": len(a.members), "临近界限": len(a.near_limit),
                  "排名走势": len(a.trajectory), "调整后跟踪": len(a.follow_up)}
        for i, (title, n) in enumerate(counts.items()):
            self.tables.setTabText(i, f"{title}（{n}）")
        self.tables.setTabVisible(1, a.unit is not None)
        self.tables.setTabVisible(3, a.unit is not None)
        self.notes.setText("\n".join([*a.settings, *a.notes]))

    def print_report(self) -> None:
        year, unit = self.year.value(), self.chosen_unit()
        preview_document(self.ctx, self, lambda db, _s: analysis_report.build(db, {"year": year, "unit": unit}),
                         "分析研判报告")


def create(ctx: AppContext) -> QWidget:
    return AnalysisPage(ctx)
