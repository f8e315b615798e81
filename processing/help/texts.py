"""Each algorithm's help text, kept apart from its code as QGIS core keeps its own: one module per
algorithm id in this package holds ``HELP``, marked for pylupdate5 under the algorithm's class
name, the context its translation is looked up in."""

import importlib

from qgis.PyQt.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 - the name pylupdate5 looks for
    return text


def help_text(algorithm_id, context):
    """The help of ``algorithm_id`` in the user's language (``context``: its class name)."""
    module = importlib.import_module(f"{__package__}.{algorithm_id}")
    return QCoreApplication.translate(context, module.HELP)
