"""One case as the tab shows it: the case file with the actions it allows and the documents it can print
at its stage, read in one go off the window's thread."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from zydesk.services.tolerance.documents import documents_for
from zydesk.services.tolerance.reads import CaseDetail, case_detail


@dataclass(frozen=True)
class CaseView:
    detail: CaseDetail
    documents: list[tuple[str, str]]  # (form, title) for the 打印文书 menu


def case_view(session: Session, case_id: int, today: dt.date | None = None) -> CaseView:
    detail = case_detail(session, case_id, today=today)
    return CaseView(detail, documents_for(detail))
