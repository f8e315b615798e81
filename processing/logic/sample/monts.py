"""Analytic relief of the sample territory: the Monts de Flandre above the Lys plain.

A closed-form elevation (metres) over Lambert-93 (EPSG:2154) coordinates, so that tests can check
slopes exactly and the sample DEM is computed in milliseconds from numpy meshgrids.

The surface is a plain (the Lys valley at about 17 m, rising gently to about 40 m in Flanders, 55 m
on the low plateau of Cassel, and about 65 m on the Artois side) plus smooth bumps: the three monts
at their real heights, two smaller Flemish monts, and a few terrils of the mining basin. Terrils
are kept *below* their real heights (the twin terrils of Loos-en-Gohelle reach 186 m in reality,
140 m here) so that Mont Cassel stays the highest point of the DEM and summit tests stay
unambiguous.

Every bump is a *split Gaussian*: a Gaussian whose spread differs on each side of the summit (west /
east, south / north). It is smooth across the summit axes and separable in x and y, which lets
``dem_grid`` evaluate it on a (1, cols) row and a (rows, 1) column and multiply by broadcasting.
Mont Cassel's south-west flank is the steep one: the rue d'Aire climbs it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence, Tuple, Union, overload

import numpy as np

from ..arrays import AnyArray, ArrayLike, FloatArray

GeoTransform = Tuple[float, float, float, float, float, float]

SAMPLE_BOUNDS = (652000.0, 7034000.0, 694000.0, 7086000.0)  # xmin, ymin, xmax, ymax (EPSG:2154)
DEFAULT_CELL = 25.0
MIN_CELL, MAX_CELL = 5.0, 25.0  # cell sizes the sample DEM is meant for
MAX_GRID_CELLS = 25_000_000  # refuse grids that would need gigabytes

# The Lys valley axis, upstream (Aire-sur-la-Lys) to downstream (Armentières): the plain is lowest
# along it. Also used by the sample for the véloroute de la Lys.
LYS_AXIS = (
    (652000.0, 7060900.0), (657300.0, 7060600.0), (661500.0, 7059700.0), (665000.0, 7059100.0),
    (667800.0, 7058700.0), (671000.0, 7059800.0), (674300.0, 7060500.0), (677500.0, 7060300.0),
    (680200.0, 7061000.0), (683500.0, 7062400.0), (687000.0, 7064100.0), (691300.0, 7065400.0),
    (694000.0, 7066200.0),
)

VALLEY_Z = 17.0  # the Lys at Merville
FLANDERS_RISE, FLANDERS_SCALE = 24.0, 9000.0  # plain rises ~24 m north of the Lys
ARTOIS_RISE, ARTOIS_SCALE = 50.0, 14000.0  # and ~50 m towards the Artois hills in the south
UNDULATION = 2.5  # metres, long-wavelength swell of the plain


@dataclass(frozen=True)
class Bump:
    """A split-Gaussian hill whose summit is exactly ``z`` metres at (x, y)."""

    name: str
    x: float
    y: float
    z: float
    sigma_west: float
    sigma_east: float
    sigma_south: float
    sigma_north: float

    def shape(self, x: ArrayLike, y: ArrayLike) -> FloatArray:
        """Unit-height profile (1 at the summit); separable, so broadcasting keeps it cheap."""
        dx = np.asarray(x, dtype=float) - self.x
        dy = np.asarray(y, dtype=float) - self.y
        sx = np.where(dx < 0, self.sigma_west, self.sigma_east)
        sy = np.where(dy < 0, self.sigma_south, self.sigma_north)
        return np.exp(-0.5 * (dx / sx) ** 2) * np.exp(-0.5 * (dy / sy) ** 2)


# Mont Cassel stands on a low plateau: a broad swell of fixed height (its z is unused), part of
# the plain, so that the rue d'Aire starts above the plain and climbs ~120 m, not the whole 135 m.
CASSEL_PLATEAU = Bump("Plateau de Cassel", 664600.0, 7078500.0, 0.0, 2400.0, 2800.0, 1900.0, 2600.0)
CASSEL_PLATEAU_HEIGHT = 15.0

MONT_CASSEL = Bump("Mont Cassel", 663800.0, 7078321.0, 176.0, 430.0, 1100.0, 410.0, 950.0)
MONT_DES_CATS = Bump("Mont des Cats", 676161.0, 7076582.0, 164.0, 900.0, 700.0, 650.0, 620.0)
MONT_NOIR = Bump("Mont Noir", 681309.0, 7075760.0, 152.0, 750.0, 650.0, 600.0, 600.0)
MINOR_MONTS = (
    Bump("Mont Kokereel", 678700.0, 7076150.0, 110.0, 420.0, 420.0, 380.0, 380.0),
    Bump("Mont Rouge", 684150.0, 7076300.0, 140.0, 550.0, 600.0, 500.0, 500.0),
)
# Terrils (spoil tips), deliberately lower than in reality (see the module docstring).
TERRILS = (
    Bump("Terril 11/19 Ouest", 684199.0, 7038419.0, 140.0, 150.0, 150.0, 140.0, 140.0),
    Bump("Terril 11/19 Est", 684567.0, 7038679.0, 135.0, 140.0, 140.0, 140.0, 140.0),
    Bump("Terril de Loisinord", 675600.0, 7041700.0, 120.0, 160.0, 220.0, 170.0, 170.0),
    Bump("Terril de Pinchonvalles", 685800.0, 7034600.0, 105.0, 450.0, 450.0, 160.0, 160.0),
)
MONTS = (MONT_CASSEL, MONT_DES_CATS, MONT_NOIR)
BUMPS = MONTS + MINOR_MONTS + TERRILS

# (name, x, y, z) of the three monts the sample is about.
SUMMITS = [(b.name, b.x, b.y, b.z) for b in MONTS]

# The rue d'Aire in Cassel, digitised uphill: from the D933 at the foot of the south-west flank,
# winding up to the summit (the last vertex is Mont Cassel's summit).
RUE_D_AIRE = [
    (662916.0, 7077437.0), (662948.0, 7077566.0), (663003.0, 7077671.0), (663086.0, 7077749.0),
    (663190.0, 7077806.0), (663303.0, 7077854.0), (663411.0, 7077907.0), (663506.0, 7077972.0),
    (663586.0, 7078053.0), (663656.0, 7078144.0), (663725.0, 7078236.0), (663800.0, 7078321.0),
]


def lys_axis_y(x: Union[float, FloatArray]) -> FloatArray:
    """Northing of the Lys valley axis at easting ``x`` (piecewise linear, flat beyond the ends)."""
    xs, ys = zip(*LYS_AXIS)
    return np.interp(x, xs, ys)


def plain(x: ArrayLike, y: ArrayLike) -> FloatArray:
    """Elevation of the plain without the bumps."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    # u: distance from the valley axis in units of the rise scale of its side (north or south).
    d = y - lys_axis_y(x)
    north = d > 0
    u = np.asarray(d * np.where(north, 1.0 / FLANDERS_SCALE, 1.0 / ARTOIS_SCALE))
    # rise = R * (1 - exp(-u^2)), computed in place: on a full DEM grid every temporary costs.
    np.square(u, out=u)
    np.negative(u, out=u)
    np.exp(u, out=u)
    np.subtract(1.0, u, out=u)
    u *= np.where(north, FLANDERS_RISE, ARTOIS_RISE)
    # Product of a row term and a column term: stays cheap on broadcast grids.
    swell = (UNDULATION * np.sin(2 * math.pi * x / 11000.0 + 0.7)
             * np.cos(2 * math.pi * y / 8500.0 + 0.3))
    u += VALLEY_Z
    u += CASSEL_PLATEAU_HEIGHT * CASSEL_PLATEAU.shape(x, y)
    return u + swell


