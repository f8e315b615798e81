"""itinerance:importaccueilvelo through processing.run: a cut of the DATAtourisme export made
here (same 16 columns, the repeated Sous-type, the same quoting), into a GeoPackage project and a
PostGIS schema; re-imports, the merged duplicates, bad files, a refused row rolling back all.

Oracles: pyproj for the positions, OGR and psycopg2 for what the database holds."""

import csv
import shutil
from contextlib import nullcontext

import pg_layers
import processing
import pytest
from feedback_log import Log
from gdal_modes import gdal_exceptions
from osgeo import ogr
from pyproj import Transformer
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsVectorLayer,
)

from itinerance.processing.layers.sinks import TYPES

HEADER = ["Nom", "Identifiant", "Type", "Sous-type", "Sous-type", "Commune", "Code postal",
          "Code INSEE", "Département", "Région", "Latitude", "Longitude", "Site internet",
          "Créateur", "Mise à jour", "Mise à jour DATAtourisme"]
CASSEL = (50.8006, 2.4857)
DB = "imports"  # the PostgreSQL database of the PostGIS test
TO_L93 = Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True)


def row(name, identifier, kind, sub1, sub2, lat, lon, commune="Cassel", website=""):
    return [name, identifier, kind, sub1, sub2, commune, "59670", "59135", "Nord",
            "Hauts-de-France", lat, lon, website, "Office de tourisme", "2025-03-01T00:00:00.000Z",
            "2026-03-02T10:00:00.000Z"]


def near(dx_m, dy_m, origin=CASSEL):
    """Latitude and longitude (text) ``dx_m`` east and ``dy_m`` north of ``origin``."""
    lat, lon = origin
    return f"{lat + dy_m / 111_200:.7f}", f"{lon + dx_m / 70_300:.7f}"


ROWS = [
    row("Hôtel du Mont, Cassel", "HOTHDF0001", "Lieu", "Restauration,Hébergement",
        "Restaurant,Hôtellerie", *near(0, 0), website="https://h.fr/,https://h.fr/"),
    row("QG du Cycliste", "127116", "Lieu", "Restauration", "Restaurant", *near(500, 0)),
    row("QG du Cycliste", "127115", "Lieu", "Commerce de détail", "", *near(500, 0)),
    row("Paul et Maria", "P1", "Lieu", "Restauration", "Café ou salon de thé", *near(900, 0)),
    row("Paul et Maria", "P2", "Lieu", "Commerce de détail", "Artisan d'art", *near(900, 0)),
    row("Paul et Maria", "P3", "Lieu", "Restauration", "Boulangerie", *near(910, 0)),
    row("Vélos de Flandre", "LOC1", "Produit,Lieu",
        "Location,Site sportif, récréatif et de loisirs,Prestataire de service",
        "Location de matériel,Loueur de matériel", *near(0, 800)),
    row("Atelier Rayon", "REP1", "Lieu",
        "Site sportif, récréatif et de loisirs,Prestataire de service",
        "Réparateur de matériel", *near(0, 1600)),
    row("Office de Tourisme Cœur de Flandre", "OT1", "Lieu",
        "Service d'information touristique", "Office de tourisme", *near(-700, 0)),
    row("Musée de Flandre", "MUS1", "Lieu", "Site culturel", "Musée", *near(-1400, 0)),
    row("Eco'Logis Terre", "ECO1", "Lieu", "Hébergement", "Hébergement locatif", "0", "0"),
    row("Sans position", "NOP1", "Lieu", "Restauration", "Restaurant", "", ""),
    row("Agence du Mont", "AG1", "Lieu", "Agence immobilière", "", *near(0, -800)),
    row("Kok Piraat", "KP1", "Lieu", "Restauration", "Restaurant", *near(2000, 0)),
    row("Kok Piraat", "KP2", "Produit", "Pratique", "Pratique libre", *near(2114, 0)),
    row("Gîte de la Somme", "GS1", "Lieu", "Hébergement", "Hébergement locatif", "49.8941",
        "2.2958", commune="Amiens"),
]
EXPECTED = {"HOTHDF0001": "hebergement", "127116": "restauration", "P1": "restauration",
            "LOC1": "loueur", "REP1": "reparateur", "OT1": "office_tourisme",
            "MUS1": "site_visite", "KP1": "restauration", "KP2": "site_visite",
            "GS1": "hebergement"}


def write_csv(path, rows=ROWS, header=HEADER, encoding="utf-8", delimiter=","):
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_ALL)
        writer.writerow(header)
        writer.writerows(rows)
    return str(path)


