"""itinerance:checkinventory and find_inventory_issues on the sample territory, on a copy of it
broken on purpose (written with OGR, not with our code), and on small memory layers.

Oracle for distances: shapely on the geometries read with OGR."""

import math
import shutil

import processing
import pytest
from osgeo import ogr
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsVectorLayer,
)
from shapely import wkb as shapely_wkb
from shapely.ops import unary_union

from itinerance.processing.inputs.inventory_findings import (
    CHECK_NAMES,
    CHECKS,
    ROLES,
    Finding,
    find_inventory_issues,
)

NETWORK = ("troncons", "itineraires", "trame")


def layer_params(gpkg, roles=ROLES):
    return {role.upper(): f"{gpkg}|layername={role}" for role in roles}


def run(params, **extra):
    return processing.run("itinerance:checkinventory", {**params, "OUTPUT": "memory:", **extra})


def rows(result):
    """(check, layer, feature_id) of every output feature, sorted."""
    return sorted((f["check"], f["layer"], f["feature_id"]) for f in result["OUTPUT"].getFeatures())


def shapes(gpkg, name):
    """fid -> shapely geometry, read with OGR."""
    dataset = ogr.Open(str(gpkg))
    out = {}
    for feature in dataset.GetLayerByName(name):
        geometry = feature.GetGeometryRef()
        out[feature.GetFID()] = (shapely_wkb.loads(bytes(geometry.ExportToWkb()))
                                 if geometry is not None else None)
    return out


def expected_far(gpkg, tolerance=25.0, establishment_distance=5000.0):
    """(role, fid) -> distance of the points farther than the limits from the network lines."""
    lines = unary_union([g for name in NETWORK for g in shapes(gpkg, name).values()])
    far = {}
    for role in ("aires", "noeuds", "etablissements"):
        limit = establishment_distance if role == "etablissements" else tolerance
        for fid, point in shapes(gpkg, role).items():
            if point.distance(lines) > limit:
                far[(role, fid)] = point.distance(lines)
    return far


# --- the sample territory ---------------------------------------------------------------------

def test_sample_findings_are_the_aires_off_the_network(sample):
    result = run(layer_params(sample["gpkg"]))
    far = expected_far(sample["gpkg"])
    assert len(far) == 2  # the sample has two aires set back from the network on purpose
    assert rows(result) == sorted(("off_network", role, fid) for role, fid in far)
    assert result["FINDING_COUNT"] == 2 and result["OFF_NETWORK_COUNT"] == 2
    assert result["ERROR_COUNT"] == 0
    for name in CHECK_NAMES:
        if name != "off_network":
            assert result[f"{name.upper()}_COUNT"] == 0
    assert result["FEATURE_COUNT"] == sum(len(shapes(sample["gpkg"], name)) for name in ROLES)
    for feature in result["OUTPUT"].getFeatures():
        distance = far[(feature["layer"], feature["feature_id"])]
        assert f"{distance:.0f} m from the network" in feature["message"]
        point = shapes(sample["gpkg"], "aires")[feature["feature_id"]]
        assert feature.geometry().asPoint().x() == pytest.approx(point.x)
        assert feature.geometry().asPoint().y() == pytest.approx(point.y)
        assert feature["severity"] == "warning"


def test_the_tolerance_decides_what_is_far(sample):
    far = expected_far(sample["gpkg"])
    between = sorted(far.values())
    tolerance = (between[0] + between[1]) / 2  # only the farther aire is still far
    result = run(layer_params(sample["gpkg"]), TOLERANCE=tolerance)
    assert result["OFF_NETWORK_COUNT"] == 1
    assert run(layer_params(sample["gpkg"]), TOLERANCE=between[1] + 1)["FINDING_COUNT"] == 0


# --- a copy broken on purpose -----------------------------------------------------------------

