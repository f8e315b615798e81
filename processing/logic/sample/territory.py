"""The deterministic sample territory: every inventory layer, plus the DEM, in EPSG:2154.

Shaped on the real territory (Cœur de Flandre, the Lys, Béthune and the Lens/Loos-en-Gohelle
mining basin) with approximate real positions, but generated: communes are Voronoi cells of real
commune centres, the points-nœuds network is a jittered grid, the itineraries meander around
hand-placed control points. Tests and demos of the whole project rely on the exact counts exposed
below (``AIRE_COUNT``, ``ACCUEIL_VELO_COUNT``...), so keep them when changing anything.

Pure Python (stdlib ``random``, numpy, shapely 1.8 or 2.x): no QGIS import. All randomness comes
from one ``random.Random(seed)`` so that the same seed gives the same territory on every platform.
"""

from __future__ import annotations

import datetime
import math
import random
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Sequence, Set, Tuple, Union, cast

import numpy as np
from shapely.geometry import LineString, MultiPoint, Point, Polygon, box
from shapely.ops import unary_union, voronoi_diagram
from shapely.prepared import prep

from ..arrays import AnyArray
from . import monts as relief

XY = Tuple[float, float]
Geometry = Any  # a shapely geometry (shapely 1.8 gives no type information)
Record = Tuple[Geometry, Dict[str, Any]]  # a feature: geometry, attributes
Edge = Tuple[int, int, Geometry]  # a network edge: its nodes and its LineString
Commune = Tuple[str, str, Optional[str], Geometry]  # name, INSEE, EPCI key or None, cell
Locate = Callable[[Geometry], Optional[str]]  # the commune of a point
GridKey = Tuple[int, int]  # (column, row) of a grid node

DEFAULT_SEED = 20240611
CRS = "EPSG:2154"
SAMPLE_BOUNDS = relief.SAMPLE_BOUNDS

NETWORK_NAME = "Cœur de Flandre"
NETWORK_BOX = (656000.0, 7056000.0, 692000.0, 7084000.0)  # where the points-nœuds grid is laid
NODE_SPACING = 2800.0  # metres between grid rows and columns before jitter
NODE_JITTER = 0.28  # jitter as a fraction of the spacing
DIAGONAL_SHARE = 0.4  # share of grid cells that also get a diagonal link
NETWORK_TARGET_M = 380_000.0  # the grid is thinned until the network is about this long
LOOP_CENTRE = (relief.MONT_NOIR.x, relief.MONT_NOIR.y)  # the separate loop circles Mont Noir
LOOP_RADIUS = 750.0
LOOP_NODE_COUNT = 4
LOOP_CLEARANCE = 2600.0  # no main-network node this close to Mont Noir

AIRE_COUNT = 24
OFF_NETWORK_AIRE_COUNT = 2
PLANNED_AIRE_COUNT = 4
ETABLISSEMENT_COUNT = 40
ACCUEIL_VELO_COUNT = 22
EV5_NAME = "EuroVelo 5"
LYS_NAME = "Véloroute de la Lys"

EPCI_FLANDRE = "ccfi"
EPCI_BETHUNE = "cabbalr"
EPCIS = {
    EPCI_FLANDRE: ("CC de Flandre Intérieure", "200040947"),
    EPCI_BETHUNE: ("CA de Béthune-Bruay, Artois-Lys Romane", "200072460"),
}

# (name, INSEE code, EPCI key or None, x, y): approximate real town centres.
COMMUNES = (
    ("Cassel", "59135", EPCI_FLANDRE, 663800.0, 7078321.0),
    ("Steenvoorde", "59580", EPCI_FLANDRE, 670600.0, 7079500.0),
    ("Godewaersvelde", "59262", EPCI_FLANDRE, 674800.0, 7077600.0),
    ("Hazebrouck", "59295", EPCI_FLANDRE, 667300.0, 7069800.0),
    ("Bailleul", "59043", EPCI_FLANDRE, 681300.0, 7071400.0),
    ("Vieux-Berquin", "59615", EPCI_FLANDRE, 674900.0, 7066500.0),
    ("Merville", "59400", EPCI_FLANDRE, 674600.0, 7060800.0),
    ("Estaires", "59212", EPCI_FLANDRE, 680300.0, 7060900.0),
    ("Nieppe", "59427", EPCI_FLANDRE, 688500.0, 7067400.0),
    ("Armentières", "59017", None, 691600.0, 7065700.0),
    ("Aire-sur-la-Lys", "62014", None, 657200.0, 7060400.0),
    ("Saint-Venant", "62765", EPCI_BETHUNE, 667800.0, 7058200.0),
    ("Isbergues", "62473", EPCI_BETHUNE, 661400.0, 7058600.0),
    ("Lillers", "62516", EPCI_BETHUNE, 663200.0, 7051800.0),
    ("Béthune", "62119", EPCI_BETHUNE, 674492.0, 7048174.0),
    ("Beuvry", "62126", EPCI_BETHUNE, 677300.0, 7047000.0),
    ("Bruay-la-Buissière", "62178", EPCI_BETHUNE, 668000.0, 7042900.0),
    ("Nœux-les-Mines", "62617", EPCI_BETHUNE, 676200.0, 7042500.0),
    ("Loos-en-Gohelle", "62528", None, 684994.0, 7039858.0),
    ("Lens", "62498", None, 688100.0, 7037200.0),
    ("Liévin", "62510", None, 684200.0, 7036100.0),
)

