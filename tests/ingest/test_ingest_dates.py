"""Publication dates in common formats, with their precision."""

from datetime import date, datetime

import pytest

from claimline.ingest.dates import parse_published


@pytest.mark.parametrize(
    ("value", "expected", "precision"),
    [
        ("2018-10-04", date(2018, 10, 4), "day"),
        ("October 4, 2018", date(2018, 10, 4), "day"),
        ("Thursday, 4 October 2018", date(2018, 10, 4), "day"),
        ("2018/10/04", date(2018, 10, 4), "day"),
        ("2018.10.04", date(2018, 10, 4), "day"),
        ("04.10.2018", date(2018, 10, 4), "day"),
        ("2018-10-04T23:30:00+09:00", date(2018, 10, 4), "day"),
        ("2013-12-09 19:15", date(2013, 12, 9), "day"),
        ("2018년 10월 4일", date(2018, 10, 4), "day"),
        ("2018-10", date(2018, 10, 1), "month"),
        ("Oct 2018", date(2018, 10, 1), "month"),
        ("2018년 10월", date(2018, 10, 1), "month"),
        ("2018", date(2018, 1, 1), "year"),
        (2018, date(2018, 1, 1), "year"),
        (date(2018, 10, 4), date(2018, 10, 4), "day"),
        (datetime(2018, 10, 4, 9, 0), date(2018, 10, 4), "day"),
    ],
)
def test_parse_published(value: object, expected: date, precision: str) -> None:
    published = parse_published(value)
    assert published is not None
    assert (published.value, published.precision) == (expected, precision)


@pytest.mark.parametrize("value", [None, "", "unknown", "Monday", "2018-13", "31.02.2018", True])
def test_not_a_date(value: object) -> None:
    assert parse_published(value) is None
