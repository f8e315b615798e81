"""What every Itinérance algorithm shares: translation, icon, instance creation."""

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..help.pages import help_url
from ..help.texts import help_text
from ..inputs import modes
from ..layers import output_styles
from ..layers.geometry_io import polygon_wkbs
from ..layers.sinks import TYPES, add_sink, make_fields, value, write

ICONS = Path(__file__).resolve().parent.parent.parent / "resources" / "icons"
# Qgis.ProcessingParameterFlag since QGIS 3.36; QgsProcessingParameterDefinition's flags before
# (deprecated since, gone in QGIS 4)
_FLAGS = getattr(Qgis, "ProcessingParameterFlag", None)
ADVANCED = _FLAGS.Advanced if _FLAGS is not None else QgsProcessingParameterDefinition.FlagAdvanced


def advanced(parameter):
    """``parameter`` shown under Advanced Parameters in the dialog."""
    parameter.setFlags(parameter.flags() | ADVANCED)
    return parameter


class ItineranceAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``ICON`` and call ``self.tr()`` only with literal strings in their own body,
    so that pylupdate5 files each string under the class that translates it at run time."""

    ICON = "itinerance.svg"

    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    def icon(self):
        return QIcon(str(ICONS / self.ICON))

    def svgIconPath(self):  # noqa: N802 - QGIS API
        return str(ICONS / self.ICON)

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return help_text(self.name(), type(self).__name__)

    def helpUrl(self):  # noqa: N802 - QGIS API
        # the dialog's Help button opens the algorithm's own page of the plugin's documentation
        return help_url(f"algorithms/{self.name()}.md")

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        # a MODE given as its code (--MODE=marche) is the enum's index for QGIS's checks
        parameters = modes.normalised(parameters)
        wrong = modes.wrong_mode(parameters)
        if wrong is not None:
            return False, wrong
        return super().checkParameterValues(parameters, context)

    def add_mode_parameter(self, description):
        """The MODE parameter (inputs.modes): the analysis works on one mode's network."""
        self.addParameter(modes.mode_parameter(description))

    def parameter_as_mode(self, parameters, context, feedback=None):
        """The mode code of MODE (velo by default), logged."""
        mode = modes.parameter_as_mode(self, parameters, context)
        if feedback is not None:
            feedback.pushInfo(QCoreApplication.translate("ItineranceAlgorithm", "Mode: {}")
                              .format(modes.mode_label(mode)))
        return mode

    def write_outputs(self, parameters, context, crs, specs, before_closing=None):
        """Write each output in turn: ``specs`` maps a sink parameter to (field specs, WKB
        type, rows), the rows possibly a function giving them when their turn comes;
        ``before_closing`` maps a sink parameter to a function called once its features are
        written, before it is closed. Returns the destination of each output written."""
        outputs = {}
        for name, (field_specs, wkb_type, rows) in specs.items():
            fields = make_fields(field_specs)
            sink, destination = add_sink(self, parameters, name, context, fields, wkb_type, crs)
            write(sink, fields, rows() if callable(rows) else rows)
            if before_closing and name in before_closing:
                before_closing[name]()
            del sink  # closed now (GDAL builds the spatial index), before the next is opened
            if destination:
                outputs[name] = destination
        return outputs

    def style_outputs(self, context, outputs, *style_arguments):
        """When Processing loads the ``outputs`` (sink name -> destination), style each one
        (``self.styles(*style_arguments)``) and give its fields their aliases
        (``self.aliases()``)."""
        aliases = self.aliases()
        styles = self.styles(*style_arguments)
        for name, destination in outputs.items():
            output_styles.apply_on_load(context, destination, styles[name], aliases)

    def write_input_features(self, parameters, name, context, crs, source, feature_list,
                             new_fields, new_values):
        """Write every input feature with its own fields plus ``new_fields`` ((name, type)
        pairs); ``new_values[i]`` holds the new fields' values of ``feature_list[i]``."""
        fields = QgsFields(source.fields())
        for field_name, kind in new_fields:
            if fields.indexFromName(field_name) >= 0:
                raise QgsProcessingException(QCoreApplication.translate(
                    "ItineranceAlgorithm", "{} already has a field {}; rename it first.")
                    .format(source.sourceName(), field_name))
            fields.append(QgsField(field_name, TYPES[kind]))
        sink, destination = add_sink(self, parameters, name, context, fields, source.wkbType(),
                                     crs)
        if sink is None:
            return destination
        features = []
        for feature, values in zip(feature_list, new_values):
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(list(feature.attributes()) + [value(v) for v in values])
            features.append(out)
        if not sink.addFeatures(features, QgsFeatureSink.FastInsert):
            raise QgsProcessingException(QCoreApplication.translate(
                "ItineranceAlgorithm", "Could not write {}.").format(source.sourceName()))
        return destination

    def report_skipped(self, feedback, label, read):
        """Log, per reason, the features of ``read`` (from geometry_io) that were skipped;
        ``label`` names the input, translated. Returns how many."""
        for reason, count in read.skipped.items():
            feedback.reportError(QCoreApplication.translate(
                "ItineranceAlgorithm", "{}: {} feature(s) skipped ({}).")
                .format(label, count, self.skip_reasons()[reason]))
        return read.skipped_count

    def perimeter_wkbs(self, parameters, name, context, crs):
        """The polygons of the perimeter parameter ``name`` as WKB in ``crs``; [] when it is
        not given (and an error when the layer has no polygon)."""
        source = self.parameterAsSource(parameters, name, context)
        return [] if source is None else polygon_wkbs(source, crs, context)

    def add_number_outputs(self, outputs):
        """Declare the headline figures (name -> description) returned in the results."""
        for name, description in outputs.items():
            self.addOutput(QgsProcessingOutputNumber(name, description))

    def skip_reasons(self):
        """Why a feature was skipped, in the user's language (keys used by geometry_io)."""
        # translate() with this class's name: self.tr() here would look the texts up under
        # the subclass's name, where pylupdate5 does not file them
        return {"empty": QCoreApplication.translate("ItineranceAlgorithm", "empty geometry"),
                "degenerate": QCoreApplication.translate("ItineranceAlgorithm",
                                                         "degenerate geometry"),
                "invalid": QCoreApplication.translate("ItineranceAlgorithm",
                                                      "invalid geometry")}
