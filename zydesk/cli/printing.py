"""zydesk print FORM [参数] -o OUT.pdf (or OUT.docx / --docx: an editable Word copy of a 公文), and
zydesk print --list."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from zydesk.cli.common import CliContext
from zydesk.core.security.roles import Permission
from zydesk.errors import UserError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "print", help="打印公文和表格为 PDF", add_help=False,
        description="把公文或表格打印为 PDF（GB/T 9704-2012 格式）。\n"
                    "公文也可另存为可编辑的 Word 文档（-o 文件.docx 或 --docx），以 PDF 为准。\n"
                    "例：zydesk print notice --sample -o 通知.pdf\n"
                    "    zydesk print notice --sample -o 通知.docx   可编辑的 Word 文档\n"
                    "    zydesk print --list          列出全部表单及其参数\n"
                    "    zydesk print 表单名 -h        查看某个表单的参数",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    p.add_argument("--list", action="store_true", help="列出可打印的表单及其参数")
    p.add_argument("-o", "--output", metavar="文件.pdf", default=None, help="输出的 PDF 文件（也可写在表单名之后）")
    p.add_argument("--docx", action="store_true", help="公文另存为可编辑的 Word 文档（.docx）")
    p.add_argument("form", nargs="?", metavar="表单", help="表单名（见 --list）")
    p.add_argument("params", nargs=argparse.REMAINDER, metavar="参数", help="表单的参数和 -o 输出文件")
    p.set_defaults(handler=run_print)


def _form_parser(form: Any) -> argparse.ArgumentParser:
    from zydesk.cli.main import Parser

    fp = Parser(prog=f"zydesk print {form.name}", description=form.title, add_help=False)
    fp.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    fp.add_argument("-o", "--output", metavar="文件.pdf", default=None,
                    help="输出的 PDF 文件（必填）；以 .docx 结尾时公文另存为 Word 文档")
    fp.add_argument("--docx", action="store_true", help="公文另存为可编辑的 Word 文档（.docx）")
    fp.add_argument("--db", metavar="路径或URL", default=None, help="数据库文件路径或URL")
    for prm in form.params:
        flag = "--" + prm.name.replace("_", "-")
        if prm.many:
            fp.add_argument(prm.name, nargs="+", type=prm.type, metavar=prm.label, help=prm.help or prm.label)
        elif prm.type is bool:
            fp.add_argument(flag, dest=prm.name, action="store_true", help=prm.label)
        else:
            fp.add_argument(flag, dest=prm.name, type=prm.type, default=prm.default, metavar=prm.label,
                            help=prm.help or prm.label)
    from zydesk.services.numbering import NUMBERED

    spec = NUMBERED.get(form.name)
    if spec is not None:  # 编号 before printing: the number, 成文日期 and 签发人 are stored with the document
        fp.add_argument("--take-number", metavar="代字", nargs="?", const="", default=None,
                        help=f"先编号（发文机关代字，默认{spec.prefix or '主办单位'}；已编过的沿用原号）")
        fp.add_argument("--written-date", metavar="YYYY-MM-DD", default=None, help="编号时的成文日期（默认今天）")
        if spec.signer and not any(p.name == "issuer" for p in form.params):
            fp.add_argument("--issuer", metavar="姓名", default="", help="编号时的签发人")
    return fp


def list_forms() -> str:
    from zydesk.printing import catalog
    from zydesk.services.numbering import NUMBERED

    out = []
    for name, form in sorted(catalog.load_all().items()):
        out.append(f"{name}\t{form.title}")
        for prm in form.params:
            kind = "" if prm.type is bool else f" <{prm.label}>"
            if prm.many:
                out.append(f"    <{prm.label}>…{'（必填）' if prm.required else ''}")
                continue
            req = "（必填）" if prm.required else ""
            extra = f"  {prm.help}" if prm.help and prm.help != prm.label else ""
            default = f"  默认 {prm.default}" if prm.default not in (None, "", False) else ""
            out.append(f"    --{prm.name.replace('_', '-')}{kind}{req}{extra}{default}")
        if name in NUMBERED:
            out.append("    --take-number [<代字>]  先编号（文号连同成文日期存档，重印沿用原号）  --written-date <成文日期>"
                       + ("  --issuer <签发人>" if NUMBERED[name].signer else ""))
    return "\n".join(out)


def run_print(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.printing import catalog

    if args.list:
        print(list_forms())
        return 0
    if not args.form:
        raise UserError("请指定表单名，例如：zydesk print notice --sample -o 通知.pdf（--list 查看全部）")
    form = catalog.get(args.form)
    ns = _form_parser(form).parse_args(args.params)
    output = ns.output or args.output
    if not output:
        raise UserError(f"请用 -o 指定输出的 PDF 文件，例如：zydesk print {form.name} … -o 输出.pdf")
    word = args.docx or ns.docx or output.lower().endswith(".docx")
    if word and not output.lower().endswith(".docx"):
        output = str(Path(output).with_suffix(".docx"))
    if word and form.saves:
        raise UserError(f"“{form.title}”不是公文，只能打印为 PDF。")
    if ns.db is not None:  # --db written after the form name
        ctx.reopen(ns.db)
    params = {prm.name: getattr(ns, prm.name) for prm in form.params}
    if getattr(ns, "take_number", None) is not None:
        _take_number(ctx, form.name, params, ns)
    if form.saves:
        params["output"] = output
    db = None
    if form.needs_db:
        db = ctx.db
        db.require(Permission.PRINT)
        _apply_font_settings(db)
    elif _existing_database(ctx.url):  # the clerk's font choices live in the database, if there is one
        _apply_font_settings(ctx.db)
    issued = _issued_key(form, params) if db is not None else None
    if issued is not None and db is not None:  # a sealed year reprints the copy kept when it was issued
        from zydesk.services.documents import kept_rendered

        kept = kept_rendered(db, *issued, form.title)
        if kept is not None:
            return _write_kept(db, kept, output, word)
    if word:
        return _save_word(form, db, catalog.build(form.name, db, params), output)
    from zydesk.printing import render

    rendered = render(catalog.build(form.name, db, params))
    rendered.issued = issued  # its first print under the number is kept
    substitutes = _font_warning()
    if substitutes:
        print("提示：" + substitutes, file=sys.stderr)
    if rendered.warning():
        print("警告：" + rendered.warning(), file=sys.stderr)
    if not form.saves:
        rendered.save(output)
        if db is not None:  # a document made from the database's records: in its audit trail
            from zydesk.services.documents import record_printed

            rendered.title = rendered.title or form.title
            record_printed(db, rendered, "PDF文件", output)
    print(f"已生成 {output}（{rendered.pages} 页）", file=sys.stderr)
    return 0


def _issued_key(form: Any, params: dict[str, Any]) -> tuple[str, str] | None:
    """(form, key) of a document printed under its registered 文号 (not one typed with --number)."""
    from zydesk.services.numbering import NUMBERED

    spec = NUMBERED.get(form.name)
    if spec is None or params.get("number") or params.get(spec.param) in (None, ""):
        return None
    return form.name, str(params[spec.param])


def _write_kept(db: Any, kept: Any, output: str, word: bool) -> int:
    """The kept copy to the output file (through a partial file), audited as a reprint of 存档文本."""
    from zydesk.services.documents import KEPT_NO_WORD, record_printed
    from zydesk.tempfiles import output_target

    if word:
        raise UserError(KEPT_NO_WORD)
    kept.save(output_target(output))  # whole or not at all
    record_printed(db, kept, "PDF文件", output)
    print(f"{kept.archived}：{kept.doc_number}所在年度已封存，写出的是印发时存档的文本。", file=sys.stderr)
    print(f"已生成 {output}（{kept.pages} 页）", file=sys.stderr)
    return 0


def _save_word(form: Any, db: Any, doc: Any, output: str) -> int:
    """The 公文 as an editable .docx; made from the database's records it is audited like a saved PDF."""
    from zydesk.services import documents

    if db is not None:
        documents.save_docx(db, doc, output)
    else:
        documents.docx_to_file(doc, output)
    print(f"已生成 {output}（可编辑的 Word 文档，正式文本以 PDF 为准）", file=sys.stderr)
    return 0


def _take_number(ctx: CliContext, kind: str, params: dict[str, Any], ns: argparse.Namespace) -> None:
    from zydesk.services import numbering

    spec = numbering.kind_of(kind)
    key = params.get(spec.param)
    if key in (None, ""):
        raise UserError(f"编号须指定 --{spec.param}")
    view, fresh = numbering.take_number(ctx.db, kind, key, ns.take_number or None, ns.written_date,
                                        str(getattr(ns, "issuer", "") or ""))
    print(("已编发文号 " if fresh else "该文件已有文号，沿用 ") + view.number, file=sys.stderr)


def _font_warning() -> str:
    """仿宋/黑体/楷体/小标宋 missing on this PC: which face printed instead (never silent)."""
    from zydesk.printing import fonts

    return fonts.current().substitute_warning()


def _apply_font_settings(db: Any) -> None:
    from zydesk.printing import font_choice

    font_choice.apply(db)


def _existing_database(url: str) -> bool:
    from zydesk.storage.engine import sqlite_path

    path = sqlite_path(url)
    return path is not None and path.is_file()
