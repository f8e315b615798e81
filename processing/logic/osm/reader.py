"""The tagged nodes and the ways of an OpenStreetMap file (.osm XML or .osm.pbf), read with
GDAL's OSM driver as numpy arrays.

GDAL resolves the ways' node locations (the heavy part of reading OSM); the driver is told by
``resources/osm/osmconf.ini`` to report every way (route members often have no tag of their
own) and only the tags the import maps. Features come in batches through GDAL's Arrow interface
and their WKB is decoded with numpy, without a Python loop per feature or vertex. Tag columns
stay as GDAL gives them (bytes) until a column is asked for: most are read for a few rows only.

No QGIS here: GDAL and numpy only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple, Union

import numpy as np
from osgeo import gdal

from ..gdal_calls import call
from ..network.graph import ranges
from .modes import ALL_NODE_REF_TAGS, ONEWAY_KEYS
from .relations import NotOsmError, file_format

CONFIG = Path(__file__).resolve().parents[3] / "resources" / "osm" / "osmconf.ini"
# the tags of the stations, campsites and motorhome areas (nodes or closed ways)
POI_FIELDS = ("name", "railway", "station", "uic_ref", "passenger", "usage", "train", "subway",
              "tram", "light_rail", "disused", "tourism", "website", "contact:website",
              "addr:city", "water_point", "drinking_water")
NODE_FIELDS = ALL_NODE_REF_TAGS + POI_FIELDS
WAY_FIELDS = ("name", "ref", "highway", "railway", "surface", "bicycle", "foot", "oneway",
              "junction") + tuple(f"oneway:{key}" for key in ONEWAY_KEYS.values()) + tuple(
    f for f in POI_FIELDS if f not in ("name", "railway"))
AREA_FIELDS = POI_FIELDS
POI_RAILWAYS = (b"station", b"halt")
POI_TOURISM = (b"camp_site", b"caravan_site")
WKB_POINT, WKB_LINESTRING = 1, 2


def column_name(tag: str) -> str:
    """The name GDAL gives the column of an OSM tag (``oneway:bicycle`` -> ``oneway_bicycle``)."""
    return tag.replace(":", "_")


class Tags:
    """Tag columns of the rows of a layer, as GDAL gave them (bytes, b'' when absent), decoded
    to str when asked for: ``tags[name]`` for a whole column, ``tags.rows(name, index)`` for
    some rows."""

    def __init__(self, raw: Dict[str, np.ndarray]) -> None:
        self.raw = raw
        self._decoded: Dict[str, np.ndarray] = {}

    def __getitem__(self, name: str) -> np.ndarray:
        if name not in self._decoded:
            self._decoded[name] = _text(self.raw[name])
        return self._decoded[name]

    def __contains__(self, name: str) -> bool:
        return name in self.raw

    def rows(self, name: str, index: np.ndarray) -> np.ndarray:
        """The values of column ``name`` at ``index`` (str array)."""
        if name in self._decoded:
            return self._decoded[name][index]
        return _text(self.raw[name][index])

    def present(self, name: str) -> np.ndarray:
        """Where column ``name`` has a value (bool array)."""
        return self.raw[name] != b""

    def dicts(self, index: np.ndarray) -> List[Dict[str, str]]:
        """The tags of the rows ``index``, one dict each (absent tags left out)."""
        columns = {name: self.rows(name, index) for name in self.raw}
        return [{name: str(values[k]) for name, values in columns.items() if values[k]}
                for k in range(len(index))]

    def take(self, index: np.ndarray) -> Tags:
        return Tags({name: column[index] for name, column in self.raw.items()})


@dataclass(eq=False)
class Nodes:
    """Tagged nodes: OSM ids, (lon, lat) and the tags of NODE_FIELDS."""

    ids: np.ndarray
    lonlat: np.ndarray
    tags: Tags

    def __len__(self) -> int:
        return len(self.ids)


@dataclass(eq=False)
class Areas:
    """Closed ways GDAL makes polygons of (``area=yes``, buildings) tagged as a station, a
    campsite or a motorhome area: OSM way ids, (lon, lat) polygons and the tags of
    AREA_FIELDS."""

    ids: np.ndarray
    polygons: List[Any]
    tags: Tags

    def __len__(self) -> int:
        return len(self.ids)


def no_areas() -> Areas:
    return Areas(np.zeros(0, np.int64), [],
                 Tags({name: np.zeros(0, "S1") for name in AREA_FIELDS}))


@dataclass(eq=False)
class Ways:
    """Ways: OSM ids, their vertices flat in ``lonlat`` (way k is ``lonlat[ptr[k]:ptr[k+1]]``)
    and the tags of WAY_FIELDS."""

    ids: np.ndarray
    lonlat: np.ndarray
    ptr: np.ndarray
    tags: Tags

    def __len__(self) -> int:
        return len(self.ids)

    def coords(self, k: int) -> np.ndarray:
        return self.lonlat[self.ptr[k]:self.ptr[k + 1]]


def point_coordinates(wkb: np.ndarray) -> np.ndarray:
    """(n, 2) coordinates of 2D WKB points: a fixed-width array (what GDAL 3.6's Arrow gives
    for values of one size) or an object array of bytes."""
    data = b"".join(wkb) if wkb.dtype == object else np.ascontiguousarray(wkb).tobytes()
    raw = np.frombuffer(data, dtype=np.uint8).reshape(len(wkb), -1)
    if len(raw) and (raw.shape[1] != 21 or not (raw[:, 0] == 1).all()
                     or not (raw[:, 1] == WKB_POINT).all()):
        raise ValueError("expected little-endian 2D WKB points")
    return raw[:, 5:21].copy().view("<f8").reshape(-1, 2)


def line_coordinates(wkb: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """(flat (V, 2) coordinates, ptr) of 2D WKB line strings: an object array of bytes, or a
    fixed-width array when they all have the same size (Arrow gives either)."""
    if len(wkb) == 0:
        return np.zeros((0, 2)), np.zeros(1, dtype=np.int64)
    if wkb.dtype.kind == "V":
        raw = np.frombuffer(np.ascontiguousarray(wkb).tobytes(), dtype=np.uint8)
        sizes = np.full(len(wkb), wkb.dtype.itemsize, dtype=np.int64)
    else:
        sizes = np.fromiter((len(item) for item in wkb), dtype=np.int64, count=len(wkb))
        raw = np.frombuffer(b"".join(wkb), dtype=np.uint8)
    start = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    if not ((raw[start] == 1).all() and (raw[start + 1] == WKB_LINESTRING).all()
            and (raw[start + 2] == 0).all()):
        raise ValueError("expected little-endian 2D WKB line strings")
    count = raw[(start + 5)[:, None] + np.arange(4)].copy().view("<u4").ravel().astype(np.int64)
    body = ranges(start + 9, count * 16)
    xy = raw[body].view("<f8").reshape(-1, 2)
    return xy, np.concatenate([[0], np.cumsum(count)]).astype(np.int64)


def _raw(column: np.ndarray) -> np.ndarray:
    """An Arrow string column as a bytes array (b'' for NULL), whichever form GDAL gave."""
    column = np.asarray(column)
    if column.dtype.kind == "S":
        return column
    return np.array([b"" if v is None else (v if isinstance(v, bytes) else str(v).encode())
                     for v in column], dtype="S")


def _text(column: np.ndarray) -> np.ndarray:
    """A bytes column (b'' for NULL) as a str array."""
    if column.size == 0 or np.frombuffer(column.tobytes(), dtype=np.uint8).max() < 0x80:
        return column.astype(str)  # ASCII: a plain cast, done in C
    return np.char.decode(column, "utf-8")


def _batches(layer: Any, cancelled: Optional[Callable[[], bool]]
             ) -> Iterator[Dict[str, np.ndarray]]:
    """The layer's features in batches; a file GDAL cannot parse (broken XML, a truncated PBF)
    raises NotOsmError, whichever error mode GDAL's bindings are in."""
    gdal.ErrorReset()
    try:
        for batch in layer.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=NO"]):
            if cancelled is not None and cancelled():
                return
            yield batch
    except RuntimeError as error:
        raise NotOsmError(f"GDAL cannot read it: {error}") from None
    if gdal.GetLastErrorType() >= gdal.CE_Failure:
        raise NotOsmError(f"GDAL cannot read it: {gdal.GetLastErrorMsg()}")


