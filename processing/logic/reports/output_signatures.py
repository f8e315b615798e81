"""Which analysis output a layer is, told by its fields (no QGIS import).

The map exports load analysis outputs from files (GeoPackages written by ``qgis_process``):
such a layer comes with no style, so the export recognises it by the fields its algorithm
writes and applies the algorithm's own style (``output_styles``) to it.
"""

from __future__ import annotations

import math
from typing import Iterable, Optional, Tuple

# (algorithm id, output name, fields that must all be present), most specific first.
SIGNATURES = (
    ("airesgap", "OUTPUT", {"network_fid", "dist_min_m", "dist_max_m", "nearest_aire",
                            "covered"}),
    ("airesgap", "GAPS", {"gap_id", "length_m", "worst_dist_m"}),
    ("airesgap", "SUGGESTIONS", {"rank", "gain_m", "coverage_after_pct"}),
    ("airesgap", "DIAGNOSTICS", {"kind", "detail", "distance_m", "feature_fid"}),
    ("accueilvelocoverage", "OUTPUT", {"route", "start_m", "end_m", "n_establishments",
                                       "covered"}),
    ("accueilvelocoverage", "GAPS", {"route", "category", "start_m", "end_m", "length_m"}),
    ("accueilvelocoverage", "ESTABLISHMENTS_OUT", {"dist_to_route_m", "nearest_route",
                                                   "eligible", "labelled", "prospect"}),
    ("slopeprofile", "OUTPUT", {"line_id", "direction", "z_start_m", "strava_score",
                                "nodata_m"}),
    ("slopeprofile", "PROFILE", {"line_id", "direction", "chainage_m", "z_m", "grade_class"}),
    ("slopeprofile", "CLIMBS", {"line_id", "direction", "start_m", "end_m", "strava_score"}),
    ("trameconnectivity", "OUTPUT", {"line_fid", "component", "is_bridge", "cut_hub_pairs"}),
    ("trameconnectivity", "HUBS_OUT", {"access_m", "reachable_hubs", "d_iic_pct"}),
    ("trameconnectivity", "MISSING_LINKS", {"rank", "from_component", "to_component",
                                            "gain_hub_pairs"}),
)
DEFAULT_MAX_DISTANCE = 2500.0  # airesgap's default MAX_DISTANCE


def recognise(field_names: Iterable[str]) -> Optional[Tuple[str, str]]:
    """(algorithm id, output name) of the first signature whose fields are all in
    ``field_names``, or None."""
    names = set(field_names)
    for algorithm, output, fields in SIGNATURES:
        if fields <= names:
            return algorithm, output
    return None


def served_distance(dist_max_values: Iterable[Optional[float]],
                    covered_flags: Iterable[object]) -> float:
    """The MAX_DISTANCE an airesgap output was computed with, read back from its stretches.

    Stretches are cut where the distance crosses MAX_DISTANCE, so the farthest point of the
    served stretches lies exactly at it; with no served stretch, airesgap's default.
    """
    served = [float(d) for d, covered in zip(dist_max_values, covered_flags)
              if covered and d is not None and math.isfinite(float(d))]
    return round(max(served), 3) if served else DEFAULT_MAX_DISTANCE  # float noise off
