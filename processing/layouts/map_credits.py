"""The credit line of the map exports: what the layers shown and the project declare.

Nothing is invented: without ``SOURCES``, the line is made of the rights, licences and
attribution each layer declares in its metadata (Layer Properties ▸ Metadata), the copyright
a raster file carries (GeoTIFF's TIFFTAG_COPYRIGHT), and the project's rights (Project ▸
Properties ▸ Metadata), each once. A layer that declares nothing adds nothing.
"""

from qgis.core import QgsRasterLayer

from ..database.stored_texts import in_user_language
from ..logic.reports import page_layout
from ..translate import tr


def _attribution(layer):
    """The layer's attribution (Layer Properties ▸ QGIS Server): on the layer in QGIS 3.22,
    in its server properties from QGIS 3.38, where the layer's own accessor is deprecated."""
    server = layer.serverProperties() if hasattr(layer, "serverProperties") else None
    if server is not None and hasattr(server, "attribution"):
        return server.attribution()
    return layer.attribution() if hasattr(layer, "attribution") else ""


def _file_copyright(layer):
    """The copyright a raster file read by GDAL declares (TIFFTAG_COPYRIGHT), or ""."""
    if not isinstance(layer, QgsRasterLayer) or layer.providerType() != "gdal":
        return ""
    from osgeo import gdal  # only when a raster is credited: GDAL's bindings load slowly

    dataset = gdal.OpenEx(layer.source().split("|")[0], gdal.OF_RASTER)
    return (dataset.GetMetadataItem("TIFFTAG_COPYRIGHT") or "") if dataset is not None else ""


def declared(layer):
    """What ``layer`` declares about its sources: rights, licences, attribution, the file's
    copyright; blanks dropped."""
    metadata = layer.metadata()
    items = list(metadata.rights()) + list(metadata.licenses())
    items += [_attribution(layer), _file_copyright(layer)]
    return [item for item in items if item and str(item).strip()]


def credit_line(sources, layers, feedback=None):
    """The credits: ``sources`` when the user gave them, else what the ``layers`` shown
    declare, each once. Empty (with a warning) when nothing is declared."""
    if sources and sources.strip():
        return sources.strip()
    line = page_layout.credits_line(
        [in_user_language(item) for layer in layers if layer is not None
         for item in declared(layer)])
    if feedback is not None:
        if line:
            feedback.pushInfo(tr("Sources declared by the layers: {}")
                              .format(line))
        else:
            feedback.pushWarning(tr(
                "No layer shown declares its sources, and no SOURCES was given: the map has no "
                "credit line. Fill in Layer Properties ▸ Metadata ▸ Access (rights, licences) "
                "of each layer, or give SOURCES."))
    return line
