"""The permission matrix as a table: every service that writes, every administrative operation and the audit
reads, called as each of the six roles. A role the matrix allows is never refused with NotPermitted; any other
role is refused before anything happens (the audit trail keeps its count). The calls take dummy arguments
(None): a service checks the permission before it looks at its input, so the refusal comes first.

A public function in zydesk/services, printing, demo or excel that opens a unit of work (or changes a
setting, or records an output) and has no row here fails `test_every_write_is_in_the_table`.
docs/security.md prints the matrix and one table per area; both are checked against this file."""
from __future__ import annotations

import ast
import importlib
import inspect
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.accounts import as_role
from zydesk.core.security.roles import MATRIX, Permission, Role
from zydesk.errors import NotPermitted
from zydesk.services.handle import Database
from zydesk.storage.models import AuditEntry

ROOT = Path(__file__).resolve().parents[1]
P = Permission
E, D, PS, SS, N = P.ENTER, P.DECIDE, P.POLICY_SETTINGS, P.SYSTEM_SETTINGS, P.NUMBER

# "module.function" (or "module.function[label]" for one call of several) → (what it needs, arguments other
# than None). The areas are the sections of docs/security.md.
AREAS: dict[str, dict[str, tuple[Permission, dict[str, Any]]]] = {
    "基础数据": {
        "zydesk.services.master.save_unit": (E, {}),
        "zydesk.services.master.save_cadre": (E, {}),
        "zydesk.services.master.change_post": (E, {}),
        "zydesk.services.unit_list.move_unit": (E, {}),
        "zydesk.services.code_tables.add_code": (E, {}),
        "zydesk.services.code_tables.set_code_active": (E, {}),
        "zydesk.services.code_tables.set_code_note": (E, {}),
        "zydesk.services.code_tables.move_code": (E, {}),
        "zydesk.services.code_tables.save_period": (PS, {}),
        "zydesk.services.code_tables.add_period": (PS, {}),
        "zydesk.services.workdays.set_year_schedule": (E, {}),
        "zydesk.services.workdays.delete_year_schedule": (E, {}),
        "zydesk.services.cadre_page.edit_form": (P.FULL_ID, {"cadre_id": 1, "full_id": True}),
        "zydesk.demo.fill_demo": (E, {"sizes": None}),
        "zydesk.services.lrmx.importing.import_forms": (E, {}),
        "zydesk.services.lrmx.exporting.export_forms": (P.FULL_ID, {}),
        "zydesk.services.renmian_print.print_forms": (P.PRINT, {}),
    },
    "Excel 导入导出": {
        "zydesk.excel.importer.import_file": (E, {}),
        "zydesk.services.excel_files.import_excel": (E, {}),
        "zydesk.services.excel_files.add_short_form": (E, {}),
        "zydesk.excel.exporter.export_kind": (P.PRINT, {}),
        "zydesk.services.excel_files.export_excel": (P.PRINT, {}),
    },
    "鼓励激励：考核排名与奖励": {
        "zydesk.services.incentives.ranking.save_score": (E, {}),
        "zydesk.services.incentives.ranking.save_override": (D, {}),
        "zydesk.services.incentives.ranking.clear_override": (D, {}),
        "zydesk.services.incentives.ranking.save_tie_break": (D, {}),
        "zydesk.services.incentives.ranking.clear_tie_break": (D, {}),
        "zydesk.services.incentives.ranking.save_ranking_setting": (PS, {}),
        "zydesk.services.incentives.ranking.save_ranking_settings": (PS, {}),
        "zydesk.services.incentives.awards.save_key_tasks": (E, {}),
        "zydesk.services.incentives.awards.add_recorded_award": (D, {}),
        "zydesk.services.incentives.awards.delete_recorded_award": (D, {}),
        "zydesk.services.incentives.awards.save_monitoring_rows": (E, {}),
        "zydesk.services.incentives.bonus.set_bonus_amount": (E, {}),
        "zydesk.services.incentives.bonus.delete_bonus_amount": (E, {}),
        "zydesk.services.incentives.bonus.save_bonus_settings": (PS, {}),
        "zydesk.services.incentives.bonus.save_plan": (D, {}),
        "zydesk.services.incentives.care.save_record": (E, {}),
        "zydesk.services.incentives.care.delete_record": (E, {}),
    },
    "鼓励激励：优秀干部、奖励与选拔": {
        "zydesk.services.incentives.excellent.ensure_round": (E, {}),
        "zydesk.services.incentives.excellent.set_round": (PS, {}),
        "zydesk.services.incentives.excellent.nominate": (E, {}),
        "zydesk.services.incentives.excellent.update_nomination": (E, {}),
        "zydesk.services.incentives.excellent.delete_nomination": (E, {}),
        "zydesk.services.incentives.excellent.import_nominations": (E, {}),
        "zydesk.services.incentives.excellent.check_nominee": (E, {}),
        "zydesk.services.incentives.excellent.enter_score": (E, {}),
        "zydesk.services.incentives.excellent.advance": (D, {}),
        "zydesk.services.incentives.excellent.set_city_recommended": (D, {}),
        "zydesk.services.incentives.excellent.save_quota_rates": (PS, {}),
        "zydesk.services.incentives.excellent.decide_suggestion": (D, {}),
        "zydesk.services.incentives.excellent.propose_honour": (D, {}),
        "zydesk.services.incentives.excellent.add_honour_step": (D, {}),
        "zydesk.services.incentives.excellent.add_reserve": (D, {}),
        "zydesk.services.incentives.excellent.remove_reserve": (D, {}),
        "zydesk.services.incentives.promotion.run_review": (E, {}),
        "zydesk.services.incentives.promotion.add_key_work": (E, {}),
        "zydesk.services.incentives.promotion.tag_commendation": (E, {}),
    },
    "容错纠错": {
        "zydesk.services.tolerance.cases.register_case": (E, {}),
        "zydesk.services.tolerance.cases.accept_case": (D, {}),
        "zydesk.services.tolerance.cases.refuse_case": (D, {}),
        "zydesk.services.tolerance.cases.set_circumstances": (E, {}),
        "zydesk.services.tolerance.cases.set_exclusions": (D, {}),
        "zydesk.services.tolerance.cases.add_evidence": (E, {}),
        "zydesk.services.tolerance.cases.add_hearing": (E, {}),
        "zydesk.services.tolerance.cases.report_case": (E, {}),
        "zydesk.services.tolerance.cases.conclude_case": (D, {}),
        "zydesk.services.tolerance.cases.feedback_case": (E, {}),
        "zydesk.services.tolerance.cases.file_case": (E, {}),
        "zydesk.services.tolerance.cases.add_correction": (D, {}),
        "zydesk.services.tolerance.cases.add_followup": (E, {}),
        "zydesk.services.tolerance.cases.close_case": (D, {}),
        "zydesk.services.tolerance.cases.add_clarification": (E, {}),
        "zydesk.services.tolerance.cases.amend_case": (E, {}),
        "zydesk.services.tolerance.cases.save_settings": (PS, {}),
    },
    "能上能下": {
        "zydesk.services.adjustment.facts.add_determination": (E, {}),
        "zydesk.services.adjustment.facts.save_key_task_rank": (E, {}),
        "zydesk.services.adjustment.facts.save_poverty": (E, {}),
        "zydesk.services.adjustment.facts.add_health": (E, {}),
        "zydesk.services.adjustment.facts.add_request": (E, {}),
        "zydesk.services.adjustment.facts.save_local_settings": (PS, {}),
        "zydesk.services.adjustment.proposals.start_proposal": (D, {}),
        "zydesk.services.adjustment.proposals.record_step": (D, {}),
        "zydesk.services.adjustment.analysis.save_structure_targets": (PS, {}),
    },
    "设置": {
        "zydesk.services.settings.set_setting[ranking.rounding]": (PS, {"key": "ranking.rounding"}),
        "zydesk.services.settings.set_setting[import_synonyms]": (E, {"key": "import_synonyms"}),
        "zydesk.services.settings.set_setting[backup_interval_minutes]": (SS, {"key": "backup_interval_minutes"}),
        "zydesk.services.settings.set_setting[printing.fonts]": (SS, {"key": "printing.fonts"}),
        "zydesk.printing.font_choice.choose": (SS, {}),
        "zydesk.services.print_settings.choose_font": (SS, {}),
    },
    "打印与文号": {
        "zydesk.services.documents.render_document": (P.PRINT, {}),
        "zydesk.services.documents.render_many": (P.PRINT, {}),
        "zydesk.services.documents.record_printed": (P.PRINT, {}),
        "zydesk.services.documents.save_docx": (P.PRINT, {}),
        "zydesk.services.audit_trail.record_output": (P.PRINT, {"kind": "打印"}),
        "zydesk.services.audit_trail.record_full_ids": (P.FULL_ID, {"what": "测试", "count": 1}),
        "zydesk.printing.registry.allocate": (N, {}),
        "zydesk.printing.registry.void": (N, {}),
        "zydesk.services.print_settings.void_number": (N, {}),
        "zydesk.services.numbering.take_number": (N, {}),
        "zydesk.services.numbering.keep_copy": (P.PRINT, {}),
        "zydesk.services.seals.unlock": (D, {}),
        "zydesk.services.seals.lock": (D, {}),
        "zydesk.printing.registry.save_body": (SS, {}),
        "zydesk.services.print_settings.save_body": (SS, {}),
    },
    "账号与安全策略": {
        "zydesk.services.security.accounts.add_account": (P.ACCOUNTS, {}),
        "zydesk.services.security.accounts.list_accounts": (P.REVIEW_ROLES, {}),
        "zydesk.services.security.accounts.set_disabled": (P.UNLOCK, {}),
        "zydesk.services.security.accounts.reset_password": (P.UNLOCK, {}),
        "zydesk.services.security.accounts.change_own_password": (P.OWN_PASSWORD, {}),
        "zydesk.services.security.accounts.set_security_policy": (P.SECURITY_POLICY, {}),
    },
    "备份与恢复": {
        "zydesk.services.backups.backup_now": (P.BACKUP, {"reason": "manual"}),
        "zydesk.services.backups.copy_backup": (P.BACKUP, {}),
        "zydesk.services.backups.list_backups": (P.BACKUP, {}),
        "zydesk.services.backups.restore": (P.RESTORE, {}),
        "zydesk.services.checking.check_database": (P.BACKUP, {}),
        "zydesk.services.migration.migrate_to": (P.BACKUP, {}),
    },
    "审计记录": {
        "zydesk.services.audit_trail.verify": (P.AUDIT_READ, {}),
        "zydesk.services.audit_trail.export_entries": (P.AUDIT_EXPORT, {}),
        "zydesk.services.audit_undo.undo_entry": (P.UNDO, {}),
    },
}
TABLE = {name: row for rows in AREAS.values() for name, row in rows.items()}

