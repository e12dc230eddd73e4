"""Pages of the 优秀干部评选 tab. Each page reads plain rows from the services, starts operations and
shows the results; the rules live in zydesk.core.incentives.excellent / promotion."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.excellent.models import (
    DIRECT_COLUMNS,
    HONOUR_COLUMNS,
    NOMINEE_COLUMNS,
    RESERVE_COLUMNS,
    SUGGESTION_COLUMNS,
    UNIT_QUOTA_COLUMNS,
    QuotaModel,
    QuotaRow,
    VerdictModel,
    WarnModel,
)
from ui.excellent.widgets import CadrePicker, FormDialog, NominateDialog, date_edit
from ui.master.renmian_action import CaseFormButtons
from ui.ops import QueryOp, WriteOp
from ui.printing.preview import preview_document
from ui.theme import mark
from ui.widgets.fit import fit_columns, remember_splitter, side_panel
from ui.widgets.row_model import Column, RowTableModel, selected_row, table_view
from ui.widgets.seal_banner import lock_widgets, locked_hint
from ui.widgets.year_pages import YearPageBase
from zydesk.core.citation import Doc
from zydesk.core.incentives.excellent import (
    CATEGORIES,
    CATEGORY_TITLES,
    HONOUR_KINDS,
    CheckLine,
    NomineeAction,
    Tolerance,
    allowed_actions,
    needs_election_reason,
)
from zydesk.core.incentives.seal import SealArea
from zydesk.services import seals
from zydesk.services.cadre_queries import cadre_history, unit_choices
from zydesk.services.handle import Database
from zydesk.services.incentives import excellent as svc
from zydesk.services.incentives import print_jobs
from zydesk.services.incentives import promotion as promo
from zydesk.services.lrmx.fill import Basis
from zydesk.services.reading import read

_ACTIONS = {a.value: a for a in NomineeAction}  # button text (without …) → the action it starts


def buttons(*pairs: tuple[str, Callable[[], Any]], made: dict[str, QPushButton] | None = None) -> QHBoxLayout:
    """A row of buttons; `made` (if given) receives each button by its text."""
    lay = QHBoxLayout()
    for text, slot in pairs:
        b = QPushButton(text)
        b.clicked.connect(slot)
        lay.addWidget(b)
        if made is not None:
            made[text] = b
    lay.addStretch(1)
    return lay


def stored_lines(checks: tuple[dict[str, Any], ...]) -> list[CheckLine]:
    """Check lines as stored with a nomination → CheckLine for the verdict view."""
    out = []
    for c in checks:
        rule, _, evidence = str(c["evidence"]).partition("：")
        out.append(CheckLine(Doc.INCENTIVES.cite(int(c["article"]), c.get("item")), rule, str(c["verdict"]), evidence,
                             bool(c.get("blocking"))))
    return out


class Page(YearPageBase):
    def warn(self, title: str, exc: Exception | str) -> None:
        QMessageBox.warning(self, title, str(exc))

    def query(self, fn: Callable[[Database], Any], show: Callable[[Any], None]) -> None:
        """Read off the GUI thread, then show (dropped if the page is gone)."""
        QueryOp(self.ctx, lambda db, _s: fn(db), show, parent=self).run()

    def write(self, title: str, fn: Callable[[Database], Any], changes: str,
              done: Callable[[Any], None] | None = None, *, after_failure: Callable[[], None] | None = None) -> None:
        """Run a writing service; a refusal is shown in a message box titled `title`."""
        def refused(msg: str) -> None:
            self.warn(title, msg)
            if after_failure is not None:
                after_failure()

        WriteOp(self.ctx, lambda db, _s: fn(db), changes, done, parent=self).failure(refused).run()

    def preview(self, title: str, fn: Callable[[Database], Any]) -> None:
        """Build and render a document off the GUI thread, then show it in the preview."""
        preview_document(self.ctx, self, lambda db, _state: fn(db), title)

    def reload(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError


# ---------------------------------------------------------------- 评选 (第九条)
class RoundBox(QGroupBox):
    """The round's quotas and the “左右” tolerance (settings of the round), changeable."""

    def __init__(self, page: SelectionPage) -> None:
        super().__init__("名额与“左右”容差（第九条，本地设置）")
        self.page = page
        self.targets = {c: QSpinBox() for c in CATEGORIES}
        self.total = QSpinBox()
        self.tol_cat = QSpinBox()
        self.tol_all = QSpinBox()
        for box in (*self.targets.values(), self.total, self.tol_cat, self.tol_all):
            box.setRange(0, 999)
        self.on_date = date_edit()
        self.on_date.setMinimumWidth(110)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow panel: labels above fields
        for c, box in self.targets.items():
            form.addRow(f"{CATEGORY_TITLES[c]}：", box)
        form.addRow("总数（左右）：", self.total)
        form.addRow("每类容差（±）：", self.tol_cat)
        form.addRow("总数容差（±）：", self.tol_all)
        form.addRow("评选基准日（核对处分影响期）：", self.on_date)
        self.as_default = QCheckBox("同时设为以后新建评选的默认值")
        form.addRow("", self.as_default)
        save = QPushButton("保存名额")
        save.clicked.connect(self.save)
        form.addRow("", save)
        # the round's quotas are part of what its 表彰决定 announced: locked with it
        self.edits: list[QWidget] = [*self.targets.values(), self.total, self.tol_cat, self.tol_all, self.on_date,
                                     self.as_default, save]

    def show_view(self, view: svc.RoundView) -> None:
        for q in view.report.lines:
            self.targets[q.category].setValue(q.target)
        self.total.setValue(view.report.total_target)
        self.tol_cat.setValue(view.report.lines[0].high - view.report.lines[0].target)
        self.tol_all.setValue(view.report.total_high - view.report.total_target)
        self.on_date.setText(view.selection_date.isoformat() if view.selection_date else "")

    def save(self) -> None:
        year, targets, total = self.page.year(), {c: b.value() for c, b in self.targets.items()}, self.total.value()
        tol, on, default = Tolerance(self.tol_cat.value(), self.tol_all.value()), self.on_date.text(), \
            self.as_default.isChecked()
        self.page.write("保存名额", lambda db: svc.set_round(db, year, targets, total, tol, on, default), "excellent",
                        lambda _r: self.page.after_write())


