"""The clerk's font choices (setting printing.fonts): load them at start-up, change one, reset one."""
from __future__ import annotations

from typing import Any

from zydesk.core.security.roles import Permission
from zydesk.printing import fonts
from zydesk.printing.fonts import STYLES, FontFile, FontSet
from zydesk.services.settings import get_setting, set_setting
from zydesk.storage.uow import Database


def stored(db: Database) -> dict[str, FontFile]:
    with db.read(need=None) as s:  # how to print, whoever is signed in (not business data)
        return fonts.overrides_from_setting(get_setting(s, fonts.SETTING_KEY, None))


def apply(db: Database) -> FontSet:
    """Resolve the fonts with the stored choices (call once after opening the database)."""
    return fonts.configure(stored(db))


def choose(db: Database, style: str, file: FontFile | None) -> FontSet:
    """Serve `style` from file (None = automatic again). The file is checked before anything is saved."""
    db.require(Permission.SYSTEM_SETTINGS)
    if style not in STYLES:
        raise ValueError(style)
    choices = stored(db)
    if file is None:
        choices.pop(style, None)
    else:
        fonts.check_font_file(file.path)
        fonts.load(file)  # raises FontError (a UserError) with the reason; nothing saved
        choices[style] = file
    value: dict[str, Any] = {s: {"path": f.path, "index": f.index} for s, f in choices.items()}
    set_setting(db, fonts.SETTING_KEY, value)
    return fonts.configure(choices)