# Writes that need no permission: what the program records of its own accord (need=None), with the reason.
OWN_RECORDS = {
    "zydesk.services.security.signin.create_database": "新建数据库（尚无账号登录）",
    "zydesk.services.security.signin.sign_in": "登录成功及此前的失败登录",
    "zydesk.services.security.signin.sign_out": "退出登录",
    "zydesk.services.security.signin.recover": "用恢复密钥重设系统管理员口令（持恢复密钥者）",
}


def _function(name: str) -> Callable[..., Any]:
    module, _, attr = name.split("[")[0].rpartition(".")
    fn = getattr(importlib.import_module(module), attr)
    assert callable(fn)
    return fn  # type: ignore[no-any-return]


def _call(name: str, db: Database, given: dict[str, Any]) -> None:
    fn = _function(name)
    params = list(inspect.signature(fn).parameters.values())[1:]
    kwargs = {p.name: given.get(p.name) for p in params
              if p.name in given or (p.default is p.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD))}
    fn(db, **kwargs)


def _audit_count(db: Database) -> int:
    with db.read(need=None) as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def _tried(name: str, db: Database, given: dict[str, Any]) -> BaseException | None:
    try:
        _call(name, db, given)
    except Exception as exc:  # noqa: BLE001 - dummy arguments: anything but a refusal is fine here
        return exc
    return None


