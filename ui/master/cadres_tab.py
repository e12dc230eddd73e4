"""干部信息: the searchable list of cadres, one cadre's details and history, the edit and post forms.

The list model holds only the ordered ids of the matches; rows are loaded a page at a time when shown.
The search itself runs off the GUI thread and a result that is no longer wanted is dropped.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.master import lrmx as lrmx_actions
from ui.ops import QueryOp, WriteOp
from ui.theme import mark
from ui.widgets.fit import add_foot, fit_to_screen, scroll_body
from ui.widgets.forms import DATE_HINT, FieldForm, combo, date_text, dialog_buttons, line, read_date
from ui.widgets.row_model import CENTER, RIGHT, Column, LazyRowModel, RowTableModel, table_view
from zydesk.core.master import CadreData, PostData
from zydesk.errors import FieldError, ValidationError
from zydesk.services import cadre_page as page_svc
from zydesk.services import cadre_queries as q
from zydesk.services.cadre_forms import add_cadre_with_post
from zydesk.services.master import change_post, save_cadre
from zydesk.services.reading import read

TITLE = "干部信息"
SEARCH_DELAY_MS = 40  # a short pause after the last keystroke before searching
ALL = "（全部）"

CADRE_COLUMNS: list[Column[q.CadreRow]] = [
    Column("姓名", lambda r: r.name, width=5),
    Column("公民身份号码", lambda r: r.id_masked, width=11),
    Column("单位", lambda r: r.unit, width=12),
    Column("职务", lambda r: r.title, width=14),
    Column("职务层次", lambda r: r.level, width=6),
    Column("年龄", lambda r: r.age, align=RIGHT, width=3),
    Column("人员状态", lambda r: r.status, align=CENTER, width=4),
]

POST_COLUMNS: list[Column[q.PostRow]] = [
    Column("单位", lambda r: r.unit, width=12), Column("职务", lambda r: r.title, width=14),
    Column("职务层次", lambda r: r.level, width=6), Column("正职", lambda r: r.principal, align=CENTER),
    Column("领导职务", lambda r: r.leadership, align=CENTER), Column("基层一线", lambda r: r.frontline, align=CENTER),
    Column("任职时间", lambda r: r.start, width=6), Column("免职时间", lambda r: r.end or "（现任）", width=6),
]
APPRAISAL_COLUMNS: list[Column[q.AppraisalRow]] = [
    Column("年度", lambda r: r.year, align=CENTER, width=4), Column("考核等次", lambda r: r.grade, width=5),
    Column("备注", lambda r: r.note, width=20),
]
VOTE_COLUMNS: list[Column[q.VoteRow]] = [
    Column("年度", lambda r: r.year, align=CENTER, width=4), Column("测评类型", lambda r: r.vote_type, width=8),
    Column("合计票数", lambda r: r.total, width=4), Column("各项票数", lambda r: r.counts, width=22),
]
COMMENDATION_COLUMNS: list[Column[q.CommendationRow]] = [
    Column("表彰日期", lambda r: r.date, width=6), Column("表彰名称", lambda r: r.title, width=18),
    Column("表彰层级", lambda r: r.level, width=7), Column("表彰机关", lambda r: r.issuer, width=10),
]


def discipline_columns(notes: Mapping[int, str]) -> list[Column[q.DisciplineRow]]:
    cols: list[Column[q.DisciplineRow]] = [
        Column("类别", lambda r: r.category, width=5), Column("处理种类", lambda r: r.kind, width=6),
        Column("决定日期", lambda r: r.decision_date, width=6), Column("决定机关", lambda r: r.deciding_body, width=8),
        Column("事由", lambda r: r.reason, width=16), Column("影响期满", lambda r: r.effect_end, width=6),
    ]
    if notes:
        cols.append(Column("容错", lambda r: notes.get(r.id, ""), width=10))
    return cols


def _table(model: Any) -> QTableView:
    """Fixed row heights: the 50,000-row list must not measure every row."""
    view = table_view(model)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    return view


class CadreListModel(LazyRowModel[int, q.CadreRow]):
    def __init__(self, load: Callable[[Sequence[int]], Sequence[q.CadreRow]], parent: Any = None) -> None:
        super().__init__(CADRE_COLUMNS, load, key=lambda r: r.id, parent=parent)


class CadreTab(QWidget):
    """Emits `shown` once the first search result is in the table (the start-up timing waits for it)."""

    shown = Signal()
    searched = Signal(int)  # number of matches, after each search result reached the model
    index_ready = Signal()  # the in-memory search index is loaded (keystrokes no longer query)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._shown_once = False
        self._busy = False
        self._pending = False
        self._current_id: int | None = None
        self._index: q.CadreIndex | None = None  # what searches filter on, until the data changes
        self._index_version = 0  # bumped on every change of the data
        self._index_loading = -1  # the version being loaded

        # --- filter bar ---
        self.search = QLineEdit()
        self.search.setPlaceholderText("输入姓名或公民身份号码的一部分")
        self.search.setClearButtonEnabled(True)
        self.unit_box = QComboBox()
        self.unit_box.setMinimumContentsLength(10)
        self.unit_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_box = QComboBox()
        self.level_box = QComboBox()
        self.count_label = QLabel()
        self.add_button = QPushButton("新增干部…")
        self.edit_button = QPushButton("编辑…")
        self.post_button = QPushButton("任职变动…")
        self.search.setMinimumWidth(16 * self.fontMetrics().horizontalAdvance("中"))
        bar = QHBoxLayout()
        for caption, widget, stretch in (("查找：", self.search, 3), ("单位：", self.unit_box, 2),
                                         ("职务层次：", self.level_box, 1), ("人员状态：", self.status_box, 1)):
            label = QLabel(caption)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget, stretch)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        for button in (self.add_button, self.edit_button, self.post_button):
            actions.addWidget(button)

        # --- list ---
        self._page_read: Callable[[Sequence[int]], list[q.CadreRow]] = lambda _ids: []
        self.model = CadreListModel(lambda ids: self._page_read(ids), self)  # the service's read arrives first
        self.table = _table(self.model)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # 职务

        # --- details ---
        self.detail_title = QLabel("（请在上方选择一名干部）")
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        mark(self.notes_label, "good")  # the 容错 notes
        self.notes_label.hide()
        self.post_model = RowTableModel(POST_COLUMNS)
        self.appraisal_model = RowTableModel(APPRAISAL_COLUMNS)
        self.vote_model = RowTableModel(VOTE_COLUMNS)
        self.commendation_model = RowTableModel(COMMENDATION_COLUMNS)
        self.discipline_model = RowTableModel(discipline_columns({}))
        self.history = QTabWidget()
        for title, model in (("任职", self.post_model), ("年度考核", self.appraisal_model),
                             ("民主测评", self.vote_model), ("表彰", self.commendation_model),
                             ("处分和组织处理", self.discipline_model)):
            self.history.addTab(_table(model), title)
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.detail_title)
        dl.addWidget(self.notes_label)
        dl.addWidget(self.history)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.activated.connect(lambda _i: self.edit_current())  # double-click or Enter
        find = QShortcut(QKeySequence.StandardKey.Find, self)  # Ctrl+F: back to the search box
        find.activated.connect(self._focus_search)
        self.add_button.clicked.connect(self.add_cadre)
        self.edit_button.clicked.connect(self.edit_current)
        self.post_button.clicked.connect(self.change_post)
        # 导入/导出任免审批表; rows map to cadre ids through the list model's ordered keys
        self.lrmx = lrmx_actions.install(ctx, self, actions, self.table,
                                         lambda row: self.model.keys[row] if row < len(self.model.keys) else None)
        ctx.events.data_changed.connect(self._on_data_changed)
        QueryOp(ctx, lambda db, _s: page_svc.row_loader(db), self._set_page_read, parent=self).run()
        self.run_search()  # first, so the query runs while the filters and the window are being built
        self._fill_filters()
        for box in (self.unit_box, self.status_box, self.level_box):
            box.currentIndexChanged.connect(lambda _i: self.run_search())
        self._update_buttons()
        # 打印任免审批表 for the selected cadres; rows map to cadre ids through the list model's ordered keys
        from ui.master import renmian_action

        self.renmian_button = renmian_action.install(
            ctx, self, actions, self.table, lambda row: self.model.keys[row] if row < len(self.model.keys) else None)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ----- filters and search -----
    def _fill_filters(self) -> None:
        QueryOp(self.ctx, lambda db, _s: read(db, page_svc.filter_choices), self._show_filters, parent=self).run()

    def _show_filters(self, choices: page_svc.FilterChoices) -> None:
        for box, items in ((self.unit_box, [(u.name, u.id) for u in choices.units]),
                           (self.status_box, [(c, c) for c in choices.statuses]),
                           (self.level_box, [(c, c) for c in choices.levels])):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(ALL, None)
            for text, data in items:
                box.addItem(text, data)
            found = box.findData(current) if current is not None else 0
            box.setCurrentIndex(max(found, 0))
            box.blockSignals(False)

    def current_filter(self) -> q.CadreFilter:
        return q.CadreFilter(text=self.search.text(), unit_id=self.unit_box.currentData(),
                             status=self.status_box.currentData(), level=self.level_box.currentData())

    def run_search(self) -> None:
        """Start a search now (the timer calls this after typing stops). Only the newest result is shown."""
        self._timer.stop()
        if self._busy:  # the newest filter runs when the running query returns
            self._pending = True
            return
        if self._index is not None:  # filtering the index takes milliseconds: no thread hand-over needed
            self._generation += 1
            ids = self._index.search(self.current_filter())
            self._on_result((self._generation, ids, self._load_rows(ids[:self.model.page_size])))
            return
        self._busy = True  # until the index is loaded: one query at a time, off the GUI thread
        self._generation += 1
        generation, f, first = self._generation, self.current_filter(), self.model.page_size

        def job(db: Any, _state: Any) -> tuple[int, list[int], list[q.CadreRow]]:
            return (generation, *read(db, page_svc.search, f, first))

        QueryOp(self.ctx, job, self._on_result, parent=self).failure(self._on_failure).run()

    def _on_result(self, result: tuple[int, list[int], list[q.CadreRow]]) -> None:
        self._busy = False
        if self._pending:
            self._pending = False
            self.run_search()
            return
        generation, ids, first = result
        if generation != self._generation:
            return
        keep = self._current_id
        self.model.set_keys(ids, first)
        self.count_label.setText(f"共 {len(ids):,} 人")
        row = self.model.row_of_key(keep) if keep is not None else None
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self._show_cadre(None)
        self.searched.emit(len(ids))
        if not self._shown_once:
            self._shown_once = True
            self.shown.emit()
        if self._index is None:
            self._load_index()

    def _load_index(self) -> None:
        """Keep what the search box filters on in memory, so keystrokes need no query (built off the GUI
        thread after the list is shown; until then searches run in SQL)."""
        if self._index_loading == self._index_version:
            return
        version = self._index_version
        self._index_loading = version

        def done(result: tuple[int, q.CadreIndex]) -> None:
            got_version, index = result
            if got_version == self._index_version:  # not outdated by a change meanwhile
                self._index = index
                self.index_ready.emit()

        def failed(_text: str) -> None:  # logged by the operation; searches keep running in SQL meanwhile
            if self._index_loading == version:
                self._index_loading = -1

        QueryOp(self.ctx, lambda db, _s: (version, read(db, q.load_index)), done, parent=self).failure(failed).run()

    def _on_failure(self, text: str) -> None:
        self._busy = False
        self._pending = False
        QMessageBox.warning(self, "查询干部", text)

    def _set_page_read(self, load: Callable[[Sequence[int]], list[q.CadreRow]]) -> None:
        self._page_read = load

    def _load_rows(self, ids: Sequence[int]) -> list[q.CadreRow]:
        """The one synchronous read (docs/architecture.md): rows of a page of ids, by primary key."""
        return self._page_read(ids)

    def _on_data_changed(self, what: str) -> None:
        if what in ("units", "*"):
            self._fill_filters()
        if what in ("cadres", "units", "posts", "*"):
            self._index = None
            self._index_version += 1
        if what in ("cadres", "units", "posts", "appraisals", "votes", "commendations", "discipline", "*"):
            self.run_search()
            self._show_cadre(self._current_id)

    # ----- details -----
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self._show_cadre(row.id if row else None)

    def _show_cadre(self, cadre_id: int | None) -> None:
        self._current_id = cadre_id
        self._update_buttons()
        if cadre_id is None:
            self.detail_title.setText("（请在上方选择一名干部）")
            for m in (self.post_model, self.appraisal_model, self.vote_model, self.commendation_model,
                      self.discipline_model):
                m.set_rows([])
            self.notes_label.hide()
            return
        QueryOp(self.ctx, lambda db, _s: read(db, page_svc.cadre_detail, cadre_id),
                lambda detail: self._fill_detail(cadre_id, detail), parent=self).run()

    def _fill_detail(self, cadre_id: int, detail: page_svc.CadreDetail | None) -> None:
        if cadre_id != self._current_id:  # the clerk has moved on to another cadre meanwhile
            return
        if detail is None:
            self._show_cadre(None)
            return
        rec, hist = detail.record, detail.history
        current = next((p for p in hist.posts if p.end is None), None)
        where = f"　{current.unit} {current.title}（{current.level}）" if current else "　（无现任职务）"
        self.detail_title.setText(f"<b>{rec.name}</b>　{rec.gender}　{rec.birth_date:%Y年%m月}生　"
                                  f"{detail.id_masked}　{rec.status}{where}")
        self.post_model.set_rows(hist.posts)
        self.appraisal_model.set_rows(hist.appraisals)
        self.vote_model.set_rows(hist.votes)
        self.commendation_model.set_rows(hist.commendations)
        self.discipline_model.set_rows(hist.disciplines, discipline_columns(detail.notes_by_matter))
        for i in range(self.history.count()):  # few rows: fit the columns to what they hold
            view = self.history.widget(i)
            if isinstance(view, QTableView):
                view.resizeColumnsToContents()
        self.notes_label.setText("\n".join(detail.notes))
        self.notes_label.setVisible(bool(detail.notes))

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self._current_id is not None)
        self.post_button.setEnabled(self._current_id is not None)

    def select_cadre(self, cadre_id: int) -> None:
        row = self.model.row_of_key(cadre_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))
        self._show_cadre(cadre_id)

    # ----- forms -----
    def add_cadre(self) -> None:
        dialog = CadreDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self._current_id = dialog.saved_id  # the search the save announced keeps it selected

    def edit_current(self) -> None:
        if self._current_id is None:
            return
        CadreDialog(self.ctx, self._current_id, self).exec()  # the save announces "cadres"

    def change_post(self) -> None:
        if self._current_id is None:
            return
        PostDialog(self.ctx, self._current_id, self).exec()  # the save announces "posts"


class _PostFields:
    """The post part of a form (shared by the new-cadre form and 任职变动)."""

    FIELDS = ("工作单位", "现任职务", "职务层次", "任现职时间")

    def __init__(self, form: FieldForm, units: Sequence[str], levels: Sequence[str]) -> None:
        self.form = form
        self.unit = form.add("工作单位", combo(units, editable=False), required=True)
        self.title = form.add("现任职务", line(placeholder="如 党委书记、副局长、科员"), required=True)
        self.level = form.add("职务层次", combo(levels), required=True)
        self.principal = QCheckBox("正职")
        self.leadership = QCheckBox("领导职务（不勾选为职级）")
        self.leadership.setChecked(True)
        self.frontline = QCheckBox("基层一线")
        flags = QWidget()
        fl = QHBoxLayout(flags)
        fl.setContentsMargins(0, 0, 0, 0)
        for box in (self.principal, self.leadership, self.frontline):
            fl.addWidget(box)
        fl.addStretch(1)
        form.add("职务属性", flags)
        self.start = form.add("任现职时间", line(placeholder=DATE_HINT), aliases=("免职时间",))

    def collect(self, errors: list[FieldError]) -> PostData:
        assert isinstance(self.unit, QComboBox) and isinstance(self.level, QComboBox)
        assert isinstance(self.title, QLineEdit)
        return PostData(unit_name=self.unit.currentText(), title=self.title.text(), level=self.level.currentText(),
                        is_principal=self.principal.isChecked(), is_leadership=self.leadership.isChecked(),
                        is_frontline=self.frontline.isChecked(),
                        start_date=read_date(self.form, "任现职时间", errors))


def _form_errors(form: FieldForm) -> Callable[[BaseException], bool]:
    """An operation's on_error: a ValidationError's messages go beside their fields."""
    def show(exc: BaseException) -> bool:
        if isinstance(exc, ValidationError):
            form.show_errors(exc.errors)
            return True
        return False

    return show


class _LoadingDialog(QDialog):
    """A form whose choices (and record) are read off the GUI thread: it is filled when they arrive,
    and 保存 is enabled only then. `loaded` is emitted once the form is complete."""

    loaded = Signal()
    shows_full_id = False  # the form shows the whole 公民身份号码 of the cadre

    def __init__(self, ctx: AppContext, cadre_id: int | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cadre_id = cadre_id
        self.version: int | None = None  # as the form read it (optimistic locking)
        self.form = FieldForm()
        self.buttons = dialog_buttons(self, "保存", on_ok=self.save, ok_button=QDialogButtonBox.StandardButton.Save)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        full = self.shows_full_id
        QueryOp(ctx, lambda db, _s: page_svc.edit_form(db, cadre_id, full_id=full), self._loaded,
                parent=self).failure(self._refused).run()

    def _loaded(self, data: page_svc.CadreForm) -> None:
        self.version = data.version
        self.build(data)
        self.save_button.setEnabled(True)
        self.loaded.emit()

    def _refused(self, text: str) -> None:
        QMessageBox.warning(self, self.windowTitle() or "干部信息", text)
        self.reject()

    def build(self, data: page_svc.CadreForm) -> None:
        raise NotImplementedError

    def save(self) -> None:
        raise NotImplementedError

    def _write(self, op: Callable[[Any, Any], int], changes: str) -> None:
        self.save_button.setEnabled(False)  # one save at a time

        def done(saved: int) -> None:
            self.saved_id = saved
            self.accept()

        def failed(text: str) -> None:
            self.save_button.setEnabled(True)
            QMessageBox.warning(self, self.windowTitle(), text)

        show_fields = _form_errors(self.form)

        def on_error(exc: BaseException) -> bool:
            if show_fields(exc):
                self.save_button.setEnabled(True)
                return True
            return False

        WriteOp(self.ctx, op, changes, done, parent=self).on_error(on_error).failure(failed).run()

    saved_id: int | None = None


class CadreDialog(_LoadingDialog):
    """All fields of a cadre. The whole 公民身份号码 is shown only here (an audited view for roles that may see
    it). Errors appear beside the fields."""

    shows_full_id = True

    def __init__(self, ctx: AppContext, cadre_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, cadre_id, parent)
        self.setWindowTitle("新增干部" if cadre_id is None else "编辑干部信息")
        self.post: _PostFields | None = None
        scroll_body(self).addWidget(self.form)
        add_foot(self, self.buttons)

    def build(self, data: page_svc.CadreForm) -> None:
        rec, codes, f = data.record, data.codes, self.form
        f.add("姓名", line(rec.name if rec else ""), required=True)
        f.add("公民身份号码", line(rec.id_number if rec else "", "18位，末位可为X"), required=True,
              aliases=("性别", "出生日期"))
        derived = QLabel(f"{rec.gender}，{rec.birth_date.isoformat()}" if rec else "由公民身份号码自动得出")
        mark(derived, "hint")
        f.add("性别、出生日期", derived)
        f.add("民族", combo(codes.get("ethnicity", []), rec.ethnicity if rec else "汉族"))
        f.add("籍贯", line(rec.native_place if rec else "", "如 陕西紫阳"))
        f.add("政治面貌", combo(codes.get("political_status", []), rec.political_status if rec else None))
        f.add("入党时间", line(date_text(rec.party_date) if rec else "", DATE_HINT))
        f.add("参加工作时间", line(date_text(rec.work_start) if rec else "", DATE_HINT))
        f.add("学历", combo(codes.get("education", []), rec.education if rec else None))
        f.add("健康状况", combo(codes.get("health", []), rec.health if rec else None))
        f.add("人员状态", combo(codes.get("cadre_status", []), rec.status if rec else "在职", allow_empty=False),
              required=True)
        if rec is None:
            self.post = _PostFields(f, data.units, codes.get("position_level", []))
        fit_to_screen(self, max(self.sizeHint().width(), 62 * self.fontMetrics().horizontalAdvance("中")),
                      f.sizeHint().height() + 80)

    def text(self, field: str) -> str:
        w = self.form.widgets[field]
        if isinstance(w, QComboBox):
            return w.currentText().strip()
        assert isinstance(w, QLineEdit)
        return w.text().strip()

    def set_text(self, field: str, value: str) -> None:
        w = self.form.widgets[field]
        if isinstance(w, QComboBox):
            w.setCurrentText(value)
        else:
            assert isinstance(w, QLineEdit)
            w.setText(value)

    def collect(self, errors: list[FieldError]) -> CadreData:
        return CadreData(
            name=self.text("姓名"), id_number=self.text("公民身份号码"), ethnicity=self.text("民族") or None,
            native_place=self.text("籍贯") or None, political_status=self.text("政治面貌") or None,
            party_date=read_date(self.form, "入党时间", errors), work_start=read_date(self.form, "参加工作时间", errors),
            education=self.text("学历") or None, health=self.text("健康状况") or None, status=self.text("人员状态"),
        )

    def save(self) -> None:
        errors: list[FieldError] = []
        data = self.collect(errors)
        post = self.post.collect(errors) if self.post else None
        if errors:  # a date that cannot be read: show it together with everything else wrong, save nothing
            QueryOp(self.ctx, lambda db, _s: read(db, page_svc.form_errors, data, post),
                    lambda more: self.form.show_errors(errors + more), parent=self).run()
            return
        cadre_id = self.cadre_id
        if post is not None:
            self._write(lambda db, _s: add_cadre_with_post(db, data, post), "cadres")
        else:
            version = self.version
            self._write(lambda db, _s: save_cadre(db, data, cadre_id, version), "cadres")


class PostDialog(_LoadingDialog):
    """任职变动: a new current post; the previous one ends the day this one starts."""

    def __init__(self, ctx: AppContext, cadre_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, cadre_id, parent)
        self.setWindowTitle("任职变动")
        self.fields: _PostFields | None = None
        note = QLabel("保存后，原现任职务的免职时间记为新职务的任职时间。")
        mark(note, "hint")
        layout = scroll_body(self)
        layout.addWidget(self.form)
        layout.addWidget(note)
        add_foot(self, self.buttons)

    def build(self, data: page_svc.CadreForm) -> None:
        self.setWindowTitle(f"任职变动 — {data.record.name if data.record else ''}")
        self.fields = _PostFields(self.form, data.units, data.codes.get("position_level", []))

    def save(self) -> None:
        assert self.fields is not None and self.cadre_id is not None
        errors: list[FieldError] = []
        data = self.fields.collect(errors)
        if errors:
            self.form.show_errors(errors)
            return
        cadre_id = self.cadre_id
        self._write(lambda db, _s: change_post(db, cadre_id, data), "posts")


def create(ctx: AppContext) -> QWidget:
    return CadreTab(ctx)
