"""`make demo-real`: a project database built from the real public data of ../shared/data/real
(see each SOURCE.txt), then the analyses run on it, with their headline figures.

- EuroVelo 5 (GPX exported from OpenStreetMap relation 5245117, 60 unordered segments) and the
  campsites and motorhome areas of Nord and Pas-de-Calais (OpenStreetMap, GeoJSON of points with
  their OSM tags): written as one OSM extract (one way per segment, the route relation with its
  OSM id and tags; a campsite or area given as a node is that node with its tags, one given as
  a way a small closed way around its point with the way's id, so that every ``source_id`` is
  the OSM element's) and imported by itinerance:importosmnetwork into itineraires,
  etablissements (campsites) and aires (motorhome areas); its figures printed per mode.
- The Accueil Vélo list (DATAtourisme CSV): itinerance:importaccueilvelo into etablissements.
- The UNESCO mining-basin layers (GeoJSON, Licence Ouverte Etalab 2.0), which are not
  OpenStreetMap: a documented mapping written by the importers' own writer (import_target, one
  transaction, re-runs update by identifier), source ``unesco_bassin_minier``: the cavaliers
  of the buffer zone (zt-cavaliers, lines) into trame, kind cavalier, ``source_id``
  ``zt-cavaliers/<id_troncon>``; the terrils of the property and of the buffer zone (terrils,
  zt-terrils, polygons) into poles, kind terril, ``source_id`` ``terrils/<no_terril>`` and
  ``zt-terrils/<id>``. A multi-part geometry gives one feature per part (``#2``, ``#3``…).

Then accueilvelocoverage (EV5 against the Accueil Vélo list), trameconnectivity (cavaliers and
terrils), checkinventory and a contract map of the territory (PDF). airesgap and slopeprofile
need aires, a points-nœuds network and a DEM, which the shared data does not hold: they are
named and left out.

Issue 22's products (``itinerance_products``): the SNCF stations imported by
itinerance:importstations (inside the EPCI of 59 and 62), the EuroVelo 5 planned from Calais to
Lille Flandres in 40-70 km days on the Accueil Vélo lodgings (planstages), the stations of the
communes it crosses against it (stationaccess), the OpenStreetMap motorhome areas against the
Accueil Vélo sites and the communes (motorhomecoverage).
"""

import argparse
import json
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import quoteattr

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from qgis_env import start_qgis  # noqa: E402

ROOT = HERE.parent.parent
GPX = "{http://www.topografix.com/GPX/1/1}"
EV5_RELATION = 5245117  # cycling.waymarkedtrails.org/…/relation/5245117, in the GPX metadata
UNESCO = "unesco_bassin_minier"
UNESCO_RIGHTS = "Mission Bassin Minier, Bassin minier Patrimoine mondial UNESCO"
ETALAB = "Licence Ouverte / Etalab 2.0"


def osm_tags(text):
    """The OSM tags of the campsite file ("k=v; k=v", its own ``id`` left out)."""
    pairs = (item.split("=", 1) for item in text.split("; ") if "=" in item)
    return {k: v for k, v in pairs if k != "id"}


def tag_xml(tags):
    return "".join(f"<tag k={quoteattr(k)} v={quoteattr(v)}/>" for k, v in tags.items())


def campsites_as_osm(geojson, first_node):
    """(nodes, ways, relations) XML of the campsites and motorhome areas: a node as it is, a
    way as a closed square of about 20 m around its point with its OSM id, a relation as a
    multipolygon of such a square with its OSM id."""
    nodes, ways, relations, node = [], [], [], first_node
    for feature in json.loads(geojson.read_text(encoding="utf-8"))["features"]:
        kind, ident = feature["properties"]["osm_id"].split("/")
        lon, lat = feature["geometry"]["coordinates"][:2]
        tags = osm_tags(feature["properties"]["osm_tags"])
        if kind == "node":
            nodes.append(f'<node id="{ident}" version="1" lat="{lat:.7f}" lon="{lon:.7f}">'
                         f"{tag_xml(tags)}</node>")
            continue
        refs = []
        for dx, dy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
            node += 1
            nodes.append(f'<node id="{node}" version="1" lat="{lat + dy * 1e-4:.7f}" '
                         f'lon="{lon + dx * 1.5e-4:.7f}"/>')
            refs.append(node)
        nds = "".join(f'<nd ref="{r}"/>' for r in refs + refs[:1])
        if kind == "way":
            ways.append(f'<way id="{ident}" version="1">{nds}{tag_xml(tags)}</way>')
        else:  # a multipolygon relation: its outer way made up, the relation with its id
            ways.append(f'<way id="{node}" version="1">{nds}</way>')
            relations.append(f'<relation id="{ident}" version="1"><member type="way" '
                             f'ref="{node}" role="outer"/>'
                             f'{tag_xml({"type": "multipolygon", **tags})}</relation>')
    return nodes, ways, relations


