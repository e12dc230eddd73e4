"""Optimistic locking of cadre records on the local database: an Excel import moves a cadre's version on,
so a form opened before the import cannot save over it (the two-clerk case on both backends is in
tests/test_postgresql.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import add_cadre, new_id_number
from tests.test_excel_helpers import CADRE_HEAD, cadre_row, two_units, xlsx
from zydesk.core.master import CadreData
from zydesk.services.conflicts import EditConflict
from zydesk.services.excel_files import import_excel
from zydesk.services.master import cadre_version, save_cadre
from zydesk.storage.uow import Database


def test_an_import_moves_the_version_on(db: Database, tmp_path: Path) -> None:
    two_units(db)
    idn = new_id_number()
    cadre_id = add_cadre(db, "张伟", "城关镇", "副镇长", "副科级", id_number=idn)
    seen = cadre_version(db, cadre_id)
    import_excel(db, "cadres", xlsx(tmp_path / "u.xlsx", CADRE_HEAD, [cadre_row(idn, 籍贯="陕西安康")]))
    assert cadre_version(db, cadre_id) == (seen or 0) + 1
    with pytest.raises(EditConflict, match="该记录已被 .+ 于 \\d\\d:\\d\\d 修改，请刷新后再改"):
        save_cadre(db, CadreData(name="张伟", id_number=idn, education="大学"), cadre_id, seen)
    save_cadre(db, CadreData(name="张伟", id_number=idn, education="大学"), cadre_id)  # no version: as before
