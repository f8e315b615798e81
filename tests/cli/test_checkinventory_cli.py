"""itinerance:checkinventory as users script it: qgis_process.bin --json in a throwaway profile."""

from osgeo import ogr

ROLES = ("aires", "etablissements", "noeuds", "troncons", "itineraires", "trame", "poles",
         "ascensions")


def test_run_on_the_sample_writes_the_findings(qgis, sample, tmp_path):
    gpkg = sample["gpkg"]
    target = tmp_path / "controles.gpkg"
    layers = {role.upper(): f"{gpkg}|layername={role}" for role in ROLES}
    output = qgis.run("itinerance:checkinventory", OUTPUT=target, **layers)
    results = output["results"]
    assert results["FINDING_COUNT"] == 2  # the two aires set back from the network
    assert results["OFF_NETWORK_COUNT"] == 2 and results["ERROR_COUNT"] == 0
    dataset = ogr.Open(str(target))
    findings = dataset.GetLayer(0)
    assert findings.GetFeatureCount() == 2
    names = [findings.GetLayerDefn().GetFieldDefn(i).GetName()
             for i in range(findings.GetLayerDefn().GetFieldCount())]
    assert {"check", "layer", "feature_id", "severity", "message"} <= set(names)
    assert {f.GetField("check") for f in findings} == {"off_network"}


def test_without_any_layer_the_run_fails_with_a_clear_message(qgis, tmp_path):
    failed = qgis.run("itinerance:checkinventory", check=False, OUTPUT=tmp_path / "x.gpkg")
    assert failed["returncode"] != 0
    assert "at least one inventory layer" in failed["stdout"] + failed["stderr"]