# Aires: (name, kind, status, x, y) of the place each one is snapped to on the network. They
# cluster around the monts, the towns and the Lys, leaving the west (Morbecque, Thiennes) and the
# far north-east without any: the gaps the gap analysis should find.
AIRES = (
    ("Aire du Mont Cassel", "aire_amenagee", "existing", 663500.0, 7078600.0),
    ("Aire de Sainte-Marie-Cappel", "aire_ludique", "existing", 665500.0, 7075000.0),
    ("Aire des moulins de Steenvoorde", "aire_amenagee", "existing", 670800.0, 7079800.0),
    ("Aire du moulin de Terdeghem", "aire_amenagee", "planned", 668500.0, 7081500.0),
    ("Aire du Mont des Cats", "aire_amenagee", "existing", 676000.0, 7076300.0),
    ("Aire de l'Ondankmeulen à Boeschèpe", "aire_ludique", "existing", 678900.0, 7078000.0),
    ("Aire de bivouac de Berthen", "aire_bivouac", "existing", 678000.0, 7074800.0),
    ("Aire du Mont Noir", "aire_bivouac", "existing", 681309.0, 7075760.0),
    ("Aire de la Grand-Place de Bailleul", "aire_amenagee", "existing", 681300.0, 7071400.0),
    ("Aire camping-car de Bailleul", "aire_camping_car", "existing", 682500.0, 7070500.0),
    ("Aire de Méteren", "aire_amenagee", "existing", 678000.0, 7071000.0),
    ("Aire de Flêtre", "aire_ludique", "planned", 675000.0, 7072800.0),
    ("Aire de Caëstre", "aire_amenagee", "existing", 672000.0, 7073800.0),
    ("Aire du jardin public d'Hazebrouck", "aire_ludique", "existing", 667300.0, 7069800.0),
    ("Aire camping-car d'Hazebrouck", "aire_camping_car", "existing", 668200.0, 7069000.0),
    ("Aire de la Bourre à Vieux-Berquin", "aire_amenagee", "existing", 674900.0, 7066500.0),
    ("Aire de la Lys à Merville", "aire_amenagee", "existing", 674600.0, 7060800.0),
    ("Aire de la Lys à Estaires", "aire_camping_car", "existing", 680300.0, 7060900.0),
    ("Aire de La Gorgue", "aire_ludique", "planned", 682000.0, 7061500.0),
    ("Aire de Steenwerck", "aire_amenagee", "existing", 684900.0, 7066000.0),
    ("Aire de Nieppe", "aire_bivouac", "existing", 688500.0, 7067400.0),
    ("Aire de Strazeele", "aire_amenagee", "existing", 676500.0, 7069500.0),
    ("Aire d'Ebblinghem", "aire_amenagee", "planned", 661500.0, 7071500.0),
    ("Aire d'Hondeghem", "aire_ludique", "existing", 667500.0, 7074500.0),
)
# Aires that stand beside the path rather than on it: name -> distance from the network (m).
OFF_NETWORK_AIRES = {"Aire camping-car de Bailleul": 45.0, "Aire de bivouac de Berthen": 65.0}
AIRE_AMENITIES = ("pump", "repair_kit", "water", "shelter", "ebike_charging", "picnic", "map_panel")

# Itinerary control points, west to east; the lines meander between them.
EV5_CONTROL = (
    (652400.0, 7069900.0), (653600.0, 7068500.0), (655000.0, 7066700.0), (656200.0, 7064000.0),
    (656900.0, 7061500.0), (658600.0, 7060900.0), (661000.0, 7061200.0), (663500.0, 7060300.0),
    (666000.0, 7059800.0), (667600.0, 7057500.0), (668800.0, 7055000.0), (670800.0, 7054200.0),
    (673500.0, 7052900.0), (673900.0, 7050000.0), (673000.0, 7046800.0), (672000.0, 7044000.0),
    (671500.0, 7040500.0), (673000.0, 7037300.0), (676000.0, 7035500.0), (680000.0, 7034800.0),
    (683000.0, 7034500.0), (685600.0, 7036800.0), (687800.0, 7039400.0), (690400.0, 7042500.0),
    (691200.0, 7046500.0), (692600.0, 7049000.0), (693600.0, 7050400.0),
)
LYS_CONTROL = tuple(p for p in relief.LYS_AXIS if 657000.0 <= p[0] <= 691500.0)

