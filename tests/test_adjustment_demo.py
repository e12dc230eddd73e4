"""The demo county's planted 能上能下 cases are found, and the near misses are not."""
from __future__ import annotations

from collections import Counter

from zydesk.services.adjustment.scan import scan
from zydesk.storage.uow import Database


def test_planted_cases(demo_db: Database) -> None:
    with demo_db.read() as s:
        r = scan(s, 2025)
    by = Counter(str(f.citation) for f in r.findings)
    assert by["第十条第（一）项"] == 1  # three 环保通报; the town with two is not listed
    assert by["第十一条第（一）项"] == 2  # 党委书记 and the 分管领导
    assert by["第十二条第（三）项"] >= 1 and by["第七条第（五）项"] == 1
    assert by["第二十二条"] == 1 and by["第二十三条"] == 1
    art17 = sorted(f.verdict for f in r.findings if f.citation.article == 17)
    assert art17 == ["应先提醒、函询或诫勉", "应调整"]
    accuracy = [f.evidence for f in r.findings if str(f.citation) == "第九条第（四）项"]
    assert accuracy and all("89.9" in e for e in accuracy)  # the town at exactly 90% is not listed
