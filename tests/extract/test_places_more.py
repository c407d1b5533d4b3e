"""Place mentions, more rules: lists of counties and cities, ships named like places, Hangul city names."""

from __future__ import annotations

import pytest

from claimline.extract.places import find_places


def places(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.code) for m in find_places(text)]


# A list of counties or cities names each of them, and each lies in one province.


def test_list_of_counties_names_each_county() -> None:
    assert places("Floods hit Musan, Hoeryong and Onsong counties.") == [
        ("Musan", "KP-09"),
        ("Hoeryong", "KP-09"),
        ("Onsong", "KP-09"),
    ]


def test_list_of_cities_names_each_city_before_or_after_the_noun() -> None:
    assert places("the cities of Hyesan and Samjiyon") == [("Hyesan", "KP-10"), ("Samjiyon", "KP-10")]
    assert places("Hyesan and Sinuiju cities") == [("Hyesan", "KP-10"), ("Sinuiju", "KP-03")]


def test_list_of_provinces_is_still_no_single_place() -> None:
    assert places("Floods hit North Pyongan and Jagang provinces.") == []
    assert places("Rain fell in Pyongan and Hwanghae provinces.") == []
    assert places("Kangwon, Jagang and Ryanggang provinces") == []


def test_city_before_a_plural_of_provinces_is_no_single_place() -> None:
    assert places("Hyesan and Jagang provinces") == []


def test_list_of_unknown_localities_is_still_skipped() -> None:
    text = "In Hoeryong, floods hit Sobu-ri, Tongmun-dong and Yuson districts."
    assert places(text) == [("Hoeryong", "KP-09")]


# A ship or vessel named like a place is no place.


@pytest.mark.parametrize(
    "text",
    [
        "the ship Saebyol",
        "The vessel Chongjin docked at Dalian.",
        "the cargo vessel Hyesan",
        "a tanker Sinuiju",
        "a vessel named Chongjin",
        'boats named "Hyesan"',
        "a ship called the Chongjin",
        "the Hyesan-ho sailed",
    ],
)
def test_ship_named_like_a_place_is_no_place(text: str) -> None:
    assert places(text) == []


def test_places_near_ships_still_count() -> None:
    assert places("ships from Nampo") == [("Nampo", "KP-02")]
    assert places("the ship left Nampo for Chongjin") == [("Nampo", "KP-02"), ("Chongjin", "KP-09")]
    assert places("a Nampo ship") == [("Nampo", "KP-02")]


def test_province_after_a_plural_of_ships_is_the_state_acting() -> None:
    assert places("the ships Pyongyang sent") == [("Pyongyang", "KP-01")]
