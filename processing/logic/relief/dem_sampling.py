"""Bilinear sampling of a DEM band, read window by window (never the whole raster).

Pure rasterio/numpy/pyproj (no QGIS). A 20,000 x 20,000 DEM is fine: ``DemSampler.sample`` reads
only the cells around the points it is given.

Interpolation
    Bilinear between CELL CENTRES. A point (x, y) in the DEM's CRS becomes fractional cell
    coordinates (col, row) through the inverse geotransform; the cell centres sit at
    col + 0.5 and row + 0.5, so the four surrounding centres are the cells
    (floor(col - 0.5), floor(row - 0.5)) and their right / lower neighbours. Between the outer
    cell centres and the raster edge (the outer half cell) the position is clamped onto the
    edge centres: the value there is interpolated along the edge only. Outside the raster the
    result is NaN. Bilinear interpolation is exact on an inclined plane.

No data
    The result is NaN where any of the four cells that carry weight is no data: the band's
    nodata value, a NaN cell of a float band, or a cell masked by the GDAL mask band (per
    dataset mask or alpha band). A cell whose bilinear weight is exactly 0 (a point exactly on
    a row or column of centres) is ignored, so a cell centre always returns its own value.
    The band's scale and offset, when set, are applied.

Windows
    The cells needed by a batch of points are read as one window when they fit in
    ``tile + 1`` cells each way. Otherwise the points are grouped by square tiles of ``tile``
    cells aligned on the raster grid, and each group reads the window spanning its own points
    only (at most ``tile + 1`` cells each way). A long line across a big DEM thus reads a
    corridor of tiles, never its whole bounding box. No window ever exceeds the bounding box of
    its points by more than one cell.
"""

from __future__ import annotations

import math
import os
from functools import lru_cache
from typing import Any, Optional, Sequence, Tuple, Union

import numpy as np
import rasterio
from pyproj import CRS, Transformer
from rasterio.enums import MaskFlags
from rasterio.errors import RasterioError, RasterioIOError
from rasterio.windows import Window

from ..arrays import AnyArray, ArrayLike, FloatArray, IntArray

DEFAULT_TILE = 512  # cells; a window is at most tile + 1 cells wide and high
MAX_WINDOW = 4096  # cells; the largest window a sampler may read (tile + 1 <= MAX_WINDOW)


