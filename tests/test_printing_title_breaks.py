"""公文 titles break only between words (jieba plus db/reference/title_words.txt) and where the clerk put ｜."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from zydesk.printing import fonts
from zydesk.printing.gongwen import Gongwen, Paragraph, balance_title, plain_title, render_gongwen
from zydesk.printing.words import splits_term, terms, word_breaks

ROOT = Path(__file__).resolve().parent.parent
NOTICE = ("中共紫阳县委办公室关于印发《紫阳县党政干部鼓励激励实施办法（试行）》《紫阳县党政干部容错纠错实施细则（试行）》"
          "《紫阳县推进县管党政领导干部能上能下实施办法（试行）》的通知")


def test_year_stays_with_its_year_and_the_title_breaks_after_guanyu() -> None:
    """Was “…关于2025年 / 度目标…”."""
    title = "中共紫阳县委　紫阳县人民政府关于2025年度目标责任考核结果的通报暨表彰决定"
    assert balance_title(title, fonts.current()) == ["中共紫阳县委　紫阳县人民政府关于",
                                                      "2025年度目标责任考核结果的通报暨表彰决定"]


def test_lingdao_ganbu_and_the_county_name_stay_whole() -> None:
    """Was “…县管党政领导干 / 部能上能下…” and “《紫阳县 / 党政干部…”."""
    fs = fonts.current()
    assert balance_title("紫阳县推进县管党政领导干部能上能下实施办法（试行）", fs) == [
        "紫阳县推进县管党政领导干部", "能上能下实施办法（试行）"]
    assert balance_title(NOTICE, fs) == [
        "中共紫阳县委办公室关于印发", "《紫阳县党政干部鼓励激励", "实施办法（试行）》《紫阳县党政干部",
        "容错纠错实施细则（试行）》", "《紫阳县推进县管党政领导干部", "能上能下实施办法（试行）》的通知"]


def test_word_breaks_keep_the_terms_of_the_word_list_whole() -> None:
    title = "关于表彰2025年度“敢担当、善作为”优秀干部的决定"
    cuts = word_breaks(title)
    for term in ("年度", "敢担当、善作为", "优秀干部"):
        start = title.index(term)
        assert not cuts & set(range(start + 1, start + len(term))), term
    assert splits_term("紫阳县党政干部", 3) == "紫阳县党政干部" and splits_term("关于表彰", 2) is None
    assert {"紫阳县", "党政干部", "领导干部", "敢担当、善作为", "容错纠错", "能上能下", "鼓励激励", "实施办法",
            "实施细则", "（试行）", "年度", "目标责任考核", "优秀干部"} <= set(terms())


def test_the_clerks_break_mark_breaks_the_title_exactly_there() -> None:
    fs = fonts.current()
    assert balance_title("中共紫阳县委组织部｜关于表彰先进的决定", fs) == ["中共紫阳县委组织部", "关于表彰先进的决定"]
    assert balance_title("中共紫阳县委组织部\n关于表彰先进的决定", fs) == ["中共紫阳县委组织部", "关于表彰先进的决定"]
    # a part longer than a line is still broken between words
    lines = balance_title("中共紫阳县委办公室｜" + NOTICE[9:], fs)
    assert lines[0] == "中共紫阳县委办公室" and all(len(ln) <= 20 for ln in lines)
    assert plain_title("中共紫阳县委组织部｜关于表彰先进的决定") == "中共紫阳县委组织部关于表彰先进的决定"
    rendered = render_gongwen(Gongwen(title="中共紫阳县委组织部｜关于表彰先进的决定", body=[Paragraph("正文。")]))
    assert rendered.title == "中共紫阳县委组织部关于表彰先进的决定"


def test_jieba_loads_only_for_a_long_title_and_quietly(tmp_path: Path) -> None:
    """No “Building prefix dict…” on standard error and no jieba.cache in the temporary folder."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    code = ("import sys\n"
            "from zydesk.printing import fonts\n"
            "from zydesk.printing.gongwen import balance_title\n"
            "balance_title('关于表彰先进的决定', fonts.current())\n"
            "assert 'jieba' not in sys.modules\n"
            f"print('/'.join(balance_title({NOTICE!r}, fonts.current())))\n")
    env = {"PATH": "/usr/bin:/bin", "TMPDIR": str(tmp), "TEMP": str(tmp), "TMP": str(tmp), "PYTHONPATH": str(ROOT),
           "ZYDESK_HOME": str(tmp_path / "home"), "PYTHONWARNINGS": "error"}
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                            encoding="utf-8", timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and "党政干部" in result.stdout
    assert list(tmp.iterdir()) == []