@pytest.fixture(scope="module")
def broken(sample, tmp_path_factory):
    """The sample with one problem of each kind, made with OGR; returns (path, what changed)."""
    path = tmp_path_factory.mktemp("broken") / "broken.gpkg"
    shutil.copy(sample["gpkg"], path)
    dataset = ogr.Open(str(path), update=1)
    changed = {}

    noeuds = dataset.GetLayerByName("noeuds")
    first, second = noeuds.GetFeature(1), noeuds.GetFeature(2)
    second.SetField("number", first.GetField("number"))
    assert first.GetField("network") == second.GetField("network")
    noeuds.SetFeature(second)
    changed["duplicate"] = (first.GetFID(), second.GetFID(), first.GetField("number"))

    aires = dataset.GetLayerByName("aires")
    aire = aires.GetFeature(1)
    point = aire.GetGeometryRef()
    aire.SetGeometry(ogr.CreateGeometryFromWkt(
        f"POINT ({point.GetX() + 400} {point.GetY() + 400})"))
    aires.SetFeature(aire)
    changed["far_aire"] = aire.GetFID()

    etablissements = dataset.GetLayerByName("etablissements")
    etablissement = etablissements.GetFeature(2)
    assert etablissement.GetField("accueil_velo") == 0
    etablissement.SetField("accueil_velo", 1)
    etablissement.SetFieldNull("label_date")
    etablissements.SetFeature(etablissement)
    changed["no_date"] = etablissement.GetFID()

    trame = dataset.GetLayerByName("trame")
    link = trame.GetFeature(3)
    link.SetField("name", "   ")
    trame.SetFeature(link)
    changed["blank_name"] = link.GetFID()

    poles = dataset.GetLayerByName("poles")
    pole = poles.GetFeature(2)
    x0, x1, y0, y1 = pole.GetGeometryRef().GetEnvelope()
    pole.SetGeometry(ogr.CreateGeometryFromWkt(
        f"POLYGON (({x0} {y0}, {x1} {y1}, {x1} {y0}, {x0} {y1}, {x0} {y0}))"))
    poles.SetFeature(pole)
    changed["bow_tie"] = (pole.GetFID(), (x0 + x1) / 2, (y0 + y1) / 2)

    troncons = dataset.GetLayerByName("troncons")
    first_section = troncons.GetFeature(1)  # kept: OGR frees the geometry with its feature
    section = first_section.GetGeometryRef()
    (ax, ay), (bx, by) = section.GetPoint_2D(0), section.GetPoint_2D(1)
    length = math.hypot(bx - ax, by - ay)
    nx, ny = -(by - ay) / length, (bx - ax) / length  # unit normal of the first segment
    mx, my = (ax + bx) / 2 + 3 * nx, (ay + by) / 2 + 3 * ny  # 3 m off its middle
    spur = ogr.Feature(troncons.GetLayerDefn())
    spur.SetField("network", "Cœur de Flandre")
    spur.SetField("status", "planned")
    spur.SetGeometry(ogr.CreateGeometryFromWkt(
        f"LINESTRING ({mx} {my}, {mx + 150 * nx} {my + 150 * ny})"))
    assert troncons.CreateFeature(spur) == 0
    changed["near_miss"] = (spur.GetFID(), mx, my)
    dataset = None
    return path, changed


def test_broken_copy_gives_exactly_one_finding_per_problem(broken, sample):
    path, changed = broken
    result = run(layer_params(path))
    far = expected_far(path)
    assert ("aires", changed["far_aire"]) in far
    first, second, number = changed["duplicate"]
    expected = sorted(
        [("duplicate_numbers", "noeuds", first), ("duplicate_numbers", "noeuds", second),
         ("label_without_date", "etablissements", changed["no_date"]),
         ("missing_names", "trame", changed["blank_name"]),
         ("invalid_geometries", "poles", changed["bow_tie"][0]),
         ("near_misses", "troncons", changed["near_miss"][0])]
        + [("off_network", role, fid) for role, fid in far])
    assert rows(result) == expected
    assert result["FINDING_COUNT"] == len(expected) == 9
    assert result["ERROR_COUNT"] == 4  # duplicates (2), blank name, bow tie
    assert result["DUPLICATE_NUMBERS_COUNT"] == 2 and result["NEAR_MISSES_COUNT"] == 1

    found = {(f["check"], f["feature_id"]): f for f in result["OUTPUT"].getFeatures()}
    duplicate = found[("duplicate_numbers", first)]["message"]
    assert f"Node number {number} is used 2 times" in duplicate
    assert f"{first}, {second}" in duplicate
    aire = found[("off_network", changed["far_aire"])]
    assert f"{far[('aires', changed['far_aire'])]:.0f} m" in aire["message"]
    bow_tie = found[("invalid_geometries", changed["bow_tie"][0])]
    assert "Self-intersection" in bow_tie["message"]
    assert bow_tie.geometry().asPoint().x() == pytest.approx(changed["bow_tie"][1])
    assert bow_tie.geometry().asPoint().y() == pytest.approx(changed["bow_tie"][2])
    miss = found[("near_misses", changed["near_miss"][0])]
    assert miss.geometry().asPoint().x() == pytest.approx(changed["near_miss"][1])
    assert miss.geometry().asPoint().y() == pytest.approx(changed["near_miss"][2])
    assert " is 3 m from another line" in miss["message"]


