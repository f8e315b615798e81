"""The generated sample territory: determinism, data model, counts, network topology, geography."""

import datetime
import heapq
import math
from collections import Counter, defaultdict

import numpy as np
import pytest
from shapely.geometry import Point, box
from shapely.ops import unary_union

from itinerance.processing.logic.inventory import data_model
from itinerance.processing.logic.sample import monts as relief
from itinerance.processing.logic.sample import territory as sample_territory

BOUNDS = box(*sample_territory.SAMPLE_BOUNDS)


@pytest.fixture(scope="module")
def territory():
    return sample_territory.generate()


@pytest.fixture(scope="module")
def layers(territory):
    return territory.layers


def fingerprint(layer_records):
    """Comparable content of a layer: the WKB of each geometry and its attributes."""
    return [(geom.wkb, sorted(attrs.items())) for geom, attrs in layer_records]


class UnionFind:
    def __init__(self):
        self.parent = {}

    def find(self, item):
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            item = self.parent[item]
        return item

    def union(self, a, b):
        self.parent[self.find(a)] = self.find(b)

    def groups(self):
        groups = defaultdict(list)
        for item in list(self.parent):
            groups[self.find(item)].append(item)
        return sorted(groups.values(), key=len, reverse=True)


def meets_only_at_shared_ends(a, b):
    meeting = a.intersection(b)
    if meeting.is_empty:
        return True
    shared = {a.coords[0], a.coords[-1]} & {b.coords[0], b.coords[-1]}
    return meeting.geom_type == "Point" and (meeting.x, meeting.y) in shared


def bboxes_overlap(a, b):
    (ax0, ay0, ax1, ay1), (bx0, by0, bx1, by1) = a.bounds, b.bounds
    return ax0 <= bx1 and bx0 <= ax1 and ay0 <= by1 and by0 <= ay1


def network_graph(layers):
    """{node coordinate: [(neighbour coordinate, length)]} built from the troncons' ends."""
    graph = defaultdict(list)
    for line, _ in layers["troncons"]:
        a, b = line.coords[0], line.coords[-1]
        graph[a].append((b, line.length))
        graph[b].append((a, line.length))
    return graph


# --- Determinism and the data model ---------------------------------------------------------------

def test_same_seed_same_territory(territory):
    again = sample_territory.generate()
    assert list(again.layers) == list(territory.layers)
    for name in territory.layers:
        assert fingerprint(again.layers[name]) == fingerprint(territory.layers[name]), name
    assert np.array_equal(again.dem, territory.dem)
    assert again.dem_transform == territory.dem_transform
    assert again.summary() == territory.summary()


def test_other_seed_other_network(territory):
    other = sample_territory.generate(seed=7)
    assert fingerprint(other.layers["troncons"]) != fingerprint(territory.layers["troncons"])
    # Still a valid sample with the same fixed counts.
    assert len(other.layers["aires"]) == sample_territory.AIRE_COUNT
    assert other.network_components[1] == sample_territory.LOOP_NODE_COUNT


def test_default_seed(territory):
    assert territory.seed == sample_territory.DEFAULT_SEED == 20240611


def test_all_twelve_layers_present_and_not_empty(layers):
    assert set(layers) == {layer.name for layer in data_model.LAYERS}
    assert len(layers) == 12
    for name, records in layers.items():
        assert records, name


def test_every_record_validates(layers):
    for name, records in layers.items():
        layer_def = data_model.layer(name)
        for _, attrs in records:
            assert data_model.validate_record(layer_def, attrs) == [], (name, attrs)
            # every field but where it was imported from: the sample is drawn, not imported
            assert set(attrs) == set(layer_def.field_names) - set(data_model.SOURCE_KEY), (
                name, attrs)


PYTHON_TYPES = {
    data_model.STRING: (str,),
    data_model.INTEGER: (int,),
    data_model.REAL: (float, int),
    data_model.BOOLEAN: (bool,),
    data_model.DATE: (datetime.date,),
}


