"""What the map exports (exportcontractmap, exportclimbsheets, exportcircuitsheet) share: their
page parameters, the check of LAYOUT and LAYERS, and the steps around each one's own content:
the output checked, the layers shown, the template loaded with its texts, the logos placed and
the pages rendered."""

from qgis.core import (
    QgsLayoutItemLabel,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..layouts import map_credits, print_layouts
from .base import ItineranceAlgorithm, advanced

# The parameters a sheet export (climbs, circuits) declares here; their texts are translated in
# the context "LayoutExport" (the test of the French texts reads this through PARAMETERS_OF).
SHEET_PARAMETERS = ("LAYOUT", "LAYERS", "TITLE", "ORGANISATION", "DPI", "SOURCES", "LOGOS")


class LayoutExport(ItineranceAlgorithm):
    """A map export: subclasses set ``TEMPLATES`` (the template of each LAYOUT choice) and
    ``layout_names()`` (their names, translated), and group their parameters with the helpers
    below. The texts declared here are translated in the context ``LayoutExport`` (written out:
    ``self.tr()`` would look them up under the subclass's name)."""

    LAYOUT = "LAYOUT"
    LAYERS = "LAYERS"
    TITLE = "TITLE"
    ORGANISATION = "ORGANISATION"
    DPI = "DPI"
    SOURCES = "SOURCES"
    LOGOS = "LOGOS"
    OUTPUT = "OUTPUT"
    TEMPLATES = ()

    def groupId(self):  # noqa: N802 - QGIS API
        return "exports"

    def flags(self):
        # layouts render on the main thread in QGIS (qgis_process has no threads anyway)
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def layout_names(self):
        raise NotImplementedError

    # --- parameters --------------------------------------------------------------------------

    def layout_parameter(self, default):
        return QgsProcessingParameterEnum(
            self.LAYOUT, QCoreApplication.translate("LayoutExport", "Layout"),
            self.layout_names(), defaultValue=default)

    def layers_parameter(self, description):
        return QgsProcessingParameterMultipleLayers(
            self.LAYERS, description, QgsProcessing.TypeMapLayer, optional=True)

    def organisation_parameter(self):
        return QgsProcessingParameterString(
            self.ORGANISATION, QCoreApplication.translate("LayoutExport", "Organisation"),
            optional=True)

    def add_rendering_parameters(self, output_description, advanced_dpi=False):
        """DPI, SOURCES, LOGOS and OUTPUT (a PDF, or PNG pages), in this order."""
        dpi = QgsProcessingParameterNumber(
            self.DPI, QCoreApplication.translate("LayoutExport", "Resolution (dpi)"),
            QgsProcessingParameterNumber.Integer, 300, minValue=72, maxValue=1200)
        self.addParameter(advanced(dpi) if advanced_dpi else dpi)
        self.addParameter(QgsProcessingParameterString(
            self.SOURCES, QCoreApplication.translate(
                "LayoutExport", "Sources and credits (default: those the layers declare)"),
            optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LOGOS, QCoreApplication.translate(
                "LayoutExport", "Partner logos (PNG, JPEG or SVG files)"),
            QgsProcessing.TypeFile, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, output_description, QCoreApplication.translate(
                "LayoutExport", "PDF files (*.pdf);;PNG images (*.png)")))

    def add_sheet_parameters(self, title_default, output_description, advanced_dpi=False):
        """The parameters of a collection of sheets, one per feature: SHEET_PARAMETERS and
        OUTPUT."""
        self.addParameter(self.layout_parameter(0))
        self.addParameter(self.layers_parameter(QCoreApplication.translate(
            "LayoutExport", "Background layers (default: the project's visible layers)")))
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, QCoreApplication.translate("LayoutExport", "Title of the collection"),
            title_default, optional=True))
        self.addParameter(self.organisation_parameter())
        self.add_rendering_parameters(output_description, advanced_dpi)

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        layout = parameters.get(self.LAYOUT)
        if layout is not None and str(layout) not in {str(i) for i in range(len(self.TEMPLATES))}:
            choices = ", ".join(f"{i} ({name})" for i, name in enumerate(self.layout_names()))
            return False, QCoreApplication.translate(
                "LayoutExport", "Unknown layout {}: choose {}.").format(layout, choices)
        missing = print_layouts.unloadable(parameters.get(self.LAYERS), context)
        if missing:
            return False, QCoreApplication.translate(
                "LayoutExport", "LAYERS: cannot load {}; check the paths and layer names.") \
                .format(", ".join(missing))
        return super().checkParameterValues(parameters, context)

    # --- the steps ---------------------------------------------------------------------------

    def output_file(self, parameters, context):
        """OUTPUT, refused before anything is rendered if it cannot be written."""
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        print_layouts.check_output(output)
        return output

    def shown_layers(self, parameters, context, feedback):
        """LAYERS in drawing order, or the project's visible layers, else ``default_layers``;
        rasters smoothed. Returns (layers, the copies made: keep them alive until rendered)."""
        layers = print_layouts.map_layers(
            parameters.get(self.LAYERS),
            self.parameterAsLayerList(parameters, self.LAYERS, context), context.project(),
            feedback)
        layers, copies = print_layouts.smooth_rasters(layers)
        if not layers:
            layers = self.default_layers(parameters, context)
            copies.extend(layers)
        return layers, copies

    def default_layers(self, parameters, context):
        """What the pages show when neither LAYERS nor the project gives any layer."""
        return []

    @staticmethod
    def page_crs(project, layer):
        """The project's CRS, else the CRS of ``layer``."""
        return project.crs() if project is not None and project.crs().isValid() \
            else layer.crs()

    def start_layout(self, parameters, context, subtitle, credited, feedback):
        """The LAYOUT template, with TITLE, ``subtitle``, ORGANISATION and the date, and
        SOURCES (default: the credits the ``credited`` layers declare)."""
        layout = print_layouts.load_template(context.project(), self.TEMPLATES[
            self.parameterAsEnum(parameters, self.LAYOUT, context)])
        print_layouts.set_texts(
            layout, self.parameterAsString(parameters, self.TITLE, context), subtitle,
            self.parameterAsString(parameters, self.ORGANISATION, context),
            map_credits.credit_line(self.parameterAsString(parameters, self.SOURCES, context),
                                    credited, feedback))
        return layout

    @staticmethod
    def set_figure_captions(layout, captions):
        """The labels ``figure_<key>_caption`` of a sheet say ``captions[key]``."""
        for key, caption in captions.items():
            label = print_layouts.item(layout, f"figure_{key}_caption", QgsLayoutItemLabel)
            if label is not None:
                label.setText(caption)

    def logos(self, parameters, context):
        return [path for path in self.parameterAsFileList(parameters, self.LOGOS, context)
                if path]

    def rendering_message(self):
        return QCoreApplication.translate("LayoutExport", "Rendering {} sheet(s) at {} dpi…")

    def render(self, layout, output, parameters, context, atlas, feedback):
        """The logos placed, then the pages (each atlas page, or the one page) written to
        ``output``; returns the results OUTPUT, PAGE_COUNT and FILES."""
        print_layouts.place_logos(layout, self.logos(parameters, context))
        dpi = self.parameterAsInt(parameters, self.DPI, context)
        page_count = atlas.count() if atlas is not None else 1
        feedback.pushInfo(self.rendering_message().format(page_count, dpi))
        files = print_layouts.export(layout, output, dpi, atlas, feedback)
        feedback.pushInfo(QCoreApplication.translate("LayoutExport", "Wrote {}.").format(
            ", ".join(str(f) for f in files)))
        return {self.OUTPUT: str(files[0]), "PAGE_COUNT": page_count,
                "FILES": ";".join(str(f) for f in files)}
