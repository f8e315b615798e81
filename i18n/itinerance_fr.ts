<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
  <context>
    <name>@default</name>
    <message>
      <location filename="../processing/project_db.py" line="55" />
      <source>Choose a file for the project database (.gpkg).</source>
      <translation>Choisissez un fichier pour la base du projet (.gpkg).</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="57" />
      <source>The project database must be a GeoPackage file ending in .gpkg, not {}.</source>
      <translation>La base du projet doit être un fichier GeoPackage se terminant par .gpkg, et non {}.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="61" />
      <source>The coordinate reference system is not valid.</source>
      <translation>Le système de coordonnées n'est pas valide.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="63" />
      <source>{} is a geographic CRS (degrees); distances need metres. Choose a projected CRS such as EPSG:2154 (RGF93 v1 / Lambert-93).</source>
      <translation>{} est un SCR géographique (en degrés) ; les distances demandent des mètres. Choisissez un SCR projeté comme EPSG:2154 (RGF93 v1 / Lambert-93).</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="67" />
      <source>{} already exists and was left untouched. Choose another file, or set OVERWRITE to true to replace it.</source>
      <translation>{} existe déjà et n'a pas été modifié. Choisissez un autre fichier, ou mettez OVERWRITE à true (Écraser) pour le remplacer.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="72" />
      <source>The folder {} does not exist; create it or choose another one.</source>
      <translation>Le dossier {} n'existe pas ; créez-le ou choisissez-en un autre.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="75" />
      <source>Cannot write to {}: permission denied. Choose a folder you can write to.</source>
      <translation>Impossible d'écrire dans {} : permission refusée. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="86" />
      <source>GDAL cannot use the CRS {}; choose an EPSG projected CRS.</source>
      <translation>GDAL ne peut pas utiliser le SCR {} ; choisissez un SCR projeté EPSG.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="120" />
      <source>Could not create {}: check that you can write to this folder.</source>
      <translation>Impossible de créer {} : vérifiez que vous pouvez écrire dans ce dossier.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="127" />
      <source>Could not write the value list {}.</source>
      <translation>Impossible d'écrire la liste de valeurs {}.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="135" />
      <source>Could not create the layer {}.</source>
      <translation>Impossible de créer la couche {}.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="138" />
      <source>Could not create the field {}.{}.</source>
      <translation>Impossible de créer le champ {}.{}.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="152" />
      <source>QGIS cannot open the layer {} of {}.</source>
      <translation>QGIS ne peut pas ouvrir la couche {} de {}.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="187" />
      <source>The layer {} has no field {}; it does not follow the data model.</source>
      <translation>La couche {} n'a pas de champ {} ; elle ne suit pas le modèle de données.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="199" />
      <source>Must be one of the value list</source>
      <translation>Doit être une valeur de la liste</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="257" />
      <source>Could not store the style of {}: {}</source>
      <translation>Impossible d'enregistrer le style de {} : {}</translation>
    </message>
    <message>
      <location filename="../processing/sample_writer.py" line="64" />
      <source>Could not write the sample layer {}: {}</source>
      <translation>Impossible d'écrire la couche exemple {} : {}</translation>
    </message>
    <message>
      <location filename="../processing/sample_writer.py" line="85" />
      <source>Relief (DEM)</source>
      <translation>Relief (MNT)</translation>
    </message>
    <message>
      <location filename="../processing/sample_writer.py" line="86" />
      <source>Hillshade</source>
      <translation>Ombrage</translation>
    </message>
    <message>
      <location filename="../processing/sample_writer.py" line="88" />
      <source>QGIS cannot open the DEM {}.</source>
      <translation>QGIS ne peut pas ouvrir le MNT {}.</translation>
    </message>
    <message>
      <location filename="../processing/sample_writer.py" line="110" />
      <source>Itinérance: sample territory</source>
      <translation>Itinérance : territoire exemple</translation>
    </message>
    <message>
      <location filename="../processing/sample_writer.py" line="117" />
      <source>Could not write the project {}: {}</source>
      <translation>Impossible d'écrire le projet {} : {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/geometry_io.py" line="32" />
      <source>The target CRS {} is geographic; choose a projected CRS in metres such as EPSG:2154 (Lambert-93).</source>
      <translation>Le SCR cible {} est géographique ; choisissez un SCR projeté en mètres comme EPSG:2154 (Lambert-93).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/geometry_io.py" line="123" />
      <source>The line layer could not be read.</source>
      <translation>La couche de lignes n'a pas pu être lue.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/geometry_io.py" line="125" />
      <source>{} is not a line layer; choose a layer of lines.</source>
      <translation>{} n'est pas une couche de lignes ; choisissez une couche de lignes.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/geometry_io.py" line="158" />
      <source>The point layer could not be read.</source>
      <translation>La couche de points n'a pas pu être lue.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/geometry_io.py" line="160" />
      <source>{} is not a point layer; choose a layer of points.</source>
      <translation>{} n'est pas une couche de points ; choisissez une couche de points.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/sinks.py" line="66" />
      <source>Could not write the output: {}</source>
      <translation>Impossible d'écrire la sortie : {}</translation>
    </message>
  </context>
  <context>
    <name>AccueilVeloCoverage</name>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="73" />
      <source>Accueil Vélo coverage of routes</source>
      <translation>Couverture Accueil Vélo des itinéraires</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="76" />
      <source>Network coverage</source>
      <translation>Couverture du réseau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="82" />
      <source>Which stretches of véloroutes (EuroVelo 5, véloroute de la Lys…) have a labelled Accueil Vélo establishment within reach, overall and per category, and which establishments could join the label.