@pytest.fixture
def project(tmp_path):
    path = str(tmp_path / "projet.gpkg")
    processing.run("itinerance:createprojectdb", {"OUTPUT": path, "ADD_TO_PROJECT": False})
    return path


@pytest.fixture
def imported(project, tmp_path):
    """The project with the list imported once; returns the CSV's path."""
    path = write_csv(tmp_path / "av.csv")
    run(path, project)
    return path


def museum_as_hotel(*extra_rows):
    """The list with the museum (MUS1) become a hotel, and ``extra_rows``."""
    rows = [list(r) for r in ROWS] + list(extra_rows)
    rows[9][3:5] = ["Hébergement", "Hôtellerie"]
    return rows


def run(csv_path, database, feedback=None, **extra):
    return processing.run("itinerance:importaccueilvelo",
                          {"INPUT": csv_path, "DATABASE": database, **extra},
                          feedback=feedback)


def execute(gpkg, sql):
    """SQL on the GeoPackage with OGR, as another program would."""
    dataset = ogr.Open(gpkg, 1)
    dataset.ExecuteSQL(sql)
    dataset = None


def establishments(gpkg):
    """{source_id or name: feature fields and x, y}, read with OGR."""
    dataset = ogr.Open(gpkg)
    layer = dataset.GetLayerByName("etablissements")
    out = {}
    for feature in layer:
        values = feature.items()
        values["fid"] = feature.GetFID()
        point = feature.GetGeometryRef()
        values["xy"] = (point.GetX(), point.GetY())
        out[values["source_id"] or values["name"]] = values
    return out


def test_first_import_counts_merges_and_places_every_row(project, tmp_path):
    log = Log()
    result = run(write_csv(tmp_path / "av.csv"), project, log)
    # 16 rows: 10 establishments, 3 rows merged (QG du Cycliste twice, Paul et Maria three
    # times), 3 skipped (coordinates 0 0, none, an unknown type)
    assert (result["IMPORTED_COUNT"], result["MERGED_COUNT"], result["SKIPPED_COUNT"],
            result["UPDATED_COUNT"]) == (10, 3, 3, 0)
    rows = establishments(project)
    assert {key: r["category"] for key, r in rows.items()} == EXPECTED
    assert all(r["accueil_velo"] == 1 and r["source"] == "datatourisme" for r in rows.values())
    hotel = rows["HOTHDF0001"]
    assert hotel["name"] == "Hôtel du Mont, Cassel" and hotel["website"] == "https://h.fr/"
    assert hotel["commune"] == "Cassel" and hotel["label_date"] is None
    lat, lon = (float(v) for v in near(0, 0))
    assert hotel["xy"] == pytest.approx(TO_L93.transform(lon, lat), abs=0.01)
    # the log names what it merged and what it skipped, with the row numbers of the file
    assert "Merged, one place: QG du Cycliste (rows 3: 127116, 4: 127115)" in log.text
    assert "Merged, one place: Paul et Maria (rows 5: P1, 6: P2, 7: P3)" in log.text
    assert "row 12: Eco'Logis Terre 0 0" in log.text and "row 13: Sans position" in log.text
    assert "row 14: Agence du Mont Lieu / Agence immobilière" in log.text
    assert "restauration 3" in log.text and "hebergement 2" in log.text


def test_reimport_updates_in_place_and_keeps_what_it_does_not_fill(project, imported,
                                                                   tmp_path):
    before = establishments(project)
    # a planner dates a label by hand: the list has no label date, a re-import keeps it
    execute(project, "UPDATE etablissements SET label_date = '2021-06-01' "
                     "WHERE source_id = 'MUS1'")
    again = run(imported, project)
    assert (again["IMPORTED_COUNT"], again["UPDATED_COUNT"], again["MERGED_COUNT"],
            again["SKIPPED_COUNT"]) == (0, 10, 3, 3)
    after = establishments(project)
    assert {k: r["fid"] for k, r in after.items()} == {k: r["fid"] for k, r in before.items()}
    assert after["MUS1"]["label_date"] == "2021/06/01"
    # the list changes: a new category, a new commune, one more place
    changed = museum_as_hotel(row("Nouveau Gîte", "NEW1", "Lieu", "Hébergement", "",
                                  *near(0, 2400)))
    changed[0][5] = "Cassel-Centre"
    third = run(write_csv(tmp_path / "av2.csv", changed), project)
    assert (third["IMPORTED_COUNT"], third["UPDATED_COUNT"]) == (1, 10)
    after = establishments(project)
    assert len(after) == 11
    assert after["MUS1"]["category"] == "hebergement"
    assert after["HOTHDF0001"]["commune"] == "Cassel-Centre"


