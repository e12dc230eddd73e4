"""The crash log: what an internal error leaves for whoever looks into it. A traceback can quote data
(an ID number in a value or a message): every 18-character ID number is masked before it is written."""
from __future__ import annotations

import datetime as dt
import os
import re
import uuid
from pathlib import Path

from zydesk import paths
from zydesk.core.idnumber import mask

# 17 digits and a digit or X, not part of a longer run of digits
ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")


def mask_id_numbers(text: str) -> str:
    """610924********123X for every ID number in the text."""
    return ID_NUMBER.sub(lambda m: mask(m.group(0)), text)


def write_crash_log(text: str) -> Path:
    """A new file per failure: the time, the process id and a random part keep two crashes apart, and
    the file is created exclusively, so one never overwrites another."""
    folder = paths.log_dir()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    body = mask_id_numbers(text)
    while True:
        path = folder / f"error-{stamp}-{os.getpid()}-{uuid.uuid4().hex[:6]}.log"
        try:
            with path.open("x", encoding="utf-8") as fh:
                fh.write(body)
            return path
        except FileExistsError:
            continue


def mask_log_records() -> None:
    """Every log record's message with its ID numbers masked, whatever handler writes it (installed once
    at start-up by the CLI and the window)."""
    import logging

    old = logging.getLogRecordFactory()
    if getattr(old, "masks_id_numbers", False):
        return

    def factory(*args: object, **kwargs: object) -> logging.LogRecord:
        record = old(*args, **kwargs)
        text = record.getMessage()
        masked = mask_id_numbers(text)
        if masked != text:
            record.msg, record.args = masked, ()
        return record

    factory.masks_id_numbers = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)
