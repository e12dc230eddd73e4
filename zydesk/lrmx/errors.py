"""Refusals of a `.lrmx` file, in Chinese, naming the file and the element. Nothing is written after one."""

from __future__ import annotations

from zydesk.errors import UserError
from zydesk.lrmx.model import CAPTIONS


def element_label(tag: str) -> str:
    """«出生年月»（ChuShengNianYue） — the box on the form and the element in the file."""
    caption = CAPTIONS.get(tag)
    return f"«{caption}»（{tag}）" if caption else f"<{tag}>"


class LrmxError(UserError):
    """A file that cannot be read as a 干部任免审批表."""

    def __init__(self, message: str, source: str = "") -> None:
        self.message = message
        self.source = source
        super().__init__(f"{source}：{message}" if source else message)

    def in_file(self, source: str) -> LrmxError:
        """The same refusal naming the file it came from."""
        err = type(self).__new__(type(self))
        LrmxError.__init__(err, self.message, source)
        return err


class NotLrmx(LrmxError):
    """Not XML, not a <Person> root, unknown text encoding, too large, a DTD or entity declaration."""


class BadElement(LrmxError):
    """An element whose value the form cannot hold (a date that is no date, a photo that is no JPEG)."""

    def __init__(self, tag: str, problem: str, source: str = "") -> None:
        self.tag = tag
        super().__init__(f"{element_label(tag)}{problem}", source)

    def in_file(self, source: str) -> LrmxError:
        err = BadElement.__new__(BadElement)
        err.tag = self.tag
        LrmxError.__init__(err, self.message, source)
        return err
