"""分析研判 in print and on the command line: the report is a 公文 with vector figures (no images, no missing
glyphs), every chart mark stays inside its box, and the JSON carries the figures each chart shows."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from zydesk.charts.layout import Box, Label, layout
from zydesk.charts.model import Chart, ChartKind, Series, nice_ticks
from zydesk.cli.main import main
from zydesk.printing import fonts as fontmod
from zydesk.printing.charts import measure_with
from zydesk.printing.gongwen import render_gongwen
from zydesk.services.adjustment.analysis import analyse
from zydesk.services.adjustment.analysis_report import report
from zydesk.storage.uow import Database

Y = 2025


def _unit(db: Database) -> str:
    return next(t.unit for t in analyse(db, Y).teams if t.unit.endswith("镇"))


def test_every_mark_inside_the_box(demo_db: Database) -> None:
    measure = measure_with(fontmod.current())
    charts = analyse(demo_db, Y).charts + analyse(demo_db, Y, _unit(demo_db)).charts
    assert {c.kind for c in charts} == {ChartKind.PYRAMID, ChartKind.BAR, ChartKind.LINE}
    for chart in charts:
        for w, h in ((442.0, 174.0), (440.0, 250.0)):
            for p in layout(chart, w, h, measure, 10.5, title=False):
                if isinstance(p, Label):
                    tw = measure(p.text, p.size, p.bold)
                    left = p.x - (tw / 2 if p.align == "center" else tw if p.align == "right" else 0)
                    assert -0.5 <= left and left + tw <= w + 0.5, (chart.title, p)
                    assert p.size * 0.7 <= p.y <= h + 0.5, (chart.title, p)
                elif isinstance(p, Box):
                    assert p.x >= -0.5 and p.x + p.w <= w + 0.5 and p.y >= 0 and p.y + p.h <= h + 0.5, (chart.title, p)


def test_chart_description_checks_its_shape() -> None:
    with pytest.raises(ValueError, match="类别"):
        Chart(ChartKind.BAR, "x", ["a", "b"], [Series("n", [1])])
    with pytest.raises(ValueError, match="两组"):
        Chart(ChartKind.PYRAMID, "x", ["a"], [Series("n", [1])])
    assert nice_ticks(0, 476 * 1.12) == [0, 100, 200, 300, 400, 500, 600]
    assert Chart(ChartKind.STACKED, "x", ["a", "b"], [Series("m", [1, 2]), Series("w", [3, None])]).totals() == [4, 2]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed")
def test_report_is_a_gongwen_with_vector_figures(demo_db: Database, tmp_path: Path) -> None:
    a = analyse(demo_db, Y, _unit(demo_db))
    rendered = render_gongwen(report(a), fontmod.fresh())
    assert rendered.missing == set()
    assert b"/Subtype /Image" not in rendered.pdf  # figures are paths and text, not pictures
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(rendered.pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for word in ("分析研判报告", "图1", "51—55岁", "研究生", "任现级", "图7", "历年名次", "调整后跟踪", "第二十六条",
                 "谈心谈话（本地设置"):
        assert word in text, word
    for chart in a.charts[:2]:
        for cat in chart.categories:
            assert cat in text


def test_cli_json_carries_the_chart_figures(demo_db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db_url, "analysis", "--year", str(Y), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["unit"] is None and data["article"]["article"] == 26 and data["article"]["doc"] == "能上能下实施办法"
    edu = next(c for c in data["charts"] if c["title"].endswith("学历结构"))
    assert edu["series"][0]["values"] == [r["count"] for r in data["structure"]["counts"]["学历"]]
    assert sum(data["charts"][0]["series"][0]["values"]) + sum(data["charts"][0]["series"][1]["values"]) \
        == data["structure"]["size"]
    assert all("*" in f["id_number"] for f in data["near_limit"])
    unit = next(t["unit"] for t in data["teams"] if t["unit"].endswith("镇"))
    assert main(["--db", db_url, "analysis", "--year", str(Y), "--unit", unit]) == 0
    out = capsys.readouterr().out
    assert f"{Y}年度{unit}领导班子分析研判" in out and "考核排名走势：" in out
    assert main(["--db", db_url, "analysis", "--year", str(Y), "--unit", "无此单位"]) == 2


def test_print_analysis_writes_the_pdf(demo_db: Database, db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "报告.pdf"
    assert main(["--db", db_url, "print", "analysis", "--year", str(Y), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_hatching_stays_inside_its_bar_and_every_kind_prints() -> None:
    from zydesk.charts.layout import _hatch
    from zydesk.printing.gongwen import Figure, Gongwen

    for kind in ("/", "\\", "x", "-"):
        strokes = _hatch(10, 20, 30, 55, kind, 4)
        assert strokes
        for s in strokes:
            for x, y in ((s.x1, s.y1), (s.x2, s.y2)):
                assert 10 - 1e-6 <= x <= 40 + 1e-6 and 20 - 1e-6 <= y <= 75 + 1e-6, (kind, s)
    cats = ["35岁及以下", "36—40岁", "41—45岁", "䶮"]
    two = [Series("男", [1, 2, 3, 4]), Series("女", [3, None, 1, 0])]
    figures = [Figure(Chart(k, f"{k}", cats, two if k is not ChartKind.LINE else two[:1], unit="人",
                            inverted=k is ChartKind.LINE), f"图{i}　{k}") for i, k in enumerate(ChartKind, 1)]
    rendered = render_gongwen(Gongwen(title="图表", body=list(figures)), fontmod.fresh())
    assert rendered.pages >= 2 and b"/Subtype /Image" not in rendered.pdf