class SelectionPage(Page):
    """A round per year: filled/target per category (live), nominees, their checks and stages."""

    def __init__(self, ctx: AppContext, year_box: QSpinBox) -> None:
        super().__init__(ctx, year_box)
        self.view_data: svc.RoundView | None = None
        self.quota_model = QuotaModel()
        self.quota_view = table_view(self.quota_model)
        self.quota_view.setMaximumHeight(150)
        self.total_label = QLabel()
        self.total_label.setObjectName("total")
        self.nominees = RowTableModel(NOMINEE_COLUMNS)
        self.nominee_view = table_view(self.nominees)
        self.checks = VerdictModel()
        self.check_view = table_view(self.checks)
        self.deeds = QPlainTextEdit()
        self.deeds.setReadOnly(True)
        self.round_box = RoundBox(self)
        self._select_after: int | None = None  # the nominee to select once the rows arrive
        self.action_buttons: dict[str, QPushButton] = {}
        self.locked = ""  # why the year's selection cannot be changed (its 表彰决定's 文号), "" while open

        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel("各类名额（已当选 / 名额；超出“左右”范围须记录理由）："))
        lay.addWidget(self.quota_view)
        lay.addWidget(self.total_label)
        lay.addLayout(buttons(("推荐…", self.nominate), ("资格审核", self.check), ("录入票数/得分…", self.score),
                              ("进入下一阶段", self.advance), ("设为未通过…", self.reject),
                              ("择优推荐市级", self.city), ("修改事迹/附件…", self.edit), ("撤回推荐", self.withdraw),
                              made=self.action_buttons))
        prints = buttons(("打印推荐审批表", self.print_nomination), ("打印本年度全部审批表", self.print_all),
                         ("打印表彰决定", self.print_decision))
        self.locked_hint = locked_hint()  # on the print row: the action row is full at 1366
        prints.insertWidget(3, self.locked_hint)
        lay.addLayout(prints)
        # the list is what the clerk works through: most of the height; checks and deeds below it, in a
        # splitter the clerk can drag (remembered)
        below = QWidget()  # side by side: one line of captions instead of two
        bl = QGridLayout(below)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(QLabel("资格审核（第九条）："), 0, 0)
        bl.addWidget(self.check_view, 1, 0)
        bl.addWidget(QLabel("事迹、附件与阶段记录："), 0, 1)
        bl.addWidget(self.deeds, 1, 1)
        bl.setColumnStretch(0, 3)
        bl.setColumnStretch(1, 2)
        rows = QSplitter(Qt.Orientation.Vertical)
        rows.addWidget(self.nominee_view)
        rows.addWidget(below)
        rows.setStretchFactor(0, 3)
        rows.setStretchFactor(1, 1)
        rows.setSizes([600, 200])
        remember_splitter(rows, "excellent/nominees")
        lay.addWidget(rows, 1)
        self.nominee_columns = fit_columns(self.nominee_view, keep=("姓名", "票数", "得分", "推荐市级"),
                                         spare=("公民身份号码", "推荐单位", "超额理由", "现任职务"),
                                         key="excellent/nominees")
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.round_box)
        side_panel(split, 1, 0.24)
        remember_splitter(split, "excellent/round")
        outer = QVBoxLayout(self)
        outer.addWidget(split)
        self.nominee_view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())

    def reload(self) -> None:
        year = self.year()
        self.query(lambda db: read(db, _round_view, year), self._show_locked)

    def _show_locked(self, found: tuple[svc.RoundView, str]) -> None:
        view, self.locked = found
        lock_widgets(self.round_box.edits, self.locked)
        self._show(view)

    def _show(self, v: svc.RoundView) -> None:
        self.view_data = v
        keep = self.current()
        wanted = self._select_after if self._select_after is not None else (keep.id if keep else None)
        self._select_after = None
        self.quota_model.set_rows([QuotaRow(q, v.nominated[q.category]) for q in v.report.lines])
        r = v.report
        self.total_label.setText(
            f"合计：已当选 {r.total_filled} / {r.total_target} 名左右（{r.total_low}—{r.total_high}）；"
            f"已推荐 {sum(v.nominated.values())} 人" + ("" if v.exists else "。本年度评选尚未建立，推荐第一人时自动建立。"))
        self.nominees.set_rows(v.nominees)
        self.round_box.show_view(v)
        if wanted is not None:
            self.select(wanted)
        self._show_selected()

    def current(self) -> svc.NomineeRow | None:
        return selected_row(self.nominee_view, self.nominees)

    def select(self, nomination_id: int) -> None:
        for i, n in enumerate(self.nominees.rows):
            if n.id == nomination_id:
                self.nominee_view.selectRow(i)

    def _enable_actions(self, n: svc.NomineeRow | None) -> None:
        """Only what the nominee's stage allows (the same rule the services apply); nothing in a sealed year."""
        lock_widgets(self.action_buttons.values(), self.locked, self.locked_hint)
        if self.locked:
            return
        allowed = allowed_actions(n.stage) if n is not None else frozenset()
        for text, button in self.action_buttons.items():
            action = _ACTIONS.get(text.rstrip("…"))
            if action is not None:
                button.setEnabled(n is None or action in allowed)

    def _show_selected(self) -> None:
        n = self.current()
        self._enable_actions(n)
        self.checks.set_rows(stored_lines(n.checks) if n else [])
        if n is None:
            self.deeds.setPlainText("")
            return
        self.query(lambda db: read(db, svc.stage_history, n.id), lambda history: self._show_history(n, history))

    def _show_history(self, n: svc.NomineeRow, history: list[Any]) -> None:
        current = self.current()
        if current is None or current.id != n.id:
            return
        steps = " → ".join(f"{h.to_stage}（{h.at:%Y-%m-%d}，{h.by}{'，' + h.reason if h.reason else ''}）"
                           for h in history)
        self.deeds.setPlainText(n.deeds + ("\n附件：" + "；".join(n.attachments) if n.attachments else "")
                                + f"\n阶段记录：{steps}")

    def after_write(self, nomination_id: int | None = None) -> None:
        """Show the round again after a write (its operation has announced the change), keeping the nominee."""
        self._select_after = nomination_id
        self.reload()

    def _need(self, title: str) -> svc.NomineeRow | None:
        n = self.current()
        if n is None:
            QMessageBox.information(self, title, "请先选择一名被推荐人。")
        return n

    def nominate_dialog(self) -> NominateDialog:
        return NominateDialog(self.ctx, self.year(), self)

    def nominate(self) -> None:
        dialog = self.nominate_dialog()
        if dialog.exec() and dialog.nomination_id is not None:
            self.after_write(dialog.nomination_id)

    def _do(self, title: str, fn: Callable[[Database], Any], n: svc.NomineeRow) -> None:
        """A step on the nominee; shown again (selected) whether it was done or refused."""
        self.write(title, fn, "excellent", lambda _r: self.after_write(n.id),
                   after_failure=lambda: self.after_write(n.id))

    def check(self) -> None:
        n = self._need("资格审核")
        if n:
            self._do("资格审核", lambda db: svc.check_nominee(db, n.id), n)

    def score_dialog(self, n: svc.NomineeRow) -> FormDialog:
        d = FormDialog(f"{n.name}：录入评审结果", self.ctx, "excellent", self)
        votes = QLineEdit("" if n.votes is None else str(n.votes))
        score = QLineEdit("" if n.score is None else format(n.score, "f"))
        d.form.add("票数", votes)
        d.form.add("得分", score)
        d.form.add("说明", QLabel("票数、得分至少填一项；得分最多两位小数。"))
        d.submit = lambda db: svc.enter_score(db, n.id, votes.text().strip() or None, score.text().strip() or None)
        return d

    def score(self) -> None:
        n = self._need("录入票数/得分")
        if n and self.score_dialog(n).exec():
            self.after_write(n.id)

    def advance(self) -> None:
        n = self._need("进入下一阶段")
        if n:
            self.query(lambda db: read(db, svc.election_overrun, n.id), lambda over: self._advance(n, over))

    def _advance(self, n: svc.NomineeRow, over: str | None) -> None:
        reason = ""
        if needs_election_reason(n.stage, over):
            reason, ok = QInputDialog.getText(self, "超出“左右”范围", f"{over}。\n请填写理由（将记录在案）：")
            if not ok:
                return
        self._do("进入下一阶段", lambda db: svc.advance(db, n.id, None, reason), n)

    def reject(self) -> None:
        n = self._need("设为未通过")
        if not n:
            return
        reason, ok = QInputDialog.getText(self, "设为未通过", f"{n.name}未通过的理由：")
        if ok:
            self._do("设为未通过", lambda db: svc.advance(db, n.id, svc.REJECTED, reason), n)

    def city(self) -> None:
        n = self._need("择优推荐市级")
        if n:
            flag = not n.city_recommended
            self._do("择优推荐市级", lambda db: svc.set_city_recommended(db, n.id, flag), n)

    def edit_dialog(self, n: svc.NomineeRow) -> FormDialog:
        d = FormDialog(f"{n.name}：修改事迹和附件", self.ctx, "excellent", self)
        deeds = QPlainTextEdit(n.deeds)
        attachments = QPlainTextEdit("\n".join(n.attachments))
        attachments.setMaximumHeight(80)
        d.form.add("事迹", deeds)
        d.form.add("附件（每行一项）", attachments)
        d.submit = lambda db: svc.update_nomination(db, n.id, deeds=deeds.toPlainText(),
                                                    attachments=attachments.toPlainText().splitlines(),
                                                    version=n.version)
        d.resize(640, 460)
        return d

    def edit(self) -> None:
        n = self._need("修改事迹/附件")
        if n and self.edit_dialog(n).exec():
            self.after_write(n.id)

    def print_nomination(self) -> None:
        n = self._need("打印推荐审批表")
        if n:
            year, number = self.year(), n.id_number
            self.preview("优秀干部推荐审批表", lambda db: print_jobs.nominations(db, year, number))

    def print_all(self) -> None:
        year = self.year()
        self.preview("优秀干部推荐审批表", lambda db: print_jobs.nominations(db, year))

    def print_decision(self) -> None:
        year = self.year()
        preview_document(self.ctx, self, lambda db, _state: print_jobs.decision(db, year), "表彰决定",
                         number=("excellent-decision", year))

    def withdraw(self) -> None:
        n = self._need("撤回推荐")
        if n:
            self._do("撤回推荐", lambda db: svc.delete_nomination(db, n.id), n)