@pytest.mark.parametrize("name", sorted(TABLE))
def test_each_role_is_allowed_or_refused_as_the_matrix_says(name: str, db: Database) -> None:
    need, given = TABLE[name]
    for role in Role:  # the refused roles first: nothing may change before the allowed ones write
        if need in MATRIX[role]:
            continue
        acting = as_role(db, role)
        before = _audit_count(db)
        with pytest.raises(NotPermitted, match=need.value):
            _call(name, acting, given)
        assert _audit_count(db) == before, f"{name} as {role}: wrote to the audit trail although refused"
    for role in Role:
        if need in MATRIX[role]:
            outcome = _tried(name, as_role(db, role), given)
            assert not isinstance(outcome, NotPermitted), f"{name} refused {role}: {outcome}"


def _writers() -> set[str]:
    """Public functions that open a unit of work needing a permission, change a setting or record an
    output, directly or through a private helper of their module."""
    found: set[str] = set()
    for root in ("zydesk/services", "zydesk/printing", "zydesk/demo", "zydesk/excel"):
        for path in sorted((ROOT / root).rglob("*.py")):
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            tree = ast.parse(path.read_text(encoding="utf-8"))
            functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
            writes: set[str] = set()
            calls: dict[str, set[str]] = {}
            for fname, fn in functions.items():
                calls[fname] = set()
                for node in ast.walk(fn):
                    if not isinstance(node, ast.Call):
                        continue
                    if isinstance(node.func, ast.Attribute) and node.func.attr == "uow":
                        need = node.args[1] if len(node.args) > 1 else \
                            next((k.value for k in node.keywords if k.arg == "need"), None)
                        if not (isinstance(need, ast.Constant) and need.value is None):
                            writes.add(fname)
                    if isinstance(node.func, ast.Name):
                        calls[fname].add(node.func.id)
                if calls[fname] & {"set_setting", "record_output", "record_full_ids"}:
                    writes.add(fname)
            grown = True
            while grown:
                grown = False
                for fname, called in calls.items():
                    if fname not in writes and any(c in writes and c.startswith("_") for c in called):
                        writes.add(fname)
                        grown = True
            found |= {f"{module}.{f}" for f in writes if not f.startswith("_")}
    return found


