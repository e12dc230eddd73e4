"""能上能下: scan a year for the situations the 办法 lists, and drive adjustment proposals (第二十四条)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui.adjustment.entry import DeterminationsPage, open_settings, warning
from ui.adjustment.models import FindingsModel, ProposalsModel, filter_findings
from ui.adjustment.steps import HINTS, StepForm
from ui.context import AppContext
from ui.master.renmian_action import CaseFormButtons
from ui.ops import QueryOp, WriteOp
from ui.printing.preview import preview_document
from ui.theme import colours, mark
from ui.widgets.fit import add_foot, fit_columns, scroll_body
from ui.widgets.forms import dialog_buttons
from ui.widgets.row_model import apply_widths
from zydesk.core.adjustment import VERDICTS, Finding, Status, Step
from zydesk.core.adjustment.procedure import describe
from zydesk.errors import ValidationError
from zydesk.services.adjustment.documents import (
    DOCUMENT_TITLES,
    NUMBERED_DOCUMENTS,
    findings_list,
    proposal_document,
)
from zydesk.services.adjustment.proposals import (
    ProposalRow,
    ProposalView,
    list_proposals,
    proposal_view,
    record_step,
    start_proposal,
)
from zydesk.services.adjustment.scan import ScanResult, latest_year, scan
from zydesk.services.handle import Database
from zydesk.services.lrmx.fill import Basis
from zydesk.services.reading import read

TITLE = "能上能下"
ALL = "（全部）"


class FindingsPage(QWidget):
    """Year/date → scan off the GUI thread → findings grouped by article, filtered by unit and verdict."""

    def __init__(self, ctx: AppContext, on_proposal: Any = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.on_proposal = on_proposal
        self.result: ScanResult | None = None
        today = dt.date.today()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.setSuffix(" 年度")
        self.use_date = QCheckBox("以指定日期在任干部为准")
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setEnabled(False)
        self.use_date.toggled.connect(self.date.setEnabled)
        self.scan_button = QPushButton("扫描")
        self.scan_button.clicked.connect(self.start_scan)
        self.unit = QComboBox()
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.unit.setMinimumContentsLength(8)
        self.verdict = QComboBox()
        self.verdict.addItems([ALL, *VERDICTS])
        self.unit.addItem(ALL)
        self.unit.currentIndexChanged.connect(self._refilter)
        self.verdict.currentIndexChanged.connect(self._refilter)
        self.propose_button = QPushButton("对所选情形发起调整方案")
        self.propose_button.clicked.connect(self.propose)

        bar = QHBoxLayout()
        for w in (QLabel("考核年度："), self.year, self.use_date, self.date, self.scan_button):
            bar.addWidget(w)
        bar.addStretch(1)
        printable = QPushButton("打印清单…")
        printable.clicked.connect(self.print_list)
        settings = QPushButton("本地设置…")
        settings.clicked.connect(lambda: open_settings(self, self.ctx))
        bar.addWidget(printable)
        bar.addWidget(settings)
        filters = QHBoxLayout()
        for f in (QLabel("单位："), self.unit, QLabel("结论："), self.verdict):
            filters.addWidget(f)
        filters.addStretch(1)
        filters.addWidget(self.propose_button)

        self.model = FindingsModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.expanded.connect(self._span_evidence)
        char = self.view.fontMetrics().horizontalAdvance("中")
        for col, chars in enumerate((11, 5, 12, 14, 9, 5, 8)):
            self.view.setColumnWidth(col, chars * char + 24)
        self.empty = QLabel("选择考核年度后点击“扫描”，逐条比对《能上能下实施办法》第七条至第二十三条。")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"font-size: 15px; color: {colours.MUTED}; padding: 40px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        mark(self.notes, "muted")
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.notes)
        QueryOp(ctx, lambda db, _s: read(db, latest_year), self._latest_year, parent=self).run()

    def _latest_year(self, year: int | None) -> None:
        """The last year with appraisals or votes, once known (until then the current year)."""
        if year is not None and self.result is None:
            self.year.setValue(year)

    def scan_date(self) -> dt.date | None:
        if not self.use_date.isChecked():
            return None
        q = self.date.date()
        return dt.date(q.year(), q.month(), q.day())

    def start_scan(self) -> None:
        year, date = self.year.value(), self.scan_date()
        self.scan_button.setEnabled(False)
        (QueryOp(self.ctx, lambda db, state: read(db, scan, year, date, state), self.show_result, parent=self)
         .with_progress("能上能下扫描").failure(self._failed).run())

    def _failed(self, message: str) -> None:
        self.scan_button.setEnabled(True)
        QMessageBox.warning(self, TITLE, message)

    def show_result(self, result: ScanResult) -> None:
        self.scan_button.setEnabled(True)
        self.result = result
        units = sorted({f.unit for f in result.findings})
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItems([ALL, *units])
        self.unit.blockSignals(False)
        foot = [f"注{i}：{n}" for i, n in enumerate(result.notes, 1)] + [f"设置：{s}" for s in result.settings]
        self.notes.setText("\n".join(foot))
        self._refilter()

    def _refilter(self) -> None:
        r = self.result
        if r is None:
            return
        unit = self.unit.currentText() if self.unit.currentIndex() > 0 else None
        verdict = self.verdict.currentText() if self.verdict.currentIndex() > 0 else None
        shown = filter_findings(r.findings, unit, verdict)
        self.model.set_findings(shown, r.cases)
        where = f"{r.year}年度，以{r.date.year}年{r.date.month}月{r.date.day}日在任干部为准"
        if not r.findings:
            missing = r.missing[0] if r.missing else ""
            done = "已用现有数据比对第七条至第二十三条。" if missing else "已比对第七条至第二十三条全部情形。"
            self.empty.setText(f"未发现应调整的情形（{where}）。\n{done}" + (f"\n\n{missing}" if missing else ""))
            self.stack.setCurrentWidget(self.empty)
        elif not shown:
            self.empty.setText(f"没有符合筛选条件的情形（{where}，共 {len(r.findings)} 条）。")
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.view)
        counts = "，".join(f"{v} {sum(f.verdict == v for f in shown)} 条" for v in VERDICTS)
        self.summary.setText(f"{where}：显示 {len(shown)} / {len(r.findings)} 条（{counts}），用时 {r.seconds:.2f} 秒。"
                             "点击条目左侧箭头展开依据。")
        root = self.view.rootIndex()
        for i in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(i, root, True)
            self.view.expand(self.model.index(i, 0))

    def _span_evidence(self, item: QModelIndex) -> None:
        """Evidence lines use the full width; set when a finding is opened, not for thousands at once."""
        if item.parent().isValid():
            for k in range(self.model.rowCount(item)):
                self.view.setFirstColumnSpanned(k, item, True)

    def print_list(self) -> None:
        year, date = self.year.value(), self.scan_date()
        params = {"year": year, "date": date.isoformat() if date else None}
        _preview(self.ctx, self, lambda db: findings_list(db, params), f"{year}年度能上能下情形清单")

    def selected_findings(self) -> list[Finding]:
        out = []
        for idx in self.view.selectionModel().selectedRows():
            f = self.model.finding_at(idx)
            if f is not None and f not in out:
                out.append(f)
        return out

    def propose(self) -> None:
        findings = self.selected_findings()
        if not findings or self.result is None:
            QMessageBox.information(self, TITLE, "请先在列表中选择一名干部的一条或多条情形。")
            return
        dialog = StartDialog(self, findings)
        if not self._accept(dialog):
            return
        year, dual = self.result.year, dialog.dual.isChecked()
        arrangement = dialog.arrangement.toPlainText().strip() or None
        (WriteOp(self.ctx, lambda db, _s: start_proposal(db, year, findings, dual_managed=dual,
                                                         arrangement=arrangement),
                 "adjustment-proposals", lambda pid: self._proposed(findings[0], pid), parent=self)
         .failure(warning(self, TITLE)).run())

    def _proposed(self, f: Finding, pid: int) -> None:
        if self.result is not None:
            self.result.cases[f.cadre.id] = f"方案{pid}：{Status.REPORT.label}"
            self._refilter()
        if self.on_proposal is not None:
            self.on_proposal(pid)

    def _accept(self, dialog: QDialog) -> bool:  # tests replace this to answer the dialog
        return dialog.exec() == QDialog.DialogCode.Accepted


class StartDialog(QDialog):
    """What the case needs before 报告: dual management (第二十四条第（三）项) and, for 第十八条/第二十一条,
    the arrangement made for the cadre."""

    def __init__(self, parent: QWidget, findings: list[Finding]) -> None:
        super().__init__(parent)
        self.setWindowTitle("发起调整方案")
        f = findings[0]
        text = "\n".join(f"{x.citation} [{x.verdict}] {x.evidence}" for x in findings)
        info = QLabel(f"{f.cadre.name}（{f.unit} {f.post}）\n{text}")
        info.setWordWrap(True)
        self.dual = QCheckBox("双重管理的领导干部（报批时须记录上级主管部门意见）")
        self.arrangement = QPlainTextEdit()
        self.arrangement.setFixedHeight(60)
        self.arrangement.setPlaceholderText("第十八条：非个人原因不能胜任现职的妥善安排；第二十一条：到龄、任期届满后安排的适当工作（可留空）")
        buttons = dialog_buttons(self, "发起")
        layout = scroll_body(self)
        for w in (info, self.dual, QLabel("妥善安排 / 安排适当工作："), self.arrangement):
            layout.addWidget(w)
        layout.addStretch(1)
        add_foot(self, buttons)


class ProposalsPage(QWidget):
    """The list of proposals and, for the chosen one, its steps and the form of the next step. Which steps
    are offered comes with the case from the service (procedure.allowed_steps), which refuses any other."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.current: int | None = None
        self.view: ProposalView | None = None
        self.model = ProposalsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        apply_widths(self.table, self.model.columns)
        # narrow: the method, the kind and the unit give way first; 依据条款 always shows
        fit_columns(self.table, spare=("拟调整方式", "类别", "单位"), key="adjustment/proposals")
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select_row(cur.row()))
        self.info = QPlainTextEdit()
        self.info.setReadOnly(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        mark(self.hint, "muted")
        self.step_box = QVBoxLayout()
        self.form: StepForm | None = None
        self.do_button = QPushButton("办理此步骤")
        self.do_button.clicked.connect(self.do_step)
        self.postpone_button = QPushButton("延迟免职（退休）…")
        self.postpone_button.clicked.connect(lambda: self._show_form(Step.POSTPONE))
        self.withdraw_button = QPushButton("撤销方案…")
        self.withdraw_button.clicked.connect(lambda: self._show_form(Step.WITHDRAW))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.info, 1)
        rl.addWidget(self.hint)
        rl.addLayout(self.step_box)
        buttons = QHBoxLayout()
        self.document = QComboBox()
        self.document.addItems(list(DOCUMENT_TITLES))
        preview = QPushButton("预览打印…")
        preview.clicked.connect(self.preview)
        buttons.addWidget(QLabel("文书："))
        buttons.addWidget(self.document)
        buttons.addWidget(preview)
        # the 干部任免审批表 goes with the case to 报批 and 决定 (第二十四条第（三）、（四）项)
        self.renmian = CaseFormButtons(ctx, self, self._case)
        self.renmian.add_to(buttons)
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.postpone_button)
        buttons.addWidget(self.do_button)
        rl.addLayout(buttons)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([480, 720])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._show_view(None)
        ctx.events.data_changed.connect(self._changed)
        self.reload()

    def _changed(self, what: str) -> None:
        if what in ("adjustment-proposals", "*"):
            self.reload()

    def reload(self, select: int | None = None) -> None:
        QueryOp(self.ctx, lambda db, _s: read(db, list_proposals), lambda rows: self._show_rows(rows, select),
                parent=self).run()

    def _show_rows(self, rows: list[ProposalRow], select: int | None) -> None:
        self.model.set_rows(rows)
        target = select if select is not None else self.current
        row = next((i for i, r in enumerate(rows) if r.id == target), 0 if rows else -1)
        self.current = rows[row].id if row >= 0 else None
        if row >= 0:
            self.table.selectRow(row)  # the same case: _select_row leaves it to show_current below
        self.show_current()

    def _select_row(self, row: int) -> None:
        r = self.model.row_at(row)
        pid = r.id if r is not None else None
        if pid != self.current:
            self.current = pid
            self.show_current()

    def show_current(self) -> None:
        pid = self.current
        if pid is None:
            self._show_view(None)
            return
        QueryOp(self.ctx, lambda db, _s: read(db, proposal_view, pid), self._deliver_view, parent=self).run()

    def _deliver_view(self, v: ProposalView) -> None:
        if v.id == self.current:  # the clerk may have picked another case meanwhile
            self._show_view(v)

    def _show_view(self, v: ProposalView | None) -> None:
        old, self.view = self.view, v
        if v is None:
            self.info.setPlainText("尚无调整方案。在“情形扫描”中选择情形后发起。")
            self.withdraw_button.setVisible(False)
            self.postpone_button.setVisible(False)
            self.renmian.show(False)
            self._show_form(None)
            return
        lines = [f"调整方案 {v.id}：{v.cadre}（{v.unit} {v.post}） 类别：{v.case_kind}"
                 + ("  双重管理" if v.dual_managed else ""),
                 f"允许的调整方式：{'、'.join(v.methods_allowed)}", "", "依据："]
        lines += [f"  {f['citation']} [{f['verdict']}] {f['evidence']}" for f in v.findings]
        lines += ["", "已办理的步骤："] + [f"  {step} {date:%Y-%m-%d}（{by}）：{describe(data)}"
                                      for step, date, data, by in v.steps]
        if not v.steps:
            lines.append("  （无）")
        lines += ["", "处分和组织处理记录（第二十六条：不得以纪律处分规避组织调整，或以组织调整代替纪律处分）："]
        lines += [f"  {r}" for r in v.records] or ["  （无）"]
        lines.append("")
        lines.append(f"状态：{v.status_label}")
        self.info.setPlainText("\n".join(lines))
        self.postpone_button.setVisible(Step.POSTPONE in v.allowed_steps)
        self.withdraw_button.setVisible(Step.WITHDRAW in v.allowed_steps)
        self.renmian.show(v.next_step in (Step.SUBMIT, Step.DECIDE))
        same = old is not None and old.id == v.id and old.version == v.version and old.next_step == v.next_step
        if not (same and self.form is not None):  # a reload after another case changed keeps what is typed
            self._show_form(v.next_step)

    def _show_form(self, step: Step | None) -> None:
        if self.form is not None:
            self.form.setParent(None)
            self.form.deleteLater()
            self.form = None
        self.do_button.setEnabled(step is not None)
        if step is None:
            self.hint.setText("")
            return
        self.form = StepForm(step, self.view.methods_allowed if self.view is not None else [])
        self.step_box.addWidget(self.form)
        self.hint.setText(f"下一步：{step}。{HINTS.get(step, '')}")

    def _case(self) -> tuple[int, Basis] | None:
        v = self.view
        return (v.cadre_id, Basis(proposal_id=v.id)) if v is not None and v.id == self.current else None

    def preview(self) -> None:
        if self.current is None:
            return
        title, pid = self.document.currentText(), self.current
        kind = NUMBERED_DOCUMENTS.get(title)  # a 公文 under a 文号: the preview offers 编号…
        preview_document(self.ctx, self, lambda db, _state: proposal_document(db, title, pid), title,
                         number=(kind, pid) if kind else None)

    def do_step(self) -> None:
        form, pid = self.form, self.current
        if form is None or pid is None:
            return
        form.clear_errors()
        date, data = form.values()
        step = form.step
        version = self.view.version if self.view is not None and self.view.id == pid else None
        changes = ("cadres", "adjustment-proposals") if step == Step.DECIDE else ("adjustment-proposals",)
        (WriteOp(self.ctx, lambda db, _s: record_step(db, pid, step, date, data, version), changes, parent=self)
         .on_error(lambda exc: self._refused(form, exc))
         .failure(warning(self, TITLE)).run())

    def _refused(self, form: StepForm, exc: BaseException) -> bool:
        """Missing or wrong fields go beside the form's fields; anything else to a message box."""
        if isinstance(exc, ValidationError) and isValid(form):
            form.show_errors(exc.errors)
            return True
        return False


def _preview(ctx: AppContext, parent: QWidget, build: Callable[[Database], Any], title: str) -> None:
    """Build and render the document in one operation, then show it in the print preview."""
    preview_document(ctx, parent, lambda db, _state: build(db), title)


class AdjustmentTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.tabs = QTabWidget()
        self.proposals = ProposalsPage(ctx)
        self.findings = FindingsPage(ctx, on_proposal=self._opened)
        self.tabs.addTab(self.findings, "情形扫描")
        self.tabs.addTab(self.proposals, "调整方案")
        self.registers = DeterminationsPage(ctx)
        self.tabs.addTab(self.registers, "责任认定与登记")
        from ui.analysis.page import AnalysisPage

        self.analysis = AnalysisPage(ctx)
        self.tabs.addTab(self.analysis, "分析研判")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _opened(self, proposal_id: int) -> None:
        self.proposals.reload(proposal_id)
        self.tabs.setCurrentWidget(self.proposals)


def create(ctx: AppContext) -> QWidget:
    return AdjustmentTab(ctx)