# Establishments: (name, category, accueil_velo, has_website, itinerary, (x, y) of the place on
# the itinerary it is near, signed offset from the itinerary in metres).
ETABLISSEMENTS = (
    ("Ferme-auberge du Canal", "restauration", True, False, EV5_NAME, (654500, 7067300), 450),
    ("Camping des Prés d'Aire", "hebergement", False, True, EV5_NAME, (655800, 7065000), -2400),
    ("Office de tourisme d'Aire-sur-la-Lys", "office_tourisme",
     True, True, EV5_NAME, (657200, 7060400), -300),
    ("Hôtel de la Grand-Place", "hebergement", True, True, EV5_NAME, (657600, 7060600), -550),
    ("Collégiale Saint-Pierre d'Aire", "site_visite",
     False, False, EV5_NAME, (657000, 7061000), 250),
    ("Estaminet de la Lys", "restauration", False, False, LYS_NAME, (659000, 7060300), 600),
    ("Gîte du canal d'Aire", "hebergement", True, False, EV5_NAME, (661400, 7060600), -350),
    ("Relais Vélo d'Isbergues", "loueur", True, True, EV5_NAME, (662500, 7060500), -700),
    ("Chambres d'hôtes Les Saules", "hebergement", True, False, LYS_NAME, (664000, 7059300), 800),
    ("Vélo Lys Location", "loueur", True, True, LYS_NAME, (667800, 7058700), -200),
    ("Gîte de la Lys", "hebergement", True, True, LYS_NAME, (673200, 7060300), 350),
    ("Camping de la Lys", "hebergement", True, False, LYS_NAME, (674000, 7060500), -700),
    ("Brasserie du Port", "restauration", False, False, LYS_NAME, (674600, 7060500), 150),
    ("Atelier Cycles Mervillois", "reparateur", True, False, LYS_NAME, (675200, 7060400), 500),
    ("Bureau d'information touristique de Merville", "office_tourisme",
     True, True, LYS_NAME, (674400, 7060500), 90),
    ("Musée de l'estaminet d'Estaires", "site_visite",
     False, False, LYS_NAME, (680300, 7061000), -250),
    ("Auberge de La Gorgue", "restauration", True, False, LYS_NAME, (681500, 7061600), -300),
    ("Gîte du Halage", "hebergement", True, True, LYS_NAME, (683800, 7062500), 400),
    ("Vélo Service Lys", "reparateur", False, False, LYS_NAME, (684500, 7062900), -1500),
    ("Ferme-auberge d'Erquinghem", "restauration", False, False, LYS_NAME, (687500, 7064200), 900),
    ("Parc de la Lys d'Erquinghem", "site_visite", False, False, LYS_NAME, (688500, 7064500), -200),
    ("Office de tourisme d'Armentières", "office_tourisme",
     True, True, LYS_NAME, (691000, 7065300), 300),
    ("Hôtel de la Gare d'Armentières", "hebergement",
     False, False, LYS_NAME, (690600, 7065100), 800),
    ("Cycles Armentiérois", "reparateur", True, False, LYS_NAME, (690000, 7064900), -600),
    ("Gîte du Beffroi", "hebergement", True, True, EV5_NAME, (673800, 7048500), 800),
    ("Béthune Vélo Location", "loueur", True, True, EV5_NAME, (673900, 7049500), 200),
    ("Brasserie de la Grand-Place", "restauration", False, False, EV5_NAME, (673600, 7047500), 900),
    ("Office de tourisme de Béthune-Bruay", "office_tourisme",
     True, True, EV5_NAME, (673900, 7049000), 600),
    ("Atelier du Cycle de Beuvry", "reparateur", True, False, EV5_NAME, (673400, 7047300), 2600),
    ("Cité des Électriciens", "site_visite", True, True, EV5_NAME, (671800, 7043000), -1200),
    ("Camping du Lac de Bruay", "hebergement", False, False, EV5_NAME, (671600, 7041500), -650),
    ("Gîte des Corons", "hebergement", True, False, EV5_NAME, (672300, 7038500), 700),
    ("Loisinord Location", "loueur", False, True, EV5_NAME, (673000, 7040000), 1800),
    ("Estaminet du Terril", "restauration", True, False, EV5_NAME, (683800, 7035200), 400),
    ("Office de tourisme de Lens-Liévin", "office_tourisme",
     False, True, EV5_NAME, (686800, 7038200), 700),
    ("Musée du Louvre-Lens", "site_visite", False, True, EV5_NAME, (687300, 7038800), -1100),
    ("Gîte de la Base 11/19", "hebergement", False, False, EV5_NAME, (685600, 7036800), -2000),
    ("Cycles de la Gohelle", "reparateur", False, False, EV5_NAME, (688500, 7040300), 500),
    ("Brasserie des Mineurs", "restauration", False, False, EV5_NAME, (689200, 7041100), -300),
    ("Vélo Gohelle Location", "loueur", False, True, EV5_NAME, (681000, 7034700), 900),
)

# Trame verte: junction points shared exactly by the lines that meet there.
J_BRUAY = (668600.0, 7043600.0)
J_BETHUNE = (674900.0, 7047300.0)
J_BEUVRY = (678100.0, 7046600.0)
J_NOEUX = (676000.0, 7042700.0)
J_MAZINGARBE = (680900.0, 7041600.0)
J_LOOS = (684000.0, 7039300.0)
J_LENS = (688200.0, 7037900.0)
J_LIEVIN = (684600.0, 7036000.0)
J_CANAL_EAST = (678800.0, 7050300.0)
# (name, kind, control points); the canal pieces form a component apart from the core.
TRAME = (
    ("Véloroute du Bassin minier", "veloroute", (J_BRUAY, (671500.0, 7045600.0), J_BETHUNE)),
    ("Cavalier de Béthune à Beuvry", "cavalier", (J_BETHUNE, (676500.0, 7047100.0), J_BEUVRY)),
    ("Cavalier de Beuvry à Nœux", "cavalier", (J_BEUVRY, (677400.0, 7044500.0), J_NOEUX)),
    ("Chemin de Loisinord", "chemin",
     (J_BRUAY, (672000.0, 7042900.0), (675500.0, 7042100.0), J_NOEUX)),
    ("Cavalier de Nœux à Mazingarbe", "cavalier", (J_NOEUX, (678500.0, 7042400.0), J_MAZINGARBE)),
    ("Cavalier de Loos", "cavalier", (J_MAZINGARBE, (682500.0, 7040600.0), J_LOOS)),
    ("Chaîne des Parcs", "voie_verte",
     (J_LOOS, (684650.0, 7039000.0), (686000.0, 7038800.0), J_LENS)),
    ("Chemin des Terrils", "chemin",
     (J_LOOS, (683850.0, 7038500.0), (683700.0, 7037500.0), J_LIEVIN)),
    ("Voie verte de la Souchez", "voie_verte", (J_LIEVIN, (686000.0, 7035000.0), J_LENS)),
    ("Cavalier de Bully", "cavalier", (J_MAZINGARBE, (680300.0, 7039800.0), (679600.0, 7038400.0))),
    ("Voie verte du canal d'Aire", "voie_verte",
     ((668800.0, 7050800.0), (672000.0, 7051600.0), (675600.0, 7051200.0), J_CANAL_EAST)),
    ("Chemin de halage d'Annezin", "chemin",
     (J_CANAL_EAST, (679800.0, 7049600.0), (680600.0, 7048900.0))),
)


def _xy(x: float, y: float) -> XY:
    """Generated coordinates are kept to the decimetre."""
    return (round(x, 1), round(y, 1))


def _ellipse(cx: float, cy: float, west: float, east: float, south: float, north: float,
             vertices: int = 48) -> Geometry:
    """A smooth egg-shaped polygon with a different radius on each side, like the split bumps."""
    points: List[XY] = []
    for k in range(vertices):
        a = 2 * math.pi * k / vertices
        c, s = math.cos(a), math.sin(a)
        rx = east if c >= 0 else west
        ry = north if s >= 0 else south
        points.append(_xy(cx + c * rx, cy + s * ry))
    return Polygon(points)


