"""What an import kind is: its columns (Chinese headers, types, help text) and the hooks the importer,
template writer and exporter call. Each kind lives in zydesk/excel/kinds/<name>.py and defines KIND."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from zydesk.core.citation import Citation
from zydesk.storage.uow import UnitOfWork

# Column types: "text", "int", "decimal", "date", "month" (a date that may be given as 2016.11), "bool" (是/否),
# "idnumber" (公民身份号码, checked and normalised), "code:<table>" (a label from the code table <table>,
# "code:unit" a unit name from the 单位 list, or one of the kind's own lists, see Kind.code_lists).
TYPES = ("text", "int", "decimal", "date", "month", "bool", "idnumber")


@dataclass(frozen=True)
class Column:
    name: str  # the header exactly as clerks see it
    field: str  # key of the parsed value
    type: str = "text"
    required: bool = False
    help: str = ""
    max_len: int | None = None  # text columns
    min_value: int | Decimal | None = None  # int/decimal columns
    max_value: int | Decimal | None = None

    def __post_init__(self) -> None:
        if self.type not in TYPES and not self.type.startswith("code:"):
            raise ValueError(f"unknown column type {self.type!r}")

    @property
    def code_table(self) -> str | None:
        return self.type[5:] if self.type.startswith("code:") else None


def year_column(first: int = 1949) -> Column:
    """The 年度 column of a yearly kind; `first` is 2016 for what only the 2016 policy records."""
    return Column("年度", "year", "int", required=True, min_value=first, max_value=2200)


# Parsed file: field → one value per data row (None where the cell is empty or the column absent).
Columns = dict[str, Sequence[Any]]


@dataclass
class Sheet:
    """The converted data rows of an import file, column by column."""

    values: Columns  # field → typed values, None where empty (or the column is absent)
    present: frozenset[str]  # fields whose column is in the file (absent: keep what the database has)
    rows: list[int]  # spreadsheet row number of each data row, for messages

    def __getitem__(self, fieldname: str) -> Sequence[Any]:
        return self.values[fieldname]

    def __len__(self) -> int:
        return len(self.rows)

# Report a problem: (index of the data row, column header, message).
ErrorSink = Callable[[int, str, str], None]


@dataclass
class Changes:
    """What a kind's plan would write. Counts are per record of the kind (a cadre's post counts with it)."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    # Opaque to the importer: the kind's own description of the writes, handed back to Kind.write().
    plan: Any = None
    # (object_type, object_id, before, after) for each updated record, for the audit trail.
    updates: list[tuple[str, str | None, dict[str, Any] | None, dict[str, Any]]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # extra lines for the summary (e.g. posts changed)


class Kind:
    """Base class of an import/export kind. Subclasses set the class attributes and override the hooks."""

    name: str = ""  # command-line name, e.g. "cadres"
    title: str = ""  # Chinese title, e.g. "干部信息"
    columns: tuple[Column, ...] = ()
    notes: str = ""  # extra paragraph for the template's 说明 sheet
    year_filter: str = ""  # how --year filters the export (shown in help); "" = ignored
    # The articles this sheet feeds: the template's 说明 sheet quotes each from the shipped policy text.
    articles: tuple[Citation, ...] = ()

    def code_lists(self, session: Session) -> Mapping[str, Sequence[str]]:
        """Lists for code:<table> columns that are not code tables in the DB (fixed choices, derived lists)."""
        return {}

    def notes_for(self, session: Session) -> list[str]:
        """Extra lines for the template's 说明 sheet that come from the database (e.g. default periods)."""
        return []

    def check(self, session: Session, sheet: Sheet, err: ErrorSink) -> Changes:
        """Validate the converted rows against the database and work out what would change.

        Cells were already converted and checked by column type (a cell that failed is None here and was
        reported). Report every further problem through err(i, header, message) with i the data-row index;
        the importer raises if any was reported, so nothing is written. Must not write."""
        raise NotImplementedError

    def write(self, uow: UnitOfWork, changes: Changes) -> None:
        """Write changes.plan inside the importer's unit of work (Core bulk statements are fine)."""
        raise NotImplementedError

    def export_rows(self, session: Session, year: int | None) -> Iterable[Sequence[Any]]:
        """Rows in the order of `columns` (values: str, int, Decimal, date, bool or None)."""
        raise NotImplementedError

    def column(self, name: str) -> Column:
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(name)


def yes_no(value: bool | None) -> str | None:
    return None if value is None else ("是" if value else "否")
