"""What the algorithms reading a DEM along lines share: the DEM opened, the profile points, the
profile charts."""

from pathlib import Path

from qgis.core import QgsProcessingException

from ..logic.relief import profile, profile_chart
from ..translate import tr, user_locale
from . import output_styles
from .geometry_io import point_geometries
from .sinks import column


def dem_file(dem_layer):
    """The file of a DEM raster layer, refused unless GDAL reads it."""
    if dem_layer is None or dem_layer.providerType() != "gdal":
        raise QgsProcessingException(tr(
            "The DEM must be a raster file (GeoTIFF, VRT…) that GDAL can read."))
    return dem_layer.source().split("|")[0]


def open_dem_file(path, band):
    """A ``dem_sampling.DemSampler`` on the DEM file ``path``, band ``band`` (1 if unset)."""
    # rasterio and pyproj load when a profile runs, not with the plugin at QGIS start
    from ..logic.relief import dem_sampling

    try:
        return dem_sampling.DemSampler(path, band or 1)
    except ValueError as error:
        raise QgsProcessingException(str(error)) from error


def open_dem(dem_layer, band):
    """A ``dem_sampling.DemSampler`` on the raster layer's file, band ``band`` (1 if unset)."""
    return open_dem_file(dem_file(dem_layer), band)


# the fields of a profile points output after the line's keys, as profile_point_rows fills them
POINT_FIELDS = (("chainage_m", "real"), ("z_m", "real"), ("grade_pct", "real"),
                ("grade_class", "text"))


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


def style_points(layer):
    """Profile points coloured by grade class, like a Tour de France profile."""
    output_styles.classed_points(layer, "grade_class", profile.GRADE_CLASSES)


def render_chart(chainage, z, path_stem, title, figures, grade_window, **options):
    """``profile_chart.render_profile`` with its axes, no-data label and numbers in the user's
    language."""
    options.setdefault("decimal_separator", user_locale().decimalPoint())
    return profile_chart.render_profile(
        chainage, z, str(path_stem), title, figures, grade_window=grade_window,
        x_label=tr("km"), y_label=tr("m"), nodata_label=tr("no data"), **options)


def write_chart(folder, name, taken, chainage, z, title, figures, grade_window):
    """The chart of the line ``name`` in ``folder``, named after it (``taken``: the file names
    given so far, so that two lines of one name get two charts)."""
    stem = profile_chart.safe_file_stem(name, taken)
    return render_chart(chainage, z, Path(folder) / stem, title, figures, grade_window)
