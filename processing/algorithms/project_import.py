"""What the importers (importosmnetwork, importaccueilvelo) share: the project database they
write into, a GeoPackage or a PostgreSQL connection with its schema, opened and brought up to
date."""

from qgis.core import QgsProcessingParameterFile, QgsProcessingParameterString
from qgis.PyQt.QtCore import QCoreApplication

from ..database import import_target
from .base import ItineranceAlgorithm

# The parameters declared here; their texts are translated in the context "ProjectImport" (the
# test of the French texts reads this through PARAMETERS_OF).
DATABASE_PARAMETERS = ("SCHEMA",)


class ProjectImport(ItineranceAlgorithm):
    """An importer into the project database. The texts declared here are translated in the
    context ``ProjectImport`` (written out: ``self.tr()`` would look them up under the
    subclass's name)."""

    DATABASE = "DATABASE"
    SCHEMA = "SCHEMA"
    MODE = "MODE"
    DEFAULT_SCHEMA = "itinerance"

    def groupId(self):  # noqa: N802 - QGIS API
        return "import"

    def add_database_parameters(self, description):
        """DATABASE (described by ``description``) and SCHEMA."""
        # a file parameter for the file dialog; "All files" (*) lets any text through: a .gpkg
        # path, or a PostgreSQL connection with SCHEMA
        self.addParameter(QgsProcessingParameterFile(
            self.DATABASE, description, fileFilter=QCoreApplication.translate(
                "ProjectImport", "GeoPackage (*.gpkg);;All files (*)")))
        self.addParameter(QgsProcessingParameterString(
            self.SCHEMA, QCoreApplication.translate(
                "ProjectImport", "Schema in the PostgreSQL database"), self.DEFAULT_SCHEMA,
            optional=True))

    def open_database(self, parameters, context, feedback):
        """The import target DATABASE (with SCHEMA, default itinerance), brought up to date
        first: the log says from which version."""
        target, (before, now) = import_target.open_target(
            self.parameterAsString(parameters, self.DATABASE, context),
            self.parameterAsString(parameters, self.SCHEMA, context) or self.DEFAULT_SCHEMA)
        if before != now:
            feedback.pushInfo(QCoreApplication.translate(
                "ProjectImport", "{} was brought from version {} to version {} of the data "
                "model.").format(target.describe(), before, now))
        return target
