"""Write ``map_layers.json``: the provinces and neighbours of ``provinces.geojson`` and ``neighbours.geojson``
projected to Korea 2000 (EPSG:5179, km) with their label points, so the app draws its map without importing
geopandas. Run after build.py (which calls it): ``python geodata/layers.py``."""

from __future__ import annotations

from pathlib import Path

from claimline.geo.layers import LAYERS_FILE, write_layers

HERE = Path(__file__).resolve().parent


def main() -> None:
    write_layers(HERE / LAYERS_FILE)
    print(f"wrote {HERE / LAYERS_FILE} ({(HERE / LAYERS_FILE).stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
