"""The open-data algorithms as users script them: qgis_process.bin runs importaccueilvelo on a
CSV (QGIS does not open it itself) into a new project, and preparedem on two tiles."""

import dem_tiles

CSV = ('"Nom","Identifiant","Type","Sous-type","Sous-type","Latitude","Longitude"\n'
       '"Gîte du Mont","G1","Lieu","Hébergement","Hébergement locatif","50.8006","2.4857"\n'
       '"Gîte du Mont","G2","Lieu","Restauration","Restaurant","50.8006","2.4857"\n'
       '"Loueur","L1","Lieu","Location","Loueur de matériel","50.81","2.49"\n'
       '"Sans lieu","S1","Lieu","Restauration","Restaurant","",""\n')


def test_import_the_list_into_a_new_project(qgis, tmp_path):
    database = tmp_path / "projet.gpkg"
    qgis.run("itinerance:createprojectdb", OUTPUT=database)
    source = tmp_path / "liste.csv"
    source.write_text(CSV, encoding="utf-8")
    results = qgis.run("itinerance:importaccueilvelo", INPUT=source,
                       DATABASE=database)["results"]
    assert (results["IMPORTED_COUNT"], results["MERGED_COUNT"], results["SKIPPED_COUNT"],
            results["UPDATED_COUNT"]) == (2, 1, 1, 0)
    bad = source.with_name("virgules.csv")
    bad.write_text("Nom:Latitude\nA:50\n", encoding="utf-8")
    failed = qgis.run("itinerance:importaccueilvelo", check=False, INPUT=bad,
                      DATABASE=database)
    assert failed["returncode"] != 0
    assert "has one column only" in failed["stdout"] + failed["stderr"]


def test_prepare_a_dem_from_two_tiles(qgis, tmp_path):
    tiles = [dem_tiles.write_l93(tmp_path / "a.asc", dem_tiles.A_BOUNDS, driver="AAIGrid",
                                 with_crs=False),
             dem_tiles.write_l93(tmp_path / "b.tif", dem_tiles.B_BOUNDS)]
    results = qgis.run("itinerance:preparedem", INPUT=tiles, SOURCE_CRS="EPSG:2154",
                       OUTPUT=tmp_path / "mnt.tif")["results"]
    assert (results["TILE_COUNT"], results["WIDTH"], results["HEIGHT"]) == (2, 200, 100)
    assert results["NODATA_PCT"] == 0 and results["RESOLUTION_M"] == 25
    assert results["MIN_ELEVATION_M"] == dem_tiles.plane(650012.5, 7050012.5)
