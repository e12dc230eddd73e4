"""Line breaking rules (禁则) and justification of the text engine."""
from __future__ import annotations

import io
import random

from zydesk.printing import fonts
from zydesk.printing.text import NO_END, NO_START, Line, Span, break_lines, can_break, draw_line, shape


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


def _widths_ok(text: str, chars: int) -> list[str]:
    lines = _lines(text, chars)
    assert "".join(lines) == text
    return lines


def test_a_closing_mark_pulls_the_last_character_of_the_line_down() -> None:
    # ten characters fill the line; the 。 may not start the next one, so 字 comes down with it
    assert _lines("十个字十个字十个字十。后文", 10) == ["十个字十个字十个字", "十。后文"]
    # a run of closing marks comes down whole, with the character before it
    assert _lines("甲乙丙丁戊己庚辛壬癸”。）后文", 10) == ["甲乙丙丁戊己庚辛壬", "癸”。）后文"]
    # an opening mark at the end of a full line goes down to the text it opens
    assert _lines("甲乙丙丁戊己庚辛壬（一）", 10) == ["甲乙丙丁戊己庚辛壬", "（一）"]


def test_random_text_keeps_the_rules_at_every_width() -> None:
    rng = random.Random(9704)
    pool = "的是在了不和有大这主中人上为们地个用工时要动国产以我到他会作来分生对于学下级就年阶义发成部民可出能方进同行面说种过命度革而多子后自社加小机也经力线本电高量长党得实家定深法表着水理化争现所二起政三好十战无农使性前等反体合斗路图把结第里正新开论之物从当两些还天资事队批点育重其思与间内去因件日利相由压员气业代全组数果期导平各基或月毛然如应形想制心样干都向变关问比展那它最及外没看治提五解系林者米群头意只明四道马认次文通但条较克又公孔领军流入接席位情运器并飞原油放立题质指建区验活众很教决特此常石强极土少已根共直团统式转别造切九你取西持总料连任志观调七么山程百报更见必真保热委手改管处己将修支识病象几先老光专什六型具示复安带每东增则完风回南广劳轮科北打积车计给节做务被整联步类集号列温装即毫知轴研单色坚据速防史拉世设达尔场织历花受求传口断况采精金界品判参层止边清至万确究书术状厂须离再目海交权且儿青才证低越际八试规斯近注办布门铁需走议县兵固除般引齿千胜细影济白格效置推空配刀叶率述今选养德话查差半敌始片施响收华觉备名红续均药标记难存测士身紧液派准斤角降维板许破述技消底床田势端感往神便贺村构照容非搞亚磨族火段算适讲按值美态黄易彪服早班麦削信排台声该击素张密害侯草何树肥继右属市严径螺检左页抗苏显苦英快称坏移约巴材省黑武培著河帝仅针怎植京助升王眼她抓含苗副杂普谈围食射源例致酸旧却充足短划剂宣环落首尺波承粉践府鱼随考刻靠够满夫失包住促枝局菌杆周护岩师举曲春元超负砂封换太模贫减阳扬江析亩木言球朝医校古呢稻宋听唯输滑站另卫字鼓刚写刘微略范供阿块某功套友限项余倒卷创律雨让骨远帮初皮播优占死毒圈伟季训控激找叫云互跟裂粮粒母练塞钢顶策双留误础吸阻故寸盾晚丝女散焊功株亲院冷彻弹错散商视艺灭版烈零室轻血倍缺厘泵察绝富城冲喷壤简否柱李望盘磁雄似困巩益洲脱投送奴侧润盖挥距触星松送获兴独官混纪依未突架宽冬章湿偏纹吃执阀矿寨责熟稳夺硬价努翻奇甲预职评读背协损棉侵灰虽矛厚罗泥辟告卵箱掌氧恩爱停曾溶营终纲孟钱待尽俄缩沙退陈讨奋械载胞幼哪剥迫旋征槽倒握担仍呀鲜吧卡粗介钻逐弱脚怕盐末阴丰雾冠丙街莱贝辐肠付吉渗瑞惊顿挤秒悬姆烂森糖圣凹陶词迟蚕亿矩"
    marks = "，。、；：？！）》」』】〕”’…—（《「『【〔“‘"
    for _ in range(300):
        text = "".join(rng.choice(pool) if rng.random() < 0.7 else rng.choice(marks) for _ in range(rng.randint(5, 60)))
        text = text.replace("……", "").replace("——", "")
        for chars in (4, 7, 12, 28):
            lines = _widths_ok(text, chars)
            for prev, ln in zip(lines, lines[1:]):
                # a line may begin with a closing mark only when the line before had no place to break
                if ln and ln[0] in NO_START:
                    assert all(c in NO_START or c in NO_END for c in prev[1:]), (chars, lines)
                if prev and prev[-1] in NO_END:
                    assert all(c in NO_END or c in NO_START for c in prev), (chars, lines)