def _round_view(s: Any, year: int) -> tuple[svc.RoundView, str]:
    """The year's round and why it cannot be changed ("" while open)."""
    return svc.round_view(s, year), seals.locked_note(s, SealArea.EXCELLENT, year)


# ---------------------------------------------------------------- 第十条
class UnitQuotaPage(Page):
    """Each unit's 优秀 quota for the civil-servant appraisal, the places used and the directly rated."""

    def __init__(self, ctx: AppContext, year_box: QSpinBox) -> None:
        super().__init__(ctx, year_box)
        self.quotas = WarnModel(UNIT_QUOTA_COLUMNS, lambda q: q.over)
        self.direct = RowTableModel(DIRECT_COLUMNS)
        self.rate = QLineEdit()
        self.rate_first = QLineEdit()
        self._versions: dict[str, int] | None = None  # of the rates shown
        self.rounding = QComboBox()
        self.rounding.addItems(list(svc.QUOTA_ROUNDINGS))
        box = QGroupBox("名额比例（本地设置，按年度；2016年为15%，一等奖单位最高20%）")
        box.setMaximumWidth(560)
        form = QFormLayout(box)
        form.addRow(f"{svc.F_RATE}：", self.rate)
        form.addRow(f"{svc.F_RATE_FIRST}：", self.rate_first)
        form.addRow(f"{svc.F_ROUNDING}：", self.rounding)
        save = QPushButton("保存本年度比例")
        save.clicked.connect(self.save)
        form.addRow("", save)
        self.over = QLabel()
        mark(self.over, "error")
        self.over.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel("第十条：本年度受市委、市政府以上表彰且无违纪违规的，直接评定为优秀，不占本单位优秀名额；"
                             "单位名额按不含直接评定人员的参加考核人数计算。"))
        lay.addWidget(box)
        lay.addWidget(self.over)
        lay.addWidget(table_view(self.quotas), 3)
        lay.addWidget(QLabel("直接评定为优秀的人员："))
        lay.addWidget(table_view(self.direct), 1)

    def reload(self) -> None:
        year = self.year()
        self.query(lambda db: read(db, _quota_view, year), self._show)

    def _show(self, view: tuple[list[Any], list[Any], svc.QuotaRates]) -> None:
        quotas, direct, rates = view
        self.quotas.set_rows(quotas)
        self.direct.set_rows(direct)
        self._versions = rates.versions
        self.rate.setText(rates.rate)
        self.rate_first.setText(rates.rate_first)
        self.rounding.setCurrentText(rates.rounding)
        over = [q for q in quotas if q.over]
        shown = "；".join(f"{q.unit_name}已用{q.used}名，名额{q.quota}名" for q in over[:5])
        self.over.setText(f"{len(over)}个单位优秀人数超过名额（表中红色行）：{shown}" + ("……" if len(over) > 5 else "")
                          if over else "")

    def save(self) -> None:
        """The service checks both rates (0 至 100%) and saves them with the rounding in one transaction."""
        year = self.year()
        rates = svc.QuotaRates(self.rate.text(), self.rate_first.text(), self.rounding.currentText(),
                               self._versions)  # as read: a save over another clerk's newer change is refused
        self.write("保存比例", lambda db: svc.save_quota_rates(db, year, rates), "settings", lambda _r: self.reload())


