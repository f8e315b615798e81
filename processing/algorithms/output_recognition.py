"""Analysis outputs read from files get their algorithm's own style and legend name.

A GeoPackage written by ``qgis_process`` carries no style: the map exports recognise it by its
fields (``logic.output_signatures``) and call the style function its algorithm applies when
Processing loads the output into a project, so there is one renderer code path.
"""

from qgis.core import NULL, QgsFeatureRequest, QgsVectorLayer

from ..logic.output_signatures import recognise, served_distance
from .accueil_velo_coverage import AccueilVeloCoverage
from .aires_gap import AiresGap
from .slope_profile import SlopeProfile
from .trame_connectivity import TrameConnectivity

ALGORITHMS = {"airesgap": AiresGap, "accueilvelocoverage": AccueilVeloCoverage,
              "slopeprofile": SlopeProfile, "trameconnectivity": TrameConnectivity}


def analysis_output(layer):
    """(algorithm id, output name) if ``layer`` is a spatial analysis output, else None."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isSpatial():
        return None
    return recognise(layer.fields().names())


def _plain(value):
    return None if value is None or value == NULL else value


def _max_distance(layer):
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(["dist_max_m", "covered"], layer.fields())
    pairs = [(_plain(f["dist_max_m"]), bool(_plain(f["covered"])))
             for f in layer.getFeatures(request)]
    return served_distance([d for d, _ in pairs], [c for _, c in pairs])


def style_analysis_output(layer):
    """Style ``layer`` as its algorithm does when it is an analysis output; returns the
    output's translated description (for the legend), or None when not recognised."""
    found = analysis_output(layer)
    if found is None:
        return None
    algorithm_id, output = found
    algorithm = ALGORITHMS[algorithm_id]()
    if algorithm_id == "airesgap":  # the distance bands need MAX_DISTANCE, read back
        styles = algorithm.styles(_max_distance(layer) if output == "OUTPUT" else None)
    else:
        styles = algorithm.styles()
    if styles.get(output) is None:
        return None
    styles[output](layer)
    algorithm.initAlgorithm()
    return algorithm.parameterDefinition(output).description()
