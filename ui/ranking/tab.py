"""单位考核排名: per-group ranking and 年度目标责任考核奖 (第五条第（一）项), the units × years history,
the other awards (第五条第（二）（三）项至第八条) and bonuses (第十一条至第十七条)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.ops import QueryOp, WriteOp
from ui.printing.preview import preview_document
from ui.ranking.dialogs import OverrideDialog, ScoreDialog, TieBreakDialog
from ui.ranking.models import HistoryModel, RankingModel, history_columns
from ui.ranking.notify import warner
from ui.theme import mark
from ui.widgets.fit import fit_columns, remember_splitter, side_panel
from ui.widgets.row_model import apply_widths, table_view
from ui.widgets.seal_banner import SealBanner, lock_widgets, locked_hint
from zydesk.core.incentives.ranking import (
    PRIORITY_READINGS,
    ROUNDINGS,
    TIE_RULES,
    GroupResult,
    RankingResult,
    UnitResult,
    parse_score,
    tie_break_problem,
)
from zydesk.core.incentives.seal import SealArea
from zydesk.errors import UserError
from zydesk.services import seals
from zydesk.services.handle import Database
from zydesk.services.incentives import print_jobs
from zydesk.services.incentives import ranking as svc
from zydesk.services.reading import read

TITLE = "单位考核排名"


class SettingsBox(QGroupBox):
    """The readings and figures used for the year, visible beside the result and changeable."""

    def __init__(self, page: RankingPage) -> None:
        super().__init__("本年度排名设置（政策解读与本地设置）")
        self.page = page
        self.versions: dict[str, int] = {}  # of the settings shown: passed back, a newer change is not overwritten
        self._shown: dict[str, object] | None = None  # the values last shown (the clerk's edits differ from them)
        self.percent = QLineEdit()
        self.rounding = QComboBox()
        for k, v in ROUNDINGS.items():
            self.rounding.addItem(v, k)
        self.priority = QComboBox()
        for k, v in PRIORITY_READINGS.items():
            self.priority.addItem(v, k)
        self.tie = QComboBox()
        for k, v in TIE_RULES.items():
            self.tie.addItem(v, k)
        self.direct_in_base = QCheckBox("直接评定单位计入名额基数")
        self.vetoed_in_base = QCheckBox("一票否决单位计入名额基数")
        self.vetoed_is_last = QCheckBox("一票否决单位列为末位")
        self.second = QLineEdit()
        apply = QPushButton("保存设置")
        apply.clicked.connect(self.save)
        # the year's readings are part of what its notice announced: locked with it
        self.edits: list[QWidget] = [self.percent, self.rounding, self.priority, self.tie, self.direct_in_base,
                                     self.vetoed_in_base, self.vetoed_is_last, self.second, apply]
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow panel: labels above fields
        form.addRow("一等奖比例（%，第五条第（一）项第1目）：", self.percent)
        form.addRow("名额取整：", self.rounding)
        form.addRow("“优先评为”的理解（第3目）：", self.priority)
        form.addRow("名额边界并列：", self.tie)
        form.addRow("", self.direct_in_base)
        form.addRow("", self.vetoed_in_base)
        form.addRow("", self.vetoed_is_last)
        form.addRow("二等奖比例（%，本地设置，非政策规定）：", self.second)
        form.addRow("", apply)

    def show_settings(self, st: svc.RankingSettings, versions: dict[str, int] | None = None) -> None:
        if self._shown is not None and self.values() != self._shown:
            return  # the clerk is changing them (a reload after another clerk's write): keep what is typed
        if versions is not None:
            self.versions = versions
        self.percent.setText(f"{st.quota_percent.normalize():f}")
        self.rounding.setCurrentIndex(self.rounding.findData(st.rounding))
        self.priority.setCurrentIndex(self.priority.findData(st.priority_reading))
        self.tie.setCurrentIndex(self.tie.findData(st.tie_rule))
        self.direct_in_base.setChecked(st.direct_in_base)
        self.vetoed_in_base.setChecked(st.vetoed_in_base)
        self.vetoed_is_last.setChecked(st.vetoed_is_last)
        self.second.setText(f"{st.second_percent.normalize():f}")
        self._shown = self.values()

    def values(self) -> dict[str, object]:
        return {"ranking.quota_percent": self.percent.text().strip(), "ranking.rounding": self.rounding.currentData(),
                "ranking.priority_reading": self.priority.currentData(), "ranking.tie_rule": self.tie.currentData(),
                "ranking.direct_in_base": self.direct_in_base.isChecked(),
                "ranking.vetoed_in_base": self.vetoed_in_base.isChecked(),
                "ranking.vetoed_is_last": self.vetoed_is_last.isChecked(),
                "ranking.second_percent": self.second.text().strip()}

    def save(self) -> None:
        year, values, versions = self.page.year(), self.values(), dict(self.versions)
        WriteOp(self.page.ctx, lambda db, _s: svc.save_ranking_settings(db, values, year, versions), "ranking",
                self._saved, parent=self) \
            .failure(warner(self, "保存设置")).run()

    def _saved(self, _result: object) -> None:
        self._shown = None  # show what was saved, with its new versions
        self.page.reload()

    def forget_edits(self) -> None:
        """Another year: what is shown is that year's, whatever was typed."""
        self._shown = None