def test_label_dates_are_written_as_dates(project, tmp_path):
    header = ["Nom", "Identifiant", "Type", "Latitude", "Longitude", "Date de labellisation"]
    rows = [["Gîte A", "A", "Hébergement", *near(0, 0), "2023-04-12T00:00:00.000Z"],
            ["Gîte B", "B", "Hébergement", *near(300, 0), "05/06/2019"],
            ["Gîte C", "C", "Hébergement", *near(600, 0), "bientôt"]]
    log = Log()
    result = run(write_csv(tmp_path / "dates.csv", rows, header), project, log)
    assert result["IMPORTED_COUNT"] == 3
    dates = {key: r["label_date"] for key, r in establishments(project).items()}
    assert dates == {"A": "2023/04/12", "B": "2019/06/05", "C": None}
    assert "Row 4 (Gîte C): unreadable label date bientôt; left empty." in log.text


def test_append_mode_leaves_what_is_there(project, imported, tmp_path):
    result = run(write_csv(tmp_path / "av2.csv", museum_as_hotel()), project, MODE=0)
    assert (result["IMPORTED_COUNT"], result["UPDATED_COUNT"], result["MERGED_COUNT"]) == \
        (0, 0, 13)
    assert establishments(project)["MUS1"]["category"] == "site_visite"


def test_an_establishment_drawn_by_hand_is_neither_duplicated_nor_changed(project, tmp_path):
    # "Musée de Flandre" drawn by hand 20 m from the list's, as a café (wrongly): kept as it is
    lat, lon = (float(v) for v in near(-1380, 0))
    x, y = TO_L93.transform(lon, lat)
    dataset = ogr.Open(project, 1)
    layer = dataset.GetLayerByName("etablissements")
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("name", "Musée de Flandre")
    feature.SetField("category", "restauration")
    feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
    assert layer.CreateFeature(feature) == 0
    dataset = None
    log = Log()
    result = run(write_csv(tmp_path / "av.csv"), project, log)
    assert (result["IMPORTED_COUNT"], result["MERGED_COUNT"]) == (9, 4)
    rows = establishments(project)
    [musee] = [r for r in rows.values() if r["name"] == "Musée de Flandre"]
    assert musee["category"] == "restauration" and musee["source"] is None
    assert "Musée de Flandre (row 11) is the establishment" in log.text
    assert "(drawn by hand)" in log.text


def test_perimeter_keeps_the_rows_inside(project, tmp_path):
    perimeter = QgsVectorLayer("Polygon?crs=EPSG:2154", "epci", "memory")
    feature = QgsFeature()
    x, y = TO_L93.transform(CASSEL[1], CASSEL[0])
    feature.setGeometry(QgsGeometry.fromWkt(
        f"Polygon(({x - 5000} {y - 5000}, {x + 5000} {y - 5000}, {x + 5000} {y + 5000}, "
        f"{x - 5000} {y + 5000}, {x - 5000} {y - 5000}))"))
    perimeter.dataProvider().addFeatures([feature])
    log = Log()
    result = run(write_csv(tmp_path / "av.csv"), project, log, PERIMETER=perimeter)
    assert (result["IMPORTED_COUNT"], result["SKIPPED_COUNT"]) == (9, 4)
    assert "1 row(s) skipped: outside the perimeter." in log.text
    assert "row 17: Gîte de la Somme" in log.text
    assert "GS1" not in establishments(project)


def test_a_layer_of_points_with_the_data_model_codes(project):
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "liste", "memory")
    layer.dataProvider().addAttributes([QgsField("nom", TYPES["text"]),
                                        QgsField("categorie", TYPES["text"])])
    layer.updateFields()
    features = []
    for name, category, dx in (("Gîte A", "hebergement", 0), ("Loueur B", "loueur", 300),
                               ("C", "garage", 600)):
        feature = QgsFeature(layer.fields())
        feature["nom"], feature["categorie"] = name, category
        lat, lon = (float(v) for v in near(dx, 0))
        feature.setGeometry(QgsGeometry.fromWkt(f"Point({lon} {lat})"))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    result = run(layer, project, NAME_FIELD="nom", TYPE_FIELD="categorie", SUBTYPE_FIELD="",
                 ID_FIELD="", SOURCE="liste_epci")
    assert (result["IMPORTED_COUNT"], result["SKIPPED_COUNT"]) == (2, 1)
    rows = establishments(project)
    assert rows["Gîte A"]["category"] == "hebergement" and rows["Gîte A"]["source"] == \
        "liste_epci"
    lat, lon = (float(v) for v in near(300, 0))
    assert rows["Loueur B"]["xy"] == pytest.approx(TO_L93.transform(lon, lat), abs=0.01)
    # without identifiers, a re-import finds them by name and place
    again = run(layer, project, NAME_FIELD="nom", TYPE_FIELD="categorie", SUBTYPE_FIELD="",
                ID_FIELD="", SOURCE="liste_epci")
    assert (again["IMPORTED_COUNT"], again["UPDATED_COUNT"]) == (0, 2)


