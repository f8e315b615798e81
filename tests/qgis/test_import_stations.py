"""itinerance:importstations through processing.run: the SNCF format into a new project
database, a re-import, a perimeter, the rows without coordinates."""

import processing
import pytest
from feedback_log import Log
from qgis.core import QgsProcessingException, QgsVectorLayer

CSV = ("\ufeffNom;Trigramme;Segment(s) DRG;Position géographique;Code commune;Code(s) UIC\r\n"
       "Hazebrouck;HZK;B;50.72501, 2.54129;59295;87286302\r\n"
       "Bavinchove;BVC;C;50.7847, 2.4546;59054;87281139\r\n"
       "Béthune;BET;B;50.52144, 2.64055;62119;87342006\r\n"
       "Le Bourget T11;BOT;B;;93029;87697359\r\n")


@pytest.fixture()
def database(tmp_path):
    path = tmp_path / "projet.gpkg"
    processing.run("itinerance:createprojectdb", {"OUTPUT": str(path)})
    return path


def run(database, csv_text, tmp_path, feedback=None, **extra):
    source = tmp_path / "gares.csv"
    source.write_bytes(csv_text.encode("utf-8"))
    params = {"INPUT": str(source), "DATABASE": str(database)}
    params.update(extra)
    return processing.run("itinerance:importstations", params, feedback=feedback)


def gares(database):
    found = QgsVectorLayer(f"{database}|layername=gares", "gares", "ogr")
    return {f["name"]: f for f in found.getFeatures()}


def test_the_stations_are_imported_then_updated_not_duplicated(database, tmp_path):
    log = Log()
    first = run(database, CSV, tmp_path, feedback=log)
    assert (first["IMPORTED_COUNT"], first["SKIPPED_COUNT"]) == (3, 1)
    assert "line 5: Le Bourget T11" in log.text
    rows = gares(database)
    assert (rows["Bavinchove"]["kind"], rows["Hazebrouck"]["kind"]) == ("halte", "gare")
    assert rows["Béthune"]["uic"] == "87342006" and rows["Béthune"]["source"] == "sncf"
    assert rows["Béthune"]["commune"] == "62119"  # no commune in the database to name it
    point = rows["Hazebrouck"].geometry().asPoint()  # Lambert-93
    assert point.x() == pytest.approx(667551, abs=30) and point.y() == pytest.approx(7069906,
                                                                                     abs=30)
    renamed = CSV.replace("Bavinchove;", "Cassel - Bavinchove;")
    second = run(database, renamed, tmp_path)
    assert (second["IMPORTED_COUNT"], second["UPDATED_COUNT"]) == (0, 3)
    assert "Cassel - Bavinchove" in gares(database) and len(gares(database)) == 3


def test_a_perimeter_keeps_the_stations_inside_and_communes_are_named(database, tmp_path):
    from test_accueil_velo_coverage import layer

    from itinerance.processing.layers.sinks import TYPES

    flandre = layer("Polygon", "EPSG:2154", [(
        "Polygon((655000 7060000, 690000 7060000, 690000 7085000, 655000 7085000, "
        "655000 7060000))", {})])
    communes = layer("NoGeometry", "EPSG:2154", [(None, {"code": "59295", "nom": "Hazebrouck"})],
                     (("code", TYPES["text"]), ("nom", TYPES["text"])))
    result = run(database, CSV, tmp_path, PERIMETER=flandre, COMMUNES=communes)
    assert (result["IMPORTED_COUNT"], result["OUTSIDE_COUNT"]) == (2, 1)
    assert gares(database)["Hazebrouck"]["commune"] == "Hazebrouck"


def test_a_file_that_is_not_the_sncf_list_is_refused_with_its_columns(database, tmp_path):
    with pytest.raises(QgsProcessingException, match="Position géographique"):
        run(database, "Nom;Lat;Lon\r\nCalais;50.9;1.8\r\n", tmp_path)
