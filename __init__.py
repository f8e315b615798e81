"""Itinérance: QGIS plugin entry point.

Kept free of heavy imports: QGIS calls ``classFactory`` and the plugin first checks its Python
dependencies, so a missing library gives a plain message rather than a traceback.
"""


def classFactory(iface):  # noqa: N802 - name required by QGIS
    from .plugin.dependencies import missing_dependencies
    from .plugin.translation import install_translator

    install_translator()
    missing = missing_dependencies()
    if missing:
        from .plugin.missing_dependencies_plugin import MissingDependenciesPlugin
        return MissingDependenciesPlugin(iface, missing)
    from .plugin.itinerance_plugin import ItinerancePlugin
    return ItinerancePlugin(iface)
