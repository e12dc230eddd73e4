"""Small widgets and dialogs of the 优秀干部评选 tab: a cadre picker, the nomination and honour dialogs."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui.context import AppContext
from ui.ops import QueryOp, WriteOp
from ui.widgets.fit import add_foot, fit_to_screen, scroll_body
from ui.widgets.forms import DATE_HINT, FieldForm, dialog_buttons
from zydesk.errors import FieldError, UserError, ValidationError
from zydesk.services.cadre_queries import CadreFilter, search_cadres, unit_choices
from zydesk.services.handle import Database
from zydesk.services.incentives import excellent as svc
from zydesk.services.reading import read


class CadrePicker(QWidget):
    """Type part of a name or ID number, pick from the matches (at most 50 shown)."""

    picked = Signal(object)  # cadre id or None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText("输入姓名或身份号码片段")
        self.matches = QComboBox()
        self.matches.setMinimumContentsLength(24)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.search, 1)
        lay.addWidget(self.matches, 2)
        self.search.textChanged.connect(self._search)
        self.matches.currentIndexChanged.connect(lambda _i: self.picked.emit(self.cadre_id()))

    def _search(self, text: str) -> None:
        typed = text.strip()
        if not typed:
            self._show(typed, [])
            return
        QueryOp(self.ctx, lambda db, _s: read(db, search_cadres, CadreFilter(text=typed, status="在职"), limit=50),
                lambda rows: self._show(typed, rows), parent=self).run()

    def _show(self, typed: str, rows: Sequence[Any]) -> None:
        if typed != self.search.text().strip():  # the clerk typed on: a later search brings the matches
            return
        self.matches.blockSignals(True)
        self.matches.clear()
        for r in rows:
            self.matches.addItem(f"{r.name}　{r.unit}{r.title}（{r.id_masked}）", r.id)
        self.matches.blockSignals(False)
        self.picked.emit(self.cadre_id())

    def cadre_id(self) -> int | None:
        value = self.matches.currentData()
        return int(value) if value is not None else None


class NominateDialog(QDialog):
    """推荐: the cadre, the category (derived from the current post; the clerk picks when several apply),
    the nominating unit, the deeds and the attachments list. OK calls the service; errors stay in the dialog."""

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"推荐{year}年度“敢担当、善作为”优秀干部")
        self.ctx, self.year = ctx, year
        self.nomination_id: int | None = None
        self.form = FieldForm()
        self.picker = CadrePicker(ctx)
        self.category = QComboBox()
        self.basis = QLabel()
        self.unit = QComboBox()
        QueryOp(ctx, lambda db, _s: read(db, unit_choices), self._units, parent=self).run()
        self.deeds = QPlainTextEdit()
        self.deeds.setPlaceholderText("主要事迹（可较长）")
        self.attachments = QPlainTextEdit()
        self.attachments.setPlaceholderText("附件清单，每行一项")
        self.attachments.setMaximumHeight(70)
        self.form.add("干部", self.picker, required=True)
        self.form.add("类别", self.category, required=True)
        self.form.add("类别依据", self.basis)
        self.form.add("推荐单位", self.unit, required=True)
        self.form.add("事迹", self.deeds)
        self.form.add("附件", self.attachments)
        self.buttons = dialog_buttons(self)
        lay = scroll_body(self)
        lay.addWidget(self.form)
        add_foot(self, self.buttons)
        self.picker.picked.connect(self._cadre_changed)
        self.category.currentIndexChanged.connect(self._category_changed)
        fit_to_screen(self, 720, 520)

    def _units(self, units: Sequence[Any]) -> None:
        for u in units:
            self.unit.addItem(u.name, u.id)

    def _cadre_changed(self, cadre_id: int | None) -> None:
        self.category.clear()
        self.basis.clear()
        if cadre_id is None:
            return
        QueryOp(self.ctx, lambda db, _s: read(db, _cadre_choices, cadre_id),
                lambda found: self._show_choices(cadre_id, *found), parent=self).run()

    def _show_choices(self, cadre_id: int, choices: list[tuple[str, str]], unit_id: int | None) -> None:
        if cadre_id != self.picker.cadre_id():  # another cadre was picked meanwhile
            return
        self.category.blockSignals(True)
        for cat, why in choices:
            self.category.addItem(cat, why)
        self.category.blockSignals(False)
        self._category_changed(0)
        if not choices:
            self.basis.setText("现任职务不属于任何评选类别")
        if unit_id is not None:
            i = self.unit.findData(unit_id)
            if i >= 0:
                self.unit.setCurrentIndex(i)

    def _category_changed(self, _i: int) -> None:
        why = self.category.currentData()
        several = self.category.count() > 1
        self.basis.setText((why or "") + ("（符合多个类别，请选择其一；每人只计入一个类别）" if several else ""))

    def accept(self) -> None:
        """Nominate through the service; what it refuses is shown beside the fields and the dialog stays."""
        cadre_id, year = self.picker.cadre_id(), self.year
        unit_id, category = self.unit.currentData(), self.category.currentText() or None
        deeds, attachments = self.deeds.toPlainText(), self.attachments.toPlainText().splitlines()

        def done(nomination_id: int) -> None:
            self.nomination_id = nomination_id
            super(NominateDialog, self).accept()

        if not self.buttons.isEnabled():  # a save is under way: a second click or Enter must not nominate twice
            return
        self.buttons.setEnabled(False)
        WriteOp(self.ctx, lambda db, _s: svc.nominate(db, year, cadre_id, unit_id=unit_id, category=category,
                                                       deeds=deeds, attachments=attachments),
                "excellent", done, parent=self).on_error(lambda exc: _refused(self.buttons, self.form, exc, "推荐")) \
            .failure(lambda _text: self.buttons.setEnabled(True)).run()


def _cadre_choices(s: Any, cadre_id: int) -> tuple[list[tuple[str, str]], int | None]:
    """The categories the cadre's post allows and the unit of that post (to preselect it)."""
    found = svc.current_post(s, cadre_id)
    return svc.category_choices(s, cadre_id), (found[1].id if found is not None else None)


