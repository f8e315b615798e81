"""Two points-nœuds networks of two countries that reuse the same numbers, joined by a border
road, and a walking network beside them: for the tests of circuits across networks and of the
modes, in arrays (pure logic) or in a project database (the algorithms, the dock).

French cycling network (Cœur de Flandre), 3 x 3 nodes 2 km apart, numbered row by row from the
south-west; the Belgian one (Westhoek), the same grid 3 km east, its own numbers 1..9 (no two
numbers neighbours in both); one border road (3.16 km, a bend) from the French 6 to the Belgian
4. The walking network (mode marche, "Sentiers des Monts") lies 3 km south, apart from the
others: nodes 5, 6, 4, 2 a few hundred metres apart, so that taken with the cycling network it
would give the nearest pairs of those numbers.

    French:  7 8 9      Belgian:  9 3 5
             4 5 6 ----------     4 8 1
             1 2 3                2 6 7

    walking (3 km south):  5 - 6 - 4 - 2
"""

import networkx as nx
import numpy as np

FRENCH, BELGIAN, WALKING = "Cœur de Flandre", "Westhoek", "Sentiers des Monts"
STEP = 2000.0
BELGIAN_X = 7000.0
BELGIAN_NUMBERS = ["2", "6", "7", "4", "8", "1", "9", "3", "5"]
BORDER = np.array([[4000, 2000], [5500, 2500], [7000, 2000]], float)
BORDER_M = float(np.hypot(1500, 500) * 2)
WALK_XY = np.array([[1000, -3000], [1400, -3000], [1800, -3000], [2200, -3000]], float)
WALK_NUMBERS = ["5", "6", "4", "2"]


def grid(origin=(0.0, 0.0), size=3, step=STEP):
    """The lines of a size x size grid: one per link between neighbouring nodes."""
    x0, y0 = origin
    lines = []
    for i in range(size):
        for j in range(size - 1):
            lines.append(np.array([[x0 + i * step, y0 + j * step],
                                   [x0 + i * step, y0 + (j + 1) * step]]))
            lines.append(np.array([[x0 + j * step, y0 + i * step],
                                   [x0 + (j + 1) * step, y0 + i * step]]))
    return lines


def grid_nodes(origin=(0.0, 0.0), size=3, step=STEP):
    x0, y0 = origin
    return np.array([(x0 + j * step, y0 + i * step) for i in range(size) for j in range(size)])


def cycling(origin=(0.0, 0.0)):
    """(lines, node xy, numbers, networks) of the two cycling networks, shifted by ``origin``."""
    shift = np.asarray(origin, float)
    lines = [line + shift for line in grid() + grid((BELGIAN_X, 0.0))] + [BORDER + shift]
    xy = np.vstack([grid_nodes(), grid_nodes((BELGIAN_X, 0.0))]) + shift
    keys = [str(k) for k in range(1, 10)] + BELGIAN_NUMBERS
    return lines, xy, keys, [FRENCH] * 9 + [BELGIAN] * 9


def walking(origin=(0.0, 0.0)):
    """(lines, node xy, numbers, networks) of the walking network."""
    shift = np.asarray(origin, float)
    xy = WALK_XY + shift
    return [xy[k:k + 2] for k in range(len(xy) - 1)], xy, list(WALK_NUMBERS), \
        [WALKING] * len(xy)


def as_networkx(lines):
    """The lines (straight segments meeting at their ends) as a weighted networkx graph."""
    g = nx.Graph()
    for line in lines:
        for a, b in zip(line[:-1], line[1:]):
            u, v = tuple(np.round(a, 6)), tuple(np.round(b, 6))
            g.add_edge(u, v, weight=float(np.hypot(*(b - a))))
    return g


def oracle(lines, xy, keys, numbers):
    """What the rule resolves a sequence of ``numbers`` to, by brute force on networkx's
    distances (for sequences without ties): (indices of the nodes, leg lengths). The first pair
    is the one joined by the shortest path, each later number the node nearest to the one
    before; a loop closes on its first node."""
    g = as_networkx(lines)
    point = [tuple(np.round(p, 6)) for p in xy]

    def dist(a, b):
        try:
            return nx.shortest_path_length(g, point[a], point[b], weight="weight")
        except (nx.NetworkXNoPath, nx.NodeNotFound):
            return np.inf

    rows_of = {n: [i for i, key in enumerate(keys) if key == n] for n in set(numbers)}
    _, first, second = min((dist(a, b), a, b) for a in rows_of[numbers[0]]
                           for b in rows_of[numbers[1]])
    rows = [first, second]
    for k, number in enumerate(numbers[2:], start=2):
        if k == len(numbers) - 1 and number == numbers[0]:
            rows.append(first)
        else:
            rows.append(min(rows_of[number], key=lambda r: dist(rows[-1], r)))
    return rows, [dist(a, b) for a, b in zip(rows[:-1], rows[1:])]


def write_project(path, origin=(650000.0, 6860000.0), with_walking=True):
    """A project database (createprojectdb's GeoPackage, EPSG:2154) holding the networks in its
    noeuds and troncons layers, with their modes; returns {layer name: QgsVectorLayer}."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY

    from itinerance.processing.database.project_db import create_schema, open_layer

    create_schema(path, QgsCoordinateReferenceSystem("EPSG:2154"))
    layers = {name: open_layer(path, name) for name in ("noeuds", "troncons")}
    parts = [("velo", cycling(origin))] + ([("marche", walking(origin))] if with_walking else [])
    for mode, (lines, xy, keys, networks) in parts:
        sections, nodes = layers["troncons"], layers["noeuds"]
        network_of = networks[0] if mode == "marche" else None
        rows = []
        for line in lines:
            feature = QgsFeature(sections.fields())
            feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(*p) for p in line]))
            feature["network"] = network_of or (BELGIAN if line[0][0] - origin[0] >= BELGIAN_X
                                                else FRENCH)
            feature["status"], feature["mode"] = "existing", mode
            feature["surface"] = "enrobe"
            rows.append(feature)
        assert sections.dataProvider().addFeatures(rows)[0]
        rows = []
        for p, key, network in zip(xy, keys, networks):
            feature = QgsFeature(nodes.fields())
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*p)))
            feature["number"], feature["network"], feature["mode"] = int(key), network, mode
            rows.append(feature)
        assert nodes.dataProvider().addFeatures(rows)[0]
    return layers
