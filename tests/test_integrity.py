"""检查数据库 and the check at start: a damaged file is found, reported in Chinese, opened read-only,
and never changed by the check."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.factories import add_cadre, add_unit
from zydesk.cli import main as cli_main
from zydesk.core.security.roles import Permission
from zydesk.errors import UserError
from tests.storage_helpers import connect
from zydesk.storage import failures
from zydesk.storage.audit_chain import head_path
from zydesk.storage import cipher, keyslots
from zydesk.storage.engine import sqlite_path
from zydesk.storage.integrity import check_file, newest_good_backup
from zydesk.storage.uow import Database


def open_database(url: str) -> Database:
    """Opened as the window opens it (a damaged file read-only), 业务员 signed in."""
    from tests.accounts import CLERK, CLERK_ROLES
    from zydesk.core.security.principal import Principal
    from zydesk.services.backups import install
    from zydesk.storage.integrity import open_checked

    engine, damaged = open_checked(url)
    db = Database(engine, Principal(CLERK, CLERK_ROLES), damaged=damaged)
    install(db)
    return db


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def closed_copy(db: Database, dest: Path) -> Path:
    """The fixture's file, closed (WAL merged), copied to dest."""
    src = sqlite_path(db.url)
    assert src is not None
    db.dispose()
    con = connect(src)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    shutil.copyfile(src, dest)
    shutil.copyfile(keyslots.keys_path(src), keyslots.keys_path(dest))  # the key slots go with it
    key = cipher.key_for(src)
    assert key is not None
    cipher.remember(dest, key)
    if head_path(src).exists():  # the audit chain's head travels with the file
        shutil.copyfile(head_path(src), head_path(dest))
    return dest


def damage(path: Path, index: str = "sqlite_autoindex_cadre_1", *, nbytes: int = 1) -> None:
    """Flip bytes at the end of the root page of `index` (the file is encrypted: the page's check fails)."""
    con = connect(path)
    page = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
    size = int(con.execute("PRAGMA page_size").fetchone()[0])
    con.close()
    with path.open("r+b") as fh:
        at = page * size - 40 - nbytes
        fh.seek(at)
        data = fh.read(nbytes)
        fh.seek(at)
        fh.write(bytes(b ^ 0x5A for b in data))


