"""The classes BikeNodePlanner (Denmark) rates a node network by: link lengths and the perimeter
of the loops its faces form.

Pure numpy. A link of 1 to 5 km is ideal, shorter is short, 5 to 10 km long, over 10 km too
long; a face whose perimeter is 8 to 20 km is ideal, shorter small, longer large. Each ideal
range includes both its bounds (exactly 5 km is ideal, exactly 10 km long).
"""

from __future__ import annotations

from typing import Tuple

import numpy as np

LENGTH_CLASSES = ("short", "ideal", "long", "too_long")
LENGTH_BOUNDS_KM = (1.0, 5.0, 10.0)
FACE_CLASSES = ("small", "ideal", "large")
FACE_BOUNDS_KM = (8.0, 20.0)


def _classes(km: np.ndarray, bounds: Tuple[float, ...]) -> np.ndarray:
    """Class index: below the first bound 0, then up to each next bound included."""
    km = np.asarray(km, dtype=float)
    index = np.searchsorted(np.asarray(bounds[1:]), km, side="left") + 1
    return np.where(km < bounds[0], 0, index)


def length_class(length_m: np.ndarray) -> np.ndarray:
    """The length class index (into ``LENGTH_CLASSES``) of each link."""
    return _classes(np.asarray(length_m, dtype=float) / 1000.0, LENGTH_BOUNDS_KM)


def face_class(perimeter_m: np.ndarray) -> np.ndarray:
    """The class index (into ``FACE_CLASSES``) of each face by its perimeter."""
    return _classes(np.asarray(perimeter_m, dtype=float) / 1000.0, FACE_BOUNDS_KM)


def lengths_by_class(classes: np.ndarray, length_m: np.ndarray, class_count: int) -> np.ndarray:
    """Metres of each class."""
    return np.bincount(np.asarray(classes, dtype=np.int64), weights=length_m,
                       minlength=class_count)
