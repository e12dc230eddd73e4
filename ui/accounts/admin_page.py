"""管理: what an administrator (系统管理员, 安全管理员, 审计管理员) sees in place of the business tabs — a
button for each of the screens the role may open. Other screens join by adding to SCREENS."""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.theme import mark
from zydesk.core.security.roles import Permission

if TYPE_CHECKING:
    from ui.context import AppContext


@dataclass(frozen=True)
class Screen:
    title: str
    hint: str
    needs: tuple[Permission, ...]  # any of these
    opener: str  # "module:function", called as function(ctx, parent)


SCREENS = [
    Screen("账号管理", "新建账号并分配角色；停用、解锁、重设口令；口令与锁定策略。",
           (Permission.ACCOUNTS, Permission.UNLOCK, Permission.SECURITY_POLICY), "ui.accounts.dialog:open_accounts"),
    Screen("审计记录", "查看和导出审计记录（登录、修改、导入导出、打印等）。",
           (Permission.AUDIT_READ,), "ui.audit.viewer:open_for"),
    Screen("备份与恢复", "备份数据库、从备份恢复。", (Permission.BACKUP,), "ui.backup.dialog:open_backups"),
]


def opener(screen: Screen) -> Callable[[AppContext, QWidget], Any]:
    module, name = screen.opener.split(":")
    fn: Callable[[AppContext, QWidget], Any] = getattr(importlib.import_module(module), name)
    return fn


class AdminPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        principal = ctx.db.principal
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"管理（{principal.roles_text}）")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        hint = QLabel("按三员分立，管理员账号不查看业务数据。请选择要进行的管理工作：")
        mark(hint, "muted")
        layout.addWidget(hint)
        self.buttons: dict[str, QPushButton] = {}
        self.opened: dict[str, Any] = {}  # keeps the screens alive
        for screen in SCREENS:
            if not any(principal.may(p) for p in screen.needs):
                continue
            button = QPushButton(f"{screen.title}…")
            button.setMinimumHeight(40)
            button.setMaximumWidth(360)
            button.clicked.connect(lambda _c=False, s=screen: self.open(s.title))
            self.buttons[screen.title] = button
            layout.addWidget(button)
            what = QLabel(screen.hint)
            what.setWordWrap(True)
            mark(what, "hint")
            layout.addWidget(what)

    def open(self, title: str) -> Any:
        screen = next(s for s in SCREENS if s.title == title)
        self.opened[title] = opener(screen)(self.ctx, self)
        return self.opened[title]
