"""The gazetteer file: aliases with province codes, and the lookup by folded name."""

from __future__ import annotations

import pytest

from claimline.geo import PROVINCES
from claimline.geo.gazetteer import KINDS, load_gazetteer, load_spellings, name_key


def test_rows_are_well_formed() -> None:
    gazetteer = load_gazetteer()
    assert len(gazetteer.entries) > 300
    for entry in gazetteer.entries:
        assert entry.code in PROVINCES
        assert entry.kind in KINDS
        assert entry.source in {"natural-earth", "geonames", "manual"}
        assert entry.name.strip() == entry.name != ""


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Hyesan", "KP-10"),
        ("Sinuiju", "KP-03"),
        ("Sinŭiju", "KP-03"),
        ("Kaesong", "KP-06"),
        ("Nampo", "KP-02"),
        ("Namp'o", "KP-02"),
        ("P'yŏngan-bukto", "KP-03"),
        ("Pyeonganbuk-do", "KP-03"),
        ("Yangkang", "KP-10"),
        ("평안북도", "KP-03"),
        ("Hamhung", "KP-08"),
        ("Chongjin", "KP-09"),
        ("Rajin", "KP-13"),
    ],
)
def test_known_names_resolve(name: str, code: str) -> None:
    assert load_gazetteer().code_for(name) == code


def test_unknown_and_foreign_names_do_not_resolve() -> None:
    gazetteer = load_gazetteer()
    for name in ("Dandong", "Seoul", "Yanji", "Satan", "Hwasong", "North Korea"):
        assert gazetteer.code_for(name) is None


def test_name_key_ignores_case_marks_and_separators() -> None:
    assert name_key("P’yŏngan-pukto") == name_key("pyongan pukto") == "pyonganpukto"


def test_generated_spellings_are_new_keys_of_one_province_each() -> None:
    spellings = load_spellings()
    known = {name_key(e.name) for e in load_gazetteer().entries}
    assert len(spellings) > 1000
    assert len({s.key for s in spellings}) == len(spellings)
    for s in spellings:
        assert s.key == name_key(s.key) and s.key not in known
        assert s.code in PROVINCES and s.kind in KINDS and s.rule in {"romanization", "typo"}
        assert load_gazetteer().code_for(s.of) == s.code