def gpx_as_osm(gpx, out, campsites=None):
    """The GPX's track segments as OSM ways, in one cycling route relation (EuroVelo 5), with
    the campsites and motorhome areas of ``campsites`` (GeoJSON) when given."""
    root = ET.parse(gpx).getroot()
    name = root.findtext(f"{GPX}metadata/{GPX}name") or "EuroVelo 5"
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<osm version="0.6" generator="itinerance '
             'demo-real, from a waymarkedtrails GPX of OpenStreetMap">']
    ways, node = [], 0
    for segment in root.iter(f"{GPX}trkseg"):
        refs = []
        for point in segment.iter(f"{GPX}trkpt"):
            node += 1
            lines.append(f'<node id="{node}" version="1" lat="{point.get("lat")}" '
                         f'lon="{point.get("lon")}"/>')
            refs.append(node)
        ways.append(refs)
    # the campsites' own ids are OSM's (up to 10^10): the track's nodes and ways stay below
    poi_nodes, poi_ways, poi_relations = campsites_as_osm(campsites, 10**12) if campsites \
        else ([], [], [])
    lines += poi_nodes
    for index, refs in enumerate(ways, start=1):
        nds = "".join(f'<nd ref="{r}"/>' for r in refs)
        lines.append(f'<way id="{index}" version="1">{nds}<tag k="highway" v="cycleway"/></way>')
    lines += poi_ways
    members = "".join(f'<member type="way" ref="{i}" role=""/>' for i in range(1, len(ways) + 1))
    tags = {"type": "route", "route": "bicycle", "network": "icn", "ref": "EV5", "name": name}
    lines += poi_relations
    lines.append(f'<relation id="{EV5_RELATION}" version="1">{members}'
                 + "".join(f"<tag k={quoteattr(k)} v={quoteattr(v)}/>" for k, v in tags.items())
                 + "</relation>")
    lines.append("</osm>")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out, len(ways)


def unesco_features(path, prefix, id_field, name_fields, fallback):
    """(source_id, name, WKB in EPSG:2154) of each part of each feature of a GeoJSON layer;
    and the number of features without geometry."""
    from osgeo import ogr, osr

    target = osr.SpatialReference()
    target.ImportFromEPSG(2154)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    source = osr.SpatialReference()
    source.ImportFromEPSG(4326)
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(source, target)
    records, empty = [], 0
    for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
        properties = feature["properties"]
        if not feature.get("geometry"):
            empty += 1
            continue
        geometry = ogr.CreateGeometryFromJson(json.dumps(feature["geometry"]))
        geometry.Transform(transform)
        parts = [geometry.GetGeometryRef(i).Clone() for i in range(geometry.GetGeometryCount())] \
            if geometry.GetGeometryType() in (ogr.wkbMultiLineString, ogr.wkbMultiPolygon) \
            else [geometry]
        ident = f"{prefix}/{properties[id_field]}"
        name = next((properties[f] for f in name_fields if properties.get(f)), None) \
            or f"{fallback} {properties[id_field]}"
        for k, part in enumerate(parts, start=1):
            records.append((ident if len(parts) == 1 else f"{ident}#{k}", name,
                            bytes(part.ExportToWkb(ogr.wkbNDR))))
    return records, empty


