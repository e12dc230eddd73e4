"""单位考核排名: per-group ranking and 年度目标责任考核奖 (第五条第（一）项), the units × years history,
the other awards (第五条第（二）（三）项至第八条) and bonuses (第十一条至第十七条)."""
from __future__ import annotations

import datetime as dt

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
from ui.ranking.dialogs import OverrideDialog, ScoreDialog, TieBreakDialog
from ui.ranking.models import HistoryModel, RankingModel, history_columns
from ui.widgets.row_model import apply_widths, table_view
from zydesk.core.incentives.ranking import (
    PRIORITY_READINGS,
    ROUNDINGS,
    TIE_RULES,
    GroupResult,
    RankingResult,
    UnitResult,
)
from zydesk.errors import UserError
from zydesk.services.incentives import ranking as svc

TITLE = "单位考核排名"


class SettingsBox(QGroupBox):
    """The readings and figures used for the year, visible beside the result and changeable."""

    def __init__(self, page: RankingPage) -> None:
        super().__init__("本年度排名设置（政策解读与本地设置）")
        self.page = page
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
        form = QFormLayout(self)
        form.addRow("一等奖比例（%，第五条第（一）项第1目）：", self.percent)
        form.addRow("名额取整：", self.rounding)
        form.addRow("“优先评为”的理解（第3目）：", self.priority)
        form.addRow("名额边界并列：", self.tie)
        form.addRow("", self.direct_in_base)
        form.addRow("", self.vetoed_in_base)
        form.addRow("", self.vetoed_is_last)
        form.addRow("二等奖比例（%，本地设置，非政策规定）：", self.second)
        form.addRow("", apply)

    def show_settings(self, st: svc.RankingSettings) -> None:
        self.percent.setText(f"{st.quota_percent.normalize():f}")
        self.rounding.setCurrentIndex(self.rounding.findData(st.rounding))
        self.priority.setCurrentIndex(self.priority.findData(st.priority_reading))
        self.tie.setCurrentIndex(self.tie.findData(st.tie_rule))
        self.direct_in_base.setChecked(st.direct_in_base)
        self.vetoed_in_base.setChecked(st.vetoed_in_base)
        self.vetoed_is_last.setChecked(st.vetoed_is_last)
        self.second.setText(f"{st.second_percent.normalize():f}")

    def values(self) -> dict[str, object]:
        return {"ranking.quota_percent": self.percent.text().strip(), "ranking.rounding": self.rounding.currentData(),
                "ranking.priority_reading": self.priority.currentData(), "ranking.tie_rule": self.tie.currentData(),
                "ranking.direct_in_base": self.direct_in_base.isChecked(),
                "ranking.vetoed_in_base": self.vetoed_in_base.isChecked(),
                "ranking.vetoed_is_last": self.vetoed_is_last.isChecked(),
                "ranking.second_percent": self.second.text().strip()}

    def save(self) -> None:
        year = self.page.year()
        try:
            for key, value in self.values().items():
                svc.save_ranking_setting(self.page.ctx.db, key, value, year)
        except UserError as exc:
            QMessageBox.warning(self, "保存设置", str(exc))
        self.page.reload()


