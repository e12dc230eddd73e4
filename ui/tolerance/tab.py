"""容错纠错: the case list with deadlines in working days, the case view with its timeline (第八条),
and one action per step. Every read and write is an operation (ui.ops); which actions a case allows comes
with the case from the service (zydesk.core.tolerance.machine), so this module only collects and shows."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.ops import QueryOp, WriteOp
from ui.printing.preview import preview_document
from ui.theme import colours, mark
from ui.tolerance.dialogs import ActionDialog, CalendarDialog
from ui.tolerance.views import (  # noqa: F401  (the colours are part of the tab's interface)
    OVERDUE_BG,
    SOON_BG,
    CaseListModel,
    case_html,
    day_text,
)
from ui.widgets.fit import char_widths, fit_columns, remember_splitter, side_panel
from ui.widgets.flow import flow_row
from zydesk.core.tolerance import rules
from zydesk.core.tolerance.values import CaseAction, Conclusion
from zydesk.services.handle import Database
from zydesk.services.reading import read
from zydesk.services.tolerance import cases as svc
from zydesk.services.tolerance import printouts
from zydesk.services.tolerance.cases import CaseDetail, CaseList
from zydesk.services.tolerance.view import CaseView, case_view

TITLE = "容错纠错"
Index = QModelIndex | QPersistentModelIndex
ALL = "全部"
A = CaseAction
STEP_BUTTONS = ((A.ACCEPT, "受理…"), (A.REFUSE, "不予受理…"), (A.INVESTIGATE, "形成调查报告…"),
                (A.CONCLUDE, "作出认定…"), (A.FEEDBACK, "反馈…"), (A.FILE, "报备…"), (A.CLOSE, "办结…"))


def tab_title(overdue: int) -> str:
    return f"{TITLE} ({overdue})" if overdue else TITLE


# ---- the tab -------------------------------------------------------------------------------------------

class ToleranceTab(QWidget):
    overdue_changed = Signal(int)

    def __init__(self, ctx: AppContext, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.ctx = ctx
        self.today = today
        self.case_id: int | None = None
        self.detail: CaseDetail | None = None
        self.overdue = 0
        self.units: list[tuple[int, str]] = []
        self._last_dialog: ActionDialog | None = None
        self._last_calendar: CalendarDialog | None = None
        # filters
        self.status = QComboBox()
        self.status.addItems([ALL, *rules.STATUSES])
        self.year = QComboBox()
        self.unit = QComboBox()
        self.only_overdue = QCheckBox("仅逾期")
        self.this_week = QCheckBox("本周到期")
        for w in (self.status, self.year, self.unit):
            w.currentIndexChanged.connect(lambda _i: self.refresh())
        for cb in (self.only_overdue, self.this_week):
            cb.toggled.connect(lambda _c: self.refresh())
        self.new_button = QPushButton("登记申请…")
        self.new_button.clicked.connect(self.register_dialog)
        self.calendar_button = QPushButton("节假日安排…")
        self.calendar_button.clicked.connect(self.calendar_dialog)
        self.clarify_button = QPushButton("澄清保护…")
        self.clarify_button.clicked.connect(lambda: self.clarify_dialog(None))
        self.settings_button = QPushButton("设置…")
        self.settings_button.clicked.connect(self.settings_dialog)
        self.book_button = QPushButton("案件登记簿…")
        self.book_button.clicked.connect(self.print_register)
        bar = QHBoxLayout()
        for label, w in (("状态", self.status), ("年度", self.year), ("单位", self.unit)):
            bar.addWidget(QLabel(label + "："))
            bar.addWidget(w)
        bar.addWidget(self.only_overdue)
        bar.addWidget(self.this_week)
        bar.addStretch(1)
        bar.addWidget(flow_row([self.new_button, self.clarify_button, self.book_button, self.calendar_button,
                                self.settings_button]), 1)
        # list
        self.model = CaseListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.legend = QLabel(f"<span style='background:{colours.OVERDUE_BG}'>　红色　</span> 有逾期环节　"
                             f"<span style='background:{colours.SOON_BG}'>　黄色　</span> 2个工作日内到期　"
                             "期限后带 * 者依据未录入节假日安排推算")
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.table)
        lv.addWidget(self.legend)
        # case view
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        mark(self.message, "error")
        self.step_buttons: dict[CaseAction, QPushButton] = {}
        for action, text in STEP_BUTTONS:
            b = QPushButton(text)
            b.clicked.connect(lambda _c=False, a=action: self.step_dialog(a))
            self.step_buttons[action] = b
        self.record_buttons: dict[CaseAction, QPushButton] = {}
        for action, slot in ((A.CIRCUMSTANCES, self.circumstances_dialog), (A.EVIDENCE, self.evidence_dialog),
                             (A.HEARING, self.hearing_dialog), (A.EXCLUSIONS, self.exclusions_dialog),
                             (A.CORRECTION, self.correction_dialog), (A.FOLLOWUP, self.followup_dialog),
                             (A.CLARIFY, lambda: self.clarify_dialog(self.case_id)), (A.AMEND, self.amend_dialog)):
            b = QPushButton(f"{action.label}…")
            b.clicked.connect(slot)
            self.record_buttons[action] = b
        self.print_button = QPushButton("打印文书")
        self.print_menu = QMenu(self.print_button)
        self.print_button.setMenu(self.print_menu)
        # rows that wrap: the case view stays narrow enough for the list beside it to show 期限 and 依据
        steps = flow_row(list(self.step_buttons.values()))
        records = flow_row([*self.record_buttons.values(), self.print_button])
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.view, 1)
        rv.addWidget(self.message)
        rv.addWidget(steps)
        rv.addWidget(records)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        side_panel(split, 1, 0.4)
        remember_splitter(split, "tolerance/cases")
        char_widths(self.table, {"案件编号": 9, "申请人": 4, "事由": 10, "状态": 5, "当前环节": 6, "期限": 6,
                                 "依据": 9, "剩余": 4, "认定结论": 6})
        self.columns = fit_columns(self.table, keep=("案件编号", "期限", "依据", "剩余"),
                                 spare=("提示", "事由", "状态", "申请人", "当前环节"), key="tolerance/cases")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        ctx.events.data_changed.connect(self._on_changed)
        self.overdue_changed.connect(self._set_tab_text)
        self._show_view(None)
        self.refresh()

    # ----- data -----
    def _on_changed(self, what: str) -> None:
        if what in ("cases", "tolerance-cases", "workdays", "*", "cadres", "units"):
            self.refresh()

    def refresh(self) -> None:
        """Read the list (filtered as the bar says) off the GUI thread, then show it and the case picked."""
        status = self.status.currentText()
        filters: dict[str, Any] = {
            "year": self.year.currentData(), "status": None if status == ALL else status,
            "overdue_only": self.only_overdue.isChecked(), "unit_id": self.unit.currentData(),
            "due_this_week": self.this_week.isChecked()}
        today = self.today()
        QueryOp(self.ctx, lambda db, _s: read(db, svc.case_list, today, **filters), self._show_list,
                parent=self).run()

    def open_case(self, case_id: int) -> None:
        """Open one case (a start-up reminder's): clear the filters so its row is listed, then pick it."""
        self.message.clear()
        self.case_id = case_id
        for box in (self.status, self.year, self.unit):
            with QSignalBlocker(box):
                box.setCurrentIndex(0)
        for cb in (self.only_overdue, self.this_week):
            with QSignalBlocker(cb):
                cb.setChecked(False)
        self.refresh()

    def _show_list(self, found: CaseList) -> None:
        self._fill_filters(found)
        self.model.set_rows(found.rows)
        self.table.resizeColumnsToContents()
        for col, most in ((1, 150), (2, 170)):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), most))
        self.overdue = found.overdue
        self.overdue_changed.emit(found.overdue)
        if self.case_id is not None:
            for i, r in enumerate(found.rows):
                if r.id == self.case_id:
                    with QSignalBlocker(self.table.selectionModel()):
                        self.table.selectRow(i)
                    break
        self._load_case()

    def _fill_filters(self, found: CaseList) -> None:
        self.units = [(u[0], u[1]) for u in found.units]
        for box, items in ((self.year, [(None, ALL), *[(y, str(y)) for y in found.years]]),
                           (self.unit, [(None, ALL), *self.units])):
            current = box.currentData()
            with QSignalBlocker(box):
                box.clear()
                for key, text in items:
                    box.addItem(text, key)
                box.setCurrentIndex(max(box.findData(current), 0))

    def _set_tab_text(self, overdue: int) -> None:
        """Put the count in this tab's title: the QTabWidget is two parents up (its stacked widget)."""
        w: QWidget | None = self.parentWidget()
        while w is not None and not isinstance(w, QTabWidget):
            w = w.parentWidget()
        if isinstance(w, QTabWidget):
            i = w.indexOf(self)
            if i >= 0:
                w.setTabText(i, tab_title(overdue))

    def showEvent(self, event: Any) -> None:  # the tab is placed in the QTabWidget after create()
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: self._set_tab_text(self.overdue))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = self.model.data(current, Qt.ItemDataRole.UserRole) if current.isValid() else None
        if case_id != self.case_id:
            self.message.clear()
        self.case_id = case_id
        self._load_case()

    def _load_case(self) -> None:
        case_id, today = self.case_id, self.today()
        if case_id is None:
            self._show_view(None)
            return

        def failed(text: str) -> None:
            self._show_view(None)
            self._say(text, ok=False)

        QueryOp(self.ctx, lambda db, _s: read(db, case_view, case_id, today),
                lambda v: self._show_view(v) if v.detail.row.id == self.case_id else None,
                parent=self).failure(failed).run()

    def _show_view(self, v: CaseView | None) -> None:
        d = self.detail = v.detail if v else None
        if d is None:
            self.view.setHtml(f"<p style='color:{colours.HINT}'>"
                              "在左侧选择一个案件，或点“登记申请…”登记新的容错申请。</p>")
        else:
            self.view.setHtml(case_html(d))
        allowed = d.allowed if d else frozenset()
        for action, b in self.step_buttons.items():
            b.setEnabled(action in allowed)
            if d is None:
                b.setToolTip("")
            else:
                b.setToolTip(str(rules.ACTIONS[action].citation) if action in allowed else d.refused[action])
        for action, b in self.record_buttons.items():
            b.setEnabled(action in allowed)
            b.setToolTip(d.refused.get(action, "") if d else "")
        self.print_menu.clear()
        if v is not None and d is not None:
            for form, title in v.documents:
                act = self.print_menu.addAction(title)
                act.triggered.connect(lambda _c=False, f=form, t=title, n=d.row.number: self.print_case(f, t, n))
        self.print_button.setEnabled(d is not None)

    def _say(self, text: str, ok: bool = True) -> None:
        mark(self.message, "good" if ok else "error")
        self.message.setText(text)

    # ----- printing (rendered off the GUI thread, then previewed) -----
    def _preview(self, title: str, render: Callable[[Database], printouts.Rendered]) -> None:
        preview_document(self.ctx, self, lambda db, _state: render(db), title)

    def print_case(self, form: str, title: str, number: str) -> None:
        name = form.removesuffix(printouts.NUMBERED)
        issued = name in ("tolerance-conclusion", "tolerance-filing")  # 公文 of the 主办单位: 编号… in the preview
        preview_document(self.ctx, self, lambda db, _state: printouts.case_document(db, form, number, title),
                         f"{number} {title}", number=(name, number) if issued else None)

    def print_register(self) -> None:
        year = self.year.currentData() or self.today().year
        self._preview(f"{year}年容错认定案件登记簿", lambda db: printouts.register_book(db, year))

    # ----- dialogs (each starts one writing operation) -----
    def _exec(self, dialog: ActionDialog, write: Callable[[Database, dict[str, Any]], Any],
              done: Callable[[Any], str] | str, changes: str = "cases") -> ActionDialog:
        """On OK the dialog's values go to `write` off the GUI thread; a refusal comes back into the dialog,
        success closes it and says `done` (a text, or made from the write's result)."""
        def submit(values: dict[str, Any]) -> None:
            WriteOp(self.ctx, lambda db, _s: write(db, values), changes,
                    lambda result: finished(result), parent=dialog).on_error(dialog.take_failure).run()

        def finished(result: Any) -> None:
            dialog.accept()
            self._say(done(result) if callable(done) else done)

        dialog.on_submit = submit
        self._last_dialog = dialog
        if not getattr(self, "_no_exec", False):
            dialog.exec()
        return dialog

    def register_dialog(self) -> ActionDialog:
        dlg = ActionDialog("登记容错申请", f"单位、组织或个人受到问责追责时，认为符合容错范围和情形的，可以在启动"
                           f"问责追责程序后7个工作日内，向启动问责追责的单位提出书面申请（{rules.cite(8, 1)}）。", self)
        dlg.add_combo("申请人类型", list(rules.APPLICANT_TYPES), "个人")
        dlg.add_line("申请人名称", placeholder="单位名称、组织名称或干部姓名")
        dlg.add_line("公民身份号码", placeholder="个人申请：填写后关联干部档案（第十一条保护据此显示）")
        unit_box = QComboBox()
        unit_box.addItem("（不关联）", None)
        for uid, name in self.units:
            unit_box.addItem(name, uid)
        dlg.add_widget("关联单位", unit_box, unit_box.currentData)
        dlg.add_text("问责追责事由")
        dlg.add_date("启动问责追责日期")
        dlg.add_date("问责处理完毕日期")
        dlg.add_note(f"“问责处理完毕日期”仅在问责追责已处理完毕时填写：早于2016-11-28的，依据{rules.cite(16)}不适用。")
        dlg.add_line("主办单位", placeholder="启动问责追责的单位")
        dlg.add_combo("主办单位类别", list(rules.HOST_KINDS))
        dlg.add_date("申请日期", self.today())
        dlg.add_checklist("容错情形", [(i, f"（{rules.cn_number(i)}）{t}") for i, t in
                                       enumerate(rules.policy.SIX, start=1)], set())
        dlg.add_text("佐证材料", "")
        dlg.add_line("逾期登记理由", placeholder="超过7个工作日申请的，须填写登记理由")
        today = self.today()

        def write(db: Database, v: dict[str, Any]) -> svc.Registered:
            return svc.register_case(db, svc.CaseInput(
                applicant_type=v["申请人类型"], applicant_name=v["申请人名称"], matter=v["问责追责事由"],
                accountability_started=v["启动问责追责日期"], accountability_concluded=v["问责处理完毕日期"],
                host_body=v["主办单位"], host_kind=v["主办单位类别"], applied_on=v["申请日期"],
                circumstances=v["容错情形"], applicant_id_number=v["公民身份号码"] or None,
                applicant_unit_id=v["关联单位"], late_reason=v["逾期登记理由"] or None,
                evidence=[x for x in v["佐证材料"].splitlines() if x.strip()]), today=today)

        def done(reg: svc.Registered) -> str:
            self.case_id = reg.case_id
            text = f"已登记 {reg.number}。"
            if reg.late:
                text += f"逾期申请（应在{reg.application_due.isoformat()}前提出）。"
            if reg.out_of_scope:
                text += reg.out_of_scope
            return text

        return self._exec(dlg, write, done)

    def step_dialog(self, action: CaseAction) -> ActionDialog | None:
        d = self.detail
        if d is None:
            return None
        case_id, today = d.row.id, self.today()
        cite = rules.ACTIONS[action].citation
        current = d.row.current
        due = f"期限 {current.due.isoformat()}（{current.rule}，{cite}）" if current and current.due else ""
        dlg = ActionDialog(f"{d.row.number} {action.label}",
                           f"{rules.policy.EIGHT[cite.item - 1] if cite.item else ''}\n{due}", self)
        write: Callable[[Database, dict[str, Any]], Any]
        if action is A.ACCEPT:
            dlg.add_date("受理日期", today)
            dlg.add_text("说明")

            def write(db: Database, v: dict[str, Any]) -> None:
                svc.accept_case(db, case_id, v["受理日期"], v["说明"] or None, today=today)
            done = "已受理。"
        elif action is A.REFUSE:
            default = d.scope_problem or (d.conclusion_limit if d.exclusions else "")
            dlg.add_date("答复日期", today)
            dlg.add_text("解释答复的理由", default)

            def write(db: Database, v: dict[str, Any]) -> None:
                svc.refuse_case(db, case_id, v["答复日期"], v["解释答复的理由"], today=today)
            done = "已不予受理并解释答复，案件结束。"
        elif action is A.INVESTIGATE:
            dlg.add_date("调查报告日期", today)
            dlg.add_text("调查报告主要结论")

            def write(db: Database, v: dict[str, Any]) -> None:
                svc.report_case(db, case_id, v["调查报告日期"], v["调查报告主要结论"], today=today)
            done = "调查报告已形成。"
        elif action is A.CONCLUDE:
            if d.conclusion_limit:
                dlg.add_note(d.conclusion_limit, error=True)
            dlg.add_date("认定日期", today)
            dlg.add_combo("认定结论", list(d.allowed_conclusions))
            dlg.add_combo("从轻或减轻", ["", *rules.MITIGATIONS])
            dlg.add_line("处理方式", placeholder="减责时：实际给予的处分或组织处理，如 诫勉")
            dlg.add_spin("影响期", 0, 60, 0, " 个月")
            dlg.add_note(f"影响期自认定之日起算，期满后提拔任用不受影响（{rules.cite(12)}）；0 表示无影响期。")
            dlg.add_text("认定理由")

            def write(db: Database, v: dict[str, Any]) -> None:
                svc.conclude_case(db, case_id, v["认定日期"], v["认定结论"], v["认定理由"],
                                  mitigation=v["从轻或减轻"] or None, handling=v["处理方式"] or None,
                                  impact_months=v["影响期"] or None, today=today)
            done = "已作出认定。"
        elif action is A.FEEDBACK:
            dlg.add_date("反馈日期", today)
            if d.case["conclusion"] == Conclusion.EXEMPTED:
                dlg.add_note(f"属于免责的，应当在一定范围内公开（{rules.cite(8, 5)}）。")
            dlg.add_line("公开范围和方式", placeholder="如 在××镇机关干部大会上通报")

            def write(db: Database, v: dict[str, Any]) -> None:
                svc.feedback_case(db, case_id, v["反馈日期"], v["公开范围和方式"] or None, today=today)
            done = "已反馈。报备应与反馈同时办理。"
        elif action is A.FILE:
            fb = d.case["feedback_on"]
            assert fb is None or isinstance(fb, dt.date)
            defaults = {"同级党委": "中共紫阳县委", "同级政府": "紫阳县人民政府", "纪检监察机关": "县纪委监委",
                        "组织人事部门": "县委组织部"}
            for role in rules.FILING_ROLES:
                dlg.add_line(role.label, defaults.get(role.role, ""), "" if role.required else "（无则留空）")
            dlg.add_date("报备日期", fb or today)

            def write(db: Database, v: dict[str, Any]) -> None:
                svc.file_case(db, case_id, [svc.FilingInput(r.role, v[r.label], v["报备日期"])
                                            for r in rules.FILING_ROLES], today=today)
            done = "已报备。"
        else:  # 办结
            dlg.add_date("办结日期", today)

            def write(db: Database, v: dict[str, Any]) -> None:
                svc.close_case(db, case_id, v["办结日期"], today=today)
            done = "案件已办结。"
        return self._exec(dlg, write, done)

    def circumstances_dialog(self) -> ActionDialog | None:
        d = self.detail
        if d is None:
            return None
        case_id = d.row.id
        dlg = ActionDialog("容错情形", f"对照{rules.cite(6)}选定申请所称的情形（可多选）。", self)
        dlg.add_checklist("容错情形", [(i, f"（{rules.cn_number(i)}）{t}") for i, t in
                                       enumerate(rules.policy.SIX, start=1)], {i for i, _ in d.circumstances})
        return self._exec(dlg, lambda db, v: svc.set_circumstances(db, case_id, v["容错情形"]), "容错情形已更新。")

    def evidence_dialog(self) -> ActionDialog | None:
        d = self.detail
        if d is None:
            return None
        case_id = d.row.id
        dlg = ActionDialog("证据材料", "申请时的佐证材料，或核查中收集的证据材料（第八条第（二）、（三）项）。", self)
        dlg.add_line("材料名称")
        dlg.add_line("来源")
        dlg.add_date("收到日期", self.today())
        return self._exec(dlg, lambda db, v: svc.add_evidence(db, case_id, v["材料名称"], v["来源"] or None,
                                                              v["收到日期"]), "已登记证据材料。")

    def hearing_dialog(self) -> ActionDialog | None:
        d = self.detail
        if d is None:
            return None
        case_id = d.row.id
        dlg = ActionDialog("申诉意见", "充分听取有关单位、组织或个人的申诉意见（第八条第（三）项）。", self)
        dlg.add_date("听取日期", self.today())
        dlg.add_line("申诉人")
        dlg.add_text("申诉意见")
        return self._exec(dlg, lambda db, v: svc.add_hearing(db, case_id, v["听取日期"], v["申诉人"], v["申诉意见"]),
                          "已登记申诉意见。")

    def exclusions_dialog(self) -> ActionDialog | None:
        d = self.detail
        if d is None:
            return None
        case_id = d.row.id
        dlg = ActionDialog("第七条情形", f"{rules.cite(7)}：{rules.policy.SEVEN}\n经核实确认存在下列任一情形的，"
                           f"不属于容错范围，只能认定为“{Conclusion.NOT_TOLERATED}”（受理前确认的，应不予受理）。", self)
        dlg.add_checklist("已确认的情形", [(e.key, e.text) for e in rules.EXCLUSIONS], set(d.exclusions))
        return self._exec(dlg, lambda db, v: svc.set_exclusions(db, case_id, v["已确认的情形"]), "第七条情形已更新。")

    def correction_dialog(self) -> ActionDialog | None:
        d = self.detail
        if d is None:
            return None
        case_id = d.row.id
        dlg = ActionDialog("纠错措施", f"{rules.cite(9)}纠错方式；主办单位按{rules.cite(10)}自动提出，可修改。", self)
        forms = [m.form for m in rules.MEASURES]
        form_box = dlg.add_combo("纠错方式", forms)
        body = dlg.add_line("主办单位")
        why = dlg.add_note("")
        item_of: dict[str, int | None] = {}

        def propose(form: str) -> None:
            item, text, reason = rules.a10_proposed_handling(form)
            item_of[form] = item
            body.setText(text)
            measure = rules.a09_measure_by_form(form)
            why.setText(f"{rules.cite(9, measure.item)}：{rules.policy.NINE[measure.item - 1]}\n依据：{reason}")

        form_box.currentTextChanged.connect(propose)
        propose(form_box.currentText())
        dlg.add_date("决定日期", self.today())
        dlg.add_text("整改要求")

        def write(db: Database, v: dict[str, Any]) -> int:
            form = v["纠错方式"]
            return svc.add_correction(db, case_id, form, v["决定日期"], v["整改要求"] or None,
                                      handling_item=item_of.get(form), handling_body=v["主办单位"])
        return self._exec(dlg, write, "已登记纠错措施。")

    def followup_dialog(self) -> ActionDialog | None:
        d = self.detail
        if d is None:
            return None
        open_ones = [c for c in d.corrections if c["closed_on"] is None]
        dlg = ActionDialog("整改情况", "记录纠错措施的整改情况，整改到位后勾选“整改到位”。", self)
        box = QComboBox()
        for c in open_ones:
            box.addItem(f"{c['measure']}（{day_text(c['decided_on'])}）", c["id"])
        dlg.add_widget("纠错措施", box, box.currentData)
        dlg.add_date("日期", self.today())
        dlg.add_text("整改情况")
        dlg.add_check("整改到位", "整改到位（该纠错措施结束）")
        return self._exec(dlg, lambda db, v: svc.add_followup(db, v["纠错措施"], v["日期"], v["整改情况"],
                                                              v["整改到位"]), "已登记整改情况。")

    def clarify_dialog(self, case_id: int | None) -> ActionDialog:
        dlg = ActionDialog("澄清保护（第十三条）", f"{rules.cite(13, 1)}：{rules.policy.THIRTEEN[0]}\n"
                           f"{rules.cite(13, 3)}：{rules.policy.THIRTEEN[2]}", self)
        dlg.add_combo("类别", list(svc.CLARIFY_KINDS))
        dlg.add_line("对象", self.detail.row.applicant if (self.detail and case_id) else "")
        if not case_id:
            dlg.add_line("公民身份号码", placeholder="澄清对象为干部时填写，干部信息页将显示“已澄清（第十三条）”")
        dlg.add_combo("澄清方式", [*rules.CLARIFY_METHODS, svc.REFER])
        dlg.add_date("日期", self.today())
        dlg.add_text("情况")
        return self._exec(dlg, lambda db, v: svc.add_clarification(
            db, v["类别"], v["对象"], v["澄清方式"], v["日期"], v["情况"], case_id=case_id,
            id_number=v.get("公民身份号码") or None), "已登记。")

    def amend_dialog(self) -> ActionDialog | None:
        """Correct a recorded fact (typo, wrong date) with a reason; decisions are not changed here."""
        d = self.detail
        if d is None:
            return None
        case_id, today = d.row.id, self.today()
        version = int(str(d.case["version"]))  # as read: a correction over a newer change is refused
        dlg = ActionDialog(f"{d.row.number} 更正记录", "用于更正录入错误。办理环节不能跳过或退回，认定结论和第七条情形"
                           "不在此更正；更正内容和理由记入操作日志。", self)
        for key, label in svc.AMEND_TEXT.items():
            value = d.case[key]
            if key == "host_kind":
                dlg.add_combo(label, list(rules.HOST_KINDS), str(value))
            elif key in ("matter", "report_summary", "conclusion_reason"):
                dlg.add_text(label, str(value or "")).setFixedHeight(50)
            else:
                dlg.add_line(label, str(value or ""))
        for key, label in svc.AMEND_DATES.items():
            value = d.case[key]
            dlg.add_date(label, value if isinstance(value, dt.date) else None)
        dlg.add_line("更正理由", placeholder="如：按申请书原件更正")

        def write(db: Database, v: dict[str, Any]) -> list[str]:
            changes = {key: v[label] for key, label in {**svc.AMEND_TEXT, **svc.AMEND_DATES}.items()}
            return svc.amend_case(db, case_id, changes, v["更正理由"], today=today, version=version)

        return self._exec(dlg, write, lambda changed: "已更正：" + "、".join(changed) if changed
                          else "没有需要更正的内容。")

    def settings_dialog(self) -> None:
        """Read the settings, then open the dialog with them."""
        QueryOp(self.ctx, lambda db, _s: read(db, svc.load_settings), self._settings_dialog, parent=self).run()

    def _settings_dialog(self, current: svc.ToleranceSettings) -> None:
        dlg = ActionDialog("容错纠错设置", "以下各项是本地设置：政策原文未作规定或可有两种理解之处，由本县按此办理，不是政策原文的规定。", self)
        dlg.add_spin("报备期限", 0, 10, current.filing_workdays, " 个工作日")
        dlg.add_note(f"{rules.cite(8, 6)}：“在向申请单位、组织或本人反馈认定结果的同时”报备。0 表示与反馈同日"
                     "（默认）；如本县理解为反馈后若干个工作日内，可在此修改。")
        dlg.add_line("案件编号前缀", current.case_prefix)
        dlg.add_note("案件编号为“前缀〔年度〕序号号”，如 紫容〔2026〕3号。发文机关中有同一代字时，编号同时记入发文字号登记簿。")
        self._exec(dlg, lambda db, v: svc.save_settings(
            db, svc.ToleranceSettings(v["报备期限"], v["案件编号前缀"], current.versions)),
                   "设置已保存。")

    def calendar_dialog(self) -> CalendarDialog:
        dlg = CalendarDialog(self.ctx, self.today(), self)
        self._last_calendar = dlg
        if not getattr(self, "_no_exec", False):
            dlg.exec()
        return dlg


def create(ctx: AppContext) -> QWidget:
    return ToleranceTab(ctx)


def startup_reminders(ctx: AppContext, show: Callable[[list[str]], None]) -> None:
    """For the main window at start-up: next year's calendar (Nov/Dec), overdue and soon-due steps,
    read off the GUI thread and handed to `show`."""
    QueryOp(ctx, lambda db, _s: read(db, svc.startup_reminders), show).run()
