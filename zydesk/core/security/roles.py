"""Roles and permissions (GB/T 22239-2019 level 2: 身份鉴别, 访问控制 with separated administrators).

Three administrative roles (三员分立), one per account and never beside a business role, and three
business roles that may be combined. The matrix below is the one place that says who may do what;
docs/security.md prints it and tests/test_permissions.py holds every service to it."""
from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Role(StrEnum):
    SYSTEM_ADMIN = "系统管理员"
    SECURITY_ADMIN = "安全管理员"
    AUDIT_ADMIN = "审计管理员"
    CLERK = "录入员"
    REVIEWER = "审核员"
    READER = "查阅员"


ADMIN_ROLES = frozenset({Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN})
BUSINESS_ROLES = frozenset({Role.CLERK, Role.REVIEWER, Role.READER})


class Permission(StrEnum):
    """What an operation needs. The value is the Chinese name a refusal shows."""
    READ = "查阅业务数据"              # lists, reports, previews
    PRINT = "打印和导出"               # documents and Excel exports (each audited)
    FULL_ID = "查看完整身份证号"
    ENTER = "录入、导入和修改"          # cadres, units, codes, cases, nominations, votes, imports
    NUMBER = "取发文字号"              # taking a 文号 is a write
    DECIDE = "审定"                    # overrides, tie breaks, case conclusions, proposal steps
    POLICY_SETTINGS = "修改政策口径设置"  # the readings of the policy that change results
    UNDO = "按审计记录撤销修改"
    ACCOUNTS = "管理账号和角色"         # create accounts with their roles
    SYSTEM_SETTINGS = "修改系统设置"     # fonts, backup intervals, paths
    BACKUP = "备份和检查数据库"
    RESTORE = "从备份恢复"
    SECURITY_POLICY = "修改口令和锁定策略"
    UNLOCK = "解锁账号和重置口令"
    REVIEW_ROLES = "查看账号和角色"
    AUDIT_READ = "查看审计记录"
    AUDIT_EXPORT = "导出审计记录"
    OWN_PASSWORD = "修改本人口令"


P = Permission
MATRIX: dict[Role, frozenset[Permission]] = {
    Role.SYSTEM_ADMIN: frozenset({P.ACCOUNTS, P.SYSTEM_SETTINGS, P.BACKUP, P.RESTORE, P.REVIEW_ROLES,
                                  P.OWN_PASSWORD}),
    Role.SECURITY_ADMIN: frozenset({P.SECURITY_POLICY, P.UNLOCK, P.REVIEW_ROLES, P.OWN_PASSWORD}),
    Role.AUDIT_ADMIN: frozenset({P.AUDIT_READ, P.AUDIT_EXPORT, P.OWN_PASSWORD}),
    Role.CLERK: frozenset({P.READ, P.PRINT, P.FULL_ID, P.ENTER, P.NUMBER, P.OWN_PASSWORD}),
    Role.REVIEWER: frozenset({P.READ, P.PRINT, P.FULL_ID, P.NUMBER, P.DECIDE, P.POLICY_SETTINGS, P.UNDO,
                              P.OWN_PASSWORD}),
    Role.READER: frozenset({P.READ, P.PRINT, P.OWN_PASSWORD}),
}


def permissions(roles: Iterable[Role]) -> frozenset[Permission]:
    out: set[Permission] = set()
    for role in roles:
        out |= MATRIX[role]
    return frozenset(out)


def may(roles: Iterable[Role], need: Permission) -> bool:
    return need in permissions(roles)


def parse_roles(text: str) -> list[Role]:
    """'录入员,审核员' (commas, 、 or spaces) → roles; ValueError naming an unknown one."""
    names = [n for n in text.replace("，", ",").replace("、", ",").replace(" ", ",").split(",") if n]
    out: list[Role] = []
    for name in names:
        try:
            role = Role(name)
        except ValueError:
            raise ValueError(f"没有“{name}”这个角色（可选：{'、'.join(Role)}）") from None
        if role not in out:
            out.append(role)
    return out


def role_set_problem(roles: Iterable[Role]) -> str | None:
    """Why this set of roles may not be one account's (三员分立), or None."""
    chosen = list(dict.fromkeys(roles))
    if not chosen:
        return "每个账号至少要有一个角色。"
    admins = [r for r in chosen if r in ADMIN_ROLES]
    if len(admins) > 1:
        return f"三员分立：{'、'.join(admins)}不能由同一账号担任。"
    if admins and len(chosen) > 1:
        return f"三员分立：{admins[0]}不能同时担任业务角色（{'、'.join(r for r in chosen if r not in ADMIN_ROLES)}）。"
    return None


def roles_text(roles: Iterable[Role]) -> str:
    return "、".join(roles)