def _terril_polygon(bump: relief.Bump) -> Geometry:
    """Footprint of a DEM terril: where it stands out of the plain (two sigmas)."""
    return _ellipse(bump.x, bump.y, 2 * bump.sigma_west, 2 * bump.sigma_east,
                    2 * bump.sigma_south, 2 * bump.sigma_north)


def _rectangle(xmin: float, ymin: float, xmax: float, ymax: float) -> Geometry:
    return Polygon([(xmin, ymin), (xmax, ymin), (xmax, ymax), (xmin, ymax)])


T_OUEST, T_EST, T_LOISINORD, T_PINCHONVALLES = relief.TERRILS
# (name, kind, polygon). Olhain stands alone, over 1 km from any trame line.
POLES = (
    ("Terrils jumeaux 11/19 (ouest)", "terril", _terril_polygon(T_OUEST)),
    ("Terrils jumeaux 11/19 (est)", "terril", _terril_polygon(T_EST)),
    ("Base 11/19", "site_minier", _rectangle(684050.0, 7039000.0, 684550.0, 7039450.0)),
    ("Loisinord", "pole_loisirs", _terril_polygon(T_LOISINORD)),
    ("Terril de Pinchonvalles", "terril", _terril_polygon(T_PINCHONVALLES)),
    ("Parc de la Loisne", "parc", _ellipse(678550.0, 7046300.0, 450.0, 450.0, 300.0, 300.0)),
    ("Parc des Berges de la Souchez", "parc",
     _ellipse(687100.0, 7036600.0, 500.0, 500.0, 250.0, 250.0)),
    ("Parc départemental d'Olhain", "pole_loisirs",
     _ellipse(666200.0, 7037800.0, 700.0, 800.0, 500.0, 600.0)),
)

# Climbs, digitised uphill: (name, vertices). The rue d'Aire is the relief's own street.
ASCENSIONS = (
    ("Rue d'Aire", tuple(relief.RUE_D_AIRE)),
    ("Montée du Mont Cassel par Oxelaëre", (
        (665900.0, 7076900.0), (665400.0, 7077250.0), (664950.0, 7077500.0), (664550.0, 7077800.0),
        (664200.0, 7078050.0), (663850.0, 7078290.0))),
    ("Montée du Mont des Cats", (
        (674500.0, 7077900.0), (674900.0, 7077650.0), (675250.0, 7077350.0), (675550.0, 7077050.0),
        (675850.0, 7076800.0), (676120.0, 7076610.0))),
    ("Montée du Mont Noir", (
        (680900.0, 7073900.0), (681150.0, 7074300.0), (681050.0, 7074700.0), (681250.0, 7075100.0),
        (681200.0, 7075450.0), (681290.0, 7075720.0))),
)

# Railway stations with passenger service (positions and UIC codes of the SNCF list; a "halte" is
# a stop of the list's segment C): where an itinerance product starts and ends.
GARES = (
    ("Hazebrouck", "87286302", "gare", (667551.0, 7069906.0)),
    ("Cassel", "87281139", "halte", (661846.0, 7076917.0)),
    ("Bailleul", "87286179", "gare", (681217.0, 7070306.0)),
    ("Steenwerck", "87286161", "halte", (684828.0, 7068545.0)),
    ("Isbergues", "87342279", "gare", (661913.0, 7057570.0)),
    ("Béthune", "87342006", "gare", (674469.0, 7047187.0)),
    ("Liévin", "87345041", "halte", (683752.0, 7037426.0)),
)

# Named circuits of the points-nœuds network, as tourist offices publish them: node numbers in
# riding order (the numbers node_numbers gives with the default seed). A loop over the monts, a
# short tour of the Mont Noir, and a loop by the Lys whose first leg is ridden out and back.
CIRCUITS = (
    ("Boucle des Monts", "25-35-44-41-40-45-31-29-32-21-23-34-25"),
    ("Tour du Mont Noir", "33-37-38-36-33"),
    ("Boucle de la Lys", "92-90-97-99-91-84-87-90-92"),
)


@dataclass
class SampleTerritory:
    """The sample: ``layers`` maps a layer name to [(shapely geometry, attributes)], plus a DEM."""

    seed: int
    layers: Dict[str, List[Record]]
    dem: AnyArray  # float32, row 0 north
    dem_transform: relief.GeoTransform
    dem_cell: float
    crs: str = CRS
    network_components: List[int] = field(default_factory=list)  # node counts, largest first

    def summary(self) -> Dict[str, Union[int, float]]:
        """Headline figures: counts per layer, lengths in km, label and status counts."""
        figures: Dict[str, Union[int, float]] = {"seed": self.seed}
        for name, records in self.layers.items():
            figures[f"{name}_count"] = len(records)
        figures["network_km"] = round(_length_km(self.layers["troncons"]), 3)
        figures["network_components"] = len(self.network_components)
        figures["network_main_component_nodes"] = self.network_components[0]
        layers = self.layers
        figures["planned_troncons"] = sum(a["status"] == "planned" for _, a in layers["troncons"])
        figures["planned_aires"] = sum(a["status"] == "planned" for _, a in layers["aires"])
        figures["accueil_velo_count"] = sum(a["accueil_velo"] for _, a in layers["etablissements"])
        figures["aires_off_network"] = OFF_NETWORK_AIRE_COUNT
        for geom, attrs in self.layers["itineraires"]:
            # eurovelo_km, veloroute_km
            figures[f"{attrs['kind']}_km"] = round(geom.length / 1000.0, 3)
        figures["trame_km"] = round(_length_km(self.layers["trame"]), 3)
        figures["dem_rows"], figures["dem_cols"] = (int(n) for n in self.dem.shape)
        figures["dem_cell_m"] = self.dem_cell
        figures["dem_max_m"] = round(float(self.dem.max()), 2)
        return figures


def _length_km(records: Sequence[Record]) -> float:
    return sum(geom.length for geom, _ in records) / 1000.0


