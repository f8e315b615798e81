"""A small territory where every territory indicator is known by hand.

Two adjacent square perimeters, West [0, 1000] x [0, 1000] and East [1000, 2000] x [0, 1000]
(metres from ORIGIN, EPSG:2154), the EPCI covering both, and an empty perimeter far away. The
network, véloroute and trame cross the boundary x = 1000, so each is cut there exactly. The DEM
rises 10 % eastwards (z = 0.1 x), so climbs are known too. EXPECTED holds the figures, each
worked out in the comment beside it.
"""

import math

ORIGIN = (650000.0, 7000000.0)
MAX_DISTANCE = 500.0  # aires serve 500 m along the network
ACCESS_DISTANCE = 300.0  # Accueil Vélo: 300 m in a straight line
SLOPE = 0.1  # of the DEM, eastwards

PERIMETERS = {  # name: (code, rings as lists of points)
    "West": ("W1", [[(0, 0), (1000, 0), (1000, 1000), (0, 1000), (0, 0)]]),
    "East": ("E1", [[(1000, 0), (2000, 0), (2000, 1000), (1000, 1000), (1000, 0)]]),
    "EPCI": ("EP", [[(0, 0), (2000, 0), (2000, 1000), (0, 1000), (0, 0)]]),
    "Nowhere": ("NO", [[(5000, 5000), (5100, 5000), (5100, 5100), (5000, 5100), (5000, 5000)]]),
}
NETWORK = [  # (points, network, surface)
    ([(200, 500), (1800, 500)], "Réseau Nord", "enrobe"),  # 800 m in West, 800 m in East
    ([(200, 500), (200, 900)], "Réseau Nord", "terre"),  # 400 m in West
]
AIRES = [  # (point, kind)
    ((200, 500), "aire_amenagee"),  # on the junction: serves 500 m east and the 400 m branch
    ((1500, 600), "aire_ludique"),  # 100 m off the network in East: serves it all there
]
ESTABLISHMENTS = [  # (point, category, labelled)
    ((500, 800), "hebergement", True),  # 500 m from the véloroute: covers none of it
    ((1500, 200), "restauration", False),  # 100 m from it: a prospect
    ((900, 100), "loueur", True),  # 200 m from it: covers 900 ± 223.6 m
]
ROUTES = [([(100, 300), (1900, 300)], "Véloroute test")]  # 900 m in each square
TRAME = [
    [(100, 950), (900, 950)],  # 800 m in West
    [(900, 950), (1900, 950)],  # joined to the first: 100 m in West, 900 m in East
    [(1200, 700), (1400, 700)],  # apart, in East
]
POLES = {  # name: WKT relative to ORIGIN, built by the users of this module
    "Parc": [(1275, 695), (1325, 695), (1325, 745), (1275, 745), (1275, 695)],  # on the trame
    "Terril": (500, 50),  # a point 900 m from the trame
}
ASCENSIONS = [  # digitised uphill (east) or downhill
    ([(100, 200), (950, 200)], "Montée ouest"),  # 850 m at 10 %: score 8,500, category 4
    ([(1100, 150), (1500, 150)], "Côte est"),  # 400 m at 10 %: score 4,000, no category
    ([(1900, 400), (1100, 400)], "Descente"),  # downhill: no climb
]

_COVERED = math.sqrt(ACCESS_DISTANCE ** 2 - 200 ** 2)  # half of the stretch the loueur covers

EXPECTED = {
    "West": {
        "network_km": 1.2, "network_reseau_nord_km": 1.2, "surface_enrobe_km": 0.8,
        "surface_terre_km": 0.4, "surface_beton_km": 0.0,
        "node_count": 2,  # the junction (200, 500) and the branch's end (200, 900)
        "aire_count": 1, "aire_amenagee_count": 1, "aire_ludique_count": 0,
        # 500 m east of the junction and the whole 400 m branch, of 1200 m
        "served_pct": 100 * 900 / 1200,
        "accueil_velo_count": 2, "accueil_velo_hebergement_count": 1,
        "accueil_velo_loueur_count": 1, "accueil_velo_restauration_count": 0,
        "veloroute_km": 0.9, "veloroute_covered_pct": 100 * (1000 - (900 - _COVERED)) / 900,
        "prospect_count": 0,
        "climb_count": 1, "climb_cat4_count": 1, "climb_hc_count": 0,
        # the first trame line and 100 m of the second: one part, two edges, both bridges
        "trame_km": 0.9, "trame_component_count": 1, "bridge_count": 2,
        "pole_count": 1, "pole_connected_count": 0,
    },
    "East": {
        "network_km": 0.8, "network_reseau_nord_km": 0.8, "surface_enrobe_km": 0.8,
        "surface_terre_km": 0.0,
        "node_count": 1,  # the end (1800, 500); the cut at the boundary is no node of the network
        "aire_count": 1, "aire_amenagee_count": 0, "aire_ludique_count": 1,
        # the aire at (1500, 500) serves [1000, 1800]; the junction's aire is 800 m from the
        # clipped network, beyond the 200 m at which an aire attaches
        "served_pct": 100.0,
        "accueil_velo_count": 0, "accueil_velo_loueur_count": 0,
        "veloroute_km": 0.9, "veloroute_covered_pct": 100 * (900 + _COVERED - 1000) / 900,
        "prospect_count": 1,
        "climb_count": 1, "climb_cat4_count": 0,
        # 900 m of the second trame line and the separate 200 m line: two parts, two bridges
        "trame_km": 1.1, "trame_component_count": 2, "bridge_count": 2,
        "pole_count": 1, "pole_connected_count": 1,
    },
    "EPCI": {
        "network_km": 2.0, "node_count": 3, "aire_count": 2,
        # 500 + 400 from the junction, 800 from the second aire, of 2000 m
        "served_pct": 100 * 1700 / 2000,
        "accueil_velo_count": 2, "veloroute_km": 1.8,
        "veloroute_covered_pct": 100 * 2 * _COVERED / 1800, "prospect_count": 1,
        "climb_count": 2, "climb_cat4_count": 1,
        "trame_km": 2.0, "trame_component_count": 2, "bridge_count": 3,
        "pole_count": 2, "pole_connected_count": 1,
    },
    "Nowhere": {
        "network_km": 0.0, "node_count": 0, "aire_count": 0, "served_pct": 0.0,
        "accueil_velo_count": 0, "veloroute_km": 0.0, "veloroute_covered_pct": 0.0,
        "prospect_count": 0, "climb_count": 0, "trame_km": 0.0, "trame_component_count": 0,
        "bridge_count": 0, "pole_count": 0, "pole_connected_count": 0,
    },
}