def write_unesco(database, real):
    """Cavaliers into trame, terrils into poles, by the importers' writer (one transaction)."""
    from itinerance.processing.database import import_target
    from itinerance.processing.logic.inventory import data_model

    folder = real / "bassin_minier_unesco"
    cavaliers, no_geometry = unesco_features(folder / "zt-cavaliers.geojson", "zt-cavaliers",
                                             "id_troncon", ["nom"], "Cavalier")
    terrils, _ = unesco_features(folder / "terrils.geojson", "terrils", "no_terril", ["nom"],
                                 "Terril")
    zone, _ = unesco_features(folder / "zt-terrils.geojson", "zt-terrils", "id",
                              ["nom_usuel", "nom"], "Terril")
    target, _ = import_target.open_target(str(database), None)
    changes = []
    for layer, kind, records in (("trame", "cavalier", cavaliers),
                                 ("poles", "terril", terrils + zone)):
        existing = target.source_fids(layer, UNESCO)
        inserts, updates = [], []
        for source_id, name, wkb in records:
            values = data_model.fit_lengths(data_model.layer(layer), {
                "name": name, "kind": kind, "source": UNESCO, "source_id": source_id})
            if source_id in existing:
                updates.append((existing[source_id], values, wkb))
            else:
                inserts.append((values, wkb))
        changes.append(import_target.LayerChanges(layer, inserts, updates))
    target.write_all(changes)
    problem = target.declare_source(["trame", "poles"], UNESCO_RIGHTS, ETALAB)
    if problem:
        print(f"  (metadata not stored: {problem})")
    return len(cavaliers), len(terrils) + len(zone), no_geometry


def figures(results, names):
    return ", ".join(f"{n} {results[n]:.6g}" if isinstance(results[n], float)
                     else f"{n} {results[n]}" for n in names)


def print_modes(result):
    """The import's figures per mode: those of the modes it found, and the others named."""
    from itinerance.processing.logic.osm.modes import MODES

    names = ("NODE_COUNT", "SECTION_COUNT", "NETWORK_LENGTH_M", "ITINERARY_COUNT", "LINK_COUNT")
    found = [m for m in MODES if any(result[f"{n}_{m.upper()}"] for n in names)]
    for mode in found:
        print(f"  {mode}: " + figures(result, [f"{n}_{mode.upper()}" for n in names]))
    others = [m for m in MODES if m not in found]
    if others:
        print(f"  {', '.join(others)}: none in the shared data")


def layer(database, name):
    return f"{database}|layername={name}"


