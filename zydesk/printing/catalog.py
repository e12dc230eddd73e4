"""The printable forms every module offers, for `zydesk print` and the app's print menus.

A module adds its forms with `register(PrintForm(...))` at import time and lists its module name in
FORM_MODULES (all of them are imported before the list of forms is used):

    from zydesk.printing.catalog import Param, PrintForm, register

    def build_award_notice(db, params):
        return Gongwen(title=..., body=[...])          # or a Form, or Rendered / PDF bytes

    register(PrintForm("award-notice", "年度考核奖励通报", build_award_notice,
                       params=[Param("year", "年度", int, required=True)]))
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from zydesk.errors import UserError

# Modules that register forms. Names that do not exist (yet) are skipped.
FORM_MODULES: list[str] = [
    "zydesk.printing.sample",  # notice (紫办发〔2016〕15号), sample-form, name-list
    "zydesk.services.incentives.ranking_documents",
    "zydesk.services.incentives.excellent_documents",
    "zydesk.services.tolerance.documents",
    "zydesk.services.adjustment.documents",
    "zydesk.services.adjustment.analysis_report",  # analysis: 分析研判报告
    "zydesk.services.renmian_print",  # renmian: 干部任免审批表
]


@dataclass(frozen=True)
class Param:
    """One parameter of a form: `--name VALUE` on the command line (`--name` alone when type is bool)."""

    name: str
    label: str  # Chinese, shown in --list and in the app
    type: type = str  # str, int or bool
    required: bool = False
    default: Any = None
    help: str = ""
    many: bool = False  # given as one or more words after the form's name (ID numbers); a list


@dataclass(frozen=True)
class PrintForm:
    name: str  # command-line name, ASCII (award-notice)
    title: str  # Chinese title
    build: Callable[[Any, dict[str, Any]], Any]  # (db or None, params) -> Gongwen | Form | Rendered | bytes
    params: list[Param] = field(default_factory=list)
    needs_db: bool = True  # False: build gets db=None and no database is opened
    area: str = ""  # which module (鼓励激励/容错纠错/能上能下/通用)
    saves: bool = False  # build writes params["output"] itself (to audit the file) and returns what it wrote


FORMS: dict[str, PrintForm] = {}
_loaded = False


def register(form: PrintForm) -> PrintForm:
    FORMS[form.name] = form
    return form


def load_all() -> dict[str, PrintForm]:
    """Import every module of FORM_MODULES, so their forms are registered (a module that cannot be
    imported is an error, not a form quietly missing from the list)."""
    global _loaded
    if not _loaded:
        for name in FORM_MODULES:
            importlib.import_module(name)
        _loaded = True
    return FORMS


def get(name: str) -> PrintForm:
    forms = load_all()
    if name not in forms:
        known = "、".join(sorted(forms))
        raise UserError(f"没有名为“{name}”的表单。可用：{known}（zydesk print --list 查看参数）")
    return forms[name]


def build(name: str, db: Any, params: dict[str, Any]) -> Any:
    form = get(name)
    for p in form.params:
        if p.required and params.get(p.name) in (None, ""):
            raise UserError(f"表单“{form.title}”缺少参数 --{p.name}（{p.label}）")
    return form.build(db if form.needs_db else None, params)