def generate(seed: int = DEFAULT_SEED, cell: float = relief.DEFAULT_CELL) -> SampleTerritory:
    """Generate the sample territory; the same seed always gives the same territory.

    ``cell`` is the DEM cell size in metres, between ``relief.MIN_CELL`` and ``relief.MAX_CELL``
    (below about 9 m the whole-sample grid exceeds ``relief.MAX_GRID_CELLS`` and is refused).
    """
    if not relief.MIN_CELL <= cell <= relief.MAX_CELL:
        raise ValueError(f"the sample DEM cell must be {relief.MIN_CELL:g} to "
                         f"{relief.MAX_CELL:g} m, got {cell!r}")
    rng = random.Random(seed)
    communes = _commune_cells()
    locate = _CommuneLocator(communes)
    footprint = _network_footprint(communes)
    nodes, edges, components = _network(rng, footprint)
    routes = _itineraries(rng)
    layers = {
        "aires": _aires(rng, nodes, edges, locate),
        "etablissements": _etablissements(rng, routes, locate),
        "noeuds": _noeuds(nodes, locate),
        "troncons": _troncons(rng, edges),
        "itineraires": [(line, {"name": name, "kind": kind, "mode": "velo"})
                        for name, kind, line in routes],
        "trame": _trame(rng),
        "poles": [(poly, {"name": name, "kind": kind}) for name, kind, poly in POLES],
        "ascensions": [(LineString(pts), {"name": name, "direction": "as_digitised"})
                       for name, pts in ASCENSIONS],
        "perimetres": _perimetres(communes),
    }
    layers["liaisons"] = _liaisons(nodes, edges)
    layers["gares"] = [(Point(xy), {"name": name, "uic": uic, "kind": kind,
                                    "commune": locate(Point(xy))})
                       for name, uic, kind, xy in GARES]
    dem, transform = relief.dem_grid(SAMPLE_BOUNDS, cell)
    layers["circuits"] = _circuits(layers, dem, transform, strict=seed == DEFAULT_SEED)
    return SampleTerritory(seed=seed, layers=layers, dem=dem, dem_transform=transform,
                           dem_cell=float(cell), network_components=components)


# --- Perimeters ---------------------------------------------------------------------------------

def _commune_cells() -> List[Commune]:
    """[(name, insee, epci, Polygon)]: Voronoi cells of the commune centres, clipped to the box."""
    bounds = box(*SAMPLE_BOUNDS)
    centres = [Point(x, y) for _, _, _, x, y in COMMUNES]
    cells = list(voronoi_diagram(MultiPoint(centres), envelope=bounds).geoms)
    result: List[Commune] = []
    for (name, insee, epci, _, _), centre in zip(COMMUNES, centres):
        # GEOS does not return cells in input order: match each centre to its own cell.
        cell = next(c for c in cells if c.contains(centre))
        result.append((name, insee, epci, cell.intersection(bounds)))
    return result


def _epci_polygon(communes: Sequence[Commune], epci: str) -> Geometry:
    polygon = unary_union([cell for _, _, key, cell in communes if key == epci])
    if polygon.geom_type != "Polygon":
        raise RuntimeError(f"the communes of {epci} do not form one polygon")
    return polygon


def _perimetres(communes: Sequence[Commune]) -> List[Record]:
    records: List[Record] = []
    for key, (name, siren) in EPCIS.items():
        attrs = {"name": name, "kind": "epci", "code": siren}
        records.append((_epci_polygon(communes, key), attrs))
    for name, insee, _, cell in communes:
        records.append((cell, {"name": name, "kind": "commune", "code": insee}))
    return records


class _CommuneLocator:
    """Name of the commune whose cell covers a point."""

    def __init__(self, communes: Sequence[Commune]) -> None:
        self._cells = [(name, prep(cell)) for name, _, _, cell in communes]

    def __call__(self, point: Geometry) -> Optional[str]:
        for name, cell in self._cells:
            if cell.covers(point):
                return name
        return None


# --- Points-nœuds network -----------------------------------------------------------------------

def _network_footprint(communes: Sequence[Commune]) -> Any:
    """Where the main network goes: the Flandre EPCI within the network box, off the borders."""
    flandre = _epci_polygon(communes, EPCI_FLANDRE)
    return prep(flandre.intersection(box(*NETWORK_BOX)).buffer(-400.0))


def _network(rng: random.Random,
             footprint: Any) -> Tuple[List[XY], List[Edge], List[int]]:
    """Nodes [(x, y)] and edges [(i, j, LineString)] of the network, and its component sizes.

    A jittered grid (with some diagonals) inside the footprint, its largest connected part kept,
    thinned at random down to the target length; plus a separate loop around Mont Noir.
    """
    grid = _grid_nodes(rng, footprint)
    candidates = _grid_links(rng, grid)
    # Candidates are drawn in a fixed order; one that would cross an earlier edge is dropped.
    drawn: Dict[Tuple[GridKey, GridKey], _Edge] = {}
    accepted: List[Tuple[GridKey, GridKey]] = []
    for a, b in candidates:
        edge = _Edge(_winding_edge(rng, grid[a], grid[b]))
        if not any(edge.crosses(drawn[other]) for other in accepted):
            drawn[(a, b)] = edge
            accepted.append((a, b))
    keys = sorted(grid)
    index = {key: i for i, key in enumerate(keys)}
    nodes = [grid[key] for key in keys]
    edges = [(index[a], index[b], drawn[(a, b)].line) for a, b in accepted]
    nodes, edges = _largest_component(nodes, edges)
    edges = _thin(rng, nodes, edges, NETWORK_TARGET_M)
    main_size = len(nodes)
    loop_nodes, loop_edges = _mont_noir_loop(rng, len(nodes))
    nodes = nodes + loop_nodes
    edges = edges + loop_edges
    checked = [_Edge(line) for _, _, line in edges]
    for i, edge in enumerate(checked):
        if any(edge.crosses(other) for other in checked[:i]):
            raise RuntimeError("network edges cross outside nodes")
    return nodes, edges, [main_size, len(loop_nodes)]


