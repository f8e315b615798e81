"""importosmnetwork as users script it: qgis_process.bin runs it on an OSM PBF extract into a new
project, then again (every feature updated), with MODES given as users type it, and refuses a
file that is not OSM."""

from osm_extract import points_noeuds


def test_import_an_extract_twice_and_a_file_that_is_not_osm(qgis, tmp_path):
    database = tmp_path / "projet.gpkg"
    qgis.run("itinerance:createprojectdb", OUTPUT=database)
    extract = points_noeuds().write_pbf(tmp_path / "flandre.osm.pbf")
    for _ in range(2):
        results = qgis.run("itinerance:importosmnetwork", INPUT=extract,
                           DATABASE=database)["results"]
        assert (results["NODE_COUNT"], results["SECTION_COUNT"], results["ITINERARY_COUNT"],
                results["TRAME_COUNT"], results["LINK_COUNT"], results["SKIPPED_COUNT"]) == (
            5, 5, 2, 2, 2, 3)
        assert abs(results["NETWORK_LENGTH_M"] - 4600) < 0.1
        assert abs(results["NETWORK_LENGTH_M_VELO"] - 4000) < 0.1
    walking = qgis.run("itinerance:importosmnetwork", INPUT=extract, DATABASE=database,
                       MODES="1", POIS=False)["results"]
    assert (walking["SECTION_COUNT"], walking["SECTION_COUNT_MARCHE"]) == (1, 1)
    both = qgis.run("itinerance:importosmnetwork", INPUT=extract, DATABASE=database,
                    MODES="0,1")["results"]
    assert (both["SECTION_COUNT_VELO"], both["SECTION_COUNT_MARCHE"]) == (4, 1)
    text = tmp_path / "reseau.osm"
    text.write_text("numero;nom\n12;Cassel\n", encoding="utf-8")
    failed = qgis.run("itinerance:importosmnetwork", check=False, INPUT=text,
                      DATABASE=database)
    assert failed["returncode"] != 0
    assert "is not an OpenStreetMap extract" in failed["stdout"] + failed["stderr"]
