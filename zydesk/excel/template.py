"""Blank templates: the data sheet first (that is the sheet imports read), Chinese headers with the
required ones in red and a note on each, a 说明 sheet explaining every column, drop-down lists for coded
columns (values from the code tables in the database, kept on a hidden 代码 sheet)."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from zydesk.errors import UserError
from zydesk.excel.importer import code_lists
from zydesk.excel.kinds import get_kind
from zydesk.excel.quotes import quote
from zydesk.excel.schema import Column, Kind
from zydesk.storage.uow import Database
from zydesk.tempfiles import output_target, partial_file, private_temp

LAST_ROW = 20_000  # drop-downs and text format reach this far
CODES_SHEET = "代码"
NOTES_SHEET = "说明"
DATE_FORMATS = "2016-11-28、2016/11/28、2016.11.28、20161128、2016年11月28日，或 Excel 日期单元格"
TYPE_TEXT = {
    "text": "文字",
    "idnumber": "18位公民身份号码（文本格式）",
    "int": "整数",
    "decimal": "数字",
    "date": "日期：" + DATE_FORMATS,
    "month": "日期或年月：" + DATE_FORMATS + "；也可只填年月，如 2016.11、201611",
    "bool": "是 / 否",
}
GENERAL_NOTES = [
    "第1行为列名，请勿改动；数据从第2行开始，每行一条。带红色列名（*）的列必填，其他列可删除；不认识的列会被报告。",
    "导入时先检查全部行：只要有一处错误，就一行也不写入，并逐条列出“第N行 «列名»: 说明”；改正后重新导入即可。",
    "同一文件重复导入不会产生重复记录：已有的记录按识别列匹配，内容相同的不作改动。",
    "文件中没有的列，导入时保留库中原有内容；有此列而单元格空白，则清空该项（是否类标志取默认值）。",
    "日期可写作 " + DATE_FORMATS + "。",
    "下拉列表中的值来自本程序的代码表；如需新增代码，请先在程序中维护代码表。",
]


def _type_text(col: Column) -> str:
    if col.code_table == "unit":
        return "单位名录中的单位全称（下拉选择）"
    if col.code_table:
        return "从下拉列表选择"
    return TYPE_TEXT[col.type]


def write_template(db: Database, kind: str, path: str | Path) -> Path:
    """Write a blank template for the kind to path (.xlsx) and return the path."""
    spec = get_kind(kind)
    target = output_target(path, ".xlsx", "模板文件")
    with db.read() as session:
        lists = code_lists(session, spec)
        extra = spec.notes_for(session)
    wb = Workbook()
    ws = wb.active
    ws.title = spec.title
    notes = wb.create_sheet(NOTES_SHEET)  # sheet order: data (read by imports), 说明, hidden 代码
    _data_sheet(ws, spec, lists, wb)
    _notes_sheet(notes, spec, extra)
    try:
        # openpyxl writes each sheet to a temporary file while saving: kept in the data folder
        with partial_file(target) as tmp, private_temp():
            wb.save(tmp)
    except PermissionError:
        raise UserError(f"无法写入“{target}”：文件可能正在 Excel 中打开，请关闭后重试") from None
    return target


def _data_sheet(ws: Worksheet, spec: Kind, lists: dict[str, list[str]], wb: Workbook) -> None:
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    code_ws = None
    code_col = 0
    for k, col in enumerate(spec.columns, start=1):
        letter = get_column_letter(k)
        cell = ws.cell(row=1, column=k, value=col.name)
        cell.font = Font(bold=True, color="C00000" if col.required else "000000")
        cell.fill = header_fill
        cell.alignment = Alignment(horizontal="center", vertical="center")
        tip = ("必填。" if col.required else "") + _type_text(col) + (f"。{col.help}" if col.help else "")
        cell.comment = Comment(tip, "ZYDesk", width=260, height=110)
        ws.column_dimensions[letter].width = max(10, 2 * len(col.name) + 4, 22 if col.type == "idnumber" else 0)
        rng = f"{letter}2:{letter}{LAST_ROW}"
        if col.type in ("text", "idnumber"):
            ws.column_dimensions[letter].number_format = "@"  # Excel keeps 18-digit numbers as typed
        values: list[str] | None = None
        if col.type == "bool":
            values = ["是", "否"]
        elif col.code_table:
            values = lists.get(col.code_table) or None
        if not values:
            continue
        if code_ws is None:
            code_ws = wb.create_sheet(CODES_SHEET)
            code_ws.sheet_state = "hidden"
        code_col += 1
        code_ws.cell(row=1, column=code_col, value=col.name)
        for r, v in enumerate(values, start=2):
            code_ws.cell(row=r, column=code_col, value=v)
        cl = get_column_letter(code_col)
        source = f"{quote_sheetname(CODES_SHEET)}!${cl}$2:${cl}${len(values) + 1}"
        dv = DataValidation(type="list", formula1=source, allow_blank=True, showDropDown=False,
                            showErrorMessage=True, errorTitle="不在列表中", promptTitle=col.name,
                            error=f"“{col.name}”请从下拉列表中选择", prompt=_type_text(col))
        if col.code_table == "unit":
            dv.errorStyle = "warning"  # a unit may be added to the list later: warn, do not forbid
            dv.error = "该单位不在单位名录中，导入前请先添加该单位"
        dv.add(rng)
        ws.add_data_validation(dv)
    ws.freeze_panes = "A2"


def _notes_sheet(ws: Worksheet, spec: Kind, extra: list[str]) -> None:
    bold = Font(bold=True)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 8
    ws.column_dimensions["C"].width = 48
    ws.column_dimensions["D"].width = 60
    ws.append([f"{spec.title}导入模板说明"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([])
    for line in GENERAL_NOTES:
        ws.append([line])
    if spec.notes:
        ws.append([spec.notes])
    ws.append([])
    ws.append(["列名", "必填", "格式", "说明"])
    for c in ws[ws.max_row]:
        c.font = bold
    for col in spec.columns:
        ws.append([col.name, "是" if col.required else "", _type_text(col), col.help])
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row):
        for c in row:
            c.alignment = Alignment(wrap_text=c.column > 2, vertical="top")
    if extra:
        ws.append([])
        for line in extra:
            ws.append([line])
    _articles(ws, spec)


def _articles(ws: Worksheet, spec: Kind) -> None:
    """The articles the sheet feeds, quoted in full from the shipped text (one paragraph a row)."""
    docs: list[str] = []
    for c in spec.articles:
        if c.doc.title not in docs:
            docs.append(c.doc.title)
    if not spec.articles:
        return
    ws.append([])
    ws.append(["本表依据的条文（" + "、".join(f"《{d}》" for d in docs) + "）"])
    ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
    seen: set[tuple[str, int]] = set()
    for c in spec.articles:
        if (c.doc.value, c.article) in seen:
            continue
        seen.add((c.doc.value, c.article))
        for k, para in enumerate(quote(c).split("\n")):
            ws.append([f"《{c.doc.value}》" if k == 0 else "", "", para])
            ws.cell(row=ws.max_row, column=3).alignment = Alignment(wrap_text=True, vertical="top")
