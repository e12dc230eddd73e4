"""The clerk's font choices (setting printing.fonts): load them at start-up, change one, reset one."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from zydesk.core.security.roles import Permission
from zydesk.printing import fonts
from zydesk.printing.fonts import STYLES, FontFile, FontSet
from zydesk.services.settings import check_versions, get_setting, permission_for, put_setting, setting_versions
from zydesk.storage.uow import Database


def stored(db: Database) -> dict[str, FontFile]:
    with db.read(need=None) as s:  # how to print, whoever is signed in (not business data)
        return fonts.overrides_from_setting(get_setting(s, fonts.SETTING_KEY, None))


def apply(db: Database) -> FontSet:
    """Resolve the fonts with the stored choices (call once after opening the database)."""
    return fonts.configure(stored(db))


def versions(db: Database) -> dict[str, int]:
    """The version of the stored choices as the 字体 page reads them (passed back with a choice)."""
    with db.read(need=None) as s:
        return setting_versions(s, (fonts.SETTING_KEY,))


def choose(db: Database, style: str, file: FontFile | None, seen: Mapping[str, int] | None = None) -> FontSet:
    """Serve `style` from file (None = automatic again). The file is checked before anything is saved. seen
    (versions(), as the page read them): a choice over another administrator's newer one is refused with
    who and when; None: no check."""
    db.require(Permission.SYSTEM_SETTINGS)
    if style not in STYLES:
        raise ValueError(style)
    if file is not None:
        fonts.check_font_file(file.path)
        fonts.load(file)  # raises FontError (a UserError) with the reason; nothing saved
    key = fonts.SETTING_KEY
    with db.uow(f"修改设置 {key}", permission_for(key)) as uow:
        check_versions(uow.session, seen)
        choices = fonts.overrides_from_setting(get_setting(uow.session, key, None))  # read in the same transaction
        if file is None:
            choices.pop(style, None)
        else:
            choices[style] = file
        value: dict[str, Any] = {s: {"path": f.path, "index": f.index} for s, f in choices.items()}
        put_setting(uow.session, key, value)
        uow.commit()
    return fonts.configure(choices)