class RankingPage(QWidget):
    """One group at a time: choose the group, see its quota formula and ranked units."""

    def __init__(self, ctx: AppContext, year_box: QSpinBox) -> None:
        super().__init__()
        self.ctx = ctx
        self.year_box = year_box
        self.result: RankingResult | None = None
        self._select_after: int | None = None  # the unit to select once the re-ranked rows arrive
        self.group = QComboBox()
        self.group.setMinimumContentsLength(10)
        self.formula = QLabel()
        self.formula.setWordWrap(True)
        self.warnings = QLabel()
        mark(self.warnings, "error")
        self.warnings.setWordWrap(True)
        self.model = RankingModel(on_score=self._score_edited)
        self.view = table_view(read_only=False)  # scores are edited in place
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        apply_widths(self.view, self.model.columns)
        self.columns = fit_columns(self.view, keep=("单位", "依据"), spare=("标记",), key="ranking/units")
        self.view.doubleClicked.connect(self._double_clicked)
        self.settings = SettingsBox(self)
        self._versions: dict[str, int] | None = None  # of the settings, read with the result
        year_box.valueChanged.connect(lambda _v: self.settings.forget_edits())  # another year: show its settings

        self.locked = ""  # why the year cannot be changed (its notice's 文号), "" while it is open
        buttons = QHBoxLayout()
        self.edit_buttons: dict[str, QPushButton] = {}
        for text, slot in (("修改得分…", self.edit_score), ("人工调整奖项…", self.override),
                           ("撤销人工调整", self.clear_override), ("并列裁定…", self.tie_break)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
            self.edit_buttons[text] = b
        self.locked_hint = locked_hint()
        buttons.addWidget(self.locked_hint)
        buttons.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(QLabel("考核类别："))
        top.addWidget(self.group)
        top.addWidget(self.formula, 1)
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 12, 0)  # the wrapped quota formula keeps clear of the settings box title
        lay.addLayout(top)
        lay.addWidget(self.warnings)
        lay.addWidget(self.view, 1)
        lay.addLayout(buttons)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.settings)
        side_panel(split, 1, 0.26)  # the settings collapse to the right edge; the ranking keeps 依据 and 说明
        remember_splitter(split, "ranking/settings")
        outer = QVBoxLayout(self)
        outer.addWidget(split)
        self.group.currentTextChanged.connect(self._show_group)

    def year(self) -> int:
        return int(self.year_box.value())

    # ---- loading

    def reload(self) -> None:
        if self.view.state() == QAbstractItemView.State.EditingState:  # a score being typed: reload after it
            QTimer.singleShot(1000, self.reload)
            return
        year = self.year()
        QueryOp(self.ctx, lambda db, _s: read(db, _ranking_view, year), self._show_view, parent=self).run()

    def _show_view(self, view: tuple[RankingResult, dict[str, int], str]) -> None:
        result, self._versions, self.locked = view
        lock_widgets([*self.edit_buttons.values(), *self.settings.edits], self.locked, self.locked_hint)
        self.model.locked = bool(self.locked)  # no score typed into the table either
        self._show_result(result)

    def _show_result(self, result: RankingResult) -> None:
        self.result = result
        self.settings.show_settings(self.result.settings, self._versions)
        current = self.group.currentText()
        names = [g.group for g in self.result.groups]
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItems(names)
        self.group.setCurrentText(current if current in names else (names[0] if names else ""))
        self.group.blockSignals(False)
        self._show_group(self.group.currentText())
        unit_id, self._select_after = self._select_after, None
        if unit_id is not None:
            for i, u in enumerate(self.model.rows):
                if u.unit_id == unit_id:
                    self.view.selectRow(i)

    def current_group(self) -> GroupResult | None:
        if self.result is None:
            return None
        return next((g for g in self.result.groups if g.group == self.group.currentText()), None)

    def _show_group(self, _name: str) -> None:
        g = self.current_group()
        if g is None:
            self.model.set_rows([])
            self.formula.setText("本年度还没有单位。请先在“单位”页建立单位。")
            self.warnings.setText("")
            return
        st = self.result.settings if self.result else svc.RankingSettings()
        self.formula.setText(
            f"名额基数 {g.size} 个；一等奖名额 {g.quota_formula}（{ROUNDINGS[st.rounding]}）；"
            f"直接评定 {sum(u.direct for u in g.units)} 个不占名额；二等奖名额 {g.second_formula}（本地设置）；"
            f"“优先”理解：{PRIORITY_READINGS[st.priority_reading]}")
        self.warnings.setText("\n".join(g.warnings))
        self.model.set_rows(list(g.units))

    # ---- actions

    def selected(self) -> UnitResult | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _write(self, title: str, fn: Callable[[Database], object], unit_id: int | None = None) -> None:
        """Run a writing service; the ranking re-ranks when it is done (and selects the unit again)."""
        def done(_r: object) -> None:
            self._select_after = unit_id
            self.reload()

        WriteOp(self.ctx, lambda db, _s: fn(db), "ranking", done, parent=self) \
            .failure(warner(self, title)).run()

    def _score_edited(self, unit: UnitResult, text: str) -> bool:
        """The cell edit: a score that cannot be read is refused at once; a good one is saved."""
        typed = text.strip() or None
        try:
            if typed is not None:
                parse_score(typed)
        except UserError as exc:
            QMessageBox.warning(self, "修改得分", str(exc))
            return False
        year = self.year()
        self._write("修改得分", lambda db: svc.save_score(db, year, unit.unit_id, typed), unit.unit_id)
        return True

    def _double_clicked(self, index: object) -> None:
        if not self.locked and getattr(index, "column", lambda: -1)() != 1:
            self.edit_score()

    def edit_score(self) -> None:
        unit = self.selected()
        if unit is None:
            return
        year = self.year()
        QueryOp(self.ctx, lambda db, _s: read(db, svc.score_record, year, unit.unit_id),
                lambda record: self._score_dialog(unit, record), parent=self).run()

    def _score_dialog(self, unit: UnitResult, record: svc.ScoreRecord | None) -> None:
        dialog = ScoreDialog(unit, record, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        year, score = self.year(), dialog.score.text().strip() or None
        vetoed, reason = dialog.vetoed.isChecked(), dialog.veto_reason.text()
        commend, excess = dialog.commend.isChecked(), dialog.excess.isChecked()
        self._write("修改得分", lambda db: svc.save_score(db, year, unit.unit_id, score, vetoed=vetoed,
                                                      veto_reason=reason, commend_plus=commend, excess_plus=excess),
                    unit.unit_id)

    def override(self) -> None:
        unit = self.selected()
        if unit is None:
            QMessageBox.information(self, "人工调整奖项", "请先选择一个单位。")
            return
        dialog = OverrideDialog(unit, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_override(unit, dialog.chosen(), dialog.reason_text())

    def apply_override(self, unit: UnitResult, award: str | None, reason: str) -> None:
        """Save the override; the service refuses a blank reason (shown in a message box)."""
        year = self.year()
        self._write("人工调整奖项", lambda db: svc.save_override(db, year, unit.unit_id, award, reason), unit.unit_id)

    def clear_override(self) -> None:
        unit = self.selected()
        if unit is None or unit.override is None:
            QMessageBox.information(self, "撤销人工调整", "所选单位没有人工调整。")
            return
        dialog = OverrideDialog(unit, self)
        dialog.setWindowTitle(f"撤销人工调整 — {unit.name}")
        dialog.award.setEnabled(False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        year, reason = self.year(), dialog.reason_text()
        self._write("撤销人工调整", lambda db: svc.clear_override(db, year, unit.unit_id, reason), unit.unit_id)

    def tie_break(self) -> None:
        g = self.current_group()
        problem = tie_break_problem(self.result.settings.tie_rule if self.result else "", g)
        if problem is not None or g is None:
            QMessageBox.information(self, "并列裁定", problem or "")
            return
        tied = [u for u in g.units if u.unit_id in g.tie_units]
        dialog = TieBreakDialog(g.group, tied, g.tie_places, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        year, group, winners, reason = self.year(), g.group, dialog.winners(), dialog.reason.text()
        self._write("并列裁定", lambda db: svc.save_tie_break(db, year, group, winners, reason))


def _ranking_view(s: Any, year: int) -> tuple[RankingResult, dict[str, int], str]:
    """The year's ranking, the versions of its settings, and why it cannot be changed ("" while open)."""
    result, versions = svc.ranking_and_versions(s, year)
    return result, versions, seals.locked_note(s, SealArea.RANKING, year)


class HistoryPage(QWidget):
    def __init__(self, ctx: AppContext, year_box: QSpinBox) -> None:
        super().__init__()
        self.ctx = ctx
        self.year_box = year_box
        self.span = QSpinBox()
        self.span.setRange(3, 15)
        self.span.setValue(5)
        self.span.setSuffix(" 年")
        self.model = HistoryModel(history_columns([]))
        self.view = table_view(read_only=False)  # scores are edited in place
        self.view.setModel(self.model)
        top = QHBoxLayout()
        top.addWidget(QLabel("显示截至所选年度的最近："))
        top.addWidget(self.span)
        note = QLabel("末位：见“政策解读”，一票否决单位列为末位（可设置）。连续末位年数供能上能下第七条第（一）项，"
                      "近三年一等奖次数、连续一等奖年数供第十九条使用。")
        note.setWordWrap(True)
        top.addWidget(note, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        self.span.valueChanged.connect(lambda _v: self.reload())

    def reload(self) -> None:
        year, span = int(self.year_box.value()), int(self.span.value())
        QueryOp(self.ctx, lambda db, _s: read(db, svc.history_rows, year, span), self._show, parent=self).run()

    def _show(self, found: tuple[list[int], list[svc.HistoryRow]]) -> None:
        years, rows = found
        cols = history_columns(years)
        self.model.set_rows(rows, cols)
        apply_widths(self.view, cols)


class RankingTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.year_box = QSpinBox()
        self.year_box.setRange(2000, 2200)
        self.year_box.setValue(dt.date.today().year - 1)
        self.year_box.setSuffix(" 年度")
        refresh = QPushButton("刷新")
        print_table = QPushButton("打印排名表…")
        print_table.clicked.connect(self.print_table)
        print_notice = QPushButton("打印通报暨表彰决定…")
        print_notice.clicked.connect(self.print_notice)
        top = QHBoxLayout()
        top.addWidget(QLabel("年度："))
        top.addWidget(self.year_box)
        top.addWidget(refresh)
        self.seal = SealBanner(ctx, SealArea.RANKING, self.year_box)  # 已封存（紫发〔2026〕3号） 解除封存…
        top.addWidget(self.seal)
        top.addStretch(1)
        top.addWidget(print_table)
        top.addWidget(print_notice)
        self.pages = QTabWidget()
        self.ranking = RankingPage(ctx, self.year_box)
        self.history = HistoryPage(ctx, self.year_box)
        self.pages.addTab(self.ranking, "考核排名与等次")
        self.pages.addTab(self.history, "历年情况")
        from ui.ranking.pages import AwardsPage, BonusPage

        self.awards = AwardsPage(ctx, self.year_box)
        self.bonus = BonusPage(ctx, self.year_box)
        self.pages.addTab(self.awards, "其他奖项")
        self.pages.addTab(self.bonus, "奖金")
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.pages, 1)
        self.year_box.valueChanged.connect(lambda _v: self.reload())
        refresh.clicked.connect(self.reload)
        ctx.events.data_changed.connect(self._data_changed)
        QueryOp(ctx, lambda db, _s: read(db, svc.score_years), self._start, parent=self).run()

    def _start(self, years: list[int]) -> None:
        """Open on the latest year with scores (or last year), then read it."""
        if years and years[-1] != self.year_box.value():
            self.year_box.setValue(years[-1])  # reloads through valueChanged
        else:
            self.reload()

    def _data_changed(self, what: str) -> None:
        if what == "ranking" and not self.ctx.elsewhere:  # written by the ranking page itself, already re-ranked
            for page in (self.history, self.awards, self.bonus):
                page.reload()
        elif what in ("*", "units", "unit-scores", "monitoring", "awards", "appraisals", "cadres", "ranking", "seals",
                      "numbers"):  # 编号 seals the year, 解除封存 opens it; "ranking" from another clerk
            self.reload()

    def reload(self) -> None:
        for page in (self.ranking, self.history, self.awards, self.bonus):
            page.reload()

    def _preview(self, title: str, fn: Callable[[Database], Any]) -> None:
        """Build and render the document off the GUI thread, then show it in the preview."""
        preview_document(self.ctx, self, lambda db, _state: fn(db), title)

    def print_table(self) -> None:
        year = int(self.year_box.value())
        self._preview(f"{year}年度目标责任考核排名表", lambda db: print_jobs.ranking_table(db, year))

    def print_notice(self) -> None:
        """The notice in the preview: a draft until 编号… there gives it its 文号 (kept for every reprint)."""
        year = int(self.year_box.value())
        preview_document(self.ctx, self, lambda db, _state: print_jobs.ranking_notice(db, year, False),
                         f"{year}年度目标责任考核结果通报暨表彰决定", number=("award-notice", year))


def create(ctx: AppContext) -> QWidget:
    return RankingTab(ctx)


