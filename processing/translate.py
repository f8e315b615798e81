"""Translation of module-level code (outside classes).

pylupdate5 extracts ``tr("literal")`` calls made outside a class under the context
``@default``; this function looks them up there. Never call it with a variable.
"""

from qgis.PyQt.QtCore import QCoreApplication, QLocale


def tr(text):
    return QCoreApplication.translate("@default", text)


def user_locale():
    """The locale of the language the plugin speaks, for the dates and numbers it prints:
    the plugin's translation names its language (French: "fr"). QGIS desktop sets its own
    default locale the same way, but qgis_process, set to French in its profile, keeps the
    system's: dates and numbers would stay English under French texts."""
    return QLocale(tr("en"))


def format_number(value, decimals=-1):
    """``value`` in the user's language (1.5 -> "1,5" in French); with ``decimals``, exactly
    that many decimals, else as few as needed."""
    if decimals >= 0:
        return user_locale().toString(float(value), "f", decimals)
    return user_locale().toString(float(value), "g", 12)
