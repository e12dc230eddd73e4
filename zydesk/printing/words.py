"""Where a 公文 title may break: between two words, never inside one (“领导干 / 部”, “2025年 / 度”).

Words come from the jieba segmenter, and the county's own terms in db/reference/title_words.txt (organ
names, 党政干部, 敢担当、善作为, （试行）…) are kept whole on top of it. jieba is loaded on the first title
that needs more than one line: its prefix dictionary is built in memory here, so nothing is logged to
standard error and no cache file is written to the system temporary folder.
"""
from __future__ import annotations

import logging
import threading
import warnings
from functools import cache
from pathlib import Path
from typing import Any

from zydesk import paths

WORD_LIST = "title_words.txt"  # under db/reference/
_lock = threading.Lock()
_segmenter: Any = None


@cache
def terms() -> tuple[str, ...]:
    """The terms of the word list, longest first."""
    text = (paths.db_dir() / "reference" / WORD_LIST).read_text(encoding="utf-8")
    found = {ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")}
    return tuple(sorted(found, key=lambda t: (-len(t), t)))


def _han(term: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in term)


def segmenter() -> Any:
    """The jieba tokenizer with the word list added, built once per process (about half a second)."""
    global _segmenter
    with _lock:
        if _segmenter is None:
            with warnings.catch_warnings():  # jieba imports pkg_resources, deprecated in newer setuptools
                warnings.simplefilter("ignore")
                import jieba

            logging.getLogger("jieba").setLevel(logging.WARNING)
            # the dictionary by its path beside the module (where the PyInstaller spec puts it too), not
            # through pkg_resources
            tok = jieba.Tokenizer(str(Path(jieba.__file__).parent / "dict.txt"))
            # what Tokenizer.initialize() does, without its log lines and its cache file in the temp folder
            tok.FREQ, tok.total = tok.gen_pfdict(tok.get_dict_file())
            tok.initialized = True
            for term in terms():
                if _han(term):  # jieba cuts at punctuation anyway; those terms are kept whole below
                    tok.add_word(term)
            _segmenter = tok
        return _segmenter


def words(text: str) -> list[str]:
    """text cut into words (jieba, precise mode); the pieces join back to text."""
    return [str(w) for w in segmenter().cut(text, HMM=True)]


def term_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of a term of the word list in text."""
    spans = []
    for term in terms():
        start = text.find(term)
        while start >= 0:
            spans.append((start, start + len(term)))
            start = text.find(term, start + 1)
    return spans


def word_breaks(text: str) -> set[int]:
    """Positions 0 < i < len(text) between two words: jieba's cuts, less those inside a term."""
    cuts: set[int] = set()
    i = 0
    for w in words(text):
        i += len(w)
        cuts.add(i)
    cuts.discard(len(text))
    for start, end in term_spans(text):
        cuts.difference_update(range(start + 1, end))
    return cuts


def splits_term(text: str, i: int) -> str | None:
    """The term of the word list a line break at i would cut in two, if any."""
    for start, end in term_spans(text):
        if start < i < end:
            return text[start:end]
    return None


__all__ = ["WORD_LIST", "segmenter", "splits_term", "term_spans", "terms", "word_breaks", "words"]