def test_attribute_types_and_lengths(layers):
    for name, records in layers.items():
        for f in data_model.layer(name).fields:
            for _, attrs in records:
                value = attrs.get(f.name)
                if value is None:
                    assert not f.not_null, (name, f.name)
                    continue
                assert isinstance(value, PYTHON_TYPES[f.type]), (name, f.name, value)
                if f.type == data_model.INTEGER:
                    assert not isinstance(value, bool), (name, f.name)
                if f.type == data_model.STRING and f.length:
                    assert len(value) <= f.length, (name, f.name, value)


def test_geometries_match_the_model(layers):
    for name, records in layers.items():
        expected = data_model.layer(name).geometry
        for geom, attrs in records:
            assert geom.geom_type == expected, (name, attrs)
            assert geom.is_valid and not geom.is_empty, (name, attrs)
            assert not geom.has_z, (name, attrs)


def test_everything_inside_the_sample_bounds(layers):
    for name, records in layers.items():
        for geom, attrs in records:
            assert BOUNDS.covers(geom), (name, attrs)


def test_dem_and_crs(territory):
    assert territory.crs == sample_territory.CRS == "EPSG:2154"
    dem, transform = relief.dem_grid(relief.SAMPLE_BOUNDS, relief.DEFAULT_CELL)
    assert territory.dem_cell == relief.DEFAULT_CELL
    assert territory.dem_transform == transform
    assert territory.dem.dtype == np.float32
    assert np.array_equal(territory.dem, dem)


def test_dem_cell_must_suit_the_sample():
    with pytest.raises(ValueError):
        sample_territory.generate(cell=30.0)
    with pytest.raises(ValueError):
        sample_territory.generate(cell=2.0)


# --- Counts ---------------------------------------------------------------------------------------

def test_exact_counts(layers):
    assert sample_territory.AIRE_COUNT == 24
    assert sample_territory.ACCUEIL_VELO_COUNT == 22
    assert len(layers["aires"]) == sample_territory.AIRE_COUNT
    assert len(layers["etablissements"]) == sample_territory.ETABLISSEMENT_COUNT
    assert 38 <= sample_territory.ETABLISSEMENT_COUNT <= 42
    labelled = [a for _, a in layers["etablissements"] if a["accueil_velo"]]
    assert len(labelled) == sample_territory.ACCUEIL_VELO_COUNT


def test_label_dates(layers):
    for _, attrs in layers["etablissements"]:
        if attrs["accueil_velo"]:
            assert isinstance(attrs["label_date"], datetime.date)
            assert 2016 <= attrs["label_date"].year <= 2025
        else:
            assert attrs["label_date"] is None


def test_summary(territory, layers):
    figures = territory.summary()
    for name, records in layers.items():
        assert figures[f"{name}_count"] == len(records)
    km = sum(line.length for line, _ in layers["troncons"]) / 1000.0
    assert figures["network_km"] == pytest.approx(km, abs=0.001)
    assert figures["accueil_velo_count"] == 22
    assert figures["network_components"] == 2
    assert figures["aires_off_network"] == sample_territory.OFF_NETWORK_AIRE_COUNT
    assert figures["planned_aires"] == sample_territory.PLANNED_AIRE_COUNT
    assert figures["eurovelo_km"] > 30 and figures["veloroute_km"] > 30
    assert (figures["dem_rows"], figures["dem_cols"]) == territory.dem.shape


# --- The points-nœuds network ---------------------------------------------------------------------

def test_network_size(layers):
    km = sum(line.length for line, _ in layers["troncons"]) / 1000.0
    assert 250.0 <= km <= 450.0
    assert 80 <= len(layers["noeuds"]) <= 130
    for _, attrs in layers["troncons"] + layers["noeuds"]:
        assert attrs["network"] == sample_territory.NETWORK_NAME == "Cœur de Flandre"


