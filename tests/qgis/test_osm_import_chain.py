"""From an OpenStreetMap extract to the analyses and the exports, unchanged: createprojectdb,
importosmnetwork, a few features a planner adds by hand (aires, establishments, a hub, a
climb, the EPCI), then airesgap, accueilvelocoverage, slopeprofile (on a DEM that is a known
plane), trameconnectivity, checkinventory, exportcontractmap and exportclimbsheets on the
imported database."""

import numpy as np
import pdf_checks
import processing
import pytest
import rasterio
from osgeo import ogr
from osm_extract import ORIGIN, points_noeuds
from qgis.core import QgsProcessingContext, QgsProject, QgsVectorLayer
from rasterio.transform import from_origin

SLOPE = 0.02  # the DEM rises 2 m per 100 m eastwards
X0, Y0 = ORIGIN


def wkt(kind, *points):
    """WKT from points given in metres east and north of ORIGIN."""
    text = ", ".join(f"{X0 + x} {Y0 + y}" for x, y in points)
    return f"{kind} (({text}))" if kind == "POLYGON" else f"{kind} ({text})"


def add(database, layer, geometry, **values):
    """A feature added by hand, through OGR."""
    dataset = ogr.Open(str(database), 1)
    target = dataset.GetLayerByName(layer)
    feature = ogr.Feature(target.GetLayerDefn())
    for key, value in values.items():
        feature.SetField(key, value)
    feature.SetGeometry(ogr.CreateGeometryFromWkt(geometry))
    assert target.CreateFeature(feature) == 0
    dataset = None


@pytest.fixture(scope="module")
def territory(tmp_path_factory):
    folder = tmp_path_factory.mktemp("territoire")
    database = folder / "territoire.gpkg"
    processing.run("itinerance:createprojectdb", {"OUTPUT": str(database),
                                                  "ADD_TO_PROJECT": False})
    imported = processing.run("itinerance:importosmnetwork", {
        "INPUT": str(points_noeuds().write(folder / "extrait.osm")), "DATABASE": str(database)})
    add(database, "aires", wkt("POINT", (0, 10)), name="Aire du nœud 12", kind="aire_amenagee",
        status="existing")
    add(database, "aires", wkt("POINT", (1000, 990)), name="Aire du nœud 56",
        kind="aire_ludique", status="existing")
    add(database, "etablissements", wkt("POINT", (2500, 300)), name="Gîte de la Lys",
        category="hebergement", accueil_velo=1)
    add(database, "etablissements", wkt("POINT", (5500, -200)), name="Estaminet",
        category="restauration", accueil_velo=0)
    add(database, "poles", wkt("POLYGON", (-200, -600), (-20, -600), (-20, -400), (-200, -400),
                               (-200, -600)), name="Terril du 9", kind="terril")
    add(database, "ascensions", wkt("LINESTRING", (2000, -300), (3000, -300)),
        name="Montée test", direction="as_digitised")
    add(database, "perimetres", wkt("POLYGON", (-1000, -2000), (7000, -2000), (7000, 6000),
                                    (-1000, 6000), (-1000, -2000)),
        name="CC de Flandre Intérieure", kind="epci", code="200040947")
    dem = folder / "plan.tif"
    with rasterio.open(dem, "w", driver="GTiff", width=900, height=900, count=1,
                       dtype="float32", crs="EPSG:2154",
                       transform=from_origin(X0 - 1500, Y0 + 7000, 10, 10)) as raster:
        x = X0 - 1500 + 10 * (0.5 + np.arange(900))  # cell centres
        raster.write(np.tile(100 + SLOPE * (x - X0), (900, 1)).astype("float32"), 1)
    return {"database": database, "dem": dem, "imported": imported, "folder": folder}


def layer(territory, name):
    return f"{territory['database']}|layername={name}"


def test_airesgap_on_the_imported_sections(territory):
    result = processing.run("itinerance:airesgap", {
        "NETWORK": layer(territory, "troncons"), "AIRES": layer(territory, "aires"),
        "MAX_DISTANCE": 2500, "OUTPUT": "memory:", "GAPS": "memory:", "SUGGESTIONS": "memory:",
        "DIAGNOSTICS": "memory:"})
    # MODE is cycling by default: the square of four cycling sections, without the walking one
    assert result["NETWORK_LENGTH_M"] == pytest.approx(
        territory["imported"]["NETWORK_LENGTH_M_VELO"], abs=0.5)
    assert result["NETWORK_LENGTH_M"] < territory["imported"]["NETWORK_LENGTH_M"] - 500
    assert result["COMPONENT_COUNT"] == 1  # the four sections close the square
    assert result["OFF_NETWORK_COUNT"] == 0  # both aires are 10 m from a node
    assert result["COVERAGE_PCT"] == pytest.approx(100)  # no point of the square is 2.5 km away
    assert result["MAX_DIST_M"] == pytest.approx(1000, abs=15)  # half way between the aires


