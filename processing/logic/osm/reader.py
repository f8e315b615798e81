"""The numbered nodes and the ways of an OpenStreetMap file (.osm XML or .osm.pbf), read with
GDAL's OSM driver as numpy arrays.

GDAL resolves the ways' node locations (the heavy part of reading OSM); the driver is told by
``resources/osm/osmconf.ini`` to report every way (route members often have no tag of their
own) and only the tags the import maps. Features come in batches through GDAL's Arrow interface
and their WKB is decoded with numpy, without a Python loop per feature or vertex.

No QGIS here: GDAL and numpy only.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Dict

import numpy as np
from osgeo import gdal

from ..gdal_calls import call
from ..network.graph import ranges
from .relations import NotOsmError, file_format

CONFIG = Path(__file__).resolve().parents[3] / "resources" / "osm" / "osmconf.ini"
NODE_FIELDS = ("rcn_ref", "lcn_ref")
WAY_FIELDS = ("name", "ref", "highway", "railway", "surface", "bicycle", "foot")
WKB_POINT, WKB_LINESTRING = 1, 2


@dataclass(eq=False)
class Nodes:
    """Tagged nodes: OSM ids, (lon, lat) and the tags of NODE_FIELDS ('' when absent)."""

    ids: np.ndarray
    lonlat: np.ndarray
    tags: Dict[str, np.ndarray]


@dataclass(eq=False)
class Ways:
    """Ways: OSM ids, their vertices flat in ``lonlat`` (way k is ``lonlat[ptr[k]:ptr[k+1]]``)
    and the tags of WAY_FIELDS ('' when absent)."""

    ids: np.ndarray
    lonlat: np.ndarray
    ptr: np.ndarray
    tags: Dict[str, np.ndarray]

    def __len__(self):
        return len(self.ids)

    def coords(self, k):
        return self.lonlat[self.ptr[k]:self.ptr[k + 1]]


def point_coordinates(wkb):
    """(n, 2) coordinates of 2D WKB points: a fixed-width array (what GDAL 3.6's Arrow gives
    for values of one size) or an object array of bytes."""
    data = b"".join(wkb) if wkb.dtype == object else np.ascontiguousarray(wkb).tobytes()
    raw = np.frombuffer(data, dtype=np.uint8).reshape(len(wkb), -1)
    if len(raw) and (raw.shape[1] != 21 or not (raw[:, 0] == 1).all()
                     or not (raw[:, 1] == WKB_POINT).all()):
        raise ValueError("expected little-endian 2D WKB points")
    return raw[:, 5:21].copy().view("<f8").reshape(-1, 2)


def line_coordinates(wkb):
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


def _text(column):
    """An Arrow string column (bytes, b'' for NULL) as a str array."""
    column = np.asarray(column)
    if column.dtype.kind == "S":
        if column.size == 0 or np.frombuffer(column.tobytes(), dtype=np.uint8).max() < 0x80:
            return column.astype(str)  # ASCII: a plain cast, done in C
        return np.char.decode(column, "utf-8")
    return np.array(["" if v is None else (v.decode() if isinstance(v, bytes) else str(v))
                     for v in column], dtype=object).astype(str)


def _batches(layer, cancelled):
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


def _concat(parts, empty):
    return np.concatenate(parts) if parts else empty


def open_extract(path):
    """The GDAL dataset of an OSM file, reading only points and lines; NotOsmError otherwise."""
    file_format(path)  # refuses what is not OSM before GDAL tries
    dataset = call(gdal.OpenEx, str(path), gdal.OF_VECTOR | gdal.OF_READONLY,
                   allowed_drivers=["OSM"], open_options=[f"CONFIG_FILE={CONFIG}"])
    if dataset is None:
        raise NotOsmError(f"GDAL cannot read {Path(path).name} as OpenStreetMap: "
                          f"{gdal.GetLastErrorMsg() or 'unknown error'}")
    result = dataset.ExecuteSQL("SET interest_layers = points,lines")
    if result is not None:
        dataset.ReleaseResultSet(result)
    return dataset


def read_nodes_and_ways(path, cancelled=None):
    """(Nodes with a ``rcn_ref`` or ``lcn_ref``, every Way) of the OSM file ``path``.
    ``cancelled()`` is asked between batches; the arrays then hold what was read."""
    dataset = open_extract(path)
    ids, points, tags = [], [], {name: [] for name in NODE_FIELDS}
    # the file lists nodes before ways: points first, then lines, in one pass of the driver
    for batch in _batches(dataset.GetLayerByName("points"), cancelled):
        numbered = np.zeros(len(batch["osm_id"]), dtype=bool)
        texts = {name: _text(batch[name]) for name in NODE_FIELDS}
        for name in NODE_FIELDS:
            numbered |= texts[name] != ""
        ids.append(batch["osm_id"][numbered].astype(np.int64))
        points.append(point_coordinates(batch["wkb_geometry"][numbered]))
        for name in NODE_FIELDS:
            tags[name].append(texts[name][numbered])
    nodes = Nodes(_concat(ids, np.zeros(0, np.int64)), _concat(points, np.zeros((0, 2))),
                  {name: _concat(parts, np.zeros(0, str)) for name, parts in tags.items()})

    ids, coords, counts, tags = [], [], [], {name: [] for name in WAY_FIELDS}
    for batch in _batches(dataset.GetLayerByName("lines"), cancelled):
        xy, ptr = line_coordinates(batch["wkb_geometry"])
        ids.append(batch["osm_id"].astype(np.int64))
        coords.append(xy)
        counts.append(np.diff(ptr))
        for name in WAY_FIELDS:
            tags[name].append(_text(batch[name]))
    dataset = None
    counts = _concat(counts, np.zeros(0, np.int64))
    ways = Ways(_concat(ids, np.zeros(0, np.int64)), _concat(coords, np.zeros((0, 2))),
                np.concatenate([[0], np.cumsum(counts)]).astype(np.int64),
                {name: _concat(parts, np.zeros(0, str)) for name, parts in tags.items()})
    return nodes, ways