def test_network_attributes_vary(layers):
    statuses = Counter(a["status"] for _, a in layers["troncons"])
    surfaces = Counter(a["surface"] for _, a in layers["troncons"])
    assert statuses["existing"] > statuses["planned"] >= 3
    assert len(surfaces) >= 4


def test_network_is_noded(layers):
    nodes = [p.coords[0] for p, _ in layers["noeuds"]]
    assert len(set(nodes)) == len(nodes)
    ends = set()
    for line, _ in layers["troncons"]:
        assert line.coords[0] in set(nodes) and line.coords[-1] in set(nodes)
        assert line.coords[0] != line.coords[-1]
        ends.update((line.coords[0], line.coords[-1]))
    assert ends == set(nodes)  # no node without a troncon


def test_node_numbers(layers):
    numbers = [a["number"] for _, a in layers["noeuds"]]
    assert sorted(numbers) == list(range(1, len(numbers) + 1))


def test_edges_are_simple_winding_lines(layers):
    for line, _ in layers["troncons"]:
        assert line.is_simple
        assert 3 <= len(line.coords) <= 8  # a few intermediate vertices
        assert line.length > math.dist(line.coords[0], line.coords[-1])


def test_edges_meet_only_at_nodes(layers):
    lines = [line for line, _ in layers["troncons"]]
    for i, a in enumerate(lines):
        for b in lines[:i]:
            if bboxes_overlap(a, b):
                assert meets_only_at_shared_ends(a, b), (a.wkt, b.wkt)


def test_network_has_a_main_component_and_a_small_loop(layers):
    uf = UnionFind()
    for p, _ in layers["noeuds"]:
        uf.find(p.coords[0])
    for line, _ in layers["troncons"]:
        uf.union(line.coords[0], line.coords[-1])
    groups = uf.groups()
    assert len(groups) == 2
    main, loop = groups
    assert len(main) >= 75
    assert 3 <= len(loop) <= 5
    loop_nodes = set(loop)
    loop_edges = [line for line, _ in layers["troncons"] if line.coords[0] in loop_nodes]
    assert len(loop_edges) == len(loop)  # a ring: as many edges as nodes, each node twice
    degree = Counter(c for line in loop_edges for c in (line.coords[0], line.coords[-1]))
    assert set(degree.values()) == {2}


def test_network_stays_in_flandre(layers):
    for p, _ in layers["noeuds"]:
        assert 656000.0 <= p.x <= 692000.0 and 7056000.0 <= p.y <= 7084000.0


# --- Aires ----------------------------------------------------------------------------------------

def test_aires_on_the_network_but_one_or_two(layers):
    network = unary_union([line for line, _ in layers["troncons"]])
    distances = [network.distance(p) for p, _ in layers["aires"]]
    off = [d for d in distances if d > 0.0]
    assert 1 <= len(off) <= 2
    assert len(off) == sample_territory.OFF_NETWORK_AIRE_COUNT
    assert all(20.0 <= d <= 80.0 for d in off)


def test_aires_leave_gaps_along_the_network(layers):
    """Network distance from every node to its nearest aire: some parts are far (> 5 km)."""
    graph = network_graph(layers)
    lines = [line for line, _ in layers["troncons"]]
    queue = []
    for p, _ in layers["aires"]:
        nearest = min(lines, key=p.distance)
        along = nearest.project(p)
        queue.append((along, nearest.coords[0]))
        queue.append((nearest.length - along, nearest.coords[-1]))
    heapq.heapify(queue)
    reach = {}
    while queue:
        d, node = heapq.heappop(queue)
        if node in reach:
            continue
        reach[node] = d
        for other, length in graph[node]:
            if other not in reach:
                heapq.heappush(queue, (d + length, other))
    assert len(reach) == len(graph)
    assert max(reach.values()) > 5000.0
    assert sum(d <= 3000.0 for d in reach.values()) >= 15  # and the aires do cover some places


