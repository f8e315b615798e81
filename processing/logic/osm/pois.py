"""Railway stations, campsites and motorhome areas of an OpenStreetMap extract, as records of
the data model: ``gares`` (``railway=station|halt`` with passenger service), ``etablissements``
(``tourism=camp_site``: category ``hebergement``) and ``aires`` (``tourism=caravan_site``:
kind ``aire_camping_car``). Nodes give their point; a closed way or a multipolygon relation
gives a point inside its area.

Only the fields OpenStreetMap tells are written, so that a re-import updates them and leaves
what a planner typed (the Accueil Vélo label of a campsite, the status of an area). Pure Python
(shapely for the point inside an area), no QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple

import numpy as np
from shapely import wkb
from shapely.geometry import LineString
from shapely.ops import polygonize, transform, unary_union

from .reader import Areas, Nodes, Tags, Ways
from .relations import Relation

STATION, CAMPSITE, MOTORHOME = "station", "campsite", "motorhome_area"
# the tag keys without which a file holds none: when it mentions neither, GDAL need not make
# its areas (buildings and all) for the few that may be drawn as one
WORDS = (b"tourism", b"railway")
KINDS = (STATION, CAMPSITE, MOTORHOME)
LAYER_OF = {STATION: "gares", CAMPSITE: "etablissements", MOTORHOME: "aires"}
# services that are no passenger trains: metro, tram, light rail (a station with train=yes
# serves trains too), freight, and stations out of use
URBAN_STATIONS = ("subway", "light_rail", "tram", "monorail", "miniature")
URBAN_KEYS = ("subway", "light_rail", "tram")
NO_PASSENGERS = ("freight", "industrial", "military", "test")
OUT_OF_USE = ("yes", "disused", "abandoned")
Record = Tuple[np.ndarray, dict]


def poi_kind(tags: Mapping[str, str]) -> Optional[str]:
    """STATION, CAMPSITE or MOTORHOME for the tags of a node, way or relation; None for
    anything else (a metro or tram station, a freight station, one out of use…)."""
    if tags.get("tourism") == "camp_site":
        return CAMPSITE
    if tags.get("tourism") == "caravan_site":
        return MOTORHOME
    if tags.get("railway") in ("station", "halt") and passenger_trains(tags):
        return STATION
    return None


def passenger_trains(tags: Mapping[str, str]) -> bool:
    """A station or halt where passenger trains stop: not ``passenger=no``, not a freight or
    military ``usage``, not out of use (``disused=yes``), not only for metro, tram or light
    rail (``station=subway``, ``subway=yes`` without ``train=yes``)."""
    if tags.get("passenger") == "no" or tags.get("usage") in NO_PASSENGERS:
        return False
    if tags.get("disused") in OUT_OF_USE:
        return False
    if tags.get("train") == "yes":
        return True
    if tags.get("station") in URBAN_STATIONS:
        return False
    return not any(tags.get(key) == "yes" for key in URBAN_KEYS)


@dataclass(eq=False)
class Pois:
    """The records of each layer, and the areas whose ways are not in the extract."""

    records: Dict[str, List[Record]] = field(
        default_factory=lambda: {layer: [] for layer in LAYER_OF.values()})
    counts: Dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    without_geometry: List[str] = field(default_factory=list)


def attributes(kind: str, tags: Mapping[str, str], element: str) -> dict:
    """The fields of the data model OpenStreetMap fills for a point of interest; the name is
    None when OSM has none (the glue names it in the user's language)."""
    values: Dict[str, Any] = {"name": (tags.get("name") or "").strip() or None,
                              "source": "osm", "source_id": element}
    city = (tags.get("addr:city") or "").strip()
    if city:
        values["commune"] = city
    if kind == STATION:
        values["kind"] = "gare" if tags.get("railway") == "station" else "halte"
        values["uic"] = (tags.get("uic_ref") or "").strip() or None
    elif kind == CAMPSITE:
        values["category"] = "hebergement"
        website = (tags.get("website") or tags.get("contact:website") or "").strip()
        if website:
            values["website"] = website
    else:
        values["kind"] = "aire_camping_car"
        water = tags.get("water_point") or tags.get("drinking_water")
        if water in ("yes", "no"):
            values["water"] = water == "yes"
    return values


def point_inside(rings: List[np.ndarray]) -> Optional[np.ndarray]:
    """A point inside the area the closed lines ``rings`` bound (the largest part); on the
    line for a way that does not close; None without any."""
    lines = [LineString(r) for r in rings if len(r) >= 2]
    if not lines:
        return None
    areas = list(polygonize(unary_union(lines)))
    if not areas:
        return np.asarray(lines[0].interpolate(0.5, normalized=True).coords[0])
    area = max(areas, key=lambda p: p.area)
    return np.asarray(area.representative_point().coords[0])


def read_pois(nodes: Nodes, ways: Ways, areas: Areas, relations: List[Relation],
              members: Callable, project: Callable[[np.ndarray], np.ndarray]) -> Pois:
    """The stations, campsites and motorhome areas of the extract: its nodes, closed ways (as
    lines, or as polygons for those GDAL makes areas) and multipolygon relations so tagged.
    ``members(relation)`` gives the indices of a relation's ways in ``ways``."""
    result = Pois()
    _from_nodes(nodes, project, result)
    _from_ways(ways, project, result)
    _from_areas(areas, project, result)
    for relation in relations:
        kind = poi_kind(relation.tags) if relation.tags.get("type") == "multipolygon" else None
        if kind is None:
            continue
        element = f"relation/{relation.id}"
        rings = [project(ways.coords(k)) for k in members(relation)]
        _add(result, kind, relation.tags, element, point_inside(rings))
    return result


def _from_nodes(nodes: Nodes, project: Callable[[np.ndarray], np.ndarray], result: Pois
                ) -> None:
    index = np.flatnonzero(candidates(nodes.tags))
    if len(index) == 0:
        return
    xy = project(nodes.lonlat[index])
    for k, tags in enumerate(nodes.tags.dicts(index)):
        kind = poi_kind(tags)
        if kind is not None:
            _add(result, kind, tags, f"node/{nodes.ids[index[k]]}", xy[k])


def _from_ways(ways: Ways, project: Callable[[np.ndarray], np.ndarray], result: Pois
               ) -> None:
    index = np.flatnonzero(candidates(ways.tags))
    for k, tags in zip(index, ways.tags.dicts(index)):
        kind = poi_kind(tags)
        if kind is not None:
            point = point_inside([project(ways.coords(k))])
            _add(result, kind, tags, f"way/{ways.ids[k]}", point)


def _from_areas(areas: Areas, project: Callable[[np.ndarray], np.ndarray], result: Pois
                ) -> None:
    for k, tags in enumerate(areas.tags.dicts(np.arange(len(areas)))):
        kind = poi_kind(tags)
        if kind is None:
            continue
        shape = transform(lambda x, y: tuple(project(np.column_stack([x, y])).T),
                          wkb.loads(areas.polygons[k]))
        point = np.asarray(shape.representative_point().coords[0]) if not shape.is_empty \
            else None
        _add(result, kind, tags, f"way/{areas.ids[k]}", point)


def candidates(tags: Tags) -> np.ndarray:
    """Rows tagged as a station or halt, a campsite or a motorhome area (bytes compared)."""
    return np.isin(tags.raw["railway"], (b"station", b"halt")) | np.isin(
        tags.raw["tourism"], (b"camp_site", b"caravan_site"))


def _add(result: Pois, kind: str, tags: Mapping[str, str], element: str,
         point: Optional[np.ndarray]) -> None:
    if point is None:
        result.without_geometry.append(element)
        return
    result.records[LAYER_OF[kind]].append((np.asarray(point, dtype=float),
                                           attributes(kind, tags, element)))
    result.counts[kind] += 1