def _refused(buttons: QWidget, form: FieldForm, exc: BaseException, field: str) -> bool:
    """The save was refused: the buttons work again and the refusal goes into the form."""
    buttons.setEnabled(True)
    return _show_refusal(form, exc, field)


def _show_refusal(form: FieldForm, exc: BaseException, field: str) -> bool:
    """Put a service's refusal into the form: FieldErrors beside their fields, a plain message under `field`."""
    if isinstance(exc, ValidationError):
        form.show_errors(exc.errors)
        return True
    if isinstance(exc, UserError):
        form.show_errors([FieldError(field, str(exc))])
        return True
    return False  # an internal error: logged and shown by the operation


class FormDialog(QDialog):
    """A FieldForm with OK/Cancel whose OK runs `submit` (a writing service, given the database) as an operation;
    what the service refuses stays in the dialog beside its field, success closes it."""

    def __init__(self, title: str, ctx: AppContext, changes: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.ctx, self.changes = ctx, changes
        self.form = FieldForm()
        self.submit: Callable[[Database], object] = lambda db: None
        self.buttons = dialog_buttons(self)
        lay = scroll_body(self)
        lay.addWidget(self.form)
        add_foot(self, self.buttons)

    def accept(self) -> None:
        if not self.buttons.isEnabled():  # a save is under way: a second click or Enter must not write twice
            return
        submit = self.submit
        self.buttons.setEnabled(False)
        WriteOp(self.ctx, lambda db, _s: submit(db), self.changes, lambda _r: super(FormDialog, self).accept(),
                parent=self).on_error(lambda exc: _refused(self.buttons, self.form, exc, "操作")) \
            .failure(lambda _text: self.buttons.setEnabled(True)).run()


def date_edit(value: dt.date | None = None) -> QLineEdit:
    edit = QLineEdit(value.isoformat() if value else "")
    edit.setPlaceholderText(DATE_HINT)
    return edit
