"""The faces of a network: the areas its edges enclose, as polygons.

Pure shapely/numpy (no QGIS). The network's edges are already noded (``graph.build_network``
joins lines at shared vertices and line ends, never where they merely cross, like a bridge
over a road), so GEOS's polygonizer makes the faces from them as they are: each face is a
polygon whose exterior ring is the loop riders can ride round it, with a hole where a separate
part of the network lies inside it. Dead ends and edges that do not close a face are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List

import numpy as np
from shapely.geometry import LineString, Polygon
from shapely.ops import polygonize

from ..graph import Network


@dataclass(eq=False)
class Faces:
    """The faces, largest first: polygons, the length of their exterior ring (metres) and
    their area (square metres)."""

    polygons: List[Polygon]
    perimeter: np.ndarray
    area: np.ndarray

    def __len__(self) -> int:
        return len(self.polygons)


def faces(network: Network) -> Faces:
    """The faces the edges of ``network`` enclose."""
    lines = [LineString(xy) for xy in network.edge_coords]
    polygons = [p for p in polygonize(lines) if not p.is_empty]
    area = np.array([p.area for p in polygons], dtype=float)
    perimeter = np.array([p.exterior.length for p in polygons], dtype=float)
    order = np.lexsort((perimeter, -area)).tolist()
    return Faces([polygons[k] for k in order], perimeter[order] if len(order) else perimeter,
                 area[order] if len(order) else area)