def test_every_write_is_in_the_table() -> None:
    tabled = {name.split("[")[0] for name in TABLE}
    missing = _writers() - tabled - set(OWN_RECORDS)
    assert not missing, f"writes without a row in tests/test_permissions.py (and docs/security.md): {sorted(missing)}"
    for name in OWN_RECORDS:
        _function(name)


def test_uow_has_no_default_permission() -> None:
    need = inspect.signature(Database.uow).parameters["need"]
    assert need.default is inspect.Parameter.empty


def test_setting_keys_are_the_modules_constants() -> None:
    from zydesk.excel import synonyms
    from zydesk.printing import fonts
    from zydesk.services import backups
    from zydesk.services.incentives.awards import KEY_TASKS_SETTING
    from zydesk.services.settings import ENTRY_KEYS, SYSTEM_KEYS

    assert SYSTEM_KEYS == {fonts.SETTING_KEY, *backups.DEFAULTS}
    assert ENTRY_KEYS == {KEY_TASKS_SETTING, synonyms.SETTING_KEY}


def test_reads_need_read_and_admin_roles_get_no_business_data(db: Database) -> None:
    from zydesk.services.cadre_queries import has_master_data
    from zydesk.services.reading import read

    for role in Role:
        acting = as_role(db, role)
        if P.READ in MATRIX[role]:
            read(acting, has_master_data)
        else:
            with pytest.raises(NotPermitted):
                read(acting, has_master_data)
            with pytest.raises(NotPermitted):
                acting.read().close()