def _grid_nodes(rng: random.Random, footprint: Any) -> Dict[GridKey, XY]:
    """{(col, row): (x, y)} jittered grid points inside the footprint, away from Mont Noir."""
    xmin, ymin, xmax, ymax = NETWORK_BOX
    cols = int((xmax - xmin) // NODE_SPACING)
    rows = int((ymax - ymin) // NODE_SPACING)
    jitter = NODE_JITTER * NODE_SPACING
    grid: Dict[GridKey, XY] = {}
    for row in range(rows):
        for col in range(cols):
            # Always draw both numbers so that one rejected node does not shift the others.
            x = xmin + (col + 0.5) * NODE_SPACING + rng.uniform(-jitter, jitter)
            y = ymin + (row + 0.5) * NODE_SPACING + rng.uniform(-jitter, jitter)
            if math.dist((x, y), LOOP_CENTRE) < LOOP_CLEARANCE:
                continue
            if footprint.contains(Point(x, y)):
                grid[(col, row)] = (round(x, 1), round(y, 1))
    return grid


def _grid_links(rng: random.Random,
                grid: Dict[GridKey, XY]) -> List[Tuple[GridKey, GridKey]]:
    """Candidate edges: grid neighbours, plus one diagonal in some cells."""
    links: List[Tuple[GridKey, GridKey]] = []
    for col, row in sorted(grid):
        for other in ((col + 1, row), (col, row + 1)):
            if other in grid:
                links.append(((col, row), other))
        if rng.random() < DIAGONAL_SHARE:
            if rng.random() < 0.5:
                a, b = (col, row), (col + 1, row + 1)
            else:
                a, b = (col, row + 1), (col + 1, row)
            if a in grid and b in grid:
                links.append((a, b))
    return links


def _winding_edge(rng: random.Random, a: XY, b: XY) -> Geometry:
    """A slightly winding line from node a to node b.

    The intermediate vertices advance monotonically along the chord with small sideways
    offsets, so the line cannot cross itself.
    """
    (ax, ay), (bx, by) = a, b
    length = math.dist(a, b)
    ux, uy = (bx - ax) / length, (by - ay) / length
    inner = min(5, 2 + int(length // 1500))
    amplitude = min(120.0, 0.05 * length)
    coords = [a]
    for k in range(1, inner + 1):
        t = (k + rng.uniform(-0.25, 0.25)) / (inner + 1)
        offset = rng.uniform(-amplitude, amplitude)
        coords.append(_xy(ax + t * (bx - ax) - offset * uy, ay + t * (by - ay) + offset * ux))
    coords.append(b)
    return LineString(coords)


class _Edge:
    """A network line with its bounds and ends at hand (shapely 1.8 computes them slowly)."""

    def __init__(self, line: Geometry) -> None:
        self.line = line
        coords = list(line.coords)
        xs, ys = [c[0] for c in coords], [c[1] for c in coords]
        self.bounds = (min(xs), min(ys), max(xs), max(ys))
        self.ends = {coords[0], coords[-1]}

    def crosses(self, other: _Edge) -> bool:
        """Whether the two edges meet anywhere but at an end node they share."""
        a, b = self.bounds, other.bounds
        if a[0] > b[2] or b[0] > a[2] or a[1] > b[3] or b[1] > a[3]:
            return False
        meeting = self.line.intersection(other.line)
        if meeting.is_empty:
            return False
        shared = self.ends & other.ends
        return not (meeting.geom_type == "Point" and (meeting.x, meeting.y) in shared)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        self.parent[self.find(i)] = self.find(j)


def component_sizes(node_count: int, links: Sequence[Sequence[int]]) -> List[int]:
    """Sizes of the connected components of a graph given as (i, j) pairs, largest first."""
    uf = _UnionFind(node_count)
    for i, j in links:
        uf.union(i, j)
    sizes: Dict[int, int] = {}
    for i in range(node_count):
        root = uf.find(i)
        sizes[root] = sizes.get(root, 0) + 1
    return sorted(sizes.values(), reverse=True)


def _largest_component(nodes: Sequence[XY],
                       edges: Sequence[Edge]) -> Tuple[List[XY], List[Edge]]:
    """Keep the largest connected part of the graph, renumbering its nodes."""
    uf = _UnionFind(len(nodes))
    for i, j, _ in edges:
        uf.union(i, j)
    roots = [uf.find(i) for i in range(len(nodes))]
    biggest = max(sorted(set(roots)), key=roots.count)
    kept = [i for i in range(len(nodes)) if roots[i] == biggest]
    new = {old: k for k, old in enumerate(kept)}
    return ([nodes[i] for i in kept],
            [(new[i], new[j], line) for i, j, line in edges if i in new and j in new])


def _thin(rng: random.Random, nodes: Sequence[XY], edges: Sequence[Edge],
          target_m: float) -> List[Edge]:
    """Remove edges until the network is about ``target_m`` long.

    Edges between the busiest nodes go first (random among equals), so that most nodes end up
    as real junctions of three or four paths. An edge goes only if both its nodes keep at least
    two edges (no new dead ends) and the network stays connected.
    """
    degree = [0] * len(nodes)
    for i, j, _ in edges:
        degree[i] += 1
        degree[j] += 1
    tiebreak = [rng.random() for _ in edges]
    kept = set(range(len(edges)))
    total = sum(line.length for _, _, line in edges)
    while total > target_m:
        removable = [e for e in sorted(kept) if degree[edges[e][0]] > 2 and degree[edges[e][1]] > 2]
        removable.sort(key=lambda e: (-(degree[edges[e][0]] + degree[edges[e][1]]), tiebreak[e]))
        for e in removable:
            rest = kept - {e}
            if len(component_sizes(len(nodes), [edges[k][:2] for k in sorted(rest)])) == 1:
                break
        else:
            break  # nothing more can go without a dead end or a split
        i, j, line = edges[e]
        kept = rest
        degree[i] -= 1
        degree[j] -= 1
        total -= line.length
    return [edges[k] for k in sorted(kept)]


def _mont_noir_loop(rng: random.Random, first_index: int) -> Tuple[List[XY], List[Edge]]:
    """A small loop of paths around Mont Noir, not joined to the main network."""
    cx, cy = LOOP_CENTRE
    nodes: List[XY] = []
    for k in range(LOOP_NODE_COUNT):
        angle = 2 * math.pi * (k + 0.15 + rng.uniform(-0.1, 0.1)) / LOOP_NODE_COUNT
        nodes.append(_xy(cx + LOOP_RADIUS * math.cos(angle), cy + LOOP_RADIUS * math.sin(angle)))
    edges: List[Edge] = []
    for k in range(LOOP_NODE_COUNT):
        a, b = nodes[k], nodes[(k + 1) % LOOP_NODE_COUNT]
        edges.append((first_index + k, first_index + (k + 1) % LOOP_NODE_COUNT, _arc(rng, a, b)))
    return nodes, edges


def _arc(rng: random.Random, a: XY, b: XY) -> Geometry:
    """A path from a to b along the circle around Mont Noir (counter-clockwise)."""
    cx, cy = LOOP_CENTRE
    start = math.atan2(a[1] - cy, a[0] - cx)
    sweep = (math.atan2(b[1] - cy, b[0] - cx) - start) % (2 * math.pi)
    coords = [a]
    steps = 5
    for k in range(1, steps):
        angle = start + sweep * k / steps
        radius = LOOP_RADIUS + rng.uniform(-60.0, 60.0)
        coords.append(_xy(cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    coords.append(b)
    return LineString(coords)


def _troncons(rng: random.Random, edges: Sequence[Edge]) -> List[Record]:
    surfaces = ("enrobe", "beton", "stabilise", "pave", "terre")
    weights = (0.55, 0.1, 0.17, 0.05, 0.13)
    records: List[Record] = []
    for _, _, line in edges:
        surface = rng.choices(surfaces, weights)[0]
        status = "planned" if rng.random() < 0.08 else "existing"
        records.append((line, {"network": NETWORK_NAME, "surface": surface, "status": status,
                               "mode": "velo"}))
    return records


def _liaisons(nodes: Sequence[XY], edges: Sequence[Edge]) -> List[Record]:
    """One link per section of the sample's network, every vertex of which is a numbered node:
    its ref "a-b" with the smaller number first, as OpenStreetMap's route relations are named.
    The sample is drawn, not mapped: its links have no integrity facts."""
    numbers = node_numbers(nodes)
    records: List[Record] = []
    for i, j, line in edges:
        low, high = sorted((numbers[i], numbers[j]))
        records.append((line, {
            "ref": f"{low:02d}-{high:02d}", "from_number": low, "to_number": high,
            "mode": "velo", "network": NETWORK_NAME, "length_m": round(line.length, 1),
            "state": None, "facts": None, "redundant_numbers": None,
            "unused_segment_count": 0}))
    return records


def node_numbers(nodes: Sequence[XY]) -> List[int]:
    """Points-nœuds numbers 1..N, north to south and then west to east, for nodes [(x, y)]."""
    order = sorted(range(len(nodes)), key=lambda i: (-nodes[i][1], nodes[i][0]))
    numbers = [0] * len(nodes)
    for number, i in enumerate(order, start=1):
        numbers[i] = number
    return numbers


def _noeuds(nodes: Sequence[XY], locate: Locate) -> List[Record]:
    records: List[Record] = []
    for (x, y), number in zip(nodes, node_numbers(nodes)):
        point = Point(x, y)
        attrs = {"number": number, "network": NETWORK_NAME, "commune": locate(point),
                 "mode": "velo"}
        records.append((point, attrs))
    return records


# --- Aires --------------------------------------------------------------------------------------

def _aires(rng: random.Random, nodes: Sequence[XY], edges: Sequence[Edge],
           locate: Locate) -> List[Record]:
    """The aires, each snapped to the nearest free vertex of the network (node or bend).

    Snapping to vertices keeps them exactly on the network (distance 0); the off-network ones
    are then pushed sideways from their bend.
    """
    # (x, y) and where: None for a node, (edge, vertex) for a bend
    candidates: List[Tuple[XY, Optional[Tuple[int, int]]]] = [(xy, None) for xy in nodes]
    for e, (_, _, line) in enumerate(edges):
        candidates.extend((xy, (e, k)) for k, xy in enumerate(line.coords[1:-1], start=1))
    used: Set[int] = set()
    records: List[Record] = []
    all_lines = [line for _, _, line in edges]
    for name, kind, status, x, y in AIRES:
        off = OFF_NETWORK_AIRES.get(name)
        best = min((c for c in range(len(candidates))
                    if c not in used and (off is None or candidates[c][1] is not None)),
                   key=lambda c: math.dist(candidates[c][0], (x, y)))
        used.add(best)
        (px, py), where = candidates[best]
        point = Point(px, py)
        if off is not None and where is not None:  # off-network aires stand at bends
            point = _beside(edges[where[0]][2], where[1], off)
            distance = min(line.distance(point) for line in all_lines)
            if not 20.0 <= distance <= 80.0:
                raise RuntimeError(f"{name} ends {distance:.0f} m from the network")
        attrs: Dict[str, Any] = {"name": name, "kind": kind}
        for amenity in AIRE_AMENITIES:
            attrs[amenity] = rng.random() < 0.55
        attrs["status"] = status
        attrs["commune"] = locate(point)
        records.append((point, attrs))
    return records


def _beside(line: Geometry, k: int, distance: float) -> Geometry:
    """A point ``distance`` metres to the left of vertex k of ``line``."""
    coords = line.coords
    (x0, y0), (x1, y1) = coords[k - 1], coords[k + 1]
    length = math.hypot(x1 - x0, y1 - y0)
    nx, ny = -(y1 - y0) / length, (x1 - x0) / length
    x, y = coords[k]
    return Point(round(x + distance * nx, 1), round(y + distance * ny, 1))


# --- Itineraries and establishments -------------------------------------------------------------

def _meander(rng: random.Random, control: Sequence[XY], step: float = 150.0,
             amplitude: float = 70.0) -> Geometry:
    """A line through the control points, meandering gently between them (a vertex every ~step)."""
    coords = [control[0]]
    for (ax, ay), (bx, by) in zip(control[:-1], control[1:]):
        length = math.dist((ax, ay), (bx, by))
        n = max(2, int(length // step))
        ux, uy = (bx - ax) / length, (by - ay) / length
        phase = rng.uniform(0, 2 * math.pi)
        waves = rng.uniform(1.0, 3.0)
        for k in range(1, n):
            t = k / n
            # Taper to zero at both ends so the line passes through every control point.
            offset = amplitude * math.sin(math.pi * t) * math.sin(2 * math.pi * waves * t + phase)
            coords.append(_xy(ax + t * (bx - ax) - offset * uy, ay + t * (by - ay) + offset * ux))
        coords.append((bx, by))  # exactly: trame lines meet at shared control points
    line = LineString(coords)
    if not line.is_simple:
        raise RuntimeError("an itinerary crosses itself")
    return line


def _itineraries(rng: random.Random) -> List[Tuple[str, str, Geometry]]:
    """[(name, kind, LineString)]"""
    return [
        (EV5_NAME, "eurovelo", _meander(rng, EV5_CONTROL)),
        (LYS_NAME, "veloroute", _meander(rng, LYS_CONTROL, amplitude=110.0)),
    ]


def _etablissements(rng: random.Random, routes: Sequence[Tuple[str, str, Geometry]],
                    locate: Locate) -> List[Record]:
    lines = {name: line for name, _, line in routes}
    records: List[Record] = []
    for name, category, labelled, has_website, route, place, offset in ETABLISSEMENTS:
        point = _offset_from(lines[route], Point(place), offset)
        label_date = None
        if labelled:
            label_date = datetime.date(2016, 1, 1) + datetime.timedelta(days=rng.randrange(3650))
        attrs = {"name": name, "category": category, "accueil_velo": labelled,
                 "label_date": label_date, "commune": locate(point),
                 "website": _website(name) if has_website else None}
        records.append((point, attrs))
    return records


def _offset_from(line: Geometry, place: Geometry, offset: float) -> Geometry:
    """The point ``offset`` metres left (negative: right) of the line, abreast of ``place``."""
    s = line.project(place)
    a = line.interpolate(max(0.0, s - 25.0))
    b = line.interpolate(min(line.length, s + 25.0))
    length = math.hypot(b.x - a.x, b.y - a.y)
    nx, ny = -(b.y - a.y) / length, (b.x - a.x) / length
    on = line.interpolate(s)
    return Point(round(on.x + offset * nx, 1), round(on.y + offset * ny, 1))


def _website(name: str) -> str:
    """A plausible address under the reserved .example top-level domain (never a real site)."""
    ascii_name = unicodedata.normalize("NFKD", name.lower().replace("œ", "oe"))
    ascii_name = "".join(c for c in ascii_name if not unicodedata.combining(c))
    words = "".join(c if c.isalnum() else " " for c in ascii_name).split()
    return "https://www." + "-".join(words) + ".example"


# --- Trame verte --------------------------------------------------------------------------------

def _trame(rng: random.Random) -> List[Record]:
    records: List[Record] = []
    for name, kind, control in TRAME:
        line = _meander(rng, control, step=120.0, amplitude=35.0)
        records.append((line, {"name": name, "kind": kind}))
    return records


# --- Circuits -----------------------------------------------------------------------------------

def _circuits(layers: Dict[str, List[Record]], dem: AnyArray, transform: relief.GeoTransform,
              strict: bool = True) -> List[Record]:
    """The named circuits built by the circuit engine on the sample's network and nodes, with
    their length and their gain read from the sample's DEM as itinerance:buildcircuit reads it
    (bilinear, a sample every half cell, the same GeoTIFF values). Their numbers are those of
    the default seed: with another seed (``strict`` false) the circuits its network cannot
    carry are left out."""
    from rasterio.io import MemoryFile
    from rasterio.transform import Affine

    from ..network import circuits
    from ..network import graph as network
    from ..relief import dem_sampling, profile

    graph = network.build_network([np.asarray(line.coords) for line, _ in layers["troncons"]])
    node_xy = np.array([(point.x, point.y) for point, _ in layers["noeuds"]])
    keys = [circuits.node_key(attrs["number"]) for _, attrs in layers["noeuds"]]
    networks = [attrs["network"] for _, attrs in layers["noeuds"]]
    graph, table = circuits.node_table(graph, node_xy, keys, networks, 25.0)
    built = circuits.build_circuits(graph, table, [
        circuits.Request(name, circuits.parse_sequence(sequence)) for name, sequence in CIRCUITS])
    profile_args = {"driver": "GTiff", "width": dem.shape[1], "height": dem.shape[0], "count": 1,
                    "dtype": "float32", "crs": CRS, "transform": Affine.from_gdal(*transform)}
    records: List[Record] = []
    with MemoryFile() as memory:
        with memory.open(**profile_args) as raster:
            raster.write(dem.astype("float32"), 1)
        with dem_sampling.DemSampler(memory.name) as sampler:
            step = profile.auto_step(sampler.approx_cell_size_m)
            for circuit in built:
                if isinstance(circuit, circuits.CircuitError):
                    if strict:
                        raise RuntimeError(f"a sample circuit cannot be built: {circuit}")
                    continue
                figures = circuits.route_profile(circuit.xy, sampler, step, 100.0)[3]
                records.append((LineString(circuit.xy), {
                    "name": circuit.name, "sequence": circuit.sequence,
                    "network": circuit.network, "length_km": round(circuit.length / 1000.0, 3),
                    # a number: the sample's DEM covers every circuit
                    "gain_m": round(cast(float, figures["gain_m"]), 1), "mode": "velo"}))
    return records
