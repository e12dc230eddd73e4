"""奖金分配方案 as xlsx (for 备案 with 县督查考评办): values only, no formulas."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from zydesk.core.incentives.bonus import Plan
from zydesk.services.incentives.bonus import plan_title
from zydesk.tempfiles import partial_file, private_temp


def export_plan_xlsx(path: str | Path, year: int, unit: str, award_kind: str, grade: str, plan: Plan) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "奖金分配方案"
    title = f"{unit}{plan_title(year, award_kind, grade)}"
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=5)
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([f"奖金总额：{plan.total} 元", "", f"依据：{plan.basis}，发放到人"])
    ws.append(["序号", "姓名", "年度考核等次", "系数", "金额（元）"])
    for i, s in enumerate(plan.shares, start=1):
        ws.append([i, s.name, s.grade, f"{s.coefficient.normalize():f}", s.amount])
    ws.append(["合计", "", "", "", plan.paid])
    ws.append([f"结余：{plan.left} 元"])
    ws.append([plan.formula])
    ws.append([f"尾数处理：{plan.rule_text}"])
    for col, width in zip("ABCDE", (8, 14, 14, 8, 14), strict=True):
        ws.column_dimensions[col].width = width
    target = Path(path)
    with private_temp(), partial_file(target) as tmp:  # openpyxl's temporary files stay in the data folder;
        wb.save(tmp)  # a killed save leaves no half-written file at the target
    return target
