"""GDAL calls that fail the same way whichever error mode the bindings are in.

GDAL's Python bindings return None (or an error code) on failure, unless ``UseExceptions()`` was
called, by any plugin in the same QGIS or by default in a later GDAL: then they raise
RuntimeError. The callers here test results; ``call`` gives them the same result in both modes,
with GDAL's message in ``gdal.GetLastErrorMsg()``.
"""

from __future__ import annotations

from typing import Any, Callable

from osgeo import gdal


def call(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``function(*args, **kwargs)``, or None when GDAL raised."""
    gdal.ErrorReset()
    try:
        return function(*args, **kwargs)
    except RuntimeError:
        return None
