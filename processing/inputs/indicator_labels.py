"""The names people read for the territory indicators (field aliases, report and PDF), in the
user's language."""

from qgis.PyQt.QtCore import QCoreApplication

from ..database.project_db import model_text
from ..logic.inventory import data_model
from .modes import mode_label

# the data model's value lists, to name breakdown values by their label rather than their code
VALUE_LISTS = {"surface_value_km": data_model.SURFACES,
               "aire_kind_count": data_model.AIRE_KINDS,
               "accueil_velo_category_count": data_model.CATEGORIES,
               "mode_value_km": data_model.MODES, "mode_node_count": data_model.MODES}


class IndicatorLabels:
    def __init__(self, mode=None):
        """``mode``: the mode of the network figures (None and velo: cycling)."""
        self.mode = mode

    @staticmethod
    def tr(text):
        return QCoreApplication.translate("IndicatorLabels", text)

    def network_label(self):
        if self.mode in (None, data_model.MODES.codes[0]):
            return self.tr("Cycling network (km)")
        return self.tr("Network: {} (km)").format(mode_label(self.mode))

    def templates(self):
        return {
            "network_km": self.network_label(),
            "network_value_km": self.tr("Network {} (km)"),
            "surface_value_km": self.tr("Surface {} (km)"),
            "node_count": self.tr("Network nodes"),
            "mode_value_km": self.tr("Network by mode: {} (km)"),
            "mode_node_count": self.tr("Nodes by mode: {}"),
            "aire_count": self.tr("Aires"),
            "aire_kind_count": self.tr("Aires: {}"),
            "served_pct": self.tr("Network served by an aire (%)"),
            "accueil_velo_count": self.tr("Accueil Vélo establishments"),
            "accueil_velo_category_count": self.tr("Accueil Vélo: {}"),
            "veloroute_km": self.tr("Véloroutes (km)"),
            "veloroute_covered_pct": self.tr("Véloroutes covered by Accueil Vélo (%)"),
            "prospect_count": self.tr("Prospects (eligible, not labelled)"),
            "climb_count": self.tr("Climbs"),
            "climb_category_count": self.tr("Climbs of category {}"),
            "trame_km": self.tr("Green network (km)"),
            "trame_component_count": self.tr("Green network parts"),
            "bridge_count": self.tr("Critical links of the green network"),
            "pole_count": self.tr("Hubs (pôles)"),
            "pole_connected_count": self.tr("Hubs on the green network"),
            "prev": self.tr("{} (previous)"),
            "change": self.tr("{} (change)"),
        }

    def label(self, spec, by_name=None):
        """The name of a field (``territory_indicators.Field``); ``by_name`` maps field names to
        fields, for the previous value and change fields."""
        templates = self.templates()
        if spec.label in ("prev", "change"):
            return templates[spec.label].format(self.label(by_name[spec.value]))
        template = templates[spec.label]
        if spec.value is None:
            return template
        values = VALUE_LISTS.get(spec.label)
        shown = spec.value
        if values is not None and spec.value in values.codes:
            label = values.values[values.codes.index(spec.value)].label
            shown = model_text(label)
        elif spec.value == "HC":
            shown = self.tr("hors catégorie")
        return template.format(shown)

    def aliases(self, fields):
        """{field name: label} for every field, with name and code."""
        by_name = {spec.name: spec for spec in fields}
        aliases = {spec.name: self.label(spec, by_name) for spec in fields}
        aliases.update({"name": self.tr("Name"), "code": self.tr("Code")})
        return aliases
