"""Packaging as code: the PyInstaller spec's inputs and the wheel's package data, checked cheaply
(nothing is built here; tests/test_frozen.py builds the PyInstaller folder and runs it)."""
from __future__ import annotations

import ast
import glob
import importlib.util
import re
import runpy
import tomllib
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_installer.spec"


def _shipped_files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo")}


class _Analysis:
    def __init__(self, scripts: list[str], **kwargs: Any) -> None:
        self.scripts_in, self.kwargs = scripts, kwargs
        self.pure: list[Any] = []
        self.scripts: list[Any] = []
        self.binaries: list[Any] = []
        self.datas: list[Any] = []


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Run the spec with stand-ins for PyInstaller's classes and keep what it passed them."""
    seen: dict[str, Any] = {}

    def analysis(scripts: list[str], **kwargs: Any) -> _Analysis:
        seen["analysis"] = a = _Analysis(scripts, **kwargs)
        return a

    def exe(*args: Any, **kwargs: Any) -> str:
        """Every program the spec makes, in order ("exe" is the first, the windowed one)."""
        seen.setdefault("exe", (args, kwargs))
        seen.setdefault("exes", []).append((args, kwargs))
        return f"EXE:{kwargs['name']}"

    ns: dict[str, Any] = {
        "SPECPATH": str(ROOT),
        "workpath": str(tmp_path_factory.mktemp("spec-work")),  # where the version file is written
        "Analysis": analysis,
        "PYZ": lambda *a, **k: seen.setdefault("pyz", (a, k)),
        "EXE": exe,
        "COLLECT": lambda *a, **k: seen.setdefault("collect", (a, k)),
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), ns)
    assert {"analysis", "pyz", "exe", "collect"} <= set(seen)
    seen["ns"] = ns
    return seen


def test_entry_script_and_paths_exist(spec: dict[str, Any]) -> None:
    a = spec["analysis"]
    assert [Path(s) for s in a.scripts_in] == [ROOT / "zydesk" / "launcher.py"]
    assert all(Path(p).is_dir() for p in a.kwargs["pathex"])
    for source, dest in a.kwargs["datas"]:
        assert Path(source).is_file(), source
        # docx/templates: python-docx opens its default template beside its own modules; jieba its dict.txt
        assert dest.startswith(("zydesk/_data/db", "zydesk/_data/resources", "zydesk/_data/manual", "ui/theme",
                                "docx/templates")) \
            or dest == "jieba", dest


def test_jieba_dictionary_ships_beside_jieba(spec: dict[str, Any]) -> None:
    """jieba reads dict.txt beside its module (公文 titles break between its words); the word list travels
    with db/reference."""
    placed = {(Path(src).name, dest) for src, dest in spec["analysis"].kwargs["datas"]}
    assert ("dict.txt", "jieba") in placed and ("title_words.txt", "zydesk/_data/db/reference") in placed
    assert "jieba" in spec["analysis"].kwargs["hiddenimports"]


def test_theme_and_icon_ship_beside_ui_theme(spec: dict[str, Any]) -> None:
    theme = ROOT / "ui" / "theme"
    placed = {Path(dest, Path(src).name).as_posix() for src, dest in spec["analysis"].kwargs["datas"]
              if Path(src).is_relative_to(theme)}
    assert {"ui/theme/theme.qss", "ui/theme/icons/zydesk.png", "ui/theme/icons/zydesk.ico"} <= placed
    assert Path(spec["exe"][1]["icon"]) == theme / "icons" / "zydesk.ico"


def test_windowed_one_folder_build(spec: dict[str, Any]) -> None:
    exe_kwargs = spec["exe"][1]
    assert exe_kwargs["console"] is False and exe_kwargs["exclude_binaries"] is True
    assert exe_kwargs["name"] == "ZYDesk" and spec["collect"][1]["name"] == "ZYDesk"


def test_a_console_program_beside_the_windowed_one(spec: dict[str, Any]) -> None:
    """zydesk-cli.exe: the same program for prompts and scripts (waits, returns the exit code, can prompt)."""
    assert [k["name"] for _, k in spec["exes"]] == ["ZYDesk", "zydesk-cli"]
    cli = spec["exes"][1][1]
    assert cli["console"] is True and cli["exclude_binaries"] is True and cli["icon"] == spec["exe"][1]["icon"]
    assert spec["collect"][0][:2] == ("EXE:ZYDesk", "EXE:zydesk-cli")  # both in the one folder


