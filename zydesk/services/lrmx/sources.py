"""Where `.lrmx` files come from: one file, a folder (its `.lrmx` files, subfolders included) or a zip of
them. A zip is checked before anything is unpacked: too many entries, too large unpacked, a bomb's ratio,
names that climb out of the archive (`../`, absolute paths) are refused; entries are read into memory, never
written to disk."""

from __future__ import annotations

import hashlib
import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from zydesk.core.task_state import TaskState
from zydesk.errors import UserError
from zydesk.lrmx.reader import MAX_FILE_BYTES

SUFFIX = ".lrmx"
MAX_FILES = 20_000
MAX_ZIP_BYTES = 2 * 1024 * 1024 * 1024  # all entries unpacked
MAX_RATIO = 200                          # unpacked/packed of one entry; XML with a photo packs to ~1.4
RATIO_MIN_BYTES = 256 * 1024


class SourceRefused(UserError):
    """A file, folder or zip that cannot be read as 任免审批表 files; nothing was imported."""


@dataclass(frozen=True)
class Source:
    name: str   # what the clerk sees: the file name, or `archive.zip/inner/name.lrmx`
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def collect(paths: list[Path], state: TaskState | None = None) -> list[Source]:
    """Every `.lrmx` of the given files, folders and zips, in name order within each."""
    state = state or TaskState()
    out: list[Source] = []
    for path in paths:
        for source in _expand(path, state):
            out.append(source)
            if len(out) > MAX_FILES:
                raise SourceRefused(f"一次导入的任免审批表超过 {MAX_FILES} 份，请分批导入")
    if not out:
        raise SourceRefused("没有找到任免审批表文件（.lrmx）")
    return out


def _expand(path: Path, state: TaskState) -> Iterator[Source]:
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in (SUFFIX, ".zip"))
        for number, p in enumerate(files):
            state.check()
            state.progress(number, len(files), "读取文件")
            yield from _expand(p, state)
        return
    if not path.is_file():
        raise SourceRefused(f"找不到文件或文件夹“{path}”")
    if path.suffix.lower() == ".zip" or zipfile.is_zipfile(path) and path.suffix.lower() != SUFFIX:
        yield from _unzip(path, state)
        return
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise SourceRefused(f"文件“{path.name}”过大（{size // 1048576} MB），不是任免审批表文件")
    yield Source(path.name, path.read_bytes())


def _unzip(path: Path, state: TaskState) -> Iterator[Source]:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise SourceRefused(f"“{path.name}”不是有效的压缩包（zip）") from None
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > MAX_FILES:
            raise SourceRefused(f"压缩包“{path.name}”中的文件超过 {MAX_FILES} 个，请分批导入")
        total = 0
        for info in infos:
            _check_entry(info, path.name)
            total += info.file_size
            if total > MAX_ZIP_BYTES:
                raise SourceRefused(f"压缩包“{path.name}”解压后过大，请分批导入")
        chosen = sorted((i for i in infos if i.filename.lower().endswith(SUFFIX)), key=lambda i: i.filename)
        for number, info in enumerate(chosen):
            if number % 50 == 0:
                state.check()
                state.progress(number, len(chosen), "解压文件")
            yield Source(f"{path.name}/{info.filename}", _read_entry(zf, info, path.name))


def _check_entry(info: zipfile.ZipInfo, archive: str) -> None:
    name = info.filename.replace("\\", "/")
    parts = name.split("/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":") or ".." in parts or posixpath.isabs(name):
        raise SourceRefused(f"压缩包“{archive}”中有越出压缩包的路径“{info.filename}”，为安全起见拒绝导入")
    if info.flag_bits & 0x1:
        raise SourceRefused(f"压缩包“{archive}”设有密码，请先解压或去掉密码")
    if not name.lower().endswith(SUFFIX):
        return
    if info.file_size > MAX_FILE_BYTES:
        raise SourceRefused(f"压缩包“{archive}”中的“{info.filename}”过大，不是任免审批表文件")
    if info.file_size >= RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise SourceRefused(f"压缩包“{archive}”中的“{info.filename}”压缩比异常（疑似压缩炸弹），拒绝导入")


def _read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, archive: str) -> bytes:
    # the declared size is not trusted: read at most one byte more than it and the file cap
    try:
        with zf.open(info) as f:
            data = f.read(min(info.file_size, MAX_FILE_BYTES) + 1)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError):
        raise SourceRefused(f"压缩包“{archive}”中的“{info.filename}”已损坏或无法解压") from None
    if len(data) != info.file_size:
        raise SourceRefused(f"压缩包“{archive}”中的“{info.filename}”实际大小与记录不符，拒绝导入")
    return data