def _quota_view(s: Any, year: int) -> tuple[list[Any], list[Any], svc.QuotaRates]:
    return svc.unit_quotas(s, year), svc.directly_rated(s, year), svc.quota_rates(s, year)


# ---------------------------------------------------------------- 记功 and honours
class HonoursPage(Page):
    def __init__(self, ctx: AppContext, year_box: QSpinBox) -> None:
        super().__init__(ctx, year_box)
        self.suggestions = RowTableModel(SUGGESTION_COLUMNS)
        self.sug_view = table_view(self.suggestions)
        self.show_decided = QCheckBox("显示已处理的建议")
        self.show_decided.toggled.connect(lambda _c: self.reload())
        self.honours = RowTableModel(HONOUR_COLUMNS)
        self.hon_view = table_view(self.honours)
        lay = QVBoxLayout(self)
        intro = QLabel("记功建议（第十条，本地解读：第十条只规定按程序报批记功；连续三年优秀建议记三等功出自公务员考核"
                       "有关规定。建议由经办人采纳或忽略）：")
        intro.setWordWrap(True)
        lay.addWidget(intro)
        top = buttons(("采纳建议", self.accept_suggestion), ("忽略建议…", self.dismiss_suggestion))
        top.addWidget(self.show_decided)
        lay.addLayout(top)
        lay.addWidget(self.sug_view, 1)
        lay.addWidget(QLabel("奖励与荣誉称号（按程序报批）："))
        lay.addLayout(buttons(("提出奖励…", self.propose), ("添加审批环节…", self.add_step)))
        lay.addWidget(self.hon_view, 1)

    def reload(self) -> None:
        year, decided = self.year(), self.show_decided.isChecked()
        self.query(lambda db: (read(db, svc.merit_suggestions, year, decided), read(db, svc.honours, year)),
                   self._show)

    def _show(self, rows: tuple[list[Any], list[Any]]) -> None:
        self.suggestions.set_rows(rows[0])
        self.honours.set_rows(rows[1])

    def _after(self, _result: object = None) -> None:
        self.reload()

    def accept_suggestion(self) -> None:
        x = selected_row(self.sug_view, self.suggestions)
        if x is None:
            return
        self.write("采纳建议", lambda db: svc.decide_suggestion(db, x.cadre_id, x.year, True), "honours", self._after,
                   after_failure=self._after)

    def dismiss_suggestion(self) -> None:
        x = selected_row(self.sug_view, self.suggestions)
        if x is None:
            return
        reason, ok = QInputDialog.getText(self, "忽略建议", f"不为{x.name}{x.kind}的理由：")
        if not ok:
            return
        self.write("忽略建议", lambda db: svc.decide_suggestion(db, x.cadre_id, x.year, False, reason), "honours",
                   self._after, after_failure=self._after)

    def propose_dialog(self, units: list[Any]) -> FormDialog:
        d = FormDialog(f"提出{self.year()}年度奖励", self.ctx, "honours", self)
        kind = QComboBox()
        kind.addItems(HONOUR_KINDS)
        picker = CadrePicker(self.ctx)
        unit = QComboBox()
        for u in units:
            unit.addItem(u.name, u.id)
        reason = QPlainTextEdit()
        d.form.add("奖励种类", kind, required=True)
        d.form.add("个人（授予个人时）", picker)
        d.form.add("单位（授予集体时）", unit)
        d.form.add("事由", reason)
        year = self.year()
        d.submit = lambda db: svc.propose_honour(db, year, kind.currentText(), cadre_id=picker.cadre_id(),
                                                 unit_id=unit.currentData(), reason=reason.toPlainText())
        return d

    def propose(self) -> None:
        self.query(lambda db: read(db, unit_choices), self._propose)

    def _propose(self, units: list[Any]) -> None:
        if self.propose_dialog(units).exec():
            self._after()

    def step_dialog(self, honour: svc.HonourRow) -> FormDialog:
        d = FormDialog(f"{honour.subject}{honour.kind}：添加审批环节", self.ctx, "honours", self)
        step = QComboBox()
        step.setEditable(True)
        step.addItems(["单位提名", "组织人事部门审核", "公示", "县委审批", "报市审批"])
        body = QLineEdit()
        result = QComboBox()
        result.addItems(svc.APPROVAL_RESULTS)
        on = date_edit(dt.date.today())
        opinion = QLineEdit()
        doc = QLineEdit()
        for label, w in (("审批环节", step), ("审批机关", body), ("结果", result), ("日期", on), ("意见", opinion),
                         ("批准文号（批准时）", doc)):
            d.form.add(label, w, required=label in ("审批环节", "审批机关", "结果", "日期"))
        d.submit = lambda db: svc.add_honour_step(db, honour.id, step.currentText(), body.text(),
                                                  result.currentText(), on.text(), opinion.text(), doc.text())
        return d

    def add_step(self) -> None:
        h = selected_row(self.hon_view, self.honours)
        if h is not None and self.step_dialog(h).exec():
            self._after()