@pytest.mark.parametrize("folder", ["db", "resources"])
def test_every_shipped_file_lands_where_paths_looks(spec: dict[str, Any], folder: str) -> None:
    base = ROOT / folder
    placed = {Path(dest, Path(src).name).as_posix() for src, dest in spec["analysis"].kwargs["datas"]
              if Path(src).is_relative_to(base)}
    assert placed == {f"zydesk/_data/{folder}/{rel}" for rel in _shipped_files(base)}
    if folder == "db":
        assert "zydesk/_data/db/versions/0001_foundation.py" in placed
        assert "zydesk/_data/db/env.py" in placed and "zydesk/_data/db/reference/codes.json" in placed


def test_the_user_manual_ships_where_the_program_looks(spec: dict[str, Any]) -> None:
    """Chapters and screenshots go to zydesk/_data/manual (zydesk.services.manual.manual_dir), and the PDF made by
    `tasks.py build` beside them when it exists."""
    base = ROOT / "docs" / "manual"
    placed = {Path(dest, Path(src).name).as_posix() for src, dest in spec["analysis"].kwargs["datas"]
              if Path(src).is_relative_to(base)}
    chapters = {f"zydesk/_data/manual/{p.name}" for p in base.glob("*.md")}
    images = {f"zydesk/_data/manual/images/{p.name}" for p in (base / "images").glob("*.png")}
    pdf = {"zydesk/_data/manual/用户手册.pdf"} if (base / "build" / "用户手册.pdf").is_file() else set()
    assert len(chapters) >= 12 and len(images) >= 20
    assert placed == chapters | images | pdf


def _literal_list(path: Path, name: str) -> list[str]:
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
        if isinstance(target, ast.Name) and target.id == name and node.value is not None:  # type: ignore[attr-defined]
            return list(ast.literal_eval(node.value))  # type: ignore[attr-defined]
    raise AssertionError(f"{name} not found in {path}")


