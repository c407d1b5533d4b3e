"""Place mentions: spellings, offsets, and the places that are not one North Korean province."""

from __future__ import annotations

import pytest

from claimline.extract.places import find_places


def places(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.code) for m in find_places(text)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("North Pyongan", "KP-03"),
        ("Pyongan North", "KP-03"),
        ("P'yŏngan-bukto", "KP-03"),
        ("P’yŏngan-pukto", "KP-03"),
        ("Pyongan-pukto", "KP-03"),
        ("North Phyongan", "KP-03"),
        ("Pyeonganbuk-do", "KP-03"),
        ("평안북도", "KP-03"),
        ("South Pyongan", "KP-02"),
        ("Jagang", "KP-04"),
        ("Chagang-do", "KP-04"),
        ("South Hwanghae", "KP-05"),
        ("North Hwanghae", "KP-06"),
        ("South Hamkyung", "KP-08"),
        ("Hamgyongbuk-do", "KP-09"),
        ("North Hamgyeong", "KP-09"),
        ("Yangkang", "KP-10"),
        ("Ryanggang", "KP-10"),
        ("Yanggang", "KP-10"),
        ("Ryangkang", "KP-10"),
        ("양강도", "KP-10"),
        ("Rason", "KP-13"),
        ("Pyongyang", "KP-01"),
    ],
)
def test_province_spellings(text: str, code: str) -> None:
    assert places(f"Sources in {text} said so.") == [(text, code)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a source in Ryanggang Province said", ("Ryanggang Province", "KP-10")),
        ("the North Hamgyong province committee", ("North Hamgyong province", "KP-09")),
        ("in Chagang-do Prov. last week", ("Chagang-do Prov.", "KP-04")),
        ("in North Hamgyong\nProvince, traders", ("North Hamgyong\nProvince", "KP-09")),
        ("a Hyesan-based source", ("Hyesan", "KP-10")),
        ("at Sinuiju Port on Monday", ("Sinuiju Port", "KP-03")),
        ("traders at Rason Market", ("Rason Market", "KP-13")),
        ("the Kaesong Industrial Complex reopened", ("Kaesong Industrial Complex", "KP-06")),
        ("near Mt. Paektu in winter", ("Mt. Paektu", "KP-10")),
        ("the port of Nampo", ("Nampo", "KP-02")),
        ("in Hoeryeong and Chongjin", ("Hoeryeong", "KP-09")),
    ],
)
def test_mention_spans(text: str, expected: tuple[str, str]) -> None:
    assert places(text)[0] == expected


def test_offsets_point_into_the_original_text() -> None:
    text = "Officials in P’yŏngyang and Ch’ŏngjin ordered it; 양강도에서도 then Hyesan."
    mentions = find_places(text)
    assert [m.code for m in mentions] == ["KP-01", "KP-09", "KP-10", "KP-10"]
    for m in mentions:
        assert text[m.start : m.end] == m.text


def test_combining_marks_keep_offsets() -> None:
    text = "From Pyo\u0306ngyang to Sinu\u0306iju."
    mentions = find_places(text)
    assert [(text[m.start : m.end], m.code) for m in mentions] == [
        ("Pyo\u0306ngyang", "KP-01"),
        ("Sinu\u0306iju", "KP-03"),
    ]


def test_pyongyang_is_kp01_even_for_the_government() -> None:
    assert places("Pyongyang said on Monday that talks had failed.") == [("Pyongyang", "KP-01")]


def test_north_korea_and_places_outside_it_are_skipped() -> None:
    text = "Traders from North Korea met in Dandong, Yanji, Changbai, Hunchun, Shenyang and Seoul."
    assert places(text) == []


def test_two_provinces_in_one_phrase_are_skipped() -> None:
    assert places("Floods hit North Pyongan and Jagang provinces.") == []
    assert places("Both North and South Hamgyong provinces reported it.") == []
    assert places("Rain fell in Pyongan and Hwanghae provinces.") == []


def test_two_provinces_named_separately_count() -> None:
    text = "North Pyongan Province and South Pyongan Province both"
    assert places(text) == [("North Pyongan Province", "KP-03"), ("South Pyongan Province", "KP-02")]


def test_south_korean_gangwon_is_not_kangwon() -> None:
    assert places("Snow fell in Gangwon Province, South Korea, on Sunday.") == []
    assert places("South Korea's Gangwon Province hosted the games.") == []
    assert places("Soldiers in North Korea's Kangwon Province said") == [("Kangwon Province", "KP-07")]
    assert places("A source in Kangwon Province told us") == [("Kangwon Province", "KP-07")]


def test_city_stands_for_its_province() -> None:
    assert places("Hyesan, Sinuiju, Kanggye, Hamhung, Wonsan, Haeju, Sariwon") == [
        ("Hyesan", "KP-10"),
        ("Sinuiju", "KP-03"),
        ("Kanggye", "KP-04"),
        ("Hamhung", "KP-08"),
        ("Wonsan", "KP-07"),
        ("Haeju", "KP-05"),
        ("Sariwon", "KP-06"),
    ]


def test_lowercase_words_and_railway_lines_are_not_places() -> None:
    assert places("the manpo trade and the Manpo Line railway") == []


def test_weapon_names_are_not_places() -> None:
    assert places("It launched a Hwasong-17 missile from a Sinpo-class submarine.") == []


def test_unknown_locality_takes_the_province_it_is_attached_to() -> None:
    text = "Houses in Sodu-ri, Hyesan were lost; the Pado District of Hyesan City too."
    assert places(text) == [
        ("Sodu-ri", "KP-10"),
        ("Hyesan", "KP-10"),
        ("Pado District", "KP-10"),
        ("Hyesan City", "KP-10"),
    ]


def test_unknown_foreign_county_is_not_a_place() -> None:
    assert places("Hyesan faces Changbai County across the river.") == [("Hyesan", "KP-10")]


def test_empty_text() -> None:
    assert find_places("") == []


def test_market_named_with_its_city() -> None:
    assert places("prices at the Hyesan market rose") == [("Hyesan market", "KP-10")]


def test_list_of_localities_with_a_plural_noun_is_skipped() -> None:
    text = "In Hoeryong, floods hit Sobu-ri, Tongmun-dong and Yuson districts."
    assert places(text) == [("Hoeryong", "KP-09")]


def test_plural_noun_later_in_the_sentence_does_not_skip_a_place() -> None:
    assert places("Hyesan, where officials from three provinces met") == [("Hyesan", "KP-10")]
