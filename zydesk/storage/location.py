"""Where a database file may live: not on a network share, in a folder that exists and can be written.

SQLite's WAL mode needs shared memory between the programs using the file, which a network file
system does not give: two PCs writing one file on a share can corrupt it. Shared use is what the
PostgreSQL mode is for. The Windows-only calls sit behind `drive_type` so tests on Linux can fake them.
"""
from __future__ import annotations

import ntpath
import os
import sys
from pathlib import Path

from zydesk.storage.refusals import DatabaseRefused

IS_WINDOWS = sys.platform == "win32"
DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive
NETWORK_FS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs",
              "fuse.sshfs", "fuse.glusterfs", "davfs", "fuse.davfs2", "lustre", "gpfs", "ocfs2", "gfs2"}

NETWORK_MESSAGE = ("数据库文件位于网络位置（{where}），多台电脑同时使用会损坏数据，已拒绝打开。"
                   "请把数据库放在本机硬盘上；多人共用请使用 PostgreSQL 模式。")


class LocationRefused(DatabaseRefused):
    """The path is on a network share, or its folder is missing or read-only. Nothing was created."""


def drive_type(root: str) -> int:
    """GetDriveTypeW of a drive root such as 'Z:\\' (Windows only; tests replace this function)."""
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def mounts_text() -> str:
    """The mount table (Linux); empty where there is none. Tests replace this function."""
    try:
        return Path("/proc/mounts").read_text("utf-8", errors="replace")
    except OSError:
        return ""


def _unescape_mount(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def network_mount(path: str) -> str | None:
    """The network file system type of the mount holding `path` (longest matching mount point), if any."""
    best, best_type = "", ""
    for line in mounts_text().splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point, fstype = _unescape_mount(parts[1]), parts[2]
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, best_type = point, fstype
    return best_type if best_type in NETWORK_FS else None


def network_location(path: str) -> str | None:
    """Why `path` is on the network (a short Chinese description), or None when it is local."""
    if path.startswith(("\\\\?\\", "\\\\.\\", "//?/", "//./")):  # Windows' long-path forms
        path = path[4:]
        if path[:4].upper() in ("UNC\\", "UNC/"):
            return "网络共享路径"
    if path.startswith(("\\\\", "//")):
        return "网络共享路径"
    if IS_WINDOWS:
        drive = ntpath.splitdrive(path)[0]
        if len(drive) == 2 and drive[1] == ":" and drive_type(drive + "\\") == DRIVE_REMOTE:
            return f"网络驱动器 {drive}"
        return None
    fstype = network_mount(os.path.abspath(path))
    return f"网络文件系统 {fstype}" if fstype else None


def check_location(path: Path) -> None:
    """Refuse a network path or a missing folder; the folders of a typed path are never created here."""
    where = network_location(str(path))
    if where:
        raise LocationRefused(NETWORK_MESSAGE.format(where=where))
    folder = path.parent
    if not folder.is_dir():
        raise LocationRefused(f"文件夹“{folder}”不存在，未创建数据库。请先建立该文件夹，或选择其他位置。")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise LocationRefused(f"数据库文件“{path}”所在位置是只读的（无写入权限或只读磁盘），无法打开。"
                              "请把数据库放在可以写入的文件夹中。")