def test_windows_version_information_is_the_one_version(spec: dict[str, Any]) -> None:
    from zydesk import __version__

    text = Path(spec["exe"][1]["version"]).read_text(encoding="utf-8")
    major, minor, patch = (int(n) for n in __version__.split(".")[:3])
    assert f"filevers=({major}, {minor}, {patch}, 0)" in text
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    assert "StringStruct('OriginalFilename', 'ZYDesk.exe')" in text
    cli_text = Path(spec["exes"][1][1]["version"]).read_text(encoding="utf-8")
    assert "StringStruct('OriginalFilename', 'zydesk-cli.exe')" in cli_text and __version__ in cli_text
    ns = spec["ns"]
    assert ns["app_version"]() == __version__
    # PyInstaller evaluates the file as one expression of its version-information classes
    calls = {node.func.id for node in ast.walk(ast.parse(text, mode="eval"))
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert calls <= {"VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
                     "VarFileInfo", "VarStruct"}, calls


def test_sqlcipher_and_the_key_slot_crypto_are_bundled(spec: dict[str, Any]) -> None:
    hidden = set(spec["analysis"].kwargs["hiddenimports"])
    assert {"sqlcipher3.dbapi2", "sqlcipher3._sqlite3", "argon2.low_level", "_argon2_cffi_bindings",
            "cryptography.hazmat.primitives.ciphers.aead"} <= hidden


def test_modules_imported_by_name_are_hidden_imports(spec: dict[str, Any]) -> None:
    from ui.tabs import TAB_MODULES
    from zydesk.cli.main import COMMAND_MODULES
    from zydesk.demo import DEMO_MODULES

    hidden = set(spec["analysis"].kwargs["hiddenimports"])
    kinds = _literal_list(ROOT / "zydesk/excel/kinds/__init__.py", "KIND_MODULES")  # without importing
    for name in [*COMMAND_MODULES, *TAB_MODULES, *DEMO_MODULES, *kinds, "zydesk.launcher"]:
        assert name in hidden, name
    for name in hidden:
        if name.startswith("zydesk."):
            rel = Path(*name.split("."))
            assert (ROOT / rel.with_suffix(".py")).is_file() or (ROOT / rel / "__init__.py").is_file(), name
        else:
            assert importlib.util.find_spec(name) is not None, name


def test_what_the_migrations_import_is_bundled(spec: dict[str, Any]) -> None:
    hidden = set(spec["analysis"].kwargs["hiddenimports"])
    assert {"alembic.op", "alembic.context", "sqlalchemy", "zydesk.storage.all_models"} <= hidden


def _imports_of(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return found


def test_excluded_modules_are_not_used_by_the_program(spec: dict[str, Any]) -> None:
    excluded = set(spec["analysis"].kwargs["excludes"])
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"}.isdisjoint(excluded)
    for path in (ROOT / "zydesk").rglob("*.py"):
        for name in _imports_of(path):
            hit = [e for e in excluded if name == e or name.startswith(e + ".")]
            assert not hit, f"{path.relative_to(ROOT)} imports {name}, which build_installer.spec excludes"


def test_bundle_filter_keeps_what_qt_widgets_need(spec: dict[str, Any]) -> None:
    keep = spec["ns"]["keep"]
    for dest in ("PySide6/Qt6Core.dll", "PySide6/Qt6Widgets.dll", "PySide6/plugins/platforms/qwindows.dll",
                 "PySide6\\Qt6Gui.dll", "PySide6/Qt/lib/libQt6Pdf.so.6", "PySide6/translations/qtbase_zh_CN.qm",
                 "zydesk/_data/resources/fonts/ukai.ttc"):
        assert keep(dest), dest
    for dest in ("PySide6/Qt6Quick.dll", "PySide6/Qt/lib/libQt6Qml.so.6", "PySide6/translations/qtbase_de.qm",
                 "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so"):
        assert not keep(dest), dest


def test_wheel_config_ships_db_and_resources(monkeypatch: pytest.MonkeyPatch) -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert config["package-dir"]["zydesk._data.db"] == "db"
    assert config["package-dir"]["zydesk._data.resources"] == "resources"
    for package, folder in (("zydesk._data.db", "db"), ("zydesk._data.resources", "resources")):
        covered: set[str] = set()
        for pattern in config["package-data"][package]:
            covered.update(glob.glob(pattern, root_dir=ROOT / folder, recursive=True))
        missing = {f for f in _shipped_files(ROOT / folder) if not f.endswith("__init__.py")} - covered
        assert not missing, f"package-data leaves out {sorted(missing)}"
    theme = ROOT / "ui" / "theme"
    covered = set()
    for pattern in config["package-data"]["ui.theme"]:
        covered.update(glob.glob(pattern, root_dir=theme))
    assert {"theme.qss", "icons/zydesk.png", "icons/zydesk.ico"} <= covered
    # setup.py names the mapped packages (discovery cannot see folders outside zydesk/).
    import setuptools

    seen: dict[str, Any] = {}
    monkeypatch.setattr(setuptools, "setup", lambda **kw: seen.update(kw))
    monkeypatch.chdir(ROOT)
    runpy.run_path(str(ROOT / "setup.py"), run_name="__main__")
    packages = set(seen["packages"])
    assert {"zydesk", "zydesk.cli", "zydesk.demo", "zydesk._data.db", "zydesk._data.db.versions",
            "zydesk._data.resources"} <= packages
    assert not any("__pycache__" in p for p in packages)


def test_setup_script_installs_per_user_what_the_spec_builds(spec: dict[str, Any]) -> None:
    """installer/zydesk.iss cannot be compiled here (Inno Setup runs on Windows); its promises are checked."""
    raw = (ROOT / "installer" / "zydesk.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: how Inno Setup reads the Chinese texts
    text = raw.decode("utf-8-sig")
    settings = dict(line.split("=", 1) for line in text.splitlines() if re.match(r"^[A-Za-z]+=", line))
    assert settings["PrivilegesRequired"] == "lowest" and settings["DefaultDirName"] == r"{autopf}\ZYDesk"
    assert settings["MinVersion"].startswith("10.0") and settings["ArchitecturesAllowed"] == "x64compatible"
    name = spec["exe"][1]["name"]
    assert f'#define AppExe "{name}.exe"' in text and rf'#define DistDir "..\dist\{name}"' in text
    assert re.search(r'^Name: "\{group\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"', text, flags=re.MULTILINE)
    assert '"{group}\\卸载{#AppName}"; Filename: "{uninstallexe}"' in text
    assert (ROOT / "installer" / settings["SetupIconFile"].replace("\\", "/")).resolve() == \
        Path(spec["exe"][1]["icon"]).resolve()
