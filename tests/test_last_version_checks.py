"""The last records a person edits get the same version check as the others: a save over another person's newer
change is refused with 「该记录已被 X 于 HH:MM 修改，请刷新后再改」 and nothing of it is written — issuing bodies
(发文机关与文号), accounts (roles, 停用), and the settings forms (奖金系数, 优秀名额比例, 能上能下本地设置, 打印设置)."""
from __future__ import annotations

import pytest

from tests.accounts import ADMIN, as_role
from zydesk.core.security.roles import Role
from zydesk.printing import registry
from zydesk.services import print_settings as ps
from zydesk.services.conflicts import EditConflict
from zydesk.services.handle import Database


def conflict_by(name: str) -> str:
    return rf"该记录已被 {name} 于 \d\d:\d\d 修改，请刷新后再改"


def test_an_issuing_body_saved_over_a_newer_change_is_refused(db: Database) -> None:
    admin = as_role(db, Role.SYSTEM_ADMIN)
    body = registry.save_body(admin, "紫阳县财政局", "紫阳县财政局文件", "紫财发")
    assert body.version == 1
    first = ps.save_body(admin, "紫阳县财政局", "紫阳县财政局文件（新）", "紫财发", body.id, True, body.version)
    assert first.version == 2
    with pytest.raises(EditConflict, match=conflict_by(ADMIN)):
        ps.save_body(admin, "紫阳县财政局", "紫阳县财政局文件（旧页）", "紫财发", body.id, True, body.version)
    assert registry.body_by_prefix(db, "紫财发").mark == "紫阳县财政局文件（新）"  # the newer change stays
    again = ps.save_body(admin, "紫阳县财政局", "紫阳县财政局文件（旧页）", "紫财发", body.id, True, first.version)
    assert again.version == 3
    ps.save_body(admin, "紫阳县财政局", "紫阳县财政局文件", "紫财发", body.id, True)  # no version: no check


def test_bonus_coefficients_saved_over_a_newer_change_are_refused(db: Database) -> None:
    from zydesk.services.incentives import bonus
    from zydesk.services.reading import read

    seen = read(db, bonus.bonus_settings_versions, 2025)
    other = read(db, bonus.bonus_settings_versions, 2025)
    values = {g: "1" for g in bonus.GRADES}
    bonus.save_bonus_settings(db, values, "largest", 2025, seen)
    with pytest.raises(EditConflict, match=conflict_by(db.user)):
        bonus.save_bonus_settings(db, {**values, bonus.GRADES[0]: "2"}, "largest", 2025, other)
    assert read(db, bonus.coefficients, 2025)[bonus.GRADES[0]] == 1  # the first save stays
    bonus.save_bonus_settings(db, {**values, bonus.GRADES[0]: "2"}, "largest", 2025,
                              read(db, bonus.bonus_settings_versions, 2025))


def test_quota_rates_saved_over_a_newer_change_are_refused(db: Database) -> None:
    import dataclasses

    from zydesk.services.incentives import excellent
    from zydesk.services.reading import read

    seen, other = read(db, excellent.quota_rates, 2025), read(db, excellent.quota_rates, 2025)
    assert seen.versions is not None
    excellent.save_quota_rates(db, 2025, dataclasses.replace(seen, rate="12%"))
    with pytest.raises(EditConflict, match=conflict_by(db.user)):
        excellent.save_quota_rates(db, 2025, dataclasses.replace(other, rate="18%"))
    now = read(db, excellent.quota_rates, 2025)
    assert now.rate == "12%"
    excellent.save_quota_rates(db, 2025, dataclasses.replace(now, rate="18%"))
    assert read(db, excellent.quota_rates, 2025).rate == "18%"