def test_aires_variety(layers):
    names = [a["name"] for _, a in layers["aires"]]
    assert len(set(names)) == len(names)
    assert "Aire du Mont des Cats" in names and "Aire de la Lys à Merville" in names
    assert {a["kind"] for _, a in layers["aires"]} == set(data_model.AIRE_KINDS.codes)
    planned = sum(a["status"] == "planned" for _, a in layers["aires"])
    assert 3 <= planned <= 5
    for amenity in sample_territory.AIRE_AMENITIES:
        assert {a[amenity] for _, a in layers["aires"]} == {True, False}, amenity


# --- Communes and EPCI ----------------------------------------------------------------------------

def test_commune_attributes_match_the_polygons(layers):
    communes = {a["name"]: g for g, a in layers["perimetres"] if a["kind"] == "commune"}
    for name in ("aires", "etablissements", "noeuds"):
        for point, attrs in layers[name]:
            assert attrs["commune"] in communes, (name, attrs)
            assert communes[attrs["commune"]].covers(point), (name, attrs)


def test_communes_tile_the_sample(layers):
    communes = [(g, a) for g, a in layers["perimetres"] if a["kind"] == "commune"]
    assert 15 <= len(communes) <= 22
    total = sum(g.area for g, _ in communes)
    assert total == pytest.approx(BOUNDS.area, rel=1e-6)
    assert unary_union([g for g, _ in communes]).area == pytest.approx(BOUNDS.area, rel=1e-6)
    names = {a["name"] for _, a in communes}
    assert {"Cassel", "Hazebrouck", "Béthune", "Loos-en-Gohelle", "Merville"} <= names
    cassel = next(g for g, a in communes if a["name"] == "Cassel")
    assert cassel.contains(Point(663800.0, 7078321.0))
    for _, attrs in communes:
        code = attrs["code"]
        assert code is None or (len(code) == 5 and code[:2] in ("59", "62"))


def test_epci_are_the_union_of_their_communes(layers):
    communes = {a["name"]: g for g, a in layers["perimetres"] if a["kind"] == "commune"}
    epcis = {a["code"]: (g, a) for g, a in layers["perimetres"] if a["kind"] == "epci"}
    assert len(epcis) == 2
    assert epcis["200040947"][1]["name"] == "CC de Flandre Intérieure"
    assert epcis["200072460"][1]["name"] == "CA de Béthune-Bruay, Artois-Lys Romane"
    for key, (_, siren) in sample_territory.EPCIS.items():
        members = [c[0] for c in sample_territory.COMMUNES if c[2] == key]
        assert len(members) >= 5
        union = unary_union([communes[m] for m in members])
        polygon = epcis[siren][0]
        assert polygon.area == pytest.approx(union.area, rel=1e-3)
        assert polygon.symmetric_difference(union).area < 1e-3 * union.area
    flandre = {c[0] for c in sample_territory.COMMUNES if c[2] == sample_territory.EPCI_FLANDRE}
    assert {"Cassel", "Hazebrouck", "Bailleul"} <= flandre
    assert "Béthune" not in flandre and "Lens" not in flandre


# --- Itineraries and establishments ---------------------------------------------------------------

def test_itineraries(layers):
    by_name = {a["name"]: (g, a) for g, a in layers["itineraires"]}
    assert by_name["EuroVelo 5"][1]["kind"] == "eurovelo"
    assert by_name["Véloroute de la Lys"][1]["kind"] == "veloroute"
    for line, _ in by_name.values():
        assert line.length > 30000.0
        assert len(line.coords) >= 100
        assert line.is_simple
    # The EV5 passes Aire-sur-la-Lys and Béthune; the Lys runs from Aire to Armentières.
    ev5, lys = by_name["EuroVelo 5"][0], by_name["Véloroute de la Lys"][0]
    assert ev5.distance(Point(657200.0, 7060400.0)) < 1500.0
    assert ev5.distance(Point(674492.0, 7048174.0)) < 1500.0
    assert lys.distance(Point(657200.0, 7060400.0)) < 1500.0
    assert lys.distance(Point(674600.0, 7060800.0)) < 1500.0  # Merville
    assert lys.distance(Point(691600.0, 7065700.0)) < 1500.0  # Armentières


