"""Import every model module so Base.metadata knows all tables (Alembic, tests).

Each area keeps its tables in models_<area>.py and its migrations on its own Alembic branch
(db/versions/<area>_NNNN_*.py, the first one with down_revision = "0001_foundation").
"""
from zydesk.storage import (  # noqa: F401
    models,
    models_adjustment,
    models_care,
    models_excellent,
    models_lrmx,
    models_printing,
    models_ranking,
    models_security,
    models_tolerance,
)
from zydesk.storage.base import Base

metadata = Base.metadata
