"""The circuits' GPX file, written by ``itinerance:buildcircuit`` (OUTPUT_GPX) and the dock's
Circuit panel (Export GPX…) alike: tracks with the DEM's elevations, waypoints for the numbered
nodes, the aires and Accueil Vélo establishments along the way (``logic.network.circuit_gpx``)."""

from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException

from ..logic.reports import circuit_gpx, gpx
from ..translate import format_number, tr


def gpx_stops(stops, points):
    """The stops (``circuit_inputs.Stops``) of indices ``points`` (from
    ``circuits.stops_along``), each once, as GPX waypoints' stops."""
    out, seen = [], set()
    for p in points:
        if p in seen:
            continue
        seen.add(p)
        description = tr("Aire") if stops.kind[p] == "aire" else tr("Accueil Vélo")
        out.append(circuit_gpx.Stop(float(stops.xy[p][0]), float(stops.xy[p][1]),
                                    stops.name[p], stops.kind[p], stops.category[p],
                                    description))
    return out


def circuit_tracks(built, profiles):
    """One track per circuit (``circuits.Circuit``), with its profile's elevations when
    ``profiles`` (one per circuit) are given."""
    return [circuit_gpx.circuit_track(
        circuit, tr("{} km, nodes {}").format(format_number(circuit.length / 1000.0, 1),
                                              circuit.sequence),
        profiles[k] if profiles else None) for k, circuit in enumerate(built)]


def missing_elevation_messages(tracks):
    """Where a track has no elevation (outside the DEM or on no data), in the user's words."""
    messages = []
    for track in tracks:
        if track.z is None:
            continue
        for start, end in circuit_gpx.missing_elevation(track.chainage, track.z):
            messages.append(tr(
                "Circuit {}: no elevation from the DEM from km {} to km {} (outside the DEM or "
                "no data): the GPX has none there.").format(
                track.name, format_number(start / 1000.0, 2), format_number(end / 1000.0, 2)))
    return messages


def write_circuits_gpx(path, title, tracks, stops, crs):
    """Write the GPX 1.1 file of ``tracks`` and ``stops`` (coordinates in ``crs``)."""
    try:
        data = gpx.write(circuit_gpx.document(
            title, tracks, stops, crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)))
    except ValueError as error:
        raise QgsProcessingException(tr(
            "The GPX cannot be written: {}.").format(error)) from None
    try:
        Path(path).write_bytes(data)
    except OSError as error:
        raise QgsProcessingException(tr("Could not write {}: {}").format(path, error)) \
            from None
