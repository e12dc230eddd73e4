"""Pages of the 优秀干部评选 tab. Each page reads plain rows from the services, starts operations and
shows the results; the rules live in zydesk.core.incentives.excellent / promotion."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
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
from ui.excellent.widgets import CadrePicker, FormDialog, NominateDialog, date_edit, read_date_text
from ui.printing.preview import preview_document
from ui.widgets.row_model import Column, RowTableModel, selected_row, table_view
from zydesk.core.citation import Doc
from zydesk.core.incentives.excellent import CATEGORIES, CATEGORY_TITLES, HONOUR_KINDS, CheckLine, Tolerance, parse_rate
from zydesk.errors import FieldError, UserError, ValidationError
from zydesk.services.cadre_queries import cadre_history, unit_choices
from zydesk.services.incentives import excellent as svc
from zydesk.services.incentives import excellent_documents as excellent_print
from zydesk.services.incentives import promotion as promo
from zydesk.services.settings import get_setting, set_setting

WARN = "color: #c0392b;"


def buttons(*pairs: tuple[str, Callable[[], Any]]) -> QHBoxLayout:
    lay = QHBoxLayout()
    for text, slot in pairs:
        b = QPushButton(text)
        b.clicked.connect(slot)
        lay.addWidget(b)
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


class Page(QWidget):
    def __init__(self, ctx: AppContext, year_box: QSpinBox) -> None:
        super().__init__()
        self.ctx = ctx
        self.year_box = year_box

    def year(self) -> int:
        return int(self.year_box.value())

    def warn(self, title: str, exc: Exception | str) -> None:
        QMessageBox.warning(self, title, str(exc))

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

    def show_view(self, view: svc.RoundView) -> None:
        for q in view.report.lines:
            self.targets[q.category].setValue(q.target)
        self.total.setValue(view.report.total_target)
        self.tol_cat.setValue(view.report.lines[0].high - view.report.lines[0].target)
        self.tol_all.setValue(view.report.total_high - view.report.total_target)
        self.on_date.setText(view.selection_date.isoformat() if view.selection_date else "")

    def save(self) -> None:
        errors: list[FieldError] = []
        on = read_date_text(self.on_date.text(), "评选基准日", errors)
        try:
            if errors:
                raise UserError(str(errors[0]))
            svc.set_round(self.page.ctx.db, self.page.year(), {c: b.value() for c, b in self.targets.items()},
                          self.total.value(), Tolerance(self.tol_cat.value(), self.tol_all.value()), on,
                          self.as_default.isChecked())
        except UserError as exc:
            self.page.warn("保存名额", exc)
            return
        self.page.after_write()


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
        self.deeds.setMaximumHeight(90)
        self.round_box = RoundBox(self)

        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel("各类名额（已当选 / 名额；超出“左右”范围须记录理由）："))
        lay.addWidget(self.quota_view)
        lay.addWidget(self.total_label)
        lay.addLayout(buttons(("推荐…", self.nominate), ("资格审核", self.check), ("录入票数/得分…", self.score),
                              ("进入下一阶段", self.advance), ("设为未通过…", self.reject),
                              ("择优推荐市级", self.city), ("修改事迹/附件…", self.edit), ("撤回推荐", self.withdraw)))
        lay.addLayout(buttons(("打印推荐审批表", self.print_nomination), ("打印本年度全部审批表", self.print_all),
                              ("打印表彰决定", self.print_decision)))
        lay.addWidget(self.nominee_view, 5)  # the list is what the clerk works through: most of the room
        lay.addWidget(QLabel("资格审核（第九条）："))
        lay.addWidget(self.check_view, 2)
        lay.addWidget(QLabel("事迹、附件与阶段记录："))
        self.deeds.setMaximumHeight(8 * self.fontMetrics().height())
        lay.addWidget(self.deeds, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.round_box)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(split)
        self.nominee_view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())

    def reload(self) -> None:
        with self.ctx.db.read() as s:
            self.view_data = svc.round_view(s, self.year())
        v = self.view_data
        keep = self.current()
        self.quota_model.set_rows([QuotaRow(q, v.nominated[q.category]) for q in v.report.lines])
        r = v.report
        self.total_label.setText(
            f"合计：已当选 {r.total_filled} / {r.total_target} 名左右（{r.total_low}—{r.total_high}）；"
            f"已推荐 {sum(v.nominated.values())} 人" + ("" if v.exists else "。本年度评选尚未建立，推荐第一人时自动建立。"))
        self.nominees.set_rows(v.nominees)
        self.round_box.show_view(v)
        if keep is not None:
            self.select(keep.id)
        self._show_selected()

    def current(self) -> svc.NomineeRow | None:
        return selected_row(self.nominee_view, self.nominees)

    def select(self, nomination_id: int) -> None:
        for i, n in enumerate(self.nominees.rows):
            if n.id == nomination_id:
                self.nominee_view.selectRow(i)

    def _show_selected(self) -> None:
        n = self.current()
        self.checks.set_rows(stored_lines(n.checks) if n else [])
        if n is None:
            self.deeds.setPlainText("")
            return
        with self.ctx.db.read() as s:
            history = svc.stage_history(s, n.id)
        steps = " → ".join(f"{h.to_stage}（{h.at:%Y-%m-%d}，{h.by}{'，' + h.reason if h.reason else ''}）"
                           for h in history)
        self.deeds.setPlainText(n.deeds + ("\n附件：" + "；".join(n.attachments) if n.attachments else "")
                                + f"\n阶段记录：{steps}")

    def after_write(self, nomination_id: int | None = None) -> None:
        self.reload()
        if nomination_id is not None:
            self.select(nomination_id)
        self.ctx.changed("excellent")

    def _need(self, title: str) -> svc.NomineeRow | None:
        n = self.current()
        if n is None:
            QMessageBox.information(self, title, "请先选择一名被推荐人。")
        return n

    def nominate_dialog(self) -> NominateDialog:
        return NominateDialog(self.ctx.db, self.year(), self)

    def nominate(self) -> None:
        dialog = self.nominate_dialog()
        if dialog.exec() and dialog.nomination_id is not None:
            self.after_write(dialog.nomination_id)

    def _do(self, title: str, fn: Callable[[], Any], n: svc.NomineeRow) -> None:
        try:
            fn()
        except UserError as exc:
            self.warn(title, exc)
        self.after_write(n.id)

    def check(self) -> None:
        n = self._need("资格审核")
        if n:
            self._do("资格审核", lambda: svc.check_nominee(self.ctx.db, n.id), n)

    def score_dialog(self, n: svc.NomineeRow) -> FormDialog:
        d = FormDialog(f"{n.name}：录入评审结果", self)
        votes = QLineEdit("" if n.votes is None else str(n.votes))
        score = QLineEdit("" if n.score is None else format(n.score, "f"))
        d.form.add("票数", votes)
        d.form.add("得分", score)
        d.form.add("说明", QLabel("票数、得分至少填一项；得分最多两位小数。"))
        d.submit = lambda: svc.enter_score(self.ctx.db, n.id, votes.text().strip() or None,
                                           score.text().strip() or None)
        return d

    def score(self) -> None:
        n = self._need("录入票数/得分")
        if n and self.score_dialog(n).exec():
            self.after_write(n.id)

    def advance(self) -> None:
        n = self._need("进入下一阶段")
        if not n:
            return
        reason = ""
        if n.stage == "公示":
            with self.ctx.db.read() as s:
                over = svc.election_overrun(s, n.id)
            if over:
                reason, ok = QInputDialog.getText(self, "超出“左右”范围", f"{over}。\n请填写理由（将记录在案）：")
                if not ok:
                    return
        self._do("进入下一阶段", lambda: svc.advance(self.ctx.db, n.id, None, reason), n)

    def reject(self) -> None:
        n = self._need("设为未通过")
        if not n:
            return
        reason, ok = QInputDialog.getText(self, "设为未通过", f"{n.name}未通过的理由：")
        if ok:
            self._do("设为未通过", lambda: svc.advance(self.ctx.db, n.id, svc.REJECTED, reason), n)

    def city(self) -> None:
        n = self._need("择优推荐市级")
        if n:
            self._do("择优推荐市级", lambda: svc.set_city_recommended(self.ctx.db, n.id, not n.city_recommended), n)

    def edit_dialog(self, n: svc.NomineeRow) -> FormDialog:
        d = FormDialog(f"{n.name}：修改事迹和附件", self)
        deeds = QPlainTextEdit(n.deeds)
        attachments = QPlainTextEdit("\n".join(n.attachments))
        attachments.setMaximumHeight(80)
        d.form.add("事迹", deeds)
        d.form.add("附件（每行一项）", attachments)
        d.submit = lambda: svc.update_nomination(self.ctx.db, n.id, deeds=deeds.toPlainText(),
                                                 attachments=attachments.toPlainText().splitlines())
        d.resize(640, 460)
        return d

    def edit(self) -> None:
        n = self._need("修改事迹/附件")
        if n and self.edit_dialog(n).exec():
            self.after_write(n.id)

    def print_nomination(self) -> None:
        n = self._need("打印推荐审批表")
        if n:
            preview_document(self.ctx, self, lambda: excellent_print.build_nominations(
                self.ctx.db, {"year": self.year(), "cadre": n.id_number}), "优秀干部推荐审批表")

    def print_all(self) -> None:
        preview_document(self.ctx, self, lambda: excellent_print.build_nominations(self.ctx.db, {"year": self.year()}),
                         "优秀干部推荐审批表")

    def print_decision(self) -> None:
        preview_document(self.ctx, self, lambda: excellent_print.decision(self.ctx.db, {"year": self.year()}),
                         "表彰决定")

    def withdraw(self) -> None:
        n = self._need("撤回推荐")
        if n:
            self._do("撤回推荐", lambda: svc.delete_nomination(self.ctx.db, n.id), n)


# ---------------------------------------------------------------- 第十条
class UnitQuotaPage(Page):
    """Each unit's 优秀 quota for the civil-servant appraisal, the places used and the directly rated."""

    def __init__(self, ctx: AppContext, year_box: QSpinBox) -> None:
        super().__init__(ctx, year_box)
        self.quotas = WarnModel(UNIT_QUOTA_COLUMNS, lambda q: q.over)
        self.direct = RowTableModel(DIRECT_COLUMNS)
        self.rate = QLineEdit()
        self.rate_first = QLineEdit()
        self.rounding = QComboBox()
        self.rounding.addItems(["向下取整", "四舍五入"])
        box = QGroupBox("名额比例（本地设置，按年度；2016年为15%，一等奖单位最高20%）")
        box.setMaximumWidth(560)
        form = QFormLayout(box)
        form.addRow("优秀比例：", self.rate)
        form.addRow("获一等奖单位的比例：", self.rate_first)
        form.addRow("名额取整：", self.rounding)
        save = QPushButton("保存本年度比例")
        save.clicked.connect(self.save)
        form.addRow("", save)
        self.over = QLabel()
        self.over.setStyleSheet(WARN)
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
        y = self.year()
        with self.ctx.db.read() as s:
            quotas = svc.unit_quotas(s, y)
            direct = svc.directly_rated(s, y)
            rate = get_setting(s, svc.S_RATE, svc.DEFAULT_RATE, y)
            first = get_setting(s, svc.S_RATE_FIRST, svc.DEFAULT_RATE_FIRST, y)
            rounding = get_setting(s, svc.S_ROUNDING, svc.DEFAULT_ROUNDING, y)
        self.quotas.set_rows(quotas)
        self.direct.set_rows(direct)
        self.rate.setText(rate if isinstance(rate, str) else str(rate))
        self.rate_first.setText(first if isinstance(first, str) else str(first))
        self.rounding.setCurrentText(str(rounding))
        over = [q for q in quotas if q.over]
        shown = "；".join(f"{q.unit_name}已用{q.used}名，名额{q.quota}名" for q in over[:5])
        self.over.setText(f"{len(over)}个单位优秀人数超过名额（表中红色行）：{shown}" + ("……" if len(over) > 5 else "")
                          if over else "")

    def save(self) -> None:
        try:
            for text in (self.rate.text(), self.rate_first.text()):
                r = parse_rate(text)
                if not 0 <= r <= 1:
                    raise ValueError
        except (ValueError, ZeroDivisionError):
            self.warn("保存比例", "比例应写成 15% 或 0.15 的形式，且在 0 至 100% 之间")
            return
        y = self.year()
        set_setting(self.ctx.db, svc.S_RATE, self.rate.text().strip(), y)
        set_setting(self.ctx.db, svc.S_RATE_FIRST, self.rate_first.text().strip(), y)
        set_setting(self.ctx.db, svc.S_ROUNDING, self.rounding.currentText(), y)
        self.reload()
        self.ctx.changed("settings")


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
        lay.addWidget(QLabel("记功建议（第十条；公务员年度考核连续三年优秀 → 建议记三等功，由经办人采纳或忽略）："))
        top = buttons(("采纳建议", self.accept_suggestion), ("忽略建议…", self.dismiss_suggestion))
        top.addWidget(self.show_decided)
        lay.addLayout(top)
        lay.addWidget(self.sug_view, 1)
        lay.addWidget(QLabel("奖励与荣誉称号（按程序报批）："))
        lay.addLayout(buttons(("提出奖励…", self.propose), ("添加审批环节…", self.add_step)))
        lay.addWidget(self.hon_view, 1)

    def reload(self) -> None:
        with self.ctx.db.read() as s:
            self.suggestions.set_rows(svc.merit_suggestions(s, self.year(), self.show_decided.isChecked()))
            self.honours.set_rows(svc.honours(s, self.year()))

    def _after(self) -> None:
        self.reload()
        self.ctx.changed("honours")

    def accept_suggestion(self) -> None:
        x = selected_row(self.sug_view, self.suggestions)
        if x is None:
            return
        try:
            svc.decide_suggestion(self.ctx.db, x.cadre_id, x.year, True)
        except UserError as exc:
            self.warn("采纳建议", exc)
        self._after()

    def dismiss_suggestion(self) -> None:
        x = selected_row(self.sug_view, self.suggestions)
        if x is None:
            return
        reason, ok = QInputDialog.getText(self, "忽略建议", f"不为{x.name}{x.kind}的理由：")
        if not ok:
            return
        try:
            svc.decide_suggestion(self.ctx.db, x.cadre_id, x.year, False, reason)
        except UserError as exc:
            self.warn("忽略建议", exc)
        self._after()

    def propose_dialog(self) -> FormDialog:
        d = FormDialog(f"提出{self.year()}年度奖励", self)
        kind = QComboBox()
        kind.addItems(HONOUR_KINDS)
        picker = CadrePicker(self.ctx.db)
        unit = QComboBox()
        with self.ctx.db.read() as s:
            for u in unit_choices(s):
                unit.addItem(u.name, u.id)
        reason = QPlainTextEdit()
        d.form.add("奖励种类", kind, required=True)
        d.form.add("个人（授予个人时）", picker)
        d.form.add("单位（授予集体时）", unit)
        d.form.add("事由", reason)
        d.submit = lambda: svc.propose_honour(self.ctx.db, self.year(), kind.currentText(),
                                              cadre_id=picker.cadre_id(), unit_id=unit.currentData(),
                                              reason=reason.toPlainText())
        return d

    def propose(self) -> None:
        if self.propose_dialog().exec():
            self._after()

    def step_dialog(self, honour: svc.HonourRow) -> FormDialog:
        d = FormDialog(f"{honour.subject}{honour.kind}：添加审批环节", self)
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

        def submit() -> None:
            errors: list[FieldError] = []
            day = read_date_text(on.text(), "日期", errors)
            if day is None and not errors:
                errors.append(FieldError("日期", "必填"))
            if errors:
                raise ValidationError(errors)
            assert day is not None
            svc.add_honour_step(self.ctx.db, honour.id, step.currentText(), body.text(), result.currentText(), day,
                                opinion.text(), doc.text())
        d.submit = submit
        return d

    def add_step(self) -> None:
        h = selected_row(self.hon_view, self.honours)
        if h is not None and self.step_dialog(h).exec():
            self._after()