def test_each_check_can_be_turned_off(broken):
    path, _ = broken
    everything = run(layer_params(path))
    for name in CHECK_NAMES:
        result = run(layer_params(path), **{name.upper(): False})
        assert result[f"{name.upper()}_COUNT"] == 0
        assert result["FINDING_COUNT"] == (everything["FINDING_COUNT"]
                                           - everything[f"{name.upper()}_COUNT"])


def test_find_inventory_issues_matches_the_algorithm(broken):
    path, changed = broken
    layers = {role: QgsVectorLayer(f"{path}|layername={role}", role, "ogr") for role in ROLES}
    findings = find_inventory_issues(layers)
    assert all(isinstance(f, Finding) for f in findings)
    assert sorted((f.check, f.layer_role, f.feature_id) for f in findings) == rows(
        run(layer_params(path)))
    # in CHECKS order
    order = [f.check for f in findings]
    assert order == sorted(order, key=[c.name for c in CHECKS].index)
    only = find_inventory_issues({"noeuds": layers["noeuds"]},
                                 {name: name == "duplicate_numbers" for name in CHECK_NAMES})
    assert {f.feature_id for f in only} == set(changed["duplicate"][:2])


def test_find_inventory_issues_gives_coordinates_in_each_layers_crs():
    network = memory("LineString?crs=EPSG:2154&field=network:string",
                     [("LineString(700000 7000000, 701000 7000000)", ["A"])])
    aire_l93 = (700500.0, 7000100.0)  # 100 m from the line
    aires = memory("Point?crs=EPSG:4326&field=name:string",
                   [(f"Point({lon} {lat})", ["Loin"]) for lon, lat in [to_wgs84(*aire_l93)]])
    [finding] = find_inventory_issues({"troncons": network, "aires": aires})
    assert finding.check == "off_network" and finding.layer_role == "aires"
    assert (finding.x, finding.y) == pytest.approx(to_wgs84(*aire_l93), abs=1e-9)
    assert "100 m from the network" in finding.message


# --- small cases ------------------------------------------------------------------------------

def memory(uri, features):
    layer = QgsVectorLayer(uri, "test", "memory")
    out = []
    for wkt, attributes in features:
        feature = QgsFeature(layer.fields())
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(attributes)
        out.append(feature)
    assert layer.dataProvider().addFeatures(out)
    return layer


def to_wgs84(x, y):
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True).transform(x, y)


def test_no_layer_is_a_clear_error():
    with pytest.raises(QgsProcessingException, match="at least one inventory layer"):
        run({})


def test_null_names_and_missing_geometries_are_findings_not_crashes():
    aires = memory("Point?crs=EPSG:2154&field=name:string", [
        ("Point(0 0)", [None]), (None, ["Sans géométrie"]), ("Point EMPTY", ["Vide"]),
        ("Point(5 5)", ["Bonne"])])
    result = run({"AIRES": aires})
    assert rows(result) == [("invalid_geometries", "aires", 2), ("invalid_geometries", "aires", 3),
                            ("missing_names", "aires", 1)]
    by_id = {f["feature_id"]: f for f in result["OUTPUT"].getFeatures()}
    assert by_id[2].geometry().isNull() and "no geometry" in by_id[2]["message"]
    assert "empty geometry" in by_id[3]["message"]
    assert by_id[1].geometry().asPoint().x() == 0.0


def test_a_layer_without_the_fields_says_what_was_not_checked():
    nodes = memory("Point?crs=EPSG:2154&field=numero:integer", [("Point(0 0)", [1])])
    result = run({"NOEUDS": nodes})
    assert rows(result) == [("duplicate_numbers", "noeuds", None),
                            ("missing_names", "noeuds", None)]
    messages = [f["message"] for f in result["OUTPUT"].getFeatures()]
    assert any("no field number, network" in m for m in messages)


def test_geographic_input_is_measured_in_metres():
    line = [to_wgs84(700000, 7000000), to_wgs84(701000, 7000000)]
    network = memory("LineString?crs=EPSG:4326&field=network:string", [
        (f"LineString({line[0][0]} {line[0][1]}, {line[1][0]} {line[1][1]})", ["A"])])
    near, far = to_wgs84(700300, 7000020), to_wgs84(700600, 7000030)
    nodes = memory("Point?crs=EPSG:4326&field=number:integer&field=network:string", [
        (f"Point({near[0]} {near[1]})", [1, "A"]), (f"Point({far[0]} {far[1]})", [2, "A"])])
    result = run({"TRONCONS": network, "NOEUDS": nodes})
    assert rows(result) == [("off_network", "noeuds", 2)]
    [feature] = result["OUTPUT"].getFeatures()
    assert "30 m from the network" in feature["message"]
    assert result["OUTPUT"].crs().authid() == "EPSG:2154"
    assert feature.geometry().asPoint().x() == pytest.approx(700600, abs=1e-3)