def shifted(points):
    """Points relative to ORIGIN as absolute coordinates."""
    return [(ORIGIN[0] + x, ORIGIN[1] + y) for x, y in points]


def elevation(x):
    """The DEM's elevation at absolute x (m)."""
    return SLOPE * (x - ORIGIN[0])


def _wkt(kind, points):
    coords = ",".join(f"{x:.3f} {y:.3f}" for x, y in shifted(points))
    return f"POLYGON(({coords}))" if kind == "polygon" else f"LINESTRING({coords})" \
        if kind == "line" else f"POINT({coords})"


def layers():
    """The scenario as data-model layers: {name: (geometry kind, fields, [(wkt, values)])}."""
    return {
        "perimetres": ("polygon", ("name", "kind", "code"), [
            (_wkt("polygon", rings[0]), (name, "commune" if code[0] in "WE" else "epci", code))
            for name, (code, rings) in PERIMETERS.items()]),
        "troncons": ("line", ("network", "surface", "status"), [
            (_wkt("line", points), (net, surface, "existing"))
            for points, net, surface in NETWORK]),
        "aires": ("point", ("name", "kind", "status"), [
            (_wkt("point", [point]), (f"Aire {k}", kind, "existing"))
            for k, (point, kind) in enumerate(AIRES)]),
        "etablissements": ("point", ("name", "category", "accueil_velo"), [
            (_wkt("point", [point]), (f"Établissement {k}", category, int(labelled)))
            for k, (point, category, labelled) in enumerate(ESTABLISHMENTS)]),
        "itineraires": ("line", ("name", "kind"), [
            (_wkt("line", points), (name, "veloroute")) for points, name in ROUTES]),
        "trame": ("line", ("name", "kind"), [
            (_wkt("line", points), (f"Lien {k}", "cavalier")) for k, points in enumerate(TRAME)]),
        # the terril as a 10 m square: the layer holds polygons
        "poles": ("polygon", ("name", "kind"), [
            (_wkt("polygon", POLES["Parc"]), ("Parc", "parc")),
            (_wkt("polygon", [(495, 45), (505, 45), (505, 55), (495, 55), (495, 45)]),
             ("Terril", "terril"))]),
        "ascensions": ("line", ("name", "direction"), [
            (_wkt("line", points), (name, "as_digitised")) for points, name in ASCENSIONS]),
    }


def write_geopackage(path, skip=()):
    """The scenario's layers (but those in ``skip``) in a GeoPackage, EPSG:2154."""
    from osgeo import ogr, osr

    types = {"polygon": ogr.wkbPolygon, "line": ogr.wkbLineString, "point": ogr.wkbPoint}
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    for name, (kind, fields, rows) in layers().items():
        if name in skip:
            continue
        layer = dataset.CreateLayer(name, srs, types[kind])
        for field_name in fields:
            field_type = ogr.OFTInteger if field_name == "accueil_velo" else ogr.OFTString
            layer.CreateField(ogr.FieldDefn(field_name, field_type))
        for wkt, values in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            for field_name, value in zip(fields, values):
                feature.SetField(field_name, value)
            layer.CreateFeature(feature)
    dataset = None
    return path


def write_dem(path, cell=10.0):
    """A GeoTIFF over the scenario, z = SLOPE x: bilinear sampling is exact on it."""
    import numpy as np
    import rasterio
    from rasterio.transform import from_origin

    width, height = int(2200 / cell), int(1200 / cell)
    x = (np.arange(width) + 0.5) * cell - 100.0
    z = np.tile(SLOPE * x, (height, 1)).astype("float32")
    with rasterio.open(path, "w", driver="GTiff", width=width, height=height, count=1,
                       dtype="float32", crs="EPSG:2154",
                       transform=from_origin(ORIGIN[0] - 100.0, ORIGIN[1] + 1100.0, cell,
                                             cell)) as dem:
        dem.write(z, 1)
    return path
