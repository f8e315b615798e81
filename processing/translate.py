"""Translation of module-level code (outside classes).

pylupdate5 extracts ``tr("literal")`` calls made outside a class under the context
``@default``; this function looks them up there. Never call it with a variable.
"""

from qgis.PyQt.QtCore import QCoreApplication


def tr(text):
    return QCoreApplication.translate("@default", text)