def test_adjustment_local_settings_saved_over_a_newer_change_are_refused(db: Database) -> None:
    from zydesk.services.adjustment.entry import save_settings_form
    from zydesk.services.adjustment.facts import load_local_settings
    from zydesk.services.reading import read

    seen, other = read(db, load_local_settings), read(db, load_local_settings)
    ages = "\n".join(f"{lv} {g} {a}" for lv, g, a in seen.age_limits)
    save_settings_form(db, ages, 3, seen.term_years, seen.max_terms, seen.max_years_at_level, seen.versions)
    with pytest.raises(EditConflict, match=conflict_by(db.user)):
        save_settings_form(db, ages, 9, other.term_years, other.max_terms, other.max_years_at_level, other.versions)
    now = read(db, load_local_settings)
    assert now.warn_months == 3
    save_settings_form(db, ages, 9, now.term_years, now.max_terms, now.max_years_at_level, now.versions)


def test_an_account_changed_since_it_was_listed_is_refused(db: Database) -> None:
    from zydesk.services.security import accounts

    security = as_role(db, Role.SECURITY_ADMIN)

    def listed() -> accounts.AccountRow:
        return next(a for a in accounts.list_accounts(as_role(db, Role.SECURITY_ADMIN)) if a.name == "查阅员")

    seen, other = listed(), listed()
    accounts.set_disabled(security, "查阅员", True, seen.version)
    with pytest.raises(EditConflict, match=conflict_by(security.user)):
        accounts.set_disabled(security, "查阅员", False, other.version)  # the other list still shows it enabled
    assert listed().disabled
    with pytest.raises(EditConflict):
        accounts.reset_password(security, "查阅员", "Another-Pass-2026", other.version)
    now = listed()
    accounts.set_disabled(security, "查阅员", False, now.version)
    assert not listed().disabled and listed().version == now.version + 1


def test_a_font_choice_over_a_newer_one_is_refused(db: Database) -> None:
    admin = as_role(db, Role.SYSTEM_ADMIN)
    seen, other = ps.font_versions(admin), ps.font_versions(admin)
    ps.choose_font(admin, "仿宋", None, versions=seen)  # automatic again: saved, the version moves on
    with pytest.raises(EditConflict, match=conflict_by(ADMIN)):
        ps.choose_font(admin, "黑体", None, versions=other)
    ps.choose_font(admin, "黑体", None, versions=ps.font_versions(admin))
    ps.choose_font(admin, "黑体", None)  # no versions (the command line): no check


def test_the_bodies_page_says_who_changed_a_body_and_shows_it_anew(qtbot, db: Database,  # type: ignore[no-untyped-def]
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialog, QMessageBox

    from tests.gui_wait import settle
    from ui.context import AppContext
    from ui.printing import font_settings as fsmod

    admin = as_role(db, Role.SYSTEM_ADMIN)
    body = registry.save_body(admin, "紫阳县财政局", "紫阳县财政局文件", "紫财发")
    widget = fsmod.IssuingBodiesWidget(AppContext(admin))
    qtbot.addWidget(widget)
    settle(qtbot)
    registry.save_body(admin, body.name, "紫阳县财政局文件（另一台电脑）", body.prefix, body.id)  # meanwhile
    opened: list[str] = []

    def fill(dialog) -> int:  # type: ignore[no-untyped-def]
        opened.append(dialog.mark.text())
        dialog.mark.setText("紫阳县财政局文件（本页）")
        return QDialog.DialogCode.Accepted

    warned: list[str] = []
    monkeypatch.setattr(fsmod.BodyDialog, "exec", fill)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    row = next(i for i, b in enumerate(widget.bodies.rows) if b.prefix == "紫财发")
    widget.body_view.selectRow(row)
    widget.edit_button.click()
    settle(qtbot)
    assert len(warned) == 1 and "请刷新后再改" in warned[0] and ADMIN in warned[0]
    assert opened == ["紫阳县财政局文件"]  # not opened again on the old version
    shown = next(b for b in widget.bodies.rows if b.prefix == "紫财发")
    assert shown.mark == "紫阳县财政局文件（另一台电脑）" and shown.version == 2  # reloaded
    widget.body_view.selectRow(row)
    widget.edit_button.click()  # on what is now shown: saved
    settle(qtbot)
    assert registry.body_by_prefix(db, "紫财发").mark == "紫阳县财政局文件（本页）"
