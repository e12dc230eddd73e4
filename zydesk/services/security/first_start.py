"""What the window needs around a new or converted database: the password rules in words, the demo county
entered by the program after the administrator was created, the printed recovery-key sheet, and the
conversion of a clear database of the first version."""
from __future__ import annotations

import datetime as dt
from typing import Any

from zydesk.core.security.passwords import PasswordPolicy
from zydesk.core.security.principal import Principal
from zydesk.core.security.roles import Permission, Role
from zydesk.core.task_state import TaskState
from zydesk.errors import UserError
from zydesk.printing.output import Rendered
from zydesk.services import demo
from zydesk.services.handle import Database

DEMO_ACCOUNTS = tuple(str(r) for r in Role if r is not Role.SYSTEM_ADMIN)  # named after their roles


def policy_text(policy: PasswordPolicy | None = None) -> str:
    """The password rules as the clerk reads them beside a new password."""
    p = policy or PasswordPolicy()
    age = f"，每 {p.max_age_days} 天须更换" if p.max_age_days > 0 else ""
    return (f"口令至少 {p.min_length} 位，须含大写字母、小写字母、数字、其他字符中的至少 {p.min_classes} 类，"
            f"不能包含账号名{age}。")


def fill_demo(db: Database, state: TaskState | None = None) -> str:
    """Right after a demo database was created: the demo county is entered under the program's own name
    (the administrator who created it holds no business role)."""
    db.require(Permission.ACCOUNTS)
    from zydesk.services.security.signin import is_demo_keys

    if not is_demo_keys(db.url):  # invented people never go into a database created for real work
        raise UserError("只有以“演示数据库”方式新建的数据库才能填入演示数据。")
    return demo.fill_demo(db.acting_as(Principal("演示数据", (Role.CLERK, Role.REVIEWER))), state)


def _two_lines(key: str) -> str:
    """Four groups a line, as the window shows it: large enough to read back without mistakes."""
    groups = key.split("-")
    return "\n".join("-".join(groups[i:i + 4]) for i in range(0, len(groups), 4))


def recovery_sheet(recovery_key: str, database: str) -> Rendered:
    """One A4 page with the recovery key, kept in memory (printed or saved only where the clerk says)."""
    from zydesk.printing.forms import Cell, Form, Label, Row, render_form
    from zydesk.printing.units import SIZE

    form = Form(
        title="数据库恢复密钥",
        columns=[35, 121],
        rows=[Row(18, [Label("数据库"), Cell(database, align="left")]),
              Row(18, [Label("生成时间"), Cell(f"{dt.datetime.now():%Y-%m-%d %H:%M}", align="left")]),
              Row(40, [Label("恢复密钥"), Cell(_two_lines(recovery_key), size=SIZE["小二"], align="left")]),
              Row(60, [Label("说明"), Cell("所有管理员口令都遗失时，凭此密钥可重新进入数据库并设置系统管理员口令。"
                                          "密钥只在创建数据库时显示一次，程序不再保存其明文。请将本页封存，"
                                          "由专人保管，不要与数据库文件放在一起，不要拍照或扫描。",
                                          align="justify", valign="top")])],
        footnote="本页属于密钥材料，遗失或泄露时请立即报告系统管理员。")
    rendered = render_form(form)
    rendered.title = "数据库恢复密钥"
    return rendered


def convert(url: str, admin: str, password: str) -> Any:
    """Convert a clear database of the first version (zydesk.services.security.conversion)."""
    import importlib

    try:  # written beside this module (zydesk/services/security/conversion.py)
        conversion = importlib.import_module("zydesk.services.security.conversion")
    except ModuleNotFoundError:
        raise UserError("本程序不含旧数据库的转换功能，请联系技术人员。") from None
    return conversion.convert_clear(url, admin, password)
