"""Adding a cadre from the form: the person and the first post, checked together before anything is written."""
from __future__ import annotations

from sqlalchemy import select

from zydesk.core.master import CadreData, PostData, validate_cadre, validate_post
from zydesk.errors import FieldError, ValidationError
from zydesk.services.codes import load_codes
from zydesk.services.master import change_post, save_cadre
from zydesk.storage.models import Cadre, Unit
from zydesk.storage.uow import Database


def add_cadre_with_post(db: Database, cadre: CadreData, post: PostData) -> int:
    """Both parts are validated first, so a bad post never leaves a cadre without one behind."""
    with db.read() as s:
        codes = load_codes(s)
        units = set(s.scalars(select(Unit.name)))
        errors = validate_cadre(cadre, codes).errors + validate_post(post, codes, units).errors
        if not errors and s.scalar(select(Cadre.id).where(Cadre.id_number == cadre.id_number)) is not None:
            errors.append(FieldError("公民身份号码", "该号码已属于另一名干部"))
    if errors:
        raise ValidationError(errors)
    cadre_id = save_cadre(db, cadre)
    change_post(db, cadre_id, post)
    return cadre_id
