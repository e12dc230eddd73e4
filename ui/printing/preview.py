"""Print preview (QtPdf), printing through the system print dialog, 另存为 PDF, 另存为 Word (公文 only),
and batch printing.

For other modules:

    from ui.printing.preview import show_pdf, preview_document, batch_print
    show_pdf(self, pdf_bytes_or_path, "表彰决定")            # any PDF
    preview_document(ctx, self, lambda db, state: build_notice(db, year))   # built and rendered off the GUI
    batch_print(ctx, self, "打印审批表", [lambda db, state: form_for(db, c) for c in cadres], to="pdf")

A document is given as a Gongwen / Form / Rendered / PDF bytes, or as a callable building one: either
`build(db, state)` (a service function; db is the open database, state the operation's progress and
取消) or `build()`. Building and rendering run in an operation (ui.ops) through
zydesk.services.documents, with the font choices stored in the database.

Characters that no font can draw are named in a red banner, and 打印 asks before printing them as boxes.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.ops import QueryOp
from ui.theme import mark
from ui.widgets.fit import fit_to_screen
from zydesk.core.task_state import TaskState
from zydesk.errors import UserError
from zydesk.services import documents
from zydesk.services import documents as documents_svc  # batch_print's parameter is named documents
from zydesk.services.documents import Rendered
from zydesk.services.handle import Database

PdfSource = bytes | str | Path | Rendered
_as_rendered = documents.as_rendered


class PreviewDialog(QDialog):
    """Page view with navigation and zoom; 打印…, 另存为 PDF…, 另存为 Word… (a 公文 only), 关闭."""

    ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)

    def __init__(self, parent: QWidget | None, source: PdfSource, title: str = "打印预览",
                 warning: str = "", ctx: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rendered = _as_rendered(source, title)
        self.warning = warning or self.rendered.warning()
        self.setWindowTitle(f"{title} — 打印预览")
        fit_to_screen(self, 900, 1000)
        self.document = QPdfDocument(self)
        self._bytes = QByteArray(self.rendered.pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

        self.view = self._new_view()

        self.prev_button = QPushButton("上一页")
        self.next_button = QPushButton("下一页")
        self.page_label = QLabel()
        # as wide as the widest it says, so that turning pages never widens the toolbar (and the window)
        self.page_label.setMinimumWidth(self.page_label.fontMetrics().horizontalAdvance("第 888 / 888 页"))
        self.zoom_out_button = QPushButton("缩小")
        self.zoom_in_button = QPushButton("放大")
        self.fit_width_button = QPushButton("适合宽度")
        self.fit_page_button = QPushButton("整页")
        self.print_button = QPushButton("打印…")
        self.save_button = QPushButton("另存为 PDF…")
        self.word_button = QPushButton("另存为 Word…")
        self.close_button = QPushButton("关闭")
        self.fonts_button = QPushButton("字体设置…")
        self.fonts_button.setVisible(ctx is not None)
        bar = QHBoxLayout()
        for w in (self.prev_button, self.next_button, self.page_label, self.zoom_out_button, self.zoom_in_button,
                  self.fit_width_button, self.fit_page_button):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.fonts_button, self.print_button, self.save_button, self.word_button, self.close_button):
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        self.warning_label = QLabel(self.warning)
        self.warning_label.setWordWrap(True)
        mark(self.warning_label, "warning")
        self.warning_label.setVisible(bool(self.warning))
        layout.addWidget(self.warning_label)
        self.archived_label = QLabel()  # 按印发存档的文本重印（…存档）: a sealed year's kept copy
        self.archived_label.setWordWrap(True)
        mark(self.archived_label, "hint")
        layout.addWidget(self.archived_label)
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        self.saved_label.setVisible(False)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.view, 1)

        self.prev_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.zoom_in_button.clicked.connect(lambda: self._zoom(+1))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(-1))
        self.fit_width_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.word_button.clicked.connect(self.save_word)
        self.close_button.clicked.connect(self.close)
        self.fonts_button.clicked.connect(self._open_font_settings)
        self._show_kind()
        self._update_label()

    def _new_view(self, like: QPdfView | None = None) -> QPdfView:
        """A page view of self.document, zoomed as `like` (the view it replaces) or to the page's width."""
        view = QPdfView(self)
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        if like is None:
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            view.setZoomMode(like.zoomMode())
            view.setZoomFactor(like.zoomFactor())
        view.pageNavigator().currentPageChanged.connect(lambda _p: self._update_label())
        return view

    def _show_kind(self) -> None:
        """Word only for a 公文 built from the records; the line saying a kept copy is shown."""
        r = self.rendered
        self.word_button.setEnabled(documents.is_gongwen(r))  # forms, tables and kept copies have no Word copy
        self.word_button.setToolTip(
            "保存为可编辑的 Word 文档（.docx），供修改文字后报领导签发；正式文本以 PDF 为准" if self.word_button.isEnabled()
            else documents.KEPT_NO_WORD if r.archived else "只有公文可以另存为 Word 文档")
        self.archived_label.setText(r.archived + "：本年度已封存，打印、另存的都是当时印发的文本。" if r.archived else "")
        self.archived_label.setVisible(bool(r.archived))

    def show_rendered(self, rendered: Rendered) -> None:
        """Show a new rendering of the same document (after 编号 gave it its number)."""
        self.rendered = rendered
        self.warning = rendered.warning()
        self.warning_label.setText(self.warning)
        self.warning_label.setVisible(bool(self.warning))
        # A new document in a new view, not a reload into the old ones: a view draws pages on a thread of its
        # own, and a page of the old text it was still drawing stayed on screen (the draft without its 文号).
        old_view, old_document, old_buffer, page = self.view, self.document, self._buffer, self.current_page()
        self.document = QPdfDocument(self)
        self._bytes = QByteArray(rendered.pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.view = self._new_view(like=old_view)
        layout = self.layout()
        assert layout is not None
        layout.replaceWidget(old_view, self.view)
        old_view.hide()
        for old in (old_view, old_document, old_buffer):
            old.deleteLater()
        if page:
            self.go_to(page)
        self._show_kind()
        self._update_label()

    def add_number_bar(self, key: Any, reload: Any) -> Any:
        """The line about the document's 文号 with 编号… (ui.printing.numbering), under the toolbar."""
        from ui.printing.numbering import NumberBar

        self.number_bar = NumberBar(self.ctx, self, key, reload)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.number_bar)
        return self.number_bar

    def _open_font_settings(self) -> None:
        from ui.printing.font_settings import open_font_settings

        open_font_settings(self.ctx, self)

    # navigation and zoom
    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        page = max(0, min(page, self.page_count() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._update_label()

    def _update_label(self) -> None:
        # The view resets its navigator while the dialog's children are being destroyed: ignore that signal.
        if not (shiboken6.isValid(self.document) and shiboken6.isValid(self.page_label)):
            return
        n = self.page_count()
        cur = self.current_page() + 1 if n else 0
        self.page_label.setText(f"第 {cur} / {n} 页")
        self.prev_button.setEnabled(cur > 1)
        self.next_button.setEnabled(cur < n)

    def _zoom(self, step: int) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        cur = self.view.zoomFactor()
        if step > 0:
            nxt = next((z for z in self.ZOOMS if z > cur + 1e-3), self.ZOOMS[-1])
        else:
            nxt = next((z for z in reversed(self.ZOOMS) if z < cur - 1e-3), self.ZOOMS[0])
        self.view.setZoomFactor(nxt)

    # output
    def confirm_missing(self) -> bool:
        if not self.warning:
            return True
        answer = QMessageBox.question(self, "打印前提示", self.warning + "\n\n仍然打印吗？")
        return answer == QMessageBox.StandardButton.Yes

    def print_document(self) -> None:
        if not self.confirm_missing():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        prepare_printer(printer, self.rendered.pdf)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("打印")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        pdf, rendered = self.rendered.pdf, self.rendered
        if self.ctx is not None:  # long documents print with progress and 取消, the window stays responsive
            QueryOp(self.ctx, lambda db, state: _print_recorded(db, rendered, printer, state),
                    parent=self).with_progress("打印").run()
        else:
            print_pdf(pdf, printer)

    def save_as(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "另存为 PDF", (self.rendered.title or "文档") + ".pdf",
                                              "PDF 文件 (*.pdf)")
        if name:
            if not name.lower().endswith(".pdf"):
                name += ".pdf"
            self.rendered.save(name)  # whole or not at all (a partial file renamed when complete)
            if self.ctx is not None:  # a copy left the program: in the audit trail
                rendered, saved = self.rendered, name
                QueryOp(self.ctx, lambda db, _s: documents.record_printed(db, rendered, "PDF文件", saved),
                        parent=self).run()


    def save_word(self) -> None:
        """The 公文 as an editable .docx, written and audited by the service like a saved PDF."""
        if not documents.is_gongwen(self.rendered):
            return
        name, _ = QFileDialog.getSaveFileName(self, "另存为 Word", (self.rendered.title or "文档") + ".docx",
                                              "Word 文档 (*.docx)")
        if not name:
            return
        if not name.lower().endswith(".docx"):
            name += ".docx"
        rendered = self.rendered
        if self.ctx is None:  # a document made without the database (as 另存为 PDF: nothing to audit in)
            self._word_saved(documents.docx_to_file(rendered, name))
            return
        QueryOp(self.ctx, lambda db, state: documents.save_docx(db, rendered, name, state), self._word_saved,
                parent=self).run()

    def _word_saved(self, path: Path) -> None:
        if shiboken6.isValid(self.saved_label):
            self.saved_label.setText(f"已另存为 Word 文档：{path}（可在 Word 或 WPS 中修改；正式文本以 PDF 为准）")
            self.saved_label.setVisible(True)


def show_pdf(parent: QWidget | None, pdf: PdfSource, title: str = "打印预览", *, warning: str = "",
             modal: bool = False, ctx: Any = None) -> PreviewDialog:
    """Show a PDF (bytes, a path, or a Rendered from zydesk.services.documents) in the preview window.
    With ctx (the AppContext) the window also offers 字体设置…."""
    dialog = PreviewDialog(parent, pdf, title, warning, ctx)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if modal:
        dialog.exec()
    else:
        dialog.show()
    return dialog


def preview_document(ctx: Any, parent: QWidget | None, build: Any, title: str = "打印预览",
                     number: tuple[str, str | int] | None = None) -> None:
    """Build (build(db, state) or build()) and render a document off the GUI thread, then show it.
    number: (print form, its key) of a 公文 issued under a 文号 — the preview then offers 编号…"""
    def show(rendered: Rendered) -> None:
        dialog = show_pdf(parent, rendered, rendered.title or title, ctx=ctx)
        if number is not None:
            dialog.add_number_bar(number, lambda: QueryOp(
                ctx, lambda db, state: documents.render_document(db, build, state, title, number),
                dialog.show_rendered, parent=dialog).run())

    QueryOp(ctx, lambda db, state: documents.render_document(db, build, state, title, number), show,
            parent=parent).with_progress(f"生成{title}").run()


def _load(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    doc = QPdfDocument()
    buf = QBuffer()
    buf.setData(QByteArray(pdf))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buf)
    return doc, buf  # the buffer must outlive the document's use


def prepare_printer(printer: QPrinter, pdf: bytes) -> None:
    """A4 in the orientation of the document's first page, before the print dialog shows it."""
    doc, _buf = _load(pdf)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    if doc.pageCount():
        size = doc.pagePointSize(0)
        landscape = size.width() > size.height()
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                   else QPageLayout.Orientation.Portrait)


def _print_recorded(db: Database, rendered: Rendered, printer: QPrinter, state: TaskState, copies: int = 1) -> int:
    """Print, then put the printing in the audit trail (title, 文号, pages)."""
    pages = print_pdf(rendered.pdf, printer, state)
    documents.record_printed(db, rendered, "打印机", copies=copies)
    return pages


def print_pdf(pdf: bytes, printer: QPrinter, state: TaskState | None = None) -> int:
    """Paint each page of the PDF on the printer at its real size; returns the number of pages.

    The PDF already carries the GB/T 9704 margins, so the whole sheet is painted (full page mode) and
    a page lands 1:1 on the paper instead of being shrunk into the printer's printable area."""
    doc, _buf = _load(pdf)
    n = doc.pageCount()
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError("无法开始打印：打印机不可用。")
    try:
        res = printer.resolution()
        dpi = min(res, 600)  # crisp text; a 1200 dpi page image would take half a GB
        for i in range(n):
            if state is not None:
                state.check()
                state.progress(i, n, f"正在打印第 {i + 1} 页")
            if i:
                printer.newPage()
            size_pt = doc.pagePointSize(i)
            image: QImage = doc.render(i, QSize(round(size_pt.width() / 72 * dpi),
                                                round(size_pt.height() / 72 * dpi)))
            painter.drawImage(QRectF(0, 0, size_pt.width() / 72 * res, size_pt.height() / 72 * res), image)
    finally:
        painter.end()
    return n


def batch_print(ctx: Any, parent: QWidget | None, title: str, documents: Sequence[Any], *, to: str = "pdf",
                path: str | Path | None = None) -> None:
    """Many documents → one PDF file (to="pdf") or the printer (to="printer"), off the GUI thread.

    documents: Gongwen / Form / Rendered / PDF bytes, or callables building one (build(db, state) or build()).
    """
    if to not in ("pdf", "printer"):
        raise ValueError(to)
    if to == "pdf" and path is None:
        name, _ = QFileDialog.getSaveFileName(parent, "批量打印到 PDF", title + ".pdf", "PDF 文件 (*.pdf)")
        if not name:
            return
        path = name if name.lower().endswith(".pdf") else name + ".pdf"

    def done(merged: Rendered) -> None:
        if to == "pdf":
            text = f"已生成 {len(documents)} 份、共 {merged.pages} 页：{path}"
            if merged.warning():
                text += "\n\n" + merged.warning()
            QMessageBox.information(parent, title, text)
            return
        if merged.warning():
            answer = QMessageBox.question(parent, "打印前提示", merged.warning() + "\n\n仍然打印吗？")
            if answer != QMessageBox.StandardButton.Yes:
                return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        prepare_printer(printer, merged.pdf)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        QueryOp(ctx, lambda db, state: _print_recorded(db, merged, printer, state, len(documents)),
                parent=parent).with_progress(title).run()

    items = list(documents)
    target = path if to == "pdf" else None
    QueryOp(ctx, lambda db, state: documents_svc.render_many(db, items, title, state, target), done,
            parent=parent).with_progress(title).run()


__all__ = ["PreviewDialog", "batch_print", "prepare_printer", "preview_document", "print_pdf", "show_pdf"]
