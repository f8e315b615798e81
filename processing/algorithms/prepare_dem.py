"""itinerance:preparedem: DEM tiles (ASCII grid, GeoTIFF, any CRS) into one tiled, compressed
GeoTIFF with overviews in the project CRS (the work is in logic/dem_preparation.py)."""

from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from ..layers.geometry_io import LAMBERT_93
from .base import ItineranceAlgorithm


class PrepareDem(ItineranceAlgorithm):
    INPUT = "INPUT"
    SOURCE_CRS = "SOURCE_CRS"
    PERIMETER = "PERIMETER"
    MARGIN = "MARGIN"
    RESOLUTION = "RESOLUTION"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    ICON = "preparedem.svg"

    def name(self):
        return "preparedem"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Prepare a DEM from tiles")

    def group(self):
        return self.tr("Relief")

    def groupId(self):  # noqa: N802 - QGIS API
        return "relief"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INPUT, self.tr("DEM tiles (ASCII grid, GeoTIFF…)"), QgsProcessing.TypeRaster))
        self.addParameter(QgsProcessingParameterCrs(
            self.SOURCE_CRS, self.tr("CRS of tiles that have none"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PERIMETER, self.tr("Perimeter (polygons)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MARGIN, self.tr("Margin around the perimeter (m)"),
            QgsProcessingParameterNumber.Double, 1000.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.RESOLUTION, self.tr("Resolution (m; 0 = the finest tile)"),
            QgsProcessingParameterNumber.Double, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, self.tr("Output CRS (default: the project's, or EPSG:2154)"),
            optional=True))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Prepared DEM")))
        for name, description in (
                ("TILE_COUNT", self.tr("Tiles read")),
                ("WIDTH", self.tr("Width (cells)")),
                ("HEIGHT", self.tr("Height (cells)")),
                ("RESOLUTION_M", self.tr("Resolution (m)")),
                ("MIN_ELEVATION_M", self.tr("Lowest elevation (m)")),
                ("MAX_ELEVATION_M", self.tr("Highest elevation (m)")),
                ("NODATA_PCT", self.tr("Area without elevation (%)"))):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        paths = self.tile_paths(parameters, context)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        if Path(output).suffix.lower() not in (".tif", ".tiff"):
            raise QgsProcessingException(self.tr(
                "The prepared DEM is a GeoTIFF: give a file name ending in .tif, not {}.")
                .format(Path(output).name))
        crs = self.target_crs(parameters, context)
        source_crs = self.parameterAsCrs(parameters, self.SOURCE_CRS, context)
        perimeter = self.perimeter_wkbs(parameters, self.PERIMETER, context, crs)
        margin = self.parameterAsDouble(parameters, self.MARGIN, context)
        resolution = self.parameterAsDouble(parameters, self.RESOLUTION, context)
        feedback.pushInfo(self.tr("{} tile(s), output CRS {}.").format(len(paths), crs.authid()))

        # GDAL and shapely load when a DEM is prepared, not with the plugin at QGIS start
        from ..logic.relief import dem_mosaic as dem_preparation

        def progress(fraction):
            feedback.setProgress(100.0 * fraction)
            return not feedback.isCanceled()

        try:
            result = dem_preparation.prepare_dem(
                paths, output, crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL),
                resolution, perimeter, margin,
                source_crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL)
                if source_crs.isValid() else None,
                progress, lambda code, **details: self.log(feedback, code, details))
        except dem_preparation.CanceledError:
            return {}
        except dem_preparation.DemPreparationError as error:
            raise QgsProcessingException(self.message(error.code, error.details)) from None

        feedback.pushInfo(self.tr(
            "{} tile(s) in {} grid(s) of one CRS; DEM of {} × {} cells of {:g} m, elevations "
            "{:.1f} to {:.1f} m, {:.2f} % of the area without elevation.").format(
            result.tile_count, result.group_count, result.width, result.height,
            result.resolution, result.min_elevation, result.max_elevation, result.nodata_pct))
        if result.nodata_pct > 1.0:
            feedback.pushWarning(self.tr(
                "{:.1f} % of the area has no elevation: tiles are missing there, or hold no "
                "data.").format(result.nodata_pct))
        return {self.OUTPUT: output, "TILE_COUNT": result.tile_count, "WIDTH": result.width,
                "HEIGHT": result.height, "RESOLUTION_M": result.resolution,
                "MIN_ELEVATION_M": result.min_elevation,
                "MAX_ELEVATION_M": result.max_elevation, "NODATA_PCT": result.nodata_pct}

    # --- helpers ---------------------------------------------------------------------------

    def tile_paths(self, parameters, context):
        layers = self.parameterAsLayerList(parameters, self.INPUT, context)
        if not layers:
            raise QgsProcessingException(self.tr(
                "Give at least one DEM tile (INPUT): ESRI ASCII grid (.asc), GeoTIFF…"))
        paths = []
        for layer in layers:
            if layer.providerType() != "gdal":
                raise QgsProcessingException(self.tr(
                    "{} is not a raster file that GDAL reads; give DEM tiles as files (ASCII "
                    "grid, GeoTIFF…).").format(layer.name()))
            paths.append(layer.source().split("|")[0])
        return paths

    def target_crs(self, parameters, context):
        crs = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        if not crs.isValid():
            project = context.project()
            crs = project.crs() if project is not None else QgsCoordinateReferenceSystem()
            if not crs.isValid() or crs.isGeographic():
                crs = QgsCoordinateReferenceSystem(LAMBERT_93)
        elif crs.isGeographic():
            raise QgsProcessingException(self.tr(
                "The output CRS {} is geographic (degrees); a DEM for slopes needs metres. "
                "Choose a projected CRS such as EPSG:2154 (Lambert-93).").format(crs.authid()))
        return crs

    def log(self, feedback, code, details):
        if code == "resolution":
            feedback.pushInfo(self.tr("Resolution: {:g} m (the finest tile).")
                              .format(details["resolution"]))
        elif code == "assigned_crs":
            feedback.pushInfo(self.tr("Tiles without a CRS, taken to be in the CRS given for "
                                      "them: {}").format(", ".join(details["paths"])))
        elif code == "gdal_warning":
            feedback.pushWarning(self.tr("GDAL: {}").format(details["message"]))

    def message(self, code, details):
        """The words for a DemPreparationError."""
        if code == "no_crs":
            return self.tr(
                "These tiles have no CRS: {}. Give their CRS in SOURCE_CRS (EPSG:2154 for IGN's "
                "RGE ALTI and BD ALTI), or add their .prj file.").format(
                ", ".join(details["paths"]))
        if code == "unreadable":
            return self.tr("GDAL cannot read the tile {} ({}). Give DEM tiles as ESRI ASCII "
                           "grids or GeoTIFF files.").format(details["path"], details["detail"])
        if code == "no_data":
            return self.tr("The tiles hold no elevation over the area asked for (every cell "
                           "is no data): check the tiles, their CRS and the perimeter.")
        if code == "no_overlap":
            return self.tr("The perimeter does not overlap any tile: check that the tiles "
                           "cover it (and their CRS).")
        if code == "too_large":
            return self.tr("The DEM would have {} × {} cells: too large. Choose a coarser "
                           "RESOLUTION or a PERIMETER.").format(details["width"],
                                                                 details["height"])
        if code == "no_tiles":
            return self.tr("Give at least one DEM tile (INPUT): ESRI ASCII grid (.asc), "
                           "GeoTIFF…")
        if code == "bad_crs":
            return self.tr("GDAL does not know the CRS {}; choose an EPSG CRS.").format(
                details["what"])
        if code == "geographic_target":
            return self.tr("The output CRS is geographic (degrees); choose a projected CRS "
                           "in metres such as EPSG:2154 (Lambert-93).")
        return self.tr("GDAL failed ({}): {}").format(details.get("step", ""),
                                                       details.get("detail", ""))

