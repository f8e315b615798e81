"""The circuit being built in the dock: its node numbers, the route they make, and saving it.

The network and nodes of the mode chosen are read once (``circuit_inputs``, the same reader as
``itinerance:buildcircuit``) and read again only when a layer or the mode changes; each change
of the sequence builds the circuit again with the same engine, which takes milliseconds. A node
clicked on the map is that very node (pinned), whatever its number says; its number is written
with its network only where the number alone would name another node (``12 (Westhoek)``).
Saving goes through the circuits layer's edit buffer, one undoable command; a circuit of the
same name is updated rather than added twice.
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsVectorLayerUtils,
    QgsWkbTypes,
)
from qgis.PyQt import sip

from ...processing.inputs.circuit_inputs import (
    DEFAULT_NODE_FIELD,
    error_message,
    read_circuit_network,
    read_stops,
)
from ...processing.inputs.modes import DEFAULT_MODE, mode_label
from ...processing.layers import circuit_gpx_io
from ...processing.layers.geometry_io import LAMBERT_93, working_crs
from ...processing.layers.profile_io import open_dem
from ...processing.logic.network import circuits
from ...processing.logic.relief import profile
from ...processing.translate import tr

NETWORK_FIELD = "network"
SNAP_TOLERANCE_M = 1.0
MAX_NODE_DISTANCE_M = 25.0
GRADE_WINDOW_M = 100.0
ACCESS_DISTANCE_M = 500.0
ROLES = ("troncons", "noeuds", "aires", "etablissements")  # the layers a circuit is built from


class CircuitSession:
    """Node numbers in riding order and the circuit they make on the project's network."""

    def __init__(self, project):
        self.project = project
        self.layers = {}  # role -> layer: troncons, noeuds, aires, etablissements
        self.dem_layer = None
        self.mode = DEFAULT_MODE
        self.tokens = []  # the numbers of the sequence (circuits.Token)
        self.pinned = []  # per token: the node table's row of a node clicked, else None
        self.circuit = None
        self.error = None
        self.figures = {}
        self._inputs = None
        self._inputs_key = None
        self._stops = None

    # --- inputs --------------------------------------------------------------------------

    def set_layers(self, layers, dem_layer=None):
        self.layers = dict(layers)
        self.dem_layer = dem_layer

    def layer(self, role):
        """The layer playing ``role``; None when there is none or it left the project."""
        layer = self.layers.get(role)
        return None if layer is None or sip.isdeleted(layer) else layer

    def invalidate(self, *_args):
        """The network or the nodes changed: read them again at the next build."""
        self._inputs = None

    def nodes_layer(self):
        return self.layer("noeuds")

    def network_field(self):
        nodes = self.nodes_layer()
        return NETWORK_FIELD if nodes is not None and \
            nodes.fields().indexFromName(NETWORK_FIELD) >= 0 else None

    def crs(self):
        network = self.layer("troncons")
        return working_crs(network.crs(), QgsCoordinateReferenceSystem(LAMBERT_93))

    def inputs(self):
        network, nodes = self.layer("troncons"), self.nodes_layer()
        key = tuple(self.layer(role).id() if self.layer(role) is not None else None
                    for role in ROLES) + (self.mode,)
        if self._inputs is None or key != self._inputs_key:
            if network is None or nodes is None:
                raise QgsProcessingException(tr(
                    "The project has no network sections (troncons) or no nodes (noeuds): add "
                    "the project database's layers, or assign them in the Layers tab."))
            context = QgsProcessingContext()
            context.setProject(self.project)
            surface = "surface" if network.fields().indexFromName("surface") >= 0 else None
            self._inputs = read_circuit_network(
                QgsProcessingFeatureSource(network, context),
                QgsProcessingFeatureSource(nodes, context), DEFAULT_NODE_FIELD,
                self.network_field(), surface, self.crs(), context, SNAP_TOLERANCE_M,
                MAX_NODE_DISTANCE_M, mode=self.mode)
            sources = [QgsProcessingFeatureSource(self.layer(role), context)
                       if self.layer(role) is not None else None
                       for role in ("aires", "etablissements")]
            self._stops = read_stops(*sources, None, self.crs(), context)
            self._inputs_key = key
        return self._inputs

    # --- the sequence ----------------------------------------------------------------------

    @property
    def numbers(self):
        return [token.number for token in self.tokens]

    @property
    def sequence(self):
        return circuits.format_sequence(self.tokens)

    def set_mode(self, mode):
        """Build on the network of ``mode``: the nodes clicked are looked up again by number."""
        if mode != self.mode:
            self.mode = mode
            self.pinned = [None] * len(self.tokens)

    def add_node(self, fid):
        """Append the node ``fid`` of the nodes layer (picked on the map). Returns None when
        it is added (or clicked twice), else what is wrong in the user's words."""
        nodes = self.nodes_layer()
        feature = next(nodes.getFeatures(QgsFeatureRequest(fid)), None)
        number = circuits.node_key(feature[DEFAULT_NODE_FIELD]) if feature is not None else None
        if number is None:
            return tr("This node has no number: give it one in the Features tab.")
        try:
            inputs = self.inputs()
        except QgsProcessingException as error:
            return str(error)
        rows = inputs.rows_of_feature(fid)
        if not rows:
            return tr("This node is not in the network of the mode {}: choose its mode.").format(
                mode_label(self.mode))
        if self.pinned and self.pinned[-1] == rows[0]:
            return None  # a second click on the same node
        self.tokens.append(circuits.Token(number))
        self.pinned.append(rows[0])
        self.name_pinned_nodes(inputs)
        return None

    def name_pinned_nodes(self, inputs):
        """Write each clicked node's number, with its network where the number needs it."""
        if len(self.pinned) > 1 and None not in self.pinned:
            self.tokens = circuits.qualified_tokens(inputs.graph, inputs.table, self.pinned)

    def set_text(self, text):
        """The numbers typed by the user."""
        self.tokens = circuits.sequence_tokens(text)
        self.pinned = [None] * len(self.tokens)

    def undo(self):
        if self.tokens:
            self.tokens.pop()
            self.pinned.pop()
        if self._inputs is not None:
            self.name_pinned_nodes(self._inputs)

    def clear(self):
        self.tokens, self.pinned = [], []

    # --- building ----------------------------------------------------------------------------

    def build(self, name=""):
        """Build the circuit of the current numbers: ``circuit`` (or None) and ``error`` (a
        message, or None). Fewer than two numbers is no circuit yet, and no error."""
        self.circuit, self.error, self.figures = None, None, {}
        if len(self.numbers) < 2:
            return None
        try:
            circuits.parse_sequence(self.sequence)  # the sequence's own errors first
            inputs = self.inputs()
            [result] = circuits.build_circuits(inputs.graph, inputs.table, [
                circuits.Request(name or self.sequence, list(self.tokens),
                                 pinned=list(self.pinned))])
        except circuits.CircuitError as error:
            result = error
        except QgsProcessingException as error:
            self.error = str(error)
            return None
        if isinstance(result, circuits.CircuitError):
            self.error = error_message(result)
            return None
        self.circuit = result
        _, point, _, _ = circuits.stops_along([result], self._stops.xy, ACCESS_DISTANCE_M)
        kinds = [self._stops.kind[p] for p in point.tolist()]
        self.figures = {"length_km": result.length / 1000.0, "legs": len(result.leg_length),
                        "n_aires": kinds.count("aire"),
                        "n_accueil_velo": kinds.count("accueil_velo")}
        self.figures.update(self.elevation(result))
        return result

    def profile(self, circuit):
        """The circuit's profile from the DEM chosen ((chainage, points, z, figures) as
        ``circuits.route_profile`` gives it); None without a DEM GDAL can read."""
        if self.dem_layer is None or sip.isdeleted(self.dem_layer):
            return None
        try:
            with open_dem(self.dem_layer, 1) as dem:
                step = profile.auto_step(dem.approx_cell_size_m)
                work_wkt = self.crs().toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)
                return circuits.route_profile(circuit.xy, dem, step, GRADE_WINDOW_M, work_wkt)
        except (QgsProcessingException, ValueError):
            return None

    def elevation(self, circuit):
        """Gain, loss and steepest grade from the DEM chosen, if any."""
        found = self.profile(circuit)
        if found is None:
            return {}
        return {key: found[3][key] for key in ("gain_m", "loss_m", "max_grade_pct")}

    def geometry_in(self, crs):
        """The circuit's line in ``crs`` (None without a circuit)."""
        if self.circuit is None:
            return None
        geometry = QgsGeometry.fromPolylineXY([QgsPointXY(x, y)
                                               for x, y in self.circuit.xy.tolist()])
        if crs.isValid() and crs != self.crs():
            geometry.transform(QgsCoordinateTransform(self.crs(), crs, self.project))
        return geometry

    # --- saving ------------------------------------------------------------------------------

    def save(self, layer, name):
        """Write the circuit into ``layer`` (the circuits layer) through its edit buffer:
        updates the circuit of that name if there is one. Returns (ok, message)."""
        if self.circuit is None:
            return False, tr("Build a circuit first: at least two node numbers.")
        name = name.strip() or self.sequence
        geometry = self.geometry_in(layer.crs())
        if QgsWkbTypes.isMultiType(layer.wkbType()):
            geometry.convertToMultiType()
        values = {"name": name, "sequence": self.sequence, "network": self.circuit.network,
                  "length_km": round(self.circuit.length / 1000.0, 3),
                  "gain_m": self.figures.get("gain_m"), "mode": self.mode}
        indices = {layer.fields().indexFromName(key): value for key, value in values.items()
                   if layer.fields().indexFromName(key) >= 0}
        was_editing = layer.isEditable()
        if not was_editing and not layer.startEditing():
            return False, tr("{} cannot be edited: its data source is read-only.").format(
                layer.name())
        existing = next((f for f in layer.getFeatures() if f["name"] == name), None)
        layer.beginEditCommand(tr("Save the circuit {}").format(name))
        if existing is not None:
            ok = layer.changeGeometry(existing.id(), geometry) and \
                layer.changeAttributeValues(existing.id(), indices)
        else:
            feature = QgsVectorLayerUtils.createFeature(layer, geometry, indices,
                                                        layer.createExpressionContext())
            ok = layer.addFeature(feature)
        if not ok:
            layer.destroyEditCommand()
            if not was_editing:
                layer.rollBack()
            return False, tr("{} refused the circuit.").format(layer.name())
        layer.endEditCommand()
        if was_editing:  # the user's own edits are pending: the circuit joins them
            return True, tr("The circuit {} is in the edits of {}: save them to write it.") \
                .format(name, layer.name())
        if not layer.commitChanges():
            errors = " ".join(e.strip() for e in layer.commitErrors() if e.strip())
            return False, tr("{} refused the circuit; it is kept in the layer's edits: fix the "
                             "cause and save again. {}").format(layer.name(), errors)
        verb = tr("updated") if existing is not None else tr("saved")
        return True, tr("The circuit {} is {} in {}.").format(name, verb, layer.name())

    def write_gpx(self, path, name):
        """Write the circuit as a GPX file (the same as buildcircuit's OUTPUT_GPX). Returns
        (ok, message)."""
        if self.circuit is None:
            return False, tr("Build a circuit first: at least two node numbers.")
        name = name.strip() or self.sequence
        found = self.profile(self.circuit)
        tracks = circuit_gpx_io.circuit_tracks([self.circuit], [found] if found else None)
        tracks[0].name = name
        _, point, _, _ = circuits.stops_along([self.circuit], self._stops.xy, ACCESS_DISTANCE_M)
        try:
            circuit_gpx_io.write_circuits_gpx(path, name, tracks, circuit_gpx_io.gpx_stops(
                self._stops, point.tolist()), self.crs())
        except QgsProcessingException as error:
            return False, str(error)
        missing = circuit_gpx_io.missing_elevation_messages(tracks)
        return True, " ".join([tr("The circuit {} is in {}.").format(name, path)] + missing)

    def export_parameters(self, name):
        """The inputs of itinerance:exportcircuitsheet for this circuit."""
        params = {"NETWORK": self.layer("troncons").id(), "NODES": self.nodes_layer().id(),
                  "SEQUENCE": self.sequence, "NAME": name.strip() or self.sequence,
                  "MODE": self.mode}
        if self.network_field():
            params["NETWORK_FIELD"] = self.network_field()
        for role, parameter in (("aires", "AIRES"), ("etablissements", "ESTABLISHMENTS")):
            if self.layer(role) is not None:
                params[parameter] = self.layer(role).id()
        if self.dem_layer is not None:
            params["DEM"] = self.dem_layer.id()
        return params