def test_lines_never_run_past_the_width_except_hanging_closing_marks() -> None:
    fs = fonts.current()
    text = "他说：“我们要敢担当、善作为。”随后（一）项规定《办法》第九条的内容。”按照35%比例。"
    for chars in range(1, 16):
        for ln in break_lines(shape([Span(text)], fs, 16), 16 * chars):
            glyphs = list(ln.glyphs)
            while len(glyphs) > 1 and sum(g.w for g in glyphs) > 16 * chars + 0.01 and glyphs[-1].ch in NO_START:
                glyphs.pop()  # a closing mark hangs only in a line too narrow to pull anything down
            assert sum(g.w for g in glyphs) <= 16 * chars + 0.01 or len(glyphs) == 1, (chars, ln)


def test_narrow_cell_lets_the_closing_mark_hang_instead_of_starting_a_line() -> None:
    # a cell one character wide: （一） cannot be broken legally anywhere; ） hangs rather than leading
    lines = _lines("（一）", 1)
    assert "".join(lines) == "（一）"
    assert all(ln[0] not in NO_START for ln in lines), lines
    assert _lines("（一）", 1) == ["（", "一）"]
    assert _lines("是。", 1) == ["是。"]  # nothing to pull down: the 。 hangs (draw_line squeezes it in)
    assert _lines("同意。", 2) == ["同", "意。"]  # where a character can come down, it does


def test_numbers_dates_and_document_numbers_are_not_split() -> None:
    words = ["〔2016〕15号", "2016年", "11月", "28日", "30%", "3.5", "2025-03-01", "10:30", "35%"]
    text = "根据紫办发〔2016〕15号文件，2016年11月28日起按30%比例、3.5倍系数，于2025-03-01上午10:30前报送，超过35%的不计。"
    for chars in range(8, 29):
        lines = _widths_ok(text, chars)
        for word in words:
            assert any(word in ln for ln in lines), (word, chars, lines)
    # a date may still break after 年 or 月, never inside a number or between a number and its unit
    assert can_break("2016年11月", 5) and not can_break("2016年11月", 4) and not can_break("2016年", 2)
    assert not can_break("〔2016〕15号", 6) and not can_break("3.5", 2) and not can_break("3.5", 1)


def test_draw_line_squeezes_a_hanging_mark_into_the_width() -> None:
    from reportlab.pdfgen.canvas import Canvas

    fs = fonts.current()
    canv = Canvas(io.BytesIO())
    glyphs = shape([Span("意见同意。")], fs, 16)
    natural = sum(g.w for g in glyphs)
    assert natural > 16 * 4.5
    calls: list[float] = []
    orig = canv.beginText

    def spy(*a, **k):  # type: ignore[no-untyped-def]
        t = orig(*a, **k)
        real = t.setCharSpace
        t.setCharSpace = lambda v: (calls.append(v), real(v))[1]  # type: ignore[method-assign]
        return t

    canv.beginText = spy  # type: ignore[method-assign]
    draw_line(canv, Line(glyphs, False), 0, 0, 16 * 4.5, 16, 0.0, "justify")
    assert calls and calls[0] < 0 and abs(calls[0] * 4 - (16 * 4.5 - natural)) < 0.01
