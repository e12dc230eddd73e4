"""Small widgets and dialogs of the 优秀干部评选 tab: a cadre picker, the nomination and honour dialogs."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.forms import DATE_HINT, FieldForm, dialog_buttons
from zydesk.core.dates import DateFormatError, parse_date
from zydesk.errors import FieldError, UserError, ValidationError
from zydesk.services.cadre_queries import CadreFilter, search_cadres, unit_choices
from zydesk.services.incentives import excellent as svc
from zydesk.storage.uow import Database


class CadrePicker(QWidget):
    """Type part of a name or ID number, pick from the matches (at most 50 shown)."""

    picked = Signal(object)  # cadre id or None

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
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
        self.matches.blockSignals(True)
        self.matches.clear()
        if text.strip():
            with self.db.read() as s:
                rows = search_cadres(s, CadreFilter(text=text.strip(), status="在职"), limit=50)
            for r in rows:
                self.matches.addItem(f"{r.name}　{r.unit}{r.title}（{r.id_masked}）", r.id)
        self.matches.blockSignals(False)
        self.picked.emit(self.cadre_id())

    def cadre_id(self) -> int | None:
        value = self.matches.currentData()
        return int(value) if value is not None else None


def read_date_text(text: str, field: str, errors: list[FieldError]) -> dt.date | None:
    if not text.strip():
        return None
    try:
        return parse_date(text.strip())
    except DateFormatError as exc:
        errors.append(FieldError(field, str(exc)))
        return None


class NominateDialog(QDialog):
    """推荐: the cadre, the category (derived from the current post; the clerk picks when several apply),
    the nominating unit, the deeds and the attachments list. OK calls the service; errors stay in the dialog."""

    def __init__(self, db: Database, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"推荐{year}年度“敢担当、善作为”优秀干部")
        self.db, self.year = db, year
        self.nomination_id: int | None = None
        self.form = FieldForm()
        self.picker = CadrePicker(db)
        self.category = QComboBox()
        self.basis = QLabel()
        self.unit = QComboBox()
        with db.read() as s:
            for u in unit_choices(s):
                self.unit.addItem(u.name, u.id)
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
        lay = QVBoxLayout(self)
        lay.addWidget(self.form)
        lay.addWidget(self.buttons)
        self.picker.picked.connect(self._cadre_changed)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.resize(720, 520)

    def _cadre_changed(self, cadre_id: int | None) -> None:
        self.category.clear()
        self.basis.clear()
        if cadre_id is None:
            return
        with self.db.read() as s:
            choices = svc.category_choices(s, cadre_id)
            found = svc.current_post(s, cadre_id)
        self.category.blockSignals(True)
        for cat, why in choices:
            self.category.addItem(cat, why)
        self.category.blockSignals(False)
        self._category_changed(0)
        if not choices:
            self.basis.setText("现任职务不属于任何评选类别")
        if found is not None:
            i = self.unit.findData(found[1].id)
            if i >= 0:
                self.unit.setCurrentIndex(i)

    def _category_changed(self, _i: int) -> None:
        why = self.category.currentData()
        several = self.category.count() > 1
        self.basis.setText((why or "") + ("（符合多个类别，请选择其一；每人只计入一个类别）" if several else ""))

    def accept(self) -> None:
        cadre_id = self.picker.cadre_id()
        if cadre_id is None:
            self.form.show_errors([FieldError("干部", "请先查找并选择干部")])
            return
        try:
            self.nomination_id = svc.nominate(
                self.db, self.year, cadre_id, unit_id=self.unit.currentData(),
                category=self.category.currentText() or None, deeds=self.deeds.toPlainText(),
                attachments=self.attachments.toPlainText().splitlines())
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return
        except UserError as exc:
            self.form.show_errors([FieldError("推荐", str(exc))])
            return
        super().accept()


class FormDialog(QDialog):
    """A FieldForm with OK/Cancel whose OK runs `submit` (a service call) and keeps errors in the dialog."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = FieldForm()
        self.submit: Callable[[], None] = lambda: None
        self.buttons = dialog_buttons(self)
        lay = QVBoxLayout(self)
        lay.addWidget(self.form)
        lay.addWidget(self.buttons)

    def accept(self) -> None:
        try:
            self.submit()
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return
        except UserError as exc:
            self.form.show_errors([FieldError("操作", str(exc))])
            return
        super().accept()


def date_edit(value: dt.date | None = None) -> QLineEdit:
    edit = QLineEdit(value.isoformat() if value else "")
    edit.setPlaceholderText(DATE_HINT)
    return edit
