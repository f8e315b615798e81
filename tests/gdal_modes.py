"""GDAL's Python bindings in exception mode, as another plugin (or a later GDAL) may leave
them: the code must fail the same way in both modes."""

from contextlib import contextmanager

from osgeo import gdal, ogr, osr


@contextmanager
def gdal_exceptions():
    before = [module.GetUseExceptions() for module in (gdal, ogr, osr)]
    for module in (gdal, ogr, osr):
        module.UseExceptions()
    try:
        yield
    finally:  # in the reverse order: each mode pushed an error handler
        for module, used in reversed(list(zip((gdal, ogr, osr), before))):
            if not used:
                module.DontUseExceptions()