# ---------------------------------------------------------------- 资格审查
GUIDE = ("使用方法：在“干部”中输入姓名或身份号码片段并选择干部，填写拟任职务，核对审查日期，再点“资格审查”。"
         "程序按鼓励激励实施办法第十八条至第二十四条逐项列出审查项目、结论和所依据的事实；"
         "结果自动保存，可打印资格审查表。按 F1 查看相关条款原文。")
HISTORY = "以往审查记录（保存审查日期、所用数据和审查人）："
HISTORY_NONE = "以往审查记录（选择干部后显示）："


class ReviewPage(Page):
    """Pick a cadre, the proposed post and the date → one line per rule (第十八条至第二十四条)."""

    def __init__(self, ctx: AppContext, year_box: QSpinBox) -> None:
        super().__init__(ctx, year_box)
        self.result: promo.ReviewResult | None = None
        self.picker = CadrePicker(ctx)
        self.post = QLineEdit()
        self.post.setPlaceholderText("拟任职务")
        self.on = date_edit(dt.date.today())
        self.exchange = QCheckBox("党政正职拟交流重用")
        self.lines = VerdictModel()
        self.view = table_view(self.lines)
        self.conclusion = QLabel()
        self.conclusion.setWordWrap(True)
        self.conclusion.setStyleSheet("font-weight: bold;")
        self.left_out = QLabel()  # records a local setting left out (第二十一条 表彰计算年限), with the reason
        self.left_out.setWordWrap(True)
        # until a review runs the page says what to do and what the review checks, never a bare empty table
        self.guide = QLabel(GUIDE)
        self.guide.setWordWrap(True)
        self.history = RowTableModel([
            promo_col("审查日期", lambda r: r.review_date), promo_col("拟任职务", lambda r: r.post_text),
            promo_col("结论", lambda r: r.conclusion), promo_col("审查人", lambda r: r.run_by),
            promo_col("审查时间", lambda r: f"{r.run_at:%Y-%m-%d %H:%M}")])
        form = QFormLayout()
        form.addRow("干部：", self.picker)
        form.addRow("拟任职务：", self.post)
        form.addRow("审查日期：", self.on)
        form.addRow("", self.exchange)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        actions = buttons(("资格审查", self.run_review), ("打印资格审查表", self.print_review),
                          ("登记参与重点工作…", self.key_work), ("标注表彰领域…", self.tag))
        # the 干部任免审批表 of the reviewed cadre, 拟任职务 from the review (shown once a review ran)
        self.renmian = CaseFormButtons(ctx, self, self._case)
        self.renmian.add_to(actions)
        self.renmian.show(False)
        lay.addLayout(actions)
        lay.addWidget(self.guide)
        lay.addWidget(self.conclusion)
        lay.addWidget(self.view, 3)
        lay.addWidget(self.left_out)
        self.history_label = QLabel(HISTORY_NONE)
        lay.addWidget(self.history_label)
        lay.addWidget(table_view(self.history), 1)
        self.picker.picked.connect(lambda _c: self.reload())

    def reload(self) -> None:
        cid = self.picker.cadre_id()
        case = self._case()
        self.renmian.show(case is not None and case[0] == cid)  # the review shown is the picked cadre's
        if cid is None:
            self.history.set_rows([])
            self.history_label.setText(HISTORY_NONE)
            return
        self.query(lambda db: read(db, promo.review_history, cid), self._show_history)

    def _show_history(self, rows: list[Any]) -> None:
        self.history.set_rows(rows)
        self.history_label.setText(HISTORY if rows else "以往审查记录：该干部尚未做过资格审查。")

    def run_review(self) -> None:
        """The service checks the pick and the typed date, runs the review and keeps it."""
        cid, on, post, exchange = self.picker.cadre_id(), self.on.text(), self.post.text(), self.exchange.isChecked()
        self.write("资格审查", lambda db: promo.run_review(db, cid, on, post, exchange), "promotion", self._show_review)

    def _show_review(self, result: promo.ReviewResult) -> None:
        self.result = result
        self.guide.hide()
        self.lines.set_rows(result.lines)
        self.left_out.setText("\n".join(f"未计入（{x.citation}）：{x.record.text}，{x.reason}" for x in result.left_out))
        self.conclusion.setText(f"结论：{result.conclusion}（{result.facts.name}，审查日期 {result.facts.on.isoformat()}）")
        self.reload()

    def _case(self) -> tuple[int, Basis] | None:
        r = self.result
        if r is None or r.review_id is None or r.cadre_id is None:
            return None
        return r.cadre_id, Basis(review_id=r.review_id)

    def key_work_dialog(self, cadre_id: int) -> FormDialog:
        d = FormDialog("登记参与重点工作（第十八条）", self.ctx, "promotion", self)
        year = QSpinBox()
        year.setRange(2016, 2100)
        year.setValue(self.year())
        work = QLineEdit()
        result = QPlainTextEdit()
        result.setMaximumHeight(90)
        d.form.add("年度", year, required=True)
        d.form.add("重点工作、中心工作", work, required=True)
        d.form.add("取得的成绩", result, required=True)
        d.submit = lambda db: promo.add_key_work(db, cadre_id, year.value(), work.text(), result.toPlainText())
        return d

    def key_work(self) -> None:
        cid = self.picker.cadre_id()
        if cid is None:
            QMessageBox.information(self, "登记参与重点工作", "请先查找并选择干部。")
        else:
            self.key_work_dialog(cid).exec()

    def tag_dialog(self, cadre_id: int) -> FormDialog:
        d = FormDialog("标注表彰领域（第二十一条、第二十二条）", self.ctx, "promotion", self)
        which = QComboBox()

        def fill(history: Any) -> None:
            for c in history.commendations:
                which.addItem(f"{c.date.isoformat()} {c.level}“{c.title}”", c.id)

        QueryOp(self.ctx, lambda db, _s: read(db, cadre_history, cadre_id), fill, parent=d).run()
        field = QComboBox()
        field.addItems(["", *promo.TAG_FIELDS])
        kind = QComboBox()
        kind.addItems(["", *promo.TAG_KINDS])
        d.form.add("表彰", which, required=True)
        d.form.add("领域（名称看不出时）", field)
        d.form.add("类型", kind)
        d.submit = lambda db: promo.tag_commendation(db, which.currentData(), field.currentText(), kind.currentText())
        return d

    def tag(self) -> None:
        cid = self.picker.cadre_id()
        if cid is None:
            QMessageBox.information(self, "标注表彰领域", "请先查找并选择干部。")
        else:
            self.tag_dialog(cid).exec()

    def print_review(self) -> None:
        if self.result is None or self.result.review_id is None:
            QMessageBox.information(self, "打印资格审查表", "请先进行资格审查。")
            return
        rid = self.result.review_id
        self.preview("干部选拔资格审查表", lambda db: print_jobs.review(db, rid))