@pytest.mark.sqlite_only  # backups are files beside the database
def test_automatic_backups_follow_any_write(db: Database) -> None:
    """An automatic backup is the program's own: a 录入员's write sets it off although 录入员 may not back up."""
    from zydesk.services.backups import backup_now, list_backups

    clerk = as_role(db, Role.CLERK)
    backup_now(clerk, "auto")
    with pytest.raises(NotPermitted):
        backup_now(clerk, "manual")
    assert [b.reason for b in list_backups(as_role(db, Role.SYSTEM_ADMIN))] == ["auto"]


def test_printing_and_exports_are_audited(db: Database, tmp_path: Path) -> None:
    from zydesk.excel.exporter import export_kind
    from zydesk.printing.output import Rendered
    from zydesk.services.audit_trail import entries
    from zydesk.services.documents import record_printed

    reader = as_role(db, Role.READER)
    export_kind(reader, "units", tmp_path / "单位.xlsx")
    record_printed(reader, Rendered(b"%PDF", 2, title="表彰决定", doc_number="紫组发〔2026〕3号"), "打印机")
    found = [(e.action, e.object_id, e.after) for e in entries(as_role(db, Role.AUDIT_ADMIN))
             if e.action in ("打印", "导出")]
    assert found[0][0] == "导出" and found[0][2]["文件"] == "单位.xlsx"
    assert found[1] == ("打印", "表彰决定", {"文号": "紫组发〔2026〕3号", "方式": "打印机", "页数": 2})


# ----- docs/security.md


def matrix_markdown() -> str:
    """The roles × permissions table of docs/security.md."""
    head = "| 权限 | " + " | ".join(Role) + " |"
    rule = "| --- |" + " :-: |" * len(Role)
    rows = [f"| {p.value} | " + " | ".join("✓" if p in MATRIX[r] else "" for r in Role) + " |" for p in Permission]
    return "\n".join([head, rule, *rows])


def test_docs_print_the_matrix_and_every_row() -> None:
    text = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    assert matrix_markdown() in text, "docs/security.md: the matrix differs from MATRIX (print matrix_markdown())"
    rows = {m.group(1): m.group(2) for m in re.finditer(r"^\| `([\w.\[\]]+)` \|[^|\n]*\| ([^|\n]+?) \|$", text, re.MULTILINE)}
    for name, (need, _given) in TABLE.items():
        short = name.removeprefix("zydesk.")
        assert rows.get(short) == need.value, f"docs/security.md: `{short}` should need {need.value}"


def test_the_audit_trail_is_read_by_the_audit_admin_only(db: Database, db_url: str, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """`zydesk audit list` as the 审计管理员 and as a 查阅员 (who may read everything else)."""
    from tests.accounts import ROLE_ACCOUNTS
    from zydesk.cli.main import main

    db.dispose()
    monkeypatch.setenv("ZYDESK_USER", ROLE_ACCOUNTS[Role.READER])
    assert main(["--db", db_url, "audit", "list", "--json"]) == 2
    assert "无权查看审计记录" in capsys.readouterr().err
    monkeypatch.setenv("ZYDESK_USER", ROLE_ACCOUNTS[Role.AUDIT_ADMIN])
    assert main(["--db", db_url, "audit", "list", "--json"]) == 0
    assert '"entries"' in capsys.readouterr().out


def test_an_export_by_a_reader_masks_id_numbers(db: Database, tmp_path: Path) -> None:
    """查阅员 may export but not see whole ID numbers: the file has them masked (录入员 gets them whole)."""
    from openpyxl import load_workbook

    from tests.factories import add_cadre, add_unit
    from zydesk.excel.exporter import export_kind

    add_unit(db, "城关镇")
    cid = add_cadre(db, "张伟", "城关镇", "镇长", "正科级")
    with db.read() as s:
        from zydesk.storage.models import Cadre

        number = s.get(Cadre, cid).id_number  # type: ignore[union-attr]
    for role, whole in ((Role.READER, False), (Role.CLERK, True)):
        out = tmp_path / f"{role}.xlsx"
        export_kind(as_role(db, role), "cadres", out)
        cells = {str(c.value) for row in load_workbook(out).active.iter_rows() for c in row if c.value}
        assert (number in cells) is whole
        assert whole or number[:6] + "********" + number[14:] in cells