class RankingPage(QWidget):
    """One group at a time: choose the group, see its quota formula and ranked units."""

    def __init__(self, ctx: AppContext, year_box: QSpinBox) -> None:
        super().__init__()
        self.ctx = ctx
        self.year_box = year_box
        self.result: RankingResult | None = None
        self.group = QComboBox()
        self.group.setMinimumContentsLength(10)
        self.formula = QLabel()
        self.formula.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setStyleSheet("color: #c0392b;")
        self.warnings.setWordWrap(True)
        self.model = RankingModel(on_score=self._score_edited)
        self.view = table_view(read_only=False)  # scores are edited in place
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        apply_widths(self.view, self.model.columns)
        self.view.doubleClicked.connect(self._double_clicked)
        self.settings = SettingsBox(self)

        buttons = QHBoxLayout()
        for text, slot in (("修改得分…", self.edit_score), ("人工调整奖项…", self.override),
                           ("撤销人工调整", self.clear_override), ("并列裁定…", self.tie_break)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(QLabel("考核类别："))
        top.addWidget(self.group)
        top.addWidget(self.formula, 1)
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.warnings)
        lay.addWidget(self.view, 1)
        lay.addLayout(buttons)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.settings)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(split)
        self.group.currentTextChanged.connect(self._show_group)

    def year(self) -> int:
        return int(self.year_box.value())

    # ---- loading

    def reload(self) -> None:
        with self.ctx.db.read() as s:
            self.result = svc.compute_ranking(s, self.year())
        self.settings.show_settings(self.result.settings)
        current = self.group.currentText()
        names = [g.group for g in self.result.groups]
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItems(names)
        self.group.setCurrentText(current if current in names else (names[0] if names else ""))
        self.group.blockSignals(False)
        self._show_group(self.group.currentText())

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

    def _score_edited(self, unit: UnitResult, text: str) -> bool:
        try:
            svc.save_score(self.ctx.db, self.year(), unit.unit_id, text.strip() or None)
        except UserError as exc:
            QMessageBox.warning(self, "修改得分", str(exc))
            return False
        self._after_write(unit.unit_id)
        return True

    def _after_write(self, unit_id: int | None = None) -> None:
        self.reload()
        if unit_id is not None:
            for i, u in enumerate(self.model.rows):
                if u.unit_id == unit_id:
                    self.view.selectRow(i)
        self.ctx.changed("ranking")

    def _double_clicked(self, index: object) -> None:
        if getattr(index, "column", lambda: -1)() != 1:
            self.edit_score()

    def edit_score(self) -> None:
        unit = self.selected()
        if unit is None:
            return
        with self.ctx.db.read() as s:
            record = svc.score_record(s, self.year(), unit.unit_id)
        dialog = ScoreDialog(unit, record, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            svc.save_score(self.ctx.db, self.year(), unit.unit_id, dialog.score.text().strip() or None,
                           vetoed=dialog.vetoed.isChecked(), veto_reason=dialog.veto_reason.text(),
                           commend_plus=dialog.commend.isChecked(), excess_plus=dialog.excess.isChecked())
        except UserError as exc:
            QMessageBox.warning(self, "修改得分", str(exc))
            return
        self._after_write(unit.unit_id)

    def override(self) -> None:
        unit = self.selected()
        if unit is None:
            QMessageBox.information(self, "人工调整奖项", "请先选择一个单位。")
            return
        dialog = OverrideDialog(unit, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_override(unit, dialog.chosen(), dialog.reason_text())

    def apply_override(self, unit: UnitResult, award: str | None, reason: str) -> bool:
        try:
            svc.save_override(self.ctx.db, self.year(), unit.unit_id, award, reason)
        except UserError as exc:
            QMessageBox.warning(self, "人工调整奖项", str(exc))
            return False
        self._after_write(unit.unit_id)
        return True

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
        try:
            svc.clear_override(self.ctx.db, self.year(), unit.unit_id, dialog.reason_text())
        except UserError as exc:
            QMessageBox.warning(self, "撤销人工调整", str(exc))
            return
        self._after_write(unit.unit_id)

    def tie_break(self) -> None:
        g = self.current_group()
        if g is None or not g.tie_units:
            QMessageBox.information(self, "并列裁定", "本类别一等奖名额边界没有并列。")
            return
        if self.result is not None and self.result.settings.tie_rule != "clerk":
            QMessageBox.information(self, "并列裁定", "当前设置为“并列全部计入”，无须裁定。如需裁定，请在右侧设置中改为“由经办人裁定”。")
            return
        tied = [u for u in g.units if u.unit_id in g.tie_units]
        dialog = TieBreakDialog(g.group, tied, g.tie_places, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            svc.save_tie_break(self.ctx.db, self.year(), g.group, dialog.winners(), dialog.reason.text())
        except UserError as exc:
            QMessageBox.warning(self, "并列裁定", str(exc))
            return
        self._after_write()


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
        with self.ctx.db.read() as s:
            years, rows = svc.history_rows(s, int(self.year_box.value()), int(self.span.value()))
        cols = history_columns(years)
        self.model.set_rows(rows, cols)
        apply_widths(self.view, cols)


class RankingTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.year_box = QSpinBox()
        self.year_box.setRange(2000, 2200)
        with ctx.db.read() as s:
            years = svc.score_years(s)
        self.year_box.setValue(years[-1] if years else dt.date.today().year - 1)
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
        self.reload()

    def _data_changed(self, what: str) -> None:
        if what == "ranking":  # written by the ranking page itself, which has already re-ranked
            for page in (self.history, self.awards, self.bonus):
                page.reload()
        elif what in ("*", "units", "unit-scores", "monitoring", "awards", "appraisals", "cadres"):
            self.reload()

    def reload(self) -> None:
        for page in (self.ranking, self.history, self.awards, self.bonus):
            page.reload()

    def print_table(self) -> None:
        from ui.printing.preview import preview_document
        from zydesk.services.incentives.ranking_documents import build_ranking_table

        year, db = int(self.year_box.value()), self.ctx.db
        preview_document(self.ctx, self, lambda: build_ranking_table(db, year), f"{year}年度目标责任考核排名表")

    def print_notice(self) -> None:
        from ui.printing.preview import preview_document
        from zydesk.services.incentives.ranking_documents import build_notice, notice_number

        year, db = int(self.year_box.value()), self.ctx.db
        answer = QMessageBox.question(
            self, "通报暨表彰决定",
            "是否从发文字号登记簿编发文号（紫发）？\n是：编号（本年度通报已编过号的沿用原号）\n否：只预览，文号留空",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Cancel:
            return
        allocate = answer == QMessageBox.StandardButton.Yes

        def build() -> object:
            number = ""
            if allocate:
                build_notice(db, year, "（检查）")  # refuse before a number is taken
                number = notice_number(db, year, allocate=True)
            return build_notice(db, year, number)

        preview_document(self.ctx, self, build, f"{year}年度目标责任考核结果通报暨表彰决定")


def create(ctx: AppContext) -> QWidget:
    return RankingTab(ctx)