def promo_col(title: str, fn: Callable[[Any], Any]) -> Column[Any]:
    return Column(title, fn, width=10)


# ---------------------------------------------------------------- 科级后备干部
class ReservePage(Page):
    def __init__(self, ctx: AppContext, year_box: QSpinBox) -> None:
        super().__init__(ctx, year_box)
        self.model = RowTableModel(RESERVE_COLUMNS)
        self.view = table_view(self.model)
        self.show_removed = QCheckBox("显示已移出的")
        self.show_removed.toggled.connect(lambda _c: self.reload())
        lay = QVBoxLayout(self)
        top = buttons(("列入…", self.add), ("移出…", self.remove))
        top.addWidget(self.show_removed)
        lay.addWidget(QLabel("科级后备干部名单（当选“敢担当、善作为”优秀干部者自动列入，第二十条）："))
        lay.addLayout(top)
        lay.addWidget(self.view)

    def reload(self) -> None:
        removed = self.show_removed.isChecked()
        for col, column in enumerate(RESERVE_COLUMNS):  # 移出日期/理由 only when removed people are listed
            if column.title.startswith("移出"):
                self.view.setColumnHidden(col, not removed)
        self.query(lambda db: read(db, svc.reserve_list, removed), self.model.set_rows)

    def add_dialog(self) -> FormDialog:
        d = FormDialog("列入科级后备干部", self.ctx, "reserve", self)
        picker = CadrePicker(self.ctx)
        source = QComboBox()
        source.addItems(svc.RESERVE_SOURCES)
        on = date_edit(dt.date.today())
        note = QLineEdit()
        d.form.add("干部", picker, required=True)
        d.form.add("来源", source, required=True)
        d.form.add("列入日期", on, required=True)
        d.form.add("备注", note)
        d.submit = lambda db: svc.add_reserve(db, picker.cadre_id(), source.currentText(), on.text(), note.text())
        return d

    def add(self) -> None:
        if self.add_dialog().exec():
            self.reload()

    def remove(self) -> None:
        r = selected_row(self.view, self.model)
        if r is None or r.removed_on is not None:
            return
        reason, ok = QInputDialog.getText(self, "移出科级后备干部", f"将{r.name}移出名单的理由：")
        if not ok:
            return
        self.write("移出科级后备干部", lambda db: svc.remove_reserve(db, r.id, reason), "reserve",
                   lambda _r: self.reload(), after_failure=self.reload)
