"""Array types of the engines' annotations: numpy arrays by kind of element.

The type checker sees the element kinds; at run time the names are plain ``np.ndarray``, since
older numpy releases (QGIS 3.22 on other platforms) cannot subscript their scalar types.
Integer arrays are signed: int64 and intp alike (indices come as either).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

__all__ = ["AnyArray", "ArrayLike", "BoolArray", "FloatArray", "IntArray", "SparseMatrix",
           "as_points"]

if TYPE_CHECKING:
    from numpy.typing import ArrayLike, NDArray

    FloatArray = NDArray[np.floating[Any]]  # metres, parameters, weights
    IntArray = NDArray[np.signedinteger[Any]]  # indices and counts (int64, intp)
    BoolArray = NDArray[np.bool_]  # masks
    AnyArray = NDArray[Any]  # arrays of records or of mixed kinds
else:
    FloatArray = IntArray = BoolArray = AnyArray = np.ndarray
    ArrayLike = object  # what np.asarray takes: arrays, sequences, numbers

# A scipy.sparse matrix (csr, coo): scipy as Debian ships it has no type information.
SparseMatrix = Any


def as_points(xy: AnyArray) -> AnyArray:
    """Rows of (x, y) doubles as one complex number each (a view where it can be): equality
    and finiteness of whole points in one pass, instead of per column then across."""
    return np.ascontiguousarray(xy, dtype=np.float64).reshape(-1, 2).view(np.complex128).ravel()
