"""The backup dialog: 立即备份 lists a verified backup, 复制到… copies it, 恢复… asks first and restores."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.accounts import as_role
from zydesk.core.security.roles import Role
from zydesk.services.handle import Database


def test_backup_copy_and_restore(qtbot, db: Database, tmp_path: Path, settle,  # type: ignore[no-untyped-def]
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.factories import add_unit
    from ui.backup.dialog import BackupDialog
    from ui.context import AppContext

    dialog = BackupDialog(AppContext(as_role(db, Role.SYSTEM_ADMIN)))  # backups are the 系统管理员's
    qtbot.addWidget(dialog)
    settle()
    assert dialog.model.rowCount() == 0
    dialog.backup_button.click()
    settle()
    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, 3)) == "是"  # 已校验
    assert "已备份并校验" in dialog.status.text()

    stick = tmp_path / "U盘"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    dialog.view.selectRow(0)
    dialog.copy_button.click()
    settle()
    copied = sorted(p.name for p in stick.iterdir())  # the backup and, beside it, the key slots that open it
    assert len(copied) == 2 and copied[1] == copied[0] + ".keys" and "已复制并校验" in dialog.status.text()

    add_unit(db, "备份后新增的单位")
    asked: list[str] = []

    def say_yes(parent: object, title: str, text: str, *a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", say_yes)
    dialog.view.selectRow(0)
    dialog.restore_button.click()
    settle()
    assert "先自动备份当前数据库" in asked[0] and "审计记录不会减少" in asked[0]
    assert "已恢复" in dialog.status.text()
    reasons = {dialog.model.row_at(n).reason for n in range(dialog.model.rowCount())}
    assert reasons == {"manual", "before-restore"}


def test_restore_of_a_foreign_file_is_refused(qtbot, db: Database, tmp_path: Path, settle,  # type: ignore[no-untyped-def]
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from ui.backup.dialog import BackupDialog
    from ui.context import AppContext

    stranger = tmp_path / "别的程序.sqlite"
    sqlite3.connect(stranger).execute("CREATE TABLE t (x)").connection.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(stranger), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    dialog = BackupDialog(AppContext(as_role(db, Role.SYSTEM_ADMIN)))  # backups are the 系统管理员's
    qtbot.addWidget(dialog)
    settle()
    dialog.restore_button.click()  # nothing selected: a file chosen elsewhere
    settle()
    assert warned and "不是本程序" in warned[0] and "未做任何修改" in warned[0]
    assert dialog.model.rowCount() == 0  # refused before the safety backup: nothing written
