"""Help of itinerance:auditnetwork (its dialog, qgis_process help)."""

from .texts import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "AuditNetwork",
    "Audits a node network (points-nœuds).\n\n"
    "More: the Help button opens the page of this algorithm in the plugin's "
    "documentation, docs/algorithms/auditnetwork.md.")
