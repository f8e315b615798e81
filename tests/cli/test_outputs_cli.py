"""qgis_process as users script it: every algorithm with a secondary output runs with its
required inputs and OUTPUT alone (the secondary outputs are not written), and writes each
secondary output asked for; MODE is given as a code."""

import pytest
from test_export_qgis_process import run

from itinerance.processing.logic.sample import territory as sample_territory


def layers(gpkg, **names):
    return [f"--{parameter}={gpkg}|layername={layer}" for parameter, layer in names.items()]


def cases(sample):
    """(algorithm, required inputs, inputs that the secondary outputs need, secondary outputs
    with their file suffix)."""
    gpkg = sample["gpkg"]
    dem = f"--DEM={sample['dem']}"
    return {
        "airesgap": (layers(gpkg, NETWORK="troncons", AIRES="aires"), [],
                     {"GAPS": ".gpkg", "SUGGESTIONS": ".gpkg", "DIAGNOSTICS": ".gpkg"}),
        "accueilvelocoverage": (layers(gpkg, ROUTES="itineraires",
                                       ESTABLISHMENTS="etablissements"), [],
                                {"GAPS": ".gpkg", "ESTABLISHMENTS_OUT": ".gpkg",
                                 "SUMMARY": ".gpkg"}),
        "buildcircuit": (layers(gpkg, NETWORK="troncons", NODES="noeuds")
                         + [f"--SEQUENCE={dict(sample_territory.CIRCUITS)['Tour du Mont Noir']}"],
                         [dem] + layers(gpkg, AIRES="aires", ESTABLISHMENTS="etablissements"),
                         {"LEGS": ".gpkg", "STOPS": ".gpkg", "PROFILE": ".gpkg",
                          "OUTPUT_GPX": ".gpx"}),
        "slopeprofile": (layers(gpkg, LINES="ascensions") + [dem], [],
                         {"PROFILE": ".gpkg", "CLIMBS": ".gpkg"}),
        "trameconnectivity": (layers(gpkg, ITINERARIES="trame"), layers(gpkg, HUBS="poles"),
                              {"HUBS_OUT": ".gpkg", "MISSING_LINKS": ".gpkg"}),
    }


@pytest.mark.parametrize("algorithm", ["airesgap", "accueilvelocoverage", "buildcircuit",
                                       "slopeprofile", "trameconnectivity"])
def test_output_alone_works_and_each_secondary_output_is_written_when_asked(
        qgis, sample, tmp_path, algorithm):
    required, needed, secondary = cases(sample)[algorithm]
    alone = run(qgis, f"itinerance:{algorithm}", *required,
                f"--OUTPUT={tmp_path / 'alone.gpkg'}")
    assert alone["OUTPUT"] == str(tmp_path / "alone.gpkg")
    assert set(alone) & set(secondary) == set()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alone.gpkg"]
    files = {name: tmp_path / f"{name.lower()}{suffix}" for name, suffix in secondary.items()}
    every = run(qgis, f"itinerance:{algorithm}", *required, *needed,
                f"--OUTPUT={tmp_path / 'every.gpkg'}",
                *[f"--{name}={path}" for name, path in files.items()])
    for name, path in files.items():
        assert every[name] == str(path) and path.stat().st_size > 0, name


def test_mode_as_a_code_and_a_wrong_one(qgis, sample, tmp_path):
    gpkg = sample["gpkg"]
    cycling = run(qgis, "itinerance:airesgap", *layers(gpkg, NETWORK="troncons", AIRES="aires"),
                  "--MODE=velo", f"--OUTPUT={tmp_path / 'velo.gpkg'}")
    default = run(qgis, "itinerance:airesgap", *layers(gpkg, NETWORK="troncons", AIRES="aires"),
                  f"--OUTPUT={tmp_path / 'default.gpkg'}")
    assert cycling["NETWORK_LENGTH_M"] == pytest.approx(default["NETWORK_LENGTH_M"])
    assert cycling["NETWORK_LENGTH_M"] == pytest.approx(
        sample["summary"]["network_km"] * 1000, abs=1)
    failed = run(qgis, "itinerance:airesgap", *layers(gpkg, NETWORK="troncons", AIRES="aires"),
                 "--MODE=kayak", f"--OUTPUT={tmp_path / 'k.gpkg'}", check=False)
    assert failed.returncode != 0
    assert "MODE: kayak is not a mode; give one of velo, marche" in failed.stdout + failed.stderr
    walking = run(qgis, "itinerance:checkinventory", *layers(gpkg, NOEUDS="noeuds"),
                  "--MODE=marche", f"--OUTPUT={tmp_path / 'findings.gpkg'}")
    assert walking["FEATURE_COUNT"] == 0  # the sample's nodes are all cycling nodes
