"""The stored map layers are what projecting the GeoJSON gives, so the map never drifts from its data."""

from __future__ import annotations

import json

import numpy as np

from claimline.geo import layers
from claimline.geo.gazetteer import geodata_dir


def test_map_layers_json_matches_the_projected_geojson():
    stored = json.loads((geodata_dir() / layers.LAYERS_FILE).read_text(encoding="utf-8"))
    for key, project in (("provinces", layers.project_provinces), ("neighbours", layers.project_neighbours)):
        fresh = project()
        assert [s["code"] for s in stored[key]] == [s.code for s in fresh]
        for saved, shape in zip(stored[key], fresh, strict=True):
            assert len(saved["rings"]) == len(shape.rings)
            for ring, projected in zip(saved["rings"], shape.rings, strict=True):
                assert np.allclose(np.asarray(ring), projected, atol=0.001)
            assert np.allclose(saved["label"], shape.label, atol=0.001)
            assert saved["labelled"] == shape.labelled


def test_the_map_layers_load_without_geopandas(monkeypatch):
    import sys

    layers._stored_layers.cache_clear()
    layers.province_shapes.cache_clear()
    monkeypatch.setitem(sys.modules, "geopandas", None)  # importing it now would fail
    try:
        shapes = layers.province_shapes()
    finally:
        layers._stored_layers.cache_clear()
        layers.province_shapes.cache_clear()
    assert [s.code for s in shapes][:3] == ["KP-01", "KP-02", "KP-03"] and len(shapes) == 11
