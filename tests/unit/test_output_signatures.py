"""Analysis outputs recognised by their fields, MAX_DISTANCE read back from airesgap stretches."""

import pytest

from itinerance.processing.logic.reports import output_signatures as signatures


@pytest.mark.parametrize("fields, expected", [
    (["fid", "network_fid", "length_m", "dist_min_m", "dist_max_m", "nearest_aire", "covered",
      "component"], ("airesgap", "OUTPUT")),
    (["gap_id", "length_m", "worst_dist_m", "component"], ("airesgap", "GAPS")),
    (["rank", "gain_m", "coverage_after_pct", "candidate_fid"], ("airesgap", "SUGGESTIONS")),
    (["kind", "detail", "distance_m", "feature_fid"], ("airesgap", "DIAGNOSTICS")),
    (["route", "start_m", "end_m", "length_m", "n_establishments", "n_hebergement", "covered"],
     ("accueilvelocoverage", "OUTPUT")),
    (["route", "category", "start_m", "end_m", "length_m"], ("accueilvelocoverage", "GAPS")),
    (["name", "category", "dist_to_route_m", "nearest_route", "chainage_m", "eligible",
      "labelled", "prospect"], ("accueilvelocoverage", "ESTABLISHMENTS_OUT")),
    (["line_id", "direction", "length_m", "z_start_m", "gain_m", "strava_score", "nodata_m"],
     ("slopeprofile", "OUTPUT")),
    (["line_id", "direction", "chainage_m", "z_m", "grade_pct", "grade_class"],
     ("slopeprofile", "PROFILE")),
    (["line_id", "direction", "start_m", "end_m", "gain_m", "strava_score"],
     ("slopeprofile", "CLIMBS")),
    (["line_fid", "length_m", "component", "is_bridge", "cut_hub_pairs"],
     ("trameconnectivity", "OUTPUT")),
    (["name", "component", "access_m", "reachable_hubs", "d_iic_pct"],
     ("trameconnectivity", "HUBS_OUT")),
    (["rank", "length_m", "from_component", "to_component", "hub", "gain_hub_pairs"],
     ("trameconnectivity", "MISSING_LINKS")),
])
def test_each_output_is_recognised(fields, expected):
    assert signatures.recognise(fields) == expected


def test_inventory_layers_are_not_analysis_outputs():
    assert signatures.recognise(["name", "kind", "pump", "status", "commune"]) is None
    assert signatures.recognise(["name", "category", "accueil_velo", "label_date"]) is None
    assert signatures.recognise([]) is None


def test_signatures_do_not_shadow_each_other():
    """Each output's own fields are recognised as that output, not an earlier one."""
    for algorithm, output, fields in signatures.SIGNATURES:
        assert signatures.recognise(fields) == (algorithm, output)


def test_served_distance_read_back():
    assert signatures.served_distance([100.0, 2999.9999999, 4000.0, None],
                                      [True, True, False, True]) == 3000.0
    assert signatures.served_distance([5000.0], [False]) == signatures.DEFAULT_MAX_DISTANCE
    assert signatures.served_distance([], []) == signatures.DEFAULT_MAX_DISTANCE
