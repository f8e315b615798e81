"""itinerance:checkinventory: problems in the inventory layers, each with a place to zoom to.

The checks themselves run in ``inputs.inventory_findings`` (shared with the dock's "Contrôles"
panel) on the engine ``logic.inventory.checks``; this module is the Processing algorithm.
"""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from ..inputs.inventory_findings import (
    CHECKS,
    DEFAULT_ESTABLISHMENT_DISTANCE,
    DEFAULT_NEAR_MISS,
    DEFAULT_TOLERANCE,
    ERROR,
    ROLES,
    InventoryChecker,
    inventory_crs,
    read_layer,
    without_mode_field,
)
from ..layers import output_styles
from ..layers.geometry_io import LAMBERT_93, point_geometry
from .base import ItineranceAlgorithm

# --- the Processing algorithm -----------------------------------------------------------------

FINDING_FIELDS = (("check", "text"), ("layer", "text"), ("feature_id", "long"),
                  ("severity", "text"), ("message", "text"))
LAYER_TYPES = {"aires": QgsProcessing.TypeVectorPoint,
               "etablissements": QgsProcessing.TypeVectorPoint,
               "noeuds": QgsProcessing.TypeVectorPoint,
               "troncons": QgsProcessing.TypeVectorLine,
               "itineraires": QgsProcessing.TypeVectorLine,
               "trame": QgsProcessing.TypeVectorLine,
               "poles": QgsProcessing.TypeVectorPolygon,
               "ascensions": QgsProcessing.TypeVectorLine}
CHECK_STYLE = {"duplicate_numbers": ("#e31a1c", 1), "off_network": ("#2b83ba", 2),
               "label_without_date": ("#ff7f00", 3), "missing_names": ("#6a3d9a", 4),
               "invalid_geometries": ("#000000", 8), "near_misses": ("#d7191c", 9)}


