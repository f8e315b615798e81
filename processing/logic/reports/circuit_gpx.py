"""Circuits as a GPX 1.1 file for a rider's phone or GPS (written by ``gpx``).

Pure numpy and pyproj (no QGIS). A circuit is one track: its profile's points (every vertex of
the route and a point every sampling step, the elevations read from the DEM as the profile reads
them) or, without a DEM, the route's vertices. Where the DEM has no value a point has no
elevation (GPX allows it) and :func:`missing_elevation` says where. Waypoints: each numbered node
once (named by its number, its network as description, the elevation of the track there), then
the aires and Accueil Vélo establishments along the circuits (named by their names).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, List, Optional, Sequence, Tuple

import numpy as np

from . import gpx

if TYPE_CHECKING:
    from ..network.circuits import Circuit

WGS84 = "EPSG:4326"
# the symbols GPS devices know (Garmin's names), per kind of stop and establishment category
STOP_SYMBOLS = {"aire": "Picnic Area", "hebergement": "Lodging", "restauration": "Restaurant",
                "loueur": "Bike Trail", "reparateur": "Bike Trail", "site_visite": "Scenic Area",
                "office_tourisme": "Information"}
NODE_SYMBOL = "Flag, Blue"


@dataclass
class CircuitTrack:
    """A circuit as a track: its points (work CRS), their chainage (m) and elevation (m; NaN
    where unknown; None without a DEM), and its numbered nodes: where, named how, in which
    network, at which chainage."""

    name: str
    description: Optional[str]
    xy: np.ndarray
    chainage: np.ndarray
    z: Optional[np.ndarray]
    node_xy: np.ndarray
    node_names: List[str]
    node_networks: List[Optional[str]]
    node_chainage: np.ndarray

    def node_elevations(self) -> Optional[np.ndarray]:
        """The track's elevation at each node (NaN where it has none)."""
        if self.z is None:
            return None
        return np.array([_elevation_at(self.chainage, self.z, at)
                         for at in self.node_chainage.tolist()])


@dataclass
class Stop:
    """An aire or establishment along a circuit (work CRS)."""

    x: float
    y: float
    name: Optional[str]
    kind: str  # aire or accueil_velo
    category: Optional[str]
    description: Optional[str] = None


def _elevation_at(chainage: np.ndarray, z: np.ndarray, at: float) -> float:
    """The elevation of the point at chainage ``at`` (the nearest point; NaN when it has
    none)."""
    k = int(np.clip(np.searchsorted(chainage, at), 0, len(chainage) - 1))
    if k > 0 and abs(chainage[k - 1] - at) < abs(chainage[k] - at):
        k -= 1
    return float(z[k])


def missing_elevation(chainage: np.ndarray, z: np.ndarray) -> List[Tuple[float, float]]:
    """The stretches (from, to, metres of chainage) whose points have no elevation."""
    missing = ~np.isfinite(np.asarray(z, dtype=float))
    if not missing.any():
        return []
    edges = np.diff(np.concatenate([[0], missing.astype(np.int8), [0]]))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1) - 1
    return [(float(chainage[a]), float(chainage[b])) for a, b in zip(starts, ends)]


def document(title: str, tracks: Sequence[CircuitTrack], stops: Sequence[Stop],
             work_wkt: str) -> gpx.Document:
    """The GPX document of the circuits ``tracks`` (coordinates in the CRS ``work_wkt``) and
    the ``stops`` along them."""
    waypoints = _node_waypoints(tracks, work_wkt) + _stop_waypoints(stops, work_wkt)
    out = []
    for k, track in enumerate(tracks):
        lonlat = _lonlat(track.xy, work_wkt)
        elevations = None if track.z is None else [np.asarray(track.z, dtype=float)]
        out.append(gpx.Track(track.name, [lonlat], track.description, elevations, k + 1))
    return gpx.Document(title, None, waypoints, out)


def _lonlat(xy: np.ndarray, work_wkt: str) -> np.ndarray:
    # pyproj loads when a GPX is written, not with the plugin
    from ..relief.dem_sampling import transform_points

    lonlat = transform_points(np.asarray(xy, dtype=float).reshape(-1, 2), work_wkt, WGS84)
    if not np.isfinite(lonlat).all():
        raise ValueError("some points cannot be placed in WGS84: check the layers' CRS")
    return lonlat


def _node_waypoints(tracks: Sequence[CircuitTrack], work_wkt: str) -> List[gpx.Waypoint]:
    """Each numbered node once (the same place and number: one waypoint), in riding order."""
    seen, waypoints = set(), []
    for track in tracks:
        lonlat = _lonlat(track.node_xy, work_wkt)
        z = track.node_elevations()
        for k, (lon, lat) in enumerate(lonlat.tolist()):
            key = (track.node_names[k], round(lon, 7), round(lat, 7))
            if key in seen:
                continue
            seen.add(key)
            elevation = None if z is None or not np.isfinite(z[k]) else float(z[k])
            waypoints.append(gpx.Waypoint(lon, lat, track.node_names[k],
                                          track.node_networks[k], NODE_SYMBOL, elevation))
    return waypoints


def _stop_waypoints(stops: Sequence[Stop], work_wkt: str) -> List[gpx.Waypoint]:
    if not stops:
        return []
    lonlat = _lonlat(np.array([(s.x, s.y) for s in stops]), work_wkt)
    symbol = [STOP_SYMBOLS.get(s.kind if s.kind == "aire" else str(s.category), "Information")
              for s in stops]
    return [gpx.Waypoint(lon, lat, s.name, s.description, sym)
            for s, (lon, lat), sym in zip(stops, lonlat.tolist(), symbol)]


def circuit_track(circuit: Circuit, description: Optional[str] = None,
                  profile: Optional[Sequence[Any]] = None) -> CircuitTrack:
    """The track of a built circuit (``circuits.Circuit``): the points of its ``profile``
    ((chainage, points, z, …) as ``circuits.route_profile`` gives it) or, without one, the
    route's vertices."""
    if profile is not None:
        chainage, points, z = profile[0], profile[1], np.asarray(profile[2], dtype=float)
    else:
        chainage, points, z = circuit.chainage, circuit.xy, None
    node_chainage = np.concatenate([[0.0], np.cumsum(circuit.leg_length)])
    return CircuitTrack(circuit.name, description, np.asarray(points, dtype=float),
                        np.asarray(chainage, dtype=float), z, circuit.node_xy,
                        list(circuit.numbers), list(circuit.networks), node_chainage)