def test_establishments_near_the_itineraries(layers):
    routes = unary_union([g for g, _ in layers["itineraires"]])
    distances = [routes.distance(p) for p, _ in layers["etablissements"]]
    assert max(distances) <= 3000.0
    assert sum(d <= 1000.0 for d in distances) >= 0.75 * len(distances)
    assert sum(d > 1000.0 for d in distances) >= 3  # and a few farther out


def test_establishments_variety(layers):
    records = [a for _, a in layers["etablissements"]]
    names = [a["name"] for a in records]
    assert len(set(names)) == len(names)
    assert {a["category"] for a in records} == set(data_model.CATEGORIES.codes)
    websites = [a["website"] for a in records if a["website"]]
    assert 10 <= len(websites) < len(records)
    assert all(w.startswith("https://") and w.endswith(".example") for w in websites)


# --- Trame, poles, climbs -------------------------------------------------------------------------

def test_trame_core_and_separate_piece(layers):
    lines = [g for g, _ in layers["trame"]]
    assert sum(g.length for g in lines) > 30000.0
    assert len({a["kind"] for _, a in layers["trame"]}) >= 3
    uf = UnionFind()
    for line in lines:
        uf.union(line.coords[0], line.coords[-1])
    groups = uf.groups()
    assert len(groups) == 2
    core = set(groups[0])
    core_lines = [g for g in lines if g.coords[0] in core]
    assert len(core_lines) >= 6
    for i, a in enumerate(lines):
        assert a.is_simple
        for b in lines[:i]:
            assert meets_only_at_shared_ends(a, b)


def test_poles(layers):
    trame = unary_union([g for g, _ in layers["trame"]])
    poles = layers["poles"]
    assert 6 <= len(poles) <= 12
    assert {a["kind"] for _, a in poles} == set(data_model.POLE_KINDS.codes)
    distances = {a["name"]: trame.distance(g) for g, a in poles}
    far = [name for name, d in distances.items() if d > 100.0]
    assert len(far) == 1
    assert distances[far[0]] > 1000.0
    names = set(distances)
    assert {"Base 11/19", "Loisinord"} <= names
    twins = [g for g, a in poles if a["name"].startswith("Terrils jumeaux 11/19")]
    assert twins and all(g.distance(Point(684994.0, 7039858.0)) < 2000.0 for g in twins)


def test_terril_polygons_sit_on_dem_terrils(layers):
    for geom, attrs in layers["poles"]:
        if attrs["kind"] == "terril":
            c = geom.centroid
            assert relief.elevation(c.x, c.y) > 95.0, attrs["name"]


def test_ascensions(layers):
    climbs = {a["name"]: (g, a) for g, a in layers["ascensions"]}
    assert 3 <= len(climbs) <= 5
    assert list(climbs["Rue d'Aire"][0].coords) == [tuple(p) for p in relief.RUE_D_AIRE]
    summits = [(x, y) for _, x, y, _ in relief.SUMMITS]
    reached = set()
    for line, attrs in climbs.values():
        assert attrs["direction"] == "as_digitised"
        start, end = line.coords[0], line.coords[-1]
        assert relief.elevation(*end) - relief.elevation(*start) > 80.0  # digitised uphill
        nearest = min(summits, key=lambda s: math.dist(s, end))
        assert math.dist(nearest, end) < 100.0
        reached.add(nearest)
    assert len(reached) == 3  # every mont has its climb
