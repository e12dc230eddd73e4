"""Line breaking rules (禁则) and justification of the text engine."""
from __future__ import annotations

from zydesk.printing import fonts
from zydesk.printing.text import NO_END, NO_START, Span, break_lines, shape


def _lines(text: str, chars: int) -> list[str]:
    fs = fonts.current()
    glyphs = shape([Span(text)], fs, 16)
    return ["".join(g.ch for g in ln.glyphs) for ln in break_lines(glyphs, 16 * chars)]


def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one() -> None:
    text = "他说：“我们要敢担当、善作为。”随后（一）项规定《办法》第九条的内容。”"
    for width in range(5, 14):
        lines = _lines(text, width)
        assert "".join(lines) == text
        for ln in lines[1:]:
            assert ln[0] not in NO_START, (width, lines)
        for ln in lines[:-1]:
            assert ln[-1] not in NO_END, (width, lines)


def test_numbers_are_not_split_and_lines_fit_the_width() -> None:
    fs = fonts.current()
    text = "按照35%比例，对2016年度目标责任考核排名靠前的单位授予一等奖"
    for chars in range(6, 12):
        lines = break_lines(shape([Span(text)], fs, 16), 16 * chars)
        assert all(sum(g.w for g in ln.glyphs) <= 16 * chars + 0.01 for ln in lines)
        texts = ["".join(g.ch for g in ln.glyphs) for ln in lines]
        assert any("2016" in t for t in texts) and any("35%" in t for t in texts), texts
    assert _lines("十个字十个字十个字十", 10) == ["十个字十个字十个字十"]
    assert _lines("第一行\n第二行", 10) == ["第一行", "第二行"]