def test_accueilvelocoverage_on_the_imported_itineraries(territory):
    result = processing.run("itinerance:accueilvelocoverage", {
        "ROUTES": layer(territory, "itineraires"), "ROUTE_NAME_FIELD": "name",
        "ESTABLISHMENTS": layer(territory, "etablissements"), "CATEGORY_FIELD": "category",
        "LABEL_FIELD": "accueil_velo", "ACCESS_DISTANCE": 5000, "OUTPUT": "memory:",
        "GAPS": "memory:", "ESTABLISHMENTS_OUT": "memory:", "SUMMARY": "memory:"})
    # the véloroute de la Lys (2000 m) and EuroVelo 5 (4000 m with its straight join)
    assert result["ROUTE_LENGTH_M"] == pytest.approx(6000, abs=0.5)
    # both establishments lie within 5 km of a route; the estaminet is not labelled yet
    assert result["ELIGIBLE_COUNT"] == 2 and result["PROSPECT_COUNT"] == 1


def test_slopeprofile_on_the_imported_itineraries_over_a_known_plane(territory):
    result = processing.run("itinerance:slopeprofile", {
        "LINES": layer(territory, "itineraires"), "ID_FIELD": "name",
        "DEM": str(territory["dem"]), "OUTPUT": "memory:", "PROFILE": None,
        "CLIMBS": "memory:"})
    # both run west to east: 2000 m and 4000 m at 2 % climb 40 m and 80 m
    assert result["LINE_COUNT"] == 2 and result["SKIPPED_COUNT"] == 0
    assert result["TOTAL_GAIN_M"] == pytest.approx(120, abs=0.5)
    assert result["MAX_GRADE_PCT"] == pytest.approx(2, abs=0.05)


def test_trameconnectivity_on_the_imported_green_links(territory):
    result = processing.run("itinerance:trameconnectivity", {
        "ITINERARIES": layer(territory, "trame"), "HUBS": layer(territory, "poles"),
        "HUB_NAME_FIELD": "name", "OUTPUT": "memory:", "HUBS_OUT": "memory:",
        "MISSING_LINKS": "memory:"})
    assert result["COMPONENT_COUNT"] == 2  # the cavalier and the voie verte do not touch
    assert result["LARGEST_COMPONENT_KM"] == pytest.approx(0.8, abs=0.001)
    assert result["ISOLATED_HUB_COUNT"] == 0  # the terril is 20 m from the cavalier


def test_checkinventory_on_the_imported_database(territory):
    roles = ("aires", "etablissements", "noeuds", "troncons", "itineraires", "trame", "poles",
             "ascensions")
    result = processing.run("itinerance:checkinventory", {
        **{role.upper(): layer(territory, role) for role in roles}, "OUTPUT": "memory:"})
    # troncons: the 4 cycling sections (MODE is cycling by default; the walking section of the
    # hiking route over way 1 belongs to the walking network)
    assert result["FEATURE_COUNT"] == 2 + 2 + 5 + 4 + 2 + 2 + 1 + 1
    assert result["OFF_NETWORK_COUNT"] == 1  # the lcn node 5, on no way of the extract


def test_the_exports_credit_openstreetmap_from_the_layers(territory, tmp_path):
    project = QgsProject()
    for name in ("perimetres", "trame", "itineraires", "troncons", "noeuds", "aires"):
        assert project.addMapLayer(QgsVectorLayer(layer(territory, name), name, "ogr"))
    context = QgsProcessingContext()
    context.setProject(project)
    pdf = tmp_path / "contrat.pdf"
    result = processing.run("itinerance:exportcontractmap", {
        "TITLE": "Réseau importé d'OpenStreetMap", "COVERAGE": layer(territory, "perimetres"),
        "PAGE_NAME_FIELD": "name", "DPI": 80, "OUTPUT": str(pdf)}, context=context)
    assert result["PAGE_COUNT"] == 1
    words = " ".join(pdf_checks.text(pdf).split())
    # no SOURCES given: the credits are what the layers declare, the import's among them
    assert "© OpenStreetMap contributors, ODbL 1.0" in words
    assert "Network sections" in words and "CC de Flandre Intérieure" in words
    sheets = tmp_path / "fiches.pdf"
    result = processing.run("itinerance:exportclimbsheets", {
        "LINES": layer(territory, "itineraires"), "ID_FIELD": "name",
        "DEM": str(territory["dem"]), "DPI": 80, "OUTPUT": str(sheets)}, context=context)
    assert result["PAGE_COUNT"] == 2 == pdf_checks.page_count(sheets)
    assert "Véloroute de la Lys" in pdf_checks.text(sheets)


def test_airesgap_on_the_imported_walking_network(territory):
    """The walking section imported from the hiking route is a network of its own (MODE)."""
    result = processing.run("itinerance:airesgap", {
        "NETWORK": layer(territory, "troncons"), "AIRES": layer(territory, "aires"),
        "MODE": "marche", "MAX_DISTANCE": 2500, "OUTPUT": "memory:"})
    assert result["NETWORK_LENGTH_M"] == pytest.approx(
        territory["imported"]["NETWORK_LENGTH_M_MARCHE"], abs=0.5)
    assert result["NETWORK_LENGTH_M"] > 0