# ---------------------------------------------------------------- 资格审查
class ReviewPage(Page):
    """Pick a cadre, the proposed post and the date → one line per rule (第十八条至第二十四条)."""

    def __init__(self, ctx: AppContext, year_box: QSpinBox) -> None:
        super().__init__(ctx, year_box)
        self.result: promo.ReviewResult | None = None
        self.picker = CadrePicker(ctx.db)
        self.post = QLineEdit()
        self.post.setPlaceholderText("拟任职务")
        self.on = date_edit(dt.date.today())
        self.exchange = QCheckBox("党政正职拟交流重用")
        self.lines = VerdictModel()
        self.view = table_view(self.lines)
        self.conclusion = QLabel()
        self.conclusion.setWordWrap(True)
        self.conclusion.setStyleSheet("font-weight: bold;")
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
        lay.addLayout(buttons(("资格审查", self.run_review), ("打印资格审查表", self.print_review),
                              ("登记参与重点工作…", self.key_work), ("标注表彰领域…", self.tag)))
        lay.addWidget(self.conclusion)
        lay.addWidget(self.view, 3)
        lay.addWidget(QLabel("以往审查记录（保存审查日期、所用数据和审查人）："))
        lay.addWidget(table_view(self.history), 1)
        self.picker.picked.connect(lambda _c: self.reload())

    def reload(self) -> None:
        cid = self.picker.cadre_id()
        with self.ctx.db.read() as s:
            self.history.set_rows(promo.review_history(s, cid) if cid is not None else [])

    def run_review(self) -> None:
        cid = self.picker.cadre_id()
        if cid is None:
            QMessageBox.information(self, "资格审查", "请先查找并选择干部。")
            return
        errors: list[FieldError] = []
        on = read_date_text(self.on.text(), "审查日期", errors) or dt.date.today()
        if errors:
            self.warn("资格审查", errors[0])
            return
        try:
            self.result = promo.run_review(self.ctx.db, cid, on, self.post.text(), self.exchange.isChecked())
        except UserError as exc:
            self.warn("资格审查", exc)
            return
        self.lines.set_rows(self.result.lines)
        self.conclusion.setText(f"结论：{self.result.conclusion}（{self.result.facts.name}，审查日期 {on.isoformat()}）")
        self.reload()
        self.ctx.changed("promotion")


    def key_work_dialog(self, cadre_id: int) -> FormDialog:
        d = FormDialog("登记参与重点工作（第十八条）", self)
        year = QSpinBox()
        year.setRange(2016, 2100)
        year.setValue(self.year())
        work = QLineEdit()
        result = QPlainTextEdit()
        result.setMaximumHeight(90)
        d.form.add("年度", year, required=True)
        d.form.add("重点工作、中心工作", work, required=True)
        d.form.add("取得的成绩", result, required=True)
        d.submit = lambda: promo.add_key_work(self.ctx.db, cadre_id, year.value(), work.text(), result.toPlainText())
        return d

    def key_work(self) -> None:
        cid = self.picker.cadre_id()
        if cid is None:
            QMessageBox.information(self, "登记参与重点工作", "请先查找并选择干部。")
        elif self.key_work_dialog(cid).exec():
            self.ctx.changed("promotion")

    def tag_dialog(self, cadre_id: int) -> FormDialog:
        d = FormDialog("标注表彰领域（第二十一条、第二十二条）", self)
        which = QComboBox()
        with self.ctx.db.read() as s:
            for c in cadre_history(s, cadre_id).commendations:
                which.addItem(f"{c.date.isoformat()} {c.level}“{c.title}”", c.id)
        field = QComboBox()
        field.addItems(["", *promo.TAG_FIELDS])
        kind = QComboBox()
        kind.addItems(["", *promo.TAG_KINDS])
        d.form.add("表彰", which, required=True)
        d.form.add("领域（名称看不出时）", field)
        d.form.add("类型", kind)

        def submit() -> None:
            if which.currentData() is None:
                raise UserError("该干部没有个人表彰记录")
            promo.tag_commendation(self.ctx.db, int(which.currentData()), field.currentText(), kind.currentText())
        d.submit = submit
        return d

    def tag(self) -> None:
        cid = self.picker.cadre_id()
        if cid is None:
            QMessageBox.information(self, "标注表彰领域", "请先查找并选择干部。")
        elif self.tag_dialog(cid).exec():
            self.ctx.changed("promotion")

    def print_review(self) -> None:
        if self.result is None or self.result.review_id is None:
            QMessageBox.information(self, "打印资格审查表", "请先进行资格审查。")
            return
        rid = self.result.review_id
        preview_document(self.ctx, self, lambda: excellent_print.build_review(self.ctx.db, {"review": rid}),
                         "干部选拔资格审查表")


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
        with self.ctx.db.read() as s:
            self.model.set_rows(svc.reserve_list(s, self.show_removed.isChecked()))

    def add_dialog(self) -> FormDialog:
        d = FormDialog("列入科级后备干部", self)
        picker = CadrePicker(self.ctx.db)
        source = QComboBox()
        source.addItems(svc.RESERVE_SOURCES)
        on = date_edit(dt.date.today())
        note = QLineEdit()
        d.form.add("干部", picker, required=True)
        d.form.add("来源", source, required=True)
        d.form.add("列入日期", on, required=True)
        d.form.add("备注", note)

        def submit() -> None:
            errors: list[FieldError] = []
            day = read_date_text(on.text(), "列入日期", errors)
            cid = picker.cadre_id()
            if cid is None:
                errors.append(FieldError("干部", "请先查找并选择干部"))
            if day is None and not errors:
                errors.append(FieldError("列入日期", "必填"))
            if errors:
                raise ValidationError(errors)
            assert cid is not None and day is not None
            svc.add_reserve(self.ctx.db, cid, source.currentText(), day, note.text())
        d.submit = submit
        return d

    def add(self) -> None:
        if self.add_dialog().exec():
            self.reload()
            self.ctx.changed("reserve")

    def remove(self) -> None:
        r = selected_row(self.view, self.model)
        if r is None or r.removed_on is not None:
            return
        reason, ok = QInputDialog.getText(self, "移出科级后备干部", f"将{r.name}移出名单的理由：")
        if not ok:
            return
        try:
            svc.remove_reserve(self.ctx.db, r.id, reason)
        except UserError as exc:
            self.warn("移出科级后备干部", exc)
        self.reload()
        self.ctx.changed("reserve")


