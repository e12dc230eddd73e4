"""Errors that reach the clerk. Messages are Chinese and say what to do."""
from __future__ import annotations

from dataclasses import dataclass


class UserError(Exception):
    """Bad input or a refused operation: nothing was changed. CLI exit status 2."""


@dataclass(frozen=True)
class FieldError:
    field: str  # the Chinese label of the field or column
    message: str
    row: int | None = None  # spreadsheet row (1-based, header is row 1), when from an import

    def __str__(self) -> str:
        where = f"第{self.row}行 " if self.row is not None else ""
        return f"{where}«{self.field}»: {self.message}"


class ValidationError(UserError):
    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


class NotPermitted(UserError):
    """The signed-in account's roles do not allow this operation (访问控制); nothing was changed."""