@pytest.mark.parametrize("content, encoding, message", [
    ("Nom,Identifiant,Type,Commune\nA,1,Restaurant,Cassel\n", "utf-8",
     r"has no column LATITUDE_FIELD=Latitude, LONGITUDE_FIELD=Longitude\. Its columns are: "
     r"Nom, Identifiant, Type, Commune"),
    ("name,kind,lat,lon\nA,hotel,50.8,2.4\n", "utf-8",
     r"has no column NAME_FIELD=Nom, LATITUDE_FIELD=Latitude, LONGITUDE_FIELD=Longitude, "
     r"SUBTYPE_FIELD=Sous-type\. Its columns are: name, kind, lat, lon\. Give the names"),
    ("Nom:Type:Latitude:Longitude\nA:Restaurant:50.8:2.4\n", "utf-8",
     r"has one column only .*Nom:Type.*not a comma, a semicolon, a tab or \|"),
    ("Nom;Type;Latitude;Longitude\nGîte;Hébergement;50,8;2,4\n", "cp1252",
     r"is not utf-8 text \(byte 0xEE on line 2\).*ENCODING"),
    ("", "utf-8", r"is empty"),
])
def test_bad_csv_files_are_explained(project, tmp_path, content, encoding, message):
    path = tmp_path / "liste.csv"
    path.write_bytes(content.encode(encoding))
    with pytest.raises(QgsProcessingException, match=message):
        run(str(path), project)
    assert establishments(project) == {}


def test_the_encoding_given_is_used(project, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("Nom;Type;Latitude;Longitude\nGîte;Hébergement;50,8;2,4\n".encode("cp1252"))
    result = run(str(path), project, ENCODING="cp1252")
    assert result["IMPORTED_COUNT"] == 1
    assert establishments(project)["Gîte"]["category"] == "hebergement"


def test_a_database_that_is_not_a_project_database_is_refused(tmp_path):
    other = tmp_path / "autre.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(other))
    dataset.CreateLayer("routes", None, ogr.wkbLineString)
    dataset = None
    csv_path = write_csv(tmp_path / "av.csv")
    with pytest.raises(QgsProcessingException, match=r"is not an Itinérance project database"):
        run(csv_path, str(other))
    with pytest.raises(QgsProcessingException, match=r"does not exist"):
        run(csv_path, str(tmp_path / "absent.gpkg"))


@pytest.mark.parametrize("exceptions", [False, True], ids=["gdal returns", "gdal raises"])
def test_a_refused_row_rolls_the_whole_import_back(project, imported, tmp_path, exceptions):
    before = establishments(project)
    execute(project, "CREATE TRIGGER refuse_boom BEFORE INSERT ON etablissements "
                     "WHEN NEW.name = 'Boom' BEGIN SELECT RAISE(ABORT, 'no Boom'); END")
    # the museum's update and a new place come before the refused row: undone with it
    changed = museum_as_hotel(
        row("Nouveau", "NEW1", "Lieu", "Hébergement", "", *near(0, 2400)),
        row("Boom", "BOOM", "Lieu", "Hébergement", "", *near(0, 3200)))
    with gdal_exceptions() if exceptions else nullcontext(), pytest.raises(
            QgsProcessingException, match=r"refused Boom.*nothing was imported"):
        run(write_csv(tmp_path / "av2.csv", changed), project)
    assert establishments(project) == before


def test_import_then_the_analyses_on_the_sample_territory(sample, tmp_path):
    """The chain: the list imported into the sample project, then accueilvelocoverage and
    checkinventory on its layers, unchanged."""
    gpkg = str(tmp_path / "territoire.gpkg")
    shutil.copy(sample["gpkg"], gpkg)
    routes = QgsVectorLayer(f"{gpkg}|layername=itineraires", "itineraires", "ogr")
    labelled_before = sum(1 for f in QgsVectorLayer(
        f"{gpkg}|layername=etablissements", "e", "ogr").getFeatures() if f["accueil_velo"])
    # a place of the list right on the first itinerary (a vertex of it, in WGS84)
    vertex = next(routes.getFeatures()).geometry().vertexAt(3)
    lon, lat = Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True).transform(
        vertex.x(), vertex.y())
    rows = ROWS + [row("Gîte sur la route", "ROUTE1", "Lieu", "Hébergement", "",
                       f"{lat:.8f}", f"{lon:.8f}")]
    imported = run(write_csv(tmp_path / "av.csv", rows), gpkg)
    assert imported["IMPORTED_COUNT"] == 11
    coverage = processing.run("itinerance:accueilvelocoverage", {
        "ROUTES": routes, "ESTABLISHMENTS": f"{gpkg}|layername=etablissements",
        "CATEGORY_FIELD": "category", "LABEL_FIELD": "accueil_velo", "OUTPUT": "memory:",
        "GAPS": "memory:", "ESTABLISHMENTS_OUT": "memory:", "SUMMARY": "memory:"})
    out = list(coverage["ESTABLISHMENTS_OUT"].getFeatures())
    [on_route] = [f for f in out if f["name"] == "Gîte sur la route"]
    assert on_route["dist_to_route_m"] == pytest.approx(0, abs=0.01) and on_route["eligible"]
    assert sum(1 for f in out if f["labelled"]) == labelled_before + 11
    checks = processing.run("itinerance:checkinventory", {
        **{role.upper(): f"{gpkg}|layername={role}" for role in
           ("aires", "etablissements", "noeuds", "troncons", "itineraires")},
        "OUTPUT": "memory:"})
    # the list has no label dates: each imported establishment is reported as labelled
    # without a date
    undated = {f["feature_id"] for f in checks["OUTPUT"].getFeatures()
               if f["check"] == "label_without_date"}
    imported_fids = {f.id() for f in QgsVectorLayer(f"{gpkg}|layername=etablissements", "e",
                                                    "ogr").getFeatures()
                     if f["source"] == "datatourisme"}
    assert len(imported_fids) == 11 and imported_fids <= undated