def _solve_amplitudes(bumps: Sequence[Bump]) -> FloatArray:
    """Bump heights above the plain such that each summit is exactly at its stated altitude.

    Neighbouring bumps overlap slightly, so the heights solve a small linear system:
    plain(s_i) + sum_j a_j * shape_j(s_i) = z_i for every summit s_i.
    """
    n = len(bumps)
    shapes = np.empty((n, n))
    target = np.empty(n)
    for i, bi in enumerate(bumps):
        target[i] = bi.z - float(plain(bi.x, bi.y))
        for j, bj in enumerate(bumps):
            shapes[i, j] = float(bj.shape(bi.x, bi.y))
    return np.linalg.solve(shapes, target)


_AMPLITUDES = tuple(float(a) for a in _solve_amplitudes(BUMPS))


@overload
def elevation(x: float, y: float) -> float: ...


@overload
def elevation(x: FloatArray, y: FloatArray) -> FloatArray: ...


def elevation(x: ArrayLike, y: ArrayLike) -> Union[float, FloatArray]:
    """Elevation in metres at Lambert-93 coordinates; numpy-vectorised and broadcasting.

    ``x`` and ``y`` may be scalars (a float is returned) or arrays of broadcastable shapes.
    """
    z = np.asarray(plain(x, y))
    for bump, amplitude in zip(BUMPS, _AMPLITUDES):
        z += amplitude * bump.shape(x, y)
    if np.ndim(z) == 0:
        return float(z)
    return z


def grid_shape(bounds: Sequence[float], cell: float) -> Tuple[int, int]:
    """(rows, cols) of a grid of ``cell``-metre cells anchored on the bounds' north-west corner."""
    xmin, ymin, xmax, ymax = bounds
    if not cell > 0:
        raise ValueError(f"cell size must be positive, got {cell!r}")
    if not (xmax > xmin and ymax > ymin):
        raise ValueError(f"bounds must be (xmin, ymin, xmax, ymax) with xmin < xmax and "
                         f"ymin < ymax, got {bounds!r}")
    cols = int(math.ceil((xmax - xmin) / cell - 1e-9))
    rows = int(math.ceil((ymax - ymin) / cell - 1e-9))
    return rows, cols


def dem_grid(bounds: Sequence[float] = SAMPLE_BOUNDS,
             cell: float = DEFAULT_CELL) -> Tuple[AnyArray, GeoTransform]:
    """The DEM over ``bounds`` as (float32 array, GDAL geotransform).

    Values are sampled at cell centres; row 0 is the north edge; the geotransform is
    (xmin, cell, 0, ymax, 0, -cell). When the bounds are not a multiple of ``cell`` the grid
    extends east and south to cover them.
    """
    rows, cols = grid_shape(bounds, cell)
    if rows * cols > MAX_GRID_CELLS:
        raise ValueError(f"a {cell} m grid over {bounds} would have {rows * cols} cells "
                         f"(at most {MAX_GRID_CELLS}); use a larger cell or smaller bounds")
    xmin, _, _, ymax = bounds
    x = xmin + (np.arange(cols) + 0.5) * cell
    y = ymax - (np.arange(rows) + 0.5) * cell
    z = elevation(x[np.newaxis, :], y[:, np.newaxis])
    z = np.broadcast_to(z, (rows, cols)).astype(np.float32)
    return z, (float(xmin), float(cell), 0.0, float(ymax), 0.0, -float(cell))