def _concat(parts: List[np.ndarray], empty: np.ndarray) -> np.ndarray:
    return np.concatenate(parts) if parts else empty


def open_extract(path: Union[str, Path], areas: bool = False) -> Any:
    """The GDAL dataset of an OSM file, reading only points and lines (and multipolygons with
    ``areas``); NotOsmError otherwise."""
    file_format(path)  # refuses what is not OSM before GDAL tries
    dataset = call(gdal.OpenEx, str(path), gdal.OF_VECTOR | gdal.OF_READONLY,
                   allowed_drivers=["OSM"], open_options=[f"CONFIG_FILE={CONFIG}"])
    if dataset is None:
        raise NotOsmError(f"GDAL cannot read {Path(path).name} as OpenStreetMap: "
                          f"{gdal.GetLastErrorMsg() or 'unknown error'}")
    layers = "points,lines,multipolygons" if areas else "points,lines"
    result = dataset.ExecuteSQL(f"SET interest_layers = {layers}")
    if result is not None:
        dataset.ReleaseResultSet(result)
    return dataset


def _wanted_nodes(raw: Dict[str, np.ndarray]) -> np.ndarray:
    """The nodes the import reads: numbered ones, stations, campsites, motorhome areas."""
    wanted = np.isin(raw["railway"], POI_RAILWAYS) | np.isin(raw["tourism"], POI_TOURISM)
    for name in ALL_NODE_REF_TAGS:
        wanted |= raw[name] != b""
    return wanted


