"""Map layers ready to draw: provinces and neighbours projected once to a metric CRS, as plain arrays.

Projection happens here, in the core, so the map view and image export only turn rings into paths. It happens
when the map data is built: ``geodata/map_layers.json`` holds the projected rings and label points (written by
``python geodata/layers.py`` from the two GeoJSON files), so that opening the window reads one small JSON file
instead of importing geopandas, pandas and pyproj. Without that file the layers are projected here, as before.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from claimline.geo.gazetteer import geodata_dir

MAP_CRS = "EPSG:5179"  # Korea 2000 / Unified CS: metres, little distortion over the peninsula
KM = 1000.0
MIN_LABELLED_AREA_KM2 = 15_000  # neighbours smaller than this inside the frame get no name
LAYERS_FILE = "map_layers.json"
DECIMALS = 3  # metres: far finer than the 500 m the provinces are simplified to


@dataclass(frozen=True)
class Shape:
    """One area to draw: its rings (exteriors and holes) in km, and where its label goes."""

    code: str
    name: str
    rings: tuple[np.ndarray, ...]
    label: tuple[float, float]
    labelled: bool = True  # False for a sliver of a neighbour at the frame's edge


def _rings(geometry) -> tuple[np.ndarray, ...]:
    rings = []
    for polygon in getattr(geometry, "geoms", [geometry]):
        if polygon.is_empty or polygon.geom_type != "Polygon":
            continue
        rings.append(np.asarray(polygon.exterior.coords) / KM)
        rings += [np.asarray(hole.coords) / KM for hole in polygon.interiors]
    return tuple(rings)


def _label(geometry) -> tuple[float, float]:
    """The pole of inaccessibility of the largest part: a label there sits well inside the area."""
    from shapely.ops import polylabel

    parts = list(getattr(geometry, "geoms", [geometry]))
    largest = max(parts, key=lambda g: g.area)
    point = polylabel(largest, tolerance=1000.0)
    return (point.x / KM, point.y / KM)


@cache
def province_shapes() -> tuple[Shape, ...]:
    """North Korea's provinces in map coordinates (km), in code order."""
    stored = _stored_layers()
    return stored[0] if stored is not None else project_provinces()


@cache
def neighbour_shapes() -> tuple[Shape, ...]:
    """Neighbouring countries (China, South Korea, Russia), clipped to the map's frame, for context."""
    stored = _stored_layers()
    return stored[1] if stored is not None else project_neighbours()


def project_provinces() -> tuple[Shape, ...]:
    """The provinces projected from ``provinces.geojson`` (geopandas and pyproj)."""
    from claimline.geo.shapes import load_provinces

    frame = load_provinces().to_crs(MAP_CRS)
    shapes = []
    for code, name, geometry in zip(frame["code"], frame["name"], frame.geometry, strict=True):
        shapes.append(Shape(code, name, _rings(geometry), _label(geometry)))
    return tuple(sorted(shapes, key=lambda s: s.code))


def project_neighbours() -> tuple[Shape, ...]:
    """The neighbours projected from ``neighbours.geojson`` (geopandas and pyproj)."""
    from claimline.geo.shapes import load_neighbours

    frame = load_neighbours().to_crs(MAP_CRS)
    name_column = "name" if "name" in frame.columns else frame.columns[0]
    shapes = []
    for name, geometry in zip(frame[name_column], frame.geometry, strict=True):
        big_enough = geometry.area >= MIN_LABELLED_AREA_KM2 * KM * KM
        shapes.append(Shape(str(name), str(name), _rings(geometry), _label(geometry), big_enough))
    return tuple(shapes)


def write_layers(path: Path) -> None:
    """Project both layers and store them as ``map_layers.json`` (what geodata/layers.py runs)."""
    document = {"crs": MAP_CRS, "unit": "km",
                "provinces": [_shape_json(s) for s in project_provinces()],
                "neighbours": [_shape_json(s) for s in project_neighbours()]}
    path.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def _shape_json(shape: Shape) -> dict:
    return {"code": shape.code, "name": shape.name, "labelled": shape.labelled,
            "label": [round(v, DECIMALS) for v in shape.label],
            "rings": [np.round(ring, DECIMALS).tolist() for ring in shape.rings]}


@cache
def _stored_layers() -> tuple[tuple[Shape, ...], tuple[Shape, ...]] | None:
    path = geodata_dir() / LAYERS_FILE
    if not path.is_file():
        return None
    document = json.loads(path.read_text(encoding="utf-8"))
    if document.get("crs") != MAP_CRS:
        return None
    return (tuple(_shape_from(d) for d in document["provinces"]),
            tuple(_shape_from(d) for d in document["neighbours"]))


def _shape_from(data: dict) -> Shape:
    return Shape(data["code"], data["name"], tuple(np.asarray(r, dtype=float) for r in data["rings"]),
                 (float(data["label"][0]), float(data["label"][1])), bool(data["labelled"]))
