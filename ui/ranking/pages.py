"""Pages of the 单位考核排名 tab: other awards (第五条第（二）（三）项至第八条) and bonuses (第十一条至第十七条)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.ops import QueryOp, WriteOp
from ui.printing.preview import preview_document
from ui.ranking.dialogs import AmountDialog, RecordedAwardDialog
from ui.ranking.notify import informer, warner
from ui.theme import mark
from ui.widgets.fit import remember_splitter, side_panel
from ui.widgets.row_model import CENTER, RIGHT, Column, RowTableModel, selected_row, table_view
from ui.widgets.seal_banner import lock_widgets, locked_hint
from zydesk.core.incentives.awards import (
    KIND_KEY_TASK,
    KIND_POOR_VILLAGE,
    KIND_REFORM,
    RECORDED_KINDS,
    REFORM_GRADES,
    CatchUpResult,
)
from zydesk.core.incentives.bonus import GRADES, REMAINDER_RULES, BonusError, Person, Plan, Share, parse_coefficient
from zydesk.core.incentives.ranking import AWARDS
from zydesk.core.incentives.seal import SealArea
from zydesk.core.incentives.values import AppraisalGrade
from zydesk.errors import UserError
from zydesk.services import seals
from zydesk.services.handle import Database
from zydesk.services.incentives import awards as awards_svc
from zydesk.services.incentives import bonus as bonus_svc
from zydesk.services.incentives import print_jobs
from zydesk.services.incentives.awards import AwardLine
from zydesk.services.incentives.ranking_export import export_plan_xlsx
from zydesk.services.reading import read
from zydesk.services.unit_list import unit_choices

AWARD_COLUMNS: list[Column[AwardLine]] = [
    Column("奖项", lambda a: a.kind, width=14), Column("等次", lambda a: a.grade or "", width=6),
    Column("单位", lambda a: a.unit, width=10), Column("类别", lambda a: a.group, width=8),
    Column("说明", lambda a: a.detail, width=16), Column("依据", lambda a: a.basis, width=16),
    Column("来源", lambda a: a.source, width=6), Column("备注", lambda a: a.note, tooltip=lambda a: a.note),
]
CATCHUP_COLUMNS: list[Column[CatchUpResult]] = [
    Column("指标", lambda c: c.indicator, width=14), Column("责任单位", lambda c: c.unit, width=10),
    Column("本年全省排名", lambda c: c.rank_now, align=CENTER), Column("上年", lambda c: c.rank_prev1, align=CENTER),
    Column("前年", lambda c: c.rank_prev2, align=CENTER), Column("前两年最好", lambda c: c.best_prev, align=CENTER),
    Column("前移位次", lambda c: c.places_up, align=CENTER),
    Column("结果", lambda c: "获奖" if c.qualifies else "未达到", width=6),
    Column("依据", lambda c: str(c.basis)), Column("说明", lambda c: c.note, tooltip=lambda c: c.note),
]


class AwardsPage(QWidget):
    def __init__(self, ctx: AppContext, year_box: QSpinBox) -> None:
        super().__init__()
        self.ctx = ctx
        self.year_box = year_box
        self.model: RowTableModel[AwardLine] = RowTableModel(AWARD_COLUMNS)
        self.view = table_view(self.model)
        self.catch_model: RowTableModel[CatchUpResult] = RowTableModel(CATCHUP_COLUMNS)
        self.catch_view = table_view(self.catch_model)
        self.warning = QLabel()
        mark(self.warning, "error")
        buttons = QHBoxLayout()
        self.edit_buttons: dict[str, QPushButton] = {}  # the year's entries: locked with a sealed year
        for text, slot in (("录入奖项…", self.add), ("删除所选录入", self.delete), ("重点工作清单…", self.edit_tasks)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
            self.edit_buttons[text] = b
        self.locked_hint = locked_hint()
        buttons.addWidget(self.locked_hint)
        buttons.addStretch(1)
        upper = QWidget()
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(QLabel("本年度全部奖项（年度目标责任考核奖和追赶超越贡献奖第2目为计算结果，其余为录入）："))
        ul.addWidget(self.view, 1)
        ul.addWidget(self.warning)
        ul.addLayout(buttons)
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel("追赶超越贡献奖（第六条第2目）：全省监测考评排名与前两年最好排名相比，前移5个以上位次且无一票否决"))
        ll.addWidget(self.catch_view, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        lay = QVBoxLayout(self)
        lay.addWidget(split)

    def year(self) -> int:
        return int(self.year_box.value())

    def reload(self) -> None:
        year = self.year()
        QueryOp(self.ctx, lambda db, _s: read(db, _awards_view, year), self._show, parent=self).run()

    def _show(self, view: tuple[list[AwardLine], list[CatchUpResult], str | None, str]) -> None:
        lines, catch, warning, locked = view
        # the 重点工作清单 is not a year's: it stays open
        lock_widgets([self.edit_buttons["录入奖项…"], self.edit_buttons["删除所选录入"]], locked, self.locked_hint)
        self.model.set_rows(lines)
        self.catch_model.set_rows(catch)
        self.warning.setText(warning or "")

    def add(self) -> None:
        year = self.year()
        QueryOp(self.ctx, lambda db, _s: read(db, _choices), lambda c: self._add(RecordedAwardDialog(year, *c, self)),
                parent=self).run()

    def _add(self, dialog: RecordedAwardDialog) -> None:
        """Until saved or cancelled: a refused entry shows why and opens the dialog again as typed."""
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        data = dialog.data()

        def refused(msg: str) -> None:
            QMessageBox.warning(self, "录入奖项", msg)
            self._add(dialog)

        WriteOp(self.ctx, lambda db, _s: awards_svc.add_recorded_award(db, data), "awards", parent=self) \
            .failure(refused).run()

    def delete(self) -> None:
        line = selected_row(self.view, self.model)
        if line is None or line.record_id is None:
            QMessageBox.information(self, "删除", "请选择一条录入的奖项（计算得出的奖项不能删除，可在排名页人工调整）。")
            return
        if QMessageBox.question(self, "删除", f"删除“{line.unit} {line.kind} {line.detail}”？") \
                != QMessageBox.StandardButton.Yes:
            return
        record_id = line.record_id
        WriteOp(self.ctx, lambda db, _s: awards_svc.delete_recorded_award(db, record_id), "awards", parent=self) \
            .failure(warner(self, "删除")).run()

    def edit_tasks(self) -> None:
        QueryOp(self.ctx, lambda db, _s: read(db, awards_svc.key_tasks), self._edit_tasks, parent=self).run()

    def _edit_tasks(self, tasks: list[str]) -> None:
        text, ok = QInputDialog.getMultiLineText(self, "重点工作清单（第五条第（三）项）", "每行一项：", "\n".join(tasks))
        if not ok:
            return
        WriteOp(self.ctx, lambda db, _s: awards_svc.save_key_tasks(db, text.splitlines()), "awards", parent=self) \
            .failure(warner(self, "重点工作清单")).run()


def _awards_view(s: Any, year: int) -> tuple[list[AwardLine], list[CatchUpResult], str | None, str]:
    return (awards_svc.all_awards(s, year), awards_svc.catch_up_results(s, year), awards_svc.village_warning(s, year),
            seals.locked_note(s, SealArea.RANKING, year))


def _choices(s: Any) -> tuple[list[Any], list[str]]:
    return unit_choices(s), awards_svc.key_tasks(s)


def _export(path: str, year: int, unit: str, kind: str, grade: str, plan: Plan) -> object:
    try:
        return export_plan_xlsx(path, year, unit, kind, grade, plan)
    except OSError as exc:  # a locked or read-only file: the clerk can choose another place
        raise UserError(str(exc)) from exc


@dataclass(frozen=True)
class BonusView:
    """What the bonus page shows for a year, read in one go."""

    amounts: list[bonus_svc.AmountRow]
    coefficients: dict[str, Any]
    rule: str
    winners: list[tuple[str, tuple[int, str, str]]]  # text, (unit id, award kind, grade)
    versions: dict[str, int] | None = None  # of the coefficients and the rule: passed back with their save


def _bonus_view(s: Any, year: int) -> BonusView:
    winners = []
    for a in awards_svc.all_awards(s, year):
        if a.kind == KIND_POOR_VILLAGE:  # a village's award has no bonus of its own
            continue
        kind, grade = bonus_svc.bonus_key(a.kind, a.grade, a.detail)
        winners.append((f"{a.unit} — {kind}{' ' + grade if grade else ''}", (a.unit_id, kind, grade)))
    versions = bonus_svc.bonus_settings_versions(s, year)  # read first: a change in between is seen as newer
    return BonusView(bonus_svc.bonus_amounts(s, year), bonus_svc.coefficients(s, year),
                     bonus_svc.remainder_rule(s, year), winners, versions)


AMOUNT_COLUMNS: list[Column[bonus_svc.AmountRow]] = [
    Column("奖项", lambda r: r.award_kind, width=11), Column("等次/项目", lambda r: r.grade, width=6),
    Column("金额（元）", lambda r: r.amount, align=RIGHT, width=8),
]
SHARE_COLUMNS: list[Column[Share]] = [
    Column("姓名", lambda s: s.name, width=5), Column("年度考核等次", lambda s: s.grade, width=6),
    Column("系数", lambda s: s.coefficient, align=RIGHT, width=3), Column("金额（元）", lambda s: s.amount, align=RIGHT),
]
PERSON_COLUMNS: list[Column[Person]] = [
    Column("姓名", lambda p: p.name, width=5), Column("年度考核等次", lambda p: p.grade, width=6),
    Column("本人系数", lambda p: p.coefficient if p.coefficient is not None else "按等次"),
]


NO_PEOPLE = "选择获奖单位后，点“载入人员”列出该单位人员及其年度考核等次，即按系数算出每人金额。"
GRADE_ORDER = ("特等奖", *AWARDS, *REFORM_GRADES)


def _grade_order(rows: Sequence[bonus_svc.AmountRow]) -> Callable[[bonus_svc.AmountRow], tuple[int, int]]:
    """Amounts shown by award as listed, and within an award by grade: 特等 一等 二等 三等 (not by name)."""
    kinds = list(dict.fromkeys(r.award_kind for r in rows))

    def key(r: bonus_svc.AmountRow) -> tuple[int, int]:
        grade = GRADE_ORDER.index(r.grade) if r.grade in GRADE_ORDER else len(GRADE_ORDER)
        return kinds.index(r.award_kind), grade

    return key


class BonusPage(QWidget):
    """Amounts per award and grade; coefficients; a winning unit's distribution plan."""

    def __init__(self, ctx: AppContext, year_box: QSpinBox) -> None:
        super().__init__()
        self.ctx = ctx
        self.year_box = year_box
        self.plan: Plan | None = None
        self.people: list[Person] = []
        # amounts
        self.amounts: RowTableModel[bonus_svc.AmountRow] = RowTableModel(AMOUNT_COLUMNS)
        self.amount_view = table_view(self.amounts)
        add_amount = QPushButton("设置金额…")
        add_amount.clicked.connect(self.set_amount)
        del_amount = QPushButton("删除所选")
        del_amount.clicked.connect(self.delete_amount)
        amount_box = QGroupBox("奖金标准（县督查考评办确定，元）")
        al = QVBoxLayout(amount_box)
        al.addWidget(self.amount_view, 1)
        row = QHBoxLayout()
        row.addWidget(add_amount)
        row.addWidget(del_amount)
        row.addStretch(1)
        al.addLayout(row)
        # coefficients (local setting)
        coef_box = QGroupBox("系数（本地设置：政策只规定按个人年度考核等次发放）")
        cf = QFormLayout(coef_box)
        self.coef_edits: dict[str, QLineEdit] = {}
        self._coef_versions: dict[str, int] | None = None  # of the coefficients and rule shown
        for g in GRADES:
            e = QLineEdit()
            e.setPlaceholderText("逐人确定" if g == AppraisalGrade.UNRATED else "")
            self.coef_edits[g] = e
            cf.addRow(f"{g}：", e)
        self.rule = QComboBox()
        for k, v in REMAINDER_RULES.items():
            self.rule.addItem(v, k)
        cf.addRow("尾数：", self.rule)
        save_coef = QPushButton("保存系数（本年度）")
        save_coef.clicked.connect(self.save_coefficients)
        cf.addRow("", save_coef)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(amount_box, 1)
        ll.addWidget(coef_box)
        # plan
        self.winner = QComboBox()
        self.winner.setMinimumContentsLength(24)
        load = QPushButton("载入人员")
        load.clicked.connect(self.load_people)
        set_coef = QPushButton("设定所选人员系数…")
        set_coef.clicked.connect(self.set_person_coefficient)
        self.person_model: RowTableModel[Person] = RowTableModel(PERSON_COLUMNS)
        self.person_view = table_view(self.person_model)
        self.share_model: RowTableModel[Share] = RowTableModel(SHARE_COLUMNS)
        self.share_view = table_view(self.share_model)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        save = QPushButton("保存方案")
        save.clicked.connect(self.save_plan)
        export = QPushButton("导出 Excel…")
        export.clicked.connect(self.export_plan)
        print_plan = QPushButton("打印方案…")
        print_plan.clicked.connect(self.print_plan)
        plan_box = QGroupBox("奖金分配方案（第十一条：受奖单位制定，报县督查考评办备案，发放到人）")
        pl = QVBoxLayout(plan_box)
        r1 = QHBoxLayout()
        r1.addWidget(QLabel("获奖单位："))
        r1.addWidget(self.winner, 1)
        r1.addWidget(load)
        r1.addWidget(set_coef)
        pl.addLayout(r1)
        tables = QHBoxLayout()
        tables.addWidget(self.person_view)
        tables.addWidget(self.share_view)
        pl.addLayout(tables, 1)
        pl.addWidget(self.summary)
        r2 = QHBoxLayout()
        r2.addWidget(save)
        r2.addWidget(export)
        r2.addWidget(print_plan)
        r2.addStretch(1)
        pl.addLayout(r2)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(plan_box)
        side_panel(split, 0, 0.36)
        remember_splitter(split, "ranking/bonus")
        lay = QVBoxLayout(self)
        lay.addWidget(split)
        self.summary.setText(NO_PEOPLE)

    def year(self) -> int:
        return int(self.year_box.value())

    def reload(self) -> None:
        year = self.year()
        QueryOp(self.ctx, lambda db, _s: read(db, _bonus_view, year), self._show, parent=self).run()

    def _show(self, v: BonusView) -> None:
        self.amounts.set_rows(sorted(v.amounts, key=_grade_order(v.amounts)))
        for g, e in self.coef_edits.items():
            c = v.coefficients.get(g)
            e.setText("" if c is None else f"{c.normalize():f}")
        self.rule.setCurrentIndex(self.rule.findData(v.rule))
        self._coef_versions = v.versions
        current = self.winner.currentText()
        self.winner.clear()
        for text, key in v.winners:
            self.winner.addItem(text, key)
        if current:
            self.winner.setCurrentText(current)

    def _write(self, title: str, fn: Callable[[Database], Any], done: Callable[[Any], None]) -> None:
        WriteOp(self.ctx, lambda db, _s: fn(db), "bonus", done, parent=self) \
            .failure(warner(self, title)).run()

    def set_amount(self) -> None:
        QueryOp(self.ctx, lambda db, _s: read(db, awards_svc.key_tasks), self._amount_dialog, parent=self).run()

    def _amount_dialog(self, tasks: list[str]) -> None:
        grades: dict[str, Sequence[str]] = {awards_svc.KIND_RANKING: list(AWARDS), KIND_REFORM: list(REFORM_GRADES),
                                            KIND_KEY_TASK: tasks}
        kinds = [awards_svc.KIND_RANKING, *[k for k in RECORDED_KINDS if k != KIND_POOR_VILLAGE]]
        dialog = AmountDialog(kinds, grades, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        year, kind, grade, amount = self.year(), dialog.kind.currentText(), dialog.grade.currentText(), \
            dialog.amount.text()
        self._write("奖金标准", lambda db: bonus_svc.set_bonus_amount(db, year, kind, grade, amount),
                    lambda _r: self.reload())

    def delete_amount(self) -> None:
        row = selected_row(self.amount_view, self.amounts)
        if row is not None:
            year, kind, grade = self.year(), row.award_kind, row.grade
            self._write("删除奖金标准", lambda db: bonus_svc.delete_bonus_amount(db, year, kind, grade),
                        lambda _r: self.reload())

    def save_coefficients(self) -> None:
        year, rule = self.year(), str(self.rule.currentData())
        values = {g: e.text().strip() for g, e in self.coef_edits.items()}
        versions = self._coef_versions  # as shown: another clerk's newer change is not overwritten

        def done(_r: object) -> None:
            self.reload()
            self.recompute()

        self._write("系数", lambda db: bonus_svc.save_bonus_settings(db, values, rule, year, versions),
                    done)

    def load_people(self) -> None:
        key = self.winner.currentData()
        if key is None:
            return
        year = self.year()
        QueryOp(self.ctx, lambda db, _s: read(db, bonus_svc.plan_people, year, key[0]), self._people,
                parent=self).run()

    def _people(self, people: list[Person]) -> None:
        self.people = people
        self.person_model.set_rows(self.people)
        self.recompute()

    def set_person_coefficient(self) -> None:
        rows = self.person_view.selectionModel().selectedRows()
        if not rows:
            return
        i = rows[0].row()
        p = self.people[i]
        text, ok = QInputDialog.getText(self, "本人系数", f"{p.name}（{p.grade}）的系数（留空为按等次）：",
                                        text="" if p.coefficient is None else str(p.coefficient))
        if not ok:
            return
        try:
            coef = parse_coefficient(text)
        except BonusError as exc:
            QMessageBox.warning(self, "本人系数", str(exc))
            return
        self.people[i] = replace(p, coefficient=coef)
        self.person_model.set_rows(self.people)
        self.recompute()

    def recompute(self) -> None:
        key = self.winner.currentData()
        self.plan = None
        self.share_model.set_rows([])
        if key is None or not self.people:
            self.summary.setText(NO_PEOPLE)
            return
        year, people = self.year(), list(self.people)
        QueryOp(self.ctx, lambda db, _s: read(db, bonus_svc.compute_plan, year, key[1], key[2], people),
                self._show_plan, parent=self) \
            .failure(lambda msg: self.summary.setText(f"无法计算：{msg}")).run()

    def _show_plan(self, plan: Plan) -> None:
        self.plan = plan
        self.share_model.set_rows(list(plan.shares))
        self.summary.setText(f"奖金 {plan.total} 元；{plan.formula}；实发合计 {plan.paid} 元，"
                             f"结余 {plan.left} 元。尾数：{plan.rule_text}（依据{plan.basis}）")

    def save_plan(self) -> None:
        key = self.winner.currentData()
        if key is None or not self.people:
            QMessageBox.information(self, "保存方案", "请先选择获奖单位并载入人员。")
            return
        year, people = self.year(), list(self.people)
        self._write("保存方案", lambda db: bonus_svc.save_plan(db, year, key[0], key[1], key[2], people),
                    informer(self, "保存方案", "奖金分配方案已保存。"))

    def export_plan(self) -> None:
        key = self.winner.currentData()
        if key is None or self.plan is None:
            QMessageBox.information(self, "导出", "请先计算出分配方案。")
            return
        path, _ = QFileDialog.getSaveFileName(self, "导出奖金分配方案", f"奖金分配方案-{self.year()}.xlsx",
                                              "Excel 文件 (*.xlsx)")
        if not path:
            return
        year, unit, plan = self.year(), self.winner.currentText().split(" — ")[0], self.plan
        QueryOp(self.ctx, lambda _db, _s: _export(path, year, unit, key[1], key[2], plan), None,
                parent=self).failure(warner(self, "导出", "导出失败：")).run()

    def print_plan(self) -> None:
        key = self.winner.currentData()
        if key is None:
            return
        year, unit = self.year(), self.winner.currentText().split(" — ")[0]
        preview_document(self.ctx, self, lambda db, _state: print_jobs.bonus_plan(db, year, unit, key[1], key[2]),
                         "奖金分配方案")