def _read_nodes(dataset: Any, cancelled: Optional[Callable[[], bool]]) -> Nodes:
    ids: List[np.ndarray] = []
    points: List[np.ndarray] = []
    tags: Dict[str, List[np.ndarray]] = {name: [] for name in NODE_FIELDS}
    for batch in _batches(dataset.GetLayerByName("points"), cancelled):
        raw = {name: _raw(batch[column_name(name)]) for name in NODE_FIELDS}
        wanted = _wanted_nodes(raw)
        ids.append(batch["osm_id"][wanted].astype(np.int64))
        points.append(point_coordinates(batch["wkb_geometry"][wanted]))
        for name in NODE_FIELDS:
            tags[name].append(raw[name][wanted])
    return Nodes(_concat(ids, np.zeros(0, np.int64)), _concat(points, np.zeros((0, 2))),
                 Tags({name: _concat(parts, np.zeros(0, "S1")) for name, parts in tags.items()}))


def _read_ways(dataset: Any, cancelled: Optional[Callable[[], bool]]) -> Ways:
    ids: List[np.ndarray] = []
    coords: List[np.ndarray] = []
    counts: List[np.ndarray] = []
    tags: Dict[str, List[np.ndarray]] = {name: [] for name in WAY_FIELDS}
    for batch in _batches(dataset.GetLayerByName("lines"), cancelled):
        xy, ptr = line_coordinates(batch["wkb_geometry"])
        ids.append(batch["osm_id"].astype(np.int64))
        coords.append(xy)
        counts.append(np.diff(ptr))
        for name in WAY_FIELDS:
            tags[name].append(_raw(batch[column_name(name)]))
    vertices = _concat(counts, np.zeros(0, np.int64))
    return Ways(_concat(ids, np.zeros(0, np.int64)), _concat(coords, np.zeros((0, 2))),
                np.concatenate([[0], np.cumsum(vertices)]).astype(np.int64),
                Tags({name: _concat(parts, np.zeros(0, "S1")) for name, parts in tags.items()}))


def _read_areas(dataset: Any, cancelled: Optional[Callable[[], bool]]) -> Areas:
    """The closed ways made polygons that are stations, campsites or motorhome areas
    (multipolygon relations are read with their members by ``relations``)."""
    ids: List[np.ndarray] = []
    polygons: List[Any] = []
    tags: Dict[str, List[np.ndarray]] = {name: [] for name in AREA_FIELDS}
    for batch in _batches(dataset.GetLayerByName("multipolygons"), cancelled):
        raw = {name: _raw(batch[column_name(name)]) for name in AREA_FIELDS}
        way = _raw(batch["osm_way_id"])
        wanted = np.flatnonzero((way != b"") & (np.isin(raw["railway"], POI_RAILWAYS)
                                                | np.isin(raw["tourism"], POI_TOURISM)))
        ids.append(way[wanted].astype(np.int64))
        polygons += [bytes(batch["wkb_geometry"][k]) for k in wanted]
        for name in AREA_FIELDS:
            tags[name].append(raw[name][wanted])
    return Areas(_concat(ids, np.zeros(0, np.int64)), polygons,
                 Tags({name: _concat(parts, np.zeros(0, "S1")) for name, parts in tags.items()}))


def read_nodes_and_ways(path: Union[str, Path], cancelled: Optional[Callable[[], bool]] = None
                        ) -> Tuple[Nodes, Ways]:
    """:func:`read_layers` without the areas."""
    nodes, ways, _ = read_layers(path, cancelled)
    return nodes, ways


def read_layers(path: Union[str, Path], cancelled: Optional[Callable[[], bool]] = None,
                areas: bool = False) -> Tuple[Nodes, Ways, Areas]:
    """(the Nodes the import reads: numbered, stations, campsites, motorhome areas; every Way;
    with ``areas``, the Areas of stations, campsites and motorhome areas GDAL makes polygons
    of) of the OSM file ``path``, in one pass of GDAL's driver. ``cancelled()`` is asked
    between batches; the arrays then hold what was read."""
    dataset = open_extract(path, areas)
    # the file lists nodes before ways: points first, then lines, in one pass of the driver
    nodes = _read_nodes(dataset, cancelled)
    ways = _read_ways(dataset, cancelled)
    found = _read_areas(dataset, cancelled) if areas else no_areas()
    dataset = None
    return nodes, ways, found
