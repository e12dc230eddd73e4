"""The 容错纠错 documents rendered for the window: one call returns the finished PDF with its title, so
the window only shows it (zydesk.services.tolerance.documents builds them)."""
from __future__ import annotations

from zydesk.printing import catalog
from zydesk.printing.output import Rendered, render
from zydesk.services.documents import use_font_settings
from zydesk.services.handle import Database
from zydesk.services.tolerance.documents import documents_for

NUMBERED = "+number"  # a form name ending so is issued with a 发文字号 from the registry

def case_document(db: Database, form: str, number: str, title: str) -> Rendered:
    """One document of a case (form as listed by documents_for), rendered."""
    name = form.removesuffix(NUMBERED)
    use_font_settings(db)
    rendered = render(catalog.build(name, db, {"case": number, "number": form.endswith(NUMBERED)}))
    rendered.title = f"{number} {title}"
    return rendered


def register_book(db: Database, year: int) -> Rendered:
    """案件登记簿 of a year."""
    use_font_settings(db)
    rendered = render(catalog.build("tolerance-register", db, {"year": year}))
    rendered.title = f"{year}年容错认定案件登记簿"
    return rendered


__all__ = ["Rendered", "case_document", "documents_for", "register_book"]
