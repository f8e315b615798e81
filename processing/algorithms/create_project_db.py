"""itinerance:createprojectdb: the project database of the data model, as a GeoPackage file or
in a schema of a PostgreSQL/PostGIS database."""

from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..database import postgis_db
from ..database.project_db import create_project_database, migrate_project_database, open_layer
from ..logic.inventory import data_model
from .base import ItineranceAlgorithm

DEFAULT_CRS = "EPSG:2154"  # RGF93 v1 / Lambert-93, the French national projection


class CreateProjectDb(ItineranceAlgorithm):
    OUTPUT = "OUTPUT"
    CRS = "CRS"
    OVERWRITE = "OVERWRITE"
    ADD_TO_PROJECT = "ADD_TO_PROJECT"
    DATABASE = "DATABASE"
    SCHEMA = "SCHEMA"
    DEFAULT_SCHEMA = "itinerance"
    LAYER_COUNT = "LAYER_COUNT"
    LAYERS = "LAYERS"
    SCHEMA_VERSION = "SCHEMA_VERSION"
    ICON = "createprojectdb.svg"

    def name(self):
        return "createprojectdb"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Create project database")

    def group(self):
        return self.tr("Project")

    def groupId(self):  # noqa: N802 - QGIS API
        return "project"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        # optional: a PostGIS DATABASE may be given instead; no temporary file by default
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Project database (GeoPackage file)"),
            self.tr("GeoPackage (*.gpkg)"), optional=True, createByDefault=False))
        # optional so that qgis_process 3.22, which demands every non-optional CRS even when it
        # has a default, runs without --CRS
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, self.tr("Coordinate reference system (metres)"), DEFAULT_CRS,
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite an existing file"), False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ADD_TO_PROJECT, self.tr("Add the layers to the project"), True))
        self.addParameter(QgsProcessingParameterString(
            self.DATABASE, self.tr("Or a PostgreSQL database (saved connection name, "
                                   "postgresql:// URI or service=)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SCHEMA, self.tr("Schema in the PostgreSQL database"), self.DEFAULT_SCHEMA,
            optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.LAYER_COUNT, self.tr("Layer count")))
        self.addOutput(QgsProcessingOutputString(self.LAYERS, self.tr("Layer names")))
        self.addOutput(QgsProcessingOutputNumber(self.SCHEMA_VERSION,
                                                 self.tr("Version of the data model")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        database = self.parameterAsString(parameters, self.DATABASE, context).strip()
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid() and not parameters.get(self.CRS):
            crs = QgsCoordinateReferenceSystem(DEFAULT_CRS)
        overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        add_to_project = (self.parameterAsBoolean(parameters, self.ADD_TO_PROJECT, context)
                          and context.project() is not None)
        if database and path:
            raise QgsProcessingException(self.tr(
                "Give either a GeoPackage file (OUTPUT) or a PostgreSQL database (DATABASE), "
                "not both."))
        if not database and not path:
            raise QgsProcessingException(self.tr(
                "Choose where to create the project database: a GeoPackage file (OUTPUT) or a "
                "PostgreSQL database (DATABASE)."))
        if database:
            return self.create_in_postgis(parameters, context, feedback, database, crs,
                                          overwrite, add_to_project)

        if Path(path).exists() and not overwrite:
            self.report_upgrade(feedback, path, migrate_project_database(path))
            names = [d.name for d in data_model.LAYERS]
        else:
            names = create_project_database(path, crs, overwrite, feedback)
            feedback.pushInfo(self.tr("Created {} layers in {} ({}).")
                              .format(len(names), path, crs.authid()))
        if add_to_project:
            self.load(context, [open_layer(path, d.name) for d in data_model.LAYERS])
        return {self.OUTPUT: path, self.LAYER_COUNT: len(names), self.LAYERS: ",".join(names),
                self.SCHEMA_VERSION: data_model.SCHEMA_VERSION}

    def report_upgrade(self, feedback, database, versions):
        before, now = versions
        if before == now:
            feedback.pushInfo(self.tr("{} is a project database already up to date (version "
                                      "{} of the data model): nothing to do.")
                              .format(database, now))
        else:
            feedback.pushInfo(self.tr("{} was brought from version {} to version {} of the "
                                      "data model; nothing already in it was changed.")
                              .format(database, before, now))

    def create_in_postgis(self, parameters, context, feedback, database, crs, overwrite,
                          add_to_project):
        schema = self.parameterAsString(parameters, self.SCHEMA, context).strip()
        schema = schema or self.DEFAULT_SCHEMA
        names, conn, upgrade = postgis_db.create_postgis_database(
            database, schema, crs, overwrite, feedback)
        if upgrade is None:
            feedback.pushInfo(self.tr("Created {} tables in the schema {} of the database ({}).")
                              .format(len(names), schema, crs.authid()))
            srid = postgis_db.postgis_srid(crs)
        else:
            self.report_upgrade(feedback, self.tr("The schema {}").format(schema), upgrade)
            srid = postgis_db.schema_srid(conn, schema)
        if add_to_project:
            self.load(context, [postgis_db.open_layer(conn, schema, d, srid)
                                for d in data_model.LAYERS])
        return {self.LAYER_COUNT: len(names), self.LAYERS: ",".join(names),
                self.SCHEMA_VERSION: data_model.SCHEMA_VERSION}

    def load(self, context, layers):
        """Load ``layers`` (styled by their default style) into the project when done."""
        for layer in layers:
            context.temporaryLayerStore().addMapLayer(layer)
            context.addLayerToLoadOnCompletion(layer.id(), QgsProcessingContext.LayerDetails(
                layer.name(), context.project(), self.OUTPUT))
