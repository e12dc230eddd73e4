import datetime as dt

import pytest

from zydesk.core.idnumber import IdNumberError, check_digit, mask, parse_id_number

# A number built by the GB 11643 rule: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, mod 11 → 10X98765432.
GOOD = "61092419800517001" + check_digit("61092419800517001")


def test_good_number_gives_birth_date_and_gender() -> None:
    info = parse_id_number(GOOD)
    assert info.birth_date == dt.date(1980, 5, 17)
    assert info.gender == "男"  # 17th digit 1 is odd


def test_known_public_example_check_digit() -> None:
    # The standard's worked example: 11010519491231002X
    assert check_digit("11010519491231002") == "X"
    assert parse_id_number("11010519491231002X").gender == "女"


def test_lower_case_x_is_accepted_and_normalised() -> None:
    assert parse_id_number("11010519491231002x").number == "11010519491231002X"


def test_bad_check_digit() -> None:
    wrong = GOOD[:17] + ("0" if GOOD[17] != "0" else "1")
    with pytest.raises(IdNumberError, match="校验位"):
        parse_id_number(wrong)


@pytest.mark.parametrize("body", ["61092419800230001", "61092419801301001", "61092430000101001"])
def test_bad_birth_date(body: str) -> None:
    with pytest.raises(IdNumberError, match="出生日期"):
        parse_id_number(body + check_digit(body))


@pytest.mark.parametrize("raw", ["", "6109241980051700", "61092419800517001XX", "6109241980051700A1"])
def test_bad_shape(raw: str) -> None:
    with pytest.raises(IdNumberError):
        parse_id_number(raw)


def test_mask_keeps_region_and_last_four() -> None:
    assert mask("610924198005171234") == "610924********1234"


def test_full_width_digits_are_normalised_to_ascii() -> None:
    full = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else "Ｘ" for c in "11010519491231002X")
    assert parse_id_number(full).number == "11010519491231002X"


def test_other_digit_scripts_are_refused() -> None:
    with pytest.raises(IdNumberError, match="前17位"):
        parse_id_number("١١٠١٠٥١٩٤٩١٢٣١٠٠٢X")  # Arabic-Indic digits pass str.isdigit(), not the standard
