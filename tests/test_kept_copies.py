"""The copy as issued: the PDF first printed or saved under a document's 文号 is kept with it; while its year
is sealed every print is that copy (master data changed since does not show), after 解除封存 the document is
built afresh, and a new number keeps a new copy."""
from __future__ import annotations

import datetime as dt
import io
import json
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.test_excellent_print import winners  # noqa: F401  (fixture)
from tests.test_ranking_print import _seed
from zydesk.cli.main import main
from zydesk.core.incentives.seal import SealArea
from zydesk.core.security.roles import Permission
from zydesk.errors import UserError
from zydesk.printing import registry
from zydesk.printing.output import Rendered
from zydesk.services import documents, numbering, seals
from zydesk.services.incentives import print_jobs
from zydesk.storage.models import AuditEntry, Post, Unit
from zydesk.storage.models_printing import IssuedDocument
from zydesk.storage.uow import Database

NOTICE = ("award-notice", 2024)
TITLE = "2024年度目标责任考核结果通报暨表彰决定"


def _text(pdf: bytes) -> str:
    return "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def _notice(db: Database) -> Rendered:
    """What the preview of the ranking tab shows (and prints)."""
    return documents.render_document(db, lambda d, _s: print_jobs.ranking_notice(d, 2024, False), None, TITLE,
                                     NOTICE)


def _regroup(db: Database, name: str, new_name: str, group: str) -> None:
    """Master data shared by every year: a unit renamed and moved to another group (a reorganisation)."""
    with db.uow("编辑单位", Permission.ENTER) as uow:
        unit = uow.session.scalar(select(Unit).where(Unit.name == name))
        assert unit is not None
        unit.name, unit.group = new_name, group
        uow.commit()


def _printed_entries(db: Database) -> list[dict[str, object]]:
    with db.read() as s:
        return [dict(a.after or {}) for a in s.scalars(select(AuditEntry).where(AuditEntry.action == "打印"))]


def test_sealed_reprint_is_the_kept_copy_and_unlock_builds_afresh(db: Database) -> None:
    _seed(db)
    numbering.take_number(db, *NOTICE, "紫发", dt.date(2025, 3, 1))
    first = _notice(db)
    assert first.issued == ("award-notice", "2024") and not first.archived and "紫发〔2025〕1号" in _text(first.pdf)
    assert numbering.reprint_copy(db, *NOTICE) is None  # a preview alone keeps nothing
    documents.record_printed(db, first, "PDF文件", "通报.pdf")  # the first copy that left the program
    assert _printed_entries(db)[-1]["文本"] == "首次印发，已存档"
    with db.read() as s:
        doc = s.scalar(select(IssuedDocument))
        assert doc is not None and doc.kept_pdf is not None
        assert zlib.decompress(doc.kept_pdf) == first.pdf and doc.kept_pages == first.pages

    _regroup(db, "2镇", "贰镇", "部门")
    again = _notice(db)
    assert again.pdf == first.pdf  # byte for byte what was issued
    assert again.archived.startswith("按印发存档的文本重印（") and again.archived.endswith("日存档）")
    assert "贰镇" not in _text(again.pdf) and "2镇" in _text(again.pdf)
    assert documents.kept_rendered(db, *NOTICE) is not None
    documents.record_printed(db, again, "打印机")
    assert _printed_entries(db)[-1]["文本"] == "存档文本"
    with pytest.raises(Exception, match="不能另存为 Word"):
        documents.save_docx(db, again, Path("x.docx"))

    seals.unlock(db, SealArea.RANKING, 2024, "单位改隶后重新生成")
    fresh = _notice(db)
    assert not fresh.archived and "贰镇" in _text(fresh.pdf) and "紫发〔2025〕1号" in _text(fresh.pdf)
    documents.record_printed(db, fresh, "打印机")  # the number's copy stays the one first issued
    seals.lock(db, SealArea.RANKING, 2024)
    assert _notice(db).pdf == first.pdf


def test_a_new_number_keeps_a_new_copy(db: Database) -> None:
    _seed(db)
    numbering.take_number(db, *NOTICE, "紫发", dt.date(2025, 3, 1))
    first = _notice(db)
    documents.record_printed(db, first, "PDF文件", "通报.pdf")
    _regroup(db, "2镇", "贰镇", "部门")
    seals.unlock(db, SealArea.RANKING, 2024, "改隶后重新印发")
    (old,) = registry.numbers(db, "紫发")
    registry.void(db, old.id, "改隶后重新印发")
    numbering.take_number(db, *NOTICE, "紫发", dt.date(2025, 4, 1))  # seals the year again, nothing kept yet
    second = _notice(db)
    assert not second.archived and "紫发〔2025〕2号" in _text(second.pdf) and "贰镇" in _text(second.pdf)
    documents.record_printed(db, second, "PDF文件", "通报.pdf")
    _regroup(db, "贰镇", "二镇", "镇")
    reprint = _notice(db)
    assert reprint.archived and reprint.pdf == second.pdf


