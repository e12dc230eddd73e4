"""python -m bench [--only NAME[,NAME…]] [--scale county|city] [--backend sqlite|postgresql] [--list]

Runs every bench/bench_*.py, each in its own process (so one benchmark's imports, caches and memory
do not colour the next), one after another: the machine is small and the figures must not compete. `--backend postgresql` measures
the same work on a PostgreSQL server (bench/backend.py: a throwaway cluster on loopback, started once here).
"""
from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from bench import DEFAULT_SCALE, NAME_WIDTH, SCALE_NAMES, SCALES, pad, report
from bench.backend import BACKEND_ENV, BACKEND_NAMES, BACKENDS, ON_SERVER, backend, cluster

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def discover() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))


def _select(names: list[str], only: str | None) -> list[str]:
    if not only:
        return names
    wanted = [w.strip().removeprefix("bench_").removesuffix(".py") for w in only.split(",") if w.strip()]
    unknown = [w for w in wanted if w not in names]
    if unknown:
        raise SystemExit(f"没有这个基准：{'、'.join(unknown)}（可选：{'、'.join(names)}）")
    return [n for n in names if n in wanted]


def _run_here(name: str) -> None:
    import importlib

    importlib.import_module(f"bench.bench_{name}").run(report)


def _child_env(scale: str) -> dict[str, str]:
    env = dict(os.environ, ZYDESK_BENCH_SCALE=scale)
    env.setdefault("ZYDESK_HOME", str(HERE / ".cache" / "home"))  # never the clerk's own data folder
    if sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description="运行性能基准并打印结果。", add_help=False)
    parser.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    parser.add_argument("--only", metavar="名称", help="只运行这些基准（逗号分隔，如 import,gui）")
    parser.add_argument("--scale", choices=SCALES, default=DEFAULT_SCALE, help="合成数据规模（默认 city）")
    parser.add_argument("--backend", choices=BACKENDS, default=None,
                        help="数据库：sqlite（本机加密文件，默认）或 postgresql（临时启动的本机服务器）")
    parser.add_argument("--list", action="store_true", help="列出全部基准后退出")
    parser.add_argument("--in-process", action="store_true", help="在本进程内运行（调试用）")
    args = parser.parse_args(argv)
    names = discover()
    if args.list:
        print("\n".join(names))
        return 0
    if args.backend:
        os.environ[BACKEND_ENV] = args.backend
    if backend() == "postgresql":
        names = [n for n in names if n in ON_SERVER]
    selected = _select(names, args.only)
    with cluster():
        return _run(args, selected)


def _run(args: argparse.Namespace, selected: list[str]) -> int:
    if args.in_process:
        os.environ["ZYDESK_BENCH_SCALE"] = args.scale
        for name in selected:
            _run_here(name)
        return 0
    print(f"ZYDesk 性能基准 — 规模：{SCALE_NAMES[args.scale]}")
    print(f"机器：{platform.platform()}，{os.cpu_count()} 核，Python {platform.python_version()}")
    print(f"数据库：{BACKEND_NAMES[backend()]}" + ("（只运行测量数据库的基准：" + "、".join(ON_SERVER) + "）"
                                                 if backend() == "postgresql" else ""))
    print(f"{pad('项目', NAME_WIDTH)} {pad('', 8)}实测       下限 / 目标")
    failed = []
    env = _child_env(args.scale)
    for name in selected:
        print(f"— bench_{name}", flush=True)
        t0 = time.perf_counter()
        code = subprocess.call([sys.executable, "-m", "bench", "--in-process", "--only", name,
                                "--scale", args.scale], cwd=ROOT, env=env)
        if code != 0:
            failed.append(name)
            print(f"  bench_{name} 失败（退出码 {code}）", flush=True)
        else:
            print(f"  （用时 {time.perf_counter() - t0:.1f} s）", flush=True)
    if failed:
        print(f"失败的基准：{'、'.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
