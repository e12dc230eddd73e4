from pathlib import Path

import pytest

from tests.accounts import ADMIN
from tests.cli_db import init_cli
from zydesk import __version__
from zydesk.cli import main as cli_main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli_main.main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_help_is_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli_main.main(["--help"])
    out = capsys.readouterr().out
    assert "用法" in out and "显示本帮助并退出" in out


def test_init_creates_database(tmp_path: Path) -> None:
    target = tmp_path / "new.sqlite"
    assert cli_main.main(["--db", str(target), "init", "--admin", ADMIN]) == 0
    assert target.exists()


def test_db_option_after_subcommand(tmp_path: Path) -> None:
    target = tmp_path / "after.sqlite"
    assert cli_main.main(["init", "--db", str(target), "--admin", ADMIN]) == 0
    assert target.exists()


def test_zydesk_db_environment_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "env.sqlite"
    monkeypatch.setenv("ZYDESK_DB", str(target))
    assert cli_main.main(["init", "--admin", ADMIN]) == 0
    assert target.exists()


def test_foreign_file_exits_2_and_is_untouched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "foreign.sqlite"
    target.write_bytes(b"not a database at all")
    assert cli_main.main(["--db", str(target), "init"]) == 2
    assert "不是本程序的数据库" in capsys.readouterr().err
    assert target.read_bytes() == b"not a database at all"


def test_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli_main.main(["init", "--no-such-option"])
    assert exc.value.code == 2
    assert "错误" in capsys.readouterr().err


def test_internal_error_exits_1_with_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    from zydesk.cli import data

    def boom(ctx, args):  # type: ignore[no-untyped-def]
        raise RuntimeError("unexpected")

    monkeypatch.setattr(data, "run_init", boom)
    assert cli_main.main(["--db", str(tmp_path / "x.sqlite"), "init"]) == 1
    err = capsys.readouterr().err
    assert "内部错误" in err
    log_path = Path(err.split("：", 1)[1].strip())
    assert "RuntimeError: unexpected" in log_path.read_text(encoding="utf-8")


@pytest.mark.slow
def test_closed_pipe_is_not_an_internal_error(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "pipe.sqlite"
    init_cli(db)
    proc = subprocess.Popen([sys.executable, "-m", "zydesk", "--db", str(db), "workday", "2026-09-28", "3", "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.close()  # the reader goes away before the program writes
    _out, err = proc.communicate(timeout=60)
    assert "内部错误" not in err.decode("utf-8")
    assert proc.returncode == 0