class CheckInventory(ItineranceAlgorithm):
    ICON = "checkinventory.svg"
    OUTPUT = "OUTPUT"
    TOLERANCE = "TOLERANCE"
    ESTABLISHMENT_DISTANCE = "ESTABLISHMENT_DISTANCE"
    NEAR_MISS = "NEAR_MISS"
    TARGET_CRS = "TARGET_CRS"
    FINDING_COUNT = "FINDING_COUNT"
    ERROR_COUNT = "ERROR_COUNT"
    FEATURE_COUNT = "FEATURE_COUNT"

    def name(self):
        return "checkinventory"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Check the inventory")

    def group(self):
        return self.tr("Project")

    def groupId(self):  # noqa: N802 - QGIS API
        return "project"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        labels = self.role_labels()
        for role in ROLES:
            self.addParameter(QgsProcessingParameterVectorLayer(
                role.upper(), labels[role], [LAYER_TYPES[role]], optional=True))
        self.add_mode_parameter(self.tr("Mode (the nodes, sections and itineraries of this "
                                        "mode)"))
        for check in CHECKS:
            self.addParameter(QgsProcessingParameterBoolean(
                check.name.upper(), check.label, True))
        self.addParameter(QgsProcessingParameterNumber(
            self.TOLERANCE, self.tr("Largest distance from aires and nodes to the network (m)"),
            QgsProcessingParameterNumber.Double, DEFAULT_TOLERANCE, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.ESTABLISHMENT_DISTANCE,
            self.tr("Largest distance from establishments to the network (m)"),
            QgsProcessingParameterNumber.Double, DEFAULT_ESTABLISHMENT_DISTANCE, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.NEAR_MISS, self.tr("Near-miss distance between a line end and a line (m)"),
            QgsProcessingParameterNumber.Double, DEFAULT_NEAR_MISS, minValue=0.0))
        self.addParameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, self.tr("Metric CRS for geographic input"), LAMBERT_93,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Findings"), QgsProcessing.TypeVectorPoint))
        self.add_number_outputs({
            self.FINDING_COUNT: self.tr("Number of findings"),
            self.ERROR_COUNT: self.tr("Number of errors"),
            self.FEATURE_COUNT: self.tr("Number of features checked"),
        })
        self.add_number_outputs({f"{check.name.upper()}_COUNT": check.label for check in CHECKS})

    def role_labels(self):
        return {
            "aires": self.tr("Aires (points)"),
            "etablissements": self.tr("Establishments (points)"),
            "noeuds": self.tr("Network nodes (points)"),
            "troncons": self.tr("Network sections (lines)"),
            "itineraires": self.tr("Itineraries (lines)"),
            "trame": self.tr("Green network (lines)"),
            "poles": self.tr("Hubs (polygons)"),
            "ascensions": self.tr("Climbs (lines)"),
        }

    def aliases(self):
        return {"check": self.tr("Check"), "layer": self.tr("Layer"),
                "feature_id": self.tr("Feature"), "severity": self.tr("Severity"),
                "message": self.tr("Message")}

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        layers = {role: self.parameterAsVectorLayer(parameters, role.upper(), context)
                  for role in ROLES}
        layers = {role: layer for role, layer in layers.items() if layer is not None}
        if not layers:
            raise QgsProcessingException(self.tr(
                "Give at least one inventory layer to check: AIRES, ETABLISSEMENTS, NOEUDS, "
                "TRONCONS, ITINERAIRES, TRAME, POLES or ASCENSIONS."))
        options = {check.name: self.parameterAsBoolean(parameters, check.name.upper(), context)
                   for check in CHECKS}
        options.update(
            tolerance=self.parameterAsDouble(parameters, self.TOLERANCE, context),
            establishment_distance=self.parameterAsDouble(
                parameters, self.ESTABLISHMENT_DISTANCE, context),
            near_miss=self.parameterAsDouble(parameters, self.NEAR_MISS, context))
        crs = inventory_crs(layers, self.parameterAsCrs(parameters, self.TARGET_CRS, context))
        feedback.pushInfo(self.tr("Working CRS: {}").format(crs.authid()))
        mode = self.parameter_as_mode(parameters, context, feedback)
        for role in without_mode_field(layers):
            feedback.pushInfo(self.tr("{} has no mode field: all its features are checked.")
                              .format(role))

        # messages name the layers by role: layers opened from a file path are named after
        # the file, the same for all of them
        data = {role: read_layer(layer, role, crs, context.transformContext(), role, mode)
                for role, layer in layers.items()}
        findings = InventoryChecker(options, feedback).run(data)
        if feedback.isCanceled():
            return {}
        outputs = self.write_outputs(parameters, context, crs, {
            self.OUTPUT: (FINDING_FIELDS, QgsWkbTypes.Point, [
                (point_geometry(f.x, f.y) if f.x is not None else None,
                 [f.check, f.layer_role, f.feature_id, f.severity, f.message])
                for f in findings]),
        })
        self.style_output(context, outputs)
        results = {self.FINDING_COUNT: len(findings),
                   self.ERROR_COUNT: sum(f.severity == ERROR for f in findings),
                   self.FEATURE_COUNT: sum(len(d) for d in data.values())}
        for check in CHECKS:
            results[f"{check.name.upper()}_COUNT"] = sum(f.check == check.name
                                                         for f in findings)
            if results[f"{check.name.upper()}_COUNT"]:
                feedback.pushInfo(f"{check.label}: {results[f'{check.name.upper()}_COUNT']}")
        feedback.pushInfo(self.tr("{} finding(s) in {} feature(s), {} error(s).").format(
            results[self.FINDING_COUNT], results[self.FEATURE_COUNT], results[self.ERROR_COUNT]))
        results.update(outputs)
        return results

    def style_output(self, context, outputs):
        kinds = [(check.name, check.label, *CHECK_STYLE[check.name]) for check in CHECKS]
        for destination in outputs.values():
            output_styles.apply_on_load(
                context, destination,
                lambda layer: output_styles.diagnostics(layer, "check", kinds), self.aliases())
