"""Map layers ready to draw: provinces and neighbours projected once to a metric CRS, as plain arrays.

Projection happens here, in the core, so the map view and image export only turn rings into paths.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
import shapely
from shapely.ops import polylabel

MAP_CRS = "EPSG:5179"  # Korea 2000 / Unified CS: metres, little distortion over the peninsula
KM = 1000.0
MIN_LABELLED_AREA_KM2 = 15_000  # neighbours smaller than this inside the frame get no name


@dataclass(frozen=True)
class Shape:
    """One area to draw: its rings (exteriors and holes) in km, and where its label goes."""

    code: str
    name: str
    rings: tuple[np.ndarray, ...]
    label: tuple[float, float]
    labelled: bool = True  # False for a sliver of a neighbour at the frame's edge


def _rings(geometry: shapely.Geometry) -> tuple[np.ndarray, ...]:
    rings = []
    for polygon in getattr(geometry, "geoms", [geometry]):
        if polygon.is_empty or polygon.geom_type != "Polygon":
            continue
        rings.append(np.asarray(polygon.exterior.coords) / KM)
        rings += [np.asarray(hole.coords) / KM for hole in polygon.interiors]
    return tuple(rings)


def _label(geometry: shapely.Geometry) -> tuple[float, float]:
    """The pole of inaccessibility of the largest part: a label there sits well inside the area."""
    parts = list(getattr(geometry, "geoms", [geometry]))
    largest = max(parts, key=lambda g: g.area)
    point = polylabel(largest, tolerance=1000.0)
    return (point.x / KM, point.y / KM)


@cache
def province_shapes() -> tuple[Shape, ...]:
    """North Korea's provinces in map coordinates (km), in code order."""
    from claimline.geo.shapes import load_provinces

    frame = load_provinces().to_crs(MAP_CRS)
    shapes = []
    for code, name, geometry in zip(frame["code"], frame["name"], frame.geometry, strict=True):
        shapes.append(Shape(code, name, _rings(geometry), _label(geometry)))
    return tuple(sorted(shapes, key=lambda s: s.code))


@cache
def neighbour_shapes() -> tuple[Shape, ...]:
    """Neighbouring countries (China, South Korea, Russia), clipped to the map's frame, for context."""
    from claimline.geo.shapes import load_neighbours

    frame = load_neighbours().to_crs(MAP_CRS)
    name_column = "name" if "name" in frame.columns else frame.columns[0]
    shapes = []
    for name, geometry in zip(frame[name_column], frame.geometry, strict=True):
        big_enough = geometry.area >= MIN_LABELLED_AREA_KM2 * KM * KM
        shapes.append(Shape(str(name), str(name), _rings(geometry), _label(geometry), big_enough))
    return tuple(shapes)