def test_check_of_a_sound_file_changes_nothing(demo_db: Database, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = closed_copy(demo_db, tmp_path / "县.sqlite")
    before = sha256(path)
    assert cli_main.main(["--user", "管理员", "check", "--json", "--db", str(path)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["problems"] == []
    assert sha256(path) == before
    copies = list((tmp_path / "backups" / "checks").iterdir())
    assert [c.name.endswith("-未检查.sqlite") for c in copies] == [True]
    assert sha256(copies[0]) == before
    assert newest_good_backup(path) is None  # a check copy is not a backup


def test_check_is_the_system_administrators(demo_db: Database, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """检查数据库 copies and reads the whole file: a 录入员/审核员 (the CLI's default test account) is refused."""
    path = closed_copy(demo_db, tmp_path / "县.sqlite")
    assert cli_main.main(["check", "--json", "--db", str(path)]) == 2
    assert "无权备份和检查数据库" in capsys.readouterr().err
    assert not (tmp_path / "backups" / "checks").exists()


def test_check_finds_a_flipped_byte_and_leaves_the_file_alone(demo_db: Database, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = closed_copy(demo_db, tmp_path / "坏.sqlite")
    damage(path)
    before = sha256(path)
    assert cli_main.main(["--user", "管理员", "check", "--json", "--db", str(path)]) == 2
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and report["problems"]
    for problem in report["problems"]:
        assert set(problem) == {"kind", "table", "message"}
    assert any(p["kind"] == "integrity" for p in report["problems"])
    assert sha256(path) == before
    copy = next((tmp_path / "backups" / "checks").iterdir())
    assert sha256(copy) == before  # the raw copy keeps the file as found, damage and all


def test_damaged_file_opens_read_only_and_refuses_writes(demo_db: Database, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = closed_copy(demo_db, tmp_path / "坏.sqlite")
    good = tmp_path / "backups"
    good.mkdir()
    shutil.copyfile(path, good / "坏-20261201-080000-000000-升级前.sqlite")
    damage(path, nbytes=200)
    opened = open_database("sqlite:///" + str(path))
    try:
        assert opened.damaged is not None and "已损坏" in opened.damaged
        assert "20261201" in opened.damaged  # the newest good backup is named
        with pytest.raises(UserError, match="只能查看"):
            opened.uow("编辑", Permission.ENTER)
        with pytest.raises(Exception) as raised, opened.engine.begin() as conn:  # nor past the unit of work
            conn.execute(text("UPDATE unit SET sort_order = sort_order + 1"))
        assert failures.message_for(raised.value) is not None
    finally:
        opened.dispose()
    before = sha256(path)
    assert cli_main.main(["--db", str(path), "cases"]) == 0  # reading still works, with the warning
    assert "已损坏" in capsys.readouterr().err
    book = tmp_path / "单位.xlsx"
    assert cli_main.main(["--db", str(path), "export", "units", str(book)]) == 0
    capsys.readouterr()
    assert cli_main.main(["--db", str(path), "import", "units", str(book)]) == 2  # the issue: import wrote into it
    assert "未写入任何数据" in capsys.readouterr().err
    assert sha256(path) == before


def test_damaged_file_is_restored_from_a_good_backup(demo_db: Database, tmp_path: Path) -> None:
    from zydesk.services import backups
    from zydesk.storage.backups import list_backups

    from tests.accounts import as_role
    from zydesk.core.security.roles import Role

    path = closed_copy(demo_db, tmp_path / "坏.sqlite")
    sound = as_role(open_database("sqlite:///" + str(path)), Role.SYSTEM_ADMIN)  # backups are theirs
    good = Path(backups.backup_now(sound, "manual").file)
    sound.dispose()
    damage(path, nbytes=200)
    opened = as_role(open_database("sqlite:///" + str(path)), Role.SYSTEM_ADMIN)
    try:
        assert opened.damaged is not None
        report = backups.restore(opened, good)
        assert report.restart and Path(report.safety_copy).exists()  # the damaged file kept as found
    finally:
        opened.dispose()
    again = open_database("sqlite:///" + str(path))
    try:
        assert again.damaged is None
        add_unit(again, "恢复后新增的单位")  # writable again
    finally:
        again.dispose()
    assert [b.path for b in list_backups(path)] == [good]


def test_malformed_page_is_a_chinese_refusal() -> None:
    message = failures.message_for(cipher.DatabaseError("database disk image is malformed"))
    assert message is not None and "损坏" in message


def test_damaged_data_page_is_no_internal_error(demo_db: Database, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy.exc import DatabaseError

    from ui.ops import error_text

    path = closed_copy(demo_db, tmp_path / "坏.sqlite")
    damage(path, "cadre", nbytes=300)
    assert cli_main.main(["--db", str(path), "export", "cadres", str(tmp_path / "干部.xlsx")]) == 2
    err = capsys.readouterr().err
    assert "损坏" in err and "内部错误" not in err
    wrapped = DatabaseError("SELECT", {}, cipher.DatabaseError("database disk image is malformed"))
    assert error_text(wrapped) == failures.DAMAGED  # the window: the same words, no crash log


def test_check_reports_a_changed_audit_entry(demo_db: Database, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = closed_copy(demo_db, tmp_path / "县.sqlite")
    con = connect(path)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        con.execute(f'DROP TRIGGER "{name}"')
    con.execute("UPDATE audit_entry SET user = '他人' WHERE seq = 1")
    con.commit()
    con.close()
    assert cli_main.main(["--user", "管理员", "check", "--json", "--db", str(path)]) == 2
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert [p["kind"] for p in problems] == ["audit"] and "第 1 条" in problems[0]["message"]


def test_the_programs_own_rules(db: Database, tmp_path: Path) -> None:
    add_unit(db, "县财政局")
    cadre = add_cadre(db, "张三", "县财政局")
    with db.engine.begin() as conn:  # what the services would refuse, written past them
        unit = conn.execute(text("SELECT id FROM unit")).scalar_one()
        conn.execute(text("INSERT INTO post (cadre_id, unit_id, title, level, is_principal, is_leadership, "
                          "is_frontline, start_date, end_date) VALUES (:c, :u, '副局长', '副科级', 0, 1, 0, "
                          "'2020-05-01', NULL), (:c, :u, '科员', '科员', 0, 0, 0, '2019-01-01', '2018-01-01')"),
                     {"c": cadre, "u": unit})
    path = closed_copy(db, tmp_path / "规则.sqlite")
    kinds = {p.kind for p in check_file(path)}
    assert {"post_dates", "current_post"} <= kinds
    assert all("张三" in p.message for p in check_file(path))
    from zydesk.services.checking import check_url

    for_admin = check_url(f"sqlite:///{path}").problems  # the 系统管理员 administers the file, not the people
    assert {p.kind for p in for_admin} >= {"post_dates", "current_post"}
    assert not any("张三" in p.message for p in for_admin)
    assert all(f"记录编号 {cadre}" in p.message for p in for_admin if p.kind in ("post_dates", "current_post"))


def test_window_checks_the_database_and_shows_damage(qtbot, demo_db: Database,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path) -> None:
    from PySide6.QtCore import QThreadPool

    from tests.gui_wait import settle
    from ui import main_window as mw

    from tests.accounts import as_role
    from zydesk.core.security.roles import Role

    path = closed_copy(demo_db, tmp_path / "坏.sqlite")
    damage(path, nbytes=200)
    opened = as_role(open_database("sqlite:///" + str(path)), Role.SYSTEM_ADMIN)  # 检查数据库 is theirs
    win = mw.MainWindow(opened)
    qtbot.addWidget(win)
    try:
        qtbot.waitUntil(lambda: getattr(win, "_damage_box", None) is not None, timeout=5000)
        assert "只能查看" in win._damage_box.text()
        assert "恢复…" in [b.text() for b in win._damage_box.buttons()]  # opens 备份与恢复
        assert "已损坏" in win.db_label.text()
        action = next(a for m in win.menuBar().actions() if m.menu() is not None
                      for a in m.menu().actions() if a.text().startswith("检查数据库"))  # 数据 → 检查数据库
        before = sha256(path)
        action.trigger()
        settle(qtbot)
        qtbot.waitUntil(lambda: getattr(win, "_check_result", None) is not None, timeout=10_000)
        assert win._check_result.windowTitle() == "检查数据库"
        assert any("文件结构损坏" in line for line in win._check_result.lines)
        assert sha256(path) == before
        settle(qtbot)
    finally:
        win.close()
        QThreadPool.globalInstance().waitForDone(10_000)
        opened.dispose()


def test_check_copies_do_not_pile_up(db: Database, tmp_path: Path) -> None:
    from zydesk.storage.integrity import KEEP_CHECK_COPIES, raw_copy

    path = closed_copy(db, tmp_path / "库.sqlite")
    made = [raw_copy(path) for _ in range(KEEP_CHECK_COPIES + 2)]
    kept = sorted((tmp_path / "backups" / "checks").iterdir())
    assert kept == made[-KEEP_CHECK_COPIES:]


def test_start_check_runs_again_when_the_file_changed(db: Database, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from zydesk.storage import integrity

    path = closed_copy(db, tmp_path / "库.sqlite")
    runs: list[Path] = []
    real = integrity.quick_check

    def counted(p: Path) -> list[str]:
        runs.append(p)
        return real(p)

    monkeypatch.setattr(integrity, "quick_check", counted)
    integrity.check_at_start(path)
    integrity.check_at_start(path)
    assert len(runs) == 1  # passed today and closed cleanly: not again
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000_000))
    integrity.check_at_start(path)
    assert len(runs) == 2  # written since: checked again
