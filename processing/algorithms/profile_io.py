"""What the algorithms reading a DEM along lines share: the DEM opened, the profile points."""

from qgis.core import QgsProcessingException

from ..logic import profile
from ..translate import tr
from .geometry_io import point_geometries
from .sinks import column


def open_dem(dem_layer, band):
    """A ``dem_sampling.DemSampler`` on the raster layer's file, band ``band`` (1 if unset)."""
    if dem_layer is None or dem_layer.providerType() != "gdal":
        raise QgsProcessingException(tr(
            "The DEM must be a raster file (GeoTIFF, VRT…) that GDAL can read."))
    # rasterio and pyproj load when a profile runs, not with the plugin at QGIS start
    from ..logic import dem_sampling

    try:
        return dem_sampling.DemSampler(dem_layer.source().split("|")[0], band or 1)
    except ValueError as error:
        raise QgsProcessingException(str(error)) from error


def profile_point_rows(keys, chainage, points, z, grade_window):
    """The rows of a profile points output: a PointZ every sample, with the ``keys`` (the
    line's identifying values) then chainage_m, z_m, grade_pct (mean over ``grade_window``
    centred on the sample) and grade_class."""
    grade = profile.grades(chainage, z, grade_window)
    labels = [label for label, _ in profile.GRADE_CLASSES]
    classes = [labels[c] if c >= 0 else None for c in profile.grade_class(grade).tolist()]
    keys = list(keys)
    return [(geometry, keys + [s, h, g, c]) for geometry, s, h, g, c in zip(
        point_geometries(points, z), column(chainage), column(z), column(grade), classes)]
