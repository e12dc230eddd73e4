"""公民身份号码 (GB 11643-1999): 18 characters, ISO 7064 MOD 11-2 check digit, birth date inside."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

_SHAPE = re.compile(r"[0-9]{17}[0-9X]")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


class IdNumberError(ValueError):
    """Message is in Chinese, for the clerk."""


@dataclass(frozen=True)
class IdNumberInfo:
    number: str  # normalised: upper-case X
    birth_date: dt.date
    gender: str  # 男 / 女


def check_digit(first17: str) -> str:
    return _CHECK[sum(int(c) * w for c, w in zip(first17, _WEIGHTS)) % 11]


def parse_id_number(raw: str) -> IdNumberInfo:
    # NFKC turns full-width digits and Ｘ (typed with a Chinese input method) into ASCII.
    number = unicodedata.normalize("NFKC", raw or "").strip().upper()
    if len(number) != 18:
        raise IdNumberError(f"公民身份号码应为18位，实为{len(number)}位")
    if not _SHAPE.fullmatch(number):
        raise IdNumberError("公民身份号码前17位应为数字，末位为数字或X")
    try:
        birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise IdNumberError(f"公民身份号码中的出生日期 {number[6:14]} 不是有效日期") from None
    if birth.year < 1900 or birth > dt.date.today():
        raise IdNumberError(f"公民身份号码中的出生日期 {birth.isoformat()} 不合理")
    expected = check_digit(number[:17])
    if number[17] != expected:
        raise IdNumberError(f"公民身份号码校验位错误（末位应为 {expected}）")
    return IdNumberInfo(number, birth, "男" if int(number[16]) % 2 else "女")


def make_id_number(region: str, birth: dt.date, seq: int, male: bool) -> str:
    """Build a valid number (demo data and tests). seq: 0–99, the gender digit is added."""
    body = f"{region}{birth:%Y%m%d}{seq % 100:02d}{(seq % 5) * 2 + (1 if male else 0)}"
    return body + check_digit(body)


def mask(number: str) -> str:
    """610924********1234 — views show this; only the edit form shows the whole number."""
    return number[:6] + "*" * 8 + number[14:] if len(number) == 18 else number
