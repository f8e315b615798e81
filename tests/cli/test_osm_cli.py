"""importosmnetwork as users script it: qgis_process.bin runs it on an OSM PBF extract into a new
project, then again (every feature updated), and refuses a file that is not OSM."""

from osm_extract import points_noeuds


def test_import_an_extract_twice_and_a_file_that_is_not_osm(qgis, tmp_path):
    database = tmp_path / "projet.gpkg"
    qgis.run("itinerance:createprojectdb", OUTPUT=database)
    extract = points_noeuds().write_pbf(tmp_path / "flandre.osm.pbf")
    for _ in range(2):
        results = qgis.run("itinerance:importosmnetwork", INPUT=extract,
                           DATABASE=database)["results"]
        assert (results["NODE_COUNT"], results["SECTION_COUNT"], results["ITINERARY_COUNT"],
                results["TRAME_COUNT"], results["SKIPPED_COUNT"]) == (5, 4, 2, 2, 3)
        assert abs(results["NETWORK_LENGTH_M"] - 4000) < 0.1
    text = tmp_path / "reseau.osm"
    text.write_text("numero;nom\n12;Cassel\n", encoding="utf-8")
    failed = qgis.run("itinerance:importosmnetwork", check=False, INPUT=text,
                      DATABASE=database)
    assert failed["returncode"] != 0
    assert "is not an OpenStreetMap extract" in failed["stdout"] + failed["stderr"]
