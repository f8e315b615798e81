"""GPX files of the algorithms' lines: reprojected to WGS84 and written by ``logic.network.gpx``."""

from pathlib import Path

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessingException,
)

from ..logic.reports import gpx
from ..translate import tr


def to_wgs84(xy, crs, context):
    """(k, 2) lon/lat degrees of points in ``crs``."""
    transform = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"),
                                       context.transformContext())
    points = [transform.transform(QgsPointXY(x, y)) for x, y in np.asarray(xy).tolist()]
    return np.array([(p.x(), p.y()) for p in points], dtype=float).reshape(-1, 2)


def write_stages(path, crs, context, lines, plan, lodgings, names):
    """One track per day ("Day 1: Calais → Gîte…"), a waypoint per night's lodging."""
    stops = [names[0]] + [lodgings.names[i] for i in plan.nights.tolist()] + [names[1]]
    titles = [tr("Day {}: {} → {}").format(d + 1, stops[d], stops[d + 1])
              for d in range(len(lines))]
    tracks = gpx.tracks_of(titles, [[to_wgs84(piece, crs, context) for piece in pieces]
                                    for pieces in lines])
    for track, km in zip(tracks, plan.length_km.tolist()):
        track.description = tr("{:.1f} km").format(km)
    nights = to_wgs84(lodgings.xy[plan.nights], crs, context) if len(plan.nights) \
        else np.zeros((0, 2))
    waypoints = [gpx.Waypoint(lon, lat, lodgings.names[i], tr("Night {}").format(k + 1),
                              "Lodging")
                 for k, (i, (lon, lat)) in enumerate(zip(plan.nights.tolist(),
                                                         nights.tolist()))]
    document = gpx.Document(tr("{} → {}").format(*names), None, waypoints, tracks)
    try:
        Path(path).write_bytes(gpx.write(document))
    except OSError as error:
        raise QgsProcessingException(tr("Could not write {}: {}").format(path, error)) \
            from None
