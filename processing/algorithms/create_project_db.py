"""itinerance:createprojectdb: the project GeoPackage of the data model."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
)

from ..logic import data_model
from ..project_db import create_project_database, open_layer
from .base import ItineranceAlgorithm

DEFAULT_CRS = "EPSG:2154"  # RGF93 v1 / Lambert-93, the French national projection


class CreateProjectDb(ItineranceAlgorithm):
    OUTPUT = "OUTPUT"
    CRS = "CRS"
    OVERWRITE = "OVERWRITE"
    ADD_TO_PROJECT = "ADD_TO_PROJECT"
    LAYER_COUNT = "LAYER_COUNT"
    LAYERS = "LAYERS"
    ICON = "createprojectdb.svg"

    def name(self):
        return "createprojectdb"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Create project database")

    def group(self):
        return self.tr("Project")

    def groupId(self):  # noqa: N802 - QGIS API
        return "project"

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr(
            "Creates the project GeoPackage of Itinérance: the nine inventory layers (aires, "
            "etablissements, noeuds, troncons, itineraires, trame, poles, ascensions, "
            "perimetres) with their fields, value lists (kinds, categories, statuses), required "
            "names, a default style and edit forms with drop-down lists and check boxes.\n\n"
            "Coordinate reference system: a projected CRS in metres (default EPSG:2154, "
            "Lambert-93); a geographic CRS is refused.\n"
            "Overwrite: an existing file is replaced only when this is checked.\n"
            "Add layers to project: loads the nine layers, styled, into the current project.\n\n"
            "Example: qgis_process.bin run itinerance:createprojectdb "
            "--OUTPUT=inventaire.gpkg --CRS=EPSG:2154")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Project database"), self.tr("GeoPackage (*.gpkg)")))
        # optional so that qgis_process 3.22, which demands every non-optional CRS even when it
        # has a default, runs without --CRS
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, self.tr("Coordinate reference system (metres)"), DEFAULT_CRS,
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite an existing file"), False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ADD_TO_PROJECT, self.tr("Add the layers to the project"), True))
        self.addOutput(QgsProcessingOutputNumber(self.LAYER_COUNT, self.tr("Layer count")))
        self.addOutput(QgsProcessingOutputString(self.LAYERS, self.tr("Layer names")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid() and not parameters.get(self.CRS):
            crs = QgsCoordinateReferenceSystem(DEFAULT_CRS)
        overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        add_to_project = self.parameterAsBoolean(parameters, self.ADD_TO_PROJECT, context)

        names = create_project_database(path, crs, overwrite, feedback)
        feedback.pushInfo(self.tr("Created {} layers in {} ({}).")
                          .format(len(names), path, crs.authid()))
        if add_to_project and context.project() is not None:
            for layer_def in data_model.LAYERS:
                layer = open_layer(path, layer_def.name)
                context.temporaryLayerStore().addMapLayer(layer)
                context.addLayerToLoadOnCompletion(layer.id(), QgsProcessingContext.LayerDetails(
                    layer_def.name, context.project(), self.OUTPUT))
        return {self.OUTPUT: path, self.LAYER_COUNT: len(names), self.LAYERS: ",".join(names)}
