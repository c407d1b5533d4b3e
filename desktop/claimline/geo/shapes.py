"""Province and neighbour outlines from ``geodata/`` as GeoDataFrames, read once. Qt-free."""

from __future__ import annotations

from functools import cache

import geopandas as gpd
import shapely

from claimline.geo.gazetteer import geodata_dir

METRIC_CRS = "EPSG:5179"  # Korea 2000 / Unified CS, metres
NEAREST_PROVINCE_M = 5000.0  # border towns lie just outside Natural Earth's coarse outlines


@cache
def load_provinces() -> gpd.GeoDataFrame:
    """North Korea's 11 provinces: code, name, name_ko, label_lon, label_lat, geometry (EPSG:4326)."""
    return gpd.read_file(geodata_dir() / "provinces.geojson", engine="pyogrio")


@cache
def load_neighbours() -> gpd.GeoDataFrame:
    """China, South Korea and Russia clipped to the peninsula: code, name, geometry (EPSG:4326)."""
    return gpd.read_file(geodata_dir() / "neighbours.geojson", engine="pyogrio")


@cache
def _metric_provinces() -> gpd.GeoDataFrame:
    return load_provinces().to_crs(METRIC_CRS)


def province_at(lon: float, lat: float, max_distance_m: float = NEAREST_PROVINCE_M) -> str | None:
    """The province code at a point, else of the nearest province within ``max_distance_m``, else None."""
    point = gpd.GeoSeries([shapely.Point(lon, lat)], crs="EPSG:4326").to_crs(METRIC_CRS).iloc[0]
    provinces = _metric_provinces()
    distances = provinces.distance(point)
    nearest = distances.idxmin()
    return str(provinces.at[nearest, "code"]) if distances[nearest] <= max_distance_m else None