A point of a route is covered when a labelled establishment lies within the access distance in a straight line (default 5,000 m, the label's criterion of lying within 5 km of a cycle route), computed exactly (circles against segments, no buffer polygons).
Routes: lines, grouped into routes by the route name field (without it the whole layer is one route); pieces may come unordered and in any direction, as from OpenStreetMap: they are chained, and the distance along the route (chainage) runs over the chained pieces.
Establishments: points; the category field (hebergement, restauration, loueur, reparateur…) gives per-category coverage; the label field says which are labelled (true, 1, oui…); without it all are.

Outputs: route stretches split where coverage changes (n_establishments and one n_&lt;category&gt; count per category, covered), gaps overall ('all') and per category (only those at least the minimum gap length), every establishment with dist_to_route_m, nearest_route, chainage_m, eligible, labelled and prospect (eligible but not labelled: whom to approach), and a summary table per route and category.</source>
      <translation>Quels tronçons de véloroutes (EuroVelo 5, véloroute de la Lys…) ont un établissement labellisé Accueil Vélo à proximité, globalement et par catégorie, et quels établissements pourraient rejoindre le label.

Un point d'un itinéraire est couvert lorsqu'un établissement labellisé se trouve dans la distance d'accès, à vol d'oiseau (par défaut 5 000 m, critère du label : être situé à moins de 5 km d'un itinéraire cyclable), calculée de façon exacte (cercles contre segments, sans polygones tampons).
Itinéraires : lignes, regroupées en itinéraires selon le champ du nom d'itinéraire (sans ce champ, toute la couche forme un seul itinéraire) ; les morceaux peuvent être dans le désordre et orientés dans n'importe quel sens, comme ceux issus d'OpenStreetMap : ils sont chaînés, et la distance le long de l'itinéraire (chaînage) se poursuit d'un morceau chaîné à l'autre.
Établissements : points ; le champ de catégorie (hebergement, restauration, loueur, reparateur…) donne la couverture par catégorie ; le champ du label indique lesquels sont labellisés (true, 1, oui…) ; sans ce champ, tous le sont.

Sorties : les tronçons d'itinéraire, découpés là où la couverture change (n_establishments et un décompte n_&lt;category&gt; par catégorie, covered), les lacunes globales ('all') et par catégorie (seulement celles d'au moins la longueur minimale de lacune), chaque établissement avec dist_to_route_m, nearest_route, chainage_m, eligible, labelled et prospect (éligible mais non labellisé : prospect à démarcher), et un tableau de synthèse par itinéraire et par catégorie.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="105" />
      <source>Routes (lines)</source>
      <translation>Itinéraires (lignes)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="107" />
      <source>Route name field (groups lines into routes)</source>
      <translation>Champ du nom d'itinéraire (regroupe les lignes en itinéraires)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="110" />
      <source>Establishments (points)</source>
      <translation>Établissements (points)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="113" />
      <source>Category field</source>
      <translation>Champ de catégorie</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="116" />
      <source>Label field (which establishments are labelled)</source>
      <translation>Champ du label (établissements labellisés)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="119" />
      <source>Access distance, straight line (m)</source>
      <translation>Distance d'accès, à vol d'oiseau (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="122" />
      <source>Report gaps at least this long (m)</source>
      <translation>Signaler les lacunes d'au moins cette longueur (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="125" />
      <source>Metric CRS for geographic input</source>
      <translation>SCR métrique pour les entrées en SCR géographique</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="128" />
      <source>Route stretches with their coverage</source>
      <translation>Tronçons d'itinéraire et leur couverture</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="131" />
      <source>Coverage gaps</source>
      <translation>Lacunes de couverture</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="133" />
      <source>Establishments with their distance to the routes</source>
      <translation>Établissements et leur distance aux itinéraires</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="136" />
      <source>Summary per route and category</source>
      <translation>Synthèse par itinéraire et par catégorie</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="139" />
      <source>Route length (m)</source>
      <translation>Longueur des itinéraires (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="139" />
      <source>Covered share of the routes (%)</source>
      <translation>Part couverte des itinéraires (%)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="139" />
      <source>Longest gap (m)</source>
      <translation>Plus longue lacune (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="139" />
      <source>Establishments within the access distance</source>
      <translation>Établissements situés dans la distance d'accès</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="139" />
      <source>Eligible establishments not labelled</source>
      <translation>Établissements éligibles non labellisés</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="139" />
      <source>Features skipped (empty or degenerate geometry)</source>
      <translation>Entités ignorées (géométrie vide ou dégénérée)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="150" />
      <source>Route</source>
      <translation>Itinéraire</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="151" />
      <source>Start (m along the route)</source>
      <translation>Début (m le long de l'itinéraire)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="152" />
      <source>End (m along the route)</source>
      <translation>Fin (m le long de l'itinéraire)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="153" />
      <source>Length (m)</source>
      <translation>Longueur (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="154" />
      <source>Labelled establishments within reach</source>
      <translation>Établissements labellisés à proximité</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="155" />
      <source>Covered</source>
      <translation>Couvert</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="156" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="157" />
      <source>Distance to the route (m)</source>
      <translation>Distance à l'itinéraire (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="158" />
      <source>Nearest route</source>
      <translation>Itinéraire le plus proche</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="159" />
      <source>Position along the route (m)</source>
      <translation>Position le long de l'itinéraire (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="160" />
      <source>Eligible (within reach)</source>
      <translation>Éligible (à proximité)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="161" />
      <source>Labelled</source>
      <translation>Labellisé</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="162" />
      <source>Prospect (eligible, not labelled)</source>
      <translation>Prospect (éligible, non labellisé)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="163" />
      <source>Length (km)</source>
      <translation>Longueur (km)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="164" />
      <source>Covered (%)</source>
      <translation>Couvert (%)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="165" />
      <source>Labelled establishments</source>
      <translation>Établissements labellisés</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="166" />
      <source>Longest gap (km)</source>
      <translation>Plus longue lacune (km)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="179" />
      <source>The establishments must be a layer of points.</source>
      <translation>Les établissements doivent être une couche de points.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="188" />
      <source>Working CRS: {}</source>
      <translation>SCR de travail : {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="193" />
      <source>The route layer has no usable line ({} features read). Choose a layer of lines with geometries.</source>
      <translation>La couche des itinéraires n'a aucune ligne utilisable ({} entités lues). Choisissez une couche de lignes avec des géométries.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="202" />
      <source>establishments: {} feature(s) have no usable point; they are kept in the output with no distance.</source>
      <translation>établissements : {} entité(s) sans point utilisable ; elles sont conservées dans la sortie, sans distance.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="287" />
      <source>{} route(s), {:.1f} km, {:.1f} % covered, longest gap {:.1f} km; {} eligible establishment(s), {} prospect(s).</source>
      <translation>{} itinéraire(s), {:.1f} km, {:.1f} % couverts, plus longue lacune {:.1f} km ; {} établissement(s) éligible(s), {} prospect(s).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="306" />
      <source>(no name)</source>
      <translation>(sans nom)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="308" />
      <source>route</source>
      <translation>itinéraire</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="314" />
      <source>Route {}: its lines form {} separate pieces; the {} break(s) (longest {:.0f} m) are not counted in its length.</source>
      <translation>Itinéraire {} : ses lignes forment {} morceaux distincts ; les {} coupure(s) (la plus longue : {:.0f} m) ne sont pas comptées dans sa longueur.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="353" />
      <source>Labelled establishment within reach</source>
      <translation>Établissement labellisé à proximité</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="353" />
      <source>No labelled establishment within reach</source>
      <translation>Aucun établissement labellisé à proximité</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="356" />
      <source>Gap (all categories)</source>
      <translation>Lacune (toutes catégories)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="356" />
      <source>Gap for one category</source>
      <translation>Lacune pour une catégorie</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="359" />
      <source>Labelled Accueil Vélo</source>
      <translation>Labellisé Accueil Vélo</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="359" />
      <source>Prospect: eligible, not labelled</source>
      <translation>Prospect : éligible, non labellisé</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="359" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/accueil_velo_coverage.py" line="191" />
      <source>routes</source>
      <translation>itinéraires</translation>
    </message>
  </context>
  <context>
    <name>AiresGap</name>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="59" />
      <source>Gaps between aires along the network</source>
      <translation>Écarts entre aires le long du réseau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="62" />
      <source>Network coverage</source>
      <translation>Couverture du réseau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="68" />
      <source>For every point of a cycling network (such as a points-nœuds network), the distance along the network to the nearest aire (cyclist rest or service area), computed exactly: the network is cut into stretches on which that distance is linear, and each stretch gets its smallest and largest distance.

Network: lines joined where their ends (or shared vertices) lie within the snap tolerance; lines that cross without a shared vertex are not joined.
Aires: points; each is attached to the nearest point of the network if it lies within the maximum attach distance, otherwise it is reported in the diagnostics.
Maximum distance: a point of the network is served when an aire is at most this far along the network (default 2,500 m: an aire every 5 km).
Suggestions: the candidate sites (default: the network's nodes) ranked greedily by the length of unserved network each one would serve, given those ranked before.

Outputs: stretches (dist_min_m, dist_max_m, nearest_aire, covered, component), gaps (connected unserved stretches merged: length_m, worst_dist_m), suggestions (rank, gain_m, coverage_after_pct) and diagnostics (off_network_aire, near_miss: a line end that almost touches another line, dangle: a line end joined to nothing). Stretches of a part of the network with no aire have no distance and are not covered.
Geographic input is reprojected to the target CRS (default EPSG:2154).</source>
      <translation>Pour chaque point d'un réseau cyclable (par exemple un réseau points-nœuds), la distance le long du réseau jusqu'à l'aire la plus proche (aire de repos ou de services vélo), calculée de façon exacte : le réseau est découpé en tronçons sur lesquels cette distance varie linéairement, et chaque tronçon reçoit sa distance minimale et sa distance maximale.

Réseau : les lignes sont raccordées là où leurs extrémités (ou des sommets communs) sont à moins de la tolérance d'accrochage ; des lignes qui se croisent sans sommet commun ne sont pas raccordées.
Aires : points ; chaque aire est rattachée au point le plus proche du réseau si elle se trouve à moins de la distance maximale de rattachement, sinon elle est signalée dans les diagnostics.
Distance maximale : un point du réseau est desservi lorsqu'une aire se trouve au plus à cette distance le long du réseau (par défaut 2 500 m : une aire tous les 5 km).
Propositions : les sites candidats (par défaut : les nœuds du réseau), classés de façon gloutonne selon la longueur de réseau non desservi que chacun desservirait, compte tenu des sites classés avant lui.

Sorties : tronçons (dist_min_m, dist_max_m, nearest_aire, covered, component), lacunes (tronçons non desservis contigus, fusionnés : length_m, worst_dist_m), propositions de sites (rank, gain_m, coverage_after_pct) et diagnostics (off_network_aire ; near_miss : quasi-jonction, extrémité de ligne qui touche presque une autre ligne ; dangle : extrémité de ligne isolée, raccordée à aucune autre). Les tronçons d'une partie du réseau sans aire n'ont pas de distance et ne sont pas desservis.
Les données en SCR géographique sont reprojetées dans le SCR cible (par défaut EPSG:2154).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="89" />
      <source>Cycling network (lines)</source>
      <translation>Réseau cyclable (lignes)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="92" />
      <source>Aires (points)</source>
      <translation>Aires (points)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="94" />
      <source>Aire name field (default: name, if present)</source>
      <translation>Champ du nom de l'aire (par défaut : name, s'il existe)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="97" />
      <source>Maximum distance to an aire along the network (m)</source>
      <translation>Distance maximale à une aire le long du réseau (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="100" />
      <source>Snap tolerance for line ends (m)</source>
      <translation>Tolérance d'accrochage des extrémités de ligne (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="103" />
      <source>Maximum distance from an aire to the network (m)</source>
      <translation>Distance maximale entre une aire et le réseau (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="106" />
      <source>Number of new sites to suggest</source>
      <translation>Nombre de nouveaux sites à proposer</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="109" />
      <source>Candidate sites (points; default: the network's nodes)</source>
      <translation>Sites candidats (points ; par défaut : les nœuds du réseau)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="112" />
      <source>Metric CRS for geographic input</source>
      <translation>SCR métrique pour les entrées en SCR géographique</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="115" />
      <source>Network stretches with distance to the nearest aire</source>
      <translation>Tronçons du réseau et distance à l'aire la plus proche</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="118" />
      <source>Gaps (unserved stretches)</source>
      <translation>Lacunes (tronçons non desservis)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="120" />
      <source>Suggested sites for new aires</source>
      <translation>Proposition de sites pour de nouvelles aires</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="123" />
      <source>Diagnostics (aires off the network, network errors)</source>
      <translation>Diagnostics (aires hors réseau, erreurs du réseau)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="126" />
      <source>Network length (m)</source>
      <translation>Longueur du réseau (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="126" />
      <source>Served length (m)</source>
      <translation>Longueur desservie (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="126" />
      <source>Served share of the network (%)</source>
      <translation>Part desservie du réseau (%)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="143" />
      <source>Largest distance to an aire (m)</source>
      <translation>Plus grande distance à une aire (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="126" />
      <source>Number of gaps</source>
      <translation>Nombre de lacunes</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="126" />
      <source>Aires off the network</source>
      <translation>Aires hors réseau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="126" />
      <source>Connected parts of the network</source>
      <translation>Parties du réseau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="126" />
      <source>Aires on the network</source>
      <translation>Aires sur le réseau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="126" />
      <source>Features skipped (empty or degenerate geometry)</source>
      <translation>Entités ignorées (géométrie vide ou dégénérée)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="140" />
      <source>Network feature</source>
      <translation>Entité du réseau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="141" />
      <source>Length (m)</source>
      <translation>Longueur (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="142" />
      <source>Smallest distance to an aire (m)</source>
      <translation>Plus petite distance à une aire (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="144" />
      <source>Nearest aire</source>
      <translation>Aire la plus proche</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="145" />
      <source>Served</source>
      <translation>Desservi</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="146" />
      <source>Network part</source>
      <translation>Partie du réseau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="147" />
      <source>Gap</source>
      <translation>Lacune</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="148" />
      <source>Worst distance to an aire (m)</source>
      <translation>Distance la plus défavorable à une aire (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="149" />
      <source>Rank</source>
      <translation>Rang</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="150" />
      <source>Newly served length (m)</source>
      <translation>Longueur nouvellement desservie (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="151" />
      <source>Served share after this site (%)</source>
      <translation>Part desservie après ce site (%)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="152" />
      <source>Candidate feature</source>
      <translation>Entité candidate</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="153" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="154" />
      <source>Detail</source>
      <translation>Détail</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="155" />
      <source>Distance (m)</source>
      <translation>Distance (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="156" />
      <source>Feature</source>
      <translation>Entité</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="175" />
      <source>Working CRS: {}</source>
      <translation>SCR de travail : {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="176" />
      <source>Reading the network</source>
      <translation>Lecture du réseau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="185" />
      <source>The network layer has no usable line ({} features read). Choose a layer of lines with geometries.</source>
      <translation>La couche du réseau n'a aucune ligne utilisable ({} entités lues). Choisissez une couche de lignes avec des géométries.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="189" />
      <source>Building the network graph</source>
      <translation>Construction du graphe du réseau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="212" />
      <source>Computing distances along the network</source>
      <translation>Calcul des distances le long du réseau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="220" />
      <source>Ranking sites for new aires</source>
      <translation>Classement des sites pour de nouvelles aires</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="181" />
      <source>network</source>
      <translation>réseau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="181" />
      <source>aires</source>
      <translation>aires</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="181" />
      <source>candidates</source>
      <translation>sites candidats</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="274" />
      <source>Aire {} is {:.0f} m from the network (more than {:.0f} m): not counted. Move it onto the network or raise MAX_ATTACH_DISTANCE.</source>
      <translation>L'aire {} est à {:.0f} m du réseau (plus de {:.0f} m) : elle n'est pas comptée. Déplacez-la sur le réseau ou augmentez MAX_ATTACH_DISTANCE.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="290" />
      <source>No aire in this part of the network</source>
      <translation>Aucune aire dans cette partie du réseau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="290" />
      <source>up to {} km</source>
      <translation>jusqu'à {} km</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="291" />
      <source>{} to {} km</source>
      <translation>de {} à {} km</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="291" />
      <source>{} to {} km (not served)</source>
      <translation>de {} à {} km (non desservi)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="292" />
      <source>over {} km (not served)</source>
      <translation>plus de {} km (non desservi)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="293" />
      <source>Aire off the network</source>
      <translation>Aire hors réseau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="294" />
      <source>Near miss (lines almost touching)</source>
      <translation>Quasi-jonction (lignes qui se touchent presque)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="295" />
      <source>Line end joined to nothing</source>
      <translation>Extrémité de ligne isolée (non raccordée)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="296" />
      <source>Line shorter than the snap tolerance</source>
      <translation>Ligne plus courte que la tolérance d'accrochage</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aires_gap.py" line="308" />
      <source>Network {:.1f} km, served {:.1f} km ({:.1f} %), largest distance to an aire {} m, {} gap(s), {} part(s), {} aire(s) off the network.</source>
      <translation>Réseau {:.1f} km, desservi {:.1f} km ({:.1f} %), plus grande distance à une aire {} m, {} lacune(s), {} partie(s), {} aire(s) hors réseau.</translation>
    </message>
  </context>
  <context>
    <name>CreateProjectDb</name>
    <message>
      <location filename="../processing/algorithms/create_project_db.py" line="33" />
      <source>Create project database</source>
      <translation>Créer la base du projet</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_project_db.py" line="36" />
      <source>Project</source>
      <translation>Projet</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_project_db.py" line="42" />
      <source>Creates the project GeoPackage of Itinérance: the nine inventory layers (aires, etablissements, noeuds, troncons, itineraires, trame, poles, ascensions, perimetres) with their fields, value lists (kinds, categories, statuses), required names, a default style and edit forms with drop-down lists and check boxes.

Coordinate reference system: a projected CRS in metres (default EPSG:2154, Lambert-93); a geographic CRS is refused.
Overwrite: an existing file is replaced only when this is checked.
Add layers to project: loads the nine layers, styled, into the current project.

Example: qgis_process.bin run itinerance:createprojectdb --OUTPUT=inventaire.gpkg --CRS=EPSG:2154</source>
      <translation>Crée le GeoPackage du projet Itinérance : les neuf couches d'inventaire (aires, etablissements, noeuds, troncons, itineraires, trame, poles, ascensions, perimetres) avec leurs champs, leurs listes de valeurs (types, catégories, statuts), les noms obligatoires, un style par défaut et des formulaires de saisie avec listes déroulantes et cases à cocher.

Système de coordonnées : un SCR projeté en mètres (par défaut EPSG:2154, Lambert-93) ; un SCR géographique est refusé.
Écraser : un fichier existant n'est remplacé que si cette case est cochée.
Ajouter les couches au projet : charge les neuf couches, stylées, dans le projet courant.

Exemple : qgis_process.bin run itinerance:createprojectdb --OUTPUT=inventaire.gpkg --CRS=EPSG:2154</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_project_db.py" line="55" />
      <source>Project database</source>
      <translation>Base du projet</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_project_db.py" line="55" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_project_db.py" line="59" />
      <source>Coordinate reference system (metres)</source>
      <translation>Système de coordonnées (en mètres)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_project_db.py" line="62" />
      <source>Overwrite an existing file</source>
      <translation>Écraser un fichier existant</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_project_db.py" line="64" />
      <source>Add the layers to the project</source>
      <translation>Ajouter les couches au projet</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_project_db.py" line="66" />
      <source>Layer count</source>
      <translation>Nombre de couches</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_project_db.py" line="67" />
      <source>Layer names</source>
      <translation>Noms des couches</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/create_project_db.py" line="78" />
      <source>Created {} layers in {} ({}).</source>
      <translation>{} couches créées dans {} ({}).</translation>
    </message>
  </context>
  <context>
    <name>DataModel</name>
    <message>
      <location filename="../processing/logic/data_model.py" line="77" />
      <source>Equipped rest area</source>
      <translation>Aire aménagée</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="77" />
      <source>Play area</source>
      <translation>Aire ludique</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="77" />
      <source>Bivouac area</source>
      <translation>Aire de bivouac</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="77" />
      <source>Motorhome area</source>
      <translation>Aire de camping-car</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="84" />
      <source>Existing</source>
      <translation>Existant</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="84" />
      <source>Planned</source>
      <translation>En projet</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="89" />
      <source>Accommodation</source>
      <translation>Hébergement</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="89" />
      <source>Food and drink</source>
      <translation>Restauration</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="89" />
      <source>Bike rental</source>
      <translation>Loueur de vélos</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="89" />
      <source>Bike repair</source>
      <translation>Réparateur de vélos</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="89" />
      <source>Place to visit</source>
      <translation>Site de visite</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="89" />
      <source>Tourist office</source>
      <translation>Office de tourisme</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="98" />
      <source>Asphalt</source>
      <translation>Enrobé</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="98" />
      <source>Concrete</source>
      <translation>Béton</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="98" />
      <source>Stabilised gravel</source>
      <translation>Stabilisé</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="98" />
      <source>Cobbles</source>
      <translation>Pavés</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="98" />
      <source>Earth</source>
      <translation>Terre</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="106" />
      <source>EuroVelo route</source>
      <translation>Itinéraire EuroVelo</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="113" />
      <source>Véloroute</source>
      <translation>Véloroute</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="113" />
      <source>Greenway</source>
      <translation>Voie verte</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="106" />
      <source>Loop</source>
      <translation>Boucle</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="113" />
      <source>Cavalier (former mining railway)</source>
      <translation>Cavalier (ancienne voie ferrée minière)</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="113" />
      <source>Path</source>
      <translation>Chemin</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="120" />
      <source>Leisure hub</source>
      <translation>Pôle de loisirs</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="120" />
      <source>Terril (spoil tip)</source>
      <translation>Terril</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="120" />
      <source>Park</source>
      <translation>Parc</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="120" />
      <source>Mining heritage site</source>
      <translation>Site minier</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="127" />
      <source>As digitised</source>
      <translation>Sens de numérisation</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="127" />
      <source>Reverse</source>
      <translation>Sens inverse</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="127" />
      <source>Both ways</source>
      <translation>Les deux sens</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="133" />
      <source>Intercommunality (EPCI)</source>
      <translation>Intercommunalité (EPCI)</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="148" />
      <source>Commune</source>
      <translation>Commune</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="144" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Cyclist rest areas</source>
      <translation>Aires de services vélo</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Kind of area</source>
      <translation>Type d'aire</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Pump</source>
      <translation>Pompe</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Repair kit</source>
      <translation>Kit de réparation</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Drinking water</source>
      <translation>Eau potable</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Shelter</source>
      <translation>Abri</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>E-bike charging</source>
      <translation>Recharge VAE</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Picnic table</source>
      <translation>Table de pique-nique</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Map panel</source>
      <translation>Panneau carte</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Establishments (Accueil Vélo)</source>
      <translation>Établissements (Accueil Vélo)</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Accueil Vélo label</source>
      <translation>Label Accueil Vélo</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Label date</source>
      <translation>Date de labellisation</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Website</source>
      <translation>Site internet</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Network nodes (points-nœuds)</source>
      <translation>Points-nœuds du réseau</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Node number</source>
      <translation>Numéro du nœud</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Network sections</source>
      <translation>Tronçons du réseau</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Surface</source>
      <translation>Revêtement</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Itineraries</source>
      <translation>Itinéraires</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Kind of itinerary</source>
      <translation>Type d'itinéraire</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Green network (trame verte)</source>
      <translation>Trame verte</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Kind of link</source>
      <translation>Type de liaison</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Hubs (pôles)</source>
      <translation>Pôles</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Kind of hub</source>
      <translation>Type de pôle</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Climbs</source>
      <translation>Ascensions</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Direction</source>
      <translation>Sens</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Perimeters</source>
      <translation>Périmètres</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Kind of perimeter</source>
      <translation>Type de périmètre</translation>
    </message>
    <message>
      <location filename="../processing/logic/data_model.py" line="160" />
      <source>Official code (INSEE, SIREN)</source>
      <translation>Code officiel (INSEE, SIREN)</translation>
    </message>
  </context>
  <context>
    <name>Dependencies</name>
    <message>
      <location filename="../plugin/dependencies.py" line="38" />
      <source>Itinérance needs these Python libraries, which QGIS's Python cannot import: {names}.
On Debian or Ubuntu: sudo apt install {debian}
On Windows (OSGeo4W Shell) or macOS: python3 -m pip install {pip}
Then restart QGIS.</source>
      <translation>Itinérance a besoin de ces bibliothèques Python, que le Python de QGIS ne peut pas importer : {names}.
Sous Debian ou Ubuntu : sudo apt install {debian}
Sous Windows (OSGeo4W Shell) ou macOS : python3 -m pip install {pip}
Puis redémarrez QGIS.</translation>
    </message>
  </context>
  <context>
    <name>ItineranceAlgorithm</name>
    <message>
      <location filename="../processing/algorithms/base.py" line="96" />
      <source>empty geometry</source>
      <translation>géométrie vide</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" line="97" />
      <source>degenerate geometry</source>
      <translation>géométrie dégénérée</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" line="99" />
      <source>invalid geometry</source>
      <translation>géométrie invalide</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" line="59" />
      <source>{} already has a field {}; rename it first.</source>
      <translation>{} a déjà un champ {} ; renommez-le d'abord.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" line="74" />
      <source>Could not write {}.</source>
      <translation>Impossible d'écrire {}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/base.py" line="82" />
      <source>{}: {} feature(s) skipped ({}).</source>
      <translation>{} : {} entité(s) ignorée(s) ({}).</translation>
    </message>
  </context>
  <context>
    <name>ItinerancePlugin</name>
    <message>
      <location filename="../plugin/itinerance_plugin.py" line="50" />
      <source>&amp;Itinérance</source>
      <translation>&amp;Itinérance</translation>
    </message>
    <message>
      <location filename="../plugin/itinerance_plugin.py" line="51" />
      <source>Itinérance</source>
      <translation>Itinérance</translation>
    </message>
    <message>
      <location filename="../plugin/itinerance_plugin.py" line="53" />
      <source>Create project database…</source>
      <translation>Créer la base du projet…</translation>
    </message>
    <message>
      <location filename="../plugin/itinerance_plugin.py" line="55" />
      <source>Gaps between aires along the network…</source>
      <translation>Écarts entre aires le long du réseau…</translation>
    </message>
    <message>
      <location filename="../plugin/itinerance_plugin.py" line="57" />
      <source>Accueil Vélo coverage of routes…</source>
      <translation>Couverture Accueil Vélo des itinéraires…</translation>
    </message>
    <message>
      <location filename="../plugin/itinerance_plugin.py" line="60" />
      <source>Slope profiles and climbs…</source>
      <translation>Profils altimétriques et ascensions…</translation>
    </message>
    <message>
      <location filename="../plugin/itinerance_plugin.py" line="62" />
      <source>Green network connectivity…</source>
      <translation>Connectivité de la trame verte…</translation>
    </message>
  </context>
  <context>
    <name>ItineranceProvider</name>
    <message>
      <location filename="../processing/provider.py" line="23" />
      <source>Itinérance</source>
      <translation>Itinérance</translation>
    </message>
    <message>
      <location filename="../processing/provider.py" line="26" />
      <source>Itinérance: cycling and tourism network planning</source>
      <translation>Itinérance : planification des réseaux cyclables et touristiques</translation>
    </message>
  </context>
  <context>
    <name>MissingDependenciesPlugin</name>
    <message>
      <location filename="../plugin/missing_dependencies_plugin.py" line="22" />
      <source>Itinérance cannot start</source>
      <translation>Itinérance ne peut pas démarrer</translation>
    </message>
  </context>
  <context>
    <name>SlopeProfile</name>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="60" />
      <source>Slope profiles and climbs</source>
      <translation>Profils altimétriques et ascensions</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="63" />
      <source>Relief</source>
      <translation>Relief</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="69" />
      <source>Elevation profile of each line (climbs, routes) from a DEM: length, elevations, gain and loss, average and steepest grade, Strava-style climb score and category, FIETS index, the climbs inside each line, and profile charts for brochures.

Elevations are read every STEP metres along the line (0 = half a DEM cell, at least 1 m) by bilinear interpolation between cell centres, from windows of the DEM. Lines and DEM may be in different CRSs (a geographic DEM such as SRTM works).
Smoothing: length of a moving average applied to the elevations (0 = none).
Grade window: max_grade_pct is the steepest rise over this many metres, the largest (z(s+W) − z(s)) / W (default 100 m).
Hysteresis: elevation changes smaller than this are ignored in gain and loss.
Direction: as digitised, reversed, or both (one output line each).
Climbs: stretches of sustained grade of at least 3 % over at least 300 m, short dips merged. Strava score = length (m) × average grade (%), categories 4, 3, 2, 1 and HC from 8,000, 16,000, 32,000, 64,000 and 80,000. FIETS index = H² / (10 · D) + max(0, (T − 1000) / 1000), H the gain, D the length and T the top elevation in metres.
Lines outside the DEM are skipped and named in the log; where the DEM has no data, nodata_m says how long and grades use the valid parts only.</source>
      <translation>Profil altimétrique de chaque ligne (ascensions, itinéraires) à partir d'un MNT : longueur, altitudes, dénivelés positif et négatif, pente moyenne et pente maximale, score et catégorie d'ascension à la manière de Strava, indice FIETS, ascensions contenues dans chaque ligne, et graphiques de profil pour les brochures.

Les altitudes sont lues tous les STEP mètres le long de la ligne (0 = une demi-cellule du MNT, au moins 1 m) par interpolation bilinéaire entre les centres des cellules, à partir de fenêtres du MNT. Les lignes et le MNT peuvent être dans des SCR différents (un MNT géographique comme SRTM convient).
Lissage : longueur d'une moyenne glissante appliquée aux altitudes (0 = aucun).
Fenêtre de pente : max_grade_pct est la plus forte montée sur ce nombre de mètres, soit le plus grand (z(s+W) − z(s)) / W (par défaut 100 m).
Hystérésis : les variations d'altitude inférieures à cette valeur sont ignorées dans les dénivelés positif et négatif.
Sens : sens de numérisation, sens inverse ou les deux sens (une ligne en sortie pour chacun).
Ascensions : portions de pente soutenue d'au moins 3 % sur au moins 300 m, les courtes descentes étant fusionnées. Score Strava = longueur (m) × pente moyenne (%) ; catégories 4, 3, 2, 1 et HC à partir de 8 000, 16 000, 32 000, 64 000 et 80 000. Indice FIETS = H² / (10 · D) + max(0, (T − 1000) / 1000), avec H le dénivelé positif, D la longueur et T l'altitude du sommet, en mètres.
Les lignes situées hors du MNT sont ignorées et citées dans le journal ; là où le MNT est sans donnée, nodata_m indique sur quelle longueur, et les pentes ne portent que sur les parties valides.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="90" />
      <source>Lines (climbs, routes)</source>
      <translation>Lignes (ascensions, itinéraires)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="92" />
      <source>Line name field</source>
      <translation>Champ du nom de ligne</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="95" />
      <source>DEM</source>
      <translation>MNT</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="97" />
      <source>Band</source>
      <translation>Bande</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="99" />
      <source>Sampling interval (m; 0 = half a DEM cell)</source>
      <translation>Pas d'échantillonnage (m ; 0 = une demi-cellule du MNT)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="102" />
      <source>Smoothing window (m; 0 = none)</source>
      <translation>Fenêtre de lissage (m ; 0 = aucun)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="105" />
      <source>Window of the steepest grade (m)</source>
      <translation>Fenêtre de la pente maximale (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="108" />
      <source>Hysteresis of gain and loss (m)</source>
      <translation>Hystérésis des dénivelés positif et négatif (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="137" />
      <source>Direction</source>
      <translation>Sens</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="111" />
      <source>As digitised</source>
      <translation>Sens de numérisation</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="111" />
      <source>Reverse</source>
      <translation>Sens inverse</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="111" />
      <source>Both</source>
      <translation>Les deux sens</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="114" />
      <source>Folder for the profile charts (PNG and SVG)</source>
      <translation>Dossier des graphiques de profil (PNG et SVG)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="117" />
      <source>Metric CRS for geographic lines</source>
      <translation>SCR métrique pour les lignes en SCR géographique</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="128" />
      <source>Profiled lines</source>
      <translation>Lignes profilées</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="123" />
      <source>Profile points</source>
      <translation>Points du profil</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="126" />
      <source>Climbs</source>
      <translation>Ascensions</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="128" />
      <source>Total elevation gain (m)</source>
      <translation>Dénivelé positif total (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="143" />
      <source>Steepest grade (%)</source>
      <translation>Pente maximale (%)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="128" />
      <source>Lines skipped (outside the DEM, empty or degenerate)</source>
      <translation>Lignes ignorées (hors du MNT, vides ou dégénérées)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="137" />
      <source>Line</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="138" />
      <source>Length (m)</source>
      <translation>Longueur (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="138" />
      <source>Start elevation (m)</source>
      <translation>Altitude de départ (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="139" />
      <source>End elevation (m)</source>
      <translation>Altitude d'arrivée (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="139" />
      <source>Lowest elevation (m)</source>
      <translation>Altitude minimale (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="140" />
      <source>Highest elevation (m)</source>
      <translation>Altitude maximale (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="140" />
      <source>Elevation gain (m)</source>
      <translation>Dénivelé positif (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="141" />
      <source>Elevation loss (m)</source>
      <translation>Dénivelé négatif (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="142" />
      <source>Average grade (%)</source>
      <translation>Pente moyenne (%)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="144" />
      <source>Steepest grade starts at (m)</source>
      <translation>Début de la pente maximale (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="145" />
      <source>Climb score (Strava)</source>
      <translation>Score de l'ascension (Strava)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="146" />
      <source>Climb category</source>
      <translation>Catégorie de l'ascension</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="146" />
      <source>FIETS index</source>
      <translation>Indice FIETS</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="147" />
      <source>Length without DEM data (m)</source>
      <translation>Longueur sans donnée du MNT (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="148" />
      <source>Distance from the start (m)</source>
      <translation>Distance depuis le départ (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="149" />
      <source>Elevation (m)</source>
      <translation>Altitude (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="149" />
      <source>Grade (%)</source>
      <translation>Pente (%)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="150" />
      <source>Grade class</source>
      <translation>Classe de pente</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="150" />
      <source>Start (m)</source>
      <translation>Début (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="151" />
      <source>End (m)</source>
      <translation>Fin (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="160" />
      <source>The DEM must be a raster file (GeoTIFF, VRT…) that GDAL can read.</source>
      <translation>Le MNT doit être un fichier raster (GeoTIFF, VRT…) lisible par GDAL.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="183" />
      <source>The DEM has no CRS: it is taken to be in the lines' CRS ({}).</source>
      <translation>Le MNT n'a pas de SCR : il est considéré comme étant dans le SCR des lignes ({}).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="188" />
      <source>Sampling every {:.2f} m.</source>
      <translation>Échantillonnage tous les {:.2f} m.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="202" />
      <source>Line {} lies outside the DEM (or on no data): skipped.</source>
      <translation>La ligne {} est hors du MNT (ou sans donnée) : ignorée.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="252" />
      <source>{} profile(s), total gain {:.0f} m, steepest grade {:.1f} %, {} line(s) skipped.</source>
      <translation>{} profil(s), dénivelé positif total {:.0f} m, pente maximale {:.1f} %, {} ligne(s) ignorée(s).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="279" />
      <source>Length</source>
      <translation>Longueur</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="280" />
      <source>Gain</source>
      <translation>Dénivelé positif</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="281" />
      <source>Average grade</source>
      <translation>Pente moyenne</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="282" />
      <source>Steepest {} m</source>
      <translation>Pente max. sur {} m</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="286" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="290" />
      <source>km</source>
      <translation>km</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="290" />
      <source>m</source>
      <translation>m</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="290" />
      <source>no data</source>
      <translation>sans donnée</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="289" />
      <source>{} (reverse)</source>
      <translation>{} (sens inverse)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/slope_profile.py" line="173" />
      <source>lines</source>
      <translation>lignes</translation>
    </message>
  </context>
  <context>
    <name>TrameConnectivity</name>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="51" />
      <source>Green network connectivity</source>
      <translation>Connectivité de la trame verte</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="54" />
      <source>Network coverage</source>
      <translation>Couverture du réseau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="60" />
      <source>Connectivity of the trame verte itinerary network (cavaliers, voies vertes, chemins, véloroutes) and of the hubs it serves (pôles de loisirs, terrils, parcs): connected parts, critical links (bridges), hubs cut off, and the short missing links that would join the most.

Itineraries are joined where their ends or shared vertices lie within the snap tolerance; lines that cross without a shared vertex are not joined.
Hubs (points or polygons) are attached to the nearest point of the network within the hub access distance; farther hubs are isolated. Hubs do not join parts of the network. Weight: the weight field, or the area for polygons and 1 for points.
Two hubs are connected when the distance along the network between them (access included) is at most the distance threshold.

Outputs: the network edges (component, component_length_km, component_hubs, is_bridge: removing it splits its part, cut_hub_pairs: pairs of hubs it would separate), the hubs (component, reachable_hubs within the threshold, d_iic_pct: loss of IIC if the hub disappears) and missing links (straight links no longer than the maximum, between parts or to isolated hubs, ranked greedily by the hub pairs they join).
IIC (integral index of connectivity) and PC (probability of connectivity) follow Pascual-Hortal &amp; Saura (2006) and Saura &amp; Pascual-Hortal (2007) on hub-to-hub network distances; see the README.</source>
      <translation>Connectivité du réseau d'itinéraires de la trame verte (cavaliers, voies vertes, chemins, véloroutes) et des pôles qu'il dessert (pôles de loisirs, terrils, parcs) : parties du réseau, liens critiques (ponts), pôles isolés, et les courtes liaisons manquantes qui relieraient le plus de pôles.

Les itinéraires sont raccordés là où leurs extrémités ou des sommets communs sont à moins de la tolérance d'accrochage ; des lignes qui se croisent sans sommet commun ne sont pas raccordées.
Les pôles (points ou polygones) sont rattachés au point le plus proche du réseau s'ils se trouvent à moins de la distance d'accès aux pôles ; les pôles plus éloignés sont isolés. Les pôles ne relient pas entre elles les parties du réseau. Poids : le champ de poids, ou à défaut la surface pour les polygones et 1 pour les points.
Deux pôles sont connectés lorsque la distance qui les sépare le long du réseau (accès compris) est au plus égale au seuil de distance.

Sorties : les tronçons du réseau (component, component_length_km, component_hubs, is_bridge : sa suppression scinde sa partie du réseau, cut_hub_pairs : paires de pôles qu'il séparerait), les pôles (component, reachable_hubs accessibles dans la limite du seuil, d_iic_pct : perte d'IIC si le pôle disparaît) et les liaisons manquantes (liaisons en ligne droite ne dépassant pas la longueur maximale, entre parties du réseau ou vers des pôles isolés, classées de façon gloutonne selon les paires de pôles qu'elles relient).
L'IIC (indice intégral de connectivité) et la PC (probabilité de connectivité) suivent Pascual-Hortal &amp; Saura (2006) et Saura &amp; Pascual-Hortal (2007), appliqués aux distances entre pôles le long du réseau ; voir le README.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="83" />
      <source>Itineraries (lines)</source>
      <translation>Itinéraires (lignes)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="85" />
      <source>Hubs (points or polygons)</source>
      <translation>Pôles (points ou polygones)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="88" />
      <source>Hub name field</source>
      <translation>Champ du nom du pôle</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="91" />
      <source>Hub weight field (default: area, or 1 for points)</source>
      <translation>Champ du poids du pôle (par défaut : la surface, ou 1 pour les points)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="95" />
      <source>Snap tolerance for line ends (m)</source>
      <translation>Tolérance d'accrochage des extrémités de ligne (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="98" />
      <source>Hub access distance (m)</source>
      <translation>Distance d'accès aux pôles (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="101" />
      <source>Longest missing link to propose (m)</source>
      <translation>Longueur maximale des liaisons manquantes à proposer (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="104" />
      <source>Distance along the network joining two hubs (m)</source>
      <translation>Distance le long du réseau reliant deux pôles (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="107" />
      <source>Metric CRS for geographic input</source>
      <translation>SCR métrique pour les entrées en SCR géographique</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="110" />
      <source>Network edges with components and bridges</source>
      <translation>Tronçons du réseau avec leurs parties et liens critiques</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="113" />
      <source>Hubs with their connectivity</source>
      <translation>Pôles et leur connectivité</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="116" />
      <source>Missing links worth building</source>
      <translation>Liaisons manquantes à aménager</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="119" />
      <source>Connected parts of the network</source>
      <translation>Parties du réseau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="119" />
      <source>Critical links (bridges)</source>
      <translation>Liens critiques (ponts)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="119" />
      <source>Hubs cut off from the network</source>
      <translation>Pôles isolés du réseau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="119" />
      <source>Integral index of connectivity (IIC)</source>
      <translation>Indice intégral de connectivité (IIC)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="119" />
      <source>Probability of connectivity (PC)</source>
      <translation>Probabilité de connectivité (PC)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="119" />
      <source>Largest connected part (km)</source>
      <translation>Plus grande partie du réseau (km)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="119" />
      <source>Features skipped (empty or degenerate geometry)</source>
      <translation>Entités ignorées (géométrie vide ou dégénérée)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="131" />
      <source>Itinerary feature</source>
      <translation>Entité d'itinéraire</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="131" />
      <source>Length (m)</source>
      <translation>Longueur (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="132" />
      <source>Network part</source>
      <translation>Partie du réseau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="133" />
      <source>Length of the part (km)</source>
      <translation>Longueur de la partie (km)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="134" />
      <source>Hubs on the part</source>
      <translation>Pôles de la partie</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="135" />
      <source>Critical link</source>
      <translation>Lien critique</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="136" />
      <source>Hub pairs it would separate</source>
      <translation>Paires de pôles qu'il séparerait</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="137" />
      <source>Distance to the network (m)</source>
      <translation>Distance au réseau (m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="138" />
      <source>Hubs within reach</source>
      <translation>Pôles accessibles</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="139" />
      <source>Share of IIC (%)</source>
      <translation>Part de l'IIC (%)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="139" />
      <source>Rank</source>
      <translation>Rang</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="140" />
      <source>From part</source>
      <translation>Partie de départ</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="140" />
      <source>To part</source>
      <translation>Partie d'arrivée</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="141" />
      <source>Hub</source>
      <translation>Pôle</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="141" />
      <source>Hub pairs joined</source>
      <translation>Paires de pôles reliées</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="157" />
      <source>Working CRS: {}</source>
      <translation>SCR de travail : {}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="162" />
      <source>The itinerary layer has no usable line ({} features read). Choose a layer of lines with geometries.</source>
      <translation>La couche des itinéraires n'a aucune ligne utilisable ({} entités lues). Choisissez une couche de lignes avec des géométries.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="168" />
      <source>Building the network graph</source>
      <translation>Construction du graphe du réseau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="186" />
      <source>Ranking missing links</source>
      <translation>Classement des liaisons manquantes</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="220" />
      <source>{} part(s), the largest {:.1f} km; {} critical link(s); {} hub(s) cut off; IIC {:.4f}, PC {:.4f}; {} missing link(s) proposed.</source>
      <translation>{} partie(s), la plus grande de {:.1f} km ; {} lien(s) critique(s) ; {} pôle(s) isolé(s) ; IIC {:.4f}, PC {:.4f} ; {} liaison(s) manquante(s) proposée(s).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="261" />
      <source>Hub {} has no usable weight: left out.</source>
      <translation>Le pôle {} n'a pas de poids utilisable : il est écarté.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="271" />
      <source>{} hub(s) without a usable geometry or weight are kept in the output as isolated.</source>
      <translation>{} pôle(s) sans géométrie ou poids utilisable sont conservés dans la sortie comme isolés.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="281" />
      <source>Critical link (bridge)</source>
      <translation>Lien critique (pont)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="281" />
      <source>Link with an alternative</source>
      <translation>Lien doublé par un autre chemin</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="283" />
      <source>Cut off from the network</source>
      <translation>Isolé du réseau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="283" />
      <source>On the network</source>
      <translation>Sur le réseau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trame_connectivity.py" line="160" />
      <source>itineraries</source>
      <translation>itinéraires</translation>
    </message>
  </context>
</TS>