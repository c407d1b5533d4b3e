"""Province outlines and the point-to-province lookup built from geodata/."""

from __future__ import annotations

import pytest
import shapely

from claimline.geo import PROVINCES
from claimline.geo.shapes import load_neighbours, load_provinces, province_at

# GeoNames coordinates (lon, lat) of cities whose province the annotation guide fixes.
CITIES = {
    "Hyesan": ((128.17778, 41.40167), "KP-10"),
    "Sinuiju": ((124.39806, 40.10056), "KP-03"),
    "Kaesong": ((126.55444, 37.97083), "KP-06"),
    "Nampo": ((125.40778, 38.7375), "KP-02"),
    "Pyongyang": ((125.75432, 39.03385), "KP-01"),
    "Rajin": ((130.28308, 42.25559), "KP-13"),
}


def test_eleven_provinces_with_the_known_codes() -> None:
    provinces = load_provinces()
    assert sorted(provinces["code"]) == sorted(PROVINCES)
    assert {"code", "name", "name_ko", "label_lon", "label_lat", "geometry"} <= set(provinces.columns)
    assert provinces.crs.to_epsg() == 4326


def test_geometries_valid_and_labels_inside() -> None:
    provinces = load_provinces()
    assert provinces.geometry.is_valid.all()
    for _, p in provinces.iterrows():
        assert p.geometry.distance(shapely.Point(p["label_lon"], p["label_lat"])) < 0.05


def test_provinces_form_a_coverage_without_overlaps() -> None:
    geometries = load_provinces().geometry.values
    assert shapely.coverage_is_valid(geometries)
    total = shapely.union_all(geometries).area
    assert sum(g.area for g in geometries) - total < 1e-6 * total


@pytest.mark.parametrize("city", sorted(CITIES))
def test_city_resolves_to_its_province(city: str) -> None:
    (lon, lat), code = CITIES[city]
    assert province_at(lon, lat) == code


def test_far_away_point_has_no_province() -> None:
    assert province_at(126.978, 37.566) is None  # Seoul


def test_neighbours_are_clipped_outlines() -> None:
    neighbours = load_neighbours()
    assert set(neighbours["code"]) == {"CN", "KR", "RU"}
    assert neighbours.geometry.is_valid.all()
    minx, miny, maxx, maxy = neighbours.total_bounds
    assert minx >= 122 and maxx <= 132.5 and miny >= 36 and maxy <= 44.5
