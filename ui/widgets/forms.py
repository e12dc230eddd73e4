"""Forms whose validation messages appear beside the fields they are about.

    form = FieldForm()
    form.add("姓名", QLineEdit())          # the label is also the FieldError.field name services use
    form.show_errors(exc.errors)           # from a ValidationError; unknown fields go to the foot line
    layout.addWidget(dialog_buttons(dialog, "保存", on_ok=save))   # 保存 / 取消, Chinese whatever the locale
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from ui.theme import mark
from ui.widgets.fit import add_foot, scroll_body
from zydesk.core.dates import DateFormatError, parse_date
from zydesk.errors import FieldError, UserError, ValidationError

if TYPE_CHECKING:
    from ui.context import AppContext



W = TypeVar("W", bound=QWidget)

class FieldForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnStretch(2, 1)
        # room for a short message ("必填", "早于出生日期") on one line; longer ones wrap
        self._grid.setColumnMinimumWidth(2, 12 * self.fontMetrics().horizontalAdvance("中"))
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.foot = QLabel()
        mark(self.foot, "error")
        self.foot.setWordWrap(True)
        self.foot.hide()
        self._rows = 0

    def add(self, label: str, widget: QWidget, *, required: bool = False, aliases: Iterable[str] = ()) -> QWidget:
        """aliases: other field names whose errors belong beside this widget (e.g. 性别 beside the ID number)."""
        caption = QLabel(("* " if required else "") + label + "：")
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        caption.setBuddy(widget)
        error = QLabel()
        mark(error, "error")
        error.setWordWrap(True)
        error.setObjectName(f"error:{label}")
        self._grid.addWidget(caption, self._rows, 0)
        self._grid.addWidget(widget, self._rows, 1)
        self._grid.addWidget(error, self._rows, 2)
        self._rows += 1
        self.widgets[label] = widget
        self.errors[label] = error
        for alias in aliases:
            self.errors[alias] = error
        self._grid.addWidget(self.foot, self._rows, 0, 1, 3)
        return widget

    def widget(self, label: str, kind: type[W]) -> W:
        """The field's widget as the kind it was added as (a wrong kind is a programming error)."""
        widget = self.widgets[label]
        if not isinstance(widget, kind):
            raise TypeError(f"{label}: {type(widget).__name__}, not {kind.__name__}")
        return widget

    def text(self, label: str) -> str:
        """What is typed or chosen in a line, a drop-down or a text box."""
        widget = self.widgets[label]
        if isinstance(widget, QComboBox):
            return widget.currentText()
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        raise TypeError(f"{label}: {type(widget).__name__} holds no text")

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
        self.foot.clear()
        self.foot.hide()

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        self.clear_errors()
        rest: list[str] = []
        focused = False
        for err in errors:
            label = self.errors.get(err.field)
            if label is None:
                rest.append(str(err))
                continue
            label.setText((label.text() + "；" if label.text() else "") + err.message)
            widget = self.widgets.get(err.field)
            if widget is not None and not focused:
                widget.setFocus()
                focused = True
        if rest:
            self.foot.setText("\n".join(rest))
            self.foot.show()

    def error_text(self, field: str) -> str:
        label = self.errors.get(field)
        return label.text() if label is not None else ""


def dialog_buttons(dialog: QDialog, ok_text: str = "确定", on_ok: Callable[[], object] | None = None, *,
                   ok_button: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
                   ) -> QDialogButtonBox:
    """The OK / 取消 pair at a dialog's foot, in Chinese whatever the Qt translation: the OK button reads
    ok_text and runs on_ok (default: dialog.accept, which a dialog may override to validate first);
    取消 rejects. `box.button(ok_button)` is the OK button, for enabling it."""
    cancel = QDialogButtonBox.StandardButton.Cancel
    box = QDialogButtonBox(ok_button | cancel)
    box.button(ok_button).setText(ok_text)
    box.button(cancel).setText("取消")
    box.accepted.connect(on_ok if on_ok is not None else dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def line(text: str | None = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text or "")
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def combo(items: Iterable[str], current: str | None = None, *, allow_empty: bool = True,
          editable: bool = False) -> QComboBox:
    box = QComboBox()
    box.setEditable(editable)
    if allow_empty:
        box.addItem("")
    box.addItems(list(items))
    if current:
        if box.findText(current) < 0:
            box.addItem(current)  # a value no longer in the code table still shows as it is
        box.setCurrentText(current)
    return box


def date_text(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


DATE_HINT = "如 2016-11-28"


def read_date(form: FieldForm, field: str, errors: list[FieldError], *, month_ok: bool = True) -> dt.date | None:
    """The date typed in a QLineEdit of the form; a format error is collected under the field's name."""
    widget = form.widgets[field]
    assert isinstance(widget, QLineEdit)
    text = widget.text().strip()
    if not text:
        return None
    try:
        return parse_date(text, month_ok=month_ok)
    except DateFormatError as exc:
        errors.append(FieldError(field, str(exc)))
        return None


class FormDialog(QDialog):
    """A small form whose OK button saves: a ValidationError keeps the dialog open with each message
    beside its field, a UserError is shown in a message box; success closes it.

    With ctx, save(form) reads the fields (on the GUI thread) and returns the writing operation, which
    runs off the GUI thread and announces `changes`; saved(result) runs before the dialog closes:

        FormDialog(self, "新增职务层次", [("名称", name, True)],
                   lambda form: (lambda db, state, text=name.text(): add_code(db, table, text)),
                   ctx=ctx, changes="codes", saved=lambda new_id: self.reload(new_id)).exec()

    Without ctx, save(form) itself does the work on the GUI thread (older pages; being converted).
    """

    def __init__(self, parent: QWidget | None, title: str, fields: list[tuple[str, QWidget, bool]],
                 save: Callable[[FieldForm], Any], ok_text: str = "确定", *, ctx: AppContext | None = None,
                 changes: str | Iterable[str] = (), saved: Callable[[Any], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = FieldForm()
        for label, widget, required in fields:
            self.form.add(label, widget, required=required)
        self._save = save
        self._ctx = ctx
        self._changes = changes
        self._saved = saved
        self.buttons = dialog_buttons(self, ok_text)
        layout = scroll_body(self)
        layout.addWidget(self.form)
        add_foot(self, self.buttons)

    def _show_fields(self, exc: BaseException) -> bool:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.form.show_errors(exc.errors)
            return True
        return False

    def _done(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        if self._saved is not None:
            self._saved(result)
        super().accept()

    def _refused(self, text: str) -> None:
        self.buttons.setEnabled(True)
        QMessageBox.warning(self, self.windowTitle(), text)

    def accept(self) -> None:
        if not self.buttons.isEnabled():  # a save is under way (one save at a time)
            return
        self.form.clear_errors()
        if self._ctx is not None:
            from ui.ops import WriteOp

            op = self._save(self.form)
            self.buttons.setEnabled(False)  # one save at a time
            WriteOp(self._ctx, op, self._changes, self._done, parent=self) \
                .on_error(self._show_fields).failure(self._refused).run()
            return
        try:
            self._save(self.form)
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        super().accept()