def test_a_draft_is_never_kept(db: Database) -> None:
    _seed(db)
    draft = _notice(db)
    documents.record_printed(db, draft, "打印机")
    numbering.take_number(db, *NOTICE, "紫发")
    assert not numbering.keep_copy(db, *NOTICE, draft.pdf, draft.pages, draft.doc_number)  # not its number
    with db.read() as s:
        assert s.scalar(select(IssuedDocument.kept_at)) is None


def test_cli_reprints_the_kept_copy(db: Database, db_url: str, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    _seed(db)
    first, second, third = tmp_path / "1.pdf", tmp_path / "2.pdf", tmp_path / "3.pdf"
    assert main(["--db", db_url, "print", "award-notice", "--year", "2024", "--take-number", "紫发",
                 "--written-date", "2025-03-01", "-o", str(first)]) == 0
    capsys.readouterr()
    _regroup(db, "2镇", "贰镇", "部门")
    assert main(["--db", db_url, "print", "award-notice", "--year", "2024", "-o", str(second)]) == 0
    err = capsys.readouterr().err
    assert "按印发存档的文本重印" in err and "已生成" in err
    assert second.read_bytes() == first.read_bytes()
    assert main(["--db", db_url, "number", "show", "award-notice", "2024", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["kept_at"]  # `number show` says when the copy was kept
    assert _printed_entries(db)[-1]["文本"] == "存档文本"
    assert main(["--db", db_url, "print", "award-notice", "--year", "2024", "-o", str(tmp_path / "x.docx")]) == 2
    assert "不能另存为 Word" in capsys.readouterr().err
    assert main(["--db", db_url, "seal", "unlock", "ranking", "2024", "--reason", "改隶"]) == 0
    assert main(["--db", db_url, "print", "award-notice", "--year", "2024", "-o", str(third)]) == 0
    assert "存档" not in capsys.readouterr().err
    assert "贰镇" in _text(third.read_bytes()) and "贰镇" not in _text(first.read_bytes())


def test_the_decision_keeps_the_post_it_was_issued_with(db: Database, winners: dict[str, int]) -> None:  # noqa: F811
    """The 决定 prints each winner's current post: a later appointment does not change the sealed year's text."""
    numbering.take_number(db, "excellent-decision", 2025, written_date="2026-01-20")
    key = ("excellent-decision", 2025)

    def decision() -> Rendered:
        return documents.render_document(db, lambda d, _s: print_jobs.decision(d, 2025), None, "表彰决定", key)

    first = decision()
    assert "城关镇党委书记" in _text(first.pdf)
    documents.record_printed(db, first, "PDF文件", "决定.pdf")
    with db.uow("调整职务", Permission.ENTER) as uow:
        post = uow.session.scalar(select(Post).where(Post.cadre_id == winners["王建国"], Post.end_date.is_(None)))
        assert post is not None
        post.title = "党委副书记"
        uow.commit()
    again = decision()
    assert again.archived and again.pdf == first.pdf and again.title == first.title
    seals.unlock(db, SealArea.EXCELLENT, 2025, "更正职务")
    assert "城关镇党委副书记" in _text(decision().pdf)


@pytest.mark.parametrize("damage", ["content", "packing"])
def test_a_damaged_copy_is_refused_in_chinese(db: Database, damage: str) -> None:
    _seed(db)
    numbering.take_number(db, *NOTICE, "紫发", dt.date(2025, 3, 1))
    documents.record_printed(db, _notice(db), "PDF文件", "通报.pdf")
    with db.engine.begin() as con:  # a page of the file went bad: what is kept is no longer what was issued
        packed = con.execute(select(IssuedDocument.kept_pdf)).scalar_one() or b""
        bad = zlib.compress(b"%PDF-1.4 changed") if damage == "content" else packed[:20] + b"\x00" * 20
        con.execute(IssuedDocument.__table__.update().values(kept_pdf=bad))  # type: ignore[attr-defined]
    with pytest.raises(UserError, match="存档文本已损坏"):
        _notice(db)


@pytest.mark.sqlite_only  # 检查数据库 checks a file
def test_checking_the_database_names_a_damaged_copy(db: Database, tmp_path: Path) -> None:
    """检查数据库 finds a kept copy that no longer matches its checksum before a sealed reprint needs it."""
    from tests.test_integrity import closed_copy
    from zydesk.storage.integrity import check_file

    _seed(db)
    numbering.take_number(db, *NOTICE, "紫发", dt.date(2025, 3, 1))
    documents.record_printed(db, _notice(db), "PDF文件", "通报.pdf")
    assert not [p for p in check_file(closed_copy(db, tmp_path / "whole.sqlite")) if p.kind == "kept_copy"]
    with db.engine.begin() as con:
        con.execute(IssuedDocument.__table__.update().values(  # type: ignore[attr-defined]
            kept_pdf=zlib.compress(b"%PDF-1.4 changed")))
    found = [p for p in check_file(closed_copy(db, tmp_path / "damaged.sqlite")) if p.kind == "kept_copy"]
    assert len(found) == 1 and "紫发〔2025〕1号的印发存档文本已损坏" in found[0].message