class DemSampler:
    """One band of a DEM, opened with rasterio, sampled bilinearly between cell centres.

    ``DemSampler(path, band=1)``; use it as a context manager (``with DemSampler(p) as dem:``)
    or call ``close()``. Raises ``ValueError`` when the file is not a raster GDAL can read or
    when the band does not exist.

    Attributes: ``path``, ``band``, ``width``, ``height``, ``transform`` (rasterio Affine),
    ``crs_wkt`` (None when the DEM has no CRS), ``is_geographic``, ``nodata`` (None if none),
    ``cell_size`` (x, y) in DEM units, ``bounds`` (left, bottom, right, top) in DEM units,
    ``approx_cell_size_m`` (x, y) in metres (for a geographic DEM at its centre latitude; a DEM
    without CRS is taken to be in metres), ``tile``.
    """

    def __init__(self, path: Union[str, os.PathLike], band: int = 1,
                 tile: int = DEFAULT_TILE) -> None:
        self.path = os.fspath(path)
        if isinstance(band, bool) or int(band) != band:
            raise ValueError(f"BAND must be a whole number, got {band!r}")
        self.band = int(band)
        tile = int(tile)
        if not 1 <= tile <= MAX_WINDOW - 1:
            raise ValueError(f"tile must be between 1 and {MAX_WINDOW - 1} cells, got {tile}")
        self.tile = tile
        self._ds: Any = None  # the rasterio dataset, None once closed
        try:
            ds = rasterio.open(self.path)
        except (RasterioError, RasterioIOError) as error:
            if "://" not in self.path and not self.path.startswith("/vsi") \
                    and not os.path.exists(self.path):
                raise ValueError(f"the DEM file {self.path} does not exist") from error
            raise ValueError(f"{self.path} is not a raster that GDAL can read ({error})") \
                from error
        if not 1 <= self.band <= ds.count:
            count = ds.count
            ds.close()
            raise ValueError(f"the DEM has {count} band(s); BAND={self.band} does not exist")
        self._ds = ds
        index = self.band - 1
        self.width, self.height = ds.width, ds.height
        self.transform = ds.transform
        self.dtype = np.dtype(ds.dtypes[index])
        self.crs_wkt = ds.crs.to_wkt() if ds.crs else None
        self.is_geographic = bool(ds.crs.is_geographic) if ds.crs else False
        nodata = ds.nodatavals[index]
        self.nodata = None if nodata is None else float(nodata)
        t = self.transform
        if t.b == 0 and t.d == 0:
            self.cell_size = (abs(t.a), abs(t.e))
        else:  # rotated grid: lengths of the column and row vectors
            self.cell_size = (math.hypot(t.a, t.d), math.hypot(t.b, t.e))
        self.bounds: Tuple[float, float, float, float] = tuple(ds.bounds)
        self.approx_cell_size_m = _cell_size_in_metres(self.crs_wkt, self.cell_size, self.bounds)
        scale, offset = ds.scales[index], ds.offsets[index]
        self._scale = 1.0 if scale in (None, 0) else float(scale)
        self._offset = 0.0 if offset is None else float(offset)
        flags = set(ds.mask_flag_enums[index])
        # A real mask band (per dataset mask, alpha band, explicit mask) must be read; a mask
        # derived from the nodata value is checked on the values themselves, which is cheaper.
        self._mask_band = not (MaskFlags.all_valid in flags or MaskFlags.nodata in flags)
        self._nodata_native = _native_nodata(self.nodata, self.dtype)
        inv = ~self.transform
        self._inverse = (inv.a, inv.b, inv.c, inv.d, inv.e, inv.f)

    # --- context manager ---------------------------------------------------------------------

    def __enter__(self) -> DemSampler:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._ds is not None:
            self._ds.close()
            self._ds = None

    def __repr__(self) -> str:
        return (f"DemSampler({self.path!r}, band={self.band}, {self.width}x{self.height}, "
                f"cell={self.cell_size})")

    # --- sampling ----------------------------------------------------------------------------

    def sample(self, x: ArrayLike, y: ArrayLike) -> FloatArray:
        """Elevations at (x, y) in the DEM's CRS: float64 array of the broadcast shape of x, y.

        NaN outside the DEM, at NaN coordinates and where a surrounding cell is no data.
        """
        if self._ds is None:
            raise ValueError("the DEM is closed")
        xa = np.asarray(x, dtype=np.float64)
        ya = np.asarray(y, dtype=np.float64)
        shape = np.broadcast(xa, ya).shape
        xs = np.broadcast_to(xa, shape).ravel()
        ys = np.broadcast_to(ya, shape).ravel()
        out = np.full(xs.size, np.nan)
        ia, ib, ic, id_, ie, if_ = self._inverse
        col = ia * xs + ib * ys + ic
        row = id_ * xs + ie * ys + if_
        w, h = self.width, self.height
        inside = (col >= 0) & (col <= w) & (row >= 0) & (row <= h)  # False at NaN
        idx = np.flatnonzero(inside)
        if idx.size == 0:
            return out.reshape(shape)
        # Position in cell-centre units, clamped onto the outer centres.
        u = np.clip(col[idx] - 0.5, 0.0, w - 1)
        v = np.clip(row[idx] - 0.5, 0.0, h - 1)
        i0 = np.minimum(np.floor(u).astype(np.int64), max(w - 2, 0))
        j0 = np.minimum(np.floor(v).astype(np.int64), max(h - 2, 0))
        fx = u - i0
        fy = v - j0
        i1 = np.minimum(i0 + 1, w - 1)
        j1 = np.minimum(j0 + 1, h - 1)
        for group in self._groups(i0, j0, i1, j1):
            out[idx[group]] = self._interpolate(i0[group], j0[group], i1[group], j1[group],
                                                fx[group], fy[group])
        return out.reshape(shape)

    def sample_xy(self, xy: ArrayLike) -> FloatArray:
        """``sample`` for an (n, 2) array of coordinates."""
        points = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
        return self.sample(points[:, 0], points[:, 1])

    def sample_from(self, xy: ArrayLike, crs_wkt: Optional[str]) -> FloatArray:
        """``sample_xy`` for (n, 2) coordinates in the CRS ``crs_wkt``, moved into the DEM's;
        taken to be in the DEM's CRS when either CRS is unknown (None or empty)."""
        if crs_wkt and self.crs_wkt:
            xy = transform_points(xy, crs_wkt, self.crs_wkt)
        return self.sample_xy(xy)

    def _groups(self, i0: IntArray, j0: IntArray, i1: IntArray,
                j1: IntArray) -> Sequence[Union[slice, IntArray]]:
        """Index arrays of the points read together (one window each)."""
        tile = self.tile
        if (int(i1.max()) - int(i0.min()) <= tile
                and int(j1.max()) - int(j0.min()) <= tile):
            return [slice(None)]
        tiles_x = self.width // tile + 1
        key = (j0 // tile) * tiles_x + (i0 // tile)
        order = np.argsort(key, kind="stable")
        cuts = np.flatnonzero(np.diff(key[order])) + 1
        return np.split(order, cuts)

    def _read_window(self, window: Window) -> Tuple[AnyArray, Optional[AnyArray]]:
        """The band's values (native type) in ``window`` and the GDAL mask (or None)."""
        data = self._ds.read(self.band, window=window)
        mask = self._ds.read_masks(self.band, window=window) if self._mask_band else None
        return data, mask

    def _interpolate(self, i0: IntArray, j0: IntArray, i1: IntArray, j1: IntArray,
                     fx: FloatArray, fy: FloatArray) -> FloatArray:
        c0, r0 = int(i0.min()), int(j0.min())
        c1, r1 = int(i1.max()), int(j1.max())
        data, mask = self._read_window(Window(c0, r0, c1 - c0 + 1, r1 - r0 + 1))
        a0, a1, b0, b1 = i0 - c0, i1 - c0, j0 - r0, j1 - r0
        z = np.zeros(i0.size)
        bad = np.zeros(i0.size, dtype=bool)
        for rows, cols, weight in ((b0, a0, (1 - fx) * (1 - fy)), (b0, a1, fx * (1 - fy)),
                                   (b1, a0, (1 - fx) * fy), (b1, a1, fx * fy)):
            raw = data[rows, cols]
            values = raw.astype(np.float64)
            invalid = np.isnan(values)
            if self._nodata_native is not None:
                invalid |= raw == self._nodata_native
            if mask is not None:
                invalid |= mask[rows, cols] == 0
            bad |= invalid & (weight > 0)
            z += weight * np.where(invalid, 0.0, values)
        if self._scale != 1.0 or self._offset != 0.0:
            z = z * self._scale + self._offset
        z[bad] = np.nan
        return z


def _native_nodata(nodata: Optional[float], dtype: np.dtype) -> Optional[Any]:
    """The nodata value in the band's own type (None if unset, NaN or not representable)."""
    if nodata is None or math.isnan(nodata):
        return None
    if dtype.kind == "f":
        return np.asarray(nodata).astype(dtype)[()]
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        if float(nodata).is_integer() and info.min <= nodata <= info.max:
            return dtype.type(int(nodata))
        return None
    return None


def _cell_size_in_metres(crs_wkt: Optional[str], cell_size: Tuple[float, float],
                         bounds: Sequence[float]) -> Tuple[float, float]:
    """Cell size (x, y) in metres: through the ellipsoid for a geographic CRS (at the DEM's
    centre), through the axis unit for a projected one, unchanged without a CRS."""
    if crs_wkt is None:
        return (float(cell_size[0]), float(cell_size[1]))
    crs = CRS.from_user_input(crs_wkt)
    if crs.is_geographic:
        geod = crs.get_geod()
        if geod is None:
            raise ValueError("the DEM's geographic CRS has no ellipsoid: cell sizes in metres "
                             "cannot be computed")
        left, bottom, right, top = bounds
        lon, lat = (left + right) / 2.0, (bottom + top) / 2.0
        dx, dy = cell_size
        lat = min(max(lat, -89.0), 89.0)
        _, _, mx = geod.inv(lon - dx / 2, lat, lon + dx / 2, lat)
        _, _, my = geod.inv(lon, lat - dy / 2, lon, lat + dy / 2)
        return (float(mx), float(my))
    factor = 1.0
    for axis in crs.axis_info:
        if axis.unit_conversion_factor:
            factor = float(axis.unit_conversion_factor)
            break
    return (float(cell_size[0]) * factor, float(cell_size[1]) * factor)


@lru_cache(maxsize=64)
def _same_crs(src: str, dst: str) -> bool:
    return CRS.from_user_input(src).equals(CRS.from_user_input(dst), ignore_axis_order=True)


@lru_cache(maxsize=64)
def _transformer(src: str, dst: str) -> Transformer:
    return Transformer.from_crs(CRS.from_user_input(src), CRS.from_user_input(dst),
                                always_xy=True)


def transform_points(xy: ArrayLike, src_crs_wkt: Optional[str],
                     dst_crs_wkt: Optional[str]) -> FloatArray:
    """(n, 2) coordinates from one CRS to another with pyproj (x = easting / longitude first).

    Both CRSs may be WKT or anything pyproj accepts ("EPSG:2154"). Returns a new float64
    (n, 2) array; the identity (a copy) when the CRSs are equal or either is None. Points the
    transformation cannot handle come out as NaN.
    """
    points = np.array(xy, dtype=np.float64).reshape(-1, 2)
    if src_crs_wkt is None or dst_crs_wkt is None or src_crs_wkt == dst_crs_wkt:
        return points
    if _same_crs(src_crs_wkt, dst_crs_wkt):
        return points
    x, y = _transformer(src_crs_wkt, dst_crs_wkt).transform(points[:, 0], points[:, 1])
    out = np.column_stack([np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)])
    out[~np.isfinite(out).all(axis=1)] = np.nan
    return out