# --- PostGIS -------------------------------------------------------------------------------------

def test_import_into_postgis_reimport_and_rollback(cluster, tmp_path):
    processing.run("itinerance:createprojectdb", {
        "DATABASE": cluster.uri(DB), "SCHEMA": "flandre", "CRS": "EPSG:2154",
        "ADD_TO_PROJECT": False})
    path = write_csv(tmp_path / "av.csv")
    first = run(path, cluster.uri(DB), SCHEMA="flandre")
    assert (first["IMPORTED_COUNT"], first["MERGED_COUNT"], first["SKIPPED_COUNT"]) == (10, 3, 3)
    table = dict(cluster.execute(DB, "SELECT source_id, category FROM "
                                            "flandre.etablissements"))
    assert table == EXPECTED
    lat, lon = (float(v) for v in near(0, 800))
    [(x, y)] = cluster.execute(DB, "SELECT ST_X(geom), ST_Y(geom) FROM "
                                          "flandre.etablissements WHERE source_id = 'LOC1'")
    assert (x, y) == pytest.approx(TO_L93.transform(lon, lat), abs=0.01)
    again = run(path, cluster.uri(DB), SCHEMA="flandre")
    assert (again["IMPORTED_COUNT"], again["UPDATED_COUNT"]) == (0, 10)
    cluster.execute(DB, """
        CREATE FUNCTION flandre.refuse_boom() RETURNS trigger AS $$
        BEGIN IF NEW.name = 'Boom' THEN RAISE EXCEPTION 'no Boom'; END IF; RETURN NEW; END
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER refuse_boom BEFORE INSERT ON flandre.etablissements
        FOR EACH ROW EXECUTE FUNCTION flandre.refuse_boom()""")
    changed = museum_as_hotel(row("Boom", "BOOM", "Lieu", "Hébergement", "", *near(0, 3200)))
    with pytest.raises(QgsProcessingException, match=r"no Boom"):
        run(write_csv(tmp_path / "av2.csv", changed), cluster.uri(DB), SCHEMA="flandre")
    assert dict(cluster.execute(DB, "SELECT source_id, category FROM "
                                           "flandre.etablissements")) == EXPECTED
    # QGIS reads what was written: ten establishments, all labelled
    layer = pg_layers.pg_layer(cluster, DB, "flandre", "etablissements")
    assert layer.featureCount() == 10
    assert all(f["accueil_velo"] is True for f in layer.getFeatures())
