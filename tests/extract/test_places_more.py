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


# Hangul city and county names with 시/군/구역 resolve to the province of their romanization.


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("혜산시에서 장마당 단속이", "혜산시", "KP-10"),
        ("회령군 주민들", "회령군", "KP-09"),
        ("무산군 광산", "무산군", "KP-09"),
        ("삼지연시 건설", "삼지연시", "KP-10"),
        ("강계시에서", "강계시", "KP-04"),
        ("원산시 해안", "원산시", "KP-07"),
        ("함흥시의 공장", "함흥시", "KP-08"),
        ("사리원시", "사리원시", "KP-06"),
        ("해주시", "해주시", "KP-05"),
        ("평성시 시장", "평성시", "KP-02"),
        ("신의주시", "신의주시", "KP-03"),
    ],
)
def test_hangul_city_or_county_with_its_suffix(text: str, mention: str, code: str) -> None:
    assert places(text) == [(mention, code)]


def test_hangul_district_after_its_city_takes_the_city_province() -> None:
    assert places("평양시 중구역에 사는 주민") == [("평양시", "KP-01"), ("중구역", "KP-01")]
    assert places("양강도 혜산시 혜화동 주민") == [
        ("양강도", "KP-10"),
        ("혜산시", "KP-10"),
        ("혜화동", "KP-10"),
    ]


def test_hangul_words_that_contain_a_city_name_are_no_place() -> None:
    assert places("원산지 표시") == []  # 원산지 "origin", not Wonsan
    assert places("중구역 주민") == []  # a district with no city before it
    assert places("평양시 주민동원에") == [("평양시", "KP-01")]  # 주민동원 "mobilization" is no village


def test_hangul_south_korean_namesake_is_not_added() -> None:
    assert places("순천시") == []  # Suncheon in South Jeolla; the northern Sunchon is written in Latin here


@pytest.mark.parametrize(("text", "code"), [
    ("Traders at the Sapo market said", "KP-08"),  # a district of Hamhung
    ("in Wiyon-dong, across the river from Changbai", "KP-10"),  # a neighbourhood of Hyesan
    ("a new launch pad at Sohae", "KP-03"),
    ("students of Kim Il-Sung University", "KP-01"),
])
def test_city_districts_and_known_sites_take_their_province(text: str, code: str) -> None:
    assert [c for _, c in places(text)] == [code]


def test_a_hangul_gloss_after_a_place_is_that_place_again() -> None:
    assert places("students from Haeju (해주) and Sinchon (신천) were sent") == [
        ("Haeju", "KP-05"), ("해주", "KP-05"), ("Sinchon", "KP-05"), ("신천", "KP-05")]


@pytest.mark.parametrize(("text", "code"), [
    ("farms in Hamju County", "KP-08"),
    ("in Sukchon County", "KP-02"),
    ("Chosan county on the Yalu", "KP-04"),  # not the small Chosan in South Pyongan that GeoNames also lists
    ("the Musudan launch site", "KP-09"),
    ("a resident of Yongchon county", "KP-03"),
    ("artillery on Jangsan Cape", "KP-05"),
])
def test_counties_outside_geonames_cities_take_their_province(text: str, code: str) -> None:
    assert [c for _, c in places(text)] == [code]


# Other spellings generated from the gazetteer (geodata/spellings.py): romanizations and typos.


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ganggye", "KP-04"),  # Revised Romanization
        ("Dancheon", "KP-08"),
        ("Hoiryeong", "KP-09"),  # an older vowel with a Revised one
        ("South Pyongyang Province", "KP-02"),  # the province confused with the capital
        ("Hysean", "KP-10"),  # two letters transposed
    ],
)
def test_other_spellings_of_a_gazetteer_name(text: str, code: str) -> None:
    assert places(f"Traders in {text} said so.") == [(text, code)]


def test_a_southern_city_is_no_spelling_of_a_northern_one() -> None:
    assert places("Traders in Suncheon said so.") == []


# A named site the gazetteer lacks, attached to a place it knows.


def test_a_named_site_in_a_city_is_a_mention_of_that_city() -> None:
    assert places("the Pongsu Mine in Tanchon") == [("Pongsu Mine", "KP-08"), ("Tanchon", "KP-08")]


def test_a_named_site_area_in_a_province() -> None:
    assert places("the Talgol Coal Mine area in South Pyongan Province")[0] == ("Talgol Coal Mine", "KP-02")


def test_a_site_named_after_the_place_before_it_is_one_mention() -> None:
    assert places("the Hungnam Fertilizer Complex in Hamhung") == [("Hungnam", "KP-08"), ("Hamhung", "KP-08")]


def test_a_site_on_its_own_is_no_mention() -> None:
    assert places("the Pongsu Mine was closed") == []
