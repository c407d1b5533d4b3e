"""Map layers ready to draw: provinces and neighbours projected once to a metric CRS, as plain arrays.

Projection happens here, in the core, so the map view and image export only turn rings into paths.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
import shapely

MAP_CRS = "EPSG:5179"  # Korea 2000 / Unified CS: metres, little distortion over the peninsula
KM = 1000.0


@dataclass(frozen=True)
class Shape:
    """One area to draw: its rings (exteriors and holes) in km, and where its label goes."""

    code: str
    name: str
    rings: tuple[np.ndarray, ...]
    label: tuple[float, float]


def _rings(geometry: shapely.Geometry) -> tuple[np.ndarray, ...]:
    rings = []
    for polygon in getattr(geometry, "geoms", [geometry]):
        if polygon.is_empty or polygon.geom_type != "Polygon":
            continue
        rings.append(np.asarray(polygon.exterior.coords) / KM)
        rings += [np.asarray(hole.coords) / KM for hole in polygon.interiors]
    return tuple(rings)


def _label(geometry: shapely.Geometry, lon: float | None, lat: float | None, to_map) -> tuple[float, float]:
    if lon is not None and lat is not None and np.isfinite(lon) and np.isfinite(lat):
        x, y = to_map(lon, lat)
        return (x / KM, y / KM)
    point = geometry.representative_point()
    return (point.x / KM, point.y / KM)


@cache
def province_shapes() -> tuple[Shape, ...]:
    """North Korea's provinces in map coordinates (km), in code order."""
    from pyproj import Transformer

    from claimline.geo.shapes import load_provinces

    frame = load_provinces()
    to_map = Transformer.from_crs("EPSG:4326", MAP_CRS, always_xy=True).transform
    projected = frame.to_crs(MAP_CRS)
    shapes = []
    for row, geometry in zip(frame.itertuples(), projected.geometry, strict=True):
        lon, lat = getattr(row, "label_lon", None), getattr(row, "label_lat", None)
        shapes.append(Shape(row.code, row.name, _rings(geometry), _label(geometry, lon, lat, to_map)))
    return tuple(sorted(shapes, key=lambda s: s.code))


@cache
def neighbour_shapes() -> tuple[Shape, ...]:
    """Neighbouring countries (China, South Korea, Russia), clipped to the map's frame, for context."""
    from claimline.geo.shapes import load_neighbours

    frame = load_neighbours().to_crs(MAP_CRS)
    name_column = "name" if "name" in frame.columns else frame.columns[0]
    shapes = []
    for name, geometry in zip(frame[name_column], frame.geometry, strict=True):
        point = geometry.representative_point()
        shapes.append(Shape(str(name), str(name), _rings(geometry), (point.x / KM, point.y / KM)))
    return tuple(shapes)
