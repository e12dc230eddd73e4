"""Entry point of the build (PyInstaller, one folder): ZYDesk.exe (windowed) and zydesk-cli.exe (console).

A windowed program has no console: sys.stdout and sys.stderr are None, and a print would crash.
Started from a command prompt (`ZYDesk.exe init --admin 张三`), it attaches to that console so the
clerk sees the messages; double-clicked, the output goes nowhere and the window opens as usual.
Scripts use zydesk-cli.exe, which has its own console and returns the exit code.
"""
from __future__ import annotations

import os
import sys


def _attach_parent_console() -> bool:
    if sys.platform == "win32":  # (a platform check mypy understands: windll exists only there)
        try:
            import ctypes

            kernel32 = ctypes.windll.kernel32
            if not kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
                return False
            kernel32.SetConsoleOutputCP(65001)  # UTF-8, for the Chinese messages
            return True
        except (AttributeError, OSError):
            return False
    else:
        return False


def _ensure_streams() -> None:
    if sys.stdout is not None and sys.stderr is not None:
        return
    target = "CONOUT$" if _attach_parent_console() else os.devnull
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(target, "w", encoding="utf-8", errors="replace"))  # noqa: SIM115


def main() -> int:
    _ensure_streams()
    from zydesk.cli.main import main as cli_main

    return cli_main()


if __name__ == "__main__":
    raise SystemExit(main())