def demo(real, out):
    import processing
    from qgis.core import QgsProcessingContext, QgsProject, QgsVectorLayer

    start_qgis()
    if not real.is_dir():
        raise SystemExit(f"{real} does not exist: make demo-real needs the shared real data "
                         "(REAL_DATA=folder make demo-real to give another folder).")
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    database = out / "territoire_reel.gpkg"
    processing.run("itinerance:createprojectdb", {"OUTPUT": str(database),
                                                  "ADD_TO_PROJECT": False})
    print(f"Real data: {real}\nProject database: {database}")

    campsites = real / "campings_aires_camping_car_59_62_osm.geojson"
    extract, segments = gpx_as_osm(real / "ev5_hdf_calais_wattrelos_osm.gpx", out / "ev5.osm",
                                   campsites)
    result = processing.run("itinerance:importosmnetwork", {
        "INPUT": str(extract), "DATABASE": str(database)})
    print(f"itinerance:importosmnetwork ({extract.name}: the EV5 GPX, {segments} segments, as "
          f"relation/{EV5_RELATION}; {campsites.name})\n  "
          f"{figures(result, ('ITINERARY_COUNT', 'LINK_COUNT', 'CAMPSITE_COUNT'))}, "
          f"{figures(result, ('MOTORHOME_AREA_COUNT', 'STATION_COUNT', 'SKIPPED_COUNT'))}")
    print_modes(result)

    csv = real / "accueil_velo_hauts_de_france.csv"
    result = processing.run("itinerance:importaccueilvelo", {"INPUT": str(csv),
                                                             "DATABASE": str(database)})
    counts = ("IMPORTED_COUNT", "UPDATED_COUNT", "MERGED_COUNT", "SKIPPED_COUNT")
    print(f"itinerance:importaccueilvelo ({csv.name})\n  {figures(result, counts)}")

    cavaliers, terrils, empty = write_unesco(database, real)
    print(f"UNESCO mining basin (documented mapping, source {UNESCO})\n  trame: {cavaliers} "
          f"cavaliers, poles: {terrils} terrils ({empty} feature without geometry left out)")

    result = processing.run("itinerance:accueilvelocoverage", {
        "ROUTES": layer(database, "itineraires"), "ROUTE_NAME_FIELD": "name",
        "ESTABLISHMENTS": layer(database, "etablissements"), "CATEGORY_FIELD": "category",
        "LABEL_FIELD": "accueil_velo", "ACCESS_DISTANCE": 5000,
        "OUTPUT": str(out / "accueilvelocoverage_output.gpkg"),
        "GAPS": str(out / "accueilvelocoverage_gaps.gpkg"),
        "ESTABLISHMENTS_OUT": str(out / "accueilvelocoverage_establishments.gpkg"),
        "SUMMARY": str(out / "accueilvelocoverage_summary.gpkg")})
    print("itinerance:accueilvelocoverage (EV5, Accueil Vélo within 5 km)\n  " + figures(
        result, ("ROUTE_LENGTH_M", "COVERED_PCT", "LONGEST_GAP_M", "ELIGIBLE_COUNT",
                 "PROSPECT_COUNT")))
    result = processing.run("itinerance:trameconnectivity", {
        "ITINERARIES": layer(database, "trame"), "HUBS": layer(database, "poles"),
        "HUB_NAME_FIELD": "name", "SNAP_TOLERANCE": 5, "HUB_ACCESS_DISTANCE": 100,
        "MAX_LINK_LENGTH": 1000, "DISTANCE_THRESHOLD": 10000,
        "OUTPUT": str(out / "trameconnectivity_output.gpkg"),
        "HUBS_OUT": str(out / "trameconnectivity_hubs.gpkg"),
        "MISSING_LINKS": str(out / "trameconnectivity_links.gpkg")})
    print("itinerance:trameconnectivity (cavaliers, terrils as hubs)\n  " + figures(
        result, ("COMPONENT_COUNT", "BRIDGE_COUNT", "ISOLATED_HUB_COUNT", "IIC", "PC",
                 "LARGEST_COMPONENT_KM", "SKIPPED_COUNT")))
    roles = ("aires", "etablissements", "noeuds", "troncons", "itineraires", "trame", "poles",
             "ascensions")
    result = processing.run("itinerance:checkinventory", {
        **{role.upper(): layer(database, role) for role in roles},
        "OUTPUT": str(out / "checkinventory_output.gpkg")})
    print("itinerance:checkinventory\n  " + figures(
        result, ("FEATURE_COUNT", "FINDING_COUNT", "ERROR_COUNT", "OFF_NETWORK_COUNT")))

    project = QgsProject()
    for name in ("poles", "trame", "itineraires", "etablissements"):
        project.addMapLayer(QgsVectorLayer(layer(database, name), name, "ogr"))
    context = QgsProcessingContext()
    context.setProject(project)
    pdf = out / "carte_territoire_reel.pdf"
    result = processing.run("itinerance:exportcontractmap", {
        "TITLE": "EV5, Accueil Vélo et trame verte", "LAYOUT": 0,
        "DPI": 150, "OUTPUT": str(pdf)},
        context=context)
    print(f"itinerance:exportcontractmap -> {pdf} ({int(result['PAGE_COUNT'])} page; credits "
          "from the layers' metadata: OpenStreetMap ODbL, UNESCO Etalab 2.0)")
    itinerance_products(database, real, out)
    print("Not run: airesgap (the shared data holds no aires nor points-nœuds network) and "
          "slopeprofile (no DEM); make demo runs them on the sample territory.")
    print(f"Outputs are in {out}/.")


# --- issue 22: itinerance products -------------------------------------------------------------

COMMUNES = ("limites_59_62/communes-59-nord.geojson",
            "limites_59_62/communes-62-pas-de-calais.geojson")


def communes_layer(real):
    """The communes of Nord and Pas-de-Calais in one memory layer (code, nom)."""
    from qgis.core import QgsFeature, QgsField, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    merged = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", "communes", "memory")
    merged.dataProvider().addAttributes([QgsField("code", QVariant.String),
                                         QgsField("nom", QVariant.String)])
    merged.updateFields()
    features = []
    for path in COMMUNES:
        for source in QgsVectorLayer(str(real / path), "c", "ogr").getFeatures():
            feature = QgsFeature(merged.fields())
            feature.setGeometry(source.geometry())
            feature.setAttributes([source["code"], source["nom"]])
            features.append(feature)
    merged.dataProvider().addFeatures(features)
    return merged


def import_stations(database, real, communes):
    """The SNCF list into gares: the stations of the EPCI of Nord and Pas-de-Calais, their
    communes named."""
    import processing

    result = processing.run("itinerance:importstations", {
        "INPUT": str(real / "gares_voyageurs_sncf.csv"), "DATABASE": str(database),
        "PERIMETER": str(real / "limites_59_62" / "epci-59-62.geojson"), "COMMUNES": communes})
    print("itinerance:importstations (gares_voyageurs_sncf.csv, inside the EPCI of 59 and 62)\n  "
          + figures(result, ("IMPORTED_COUNT", "OUTSIDE_COUNT", "SKIPPED_COUNT")))


