"""Tables of this area (none yet)."""
from __future__ import annotations
