"""One mode's network: the MODE parameter of the analyses and the layers read for one mode.

The data model (version 4) gives nodes, sections, itineraries and circuits a ``mode`` (velo,
marche, cheval, canoe, bateau, roller). An analysis run for one mode reads only the features of
that mode, through a filter expression (``"mode" = 'marche'``) that QGIS passes on to the
provider (SQL for a GeoPackage or PostGIS); a layer without a ``mode`` field is read whole, as
before modes existed, and the log says so.

The MODE parameter is an enum whose options are the modes' labels in the user's language (as
the data model's value list names them); ``qgis_process`` and ``processing.run`` take the code
(``--MODE=marche``) as well as the option's index (``--MODE=1``). QGIS 3.22's enums take an
index only, unless their options are the codes themselves (static strings), which would show
the codes in the dialog: :func:`normalised` turns a code into its index before QGIS checks it.
"""

from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingParameterEnum,
)

from ..database.project_db import model_text
from ..logic.inventory.data_model import MODES
from ..translate import tr

MODE = "MODE"
MODE_FIELD = "mode"
CODES = MODES.codes
DEFAULT_MODE = CODES[0]  # cycling: what every analysis did before modes existed
# the data model's layers that carry a mode (the circuits too, written by buildcircuit)
MODAL_ROLES = ("noeuds", "troncons", "itineraires")


def mode_labels():
    """The modes' names in the user's language, in the order of their codes."""
    return [model_text(value.label) for value in MODES.values]


def mode_label(code):
    """The name of the mode ``code`` in the user's language (the code itself if unknown)."""
    labels = dict(zip(CODES, mode_labels()))
    return labels.get(code, code)


def mode_parameter(description):
    """The MODE parameter: one of the six modes, cycling by default."""
    return QgsProcessingParameterEnum(MODE, description, mode_labels(), False, 0, False)


def normalised(parameters):
    """``parameters`` with a MODE given as a code (``marche``) replaced by its index, as QGIS
    checks an enum's value; anything else is left for QGIS to judge."""
    value = parameters.get(MODE)
    if isinstance(value, str) and value.strip().lower() in CODES:
        parameters = dict(parameters)
        parameters[MODE] = CODES.index(value.strip().lower())
    return parameters


def wrong_mode(parameters):
    """What is wrong with a MODE given as text that is neither a code nor an index; None when
    it is not (QGIS checks the rest)."""
    value = parameters.get(MODE)
    if not isinstance(value, str) or not value.strip() or value.strip().isdigit():
        return None
    return tr("MODE: {} is not a mode; give one of {} (or its number, 0 to {}).").format(
        value, ", ".join(CODES), len(CODES) - 1)


def parameter_as_mode(algorithm, parameters, context):
    """The mode code of MODE, given as a code or as an index."""
    value = normalised(parameters).get(MODE)
    if value is None or value == "":
        return DEFAULT_MODE
    index = algorithm.parameterAsEnum({MODE: value}, MODE, context)
    if not 0 <= index < len(CODES):
        raise QgsProcessingException(wrong_mode({MODE: "?"}))
    return CODES[index]


def has_mode_field(fields):
    return fields.indexFromName(MODE_FIELD) >= 0


def mode_expression(mode):
    """The filter of one mode's features, ``coalesce("mode", 'velo') = 'marche'``: a feature
    without a mode counts as cycling, as the data model's default says."""
    column = QgsExpression.quotedColumnRef(MODE_FIELD)
    default, wanted = (QgsExpression.quotedString(text) for text in (DEFAULT_MODE, mode))
    return f"coalesce({column}, {default}) = {wanted}"


def mode_request(fields, mode, request=None):
    """``request`` (a new one by default) limited to the features of ``mode`` when the layer
    (its ``fields``) has a mode field; the request unchanged otherwise."""
    request = QgsFeatureRequest(request) if request is not None else QgsFeatureRequest()
    if mode and has_mode_field(fields):
        request.combineFilterExpression(mode_expression(mode))
    return request


class ModeSource:
    """A feature source that gives only the features of one mode: every ``getFeatures``
    request gets the mode's filter; everything else is the wrapped source's."""

    def __init__(self, source, mode):
        self._source = source
        self.mode = mode

    def getFeatures(self, request=None, *flags):  # noqa: N802 - QGIS API
        return self._source.getFeatures(mode_request(self._source.fields(), self.mode,
                                                     request), *flags)

    def __getattr__(self, name):
        return getattr(self._source, name)


def for_mode(source, mode, feedback=None):
    """``source`` read for ``mode``: its features of that mode when it has a mode field, every
    feature otherwise (said in the log). None stays None."""
    if source is None or not mode:
        return source
    if not has_mode_field(source.fields()):
        if feedback is not None:
            feedback.pushInfo(tr(
                "{} has no mode field: all its features are read as the {} network.").format(
                source.sourceName(), mode_label(mode)))
        return source
    return ModeSource(source, mode)


def check_not_empty(source, read_count):
    """Raise when ``source`` (read through :func:`for_mode`) gave no feature because none is of
    its mode: the user chose the wrong mode or the wrong layer."""
    if read_count == 0 and isinstance(source, ModeSource):
        raise QgsProcessingException(tr(
            "{} has no feature of the mode {} ({}): choose the mode of its features (MODE), "
            "or the layer of that mode's network.").format(
            source.sourceName(), mode_label(source.mode), source.mode))