def plan_ev5(database, out):
    """EuroVelo 5 from Calais to Lille in 40-70 km days on the Accueil Vélo lodgings."""
    import processing
    from qgis.core import QgsProcessingException

    parameters = {
        "ROUTE": layer(database, "itineraires"), "STATIONS": layer(database, "gares"),
        "START": "Calais", "END": "Lille Flandres",
        "LODGINGS": layer(database, "etablissements"), "DAY_MIN_KM": 40, "DAY_MAX_KM": 70,
        "DAY_TARGET_KM": 55, "MAX_DETOUR_M": 5000,
        "STAGES": str(out / "planstages_ev5.gpkg"),
        "LODGING_OPTIONS": str(out / "planstages_ev5_options.gpkg"),
        "OUTPUT_GPX": str(out / "sejour_ev5.gpx")}
    try:
        result = processing.run("itinerance:planstages", parameters)
    except QgsProcessingException as error:
        print(f"itinerance:planstages (EV5 Calais → Lille Flandres, 40-70 km)\n  no plan: {error}")
        return
    print("itinerance:planstages (EV5 Calais → Lille Flandres, 40-70 km, lodgings of the "
          "Accueil Vélo list within 5 km)\n  " + figures(
              result, ("STAGE_COUNT", "TOTAL_KM", "ACCUEIL_VELO_NIGHTS", "CANDIDATE_COUNT")))
    from qgis.core import QgsVectorLayer

    for day in QgsVectorLayer(result["STAGES"], "stages", "ogr").getFeatures():
        print(f"  day {day['day']}: {day['from']} → {day['to']}, {day['length_km']:.1f} km")


def stations_of_the_route(database, out, communes):
    """The stations of the communes the EV5 crosses, their distance to it (2 km)."""
    import processing

    crossed = processing.run("native:extractbylocation", {
        "INPUT": communes, "PREDICATE": [0], "INTERSECT": layer(database, "itineraires"),
        "OUTPUT": "memory:"})["OUTPUT"]
    stations = processing.run("native:extractbylocation", {
        "INPUT": layer(database, "gares"), "PREDICATE": [6], "INTERSECT": crossed,
        "OUTPUT": "memory:"})["OUTPUT"]
    result = processing.run("itinerance:stationaccess", {
        "STATIONS": stations, "NETWORK": layer(database, "itineraires"),
        "ESTABLISHMENTS": layer(database, "etablissements"), "MAX_DISTANCE_M": 2000,
        "OUTPUT": str(out / "stationaccess_ev5.gpkg")})
    from qgis.core import QgsVectorLayer

    far = [f for f in QgsVectorLayer(result["OUTPUT"], "s", "ogr").getFeatures() if f["far"]]
    print(f"itinerance:stationaccess (the {crossed.featureCount()} communes the EV5 crosses)\n  "
          + figures(result, ("STATION_COUNT", "FAR_COUNT")) + "; farther than 2 km: " + ", ".join(
              f"{f['name']} {f['itinerary_distance_m'] / 1000:.1f} km"
              for f in sorted(far, key=lambda f: f["itinerary_distance_m"])))


def motorhome_areas(database, real, out, communes):
    """The motorhome areas of 59 and 62 (OpenStreetMap) against the Accueil Vélo sites and
    tourist offices and the communes."""
    import processing

    result = processing.run("itinerance:motorhomecoverage", {
        "SITES": layer(database, "etablissements"), "CENTRES": communes,
        "AREAS": str(real / "campings_aires_camping_car_59_62_osm.geojson"),
        "SUGGEST_COUNT": 10, "OUTPUT": str(out / "motorhomecoverage_real.gpkg"),
        "SUGGESTIONS": str(out / "motorhomecoverage_real_suggestions.gpkg")})
    print("itinerance:motorhomecoverage (OSM caravan sites; Accueil Vélo sites and offices, "
          "communes of 59 and 62)\n  " + figures(
              result, ("PLACE_COUNT", "COVERED_PCT", "UNCOVERED_COUNT", "SUGGESTED_COUNT")))


def itinerance_products(database, real, out):
    """Issue 22 on the real data: stations imported, EV5 planned, stations of its communes,
    motorhome areas."""
    communes = communes_layer(real)
    import_stations(database, real, communes)
    plan_ev5(database, out)
    stations_of_the_route(database, out, communes)
    motorhome_areas(database, real, out, communes)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--real", type=Path, default=ROOT.parent / "shared" / "data" / "real")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    demo(args.real.resolve(), args.out.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
