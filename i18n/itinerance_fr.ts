<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../processing/database/project_db.py" line="69"/>
        <source>Choose a file for the project database (.gpkg).</source>
        <translation>Choisissez un fichier pour la base du projet (.gpkg).</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="71"/>
        <source>The project database must be a GeoPackage file ending in .gpkg, not {}.</source>
        <translation>La base du projet doit être un fichier GeoPackage se terminant par .gpkg, et non {}.</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="58"/>
        <source>The coordinate reference system is not valid.</source>
        <translation>Le système de coordonnées n'est pas valide.</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="60"/>
        <source>{} is a geographic CRS (degrees); distances need metres. Choose a projected CRS such as EPSG:2154 (RGF93 v1 / Lambert-93).</source>
        <translation>{} est un SCR géographique (en degrés) ; les distances demandent des mètres. Choisissez un SCR projeté comme EPSG:2154 (RGF93 v1 / Lambert-93).</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="76"/>
        <source>{} already exists and was left untouched. Choose another file, or set OVERWRITE to true to replace it.</source>
        <translation>{} existe déjà et n'a pas été modifié. Choisissez un autre fichier, ou mettez OVERWRITE à true (Écraser) pour le remplacer.</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="81"/>
        <source>The folder {} does not exist; create it or choose another one.</source>
        <translation>Le dossier {} n'existe pas ; créez-le ou choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="84"/>
        <source>Cannot write to {}: permission denied. Choose a folder you can write to.</source>
        <translation>Impossible d'écrire dans {} : permission refusée. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="95"/>
        <source>GDAL cannot use the CRS {}; choose an EPSG projected CRS.</source>
        <translation>GDAL ne peut pas utiliser le SCR {} ; choisissez un SCR projeté EPSG.</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="203"/>
        <source>Could not create {}: check that you can write to this folder.</source>
        <translation>Impossible de créer {} : vérifiez que vous pouvez écrire dans ce dossier.</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="146"/>
        <source>Could not write the value list {}.</source>
        <translation>Impossible d'écrire la liste de valeurs {}.</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="170"/>
        <source>Could not create the layer {}.</source>
        <translation>Impossible de créer la couche {}.</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="153"/>
        <source>Could not create the field {}.{}.</source>
        <translation>Impossible de créer le champ {}.{}.</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="340"/>
        <source>QGIS cannot open the layer {} of {}.</source>
        <translation>QGIS ne peut pas ouvrir la couche {} de {}.</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="376"/>
        <source>The layer {} has no field {}; it does not follow the data model.</source>
        <translation>La couche {} n'a pas de champ {} ; elle ne suit pas le modèle de données.</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="388"/>
        <source>Must be one of the value list</source>
        <translation>Doit être une valeur de la liste</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="494"/>
        <source>Could not store the style of {}: {}</source>
        <translation>Impossible d'enregistrer le style de {} : {}</translation>
    </message>
    <message>
        <location filename="../processing/database/sample_writer.py" line="68"/>
        <source>Could not write the sample layer {}: {}</source>
        <translation>Impossible d'écrire la couche exemple {} : {}</translation>
    </message>
    <message>
        <location filename="../processing/database/sample_writer.py" line="113"/>
        <source>QGIS cannot open the DEM {}.</source>
        <translation>QGIS ne peut pas ouvrir le MNT {}.</translation>
    </message>
    <message>
        <location filename="../processing/database/sample_writer.py" line="138"/>
        <source>Itinérance: sample territory</source>
        <translation>Itinérance : territoire exemple</translation>
    </message>
    <message>
        <location filename="../processing/database/sample_writer.py" line="145"/>
        <source>Could not write the project {}: {}</source>
        <translation>Impossible d'écrire le projet {} : {}</translation>
    </message>
    <message>
        <location filename="../processing/layers/geometry_io.py" line="34"/>
        <source>The target CRS {} is geographic; choose a projected CRS in metres such as EPSG:2154 (Lambert-93).</source>
        <translation>Le SCR cible {} est géographique ; choisissez un SCR projeté en mètres comme EPSG:2154 (Lambert-93).</translation>
    </message>
    <message>
        <location filename="../processing/layers/geometry_io.py" line="168"/>
        <source>The line layer could not be read.</source>
        <translation>La couche de lignes n'a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../processing/layers/geometry_io.py" line="170"/>
        <source>{} is not a line layer; choose a layer of lines.</source>
        <translation>{} n'est pas une couche de lignes ; choisissez une couche de lignes.</translation>
    </message>
    <message>
        <location filename="../processing/layers/geometry_io.py" line="225"/>
        <source>The point layer could not be read.</source>
        <translation>La couche de points n'a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../processing/layers/geometry_io.py" line="227"/>
        <source>{} is not a point layer; choose a layer of points.</source>
        <translation>{} n'est pas une couche de points ; choisissez une couche de points.</translation>
    </message>
    <message>
        <location filename="../processing/layers/sinks.py" line="108"/>
        <source>Could not write the output: {}</source>
        <translation>Impossible d'écrire la sortie : {}</translation>
    </message>
    <message>
        <location filename="../plugin/editing/edit_constraints.py" line="22"/>
        <source>the new feature</source>
        <translation>la nouvelle entité</translation>
    </message>
    <message>
        <location filename="../plugin/editing/edit_constraints.py" line="23"/>
        <source>feature {}</source>
        <translation>l'entité {}</translation>
    </message>
    <message>
        <location filename="../processing/layouts/print_layouts.py" line="79"/>
        <source>The layout template {} cannot be read ({}): reinstall the plugin.</source>
        <translation>Le modèle de mise en page {} ne peut pas être lu ({}) : réinstallez l'extension.</translation>
    </message>
    <message>
        <location filename="../processing/layouts/print_layouts.py" line="87"/>
        <source>The layout template {} is not a valid QGIS template: reinstall the plugin.</source>
        <translation>Le modèle de mise en page {} n'est pas un modèle QGIS valide : réinstallez l'extension.</translation>
    </message>
    <message>
        <location filename="../processing/layouts/print_layouts.py" line="108"/>
        <source>Sources: {}</source>
        <translation>Sources : {}</translation>
    </message>
    <message>
        <location filename="../processing/layouts/print_layouts.py" line="132"/>
        <source>{} of the {} LAYERS could not be loaded: check the paths and layer names.</source>
        <translation>{} des {} couches de LAYERS n'ont pas pu être chargées : vérifiez les chemins et les noms des couches.</translation>
    </message>
    <message>
        <location filename="../processing/layouts/print_layouts.py" line="141"/>
        <source>{}: a table without geometry, left out of the map.</source>
        <translation>{} : table sans géométrie, laissée hors de la carte.</translation>
    </message>
    <message>
        <location filename="../processing/layouts/print_layouts.py" line="405"/>
        <source>The logo {} cannot be read: give PNG, JPEG or SVG files.</source>
        <translation>Le logo {} ne peut pas être lu : donnez des fichiers PNG, JPEG ou SVG.</translation>
    </message>
    <message>
        <location filename="../processing/layouts/print_layouts.py" line="511"/>
        <source>The coverage layer {} has no features: give a layer with at least one polygon.</source>
        <translation>La couche de couverture {} n'a aucune entité : donnez une couche ayant au moins un polygone.</translation>
    </message>
    <message>
        <location filename="../processing/layouts/print_layouts.py" line="531"/>
        <source>The output {} must end in .pdf or .png.</source>
        <translation>La sortie {} doit se terminer par .pdf ou .png.</translation>
    </message>
    <message>
        <location filename="../processing/layouts/print_layouts.py" line="535"/>
        <source>Cannot write {}: the folder {} does not exist or is not writable; choose another output file.</source>
        <translation>Impossible d'écrire {} : le dossier {} n'existe pas ou n'est pas accessible en écriture ; choisissez un autre fichier de sortie.</translation>
    </message>
    <message>
        <location filename="../processing/layouts/print_layouts.py" line="544"/>
        <source>Cannot write {}: check that the folder exists, that you may write there and that the file is not open in another program.</source>
        <translation>Impossible d'écrire {} : vérifiez que le dossier existe, que vous pouvez y écrire et que le fichier n'est pas ouvert dans un autre programme.</translation>
    </message>
    <message>
        <location filename="../processing/layouts/print_layouts.py" line="548"/>
        <source>The export was cancelled.</source>
        <translation>L'export a été annulé.</translation>
    </message>
    <message>
        <location filename="../processing/layouts/print_layouts.py" line="549"/>
        <source>The export of {} failed ({}).</source>
        <translation>L'export de {} a échoué ({}).</translation>
    </message>
    <message>
        <location filename="../processing/database/postgis_db.py" line="37"/>
        <source>This QGIS has no PostgreSQL provider; install it (on Debian: qgis-providers).</source>
        <translation>Ce QGIS n'a pas de fournisseur PostgreSQL ; installez-le (sous Debian : qgis-providers).</translation>
    </message>
    <message>
        <location filename="../processing/database/postgis_db.py" line="51"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../processing/database/postgis_db.py" line="52"/>
        <source>No PostgreSQL connection named {} is saved in QGIS (saved: {}). Give the name of a saved connection, a URI such as postgresql://user@host:5432/database, or service=name.</source>
        <translation>Aucune connexion PostgreSQL nommée {} n'est enregistrée dans QGIS (enregistrées : {}). Donnez le nom d'une connexion enregistrée, une URI comme postgresql://utilisateur@hote:5432/base, ou service=nom.</translation>
    </message>
    <message>
        <location filename="../processing/database/postgis_db.py" line="59"/>
        <source>Cannot read the database connection string: {}.</source>
        <translation>Impossible de lire la chaîne de connexion à la base : {}.</translation>
    </message>
    <message>
        <location filename="../processing/database/postgis_db.py" line="70"/>
        <source>The database refused: {}</source>
        <translation>La base a refusé : {}</translation>
    </message>
    <message>
        <location filename="../processing/database/postgis_db.py" line="85"/>
        <source>Give the schema to create the layers in (SCHEMA).</source>
        <translation>Donnez le schéma dans lequel créer les couches (SCHEMA).</translation>
    </message>
    <message>
        <location filename="../processing/database/postgis_db.py" line="90"/>
        <source>Cannot connect to the database: {}</source>
        <translation>Impossible de se connecter à la base : {}</translation>
    </message>
    <message>
        <location filename="../processing/database/postgis_db.py" line="93"/>
        <source>The database has no PostGIS extension. Ask its administrator to run CREATE EXTENSION postgis; in it, or choose another database.</source>
        <translation>La base n'a pas l'extension PostGIS. Demandez à son administrateur d'y exécuter CREATE EXTENSION postgis; ou choisissez une autre base.</translation>
    </message>
    <message>
        <location filename="../processing/database/postgis_db.py" line="120"/>
        <source>Your database user may not create tables in the schema {}. Ask the database administrator for the CREATE privilege, or choose another schema.</source>
        <translation>Votre utilisateur de la base ne peut pas créer de tables dans le schéma {}. Demandez le privilège CREATE à l'administrateur de la base, ou choisissez un autre schéma.</translation>
    </message>
    <message>
        <location filename="../processing/database/postgis_db.py" line="125"/>
        <source>Your database user may not write QGIS&apos;s style table public.layer_styles. Ask the database administrator to create it or to grant you SELECT, INSERT, UPDATE and DELETE on it.</source>
        <translation>Votre utilisateur de la base ne peut pas écrire dans la table des styles de QGIS public.layer_styles. Demandez à l'administrateur de la base de la créer ou de vous accorder SELECT, INSERT, UPDATE et DELETE sur cette table.</translation>
    </message>
    <message>
        <location filename="../processing/database/postgis_db.py" line="143"/>
        <source>QGIS cannot open the table {}.{} it has just created.</source>
        <translation>QGIS ne peut pas ouvrir la table {}.{} qu'il vient de créer.</translation>
    </message>
    <message>
        <location filename="../processing/database/postgis_db.py" line="154"/>
        <source>PostGIS needs an EPSG CRS; {} is not one. Choose an EPSG projected CRS such as EPSG:2154.</source>
        <translation>PostGIS demande un SCR EPSG ; {} n'en est pas un. Choisissez un SCR projeté EPSG comme EPSG:2154.</translation>
    </message>
    <message>
        <location filename="../processing/layouts/climb_sheet_facts.py" line="88"/>
        <source>node {}</source>
        <translation>point-nœud {}</translation>
    </message>
    <message>
        <location filename="../processing/layouts/climb_sheet_facts.py" line="95"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../processing/layouts/map_credits.py" line="54"/>
        <source>Sources declared by the layers: {}</source>
        <translation>Sources déclarées par les couches : {}</translation>
    </message>
    <message>
        <location filename="../processing/layouts/map_credits.py" line="57"/>
        <source>No layer shown declares its sources, and no SOURCES was given: the map has no credit line. Fill in Layer Properties ▸ Metadata ▸ Access (rights, licences) of each layer, or give SOURCES.</source>
        <translation>Aucune couche affichée ne déclare ses sources et SOURCES n'est pas renseigné : la carte n'a pas de ligne de crédits. Renseignez Propriétés de la couche ▸ Métadonnées ▸ Accès (droits, licences) de chaque couche, ou donnez SOURCES.</translation>
    </message>
    <message>
        <location filename="../processing/database/sample_writer.py" line="100"/>
        <source>Could not write the metadata of the sample layer {}: {}</source>
        <translation>Impossible d'écrire les métadonnées de la couche exemple {} : {}</translation>
    </message>
    <message>
        <location filename="../processing/translate.py" line="19"/>
        <source>en</source>
        <translation>fr</translation>
    </message>
    <message>
        <location filename="../plugin/circuits/circuit_session.py" line="98"/>
        <source>The project has no network sections (troncons) or no nodes (noeuds): add the project database&apos;s layers, or assign them in the Layers tab.</source>
        <translation>Le projet n'a pas de tronçons du réseau (troncons) ou pas de nœuds (noeuds) : ajoutez les couches de la base du projet, ou attribuez-les dans l'onglet Couches.</translation>
    </message>
    <message>
        <location filename="../plugin/circuits/circuit_session.py" line="285"/>
        <source>Build a circuit first: at least two node numbers.</source>
        <translation>Construisez d'abord un circuit : au moins deux numéros de nœuds.</translation>
    </message>
    <message>
        <location filename="../plugin/circuits/circuit_session.py" line="254"/>
        <source>{} cannot be edited: its data source is read-only.</source>
        <translation>{} ne peut pas être modifiée : sa source de données est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../plugin/circuits/circuit_session.py" line="257"/>
        <source>Save the circuit {}</source>
        <translation>Enregistrer le circuit {}</translation>
    </message>
    <message>
        <location filename="../plugin/circuits/circuit_session.py" line="269"/>
        <source>{} refused the circuit.</source>
        <translation>{} a refusé le circuit.</translation>
    </message>
    <message>
        <location filename="../plugin/circuits/circuit_session.py" line="272"/>
        <source>The circuit {} is in the edits of {}: save them to write it.</source>
        <translation>Le circuit {} est dans les modifications de {} : enregistrez-les pour l'écrire.</translation>
    </message>
    <message>
        <location filename="../plugin/circuits/circuit_session.py" line="276"/>
        <source>{} refused the circuit; it is kept in the layer&apos;s edits: fix the cause and save again. {}</source>
        <translation>{} a refusé le circuit ; il est gardé dans les modifications de la couche : corrigez la cause et enregistrez de nouveau. {}</translation>
    </message>
    <message>
        <location filename="../plugin/circuits/circuit_session.py" line="278"/>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <location filename="../plugin/circuits/circuit_session.py" line="278"/>
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <location filename="../plugin/circuits/circuit_session.py" line="279"/>
        <source>The circuit {} is {} in {}.</source>
        <translation>Le circuit {} est {} dans {}.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/circuit_inputs.py" line="34"/>
        <source>{} has no field {}: choose the field in {}.</source>
        <translation>{} n'a pas de champ {} : choisissez le champ dans {}.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/circuit_inputs.py" line="83"/>
        <source>The network layer has no usable line ({} features read). Choose a layer of lines with geometries.</source>
        <translation>La couche du réseau n'a aucune ligne utilisable ({} entités lues). Choisissez une couche de lignes avec des géométries.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/circuit_inputs.py" line="126"/>
        <source>The nodes layer {} has no point: choose the layer of numbered nodes (noeuds).</source>
        <translation>La couche de nœuds {} n'a aucun point : choisissez la couche des nœuds numérotés (noeuds).</translation>
    </message>
    <message>
        <location filename="../processing/inputs/circuit_inputs.py" line="94"/>
        <source>network lines with an empty or degenerate geometry</source>
        <translation>lignes du réseau à géométrie vide ou dégénérée</translation>
    </message>
    <message>
        <location filename="../processing/inputs/circuit_inputs.py" line="95"/>
        <source>nodes without a geometry</source>
        <translation>nœuds sans géométrie</translation>
    </message>
    <message>
        <location filename="../processing/inputs/circuit_inputs.py" line="96"/>
        <source>nodes without a number</source>
        <translation>nœuds sans numéro</translation>
    </message>
    <message>
        <location filename="../processing/inputs/circuit_inputs.py" line="198"/>
        <source>The sequence has no node number: write the numbers in riding order, such as 12-45-3-78-12.</source>
        <translation>La suite n'a aucun numéro de nœud : écrivez les numéros dans l'ordre du parcours, comme 12-45-3-78-12.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/circuit_inputs.py" line="200"/>
        <source>The sequence has a single number ({number}): a circuit needs at least two, such as 12-45-3-78-12.</source>
        <translation>La suite n'a qu'un numéro ({number}) : un circuit en demande au moins deux, comme 12-45-3-78-12.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/circuit_inputs.py" line="202"/>
        <source>Node {number} follows itself in the sequence: remove one of the two.</source>
        <translation>Le nœud {number} se suit lui-même dans la suite : retirez l'un des deux.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/circuit_inputs.py" line="203"/>
        <source>Node number {number} is not in the nodes layer: check the number and the node number field (NODE_FIELD).</source>
        <translation>Le numéro de nœud {number} n'est pas dans la couche des nœuds : vérifiez le numéro et le champ du numéro de nœud (NODE_FIELD).</translation>
    </message>
    <message>
        <location filename="../processing/inputs/circuit_inputs.py" line="205"/>
        <source>Node number {number} is not in the network {network}: check the number and the network.</source>
        <translation>Le numéro de nœud {number} n'est pas dans le réseau {network} : vérifiez le numéro et le réseau.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/circuit_inputs.py" line="218"/>
        <source>No node is in the network {network}: check the network&apos;s name.</source>
        <translation>Aucun nœud n'est dans le réseau {network} : vérifiez le nom du réseau.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/circuit_inputs.py" line="222"/>
        <source>Node {number} is {distance:.0f} m from the network (more than MAX_NODE_DISTANCE): move it onto the network or raise MAX_NODE_DISTANCE.</source>
        <translation>Le nœud {number} est à {distance:.0f} m du réseau (plus que MAX_NODE_DISTANCE) : déplacez-le sur le réseau ou augmentez MAX_NODE_DISTANCE.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/circuit_inputs.py" line="225"/>
        <source>Nodes {number} and {other} are at the same point: fix their positions, or keep only one of them in the sequence.</source>
        <translation>Les nœuds {number} et {other} sont au même point : corrigez leurs positions, ou ne gardez que l'un des deux dans la suite.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/circuit_inputs.py" line="227"/>
        <source>No path along the network joins node {number} to node {other}: they are in separate parts of the network, or a section between them is missing (the diagnostics of Gaps between aires show the breaks).</source>
        <translation>Aucun chemin le long du réseau ne relie le nœud {number} au nœud {other} : ils sont dans des parties séparées du réseau, ou un tronçon manque entre eux (les diagnostics d'Écarts entre aires montrent les coupures).</translation>
    </message>
    <message>
        <location filename="../processing/layers/profile_io.py" line="18"/>
        <source>The DEM must be a raster file (GeoTIFF, VRT…) that GDAL can read.</source>
        <translation>Le MNT doit être un fichier raster (GeoTIFF, VRT…) lisible par GDAL.</translation>
    </message>
    <message>
        <location filename="../processing/database/postgis_db.py" line="208"/>
        <source>the schema {}</source>
        <translation>le schéma {}</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="133"/>
        <source>The GeoPackage refused: {}</source>
        <translation>Le GeoPackage a refusé : {}</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="188"/>
        <source>Could not create the table {}.</source>
        <translation>Impossible de créer la table {}.</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="223"/>
        <source>The project database {} does not exist. Create it with Create project database (createprojectdb), or choose another file.</source>
        <translation>La base du projet {} n'existe pas. Créez-la avec Créer la base du projet (createprojectdb), ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="229"/>
        <source>it is not a GeoPackage that can be opened for writing</source>
        <translation>ce n'est pas un GeoPackage ouvrable en écriture</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="252"/>
        <source>{} is not an Itinérance project database ({}). Choose the project database, create one with Create project database (createprojectdb), or set OVERWRITE there to replace it.</source>
        <translation>{} n'est pas une base de projet Itinérance ({}). Choisissez la base du projet, créez-en une avec Créer la base du projet (createprojectdb), ou cochez-y Écraser (OVERWRITE) pour la remplacer.</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="264"/>
        <source>missing: {}</source>
        <translation>il manque : {}</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="267"/>
        <source>{} was written by a newer Itinérance (schema version {}; this one knows up to {}). Update the plugin to use it.</source>
        <translation>{} a été écrite par une version plus récente d'Itinérance (version {} du modèle de données ; celle-ci connaît jusqu'à la version {}). Mettez l'extension à jour pour l'utiliser.</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="298"/>
        <source>Could not start a transaction in {}.</source>
        <translation>Impossible de démarrer une transaction dans {}.</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="308"/>
        <source>Could not write the changes to {}.</source>
        <translation>Impossible d'enregistrer les modifications dans {}.</translation>
    </message>
    <message>
        <location filename="../processing/database/project_db.py" line="528"/>
        <source>Could not read the style of {}: {}</source>
        <translation>Impossible de lire le style de {} : {}</translation>
    </message>
    <message>
        <location filename="../plugin/new_territory.py" line="185"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../plugin/new_territory.py" line="186"/>
        <source>OpenStreetMap (*.osm *.pbf)</source>
        <translation>OpenStreetMap (*.osm *.pbf)</translation>
    </message>
    <message>
        <location filename="../plugin/new_territory.py" line="187"/>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../plugin/new_territory.py" line="189"/>
        <source>DEM tiles (*.asc *.tif *.tiff *.xyz)</source>
        <translation>Dalles de MNT (*.asc *.tif *.tiff *.xyz)</translation>
    </message>
    <message>
        <location filename="../plugin/new_territory.py" line="190"/>
        <source>Polygons (*.gpkg *.geojson *.shp)</source>
        <translation>Polygones (*.gpkg *.geojson *.shp)</translation>
    </message>
    <message>
        <location filename="../plugin/new_territory.py" line="193"/>
        <source>Create the territory</source>
        <translation>Créer le territoire</translation>
    </message>
    <message>
        <location filename="../plugin/new_territory.py" line="212"/>
        <source>Choose the project GeoPackage to create.</source>
        <translation>Choisissez le GeoPackage du projet à créer.</translation>
    </message>
    <message>
        <location filename="../plugin/new_territory.py" line="214"/>
        <source>The project database must be a GeoPackage file ending in .gpkg.</source>
        <translation>La base du projet doit être un fichier GeoPackage se terminant par .gpkg.</translation>
    </message>
    <message>
        <location filename="../plugin/new_territory.py" line="216"/>
        <source>{} already exists: choose a new file (a territory starts from an empty project database).</source>
        <translation>{} existe déjà : choisissez un nouveau fichier (un territoire part d'une base de projet vide).</translation>
    </message>
    <message>
        <location filename="../plugin/new_territory.py" line="219"/>
        <source>The folder {} does not exist.</source>
        <translation>Le dossier {} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../plugin/new_territory.py" line="222"/>
        <source>{} does not exist.</source>
        <translation>{} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../plugin/new_territory.py" line="234"/>
        <source>This version of the plugin has no {}: that source is left out.</source>
        <translation>Cette version de l'extension n'a pas {} : cette source est laissée de côté.</translation>
    </message>
    <message>
        <location filename="../plugin/new_territory.py" line="237"/>
        <source>Itinérance: new territory {}</source>
        <translation>Itinérance : nouveau territoire {}</translation>
    </message>
    <message>
        <location filename="../plugin/new_territory.py" line="241"/>
        <source>Creating the territory…</source>
        <translation>Création du territoire…</translation>
    </message>
    <message>
        <location filename="../plugin/new_territory.py" line="243"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../plugin/new_territory.py" line="271"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../plugin/new_territory.py" line="274"/>
        <source>{} failed: {}
Nothing was kept.</source>
        <translation>{} a échoué : {}
Rien n'a été gardé.</translation>
    </message>
    <message>
        <location filename="../plugin/new_territory.py" line="277"/>
        <source>Cancelled: nothing was kept.</source>
        <translation>Annulé : rien n'a été gardé.</translation>
    </message>
    <message>
        <location filename="../plugin/new_territory.py" line="294"/>
        <source>Territory created in {}.</source>
        <translation>Territoire créé dans {}.</translation>
    </message>
    <message>
        <location filename="../processing/layers/geometry_io.py" line="254"/>
        <source>The perimeter layer {} has no polygon; choose polygons, or leave PERIMETER empty.</source>
        <translation>La couche de périmètre {} n'a aucun polygone ; choisissez des polygones, ou laissez PERIMETER vide.</translation>
    </message>
    <message>
        <location filename="../processing/database/import_target.py" line="47"/>
        <source>Give the project database (DATABASE): its GeoPackage file, or a PostgreSQL connection with its SCHEMA.</source>
        <translation>Donnez la base du projet (DATABASE) : son fichier GeoPackage, ou une connexion PostgreSQL avec son SCHEMA.</translation>
    </message>
    <message>
        <location filename="../processing/database/import_target.py" line="106"/>
        <source>this QGIS cannot store layer metadata in {}</source>
        <translation>cette version de QGIS ne peut pas enregistrer les métadonnées des couches dans {}</translation>
    </message>
    <message>
        <location filename="../processing/database/import_target.py" line="168"/>
        <source>Cannot open {}: {}</source>
        <translation>Impossible d'ouvrir {} : {}</translation>
    </message>
    <message>
        <location filename="../processing/database/import_target.py" line="189"/>
        <source>Cannot open {} for writing: {}</source>
        <translation>Impossible d'ouvrir {} en écriture : {}</translation>
    </message>
    <message>
        <location filename="../processing/database/import_target.py" line="202"/>
        <source>Could not write the changes to {}: {}</source>
        <translation>Impossible d'écrire les modifications dans {} : {}</translation>
    </message>
    <message>
        <location filename="../processing/database/import_target.py" line="219"/>
        <source>The feature {} of {} has gone while importing.</source>
        <translation>L'entité {} de {} a disparu pendant l'import.</translation>
    </message>
    <message>
        <location filename="../processing/database/import_target.py" line="248"/>
        <source>The project database refused {} in {} ({}); nothing was imported.</source>
        <translation>La base du projet a refusé {} dans {} ({}) ; rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../processing/layers/profile_io.py" line="65"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../processing/layers/profile_io.py" line="65"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../processing/layers/profile_io.py" line="65"/>
        <source>no data</source>
        <translation>sans donnée</translation>
    </message>
    <message>
        <location filename="../processing/inputs/place_inputs.py" line="54"/>
        <source>{} is neither a point nor a polygon layer.</source>
        <translation>{} n'est ni une couche de points ni une couche de polygones.</translation>
    </message>
    <message>
        <location filename="../processing/layers/gpx_io.py" line="28"/>
        <source>Day {}: {} → {}</source>
        <translation>Jour {} : {} → {}</translation>
    </message>
    <message>
        <location filename="../processing/layers/gpx_io.py" line="33"/>
        <source>{:.1f} km</source>
        <translation>{:.1f} km</translation>
    </message>
    <message>
        <location filename="../processing/layers/gpx_io.py" line="36"/>
        <source>Night {}</source>
        <translation>Nuit {}</translation>
    </message>
    <message>
        <location filename="../processing/layers/gpx_io.py" line="40"/>
        <source>{} → {}</source>
        <translation>{} → {}</translation>
    </message>
    <message>
        <location filename="../processing/layers/gpx_io.py" line="44"/>
        <source>Could not write {}: {}</source>
        <translation>Impossible d'écrire {} : {}</translation>
    </message>
    <message>
        <location filename="../processing/layouts/stay_sheet.py" line="91"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../processing/layouts/stay_sheet.py" line="99"/>
        <source>On the way</source>
        <translation>En chemin</translation>
    </message>
    <message>
        <location filename="../processing/layouts/stay_sheet.py" line="136"/>
        <source>Night</source>
        <translation>Nuit</translation>
    </message>
    <message>
        <location filename="../processing/layouts/stay_sheet.py" line="132"/>
        <source>Aire</source>
        <translation>Aire</translation>
    </message>
    <message>
        <location filename="../processing/layouts/stay_sheet.py" line="174"/>
        <source>Accueil Vélo</source>
        <translation>Accueil Vélo</translation>
    </message>
    <message>
        <location filename="../processing/layouts/stay_sheet.py" line="141"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../processing/layouts/stay_sheet.py" line="141"/>
        <source>Elevation gain</source>
        <translation>Dénivelé positif</translation>
    </message>
    <message>
        <location filename="../processing/layouts/stay_sheet.py" line="142"/>
        <source>Aires</source>
        <translation>Aires</translation>
    </message>
    <message>
        <location filename="../processing/layouts/stay_sheet.py" line="142"/>
        <source>Accueil Vélo stops</source>
        <translation>Haltes Accueil Vélo</translation>
    </message>
    <message>
        <location filename="../processing/layouts/stay_sheet.py" line="174"/>
        <source>Night at</source>
        <translation>Nuit à</translation>
    </message>
    <message>
        <location filename="../processing/layouts/stay_sheet.py" line="174"/>
        <source>Detour</source>
        <translation>Détour</translation>
    </message>
    <message>
        <location filename="../processing/layouts/stay_sheet.py" line="174"/>
        <source>The night</source>
        <translation>La nuit</translation>
    </message>
    <message>
        <location filename="../processing/layouts/stay_sheet.py" line="174"/>
        <source>The last day ends at the station.</source>
        <translation>La dernière journée s'achève à la gare.</translation>
    </message>
    <message>
        <location filename="../processing/layouts/stay_sheet.py" line="179"/>
        <source>At km</source>
        <translation>Au km</translation>
    </message>
    <message>
        <location filename="../processing/layouts/stay_sheet.py" line="179"/>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <location filename="../processing/layouts/stay_sheet.py" line="179"/>
        <source>Aires and Accueil Vélo on the way</source>
        <translation>Aires et Accueil Vélo en chemin</translation>
    </message>
    <message>
        <location filename="../processing/layouts/stay_sheet.py" line="179"/>
        <source>No aire or Accueil Vélo stop on the way.</source>
        <translation>Aucune aire ni halte Accueil Vélo en chemin.</translation>
    </message>
    <message>
        <location filename="../processing/layouts/stay_sheet.py" line="190"/>
        <source>Rendering the stay sheet: {} page(s)…</source>
        <translation>Rendu de la fiche séjour : {} page(s)…</translation>
    </message>
    <message>
        <location filename="../processing/layouts/stay_sheet.py" line="173"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../processing/layouts/stay_sheet.py" line="173"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../processing/inputs/audit_inputs.py" line="95"/>
        <source>{} has no field {}: choose the field in the parameters.</source>
        <translation>{} n'a pas de champ {} : choisissez le champ dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/audit_inputs.py" line="151"/>
        <source>{} is not a line layer; choose the links layer (liaisons).</source>
        <translation>{} n'est pas une couche de lignes ; choisissez la couche des liaisons (liaisons).</translation>
    </message>
    <message>
        <location filename="../plugin/circuits/circuit_session.py" line="139"/>
        <source>This node has no number: give it one in the Features tab.</source>
        <translation>Ce nœud n'a pas de numéro : donnez-lui-en un dans l'onglet Entités.</translation>
    </message>
    <message>
        <location filename="../plugin/circuits/circuit_session.py" line="146"/>
        <source>This node is not in the network of the mode {}: choose its mode.</source>
        <translation>Ce nœud n'est pas dans le réseau du mode {} : choisissez son mode.</translation>
    </message>
    <message>
        <location filename="../plugin/circuits/circuit_session.py" line="297"/>
        <source>The circuit {} is in {}.</source>
        <translation>Le circuit {} est dans {}.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/circuit_inputs.py" line="186"/>
        <source>{} at {} km</source>
        <translation>{} à {} km</translation>
    </message>
    <message>
        <location filename="../processing/inputs/circuit_inputs.py" line="207"/>
        <source>Node number {number} names {count} nodes at nearly the same distance along the network from node {other}: {candidates}. Write the network after the number, such as {example}.</source>
        <translation>Le numéro de nœud {number} désigne {count} nœuds presque à la même distance, le long du réseau, du nœud {other} : {candidates}. Écrivez le réseau après le numéro, comme {example}.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/circuit_inputs.py" line="210"/>
        <source>Node number {number} names {count} nodes at nearly the same distance along the network from node {other} ({candidates}), and the nodes&apos; networks are not known: set the network field (NETWORK_FIELD) and write the network after the number, such as {number} (Westhoek), or fix the duplicate numbers.</source>
        <translation>Le numéro de nœud {number} désigne {count} nœuds presque à la même distance, le long du réseau, du nœud {other} ({candidates}), et les réseaux des nœuds ne sont pas connus : indiquez le champ du réseau (NETWORK_FIELD) et écrivez le réseau après le numéro, comme {number} (Westhoek), ou corrigez les numéros en double.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/circuit_inputs.py" line="215"/>
        <source>Node number {number} is on {count} points of the network {network} at nearly the same distance from node {other}: fix the duplicate numbers (Check the inventory lists them).</source>
        <translation>Le numéro de nœud {number} est sur {count} points du réseau {network} presque à la même distance du nœud {other} : corrigez les numéros en double (Contrôler l'inventaire les liste).</translation>
    </message>
    <message>
        <location filename="../processing/inputs/circuit_inputs.py" line="220"/>
        <source>The sequence names the network {network}, but the nodes&apos; networks are not known: set the network field of the nodes (NETWORK_FIELD).</source>
        <translation>La suite nomme le réseau {network}, mais les réseaux des nœuds ne sont pas connus : indiquez le champ du réseau des nœuds (NETWORK_FIELD).</translation>
    </message>
    <message>
        <location filename="../processing/inputs/modes.py" line="67"/>
        <source>MODE: {} is not a mode; give one of {} (or its number, 0 to {}).</source>
        <translation>MODE : {} n'est pas un mode ; donnez l'un de {} (ou son rang, de 0 à {}).</translation>
    </message>
    <message>
        <location filename="../processing/inputs/modes.py" line="126"/>
        <source>{} has no mode field: all its features are read as the {} network.</source>
        <translation>{} n'a pas de champ mode : toutes ses entités sont lues comme le réseau {}.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/modes.py" line="137"/>
        <source>{} has no feature of the mode {} ({}): choose the mode of its features (MODE), or the layer of that mode&apos;s network.</source>
        <translation>{} n'a aucune entité du mode {} ({}) : choisissez le mode de ses entités (MODE), ou la couche du réseau de ce mode.</translation>
    </message>
    <message>
        <location filename="../processing/layers/circuit_gpx_io.py" line="31"/>
        <source>{} km, nodes {}</source>
        <translation>{} km, nœuds {}</translation>
    </message>
    <message>
        <location filename="../processing/layers/circuit_gpx_io.py" line="44"/>
        <source>Circuit {}: no elevation from the DEM from km {} to km {} (outside the DEM or no data): the GPX has none there.</source>
        <translation>Circuit {} : pas d'altitude du MNT du km {} au km {} (hors du MNT ou sans donnée) : le GPX n'en a pas là.</translation>
    </message>
    <message>
        <location filename="../processing/layers/circuit_gpx_io.py" line="57"/>
        <source>The GPX cannot be written: {}.</source>
        <translation>Le GPX ne peut pas être écrit : {}.</translation>
    </message>
</context>
<context>
    <name>AccueilVeloCoverage</name>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="92"/>
        <source>Accueil Vélo coverage of routes</source>
        <translation>Couverture Accueil Vélo des itinéraires</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="95"/>
        <source>Network coverage</source>
        <translation>Couverture du réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="101"/>
        <source>Routes (lines)</source>
        <translation>Itinéraires (lignes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="103"/>
        <source>Route name field (groups lines into routes)</source>
        <translation>Champ du nom d'itinéraire (regroupe les lignes en itinéraires)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="106"/>
        <source>Establishments (points)</source>
        <translation>Établissements (points)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="109"/>
        <source>Category field</source>
        <translation>Champ de catégorie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="112"/>
        <source>Label field (which establishments are labelled)</source>
        <translation>Champ du label (établissements labellisés)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="115"/>
        <source>Access distance, straight line (m)</source>
        <translation>Distance d'accès, à vol d'oiseau (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="119"/>
        <source>Report gaps at least this long (m)</source>
        <translation>Signaler les lacunes d'au moins cette longueur (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="122"/>
        <source>Metric CRS for geographic input</source>
        <translation>SCR métrique pour les entrées en SCR géographique</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="125"/>
        <source>Route stretches with their coverage</source>
        <translation>Tronçons d'itinéraire et leur couverture</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="129"/>
        <source>Coverage gaps</source>
        <translation>Lacunes de couverture</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="132"/>
        <source>Establishments with their distance to the routes</source>
        <translation>Établissements et leur distance aux itinéraires</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="135"/>
        <source>Summary per route and category</source>
        <translation>Synthèse par itinéraire et par catégorie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="138"/>
        <source>Route length (m)</source>
        <translation>Longueur des itinéraires (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="138"/>
        <source>Covered share of the routes (%)</source>
        <translation>Part couverte des itinéraires (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="138"/>
        <source>Longest gap (m)</source>
        <translation>Plus longue lacune (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="138"/>
        <source>Establishments within the access distance</source>
        <translation>Établissements situés dans la distance d'accès</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="138"/>
        <source>Eligible establishments not labelled</source>
        <translation>Établissements éligibles non labellisés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="138"/>
        <source>Features skipped (empty or degenerate geometry)</source>
        <translation>Entités ignorées (géométrie vide ou dégénérée)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="149"/>
        <source>Route</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="150"/>
        <source>Start (m along the route)</source>
        <translation>Début (m le long de l'itinéraire)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="151"/>
        <source>End (m along the route)</source>
        <translation>Fin (m le long de l'itinéraire)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="152"/>
        <source>Length (m)</source>
        <translation>Longueur (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="153"/>
        <source>Labelled establishments within reach</source>
        <translation>Établissements labellisés à proximité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="154"/>
        <source>Covered</source>
        <translation>Couvert</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="155"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="156"/>
        <source>Distance to the route (m)</source>
        <translation>Distance à l'itinéraire (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="157"/>
        <source>Nearest route</source>
        <translation>Itinéraire le plus proche</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="158"/>
        <source>Position along the route (m)</source>
        <translation>Position le long de l'itinéraire (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="159"/>
        <source>Eligible (within reach)</source>
        <translation>Éligible (à proximité)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="160"/>
        <source>Labelled</source>
        <translation>Labellisé</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="161"/>
        <source>Prospect (eligible, not labelled)</source>
        <translation>Prospect (éligible, non labellisé)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="162"/>
        <source>Length (km)</source>
        <translation>Longueur (km)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="163"/>
        <source>Covered (%)</source>
        <translation>Couvert (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="164"/>
        <source>Labelled establishments</source>
        <translation>Établissements labellisés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="165"/>
        <source>Longest gap (km)</source>
        <translation>Plus longue lacune (km)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="202"/>
        <source>The establishments must be a layer of points.</source>
        <translation>Les établissements doivent être une couche de points.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="172"/>
        <source>Working CRS: {}</source>
        <translation>SCR de travail : {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="213"/>
        <source>The route layer has no usable line ({} features read). Choose a layer of lines with geometries.</source>
        <translation>La couche des itinéraires n'a aucune ligne utilisable ({} entités lues). Choisissez une couche de lignes avec des géométries.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="246"/>
        <source>establishments: {} feature(s) have no usable point; they are kept in the output with no distance.</source>
        <translation>établissements : {} entité(s) sans point utilisable ; elles sont conservées dans la sortie, sans distance.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="295"/>
        <source>{} route(s), {:.1f} km, {:.1f} % covered, longest gap {:.1f} km; {} eligible establishment(s), {} prospect(s).</source>
        <translation>{} itinéraire(s), {:.1f} km, {:.1f} % couverts, plus longue lacune {:.1f} km ; {} établissement(s) éligible(s), {} prospect(s).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="217"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="221"/>
        <source>route</source>
        <translation>itinéraire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="225"/>
        <source>Route {}: its lines form {} separate pieces; the {} break(s) (longest {:.0f} m) are not counted in its length.</source>
        <translation>Itinéraire {} : ses lignes forment {} morceaux distincts ; les {} coupure(s) (la plus longue : {:.0f} m) ne sont pas comptées dans sa longueur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="307"/>
        <source>Labelled establishment within reach</source>
        <translation>Établissement labellisé à proximité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="307"/>
        <source>No labelled establishment within reach</source>
        <translation>Aucun établissement labellisé à proximité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="310"/>
        <source>Gap (all categories)</source>
        <translation>Lacune (toutes catégories)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="310"/>
        <source>Gap for one category</source>
        <translation>Lacune pour une catégorie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="313"/>
        <source>Labelled Accueil Vélo</source>
        <translation>Labellisé Accueil Vélo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="313"/>
        <source>Prospect: eligible, not labelled</source>
        <translation>Prospect : éligible, non labellisé</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="313"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accueil_velo_coverage.py" line="211"/>
        <source>routes</source>
        <translation>itinéraires</translation>
    </message>
    <message>
        <location filename="../processing/help/accueilvelocoverage.py" line="5"/>
        <source>Which stretches of véloroutes (EuroVelo 5, véloroute de la Lys…) have a labelled Accueil Vélo establishment within reach, overall and per category of establishment, where the gaps are, and which establishments could join the label. A point of a route is covered when a labelled establishment lies within the access distance in a straight line; the covered parts are computed exactly (circles against segments, no buffer polygons).

Parameters
- Routes (ROUTES): lines, e.g. the itineraires layer. Pieces may come unordered and in any direction, as from OpenStreetMap: they are chained by their shared ends (within 1 m), and the distance along the route runs over the chained pieces; breaks between pieces are reported in the log, not counted in the length.
- Route name field (ROUTE_NAME_FIELD): groups the lines into routes, e.g. name. Default: none, the whole layer is one route.
- Establishments (ESTABLISHMENTS): points, e.g. the etablissements layer.
- Category field (CATEGORY_FIELD): hebergement, restauration, loueur, reparateur, site_visite, office_tourisme… gives the coverage per category. Default: none.
- Label field (LABEL_FIELD): says which establishments are labelled (true, 1, oui, yes, vrai or x), e.g. accueil_velo. Default: none, every establishment counts as labelled.
- Access distance, straight line (ACCESS_DISTANCE, m): default 5000 m, the Accueil Vélo criterion that a labelled establishment lies at most 5 km from a cycle route.
- Report gaps at least this long (MIN_GAP_LENGTH, m): filters the Coverage gaps output only. Default 0: every gap.
- Metric CRS for geographic input (TARGET_CRS): used only when the routes are in degrees (e.g. WGS84); projected input is used as it is. Default EPSG:2154 (Lambert-93).

Outputs (all but OUTPUT are written only when asked for: the dialog proposes them, qgis_process writes those it is given)
- Route stretches with their coverage (OUTPUT): the routes cut wherever coverage changes: route, start_m and end_m (distance along the route), length_m, n_establishments (labelled establishments within reach of the whole stretch), one count per category (n_hebergement, n_restauration…), covered. Styled covered or not covered.
- Coverage gaps (GAPS): uncovered stretches overall (category all) and for each category: route, category, start_m, end_m, length_m.
- Establishments with their distance to the routes (ESTABLISHMENTS_OUT): every input establishment, none dropped, with its own fields plus dist_to_route_m, nearest_route, chainage_m (where it is along that route), eligible (within the access distance), labelled, and prospect (eligible but not labelled: whom the tourist office could approach). One without a usable point keeps empty distances.
- Summary per route and category (SUMMARY): a table, one row per route and category (all first): route, category, length_km, covered_pct, n_labelled (labelled establishments within reach of the route), max_gap_km (longest gap, whatever MIN_GAP_LENGTH).

Results (figures, in the log and in qgis_process --json): ROUTE_LENGTH_M, COVERED_PCT, LONGEST_GAP_M, ELIGIBLE_COUNT, PROSPECT_COUNT, SKIPPED_COUNT (features with an empty or degenerate geometry, named in the log).

Example on the sample territory (make demo writes it to build/sample):
qgis_process.bin --json run itinerance:accueilvelocoverage --ROUTES='build/sample/itinerance_sample.gpkg|layername=itineraires' --ROUTE_NAME_FIELD=name --ESTABLISHMENTS='build/sample/itinerance_sample.gpkg|layername=etablissements' --CATEGORY_FIELD=category --LABEL_FIELD=accueil_velo --ACCESS_DISTANCE=5000 --OUTPUT=couverture.gpkg --GAPS=lacunes_av.gpkg --ESTABLISHMENTS_OUT=prospects.gpkg --SUMMARY=synthese.gpkg
Of the 113.7 km of EuroVelo 5 and véloroute de la Lys, 85.5 % have one of the 22 labelled establishments within 5 km (the véloroute de la Lys all of it); the longest gap, on the EuroVelo 5, is 13.7 km; 40 establishments lie within 5 km, 18 of them prospects.

More: the Help button opens the page of this algorithm in the plugin's documentation, docs/algorithms/accueilvelocoverage.md.</source>
        <translation>Quels tronçons de véloroutes (EuroVelo 5, véloroute de la Lys…) ont un établissement labellisé Accueil Vélo à proximité, globalement et par catégorie d'établissement, où sont les lacunes, et quels établissements pourraient rejoindre le label. Un point d'un itinéraire est couvert lorsqu'un établissement labellisé se trouve dans la distance d'accès, à vol d'oiseau ; les parties couvertes sont calculées de façon exacte (cercles contre segments, sans polygones tampons).

Paramètres
- Itinéraires (ROUTES) : lignes, par ex. la couche itineraires. Les morceaux peuvent être dans le désordre et orientés dans n'importe quel sens, comme ceux issus d'OpenStreetMap : ils sont chaînés par leurs extrémités communes (à 1 m près), et la distance le long de l'itinéraire se poursuit d'un morceau chaîné à l'autre ; les coupures entre morceaux sont signalées dans le journal et ne comptent pas dans la longueur.
- Champ du nom d'itinéraire (ROUTE_NAME_FIELD) : regroupe les lignes en itinéraires, par ex. name. Par défaut : aucun, toute la couche forme un seul itinéraire.
- Établissements (ESTABLISHMENTS) : points, par ex. la couche etablissements.
- Champ de catégorie (CATEGORY_FIELD) : hebergement, restauration, loueur, reparateur, site_visite, office_tourisme… donne la couverture par catégorie. Par défaut : aucun.
- Champ du label (LABEL_FIELD) : indique quels établissements sont labellisés (true, 1, oui, yes, vrai ou x), par ex. accueil_velo. Par défaut : aucun, tous les établissements comptent comme labellisés.
- Distance d'accès, à vol d'oiseau (ACCESS_DISTANCE, m) : par défaut 5000 m, le critère Accueil Vélo selon lequel un établissement labellisé se trouve à 5 km au plus d'un itinéraire cyclable.
- Signaler les lacunes d'au moins cette longueur (MIN_GAP_LENGTH, m) : filtre seulement la sortie Lacunes de couverture. Par défaut 0 : toutes les lacunes.
- SCR métrique pour les entrées en SCR géographique (TARGET_CRS) : utilisé seulement quand les itinéraires sont en degrés (par ex. WGS84) ; les données projetées sont utilisées telles quelles. Par défaut EPSG:2154 (Lambert-93).

Sorties (toutes sauf OUTPUT ne sont écrites que si on les demande : la boîte de dialogue les propose, qgis_process écrit celles qu'on lui donne)
- Tronçons d'itinéraire et leur couverture (OUTPUT) : les itinéraires découpés partout où la couverture change : route, start_m et end_m (distance le long de l'itinéraire), length_m, n_establishments (établissements labellisés à proximité de tout le tronçon), un décompte par catégorie (n_hebergement, n_restauration…), covered. Style : couvert ou non couvert.
- Lacunes de couverture (GAPS) : tronçons non couverts, toutes catégories confondues (catégorie all) et pour chaque catégorie : route, category, start_m, end_m, length_m.
- Établissements et leur distance aux itinéraires (ESTABLISHMENTS_OUT) : chaque établissement en entrée, sans exception, avec ses propres champs plus dist_to_route_m, nearest_route, chainage_m (sa position le long de cet itinéraire), eligible (dans la distance d'accès), labelled, et prospect (éligible mais non labellisé : ceux que l'office de tourisme pourrait démarcher). Un établissement sans point utilisable garde des distances vides.
- Synthèse par itinéraire et par catégorie (SUMMARY) : une table, une ligne par itinéraire et par catégorie (all en premier) : route, category, length_km, covered_pct, n_labelled (établissements labellisés à proximité de l'itinéraire), max_gap_km (plus longue lacune, quel que soit MIN_GAP_LENGTH).

Résultats (chiffres, dans le journal et dans qgis_process --json) : ROUTE_LENGTH_M, COVERED_PCT, LONGEST_GAP_M, ELIGIBLE_COUNT, PROSPECT_COUNT, SKIPPED_COUNT (entités à géométrie vide ou dégénérée, citées dans le journal).

Exemple sur le territoire exemple (make demo l'écrit dans build/sample) :
qgis_process.bin --json run itinerance:accueilvelocoverage --ROUTES='build/sample/itinerance_sample.gpkg|layername=itineraires' --ROUTE_NAME_FIELD=name --ESTABLISHMENTS='build/sample/itinerance_sample.gpkg|layername=etablissements' --CATEGORY_FIELD=category --LABEL_FIELD=accueil_velo --ACCESS_DISTANCE=5000 --OUTPUT=couverture.gpkg --GAPS=lacunes_av.gpkg --ESTABLISHMENTS_OUT=prospects.gpkg --SUMMARY=synthese.gpkg
Sur les 113,7 km de l'EuroVelo 5 et de la véloroute de la Lys, 85,5 % ont l'un des 22 établissements labellisés à moins de 5 km (la véloroute de la Lys en totalité) ; la plus longue lacune, sur l'EuroVelo 5, mesure 13,7 km ; 40 établissements se trouvent à moins de 5 km, dont 18 prospects.

Pour en savoir plus : le bouton Aide ouvre la page de cet algorithme dans la documentation de l'extension, docs/algorithms/accueilvelocoverage.md.</translation>
    </message>
</context>
<context>
    <name>AiresGap</name>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="91"/>
        <source>Gaps between aires along the network</source>
        <translation>Écarts entre aires le long du réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="94"/>
        <source>Network coverage</source>
        <translation>Couverture du réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="162"/>
        <source>Largest distance to an aire (m)</source>
        <translation>Plus grande distance à une aire (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="159"/>
        <source>Network feature</source>
        <translation>Entité du réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="160"/>
        <source>Length (m)</source>
        <translation>Longueur (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="161"/>
        <source>Smallest distance to an aire (m)</source>
        <translation>Plus petite distance à une aire (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="163"/>
        <source>Nearest aire</source>
        <translation>Aire la plus proche</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="164"/>
        <source>Served</source>
        <translation>Desservi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="165"/>
        <source>Network part</source>
        <translation>Partie du réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="166"/>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="167"/>
        <source>Worst distance to an aire (m)</source>
        <translation>Distance la plus défavorable à une aire (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="168"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="169"/>
        <source>Newly served length (m)</source>
        <translation>Longueur nouvellement desservie (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="170"/>
        <source>Served share after this site (%)</source>
        <translation>Part desservie après ce site (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="171"/>
        <source>Candidate feature</source>
        <translation>Entité candidate</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="172"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="173"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="174"/>
        <source>Distance (m)</source>
        <translation>Distance (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="175"/>
        <source>Feature</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="187"/>
        <source>Working CRS: {}</source>
        <translation>SCR de travail : {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="212"/>
        <source>Reading the network</source>
        <translation>Lecture du réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="224"/>
        <source>The network layer has no usable line ({} features read). Choose a layer of lines with geometries.</source>
        <translation>La couche du réseau n'a aucune ligne utilisable ({} entités lues). Choisissez une couche de lignes avec des géométries.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="237"/>
        <source>Building the network graph</source>
        <translation>Construction du graphe du réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="244"/>
        <source>Computing distances along the network</source>
        <translation>Calcul des distances le long du réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="262"/>
        <source>Ranking sites for new aires</source>
        <translation>Classement des sites pour de nouvelles aires</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="220"/>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="220"/>
        <source>aires</source>
        <translation>aires</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="220"/>
        <source>candidates</source>
        <translation>sites candidats</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="342"/>
        <source>Aire {} is {:.0f} m from the network (more than {:.0f} m): not counted. Move it onto the network or raise MAX_ATTACH_DISTANCE.</source>
        <translation>L'aire {} est à {:.0f} m du réseau (plus de {:.0f} m) : elle n'est pas comptée. Déplacez-la sur le réseau ou augmentez MAX_ATTACH_DISTANCE.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="358"/>
        <source>No aire in this part of the network</source>
        <translation>Aucune aire dans cette partie du réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="358"/>
        <source>up to {} km</source>
        <translation>jusqu'à {} km</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="359"/>
        <source>{} to {} km</source>
        <translation>de {} à {} km</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="359"/>
        <source>{} to {} km (not served)</source>
        <translation>de {} à {} km (non desservi)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="360"/>
        <source>over {} km (not served)</source>
        <translation>plus de {} km (non desservi)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="361"/>
        <source>Aire off the network</source>
        <translation>Aire hors réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="362"/>
        <source>Near miss (lines almost touching)</source>
        <translation>Quasi-jonction (lignes qui se touchent presque)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="363"/>
        <source>Line end joined to nothing</source>
        <translation>Extrémité de ligne isolée (non raccordée)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="364"/>
        <source>Line shorter than the snap tolerance</source>
        <translation>Ligne plus courte que la tolérance d'accrochage</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="374"/>
        <source>Network {:.1f} km, served {:.1f} km ({:.1f} %), largest distance to an aire {} m, {} gap(s), {} part(s), {} aire(s) off the network.</source>
        <translation>Réseau {:.1f} km, desservi {:.1f} km ({:.1f} %), plus grande distance à une aire {} m, {} lacune(s), {} partie(s), {} aire(s) hors réseau.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="100"/>
        <source>Cycling network (lines)</source>
        <translation>Réseau cyclable (lignes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="104"/>
        <source>Aires (points)</source>
        <translation>Aires (points)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="106"/>
        <source>Aire name field (default: name, if present)</source>
        <translation>Champ du nom de l'aire (par défaut : name, s'il existe)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="109"/>
        <source>Maximum distance to an aire along the network (m)</source>
        <translation>Distance maximale à une aire le long du réseau (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="112"/>
        <source>Snap tolerance for line ends (m)</source>
        <translation>Tolérance d'accrochage des extrémités de ligne (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="115"/>
        <source>Maximum distance from an aire to the network (m)</source>
        <translation>Distance maximale entre une aire et le réseau (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="118"/>
        <source>Number of new sites to suggest</source>
        <translation>Nombre de nouveaux sites à proposer</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="121"/>
        <source>Candidate sites (points; default: the network&apos;s nodes)</source>
        <translation>Sites candidats (points ; par défaut : les nœuds du réseau)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="124"/>
        <source>Metric CRS for geographic input</source>
        <translation>SCR métrique pour les entrées en SCR géographique</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="132"/>
        <source>Network stretches with distance to the nearest aire</source>
        <translation>Tronçons du réseau et distance à l'aire la plus proche</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="136"/>
        <source>Gaps (unserved stretches)</source>
        <translation>Lacunes (tronçons non desservis)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="139"/>
        <source>Suggested sites for new aires</source>
        <translation>Proposition de sites pour de nouvelles aires</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="142"/>
        <source>Diagnostics (aires off the network, network errors)</source>
        <translation>Diagnostics (aires hors réseau, erreurs du réseau)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="145"/>
        <source>Network length (m)</source>
        <translation>Longueur du réseau (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="145"/>
        <source>Served length (m)</source>
        <translation>Longueur desservie (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="145"/>
        <source>Served share of the network (%)</source>
        <translation>Part desservie du réseau (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="145"/>
        <source>Number of gaps</source>
        <translation>Nombre de lacunes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="145"/>
        <source>Aires off the network</source>
        <translation>Aires hors réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="145"/>
        <source>Connected parts of the network</source>
        <translation>Parties du réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="145"/>
        <source>Aires on the network</source>
        <translation>Aires sur le réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="145"/>
        <source>Features skipped (empty or degenerate geometry)</source>
        <translation>Entités ignorées (géométrie vide ou dégénérée)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="103"/>
        <source>Mode (the network&apos;s sections of this mode)</source>
        <translation>Mode (les tronçons du réseau de ce mode)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="127"/>
        <source>Stretches written</source>
        <translation>Tronçons écrits</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="127"/>
        <source>Exact: every stretch</source>
        <translation>Exacts : chaque tronçon</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="127"/>
        <source>Merged: one feature per run of a line within a distance band</source>
        <translation>Fusionnés : un objet par suite d'une ligne dans une classe de distance</translation>
    </message>
    <message>
        <location filename="../processing/help/airesgap.py" line="5"/>
        <source>How far riders are from an aire (cyclist rest or service area) along a cycling network such as a points-nœuds network: the distance along the network from every point to the nearest aire, computed exactly (the network is cut into stretches on which that distance is linear), how much of the network is served, the gaps, the best sites for new aires, and the digitising errors that break the network.

Parameters
- Cycling network (NETWORK): lines, e.g. the troncons layer. Lines are joined where their ends or shared vertices lie within the snap tolerance; lines that cross without a shared vertex are not joined (a bridge over a road is not a junction).
- Mode (MODE): the network's sections of one mode: velo (cycling, the default), marche, cheval, canoe, bateau or roller (qgis_process takes the code, --MODE=marche, or its number in this list from 0). A network without a mode field is taken whole (the log says so).
- Aires (AIRES): points, e.g. the aires layer. Each aire is attached to the nearest point of the network, which is split there: an aire in the middle of a section counts exactly.
- Aire name field (AIRE_NAME_FIELD): names the aires in nearest_aire. Default: the field name if the layer has one, else the feature id.
- Maximum distance to an aire along the network (MAX_DISTANCE, m): a point is served when an aire is at most this far along the network. Default 2500 m: with an aire every 5 km, no one is more than 2.5 km from one.
- Snap tolerance for line ends (SNAP_TOLERANCE, m): default 1 m, for a network digitised with snapping; raise it for a network with small gaps at junctions.
- Maximum distance from an aire to the network (MAX_ATTACH_DISTANCE, m): a farther aire is not counted and is listed in the diagnostics. Default 200 m.
- Number of new sites to suggest (SUGGEST_COUNT): default 3.
- Candidate sites (CANDIDATES): points where a new aire could go (car parks, communal land…). Default: the network's nodes. They are ranked greedily: each site is the one that serves the most network still unserved by the aires and by the sites ranked before it.
- Metric CRS for geographic input (TARGET_CRS): used only when the network is in degrees (e.g. WGS84); projected input is used as it is. Default EPSG:2154 (Lambert-93).
- Stretches written (STRETCHES): 0, every stretch (the default); 1, merged: one feature per run of consecutive stretches of a line within one distance band (the bands of the style), for a département or a region, whose millions of stretches no one can display. The metres per band, per line and served are the same.

Outputs (all but OUTPUT are written only when asked for: the dialog proposes them, qgis_process writes those it is given)
- Network stretches with distance to the nearest aire (OUTPUT): network_fid (the input line), length_m, dist_min_m and dist_max_m (distance along the network to the nearest aire at the nearest and farthest point of the stretch), nearest_aire, covered (true when dist_max_m is at most MAX_DISTANCE), component (the connected part of the network). A part of the network with no aire has no distance and is not covered. Styled in distance bands: up to half of MAX_DISTANCE, up to MAX_DISTANCE, up to twice it, beyond; grey dashes where there is no aire. Merged (STRETCHES=1), a feature is a run of a line within one band: dist_min_m and dist_max_m over the run, nearest_aire the aire nearest to it.
- Gaps (GAPS): each connected set of unserved stretches, merged, longest first: gap_id, length_m, worst_dist_m (its point farthest from an aire), component.
- Suggested sites for new aires (SUGGESTIONS): rank, gain_m (unserved length the site would serve, given the sites ranked before it), coverage_after_pct (served share once it and those before it are built), candidate_fid (the candidate point; empty when the candidates are the network's nodes).
- Diagnostics (DIAGNOSTICS): points to fix, with kind, detail, distance_m and feature_fid. Kinds: off_network_aire (an aire farther than MAX_ATTACH_DISTANCE), near_miss (a line end within max(10 m, 10 × SNAP_TOLERANCE) of another line but not joined to it: likely a digitising error), dangle (a line end joined to nothing), collapsed (a line shorter than the snap tolerance, left out).

Results (figures, in the log and in qgis_process --json): NETWORK_LENGTH_M, COVERED_LENGTH_M, COVERAGE_PCT, MAX_DIST_M (no value when no aire is on the network), GAP_COUNT, OFF_NETWORK_COUNT, COMPONENT_COUNT, AIRE_COUNT, SKIPPED_COUNT (features with an empty or degenerate geometry, named in the log).

Example on the sample territory (make demo writes it to build/sample):
qgis_process.bin --json run itinerance:airesgap --NETWORK='build/sample/itinerance_sample.gpkg|layername=troncons' --AIRES='build/sample/itinerance_sample.gpkg|layername=aires' --AIRE_NAME_FIELD=name --MAX_DISTANCE=2500 --OUTPUT=troncons_distance.gpkg --GAPS=lacunes.gpkg --SUGGESTIONS=propositions.gpkg --DIAGNOSTICS=diagnostics.gpkg
It finds 383 km of network in 2 parts and 24 aires: 36.2 % of the network is served within 2.5 km; 18 gaps remain, the farthest point 18.0 km from an aire; the first suggested site would serve 8.3 km more.

More: the Help button opens the page of this algorithm in the plugin's documentation, docs/algorithms/airesgap.md.</source>
        <translation>À quelle distance les cyclistes sont-ils d'une aire (aire de repos ou de services vélo) le long d'un réseau cyclable comme un réseau points-nœuds : la distance le long du réseau de chaque point à l'aire la plus proche, calculée de façon exacte (le réseau est découpé en tronçons sur lesquels cette distance varie linéairement), la part du réseau desservie, les lacunes, les meilleurs sites pour de nouvelles aires, et les erreurs de numérisation qui coupent le réseau.

Paramètres
- Réseau cyclable (NETWORK) : lignes, par ex. la couche troncons. Les lignes sont raccordées là où leurs extrémités ou des sommets communs sont à moins de la tolérance d'accrochage ; des lignes qui se croisent sans sommet commun ne sont pas raccordées (un pont au-dessus d'une route n'est pas un carrefour).
- Mode (MODE) : les tronçons du réseau d'un seul mode : velo (le vélo, par défaut), marche, cheval, canoe, bateau ou roller (qgis_process prend le code, --MODE=marche, ou son rang dans cette liste à partir de 0). Un réseau sans champ mode est pris en entier (le journal le dit).
- Aires (AIRES) : points, par ex. la couche aires. Chaque aire est rattachée au point le plus proche du réseau, qui y est coupé : une aire au milieu d'un tronçon compte exactement.
- Champ du nom de l'aire (AIRE_NAME_FIELD) : nomme les aires dans nearest_aire. Par défaut : le champ name si la couche en a un, sinon l'identifiant de l'entité.
- Distance maximale à une aire le long du réseau (MAX_DISTANCE, m) : un point est desservi lorsqu'une aire se trouve au plus à cette distance le long du réseau. Par défaut 2500 m : avec une aire tous les 5 km, personne n'est à plus de 2,5 km d'une aire.
- Tolérance d'accrochage des extrémités de ligne (SNAP_TOLERANCE, m) : par défaut 1 m, pour un réseau numérisé avec accrochage ; augmentez-la pour un réseau qui a de petits écarts aux carrefours.
- Distance maximale entre une aire et le réseau (MAX_ATTACH_DISTANCE, m) : une aire plus éloignée n'est pas comptée et figure dans les diagnostics. Par défaut 200 m.
- Nombre de nouveaux sites à proposer (SUGGEST_COUNT) : par défaut 3.
- Sites candidats (CANDIDATES) : points où une nouvelle aire pourrait s'installer (parkings, terrains communaux…). Par défaut : les nœuds du réseau. Ils sont classés de façon gloutonne : chaque site est celui qui dessert le plus de réseau encore non desservi par les aires et par les sites classés avant lui.
- SCR métrique pour les entrées en SCR géographique (TARGET_CRS) : utilisé seulement quand le réseau est en degrés (par ex. WGS84) ; les données projetées sont utilisées telles quelles. Par défaut EPSG:2154 (Lambert-93).
- Tronçons écrits (STRETCHES) : 0, chaque tronçon (par défaut) ; 1, fusionnés : un objet par suite de tronçons consécutifs d'une ligne dans une même classe de distance (les classes du style), pour un département ou une région, dont personne ne peut afficher les millions de tronçons. Les longueurs par classe, par ligne et desservies sont les mêmes.

Sorties (toutes sauf OUTPUT ne sont écrites que si on les demande : la boîte de dialogue les propose, qgis_process écrit celles qu'on lui donne)
- Tronçons du réseau et distance à l'aire la plus proche (OUTPUT) : network_fid (la ligne en entrée), length_m, dist_min_m et dist_max_m (distance le long du réseau à l'aire la plus proche, au point du tronçon le plus proche et au plus éloigné), nearest_aire, covered (vrai lorsque dist_max_m est au plus MAX_DISTANCE), component (la partie connexe du réseau). Une partie du réseau sans aire n'a pas de distance et n'est pas desservie. Style par classes de distance : jusqu'à la moitié de MAX_DISTANCE, jusqu'à MAX_DISTANCE, jusqu'au double, au-delà ; tirets gris là où il n'y a pas d'aire.
- Lacunes (GAPS) : chaque ensemble contigu de tronçons non desservis, fusionné, les plus longs en premier : gap_id, length_m, worst_dist_m (son point le plus éloigné d'une aire), component.
- Proposition de sites pour de nouvelles aires (SUGGESTIONS) : rank, gain_m (longueur non desservie que le site desservirait, compte tenu des sites classés avant lui), coverage_after_pct (part desservie une fois ce site et les précédents aménagés), candidate_fid (le point candidat ; vide quand les candidats sont les nœuds du réseau).
- Diagnostics (DIAGNOSTICS) : points à corriger, avec kind, detail, distance_m et feature_fid. Types : off_network_aire (une aire à plus de MAX_ATTACH_DISTANCE), near_miss (une extrémité de ligne à moins de max(10 m, 10 × SNAP_TOLERANCE) d'une autre ligne sans y être raccordée : probablement une erreur de numérisation), dangle (une extrémité de ligne raccordée à rien), collapsed (une ligne plus courte que la tolérance d'accrochage, écartée).

Résultats (chiffres, dans le journal et dans qgis_process --json) : NETWORK_LENGTH_M, COVERED_LENGTH_M, COVERAGE_PCT, MAX_DIST_M (sans valeur quand aucune aire n'est sur le réseau), GAP_COUNT, OFF_NETWORK_COUNT, COMPONENT_COUNT, AIRE_COUNT, SKIPPED_COUNT (entités à géométrie vide ou dégénérée, citées dans le journal).

Exemple sur le territoire exemple (make demo l'écrit dans build/sample) :
qgis_process.bin --json run itinerance:airesgap --NETWORK='build/sample/itinerance_sample.gpkg|layername=troncons' --AIRES='build/sample/itinerance_sample.gpkg|layername=aires' --AIRE_NAME_FIELD=name --MAX_DISTANCE=2500 --OUTPUT=troncons_distance.gpkg --GAPS=lacunes.gpkg --SUGGESTIONS=propositions.gpkg --DIAGNOSTICS=diagnostics.gpkg
Il trouve 383 km de réseau en 2 parties et 24 aires : 36,2 % du réseau est desservi à moins de 2,5 km ; il reste 18 lacunes, le point le plus éloigné étant à 18,0 km d'une aire ; le premier site proposé desservirait 8,3 km de plus.

Pour en savoir plus : le bouton Aide ouvre la page de cet algorithme dans la documentation de l'extension, docs/algorithms/airesgap.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/aires_gap.py" line="250"/>
        <source>{} stretches, written one feature each: for a network this large, choose merged stretches (STRETCHES=1): one feature per run of a line within a distance band, the same metres per band and the same figures, with about a third as many features to write and to draw.</source>
        <translation>{} tronçons, écrits un objet chacun : pour un réseau de cette taille, choisissez les tronçons fusionnés (STRETCHES=1) : un objet par suite d'une ligne dans une classe de distance, les mêmes mètres par classe et les mêmes chiffres, avec environ trois fois moins d'objets à écrire et à afficher.</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="139"/>
        <source>Link reference</source>
        <translation>Référence de la liaison</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="139"/>
        <source>From node number</source>
        <translation>Numéro du nœud de départ</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="140"/>
        <source>To node number</source>
        <translation>Numéro du nœud d'arrivée</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="140"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="141"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="141"/>
        <source>Length (m)</source>
        <translation>Longueur (m)</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="142"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="142"/>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="143"/>
        <source>Redundant node numbers</source>
        <translation>Numéros de nœuds redondants</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="144"/>
        <source>Unused segments</source>
        <translation>Segments inutilisés</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="145"/>
        <source>Length class</source>
        <translation>Classe de longueur</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="146"/>
        <source>Grade 0–2 % (% of length)</source>
        <translation>Pente 0–2 % (% de la longueur)</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="147"/>
        <source>Grade 2–4 % (% of length)</source>
        <translation>Pente 2–4 % (% de la longueur)</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="148"/>
        <source>Grade 4–6 % (% of length)</source>
        <translation>Pente 4–6 % (% de la longueur)</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="149"/>
        <source>Grade over 6 % (% of length)</source>
        <translation>Pente de plus de 6 % (% de la longueur)</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="150"/>
        <source>Covered by the DEM (%)</source>
        <translation>Couvert par le MNT (%)</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="151"/>
        <source>Steepest 100 m (%)</source>
        <translation>100 m les plus raides (%)</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="151"/>
        <source>Link feature</source>
        <translation>Entité de la liaison</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="152"/>
        <source>Node number</source>
        <translation>Numéro du nœud</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="152"/>
        <source>Sections leaving the node</source>
        <translation>Tronçons partant du nœud</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="153"/>
        <source>Expected links</source>
        <translation>Liaisons attendues</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="153"/>
        <source>Family loops</source>
        <translation>Boucles familiales</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="154"/>
        <source>Sporty loops</source>
        <translation>Boucles sportives</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="154"/>
        <source>Network part</source>
        <translation>Partie du réseau</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="155"/>
        <source>Node feature</source>
        <translation>Entité du nœud</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="155"/>
        <source>Face</source>
        <translation>Maille</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="156"/>
        <source>Perimeter (km)</source>
        <translation>Périmètre (km)</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="156"/>
        <source>Area (km²)</source>
        <translation>Surface (km²)</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="157"/>
        <source>Face class</source>
        <translation>Classe de la maille</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="166"/>
        <source>Short, under 1 km</source>
        <translation>Courte, moins de 1 km</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="166"/>
        <source>Ideal, 1 to 5 km</source>
        <translation>Idéale, de 1 à 5 km</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="167"/>
        <source>Long, 5 to 10 km</source>
        <translation>Longue, de 5 à 10 km</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="167"/>
        <source>Too long, over 10 km</source>
        <translation>Trop longue, plus de 10 km</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="168"/>
        <source>Small, under 8 km round</source>
        <translation>Petite, moins de 8 km de tour</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="169"/>
        <source>Large, over 20 km round</source>
        <translation>Grande, plus de 20 km de tour</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="170"/>
        <source>Ideal, 8 to 20 km round</source>
        <translation>Idéale, de 8 à 20 km de tour</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="188"/>
        <source>No fact</source>
        <translation>Aucun fait</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="188"/>
        <source>Dead end</source>
        <translation>Impasse</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="188"/>
        <source>Expected links differ</source>
        <translation>Liaisons autres que prévues</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="188"/>
        <source>Number clash</source>
        <translation>Numéro en double</translation>
    </message>
    <message>
        <location filename="../processing/layers/audit_rows.py" line="188"/>
        <source>Orphan, on no section</source>
        <translation>Orphelin, sur aucun tronçon</translation>
    </message>
</context>
<context>
    <name>AuditNetwork</name>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="71"/>
        <source>Audit of a node network</source>
        <translation>Audit d'un réseau points-nœuds</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="74"/>
        <source>Circuits</source>
        <translation>Circuits</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="84"/>
        <source>Numbered nodes (points-nœuds)</source>
        <translation>Nœuds numérotés (points-nœuds)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="87"/>
        <source>Node number field</source>
        <translation>Champ du numéro de nœud</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="90"/>
        <source>Network sections (lines)</source>
        <translation>Tronçons du réseau (lignes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="92"/>
        <source>Links between nodes, with their integrity facts (liaisons)</source>
        <translation>Liaisons entre nœuds, avec leurs faits d'intégrité (liaisons)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="95"/>
        <source>Mode (the network audited)</source>
        <translation>Mode (le réseau audité)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="97"/>
        <source>DEM (grades per 100 m)</source>
        <translation>MNT (pentes par 100 m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="99"/>
        <source>Aires: points with water or services</source>
        <translation>Aires : points avec eau ou services</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="102"/>
        <source>Family loops: shortest (km)</source>
        <translation>Boucles familiales : longueur minimale (km)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="102"/>
        <source>Family loops: longest (km)</source>
        <translation>Boucles familiales : longueur maximale (km)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="102"/>
        <source>Family loops: steepest 100 m (%)</source>
        <translation>Boucles familiales : 100 m les plus raides (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="102"/>
        <source>Sporty loops: shortest (km)</source>
        <translation>Boucles sportives : longueur minimale (km)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="102"/>
        <source>Sporty loops: longest (km)</source>
        <translation>Boucles sportives : longueur maximale (km)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="102"/>
        <source>Sporty loops: steepest 100 m (%)</source>
        <translation>Boucles sportives : 100 m les plus raides (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="102"/>
        <source>Longest stretch without water, with aires (km)</source>
        <translation>Plus long trajet sans eau, avec les aires (km)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="112"/>
        <source>Same number within this distance: a clash (m)</source>
        <translation>Même numéro à moins de cette distance : un doublon (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="115"/>
        <source>Title of the report</source>
        <translation>Titre du rapport</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="115"/>
        <source>Audit of the node network</source>
        <translation>Audit du réseau points-nœuds</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="124"/>
        <source>Network field of the nodes (default: network)</source>
        <translation>Champ du réseau des nœuds (par défaut : network)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="127"/>
        <source>Expected links field of the nodes (default: expected_links or expected_rcn_route_relations)</source>
        <translation>Champ des liaisons attendues des nœuds (par défaut : expected_links ou expected_rcn_route_relations)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="132"/>
        <source>Band</source>
        <translation>Bande</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="134"/>
        <source>Numbered nodes in a loop, at most</source>
        <translation>Nœuds numérotés dans une boucle, au plus</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="137"/>
        <source>Maximum distance from a node to the network (m)</source>
        <translation>Distance maximale d'un nœud au réseau (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="141"/>
        <source>Maximum distance from an aire to the network (m)</source>
        <translation>Distance maximale d'une aire au réseau (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="145"/>
        <source>Snap tolerance for line ends (m)</source>
        <translation>Tolérance d'accrochage des extrémités de ligne (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="148"/>
        <source>Metric CRS for geographic input</source>
        <translation>SCR métrique pour les entrées en SCR géographique</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="154"/>
        <source>Links with their facts and classes</source>
        <translation>Liaisons avec leurs faits et leurs classes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="157"/>
        <source>Numbered nodes with their facts and loops</source>
        <translation>Nœuds numérotés avec leurs faits et leurs boucles</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="160"/>
        <source>Faces of the network (loops round them)</source>
        <translation>Mailles du réseau (les boucles qui en font le tour)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="163"/>
        <source>Report (HTML)</source>
        <translation>Rapport (HTML)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="163"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="166"/>
        <source>Report (PDF)</source>
        <translation>Rapport (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="166"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="169"/>
        <source>Links</source>
        <translation>Liaisons</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="169"/>
        <source>Broken links</source>
        <translation>Liaisons cassées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="169"/>
        <source>Facts on the nodes</source>
        <translation>Faits sur les nœuds</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="169"/>
        <source>Length of the links in the ideal range, 1 to 5 km (%)</source>
        <translation>Longueur des liaisons dans la plage idéale, de 1 à 5 km (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="169"/>
        <source>Nodes offering a family loop (%)</source>
        <translation>Nœuds offrant une boucle familiale (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="169"/>
        <source>Nodes offering a sporty loop (%)</source>
        <translation>Nœuds offrant une boucle sportive (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="169"/>
        <source>Connected parts of the network</source>
        <translation>Parties connexes du réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="169"/>
        <source>Dead-end nodes</source>
        <translation>Nœuds en impasse</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="169"/>
        <source>Length of the sections (km)</source>
        <translation>Longueur des tronçons (km)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="169"/>
        <source>Numbered nodes audited</source>
        <translation>Nœuds numérotés audités</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="169"/>
        <source>Family loops</source>
        <translation>Boucles familiales</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="169"/>
        <source>Sporty loops</source>
        <translation>Boucles sportives</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="169"/>
        <source>Faces of the network</source>
        <translation>Mailles du réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="169"/>
        <source>Sections the DEM covers (%)</source>
        <translation>Tronçons couverts par le MNT (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="169"/>
        <source>Links crossing between two networks</source>
        <translation>Liaisons entre deux réseaux</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="169"/>
        <source>Features left out (no number, no geometry)</source>
        <translation>Entités laissées de côté (sans numéro, sans géométrie)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="203"/>
        <source>Working CRS: {}. Mode audited: {}.</source>
        <translation>SCR de travail : {}. Mode audité : {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="205"/>
        <source>Reading the network</source>
        <translation>Lecture du réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="209"/>
        <source>Building the network, its links and its loops</source>
        <translation>Construction du réseau, de ses liaisons et de ses boucles</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="222"/>
        <source>Writing the report</source>
        <translation>Écriture du rapport</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="260"/>
        <source>SECTIONS has no usable line of the mode {} ({} features read, {} of other modes): choose the sections layer, or the mode of its network.</source>
        <translation>SECTIONS n'a aucune ligne utilisable du mode {} ({} entités lues, {} d'autres modes) : choisissez la couche des tronçons, ou le mode de son réseau.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="265"/>
        <source>NODES has no numbered node of the mode {}: no node facts and no loops. Check NODE_FIELD and the nodes&apos; mode.</source>
        <translation>NODES n'a aucun nœud numéroté du mode {} : ni faits sur les nœuds, ni boucles. Vérifiez NODE_FIELD et le mode des nœuds.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="269"/>
        <source>No links layer (LINKS): the integrity facts are skipped; the links are the chains of sections between numbered nodes.</source>
        <translation>Pas de couche des liaisons (LINKS) : les faits d'intégrité sont laissés de côté ; les liaisons sont les suites de tronçons entre nœuds numérotés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="279"/>
        <source>Nodes: {} {} left out.</source>
        <translation>Nœuds : {} {} laissés de côté.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="281"/>
        <source>sections</source>
        <translation>tronçons</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="283"/>
        <source>Links: {} without a geometry left out.</source>
        <translation>Liaisons : {} sans géométrie laissées de côté.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="287"/>
        <source>aires</source>
        <translation>aires</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="290"/>
        <source>{} nodes, sections and links of other modes left aside.</source>
        <translation>{} nœuds, tronçons et liaisons d'autres modes laissés de côté.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="322"/>
        <source>No DEM: no grades, and the loops are not limited by their grade.</source>
        <translation>Pas de MNT : pas de pentes, et les boucles ne sont pas limitées par leur pente.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="336"/>
        <source>{} links ({:.1f} % of their length ideal, 1 to 5 km), {} broken; {} numbered nodes with {} facts, {} dead ends; {} part(s); nodes offering a family loop {:.1f} %, a sporty loop {:.1f} %; {} faces.</source>
        <translation>{} liaisons ({:.1f} % de leur longueur idéale, de 1 à 5 km), {} cassées ; {} nœuds numérotés avec {} faits, {} impasses ; {} partie(s) ; nœuds offrant une boucle familiale {:.1f} %, une boucle sportive {:.1f} % ; {} mailles.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="345"/>
        <source>The DEM covers {:.1f} % of the sections: grades only where it covers, and the loops are not limited by their grade elsewhere.</source>
        <translation>Le MNT couvre {:.1f} % des tronçons : des pentes seulement là où il couvre, et les boucles ne sont pas limitées par leur pente ailleurs.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/audit_network.py" line="350"/>
        <source>{} aire(s) farther than MAX_ATTACH_DISTANCE from the network do not count as water points.</source>
        <translation>{} aire(s) à plus de MAX_ATTACH_DISTANCE du réseau ne comptent pas comme points d'eau.</translation>
    </message>
    <message>
        <location filename="../processing/help/auditnetwork.py" line="5"/>
        <source>Audits a node network (points-nœuds) as a network manager does every season: is it mapped soundly (the integrity facts of its links and nodes), is it well designed (BikeNodePlanner's ratings: links of 1 to 5 km, faces of 8 to 20 km round, the grade of each 100 m, dead ends, parts), and can a family find a loop from each node (5 to 20 km, nothing steeper than 4 %) or a sporty rider (10 to 40 km, up to 6 %), with no stretch over 10 km without water. Where two networks meet (a French and a Belgian one, two EPCI), the report lists the links crossing, the numbers clashing near the border and the routes stopping there.

Inputs
- Numbered nodes (NODES): points, e.g. the noeuds layer; the number in NODE_FIELD (default number), the network in NETWORK_FIELD (default network, when the layer has it). Nodes without a number are counted in SKIPPED_COUNT and left out.
- Expected links field (EXPECTED_FIELD): the number of links each node should have; default expected_links, or OpenStreetMap's expected_rcn_route_relations (expected_rwn_route_relations for walking…) when the layer has it.
- Network sections (SECTIONS): lines, e.g. the troncons layer, joined where their ends or shared vertices lie within SNAP_TOLERANCE (default 1 m).
- Links (LINKS): optional, the liaisons layer (one link per route relation, with its integrity facts). Without it the integrity part is skipped with a message, and the links are the chains of sections between numbered nodes: a chain stops at each numbered node, junction and line end; a link ending at a junction without a number gets the fact unnumbered_junction, at a line end open_end.
- Mode (MODE): the network audited, velo by default (marche, cheval, canoe, bateau, roller): the nodes, sections and links whose mode field says another mode are left aside.
- DEM (DEM) and Band (BAND, default 1): optional; the grade of each 100 m of the sections and links. Where the DEM has no data, no grade: the share covered is given (DEM_COVERED_PCT), and a loop is not barred by a grade it cannot know.
- Aires (AIRES): optional points with water or services. With them, a loop may not run more than MAX_WITHOUT_WATER_KM (default 10 km) between two aires attached to the network (within MAX_ATTACH_DISTANCE, default 200 m).
- Loops: FAMILY_MIN_KM (5), FAMILY_MAX_KM (20), FAMILY_MAX_GRADE_PCT (4), SPORT_MIN_KM (10), SPORT_MAX_KM (40), SPORT_MAX_GRADE_PCT (6); at most MAX_LOOP_NODES (30) numbered nodes in a loop. A loop is a simple cycle of the sections (no point passed twice), counted once whatever its direction; its grade is that of its steepest 100 m, uphill or down.
- Number clash distance (CLASH_DISTANCE_M, default 5000 m): the same number in one network within this distance is a clash; between two networks, a clash near the border, and a dead end this near a node of another network a route stopping at the border.
- Maximum distance from a node to the network (MAX_NODE_DISTANCE, default 25 m): farther, a node is an orphan.
- Title of the report (TITLE), Metric CRS for geographic input (TARGET_CRS, default EPSG:2154).

Outputs
- Links (OUTPUT_LINKS): the links with the liaisons fields (ref, from_number, to_number, mode, network, length_m, state, facts, redundant_numbers, unused_segment_count), length_class (short under 1 km, ideal 1 to 5, long 5 to 10, too_long over 10), the share of their length per grade class (grade_0_2_pct, grade_2_4_pct, grade_4_6_pct, grade_6_plus_pct, of the length the DEM covers), dem_covered_pct, max_grade_pct and link_fid. A link joining nodes of two networks gets the fact crosses_networks.
- Nodes (OUTPUT_NODES): each numbered node with its number, network, degree (sections leaving it), expected_links, facts (orphan, dead_end, expected_links_mismatch, number_clash), family_loops and sport_loops (the loops through it under each profile), component (its part of the network) and node_fid.
- Faces (OUTPUT_LOOPS): the areas the sections enclose, with loop_id, perimeter_km, area_km2 and face_class (small under 8 km round, ideal 8 to 20, large over 20).
- Report (REPORT, HTML) and its PDF page (PDF): the figures, a map, charts of the length, grade and face classes and of the facts, the share of nodes offering a loop, the places to look at first (worst first) and where the networks meet.

Results: LINK_COUNT, BROKEN_COUNT (links with the fact broken), NODE_FACT_COUNT (facts on the nodes), IDEAL_LENGTH_PCT (of the links' length), FAMILY_LOOP_NODE_PCT and SPORT_LOOP_NODE_PCT (of the numbered nodes), COMPONENT_COUNT, DEAD_END_COUNT, NETWORK_KM, NODE_COUNT, FAMILY_LOOP_COUNT and SPORT_LOOP_COUNT (distinct loops), FACE_COUNT, DEM_COVERED_PCT, CROSSING_LINK_COUNT, SKIPPED_COUNT.

Example on the sample territory (make demo writes it to build/sample):
qgis_process.bin --json run itinerance:auditnetwork --NODES='build/sample/itinerance_sample.gpkg|layername=noeuds' --SECTIONS='build/sample/itinerance_sample.gpkg|layername=troncons' --LINKS='build/sample/itinerance_sample.gpkg|layername=liaisons' --DEM=build/sample/dem.tif --AIRES='build/sample/itinerance_sample.gpkg|layername=aires' --OUTPUT_LINKS=liaisons_audit.gpkg --OUTPUT_NODES=noeuds_audit.gpkg --OUTPUT_LOOPS=faces.gpkg --REPORT=audit.html
The sample's 132 links are all of ideal length (100.0 % of their length) and none is broken; its 99 nodes have 0 facts; the network has 35 faces in 2 parts. With water every 10 km at most, 35.4 % of the nodes offer a family loop and 22.2 % a sporty one.

More: the Help button opens the page of this algorithm in the plugin's documentation, docs/algorithms/auditnetwork.md.</source>
        <translation>Audite un réseau points-nœuds comme le fait un gestionnaire de réseau à chaque saison : est-il bien cartographié (les faits d'intégrité de ses liaisons et de ses nœuds), est-il bien conçu (les critères de BikeNodePlanner : des liaisons de 1 à 5 km, des mailles de 8 à 20 km de tour, la pente de chaque 100 m, les impasses, les parties), et une famille peut-elle trouver une boucle depuis chaque nœud (5 à 20 km, rien de plus raide que 4 %) ou un cycliste sportif (10 à 40 km, jusqu'à 6 %), sans plus de 10 km sans eau. Là où deux réseaux se rejoignent (un français et un belge, deux EPCI), le rapport cite les liaisons qui passent de l'un à l'autre, les numéros en double près de la frontière et les itinéraires qui s'y arrêtent.

Entrées
- Nœuds numérotés (NODES) : points, par ex. la couche noeuds ; le numéro dans NODE_FIELD (par défaut number), le réseau dans NETWORK_FIELD (par défaut network, quand la couche l'a). Les nœuds sans numéro sont comptés dans SKIPPED_COUNT et laissés de côté.
- Champ des liaisons attendues (EXPECTED_FIELD) : le nombre de liaisons que chaque nœud devrait avoir ; par défaut expected_links, ou expected_rcn_route_relations d'OpenStreetMap (expected_rwn_route_relations pour la marche…) quand la couche l'a.
- Tronçons du réseau (SECTIONS) : lignes, par ex. la couche troncons, reliées là où leurs extrémités ou des sommets communs sont à moins de SNAP_TOLERANCE (par défaut 1 m).
- Liaisons (LINKS) : facultatif, la couche liaisons (une liaison par relation d'itinéraire, avec ses faits d'intégrité). Sans elle, la partie intégrité est laissée de côté avec un message, et les liaisons sont les suites de tronçons entre nœuds numérotés : une suite s'arrête à chaque nœud numéroté, carrefour et extrémité de ligne ; une liaison qui finit à un carrefour sans numéro reçoit le fait unnumbered_junction, à une extrémité de ligne open_end.
- Mode (MODE) : le réseau audité, velo par défaut (marche, cheval, canoe, bateau, roller) : les nœuds, tronçons et liaisons dont le champ mode indique un autre mode sont laissés de côté.
- MNT (DEM) et Bande (BAND, par défaut 1) : facultatifs ; la pente de chaque 100 m des tronçons et des liaisons. Là où le MNT n'a pas de données, pas de pente : la part couverte est donnée (DEM_COVERED_PCT), et une boucle n'est pas écartée pour une pente qu'on ne peut pas connaître.
- Aires (AIRES) : points facultatifs avec eau ou services. Avec elles, une boucle ne peut pas faire plus de MAX_WITHOUT_WATER_KM (par défaut 10 km) entre deux aires rattachées au réseau (à moins de MAX_ATTACH_DISTANCE, par défaut 200 m).
- Boucles : FAMILY_MIN_KM (5), FAMILY_MAX_KM (20), FAMILY_MAX_GRADE_PCT (4), SPORT_MIN_KM (10), SPORT_MAX_KM (40), SPORT_MAX_GRADE_PCT (6) ; au plus MAX_LOOP_NODES (30) nœuds numérotés dans une boucle. Une boucle est un cycle simple des tronçons (aucun point parcouru deux fois), comptée une fois quel que soit son sens ; sa pente est celle de ses 100 m les plus raides, en montée ou en descente.
- Distance des numéros en double (CLASH_DISTANCE_M, par défaut 5000 m) : le même numéro dans un réseau à moins de cette distance est un doublon ; entre deux réseaux, un doublon près de la frontière, et une impasse aussi près d'un nœud d'un autre réseau un itinéraire qui s'arrête à la frontière.
- Distance maximale d'un nœud au réseau (MAX_NODE_DISTANCE, par défaut 25 m) : au-delà, un nœud est orphelin.
- Titre du rapport (TITLE), SCR métrique pour les entrées en SCR géographique (TARGET_CRS, par défaut EPSG:2154).

Sorties
- Liaisons (OUTPUT_LINKS) : les liaisons avec les champs de la couche liaisons (ref, from_number, to_number, mode, network, length_m, state, facts, redundant_numbers, unused_segment_count), length_class (short moins de 1 km, ideal de 1 à 5, long de 5 à 10, too_long plus de 10), la part de leur longueur par classe de pente (grade_0_2_pct, grade_2_4_pct, grade_4_6_pct, grade_6_plus_pct, de la longueur couverte par le MNT), dem_covered_pct, max_grade_pct et link_fid. Une liaison entre des nœuds de deux réseaux reçoit le fait crosses_networks.
- Nœuds (OUTPUT_NODES) : chaque nœud numéroté avec son numéro, network, degree (tronçons qui en partent), expected_links, facts (orphan, dead_end, expected_links_mismatch, number_clash), family_loops et sport_loops (les boucles qui y passent pour chaque profil), component (sa partie du réseau) et node_fid.
- Mailles (OUTPUT_LOOPS) : les surfaces que les tronçons entourent, avec loop_id, perimeter_km, area_km2 et face_class (small moins de 8 km de tour, ideal de 8 à 20, large plus de 20).
- Rapport (REPORT, HTML) et sa page PDF (PDF) : les chiffres, une carte, des graphiques des classes de longueur, de pente et de maille et des faits, la part des nœuds offrant une boucle, les endroits à voir en premier (les pires d'abord) et là où les réseaux se rejoignent.

Résultats : LINK_COUNT, BROKEN_COUNT (liaisons avec le fait broken), NODE_FACT_COUNT (faits sur les nœuds), IDEAL_LENGTH_PCT (de la longueur des liaisons), FAMILY_LOOP_NODE_PCT et SPORT_LOOP_NODE_PCT (des nœuds numérotés), COMPONENT_COUNT, DEAD_END_COUNT, NETWORK_KM, NODE_COUNT, FAMILY_LOOP_COUNT et SPORT_LOOP_COUNT (boucles distinctes), FACE_COUNT, DEM_COVERED_PCT, CROSSING_LINK_COUNT, SKIPPED_COUNT.

Exemple sur le territoire exemple (make demo l'écrit dans build/sample) :
qgis_process.bin --json run itinerance:auditnetwork --NODES='build/sample/itinerance_sample.gpkg|layername=noeuds' --SECTIONS='build/sample/itinerance_sample.gpkg|layername=troncons' --LINKS='build/sample/itinerance_sample.gpkg|layername=liaisons' --DEM=build/sample/dem.tif --AIRES='build/sample/itinerance_sample.gpkg|layername=aires' --OUTPUT_LINKS=liaisons_audit.gpkg --OUTPUT_NODES=noeuds_audit.gpkg --OUTPUT_LOOPS=faces.gpkg --REPORT=audit.html
Les 132 liaisons de l'exemple sont toutes de longueur idéale (100,0 % de leur longueur) et aucune n'est cassée ; ses 99 nœuds ont 0 fait ; le réseau a 35 mailles en 2 parties. Avec de l'eau au plus tous les 10 km, 35,4 % des nœuds offrent une boucle familiale et 22,2 % une boucle sportive.

Pour en savoir plus : le bouton Aide ouvre la page de cet algorithme dans la documentation de l'extension, docs/algorithms/auditnetwork.md.</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../plugin/dock/audit_panel.py" line="62"/>
        <source>Links</source>
        <translation>Liaisons</translation>
    </message>
    <message>
        <location filename="../plugin/dock/audit_panel.py" line="62"/>
        <source>Broken links</source>
        <translation>Liaisons cassées</translation>
    </message>
    <message>
        <location filename="../plugin/dock/audit_panel.py" line="63"/>
        <source>Facts on the nodes</source>
        <translation>Faits sur les nœuds</translation>
    </message>
    <message>
        <location filename="../plugin/dock/audit_panel.py" line="64"/>
        <source>Links of ideal length, 1–5 km (% of km)</source>
        <translation>Liaisons de longueur idéale, 1–5 km (% des km)</translation>
    </message>
    <message>
        <location filename="../plugin/dock/audit_panel.py" line="65"/>
        <source>Nodes offering a family loop (%)</source>
        <translation>Nœuds offrant une boucle familiale (%)</translation>
    </message>
    <message>
        <location filename="../plugin/dock/audit_panel.py" line="66"/>
        <source>Nodes offering a sporty loop (%)</source>
        <translation>Nœuds offrant une boucle sportive (%)</translation>
    </message>
    <message>
        <location filename="../plugin/dock/audit_panel.py" line="67"/>
        <source>Connected parts</source>
        <translation>Parties connexes</translation>
    </message>
    <message>
        <location filename="../plugin/dock/audit_panel.py" line="68"/>
        <source>Dead ends</source>
        <translation>Impasses</translation>
    </message>
    <message>
        <location filename="../plugin/dock/audit_panel.py" line="94"/>
        <source>The project has no nodes (noeuds) or sections (troncons): add the project database&apos;s layers, or assign layers to the roles in the Layers tab.</source>
        <translation>Le projet n'a pas de nœuds (noeuds) ou de tronçons (troncons) : ajoutez les couches de la base du projet, ou attribuez des couches aux rôles dans l'onglet Couches.</translation>
    </message>
    <message>
        <location filename="../plugin/dock/audit_panel.py" line="107"/>
        <source>The audit failed: {}</source>
        <translation>L'audit a échoué : {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock/audit_panel.py" line="114"/>
        <source>{} km of sections, {} numbered nodes, {} family and {} sporty loops.</source>
        <translation>{} km de tronçons, {} nœuds numérotés, {} boucles familiales et {} boucles sportives.</translation>
    </message>
    <message>
        <location filename="../resources/forms/audit_panel.ui" line="12"/>
        <source>Audit the project&apos;s node network: the integrity of its links and nodes, the length of its links, its faces, and the loops a family or a sporty rider can ride from each node.</source>
        <translation>Auditez le réseau points-nœuds du projet : l'intégrité de ses liaisons et de ses nœuds, la longueur de ses liaisons, ses mailles, et les boucles qu'une famille ou un cycliste sportif peut faire depuis chaque nœud.</translation>
    </message>
    <message>
        <location filename="../resources/forms/audit_panel.ui" line="21"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../resources/forms/audit_panel.ui" line="27"/>
        <source>The network audited: its nodes, sections and links</source>
        <translation>Le réseau audité : ses nœuds, tronçons et liaisons</translation>
    </message>
    <message>
        <location filename="../resources/forms/audit_panel.ui" line="32"/>
        <source>DEM</source>
        <translation>MNT</translation>
    </message>
    <message>
        <location filename="../resources/forms/audit_panel.ui" line="38"/>
        <source>The grades of each 100 m, and the loops&apos; grade limits (none: no grades)</source>
        <translation>Les pentes de chaque 100 m, et les limites de pente des boucles (aucun : pas de pentes)</translation>
    </message>
    <message>
        <location filename="../resources/forms/audit_panel.ui" line="45"/>
        <source>Aires as water points (no stretch over 10 km without one)</source>
        <translation>Aires comme points d'eau (pas plus de 10 km sans l'une d'elles)</translation>
    </message>
    <message>
        <location filename="../resources/forms/audit_panel.ui" line="51"/>
        <source>Audit the network</source>
        <translation>Auditer le réseau</translation>
    </message>
    <message>
        <location filename="../resources/forms/audit_panel.ui" line="56"/>
        <source>The audit runs on the project&apos;s nodes (noeuds), sections (troncons), links (liaisons) and aires.</source>
        <translation>L'audit porte sur les nœuds (noeuds), tronçons (troncons), liaisons (liaisons) et aires du projet.</translation>
    </message>
    <message>
        <location filename="../resources/forms/audit_panel.ui" line="67"/>
        <source>Open the report</source>
        <translation>Ouvrir le rapport</translation>
    </message>
</context>
<context>
    <name>AuditReports</name>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="37"/>
        <source>Length of the sections (km)</source>
        <translation>Longueur des tronçons (km)</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="37"/>
        <source>Links</source>
        <translation>Liaisons</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="38"/>
        <source>Length of the links in the ideal range, 1–5 km (%)</source>
        <translation>Longueur des liaisons dans la plage idéale, 1–5 km (%)</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="108"/>
        <source>Broken links</source>
        <translation>Liaisons cassées</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="39"/>
        <source>Numbered nodes</source>
        <translation>Nœuds numérotés</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="40"/>
        <source>Facts on the nodes</source>
        <translation>Faits sur les nœuds</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="51"/>
        <source>Dead ends</source>
        <translation>Impasses</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="42"/>
        <source>Connected parts</source>
        <translation>Parties connexes</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="42"/>
        <source>Faces</source>
        <translation>Mailles</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="43"/>
        <source>Family loops</source>
        <translation>Boucles familiales</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="44"/>
        <source>Nodes offering a family loop (%)</source>
        <translation>Nœuds offrant une boucle familiale (%)</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="45"/>
        <source>Sporty loops</source>
        <translation>Boucles sportives</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="46"/>
        <source>Nodes offering a sporty loop (%)</source>
        <translation>Nœuds offrant une boucle sportive (%)</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="47"/>
        <source>Sections the DEM covers (%)</source>
        <translation>Tronçons couverts par le MNT (%)</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="48"/>
        <source>Links crossing between two networks</source>
        <translation>Liaisons entre deux réseaux</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="49"/>
        <source>0 to 2 %</source>
        <translation>0 à 2 %</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="49"/>
        <source>2 to 4 %</source>
        <translation>2 à 4 %</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="50"/>
        <source>4 to 6 %</source>
        <translation>4 à 6 %</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="50"/>
        <source>Over 6 %</source>
        <translation>Plus de 6 %</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="51"/>
        <source>Orphan nodes, on no section</source>
        <translation>Nœuds orphelins, sur aucun tronçon</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="52"/>
        <source>Expected links differ</source>
        <translation>Liaisons autres que prévues</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="53"/>
        <source>Number clashes</source>
        <translation>Numéros en double</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="59"/>
        <source>{} · {}</source>
        <translation>{} · {}</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="62"/>
        <source>Audit of the node network</source>
        <translation>Audit du réseau points-nœuds</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="62"/>
        <source>en</source>
        <translation>fr</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="62"/>
        <source>The network in figures</source>
        <translation>Le réseau en chiffres</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="62"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="62"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="62"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="62"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="62"/>
        <source>Places to look at first</source>
        <translation>Les endroits à voir en premier</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="62"/>
        <source>Nothing to report: no broken link, no link over 10 km nor ending without a number, no fact on the nodes.</source>
        <translation>Rien à signaler : aucune liaison cassée, de plus de 10 km ou finissant sans numéro, aucun fait sur les nœuds.</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="62"/>
        <source>Where two networks meet</source>
        <translation>Là où deux réseaux se rejoignent</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="62"/>
        <source>The networks meet without a problem found.</source>
        <translation>Les réseaux se rejoignent sans problème relevé.</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="62"/>
        <source>… and {} more (see the output layers).</source>
        <translation>… et {} de plus (voir les couches en sortie).</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="62"/>
        <source>{}: {}</source>
        <translation>{} : {}</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="62"/>
        <source>Links by length</source>
        <translation>Liaisons par longueur</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="62"/>
        <source>Sections by grade per 100 m</source>
        <translation>Tronçons par pente sur 100 m</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="62"/>
        <source>Faces by perimeter</source>
        <translation>Mailles par périmètre</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="136"/>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="62"/>
        <source>Nodes offering a loop</source>
        <translation>Nœuds offrant une boucle</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="62"/>
        <source>Numbered node</source>
        <translation>Nœud numéroté</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="62"/>
        <source>Node with a fact</source>
        <translation>Nœud avec un fait</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="62"/>
        <source>Aire (water)</source>
        <translation>Aire (eau)</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="62"/>
        <source>Faces: {}</source>
        <translation>Mailles : {}</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="62"/>
        <source>Network {}</source>
        <translation>Réseau {}</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="62"/>
        <source>No DEM was given: no grades, and the loops are not limited by their grade.</source>
        <translation>Aucun MNT n'a été donné : pas de pentes, et les boucles ne sont pas limitées par leur pente.</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="89"/>
        <source>Family loops: {} to {} km, no 100 m steeper than {} %; sporty loops: {} to {} km, up to {} %; at most {} numbered nodes in a loop.</source>
        <translation>Boucles familiales : de {} à {} km, aucun 100 m plus raide que {} % ; boucles sportives : de {} à {} km, jusqu'à {} % ; au plus {} nœuds numérotés dans une boucle.</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="96"/>
        <source>No stretch over {} km without an aire.</source>
        <translation>Pas plus de {} km sans aire.</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="98"/>
        <source>Link lengths and faces as BikeNodePlanner rates them: links of 1 to 5 km and faces of 8 to 20 km round are ideal.</source>
        <translation>Longueurs des liaisons et mailles comme les note BikeNodePlanner : les liaisons de 1 à 5 km et les mailles de 8 à 20 km de tour sont idéales.</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="159"/>
        <source>Link</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="107"/>
        <source>Length (km)</source>
        <translation>Longueur (km)</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="112"/>
        <source>Links ending where no number is</source>
        <translation>Liaisons qui finissent sans numéro</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="117"/>
        <source>Links over 10 km</source>
        <translation>Liaisons de plus de 10 km</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="122"/>
        <source>Steepest links</source>
        <translation>Liaisons les plus raides</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="122"/>
        <source>Steepest 100 m</source>
        <translation>100 m les plus raides</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="122"/>
        <source>Share of the link over 6 %</source>
        <translation>Part de la liaison à plus de 6 %</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="136"/>
        <source>Nodes with facts</source>
        <translation>Nœuds avec des faits</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="164"/>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="152"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="136"/>
        <source>Sections</source>
        <translation>Tronçons</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="140"/>
        <source>Faces over 20 km round</source>
        <translation>Mailles de plus de 20 km de tour</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="140"/>
        <source>Face</source>
        <translation>Maille</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="140"/>
        <source>Perimeter (km)</source>
        <translation>Périmètre (km)</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="152"/>
        <source>Other network</source>
        <translation>Autre réseau</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="159"/>
        <source>Links crossing between networks</source>
        <translation>Liaisons d'un réseau à l'autre</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="161"/>
        <source>Numbers clashing near the border</source>
        <translation>Numéros en double près de la frontière</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="161"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="161"/>
        <source>Distance (km)</source>
        <translation>Distance (km)</translation>
    </message>
    <message>
        <location filename="../processing/layouts/audit_reports.py" line="164"/>
        <source>Routes stopping at the border</source>
        <translation>Itinéraires s'arrêtant à la frontière</translation>
    </message>
</context>
<context>
    <name>BuildCircuit</name>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="135"/>
        <source>Circuit from node numbers</source>
        <translation>Circuit à partir des numéros de nœuds</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="501"/>
        <source>Circuits</source>
        <translation>Circuits</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="144"/>
        <source>Cycling network (lines)</source>
        <translation>Réseau cyclable (lignes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="148"/>
        <source>Numbered nodes (points-nœuds)</source>
        <translation>Nœuds numérotés (points-nœuds)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="151"/>
        <source>Node number field</source>
        <translation>Champ du numéro de nœud</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="154"/>
        <source>Network field of the nodes (numbers repeat across networks)</source>
        <translation>Champ du réseau des nœuds (les numéros se répètent d'un réseau à l'autre)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="164"/>
        <source>Circuit name</source>
        <translation>Nom du circuit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="166"/>
        <source>DEM</source>
        <translation>MNT</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="168"/>
        <source>Aires (points)</source>
        <translation>Aires (points)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="171"/>
        <source>Establishments (points)</source>
        <translation>Établissements (points)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="174"/>
        <source>Distance along the circuit, straight line (m)</source>
        <translation>Distance le long du circuit, à vol d'oiseau (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="178"/>
        <source>Sequence field of a layer of sequences</source>
        <translation>Champ de la suite d'une couche de suites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="181"/>
        <source>Name field of a layer of sequences</source>
        <translation>Champ du nom d'une couche de suites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="185"/>
        <source>Band</source>
        <translation>Bande</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="188"/>
        <source>Label field (which establishments are labelled)</source>
        <translation>Champ du label (établissements labellisés)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="191"/>
        <source>Surface field of the network</source>
        <translation>Champ du revêtement du réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="194"/>
        <source>Maximum distance from a node to the network (m)</source>
        <translation>Distance maximale d'un nœud au réseau (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="198"/>
        <source>Snap tolerance for line ends (m)</source>
        <translation>Tolérance d'accrochage des extrémités de ligne (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="201"/>
        <source>Sampling interval (m; 0 = half a DEM cell)</source>
        <translation>Pas d'échantillonnage (m ; 0 = une demi-cellule du MNT)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="204"/>
        <source>Window of the steepest grade (m)</source>
        <translation>Fenêtre de la pente maximale (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="207"/>
        <source>Metric CRS for geographic input</source>
        <translation>SCR métrique pour les entrées en SCR géographique</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="213"/>
        <source>Folder for the profile charts (PNG and SVG)</source>
        <translation>Dossier des graphiques de profil (PNG et SVG)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="231"/>
        <source>Legs between nodes</source>
        <translation>Étapes entre les nœuds</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="222"/>
        <source>Aires and Accueil Vélo along the circuits</source>
        <translation>Aires et Accueil Vélo le long des circuits</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="225"/>
        <source>Profile points</source>
        <translation>Points du profil</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="231"/>
        <source>Length of the circuits (m)</source>
        <translation>Longueur des circuits (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="231"/>
        <source>Elevation gain of the circuits (m)</source>
        <translation>Dénivelé positif des circuits (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="231"/>
        <source>Aires along the circuits</source>
        <translation>Aires le long des circuits</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="231"/>
        <source>Accueil Vélo establishments along the circuits</source>
        <translation>Établissements Accueil Vélo le long des circuits</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="231"/>
        <source>Circuits built</source>
        <translation>Circuits construits</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="231"/>
        <source>Circuits left out (named in the log)</source>
        <translation>Circuits laissés de côté (cités dans le journal)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="243"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="243"/>
        <source>Node numbers</source>
        <translation>Numéros des nœuds</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="244"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="245"/>
        <source>Legs</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="246"/>
        <source>Length (km)</source>
        <translation>Longueur (km)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="246"/>
        <source>Elevation gain (m)</source>
        <translation>Dénivelé positif (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="247"/>
        <source>Elevation loss (m)</source>
        <translation>Dénivelé négatif (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="248"/>
        <source>Steepest grade (%)</source>
        <translation>Pente maximale (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="249"/>
        <source>Aires along the circuit</source>
        <translation>Aires le long du circuit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="250"/>
        <source>Accueil Vélo along the circuit</source>
        <translation>Accueil Vélo le long du circuit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="251"/>
        <source>Surfaces</source>
        <translation>Revêtements</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="251"/>
        <source>Circuit</source>
        <translation>Circuit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="252"/>
        <source>Leg</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="252"/>
        <source>From node</source>
        <translation>Du nœud</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="253"/>
        <source>To node</source>
        <translation>Au nœud</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="253"/>
        <source>Length (m)</source>
        <translation>Longueur (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="254"/>
        <source>Start (km)</source>
        <translation>Début (km)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="254"/>
        <source>End (km)</source>
        <translation>Fin (km)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="255"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="255"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="256"/>
        <source>Distance from the start (m)</source>
        <translation>Distance depuis le départ (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="257"/>
        <source>Distance to the circuit (m)</source>
        <translation>Distance au circuit (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="258"/>
        <source>Feature</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="258"/>
        <source>Elevation (m)</source>
        <translation>Altitude (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="259"/>
        <source>Grade (%)</source>
        <translation>Pente (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="259"/>
        <source>Grade class</source>
        <translation>Classe de pente</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="302"/>
        <source>Building the network graph</source>
        <translation>Construction du graphe du réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="314"/>
        <source>{}: {} left out.</source>
        <translation>{} : {} laissé(s) de côté.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="278"/>
        <source>Finding the paths between the nodes</source>
        <translation>Recherche des chemins entre les nœuds</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="324"/>
        <source>Aires and establishments: {} without a geometry left out.</source>
        <translation>Aires et établissements : {} sans géométrie laissé(s) de côté.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="522"/>
        <source>{} circuit(s), {:.1f} km in all, {} gained; {} aire(s) and {} Accueil Vélo establishment(s) along them; {} circuit(s) left out.</source>
        <translation>{} circuit(s), {:.1f} km en tout, {} de dénivelé positif ; {} aire(s) et {} établissement(s) Accueil Vélo le long ; {} circuit(s) laissé(s) de côté.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="339"/>
        <source>Give a SEQUENCE: node numbers in riding order such as 12-45-3-78-12, or a layer of sequences.</source>
        <translation>Donnez une suite (SEQUENCE) : des numéros de nœuds dans l'ordre du parcours comme 12-45-3-78-12, ou une couche de suites.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="354"/>
        <source>SEQUENCE: {} is neither node numbers such as 12-45-3-78-12 nor a layer of sequences that could be loaded (check the path or the layer name).</source>
        <translation>SEQUENCE : {} n'est ni une suite de numéros de nœuds comme 12-45-3-78-12 ni une couche de suites qui ait pu être chargée (vérifiez le chemin ou le nom de la couche).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="363"/>
        <source>The layer of sequences {} has no field {}: set SEQUENCE_FIELD to the field holding the node numbers.</source>
        <translation>La couche de suites {} n'a pas de champ {} : indiquez dans SEQUENCE_FIELD le champ qui contient les numéros des nœuds.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="371"/>
        <source>Circuit {}</source>
        <translation>Circuit {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="398"/>
        <source>Circuit {}: {} It is left out.</source>
        <translation>Circuit {} : {} Il est laissé de côté.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="401"/>
        <source>No circuit could be built from the {} sequence(s): see the reasons above.</source>
        <translation>Aucun circuit n'a pu être construit à partir des {} suite(s) : voyez les raisons ci-dessus.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="413"/>
        <source>Reading the DEM along the circuits</source>
        <translation>Lecture du MNT le long des circuits</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="428"/>
        <source>Circuit {} lies outside the DEM (or on no data): no elevation figures.</source>
        <translation>Le circuit {} est hors du MNT (ou sur des cellules sans donnée) : pas de chiffres d'altitude.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="439"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="440"/>
        <source>Gain</source>
        <translation>Dénivelé positif</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="441"/>
        <source>Loss</source>
        <translation>Dénivelé négatif</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="442"/>
        <source>Steepest {} m</source>
        <translation>Pente max. sur {} m</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="456"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="538"/>
        <source>Aire</source>
        <translation>Aire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="538"/>
        <source>Accueil Vélo establishment</source>
        <translation>Établissement Accueil Vélo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="146"/>
        <source>Mode (the sections, nodes and sequences of this mode)</source>
        <translation>Mode (les tronçons, nœuds et suites de ce mode)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="158"/>
        <source>Network of every number that names none (default: the nearest node of each number)</source>
        <translation>Réseau de chaque numéro qui n'en nomme pas (par défaut : le nœud le plus proche de chaque numéro)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="161"/>
        <source>Sequence of node numbers (such as 12-45-3-78-12 or 5-12 (Westhoek)-7), or a layer of sequences</source>
        <translation>Suite de numéros de nœuds (comme 12-45-3-78-12 ou 5-12 (Westhoek)-7), ou une couche de suites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="228"/>
        <source>GPX file (tracks, nodes, aires and Accueil Vélo)</source>
        <translation>Fichier GPX (traces, nœuds, aires et Accueil Vélo)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="228"/>
        <source>GPX files (*.gpx)</source>
        <translation>Fichiers GPX (*.gpx)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/build_circuit.py" line="244"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../processing/help/buildcircuit.py" line="5"/>
        <source>Turns a sequence of points-nœuds numbers, as riders and tourist offices write circuits (12-45-3-78-12), into the route along the network: between consecutive numbers the shortest path along the network (usually the one section joining them). It gives the circuit's length, its elevation gain and profile from a DEM, the aires and Accueil Vélo establishments along it with their distance from the start, the surfaces ridden, the distance table between the nodes, and a GPX file for a phone or a GPS. A circuit may cross from one network into a neighbour (a French and a Belgian network, two intercommunalities), for any mode (cycling, walking, horse riding…).

Parameters
- Cycling network (NETWORK): lines, e.g. the troncons layer. Lines are joined where their ends or shared vertices lie within SNAP_TOLERANCE.
- Mode (MODE): the network of one mode: velo (cycling, the default), marche, cheval, canoe, bateau or roller (qgis_process takes the code, --MODE=marche, or its number in this list from 0). Where the network, the nodes and the layer of sequences have a mode field, only their features of that mode are read; a layer without one is read whole (the log says so).
- Numbered nodes (NODES): points, e.g. the noeuds layer. Each node is attached to the nearest point of the network.
- Node number field (NODE_FIELD): default number. Numbers stored as text or as numbers both work.
- Network field of the nodes (NETWORK_FIELD): the field naming each node's network, e.g. network. Numbers repeat across networks (each intercommunality, each country numbers its own from 1): each number after the first is the node of that number nearest along the network to the node before it, whatever its network, so that a circuit crosses from one network into the next; the first number is the node nearest to the second one; a loop ends on its first node. When two nodes of a number are nearly as near (within 10 %), the one in the network of the node before is taken; otherwise the message lists them with their networks and distances, and the network is written after the number in brackets: 12 (Westhoek). Default: none (the nearest node still resolves a number, but no network can be written).
- Network of every number that names none (NETWORK_NAME): takes every number of the sequence in that one network.
- Sequence (SEQUENCE): the node numbers in riding order, such as 12-45-3-78-12 (dashes, spaces, commas or arrows between them; end on the first number for a loop), a number followed by its network in brackets where it needs one, such as 5-12 (Westhoek)-7 (names with spaces and accents as they are). Or, to build many circuits at once, a layer of sequences (a file path, or a layer of the project by name, such as circuits): one circuit per feature, its numbers in SEQUENCE_FIELD (default sequence) and its name in NAME_FIELD (default name); a field of that layer named like NETWORK_FIELD gives the network of its numbers, and with a mode field only its circuits of MODE are built.
- Circuit name (NAME): the name of a single circuit. Default: its sequence.
- DEM (DEM) and Band (BAND, default 1): optional; a raster GDAL reads, in any CRS. With it, each circuit gets its gain, loss, steepest grade and profile.
- Aires (AIRES) and Establishments (ESTABLISHMENTS): optional points, e.g. aires and etablissements. The establishments count when labelled Accueil Vélo: LABEL_FIELD (default accueil_velo when the layer has it, else every establishment).
- Distance along the circuit (ACCESS_DISTANCE, m): an aire or establishment is along the circuit when it lies at most this far from it in a straight line. Default 500 m.
- Surface field (SURFACE_FIELD): the network's surface, for the surfaces summary. Default surface when the network has it.
- Maximum distance from a node to the network (MAX_NODE_DISTANCE, m): default 25 m. A node farther away cannot be used and is named.
- Snap tolerance for line ends (SNAP_TOLERANCE, m): default 1 m.
- Sampling interval (STEP, m; 0 = half a DEM cell) and Window of the steepest grade (GRADE_WINDOW, m, default 100): as in Slope profiles and climbs.
- Folder for the profile charts (CHARTS_FOLDER): one PNG and one SVG per circuit, when a DEM is given. Default: no charts.
- Metric CRS for geographic input (TARGET_CRS): default EPSG:2154 (Lambert-93).

Outputs (all but OUTPUT are written only when asked for: the dialog proposes LEGS, STOPS and PROFILE; qgis_process writes what it is given)
- Circuits (OUTPUT): one line per circuit: name, sequence (the numbers as 12-45-3-78-12), network (the networks it runs through, in riding order), mode, leg_count, length_km, gain_m, loss_m, max_grade_pct (empty without a DEM), n_aires and n_accueil_velo (along the circuit), surfaces (the share of each surface, longest first).
- Legs between nodes (LEGS): the distance table, one line per leg: circuit, leg (1, 2…), from_node, to_node, length_m, start_km and end_km (from the start of the circuit).
- Aires and Accueil Vélo along the circuits (STOPS): one point per stop and circuit, in riding order: circuit, kind (aire or accueil_velo), name, category, chainage_m (where the circuit passes it first, from the start), distance_m (from the circuit), feature_fid.
- Profile points (PROFILE, with a DEM): a point every STEP with circuit, chainage_m, z_m, grade_pct and grade_class, as Slope profiles and climbs gives.
- GPX file (OUTPUT_GPX): a GPX 1.1 file, one track per circuit (with a DEM, a point every STEP and its elevation; where the DEM has no value, no elevation there, and the log says from which km to which), a waypoint per numbered node (named by its number, its network as description) and per aire and Accueil Vélo establishment along the way. Phones, GPS, QGIS and gpsbabel read it.

A sequence that cannot be built stops the algorithm with a message naming the number at fault: a number not in the nodes (or not in the network written after it), a number on nodes nearly as near (with the candidates, their networks and distances), a node far from the network, two consecutive numbers with no path between them, a single number. In a layer of sequences, such a circuit is left out, named in the log with the reason and counted in SKIPPED_COUNT.

Results (figures, in the log and in qgis_process --json), for all the circuits together: LENGTH_M, GAIN_M (no value without a DEM), AIRE_COUNT, ACCUEIL_VELO_COUNT, LEG_COUNT, CIRCUIT_COUNT, SKIPPED_COUNT (circuits left out), CHARTS_FOLDER when charts were drawn and OUTPUT_GPX when the GPX was written.

Example on the sample territory (make demo writes it to build/sample):
qgis_process.bin --json run itinerance:buildcircuit --NETWORK='build/sample/itinerance_sample.gpkg|layername=troncons' --NODES='build/sample/itinerance_sample.gpkg|layername=noeuds' --NODE_FIELD=number --NETWORK_FIELD=network --SEQUENCE=25-35-44-41-40-45-31-29-32-21-23-34-25 --NAME='Boucle des Monts' --DEM=build/sample/dem.tif --AIRES='build/sample/itinerance_sample.gpkg|layername=aires' --ESTABLISHMENTS='build/sample/itinerance_sample.gpkg|layername=etablissements' --OUTPUT=circuit.gpkg --LEGS=etapes.gpkg --STOPS=arrets.gpkg --PROFILE=profil.gpkg --OUTPUT_GPX=boucle_des_monts.gpx
The Boucle des Monts is 36.5 km long in 12 legs and climbs 173 m, 8.5 % over its steepest 100 m; 5 aires lie within 500 m of it, the first at km 5.9. Given the sample's circuits layer as SEQUENCE ('build/sample/itinerance_sample.gpkg|layername=circuits'), it builds its 3 circuits, 65.6 km in all.

More: the Help button opens the page of this algorithm in the plugin's documentation, docs/algorithms/buildcircuit.md.</source>
        <translation>Transforme une suite de numéros de points-nœuds, comme les cyclistes et les offices de tourisme écrivent les circuits (12-45-3-78-12), en itinéraire sur le réseau : entre deux numéros consécutifs, le plus court chemin le long du réseau (le plus souvent le tronçon qui les relie). Il donne la longueur du circuit, son dénivelé et son profil d'après un MNT, les aires et les établissements Accueil Vélo le long du circuit avec leur distance depuis le départ, les revêtements parcourus, le tableau des distances entre les nœuds et un fichier GPX pour un téléphone ou un GPS. Un circuit peut passer d'un réseau au réseau voisin (un réseau français et un réseau belge, deux intercommunalités), pour tout mode (vélo, marche, équitation…).

Paramètres
- Réseau cyclable (NETWORK) : lignes, par ex. la couche troncons. Les lignes sont reliées là où leurs extrémités ou des sommets communs sont à moins de SNAP_TOLERANCE.
- Mode (MODE) : le réseau d'un seul mode : velo (le vélo, par défaut), marche, cheval, canoe, bateau ou roller (qgis_process prend le code, --MODE=marche, ou son rang dans cette liste à partir de 0). Là où le réseau, les nœuds et la couche de suites ont un champ mode, seules leurs entités de ce mode sont lues ; une couche sans ce champ est lue en entier (le journal le dit).
- Nœuds numérotés (NODES) : points, par ex. la couche noeuds. Chaque nœud est rattaché au point le plus proche du réseau.
- Champ du numéro de nœud (NODE_FIELD) : par défaut number. Les numéros enregistrés en texte ou en nombre conviennent tous deux.
- Champ du réseau des nœuds (NETWORK_FIELD) : le champ qui nomme le réseau de chaque nœud, par ex. network. Les numéros se répètent d'un réseau à l'autre (chaque intercommunalité, chaque pays numérote les siens à partir de 1) : chaque numéro après le premier est le nœud de ce numéro le plus proche, le long du réseau, du nœud précédent, quel que soit son réseau, de sorte qu'un circuit passe d'un réseau au suivant ; le premier numéro est le nœud le plus proche du deuxième ; une boucle finit sur son premier nœud. Quand deux nœuds d'un numéro sont presque aussi proches (à 10 % près), celui du réseau du nœud précédent est pris ; sinon le message les liste avec leur réseau et leur distance, et le réseau s'écrit après le numéro, entre parenthèses : 12 (Westhoek). Par défaut : aucun (le nœud le plus proche départage encore un numéro, mais aucun réseau ne peut être écrit).
- Réseau de chaque numéro qui n'en nomme pas (NETWORK_NAME) : prend tous les numéros de la suite dans ce seul réseau.
- Suite (SEQUENCE) : les numéros des nœuds dans l'ordre du parcours, comme 12-45-3-78-12 (tirets, espaces, virgules ou flèches entre eux ; finir sur le premier numéro pour une boucle), un numéro suivi de son réseau entre parenthèses là où il en a besoin, comme 5-12 (Westhoek)-7 (les noms avec leurs espaces et leurs accents). Ou, pour construire plusieurs circuits d'un coup, une couche de suites (un chemin de fichier, ou une couche du projet par son nom, comme circuits) : un circuit par entité, ses numéros dans SEQUENCE_FIELD (par défaut sequence) et son nom dans NAME_FIELD (par défaut name) ; un champ de cette couche nommé comme NETWORK_FIELD donne le réseau de ses numéros, et avec un champ mode seuls ses circuits de MODE sont construits.
- Nom du circuit (NAME) : le nom d'un circuit seul. Par défaut : sa suite.
- MNT (DEM) et Bande (BAND, par défaut 1) : facultatifs ; un raster lisible par GDAL, dans n'importe quel SCR. Avec lui, chaque circuit reçoit son dénivelé positif et négatif, sa pente maximale et son profil.
- Aires (AIRES) et Établissements (ESTABLISHMENTS) : points facultatifs, par ex. aires et etablissements. Les établissements comptent quand ils sont labellisés Accueil Vélo : LABEL_FIELD (par défaut accueil_velo quand la couche l'a, sinon chaque établissement).
- Distance le long du circuit (ACCESS_DISTANCE, m) : une aire ou un établissement est le long du circuit quand il en est au plus à cette distance à vol d'oiseau. Par défaut 500 m.
- Champ du revêtement (SURFACE_FIELD) : le revêtement du réseau, pour le résumé des revêtements. Par défaut surface quand le réseau l'a.
- Distance maximale d'un nœud au réseau (MAX_NODE_DISTANCE, m) : par défaut 25 m. Un nœud plus éloigné ne peut pas être utilisé et il est cité.
- Tolérance d'accrochage des extrémités de ligne (SNAP_TOLERANCE, m) : par défaut 1 m.
- Pas d'échantillonnage (STEP, m ; 0 = une demi-cellule du MNT) et Fenêtre de la pente maximale (GRADE_WINDOW, m, par défaut 100) : comme pour Profils altimétriques et ascensions.
- Dossier des graphiques de profil (CHARTS_FOLDER) : un PNG et un SVG par circuit, quand un MNT est donné. Par défaut : pas de graphiques.
- SCR métrique pour les entrées en SCR géographique (TARGET_CRS) : par défaut EPSG:2154 (Lambert-93).

Sorties (toutes sauf OUTPUT ne sont écrites que si on les demande : la boîte de dialogue propose LEGS, STOPS et PROFILE ; qgis_process écrit celles qu'on lui donne)
- Circuits (OUTPUT) : une ligne par circuit : name, sequence (les numéros sous la forme 12-45-3-78-12), network (les réseaux qu'il parcourt, dans l'ordre), mode, leg_count, length_km, gain_m, loss_m, max_grade_pct (vides sans MNT), n_aires et n_accueil_velo (le long du circuit), surfaces (la part de chaque revêtement, le plus long d'abord).
- Étapes entre les nœuds (LEGS) : le tableau des distances, une ligne par étape : circuit, leg (1, 2…), from_node, to_node, length_m, start_km et end_km (depuis le départ du circuit).
- Aires et Accueil Vélo le long des circuits (STOPS) : un point par arrêt et par circuit, dans l'ordre du parcours : circuit, kind (aire ou accueil_velo), name, category, chainage_m (là où le circuit y passe la première fois, depuis le départ), distance_m (au circuit), feature_fid.
- Points du profil (PROFILE, avec un MNT) : un point tous les STEP avec circuit, chainage_m, z_m, grade_pct et grade_class, comme les donne Profils altimétriques et ascensions.
- Fichier GPX (OUTPUT_GPX) : un fichier GPX 1.1, une trace par circuit (avec un MNT, un point tous les STEP et son altitude ; là où le MNT n'a pas de valeur, pas d'altitude, et le journal dit de quel km à quel km), un point de passage par nœud numéroté (nommé par son numéro, son réseau en description) et par aire et établissement Accueil Vélo sur le parcours. Les téléphones, les GPS, QGIS et gpsbabel le lisent.

Une suite qui ne peut pas être construite arrête l'algorithme avec un message qui cite le numéro en cause : un numéro absent des nœuds (ou du réseau écrit après lui), un numéro sur des nœuds presque aussi proches (avec les candidats, leur réseau et leur distance), un nœud loin du réseau, deux numéros consécutifs sans chemin entre eux, un numéro seul. Dans une couche de suites, un tel circuit est laissé de côté, cité dans le journal avec la raison et compté dans SKIPPED_COUNT.

Résultats (chiffres, dans le journal et dans qgis_process --json), pour l'ensemble des circuits : LENGTH_M, GAIN_M (sans valeur sans MNT), AIRE_COUNT, ACCUEIL_VELO_COUNT, LEG_COUNT, CIRCUIT_COUNT, SKIPPED_COUNT (circuits laissés de côté), CHARTS_FOLDER quand des graphiques ont été dessinés et OUTPUT_GPX quand le GPX a été écrit.

Exemple sur le territoire exemple (make demo l'écrit dans build/sample) :
qgis_process.bin --json run itinerance:buildcircuit --NETWORK='build/sample/itinerance_sample.gpkg|layername=troncons' --NODES='build/sample/itinerance_sample.gpkg|layername=noeuds' --NODE_FIELD=number --NETWORK_FIELD=network --SEQUENCE=25-35-44-41-40-45-31-29-32-21-23-34-25 --NAME='Boucle des Monts' --DEM=build/sample/dem.tif --AIRES='build/sample/itinerance_sample.gpkg|layername=aires' --ESTABLISHMENTS='build/sample/itinerance_sample.gpkg|layername=etablissements' --OUTPUT=circuit.gpkg --LEGS=etapes.gpkg --STOPS=arrets.gpkg --PROFILE=profil.gpkg --OUTPUT_GPX=boucle_des_monts.gpx
La Boucle des Monts fait 36,5 km en 12 étapes et monte de 173 m, 8,5 % sur ses 100 m les plus raides ; 5 aires sont à moins de 500 m, la première au km 5,9. Avec la couche circuits du territoire exemple comme SEQUENCE ('build/sample/itinerance_sample.gpkg|layername=circuits'), il construit ses 3 circuits, 65,6 km en tout.

Pour en savoir plus : le bouton Aide ouvre la page de cet algorithme dans la documentation de l'extension, docs/algorithms/buildcircuit.md.</translation>
    </message>
</context>
<context>
    <name>CheckInventory</name>
    <message>
        <location filename="../processing/inputs/inventory_findings.py" line="52"/>
        <source>Duplicate node numbers in one network</source>
        <translation>Numéros de nœud en double dans un même réseau</translation>
    </message>
    <message>
        <location filename="../processing/inputs/inventory_findings.py" line="52"/>
        <source>Aires, nodes, establishments far from the network</source>
        <translation>Aires, nœuds et établissements éloignés du réseau</translation>
    </message>
    <message>
        <location filename="../processing/inputs/inventory_findings.py" line="52"/>
        <source>Accueil Vélo establishments without a label date</source>
        <translation>Établissements Accueil Vélo sans date de labellisation</translation>
    </message>
    <message>
        <location filename="../processing/inputs/inventory_findings.py" line="52"/>
        <source>Missing names</source>
        <translation>Noms manquants</translation>
    </message>
    <message>
        <location filename="../processing/inputs/inventory_findings.py" line="52"/>
        <source>Invalid or empty geometries</source>
        <translation>Géométries invalides ou vides</translation>
    </message>
    <message>
        <location filename="../processing/inputs/inventory_findings.py" line="52"/>
        <source>Network near misses (lines almost touching)</source>
        <translation>Quasi-jonctions du réseau (lignes qui se touchent presque)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="66"/>
        <source>Check the inventory</source>
        <translation>Contrôler l'inventaire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="69"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="84"/>
        <source>Largest distance from aires and nodes to the network (m)</source>
        <translation>Distance maximale des aires et des nœuds au réseau (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="87"/>
        <source>Largest distance from establishments to the network (m)</source>
        <translation>Distance maximale des établissements au réseau (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="91"/>
        <source>Near-miss distance between a line end and a line (m)</source>
        <translation>Distance de quasi-jonction entre une extrémité de ligne et une ligne (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="94"/>
        <source>Metric CRS for geographic input</source>
        <translation>SCR métrique pour les entrées en SCR géographique</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="97"/>
        <source>Findings</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="99"/>
        <source>Number of findings</source>
        <translation>Nombre d'anomalies</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="99"/>
        <source>Number of errors</source>
        <translation>Nombre d'erreurs</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="99"/>
        <source>Number of features checked</source>
        <translation>Nombre d'entités contrôlées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="108"/>
        <source>Aires (points)</source>
        <translation>Aires (points)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="109"/>
        <source>Establishments (points)</source>
        <translation>Établissements (points)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="110"/>
        <source>Network nodes (points)</source>
        <translation>Nœuds du réseau (points)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="111"/>
        <source>Network sections (lines)</source>
        <translation>Tronçons du réseau (lignes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="112"/>
        <source>Itineraries (lines)</source>
        <translation>Itinéraires (lignes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="113"/>
        <source>Green network (lines)</source>
        <translation>Trame verte (lignes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="114"/>
        <source>Hubs (polygons)</source>
        <translation>Pôles (polygones)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="115"/>
        <source>Climbs (lines)</source>
        <translation>Ascensions (lignes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="119"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="119"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="120"/>
        <source>Feature</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="120"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="121"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="128"/>
        <source>Give at least one inventory layer to check: AIRES, ETABLISSEMENTS, NOEUDS, TRONCONS, ITINERAIRES, TRAME, POLES or ASCENSIONS.</source>
        <translation>Donnez au moins une couche d'inventaire à contrôler : AIRES, ETABLISSEMENTS, NOEUDS, TRONCONS, ITINERAIRES, TRAME, POLES ou ASCENSIONS.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="139"/>
        <source>Working CRS: {}</source>
        <translation>SCR de travail : {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="167"/>
        <source>{} finding(s) in {} feature(s), {} error(s).</source>
        <translation>{} anomalie(s) sur {} entité(s), {} erreur(s).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="79"/>
        <source>Mode (the nodes, sections and itineraries of this mode)</source>
        <translation>Mode (les nœuds, tronçons et itinéraires de ce mode)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/check_inventory.py" line="142"/>
        <source>{} has no mode field: all its features are checked.</source>
        <translation>{} n'a pas de champ mode : toutes ses entités sont contrôlées.</translation>
    </message>
    <message>
        <location filename="../processing/help/checkinventory.py" line="5"/>
        <source>Checks the inventory layers and lists what to fix, one point per problem (where it is, so you can zoom to it), with the layer, the feature id, a severity (error or warning) and a message. The same checks run in the Checks tab of the Inventory dock.

Layers (give any of them, at least one): aires (AIRES), establishments (ETABLISSEMENTS), nodes (NOEUDS), network sections (TRONCONS), itineraries (ITINERAIRES), green network (TRAME), hubs (POLES), climbs (ASCENSIONS). A check needing a layer or a field that is missing says so in the findings: nothing is skipped silently.
Mode (MODE): the nodes, sections and itineraries of one mode are checked: velo (cycling, the default), marche, cheval, canoe, bateau or roller (qgis_process takes the code, --MODE=marche, or its number in this list from 0). A layer without a mode field is checked whole (the log says so); the other layers serve every mode.

Checks, each on by default:
- Duplicate node numbers (DUPLICATE_NUMBERS): two nodes with the same number in one network (every node of the group is listed). Error.
- Far from the network (OFF_NETWORK): aires and nodes farther than the tolerance from the network lines (troncons, itineraires, trame), establishments farther than the establishment distance. Warning.
- Label without date (LABEL_WITHOUT_DATE): Accueil Vélo establishments without a label date. Warning.
- Missing names (MISSING_NAMES): features without a name (or only spaces), nodes without a number. Error.
- Invalid geometries (INVALID_GEOMETRIES): no geometry, empty or invalid (self-intersections, rings not closed...), located where GEOS finds the problem. Error.
- Near misses (NEAR_MISSES): a line end closer than the near-miss distance to another line of the same layer without sharing a vertex with it: a likely digitising gap. Warning.

Distances
- Largest distance from aires and nodes to the network (TOLERANCE, m): default 25 m, a point digitised beside its section.
- Largest distance from establishments to the network (ESTABLISHMENT_DISTANCE, m): default 5000 m, the Accueil Vélo criterion of 5 km from a cycle route.
- Near-miss distance (NEAR_MISS, m): the largest gap reported between a line end and another line; default 5 m. Ends 1 mm apart or less count as joined.
- Metric CRS for geographic input (TARGET_CRS): default EPSG:2154 (Lambert-93); projected layers are used as they are.

Output (OUTPUT): points with check, layer (the role: aires, noeuds...), feature_id, severity and message.
Results: FINDING_COUNT (findings), ERROR_COUNT (of which errors), FEATURE_COUNT (features read), and one count per check: DUPLICATE_NUMBERS_COUNT, OFF_NETWORK_COUNT, LABEL_WITHOUT_DATE_COUNT, MISSING_NAMES_COUNT, INVALID_GEOMETRIES_COUNT, NEAR_MISSES_COUNT.

Example, on the sample territory's aires, nodes and sections (2 findings: two aires set 45 m and 65 m off the network on purpose):
qgis_process.bin --json run itinerance:checkinventory --AIRES='build/sample/itinerance_sample.gpkg|layername=aires' --NOEUDS='build/sample/itinerance_sample.gpkg|layername=noeuds' --TRONCONS='build/sample/itinerance_sample.gpkg|layername=troncons' --TOLERANCE=25 --NEAR_MISS=5 --OUTPUT=controles.gpkg

More: the Help button opens the page of this algorithm in the plugin's documentation, docs/algorithms/checkinventory.md.</source>
        <translation>Contrôle les couches d'inventaire et liste ce qu'il faut corriger, un point par anomalie (là où elle se trouve, pour pouvoir zoomer dessus), avec la couche, l'identifiant de l'entité, une gravité (error ou warning) et un message. Les mêmes contrôles sont proposés dans l'onglet Contrôles du panneau Inventaire.

Couches (donnez-en autant que voulu, au moins une) : aires (AIRES), établissements (ETABLISSEMENTS), nœuds (NOEUDS), tronçons du réseau (TRONCONS), itinéraires (ITINERAIRES), trame verte (TRAME), pôles (POLES), ascensions (ASCENSIONS). Un contrôle qui demande une couche ou un champ absent le signale dans les anomalies : rien n'est ignoré en silence.
Mode (MODE) : les nœuds, tronçons et itinéraires d'un seul mode sont contrôlés : velo (le vélo, par défaut), marche, cheval, canoe, bateau ou roller (qgis_process prend le code, --MODE=marche, ou son rang dans cette liste à partir de 0). Une couche sans champ mode est contrôlée en entier (le journal le dit) ; les autres couches servent tous les modes.

Contrôles, tous actifs par défaut :
- Numéros de nœud en double (DUPLICATE_NUMBERS) : deux nœuds portant le même numéro dans un même réseau (tous les nœuds du groupe sont listés). Erreur.
- Éloignés du réseau (OFF_NETWORK) : aires et nœuds plus éloignés des lignes du réseau (troncons, itineraires, trame) que la tolérance, établissements plus éloignés que la distance des établissements. Avertissement.
- Label sans date (LABEL_WITHOUT_DATE) : établissements Accueil Vélo sans date de labellisation. Avertissement.
- Noms manquants (MISSING_NAMES) : entités sans nom (ou avec seulement des espaces), nœuds sans numéro. Erreur.
- Géométries invalides (INVALID_GEOMETRIES) : géométrie absente, vide ou invalide (auto-intersections, anneaux non fermés...), localisée là où GEOS trouve le problème. Erreur.
- Quasi-jonctions (NEAR_MISSES) : une extrémité de ligne plus proche d'une autre ligne de la même couche que la distance de quasi-jonction, sans sommet commun avec elle : probablement un défaut de numérisation. Avertissement.

Distances
- Distance maximale des aires et des nœuds au réseau (TOLERANCE, m) : par défaut 25 m, un point numérisé à côté de son tronçon.
- Distance maximale des établissements au réseau (ESTABLISHMENT_DISTANCE, m) : par défaut 5000 m, le critère Accueil Vélo de 5 km d'un itinéraire cyclable.
- Distance de quasi-jonction (NEAR_MISS, m) : le plus grand écart signalé entre une extrémité de ligne et une autre ligne ; par défaut 5 m. Des extrémités distantes de 1 mm ou moins comptent comme raccordées.
- SCR métrique pour les entrées en SCR géographique (TARGET_CRS) : par défaut EPSG:2154 (Lambert-93) ; les couches projetées sont utilisées telles quelles.

Sortie (OUTPUT) : points avec check, layer (le rôle : aires, noeuds...), feature_id, severity et message.
Résultats : FINDING_COUNT (anomalies), ERROR_COUNT (dont erreurs), FEATURE_COUNT (entités lues), et un décompte par contrôle : DUPLICATE_NUMBERS_COUNT, OFF_NETWORK_COUNT, LABEL_WITHOUT_DATE_COUNT, MISSING_NAMES_COUNT, INVALID_GEOMETRIES_COUNT, NEAR_MISSES_COUNT.

Exemple, sur les aires, les nœuds et les tronçons du territoire exemple (2 anomalies : deux aires placées exprès à 45 m et 65 m du réseau) :
qgis_process.bin --json run itinerance:checkinventory --AIRES='build/sample/itinerance_sample.gpkg|layername=aires' --NOEUDS='build/sample/itinerance_sample.gpkg|layername=noeuds' --TRONCONS='build/sample/itinerance_sample.gpkg|layername=troncons' --TOLERANCE=25 --NEAR_MISS=5 --OUTPUT=controles.gpkg

Pour en savoir plus : le bouton Aide ouvre la page de cet algorithme dans la documentation de l'extension, docs/algorithms/checkinventory.md.</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../plugin/dock/checks_panel.py" line="67"/>
        <source>No inventory layer in the project: add the project database&apos;s layers, or assign layers to the roles in the Layers tab.</source>
        <translation>Aucune couche d'inventaire dans le projet : ajoutez les couches de la base du projet, ou attribuez des couches aux rôles dans l'onglet Couches.</translation>
    </message>
    <message>
        <location filename="../plugin/dock/checks_panel.py" line="77"/>
        <source>The checks failed: {}</source>
        <translation>Les contrôles ont échoué : {}</translation>
    </message>
    <message>
        <location filename="../plugin/dock/checks_panel.py" line="101"/>
        <source>{count} findings ({errors} errors) in {layers} layers. Click one to show it.</source>
        <translation>{count} anomalies ({errors} erreurs) dans {layers} couches. Cliquez sur l'une d'elles pour l'afficher.</translation>
    </message>
    <message>
        <location filename="../plugin/dock/checks_panel.py" line="105"/>
        <source>No problem found in {layers} layers.</source>
        <translation>Aucune anomalie trouvée dans {layers} couches.</translation>
    </message>
    <message>
        <location filename="../resources/forms/checks_panel.ui" line="15"/>
        <source>What to check</source>
        <translation>Paramètres des contrôles</translation>
    </message>
    <message>
        <location filename="../resources/forms/checks_panel.ui" line="24"/>
        <source>Aires and nodes within</source>
        <translation>Aires et nœuds à moins de</translation>
    </message>
    <message>
        <location filename="../resources/forms/checks_panel.ui" line="30"/>
        <source>Largest distance from an aire or a node to the network lines</source>
        <translation>Distance maximale entre une aire ou un nœud et les lignes du réseau</translation>
    </message>
    <message>
        <location filename="../resources/forms/checks_panel.ui" line="59"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../resources/forms/checks_panel.ui" line="38"/>
        <source>Establishments within</source>
        <translation>Établissements à moins de</translation>
    </message>
    <message>
        <location filename="../resources/forms/checks_panel.ui" line="44"/>
        <source>Largest distance from an establishment to the network (Accueil Vélo asks for 5 km at most)</source>
        <translation>Distance maximale entre un établissement et le réseau (Accueil Vélo demande 5 km au plus)</translation>
    </message>
    <message>
        <location filename="../resources/forms/checks_panel.ui" line="52"/>
        <source>Near misses under</source>
        <translation>Quasi-jonctions sous</translation>
    </message>
    <message>
        <location filename="../resources/forms/checks_panel.ui" line="58"/>
        <source>A line end this close to another line without touching it is probably a digitising gap</source>
        <translation>Une extrémité de ligne aussi proche d'une autre ligne sans la toucher est sans doute un défaut de numérisation</translation>
    </message>
    <message>
        <location filename="../resources/forms/checks_panel.ui" line="82"/>
        <source>Run the checks</source>
        <translation>Lancer les contrôles</translation>
    </message>
    <message>
        <location filename="../resources/forms/checks_panel.ui" line="87"/>
        <source>The checks run on the project&apos;s inventory layers (see the Layers tab).</source>
        <translation>Les contrôles portent sur les couches d'inventaire du projet (voir l'onglet Couches).</translation>
    </message>
    <message>
        <location filename="../resources/forms/checks_panel.ui" line="96"/>
        <source>Finding</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <location filename="../resources/forms/checks_panel.ui" line="97"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../resources/forms/checks_panel.ui" line="66"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../resources/forms/checks_panel.ui" line="72"/>
        <source>The nodes, sections and itineraries of this mode are checked (a layer without a mode field is checked whole)</source>
        <translation>Les nœuds, tronçons et itinéraires de ce mode sont contrôlés (une couche sans champ mode est contrôlée en entier)</translation>
    </message>
</context>
<context>
    <name>CircuitPanel</name>
    <message>
        <location filename="../plugin/circuits/circuit_panel.py" line="141"/>
        <source>The project has no nodes layer (noeuds) to pick from: add the project database&apos;s layers.</source>
        <translation>Le projet n'a pas de couche de nœuds (noeuds) où choisir : ajoutez les couches de la base du projet.</translation>
    </message>
    <message>
        <location filename="../plugin/circuits/circuit_panel.py" line="181"/>
        <source>{:.1f} km</source>
        <translation>{:.1f} km</translation>
    </message>
    <message>
        <location filename="../plugin/circuits/circuit_panel.py" line="184"/>
        <source>{:.0f} m</source>
        <translation>{:.0f} m</translation>
    </message>
    <message>
        <location filename="../plugin/circuits/circuit_panel.py" line="186"/>
        <source>{} aire(s), {} Accueil Vélo</source>
        <translation>{} aire(s), {} Accueil Vélo</translation>
    </message>
    <message>
        <location filename="../plugin/circuits/circuit_panel.py" line="209"/>
        <source>The project has no circuits layer: run Create project database on the project database (it adds the layer), then add it to the project.</source>
        <translation>Le projet n'a pas de couche circuits : exécutez Créer la base du projet sur la base du projet (elle ajoute la couche), puis ajoutez-la au projet.</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="12"/>
        <source>Click the nodes on the map in riding order, or type their numbers. End on the first node for a loop.</source>
        <translation>Cliquez les nœuds sur la carte dans l'ordre du parcours, ou tapez leurs numéros. Finissez sur le premier nœud pour une boucle.</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="21"/>
        <source>Pick nodes on the map</source>
        <translation>Choisir les nœuds sur la carte</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="22"/>
        <source>Click the nodes of the circuit on the map, one after the other</source>
        <translation>Cliquez les nœuds du circuit sur la carte, l'un après l'autre</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="29"/>
        <source>Undo last node</source>
        <translation>Annuler le dernier nœud</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="30"/>
        <source>Remove the last node of the sequence</source>
        <translation>Retire le dernier nœud de la suite</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="36"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="37"/>
        <source>Start a new circuit</source>
        <translation>Commencer un nouveau circuit</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="53"/>
        <source>Node numbers</source>
        <translation>Numéros des nœuds</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="59"/>
        <source>12-45-3-78-12</source>
        <translation>12-45-3-78-12</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="65"/>
        <source>Circuit name</source>
        <translation>Nom du circuit</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="71"/>
        <source>Boucle des Monts</source>
        <translation>Boucle des Monts</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="76"/>
        <source>DEM</source>
        <translation>MNT</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="82"/>
        <source>The elevation model for the gain (none: no gain)</source>
        <translation>Le modèle numérique de terrain pour le dénivelé (aucun : pas de dénivelé)</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="100"/>
        <source>The circuit</source>
        <translation>Le circuit</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="103"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="124"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="109"/>
        <source>Elevation gain</source>
        <translation>Dénivelé positif</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="115"/>
        <source>Legs</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="121"/>
        <source>Aires, Accueil Vélo</source>
        <translation>Aires, Accueil Vélo</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="139"/>
        <source>Save to the project database</source>
        <translation>Enregistrer dans la base du projet</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="140"/>
        <source>Add the circuit to the circuits layer (a circuit of the same name is updated)</source>
        <translation>Ajoute le circuit à la couche circuits (un circuit du même nom est mis à jour)</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="145"/>
        <source>Export the sheet…</source>
        <translation>Exporter la fiche…</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="146"/>
        <source>The circuit&apos;s A4 sheet (PDF): map, profile, distances, stops</source>
        <translation>La fiche A4 du circuit (PDF) : carte, profil, distances, arrêts</translation>
    </message>
    <message>
        <location filename="../plugin/circuits/circuit_panel.py" line="226"/>
        <source>Export the circuit as GPX</source>
        <translation>Exporter le circuit en GPX</translation>
    </message>
    <message>
        <location filename="../plugin/circuits/circuit_panel.py" line="226"/>
        <source>GPX files (*.gpx)</source>
        <translation>Fichiers GPX (*.gpx)</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="60"/>
        <source>The node numbers in riding order, separated by dashes or spaces. Each number is the node of that number nearest along the network to the one before, whatever its network: a circuit may cross into a neighbouring network. Where two nodes are as near, write the network after the number in brackets: 12 (Westhoek).</source>
        <translation>Les numéros des nœuds dans l'ordre du parcours, séparés par des tirets ou des espaces. Chaque numéro est le nœud de ce numéro le plus proche, le long du réseau, du précédent, quel que soit son réseau : un circuit peut passer dans un réseau voisin. Là où deux nœuds sont aussi proches, écrivez le réseau après le numéro, entre parenthèses : 12 (Westhoek).</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="87"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="93"/>
        <source>The network of this mode: its sections and nodes (layers without a mode field are taken whole)</source>
        <translation>Le réseau de ce mode : ses tronçons et ses nœuds (les couches sans champ mode sont prises en entier)</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="151"/>
        <source>Export GPX…</source>
        <translation>Exporter en GPX…</translation>
    </message>
    <message>
        <location filename="../resources/forms/circuit_panel.ui" line="152"/>
        <source>The circuit as a GPX 1.1 track for a phone or a GPS: elevations from the DEM, a waypoint per node (its number), aire and Accueil Vélo establishment along the way</source>
        <translation>Le circuit en trace GPX 1.1 pour un téléphone ou un GPS : altitudes tirées du MNT, un point de passage par nœud (son numéro), aire et établissement Accueil Vélo sur le parcours</translation>
    </message>
</context>
<context>
    <name>CreateProjectDb</name>
    <message>
        <location filename="../processing/algorithms/create_project_db.py" line="43"/>
        <source>Create project database</source>
        <translation>Créer la base du projet</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_project_db.py" line="46"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_project_db.py" line="53"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_project_db.py" line="58"/>
        <source>Coordinate reference system (metres)</source>
        <translation>Système de coordonnées (en mètres)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_project_db.py" line="61"/>
        <source>Overwrite an existing file</source>
        <translation>Écraser un fichier existant</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_project_db.py" line="63"/>
        <source>Add the layers to the project</source>
        <translation>Ajouter les couches au projet</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_project_db.py" line="71"/>
        <source>Layer count</source>
        <translation>Nombre de couches</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_project_db.py" line="72"/>
        <source>Layer names</source>
        <translation>Noms des couches</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_project_db.py" line="102"/>
        <source>Created {} layers in {} ({}).</source>
        <translation>{} couches créées dans {} ({}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_project_db.py" line="53"/>
        <source>Project database (GeoPackage file)</source>
        <translation>Base du projet (fichier GeoPackage)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_project_db.py" line="65"/>
        <source>Or a PostgreSQL database (saved connection name, postgresql:// URI or service=)</source>
        <translation>Ou une base PostgreSQL (nom d'une connexion enregistrée, URI postgresql:// ou service=)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_project_db.py" line="68"/>
        <source>Schema in the PostgreSQL database</source>
        <translation>Schéma dans la base PostgreSQL</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_project_db.py" line="86"/>
        <source>Give either a GeoPackage file (OUTPUT) or a PostgreSQL database (DATABASE), not both.</source>
        <translation>Donnez soit un fichier GeoPackage (OUTPUT), soit une base PostgreSQL (DATABASE), pas les deux.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_project_db.py" line="90"/>
        <source>Choose where to create the project database: a GeoPackage file (OUTPUT) or a PostgreSQL database (DATABASE).</source>
        <translation>Choisissez où créer la base du projet : un fichier GeoPackage (OUTPUT) ou une base PostgreSQL (DATABASE).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_project_db.py" line="127"/>
        <source>Created {} tables in the schema {} of the database ({}).</source>
        <translation>{} tables créées dans le schéma {} de la base ({}).</translation>
    </message>
    <message>
        <location filename="../processing/help/createprojectdb.py" line="5"/>
        <source>Creates the project GeoPackage of Itinérance: the ten inventory layers (aires, etablissements, noeuds, troncons, itineraires, trame, poles, ascensions, perimetres, circuits) with their fields, value lists (kinds, categories, statuses), required names, a default style and edit forms with drop-down lists and check boxes.

Coordinate reference system: a projected CRS in metres (default EPSG:2154, Lambert-93); a geographic CRS is refused.
Overwrite (OVERWRITE): default false: an existing file is replaced only when this is checked. Without it, an existing project database is brought up to date instead: the layers and fields this version of the data model adds are created (in one transaction), and nothing already in it is changed; a file that is not a project database is refused.
Add the layers to the project (ADD_TO_PROJECT): default true; loads the ten layers, styled, into the current project.
Results: OUTPUT (the file, or the database and schema), LAYER_COUNT (10), LAYERS (the layer names, comma-separated), SCHEMA_VERSION (the data model's version the database is now at).

PostgreSQL/PostGIS: instead of a file, give a database (the name of a PostgreSQL connection saved in QGIS, a URI such as postgresql://user@host:5432/database, or service=name) and a schema: the ten tables are created there with the same required fields, defaults and value lists (as CHECK constraints), and the styles are stored in the database (public.layer_styles). The database needs the PostGIS extension. Overwrite replaces the ten tables only, nothing else in the schema.

Examples: qgis_process.bin run itinerance:createprojectdb --OUTPUT=inventaire.gpkg --CRS=EPSG:2154
qgis_process.bin run itinerance:createprojectdb --DATABASE=postgresql://sig@serveur/territoire --SCHEMA=itinerance

More: the Help button opens the page of this algorithm in the plugin's documentation, docs/algorithms/createprojectdb.md.</source>
        <translation>Crée le GeoPackage du projet Itinérance : les dix couches d'inventaire (aires, etablissements, noeuds, troncons, itineraires, trame, poles, ascensions, perimetres, circuits) avec leurs champs, leurs listes de valeurs (types, catégories, statuts), les noms obligatoires, un style par défaut et des formulaires de saisie avec listes déroulantes et cases à cocher.

Système de coordonnées : un SCR projeté en mètres (par défaut EPSG:2154, Lambert-93) ; un SCR géographique est refusé.
Écraser (OVERWRITE) : par défaut false : un fichier existant n'est remplacé que si cette case est cochée. Sinon, une base de projet existante est mise à jour : les couches et les champs qu'ajoute cette version du modèle de données sont créés (en une seule transaction), et rien de ce qu'elle contient n'est modifié ; un fichier qui n'est pas une base de projet est refusé.
Ajouter les couches au projet (ADD_TO_PROJECT) : par défaut true ; charge les dix couches, stylées, dans le projet courant.
Résultats : OUTPUT (le fichier, ou la base et le schéma), LAYER_COUNT (10), LAYERS (les noms des couches, séparés par des virgules), SCHEMA_VERSION (la version du modèle de données de la base après l'exécution).

PostgreSQL/PostGIS : au lieu d'un fichier, donnez une base (le nom d'une connexion PostgreSQL enregistrée dans QGIS, une URI comme postgresql://utilisateur@hote:5432/base, ou service=nom) et un schéma : les dix tables y sont créées avec les mêmes champs obligatoires, valeurs par défaut et listes de valeurs (sous forme de contraintes CHECK), et les styles sont enregistrés dans la base (public.layer_styles). La base doit avoir l'extension PostGIS. Écraser ne remplace que les dix tables, rien d'autre dans le schéma.

Exemples : qgis_process.bin run itinerance:createprojectdb --OUTPUT=inventaire.gpkg --CRS=EPSG:2154
qgis_process.bin run itinerance:createprojectdb --DATABASE=postgresql://sig@serveur/territoire --SCHEMA=itinerance

Pour en savoir plus : le bouton Aide ouvre la page de cet algorithme dans la documentation de l'extension, docs/algorithms/createprojectdb.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_project_db.py" line="73"/>
        <source>Version of the data model</source>
        <translation>Version du modèle de données</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_project_db.py" line="112"/>
        <source>{} is a project database already up to date (version {} of the data model): nothing to do.</source>
        <translation>{} est une base de projet déjà à jour (version {} du modèle de données) : rien à faire.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_project_db.py" line="116"/>
        <source>{} was brought from version {} to version {} of the data model; nothing already in it was changed.</source>
        <translation>{} a été mise à jour de la version {} à la version {} du modèle de données ; rien de ce qu'elle contenait n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/create_project_db.py" line="131"/>
        <source>The schema {}</source>
        <translation>Le schéma {}</translation>
    </message>
</context>
<context>
    <name>DataModel</name>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="100"/>
        <source>Equipped rest area</source>
        <translation>Aire aménagée</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="100"/>
        <source>Play area</source>
        <translation>Aire ludique</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="100"/>
        <source>Bivouac area</source>
        <translation>Aire de bivouac</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="100"/>
        <source>Motorhome area</source>
        <translation>Aire de camping-car</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="107"/>
        <source>Existing</source>
        <translation>Existant</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="107"/>
        <source>Planned</source>
        <translation>En projet</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="112"/>
        <source>Accommodation</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="112"/>
        <source>Food and drink</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="112"/>
        <source>Bike rental</source>
        <translation>Loueur de vélos</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="112"/>
        <source>Bike repair</source>
        <translation>Réparateur de vélos</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="112"/>
        <source>Place to visit</source>
        <translation>Site de visite</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="112"/>
        <source>Tourist office</source>
        <translation>Office de tourisme</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="121"/>
        <source>Asphalt</source>
        <translation>Enrobé</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="121"/>
        <source>Concrete</source>
        <translation>Béton</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="121"/>
        <source>Stabilised gravel</source>
        <translation>Stabilisé</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="121"/>
        <source>Cobbles</source>
        <translation>Pavés</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="121"/>
        <source>Earth</source>
        <translation>Terre</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="129"/>
        <source>EuroVelo route</source>
        <translation>Itinéraire EuroVelo</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="136"/>
        <source>Véloroute</source>
        <translation>Véloroute</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="136"/>
        <source>Greenway</source>
        <translation>Voie verte</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="129"/>
        <source>Loop</source>
        <translation>Boucle</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="136"/>
        <source>Cavalier (former mining railway)</source>
        <translation>Cavalier (ancienne voie ferrée minière)</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="136"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="143"/>
        <source>Leisure hub</source>
        <translation>Pôle de loisirs</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="143"/>
        <source>Terril (spoil tip)</source>
        <translation>Terril</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="143"/>
        <source>Park</source>
        <translation>Parc</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="143"/>
        <source>Mining heritage site</source>
        <translation>Site minier</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="150"/>
        <source>As digitised</source>
        <translation>Sens de numérisation</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="150"/>
        <source>Reverse</source>
        <translation>Sens inverse</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="150"/>
        <source>Both ways</source>
        <translation>Les deux sens</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="172"/>
        <source>Intercommunality (EPCI)</source>
        <translation>Intercommunalité (EPCI)</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="187"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="183"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Cyclist rest areas</source>
        <translation>Aires de services vélo</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Kind of area</source>
        <translation>Type d'aire</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Pump</source>
        <translation>Pompe</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Repair kit</source>
        <translation>Kit de réparation</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Drinking water</source>
        <translation>Eau potable</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Shelter</source>
        <translation>Abri</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>E-bike charging</source>
        <translation>Recharge VAE</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Picnic table</source>
        <translation>Table de pique-nique</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Map panel</source>
        <translation>Panneau carte</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Establishments (Accueil Vélo)</source>
        <translation>Établissements (Accueil Vélo)</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Accueil Vélo label</source>
        <translation>Label Accueil Vélo</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Label date</source>
        <translation>Date de labellisation</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Website</source>
        <translation>Site internet</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Network nodes (points-nœuds)</source>
        <translation>Points-nœuds du réseau</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Node number</source>
        <translation>Numéro du nœud</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Network sections</source>
        <translation>Tronçons du réseau</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Surface</source>
        <translation>Revêtement</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Itineraries</source>
        <translation>Itinéraires</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Kind of itinerary</source>
        <translation>Type d'itinéraire</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Green network (trame verte)</source>
        <translation>Trame verte</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Kind of link</source>
        <translation>Type de liaison</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Hubs (pôles)</source>
        <translation>Pôles</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Kind of hub</source>
        <translation>Type de pôle</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Climbs</source>
        <translation>Ascensions</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Perimeters</source>
        <translation>Périmètres</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Kind of perimeter</source>
        <translation>Type de périmètre</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Official code (INSEE, SIREN)</source>
        <translation>Code officiel (INSEE, SIREN)</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="24"/>
        <source>Itinérance: version of the data model</source>
        <translation>Itinérance : version du modèle de données</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="194"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="194"/>
        <source>Identifier in the source</source>
        <translation>Identifiant dans la source</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Circuits</source>
        <translation>Circuits</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Node numbers in riding order</source>
        <translation>Numéros des nœuds dans l'ordre du parcours</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Length (km)</source>
        <translation>Longueur (km)</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Elevation gain (m)</source>
        <translation>Dénivelé positif (m)</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="158"/>
        <source>Cycling</source>
        <translation>Vélo</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="158"/>
        <source>Walking</source>
        <translation>Marche</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="158"/>
        <source>Horse riding</source>
        <translation>Équitation</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="158"/>
        <source>Canoe</source>
        <translation>Canoë-kayak</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="158"/>
        <source>Boat</source>
        <translation>Bateau</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="158"/>
        <source>Roller skating</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="167"/>
        <source>Station</source>
        <translation>Gare</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="167"/>
        <source>Halt</source>
        <translation>Halte</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="205"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Node network links</source>
        <translation>Liaisons du réseau points-nœuds</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Link reference</source>
        <translation>Référence de la liaison</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>From node number</source>
        <translation>Numéro du nœud de départ</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>To node number</source>
        <translation>Numéro du nœud d'arrivée</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Length (m)</source>
        <translation>Longueur (m)</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>State (e.g. proposed)</source>
        <translation>État (ex. projeté)</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Integrity facts</source>
        <translation>Constats d'intégrité</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Redundant node numbers</source>
        <translation>Numéros de nœuds superflus</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Unused segments</source>
        <translation>Segments inutilisés</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Railway stations</source>
        <translation>Gares</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>UIC code</source>
        <translation>Code UIC</translation>
    </message>
    <message>
        <location filename="../processing/logic/inventory/data_model.py" line="219"/>
        <source>Kind of station</source>
        <translation>Type de gare</translation>
    </message>
</context>
<context>
    <name>Dependencies</name>
    <message>
        <location filename="../plugin/dependencies.py" line="45"/>
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
    <name>ExportCircuitSheet</name>
    <message>
        <location filename="../processing/algorithms/export_circuit_sheet.py" line="48"/>
        <source>Circuit sheets (PDF)</source>
        <translation>Fiches circuits (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_circuit_sheet.py" line="51"/>
        <source>Map exports</source>
        <translation>Exports cartographiques</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_circuit_sheet.py" line="67"/>
        <source>A4 portrait circuit sheet</source>
        <translation>Fiche circuit A4 portrait</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_circuit_sheet.py" line="59"/>
        <source>Circuit sheets</source>
        <translation>Fiches circuits</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_circuit_sheet.py" line="61"/>
        <source>Sheets</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_circuit_sheet.py" line="62"/>
        <source>Circuits left out (named in the log)</source>
        <translation>Circuits laissés de côté (cités dans le journal)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_circuit_sheet.py" line="64"/>
        <source>Files written</source>
        <translation>Fichiers écrits</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_circuit_sheet.py" line="200"/>
        <source>Aire</source>
        <translation>Aire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_circuit_sheet.py" line="200"/>
        <source>Accueil Vélo</source>
        <translation>Accueil Vélo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_circuit_sheet.py" line="140"/>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_circuit_sheet.py" line="183"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_circuit_sheet.py" line="183"/>
        <source>Elevation gain</source>
        <translation>Dénivelé positif</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_circuit_sheet.py" line="184"/>
        <source>Elevation loss</source>
        <translation>Dénivelé négatif</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_circuit_sheet.py" line="185"/>
        <source>Steepest {} m</source>
        <translation>Pente max./{} m</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_circuit_sheet.py" line="186"/>
        <source>Aires</source>
        <translation>Aires</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_circuit_sheet.py" line="194"/>
        <source>Leg</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_circuit_sheet.py" line="195"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_circuit_sheet.py" line="199"/>
        <source>At km</source>
        <translation>Au km</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_circuit_sheet.py" line="200"/>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_circuit_sheet.py" line="203"/>
        <source>Distances between the nodes</source>
        <translation>Distances entre les nœuds</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_circuit_sheet.py" line="203"/>
        <source>Aires and Accueil Vélo along the circuit</source>
        <translation>Aires et Accueil Vélo le long du circuit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_circuit_sheet.py" line="203"/>
        <source>No aire or Accueil Vélo establishment within {:.0f} m.</source>
        <translation>Aucune aire ni aucun établissement Accueil Vélo à moins de {:.0f} m.</translation>
    </message>
    <message>
        <location filename="../processing/help/exportcircuitsheet.py" line="5"/>
        <source>One A4 page per circuit (fiche circuit), for a tourist office or a rider: the circuit on a map with the node numbers to follow in order, the numbers written out (12 → 45 → 3 → 78 → 12), six figures (length, elevation gain and loss, steepest grade, aires and Accueil Vélo establishments along it), the profile chart coloured by grade, the distance table between the nodes and the aires and Accueil Vélo stops with their km. The circuits, figures and charts are those of Circuit from node numbers (itinerance:buildcircuit), run on the same inputs.

Parameters
- The circuit: NETWORK, MODE, NODES, NODE_FIELD, NETWORK_FIELD, NETWORK_NAME, SEQUENCE (node numbers such as 12-45-3-78-12, or a layer of sequences for one sheet per circuit), NAME, SEQUENCE_FIELD, NAME_FIELD, DEM and BAND (optional: without a DEM, no profile and no gain), AIRES, ESTABLISHMENTS, LABEL_FIELD, ACCESS_DISTANCE, SURFACE_FIELD, MAX_NODE_DISTANCE, SNAP_TOLERANCE, STEP, GRADE_WINDOW and TARGET_CRS: as in Circuit from node numbers.
- Layout (LAYOUT): 0, the A4 portrait circuit sheet (default).
- Background layers (LAYERS): layers of the project (by name or id) or files. Default: the project's visible layers; with neither, the network (and a hillshade of the DEM when there is one).
- Title of the collection (TITLE): shown under each circuit's name. Default: Circuit sheets.
- Organisation (ORGANISATION), Sources and credits (SOURCES, default: the rights, licences and attribution the layers shown, the network and the DEM declare in their metadata), Partner logos (LOGOS: PNG, JPEG or SVG files), Resolution (DPI, default 300): as in Contract map.
- Circuit sheets (OUTPUT): a .pdf file (every sheet) or a .png file (one file per sheet, numbered _01, _02…).

Results: OUTPUT (the PDF, or the first PNG), PAGE_COUNT, SKIPPED_COUNT (sequences of a layer that could not be built, named in the log), FILES (every file written, separated by ;). A single sequence that cannot be built stops the export with a message naming the number at fault.

Example on the sample territory (make demo writes it to build/sample):
qgis_process.bin --json run itinerance:exportcircuitsheet --PROJECT_PATH=build/sample/itinerance_sample.qgz --NETWORK=troncons --NODES=noeuds --NETWORK_FIELD=network --SEQUENCE=circuits --DEM=build/sample/dem.tif --AIRES=aires --ESTABLISHMENTS=etablissements --TITLE='Circuits points-nœuds · Cœur de Flandre' --OUTPUT=fiches_circuit.pdf
It writes the 3 sheets of the sample's circuits layer in a few seconds; on the Boucle des Monts sheet: 36.5 km, 173 m gained and lost, 8.5 % over the steepest 100 m, 5 aires along it, 12 legs in the distance table.

More: the Help button opens the page of this algorithm in the plugin's documentation, docs/algorithms/exportcircuitsheet.md.</source>
        <translation>Une page A4 par circuit (fiche circuit), pour un office de tourisme ou un cycliste : le circuit sur une carte avec les numéros des nœuds à suivre dans l'ordre, les numéros écrits en toutes lettres (12 → 45 → 3 → 78 → 12), six chiffres (longueur, dénivelés positif et négatif, pente maximale, aires et établissements Accueil Vélo le long du circuit), le profil en long coloré selon la pente, le tableau des distances entre les nœuds et les arrêts aux aires et chez les Accueil Vélo avec leur kilomètre. Les circuits, chiffres et graphiques sont ceux de Circuit à partir des numéros de nœuds (itinerance:buildcircuit), exécuté sur les mêmes entrées.

Paramètres
- Le circuit : NETWORK, MODE, NODES, NODE_FIELD, NETWORK_FIELD, NETWORK_NAME, SEQUENCE (des numéros de nœuds comme 12-45-3-78-12, ou une couche de suites pour une fiche par circuit), NAME, SEQUENCE_FIELD, NAME_FIELD, DEM et BAND (facultatifs : sans MNT, ni profil ni dénivelé), AIRES, ESTABLISHMENTS, LABEL_FIELD, ACCESS_DISTANCE, SURFACE_FIELD, MAX_NODE_DISTANCE, SNAP_TOLERANCE, STEP, GRADE_WINDOW et TARGET_CRS : comme pour Circuit à partir des numéros de nœuds.
- Mise en page (LAYOUT) : 0, la fiche circuit A4 portrait (par défaut).
- Couches de fond (LAYERS) : couches du projet (par leur nom ou leur identifiant) ou fichiers. Par défaut : les couches visibles du projet ; à défaut des deux, le réseau (sur un ombrage du MNT quand il y en a un).
- Titre du recueil (TITLE) : affiché sous le nom de chaque circuit. Par défaut : Fiches circuits.
- Organisme (ORGANISATION), Sources et crédits (SOURCES, par défaut : les droits, licences et attributions que déclarent dans leurs métadonnées les couches affichées, le réseau et le MNT), Logos des partenaires (LOGOS : fichiers PNG, JPEG ou SVG), Résolution (DPI, par défaut 300) : comme pour Carte de contrat.
- Fiches circuits (OUTPUT) : un fichier .pdf (toutes les fiches) ou un fichier .png (un fichier par fiche, numérotés _01, _02…).

Résultats : OUTPUT (le PDF, ou le premier PNG), PAGE_COUNT, SKIPPED_COUNT (suites d'une couche qui n'ont pas pu être construites, citées dans le journal), FILES (tous les fichiers écrits, séparés par ;). Une suite seule qui ne peut pas être construite arrête l'export avec un message qui cite le numéro en cause.

Exemple sur le territoire exemple (make demo l'écrit dans build/sample) :
qgis_process.bin --json run itinerance:exportcircuitsheet --PROJECT_PATH=build/sample/itinerance_sample.qgz --NETWORK=troncons --NODES=noeuds --NETWORK_FIELD=network --SEQUENCE=circuits --DEM=build/sample/dem.tif --AIRES=aires --ESTABLISHMENTS=etablissements --TITLE='Circuits points-nœuds · Cœur de Flandre' --OUTPUT=fiches_circuit.pdf
Il écrit les 3 fiches de la couche circuits du territoire exemple en quelques secondes ; sur la fiche de la Boucle des Monts : 36,5 km, 173 m de dénivelé positif et négatif, 8,5 % sur les 100 m les plus raides, 5 aires le long du circuit, 12 étapes dans le tableau des distances.

Pour en savoir plus : le bouton Aide ouvre la page de cet algorithme dans la documentation de l'extension, docs/algorithms/exportcircuitsheet.md.</translation>
    </message>
</context>
<context>
    <name>ExportClimbSheets</name>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="55"/>
        <source>Climb sheets (PDF)</source>
        <translation>Fiches ascensions (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="58"/>
        <source>Map exports</source>
        <translation>Exports cartographiques</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="61"/>
        <source>Climbs (lines, e.g. ascensions)</source>
        <translation>Ascensions (lignes, par ex. ascensions)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="64"/>
        <source>Climb name field (default: name)</source>
        <translation>Champ du nom de l'ascension (par défaut : name)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="67"/>
        <source>DEM</source>
        <translation>MNT</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="69"/>
        <source>Band</source>
        <translation>Bande</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="71"/>
        <source>Window of the steepest grade (m)</source>
        <translation>Fenêtre de la pente maximale (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="81"/>
        <source>A4 portrait climb sheet</source>
        <translation>Fiche ascension A4 portrait</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="74"/>
        <source>Climb sheets</source>
        <translation>Fiches ascensions</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="75"/>
        <source>Sheets</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="76"/>
        <source>Climbs skipped (outside the DEM, empty or degenerate)</source>
        <translation>Ascensions ignorées (hors du MNT, vides ou dégénérées)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="78"/>
        <source>Files written</source>
        <translation>Fichiers écrits</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="147"/>
        <source>No climb could be profiled: check that LINES has lines over the DEM.</source>
        <translation>Aucune ascension n'a pu être profilée : vérifiez que LINES contient des lignes situées sur le MNT.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="207"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="207"/>
        <source>Elevation gain</source>
        <translation>Dénivelé positif</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="208"/>
        <source>Foot → top</source>
        <translation>Pied → sommet</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="208"/>
        <source>Average grade</source>
        <translation>Pente moyenne</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="209"/>
        <source>Steepest {} m</source>
        <translation>Pente max. sur {} m</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="210"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="176"/>
        <source>slopeprofile returned {} profiles for {} climbs: report this error.</source>
        <translation>slopeprofile a rendu {} profils pour {} ascensions : signalez cette erreur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="210"/>
        <source>Foot</source>
        <translation>Pied</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="210"/>
        <source>Top</source>
        <translation>Sommet</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="211"/>
        <source>Surface</source>
        <translation>Revêtement</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_climb_sheets.py" line="216"/>
        <source>km {} to {}</source>
        <translation>km {} à {}</translation>
    </message>
    <message>
        <location filename="../processing/help/exportclimbsheets.py" line="5"/>
        <source>One A4 page per climb (fiche ascension): the climb on a map at a round scale, its foot and top marked, with a locator map; its elevation profile chart coloured by grade; six figures, each shown once: length, elevation gain, foot and top elevations, average grade, steepest grade (with where that section lies, from km to km) and category; and what a rider wants to know: the names of the foot and the top, and the surface. The profiles and figures are those of Slope profiles and climbs (itinerance:slopeprofile), run on LINES and DEM.
Names and surface: from the climb's own fields foot_name, top_name and surface when it has them; else the pôle and the commune (poles, perimetres of the project) the foot or top lies in, and the point-nœud (noeuds) within 150 m; the surface of the network sections (troncons) the climb runs along, else unknown. A foot or top that nothing names is left out.

Parameters
- Climbs (LINES): lines, e.g. the ascensions layer, digitised uphill.
- Climb name field (ID_FIELD): names each sheet. Default: name when the layer has it, else the feature id.
- DEM (DEM) and Band (BAND, default 1): as in Slope profiles and climbs; a DEM in any CRS GDAL reads.
- Window of the steepest grade (GRADE_WINDOW, m): default 100 m.
- Layout (LAYOUT): 0, the A4 portrait climb sheet (default).
- Background layers (LAYERS): layers of the project (by name or id) or files. Default: the project's visible layers; with neither, a hillshade of the DEM.
- Title of the collection (TITLE): shown under each climb's name. Default: Climb sheets.
- Organisation (ORGANISATION), Sources and credits (SOURCES, default: the rights, licences and attribution the layers shown, the climbs and the DEM declare in their metadata), Partner logos (LOGOS: PNG, JPEG or SVG files), Resolution (DPI, default 300): as in Contract map.
- Climb sheets (OUTPUT): a .pdf file (every sheet) or a .png file (one file per sheet, numbered _01, _02…).

Results: OUTPUT (the PDF, or the first PNG), PAGE_COUNT, SKIPPED_COUNT (lines outside the DEM or with an empty or degenerate geometry, named in the log), FILES (every file written, separated by ;). If no line can be profiled, the export stops with an error.

Example on the sample territory (make demo writes it to build/sample):
qgis_process.bin --json run itinerance:exportclimbsheets --PROJECT_PATH=build/sample/itinerance_sample.qgz --LINES=ascensions --ID_FIELD=name --DEM=build/sample/dem.tif --TITLE='Fiches ascension · Monts de Flandre' --OUTPUT=fiches_ascension.pdf
It writes 4 sheets in about 4 s; on the rue d'Aire sheet: 1.30 km, 125 m gained, 51 to 176 m, 9.6 % on average, 17.7 % over the steepest 100 m (km 0.84 to 0.94), category 4, foot and top in Cassel.

More: the Help button opens the page of this algorithm in the plugin's documentation, docs/algorithms/exportclimbsheets.md.</source>
        <translation>Une page A4 par ascension (fiche ascension) : l'ascension sur une carte à une échelle ronde, son pied et son sommet repérés, avec une carte de situation ; son profil en long coloré selon la pente ; six chiffres, chacun affiché une fois : longueur, dénivelé positif, altitudes du pied et du sommet, pente moyenne, pente maximale (avec l'endroit où se trouve ce passage, du km au km) et catégorie ; et ce qu'un cycliste veut savoir : les noms du pied et du sommet, et le revêtement. Les profils et chiffres sont ceux de Profils altimétriques et ascensions (itinerance:slopeprofile), exécuté sur LINES et DEM.
Noms et revêtement : tirés des champs de l'ascension foot_name, top_name et surface quand elle les a ; sinon le pôle et la commune (poles, perimetres du projet) où se trouve le pied ou le sommet, et le point-nœud (noeuds) à moins de 150 m ; le revêtement des tronçons du réseau (troncons) que suit l'ascension, sinon inconnu. Un pied ou un sommet que rien ne nomme est omis.

Paramètres
- Ascensions (LINES) : lignes, par ex. la couche ascensions, numérisées dans le sens de la montée.
- Champ du nom de l'ascension (ID_FIELD) : nomme chaque fiche. Par défaut : name quand la couche l'a, sinon l'identifiant de l'entité.
- MNT (DEM) et Bande (BAND, par défaut 1) : comme pour Profils altimétriques et ascensions ; un MNT dans n'importe quel SCR lisible par GDAL.
- Fenêtre de la pente maximale (GRADE_WINDOW, m) : par défaut 100 m.
- Mise en page (LAYOUT) : 0, la fiche ascension A4 portrait (par défaut).
- Couches de fond (LAYERS) : couches du projet (par leur nom ou leur identifiant) ou fichiers. Par défaut : les couches visibles du projet ; à défaut des deux, un ombrage du MNT.
- Titre du recueil (TITLE) : affiché sous le nom de chaque ascension. Par défaut : Fiches ascensions.
- Organisme (ORGANISATION), Sources et crédits (SOURCES, par défaut : les droits, licences et attributions que déclarent dans leurs métadonnées les couches affichées, les ascensions et le MNT), Logos des partenaires (LOGOS : fichiers PNG, JPEG ou SVG), Résolution (DPI, par défaut 300) : comme pour Carte de contrat.
- Fiches ascensions (OUTPUT) : un fichier .pdf (toutes les fiches) ou un fichier .png (un fichier par fiche, numérotés _01, _02…).

Résultats : OUTPUT (le PDF, ou le premier PNG), PAGE_COUNT, SKIPPED_COUNT (lignes hors du MNT ou à géométrie vide ou dégénérée, citées dans le journal), FILES (tous les fichiers écrits, séparés par ;). Si aucune ligne ne peut être profilée, l'export s'arrête sur une erreur.

Exemple sur le territoire exemple (make demo l'écrit dans build/sample) :
qgis_process.bin --json run itinerance:exportclimbsheets --PROJECT_PATH=build/sample/itinerance_sample.qgz --LINES=ascensions --ID_FIELD=name --DEM=build/sample/dem.tif --TITLE='Fiches ascension · Monts de Flandre' --OUTPUT=fiches_ascension.pdf
Il écrit 4 fiches en 4 s environ ; sur la fiche de la rue d'Aire : 1,30 km, 125 m de dénivelé positif, de 51 à 176 m, 9,6 % de pente moyenne, 17,7 % sur les 100 m les plus raides (du km 0,84 au km 0,94), catégorie 4, pied et sommet à Cassel.

Pour en savoir plus : le bouton Aide ouvre la page de cet algorithme dans la documentation de l'extension, docs/algorithms/exportclimbsheets.md.</translation>
    </message>
</context>
<context>
    <name>ExportContractMap</name>
    <message>
        <location filename="../processing/algorithms/export_contract_map.py" line="96"/>
        <source>Contract map (PDF, atlas per territory)</source>
        <translation>Carte de contrat (PDF, atlas par territoire)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_contract_map.py" line="99"/>
        <source>Map exports</source>
        <translation>Exports cartographiques</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_contract_map.py" line="102"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_contract_map.py" line="103"/>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_contract_map.py" line="107"/>
        <source>Layers (default: the project&apos;s visible layers)</source>
        <translation>Couches (par défaut : les couches visibles du projet)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_contract_map.py" line="109"/>
        <source>Coverage: one page per feature (e.g. perimetres)</source>
        <translation>Couche de couverture : une page par entité (par ex. perimetres)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_contract_map.py" line="112"/>
        <source>Page name field (default: name)</source>
        <translation>Champ du nom de page (par défaut : name)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_contract_map.py" line="115"/>
        <source>Extent (without coverage; default: all the layers)</source>
        <translation>Emprise (sans couverture ; par défaut : toutes les couches)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_contract_map.py" line="118"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_contract_map.py" line="119"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_contract_map.py" line="120"/>
        <source>Files written</source>
        <translation>Fichiers écrits</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_contract_map.py" line="123"/>
        <source>A4 portrait</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_contract_map.py" line="123"/>
        <source>A4 landscape</source>
        <translation>A4 paysage</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_contract_map.py" line="123"/>
        <source>A3 landscape</source>
        <translation>A3 paysage</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_contract_map.py" line="169"/>
        <source>EXTENT is ignored: the coverage frames each page.</source>
        <translation>EXTENT est ignoré : la couverture cadre chaque page.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_contract_map.py" line="174"/>
        <source>The layers have no features to show: give an EXTENT or other LAYERS.</source>
        <translation>Les couches n'ont aucune entité à afficher : donnez une emprise (EXTENT) ou d'autres couches (LAYERS).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_contract_map.py" line="211"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_contract_map.py" line="213"/>
        <source>The legend does not fit in its frame even in small type: show fewer layers or choose a larger layout (A3).</source>
        <translation>La légende ne tient pas dans son cadre, même en petits caractères : affichez moins de couches ou choisissez une mise en page plus grande (A3).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_contract_map.py" line="146"/>
        <source>Rendering {} page(s) at {} dpi…</source>
        <translation>Rendu de {} page(s) à {} dpi…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_contract_map.py" line="220"/>
        <source>No layer to show: LAYERS is empty and the project shows no layer. Give LAYERS, or a project with visible layers (qgis_process: --PROJECT_PATH=project.qgz).</source>
        <translation>Aucune couche à afficher : LAYERS est vide et le projet n'affiche aucune couche. Donnez LAYERS, ou un projet avec des couches visibles (qgis_process : --PROJECT_PATH=projet.qgz).</translation>
    </message>
    <message>
        <location filename="../processing/help/exportcontractmap.py" line="5"/>
        <source>A map for a contract document (contrat de destination touristique, yearly review) from the plugin's print layout templates: title, subtitle, main map at a round scale (1:10,000, 1:12,500, 1:15,000, 1:20,000, 1:25,000… on every page), locator map, legend limited to what the map shows and in the user's language, scale bar with round segments, north arrow, sources and credits, organisation and date, partner logos, page numbers. With a coverage layer, an atlas: one page per territory (EPCI, commune).

Parameters
- Title (TITLE): required.
- Subtitle (SUBTITLE), Organisation (ORGANISATION, shown with the date at the foot of the page): optional.
- Layout (LAYOUT): 0 A4 portrait, 1 A4 landscape (default), 2 A3 landscape.
- Layers (LAYERS): layers of the project (by name or id) or files. Default: the project's visible layers, in the order of the Layers panel. Given layers are drawn points over lines over areas over rasters, in the given order within each kind. Analysis outputs read from files (airesgap, accueilvelocoverage, slopeprofile, trameconnectivity) get their algorithm's style and name in the legend; the project's layers keep their own style.
- Coverage (COVERAGE): a polygon layer, e.g. perimetres: one page per feature, the map framed on it, the rest veiled. Default: none, a single page.
- Page name field (PAGE_NAME_FIELD): names each page in its header. Default: name when the coverage has it, else the feature id.
- Extent (EXTENT): the extent of the single page, without coverage. Default: all the layers.
- Resolution (DPI): of the rasters in the PDF and of PNG pages. Default 300, print quality.
- Sources and credits (SOURCES): default: the rights, licences and attribution the layers shown declare in their metadata (Layer Properties, Metadata, Access), each once; nothing for a layer that declares nothing.
- Partner logos (LOGOS): PNG, JPEG or SVG files. Default: none; the legend then takes their place.
- Map (OUTPUT): a .pdf file (every page in one file) or a .png file (one file per page, numbered _01, _02… for an atlas).

Results: OUTPUT (the PDF, or the first PNG), PAGE_COUNT, FILES (every file written, separated by ;).
From qgis_process, give the project with --PROJECT_PATH so that LAYERS can name its layers, and repeat --LAYERS= and --LOGOS= for each layer or logo.

Example on the sample territory (make demo writes it to build/sample and the analyses to build/demo):
qgis_process.bin --json run itinerance:exportcontractmap --PROJECT_PATH=build/sample/itinerance_sample.qgz --TITLE='Réseau points-nœuds : distance aux aires' --LAYOUT=1 --LAYERS=build/demo/airesgap_output.gpkg --LAYERS=build/demo/airesgap_suggestions.gpkg --LAYERS=aires --LAYERS=itineraires '--LAYERS=Relief (DEM)' --LAYERS=Hillshade --COVERAGE='build/sample/itinerance_sample.gpkg|layername=perimetres' --PAGE_NAME_FIELD=name --OUTPUT=contrat_perimetres.pdf
It writes 23 A4 landscape pages, one per EPCI and commune, in about 12 s.

More: the Help button opens the page of this algorithm in the plugin's documentation, docs/algorithms/exportcontractmap.md.</source>
        <translation>Une carte pour un document contractuel (contrat de destination touristique, bilan annuel) à partir des modèles de mise en page de l'extension : titre, sous-titre, carte principale à une échelle ronde (1:10 000, 1:12 500, 1:15 000, 1:20 000, 1:25 000… sur chaque page), carte de situation, légende limitée à ce que montre la carte et dans la langue de l'utilisateur, barre d'échelle à segments ronds, flèche du nord, sources et crédits, organisme et date, logos des partenaires, numéros de page. Avec une couche de couverture, un atlas : une page par territoire (EPCI, commune).

Paramètres
- Titre (TITLE) : obligatoire.
- Sous-titre (SUBTITLE), Organisme (ORGANISATION, affiché avec la date en pied de page) : facultatifs.
- Mise en page (LAYOUT) : 0 A4 portrait, 1 A4 paysage (par défaut), 2 A3 paysage.
- Couches (LAYERS) : couches du projet (par leur nom ou leur identifiant) ou fichiers. Par défaut : les couches visibles du projet, dans l'ordre du panneau Couches. Les couches données sont dessinées points au-dessus des lignes, au-dessus des surfaces, au-dessus des rasters, dans l'ordre donné pour chaque type. Les sorties d'analyse lues depuis des fichiers (airesgap, accueilvelocoverage, slopeprofile, trameconnectivity) reçoivent le style et le nom de leur algorithme dans la légende ; les couches du projet gardent leur propre style.
- Couche de couverture (COVERAGE) : une couche de polygones, par ex. perimetres : une page par entité, la carte cadrée sur elle, le reste voilé. Par défaut : aucune, une seule page.
- Champ du nom de page (PAGE_NAME_FIELD) : nomme chaque page dans son en-tête. Par défaut : name quand la couverture l'a, sinon l'identifiant de l'entité.
- Emprise (EXTENT) : l'emprise de la page unique, sans couverture. Par défaut : toutes les couches.
- Résolution (DPI) : des rasters dans le PDF et des pages PNG. Par défaut 300, qualité impression.
- Sources et crédits (SOURCES) : par défaut, les droits, licences et attributions que les couches affichées déclarent dans leurs métadonnées (Propriétés de la couche, Métadonnées, Accès), une fois chacun ; rien pour une couche qui ne déclare rien.
- Logos des partenaires (LOGOS) : fichiers PNG, JPEG ou SVG. Par défaut : aucun ; la légende prend alors leur place.
- Carte (OUTPUT) : un fichier .pdf (toutes les pages dans un fichier) ou un fichier .png (un fichier par page, numérotés _01, _02… pour un atlas).

Résultats : OUTPUT (le PDF, ou le premier PNG), PAGE_COUNT, FILES (tous les fichiers écrits, séparés par ;).
Depuis qgis_process, donnez le projet avec --PROJECT_PATH pour que LAYERS puisse nommer ses couches, et répétez --LAYERS= et --LOGOS= pour chaque couche ou logo.

Exemple sur le territoire exemple (make demo l'écrit dans build/sample et les analyses dans build/demo) :
qgis_process.bin --json run itinerance:exportcontractmap --PROJECT_PATH=build/sample/itinerance_sample.qgz --TITLE='Réseau points-nœuds : distance aux aires' --LAYOUT=1 --LAYERS=build/demo/airesgap_output.gpkg --LAYERS=build/demo/airesgap_suggestions.gpkg --LAYERS=aires --LAYERS=itineraires '--LAYERS=Relief (DEM)' --LAYERS=Hillshade --COVERAGE='build/sample/itinerance_sample.gpkg|layername=perimetres' --PAGE_NAME_FIELD=name --OUTPUT=contrat_perimetres.pdf
Il écrit 23 pages A4 paysage, une par EPCI et par commune, en 12 s environ.

Pour en savoir plus : le bouton Aide ouvre la page de cet algorithme dans la documentation de l'extension, docs/algorithms/exportcontractmap.md.</translation>
    </message>
</context>
<context>
    <name>FeatureFormPanel</name>
    <message>
        <location filename="../plugin/editing/feature_form_panel.py" line="48"/>
        <source>Attributes changed in the Inventory dock</source>
        <translation>Attributs modifiés dans le panneau Inventaire</translation>
    </message>
    <message>
        <location filename="../resources/forms/feature_form_panel.ui" line="15"/>
        <source>Select a feature in the list or on the map.</source>
        <translation>Sélectionnez une entité dans la liste ou sur la carte.</translation>
    </message>
    <message>
        <location filename="../plugin/editing/feature_form_panel.py" line="118"/>
        <source>Read only: press Edit to change the values.</source>
        <translation>Lecture seule : cliquez sur Modifier pour changer les valeurs.</translation>
    </message>
    <message>
        <location filename="../plugin/editing/feature_form_panel.py" line="120"/>
        <source>Changed: press Apply to keep the new values.</source>
        <translation>Modifié : cliquez sur Appliquer pour garder les nouvelles valeurs.</translation>
    </message>
    <message>
        <location filename="../plugin/editing/feature_form_panel.py" line="122"/>
        <source>Editing: values go into the layer&apos;s edits.</source>
        <translation>Édition : les valeurs vont dans les modifications de la couche.</translation>
    </message>
    <message>
        <location filename="../resources/forms/feature_form_panel.ui" line="42"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../resources/forms/feature_form_panel.ui" line="43"/>
        <source>Show the feature&apos;s values again, forgetting the changes not applied</source>
        <translation>Réafficher les valeurs de l'entité, en oubliant les changements non appliqués</translation>
    </message>
    <message>
        <location filename="../resources/forms/feature_form_panel.ui" line="48"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../resources/forms/feature_form_panel.ui" line="49"/>
        <source>Put the changes into the layer&apos;s edits (undo with Undo, write with Save)</source>
        <translation>Porter les changements dans les modifications de la couche (Annuler pour revenir en arrière, Enregistrer pour écrire)</translation>
    </message>
</context>
<context>
    <name>FeatureListModel</name>
    <message>
        <location filename="../plugin/editing/feature_list_model.py" line="131"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../plugin/editing/feature_list_model.py" line="131"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>FeatureListPanel</name>
    <message>
        <location filename="../plugin/editing/feature_list_panel.py" line="70"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../plugin/editing/feature_list_panel.py" line="91"/>
        <source>{shown} of {total} features</source>
        <translation>{shown} entités sur {total}</translation>
    </message>
    <message>
        <location filename="../resources/forms/feature_list_panel.ui" line="16"/>
        <source>Search: name, number, commune…</source>
        <translation>Rechercher : nom, numéro, commune…</translation>
    </message>
</context>
<context>
    <name>ImportAccueilVelo</name>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="44"/>
        <source>Import the Accueil Vélo list</source>
        <translation>Importer la liste Accueil Vélo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="47"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../processing/help/importaccueilvelo.py" line="5"/>
        <source>Imports the Accueil Vélo establishments (the regional list exported from DATAtourisme as CSV, or any CSV or layer of places) into the etablissements layer of the project database: category from the DATAtourisme types and sub-types, accueil_velo true, reprojected to the project CRS, in one transaction (all or nothing). An establishment already in the database is never added twice: the same identifier from the same source, or the same name within 50 m, is the same place. Rows of the input that are one place (the list holds some twice, under two identifiers) are merged, and the log names them.

Parameters
- Accueil Vélo list (INPUT): a CSV file (UTF-8, delimiter , ; tab or | found by itself, DATAtourisme's repeated Sous-type column read), or a layer: points, or a table with latitude and longitude.
- Project database (DATABASE): the project GeoPackage (.gpkg), or a PostgreSQL connection (saved name, postgresql:// URI or service=) with SCHEMA (default itinerance). A database of an earlier version is brought up to date first.
- Mode (MODE): 0 append (new establishments only; those already in the database are left as they are), 1 update (default: those imported before from the same source are updated: geometry, name, category, label and the fields the input has). Establishments drawn by hand are never changed.
- Perimeter (PERIMETER, optional): polygons; rows outside are skipped.
- Source (SOURCE): the code stored in the source field, with each row's identifier in source_id. Default datatourisme.
- Columns (NAME_FIELD Nom, ID_FIELD Identifiant, TYPE_FIELD Type, SUBTYPE_FIELD Sous-type, LATITUDE_FIELD Latitude, LONGITUDE_FIELD Longitude, COMMUNE_FIELD Commune, WEBSITE_FIELD Site internet, LABEL_DATE_FIELD Date de labellisation): the names of the input's columns, DATAtourisme's by default. Name, coordinates (for a CSV or a table) and a type or sub-type column are required; the others are used when present. Categories may also be given as the data model's codes (hebergement, restauration, loueur, reparateur, site_visite, office_tourisme).
- Encoding of the CSV (ENCODING): default UTF-8; e.g. cp1252 for a file saved by Excel.

Results (figures, in the log and in qgis_process --json): IMPORTED_COUNT (establishments added), UPDATED_COUNT, MERGED_COUNT (rows merged into another row or into an establishment already in the database), SKIPPED_COUNT (rows without name or coordinates, outside the perimeter, of unknown category, or malformed: each counted and listed in the log). Every row is in one of the four.

Example: qgis_process.bin --json run itinerance:importaccueilvelo --INPUT=accueil_velo_hauts_de_france.csv --DATABASE=inventaire.gpkg --MODE=1
On the Hauts-de-France list (475 rows), into an empty project: 463 establishments imported, 11 rows merged (10 places listed twice or three times), 1 skipped (its coordinates are 0, 0).

More: the Help button opens the page of this algorithm in the plugin's documentation, docs/algorithms/importaccueilvelo.md.</source>
        <translation>Importe les établissements Accueil Vélo (la liste régionale exportée de DATAtourisme en CSV, ou tout CSV ou toute couche de lieux) dans la couche etablissements de la base du projet : catégorie d'après les types et sous-types DATAtourisme, accueil_velo vrai, reprojetés dans le SCR du projet, en une seule transaction (tout ou rien). Un établissement déjà dans la base n'est jamais ajouté une deuxième fois : le même identifiant de la même source, ou le même nom à moins de 50 m, c'est le même lieu. Les lignes de l'entrée qui sont un même lieu (la liste en contient certains deux fois, sous deux identifiants) sont fusionnées, et le journal les nomme.

Paramètres
- Liste Accueil Vélo (INPUT) : un fichier CSV (UTF-8, séparateur , ; tabulation ou | trouvé tout seul, la colonne Sous-type répétée de DATAtourisme lue), ou une couche : des points, ou une table avec latitude et longitude.
- Base du projet (DATABASE) : le GeoPackage du projet (.gpkg), ou une connexion PostgreSQL (nom enregistré, URI postgresql:// ou service=) avec SCHEMA (itinerance par défaut). Une base d'une version antérieure est d'abord mise à jour.
- Mode (MODE) : 0 ajout (nouveaux établissements seulement ; ceux déjà dans la base sont laissés tels quels), 1 mise à jour (par défaut : ceux importés auparavant de la même source sont mis à jour : géométrie, nom, catégorie, label et les champs que l'entrée possède). Les établissements saisis à la main ne sont jamais modifiés.
- Périmètre (PERIMETER, facultatif) : des polygones ; les lignes en dehors sont écartées.
- Source (SOURCE) : le code écrit dans le champ source, avec l'identifiant de chaque ligne dans source_id. Par défaut datatourisme.
- Colonnes (NAME_FIELD Nom, ID_FIELD Identifiant, TYPE_FIELD Type, SUBTYPE_FIELD Sous-type, LATITUDE_FIELD Latitude, LONGITUDE_FIELD Longitude, COMMUNE_FIELD Commune, WEBSITE_FIELD Site internet, LABEL_DATE_FIELD Date de labellisation) : les noms des colonnes de l'entrée, ceux de DATAtourisme par défaut. Le nom, les coordonnées (pour un CSV ou une table) et une colonne de type ou de sous-type sont obligatoires ; les autres servent si elles existent. Les catégories peuvent aussi être données par les codes du modèle de données (hebergement, restauration, loueur, reparateur, site_visite, office_tourisme).
- Encodage du CSV (ENCODING) : UTF-8 par défaut ; par exemple cp1252 pour un fichier enregistré par Excel.

Résultats (chiffres, dans le journal et dans qgis_process --json) : IMPORTED_COUNT (établissements ajoutés), UPDATED_COUNT, MERGED_COUNT (lignes fusionnées avec une autre ligne ou avec un établissement déjà dans la base), SKIPPED_COUNT (lignes sans nom ni coordonnées, hors du périmètre, de catégorie inconnue, ou mal formées : chacune comptée et citée dans le journal). Chaque ligne est dans l'un des quatre.

Exemple : qgis_process.bin --json run itinerance:importaccueilvelo --INPUT=accueil_velo_hauts_de_france.csv --DATABASE=inventaire.gpkg --MODE=1
Sur la liste des Hauts-de-France (475 lignes), dans un projet vide : 463 établissements importés, 11 lignes fusionnées (10 lieux listés deux ou trois fois), 1 écartée (ses coordonnées sont 0, 0).

Pour en savoir plus : le bouton Aide ouvre la page de cet algorithme dans la documentation de l'extension, docs/algorithms/importaccueilvelo.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="50"/>
        <source>Accueil Vélo list (CSV file or layer)</source>
        <translation>Liste Accueil Vélo (fichier CSV ou couche)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="53"/>
        <source>Project database (GeoPackage, or a PostgreSQL connection)</source>
        <translation>Base du projet (GeoPackage, ou une connexion PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="55"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="55"/>
        <source>Append: add new establishments only</source>
        <translation>Ajout : ajouter seulement les nouveaux établissements</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="55"/>
        <source>Update: also update those imported before</source>
        <translation>Mise à jour : mettre aussi à jour ceux importés auparavant</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="59"/>
        <source>Perimeter (polygons)</source>
        <translation>Périmètre (polygones)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="62"/>
        <source>Source code of the identifiers</source>
        <translation>Code de la source des identifiants</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="64"/>
        <source>Name column</source>
        <translation>Colonne du nom</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="64"/>
        <source>Identifier column</source>
        <translation>Colonne de l'identifiant</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="65"/>
        <source>Type column</source>
        <translation>Colonne du type</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="65"/>
        <source>Sub-type column</source>
        <translation>Colonne du sous-type</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="66"/>
        <source>Latitude column</source>
        <translation>Colonne de la latitude</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="67"/>
        <source>Longitude column</source>
        <translation>Colonne de la longitude</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="68"/>
        <source>Commune column</source>
        <translation>Colonne de la commune</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="68"/>
        <source>Website column</source>
        <translation>Colonne du site internet</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="69"/>
        <source>Label date column</source>
        <translation>Colonne de la date de labellisation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="73"/>
        <source>Encoding of the CSV (default UTF-8)</source>
        <translation>Encodage du CSV (UTF-8 par défaut)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="75"/>
        <source>Establishments imported</source>
        <translation>Établissements importés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="75"/>
        <source>Establishments updated</source>
        <translation>Établissements mis à jour</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="75"/>
        <source>Rows merged</source>
        <translation>Lignes fusionnées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="75"/>
        <source>Rows skipped</source>
        <translation>Lignes écartées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="92"/>
        <source>Incorrect parameter value for {}</source>
        <translation>Valeur incorrecte pour le paramètre {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="106"/>
        <source>Give the source code of the identifiers (SOURCE), e.g. datatourisme.</source>
        <translation>Donnez le code de la source des identifiants (SOURCE), par exemple datatourisme.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="158"/>
        <source>The file {} does not exist.</source>
        <translation>Le fichier {} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="239"/>
        <source>{} row(s) skipped: {}.</source>
        <translation>{} ligne(s) écartée(s) : {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="241"/>
        <source>  row {}: {} {}</source>
        <translation>  ligne {} : {} {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="243"/>
        <source>  … and {} more.</source>
        <translation>  … et {} de plus.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="245"/>
        <source>Merged, one place: {} (rows {})</source>
        <translation>Fusionnées, un seul lieu : {} (lignes {})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="248"/>
        <source>Already in the database, left as it is: {} (row {}) is the establishment {} ({}).</source>
        <translation>Déjà dans la base, laissé tel quel : {} (ligne {}) est l'établissement {} ({}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="248"/>
        <source>drawn by hand</source>
        <translation>saisi à la main</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="254"/>
        <source>Row {} ({}): unreadable label date {}; left empty.</source>
        <translation>Ligne {} ({}) : date de labellisation illisible {} ; laissée vide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="259"/>
        <source>Values too long for the project database, shortened (a website to its address without the query, else left empty): {}</source>
        <translation>Valeurs trop longues pour la base du projet, raccourcies (un site internet à son adresse sans la requête, sinon laissé vide) : {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="265"/>
        <source>Words of the types not in the table of categories (ignored): {}</source>
        <translation>Mots des types absents de la table des catégories (ignorés) : {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="271"/>
        <source>{}: {} establishment(s) imported, {} updated, {} row(s) merged, {} skipped. By category: {}.</source>
        <translation>{} : {} établissement(s) importé(s), {} mis à jour, {} ligne(s) fusionnée(s), {} écartée(s). Par catégorie : {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="280"/>
        <source>no name</source>
        <translation>pas de nom</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="281"/>
        <source>no coordinates (empty, not numbers, or 0, 0)</source>
        <translation>pas de coordonnées (vides, pas des nombres, ou 0, 0)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="282"/>
        <source>outside the perimeter</source>
        <translation>hors du périmètre</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="283"/>
        <source>unknown category (the type words are shown)</source>
        <translation>catégorie inconnue (les mots du type sont affichés)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="284"/>
        <source>an identifier longer than 64 characters</source>
        <translation>un identifiant de plus de 64 caractères</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="285"/>
        <source>more fields than the header (the count is shown): a delimiter inside a value without quotes?</source>
        <translation>plus de champs que l'en-tête (le nombre est affiché) : un séparateur dans une valeur sans guillemets ?</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="292"/>
        <source>{} is not {} text (byte {} on line {}). Save it as CSV UTF-8, or give its encoding in ENCODING (cp1252 for a file saved by Excel).</source>
        <translation>{} n'est pas du texte {} (octet {} ligne {}). Enregistrez-le en CSV UTF-8, ou donnez son encodage dans ENCODING (cp1252 pour un fichier enregistré par Excel).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="297"/>
        <source>Python does not know the encoding {}; give one such as utf-8, cp1252 or latin-1.</source>
        <translation>Python ne connaît pas l'encodage {} ; donnez-en un comme utf-8, cp1252 ou latin-1.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="300"/>
        <source>{} has one column only (its first line: {}): its delimiter is not a comma, a semicolon, a tab or |. Save it as CSV.</source>
        <translation>{} n'a qu'une colonne (sa première ligne : {}) : son séparateur n'est ni une virgule, ni un point-virgule, ni une tabulation, ni |. Enregistrez-le en CSV.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="306"/>
        <source>{} has no column {}. Its columns are: {}. Give the names of its columns in these parameters.</source>
        <translation>{} n'a pas de colonne {}. Ses colonnes sont : {}. Donnez les noms de ses colonnes dans ces paramètres.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_accueil_velo.py" line="309"/>
        <source>{} is empty.</source>
        <translation>{} est vide.</translation>
    </message>
</context>
<context>
    <name>ImportOsmNetwork</name>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="49"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="57"/>
        <source>Project database (GeoPackage, or a PostgreSQL connection with its schema)</source>
        <translation>Base du projet (GeoPackage, ou une connexion PostgreSQL avec son schéma)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="59"/>
        <source>Perimeter (keep what intersects it)</source>
        <translation>Périmètre (garder ce qui le touche)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="62"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="62"/>
        <source>Append: update what was imported before, add the rest</source>
        <translation>Ajout : mettre à jour ce qui a été importé auparavant, ajouter le reste</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="62"/>
        <source>Replace what earlier OpenStreetMap imports wrote</source>
        <translation>Remplacer ce qu'ont écrit les imports OpenStreetMap précédents</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="84"/>
        <source>Numbered nodes written</source>
        <translation>Nœuds numérotés écrits</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="85"/>
        <source>Sections written</source>
        <translation>Tronçons écrits</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="86"/>
        <source>Length of the sections written (m)</source>
        <translation>Longueur des tronçons écrits (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="87"/>
        <source>Itineraries written</source>
        <translation>Itinéraires écrits</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="90"/>
        <source>Green links written</source>
        <translation>Liaisons de trame verte écrites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="94"/>
        <source>OpenStreetMap elements left out</source>
        <translation>Éléments OpenStreetMap écartés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="74"/>
        <source>Project database</source>
        <translation>Base du projet</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="137"/>
        <source>relation incomplete in the extract: none of its ways is in it (or it holds only other relations)</source>
        <translation>relation incomplète dans l'extrait : aucun de ses chemins n'y est (ou elle ne contient que d'autres relations)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="140"/>
        <source>way without nodes in the extract, or with all its nodes at one place</source>
        <translation>chemin sans nœuds dans l'extrait, ou dont tous les nœuds sont au même endroit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="142"/>
        <source>node whose number is not a whole number</source>
        <translation>nœud dont le numéro n'est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="143"/>
        <source>outside the perimeter</source>
        <translation>hors du périmètre</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="190"/>
        <source>Reading {}…</source>
        <translation>Lecture de {}…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="178"/>
        <source>The layers could not be given the credit {} in their metadata ({}); give it in the sources of the map exports.</source>
        <translation>Les couches n'ont pas pu recevoir le crédit {} dans leurs métadonnées ({}) ; indiquez-le dans les sources des exports cartographiques.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="238"/>
        <source>{} (OpenStreetMap {})</source>
        <translation>{} (OpenStreetMap {})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="307"/>
        <source>{} left out: {} (e.g. {}).</source>
        <translation>{} écarté(s) : {} (par exemple {}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="310"/>
        <source>Relation relation/{} {} is incomplete in the extract: {} of its {} ways are missing; imported from the others.</source>
        <translation>La relation relation/{} {} est incomplète dans l'extrait : {} de ses {} chemins manquent ; importée à partir des autres.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="316"/>
        <source>Itinerary {} (relation/{}): its {} ways do not all touch; {} straight joins ({:.0f} m in all) make it one line.</source>
        <translation>Itinéraire {} (relation/{}) : ses {} chemins ne se touchent pas tous ; {} raccords en ligne droite ({:.0f} m au total) en font une seule ligne.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="325"/>
        <source>{} section ends are at a junction or a dead end without a numbered node.</source>
        <translation>{} extrémités de tronçons sont à une jonction ou une impasse sans nœud numéroté.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="330"/>
        <source>{}: {} added, {} updated, {} deleted first.</source>
        <translation>{} : {} ajoutés, {} mis à jour, {} supprimés d'abord.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="46"/>
        <source>Import OpenStreetMap networks</source>
        <translation>Importer les réseaux OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="54"/>
        <source>OpenStreetMap extract (.osm, .osm.pbf, Overpass .xml)</source>
        <translation>Extrait OpenStreetMap (.osm, .osm.pbf, .xml d'Overpass)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="54"/>
        <source>OpenStreetMap (*.osm *.pbf *.xml);;All files (*)</source>
        <translation>OpenStreetMap (*.osm *.pbf *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="66"/>
        <source>Modes to import (node networks, itineraries, links)</source>
        <translation>Modes à importer (réseaux points-nœuds, itinéraires, liaisons)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="70"/>
        <source>Also import railway stations, campsites and motorhome areas</source>
        <translation>Importer aussi les gares, les campings et les aires de camping-cars</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="88"/>
        <source>Node network links written</source>
        <translation>Liaisons de réseaux points-nœuds écrites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="89"/>
        <source>Links that are broken</source>
        <translation>Liaisons interrompues</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="91"/>
        <source>Railway stations written</source>
        <translation>Gares écrites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="92"/>
        <source>Campsites written</source>
        <translation>Campings écrits</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="93"/>
        <source>Motorhome areas written</source>
        <translation>Aires de camping-cars écrites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="144"/>
        <source>route relation neither of a node network (network=rcn, lcn, rwn, lwn…) nor a named itinerary (its network tag names no level of its mode, or it has no name or ref)</source>
        <translation>relation de route qui n'est ni d'un réseau points-nœuds (network=rcn, lcn, rwn, lwn…) ni un itinéraire nommé (son attribut network ne donne aucun niveau de son mode, ou elle n'a ni name ni ref)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="148"/>
        <source>section without length</source>
        <translation>tronçon sans longueur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="149"/>
        <source>station, campsite or motorhome area mapped as a relation none of whose ways is in the extract</source>
        <translation>gare, camping ou aire de camping-cars cartographié comme une relation dont aucun chemin n'est dans l'extrait</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="188"/>
        <source>Choose at least one mode in MODES (0 cycling … 5 roller skating).</source>
        <translation>Choisissez au moins un mode dans MODES (0 vélo … 5 roller).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="199"/>
        <source>{} is not an OpenStreetMap extract that can be read ({}). Give an OSM XML file (.osm, or .xml and files without extension from the Overpass API) or an .osm.pbf file, e.g. from download.geofabrik.de.</source>
        <translation>{} n'est pas un extrait OpenStreetMap lisible ({}). Donnez un fichier OSM XML (.osm, ou les .xml et fichiers sans extension de l'API Overpass) ou un fichier .osm.pbf, par exemple de download.geofabrik.de.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="206"/>
        <source>{} tagged nodes, {} ways and {} route relations read.</source>
        <translation>{} nœuds étiquetés, {} chemins et {} relations de route lus.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="217"/>
        <source>{} holds no route relation of the modes asked ({}) among its {} relations: there is nothing to import. It holds: {}. Choose MODES among the modes it holds; check that the extract covers a network and that it kept its relations (osmium extract --strategy complete_ways or smart).</source>
        <translation>{} ne contient aucune relation de route des modes demandés ({}) parmi ses {} relations : il n'y a rien à importer. Il contient : {}. Choisissez MODES parmi les modes qu'il contient ; vérifiez que l'extrait couvre un réseau et qu'il a gardé ses relations (osmium extract --strategy complete_ways ou smart).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="217"/>
        <source>no route of any mode</source>
        <translation>aucune route d'aucun mode</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="229"/>
        <source>{} ({} route relations)</source>
        <translation>{} ({} relations de route)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="240"/>
        <source>Railway station (OpenStreetMap {})</source>
        <translation>Gare (OpenStreetMap {})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="241"/>
        <source>Campsite (OpenStreetMap {})</source>
        <translation>Camping (OpenStreetMap {})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="242"/>
        <source>Motorhome area (OpenStreetMap {})</source>
        <translation>Aire de camping-cars (OpenStreetMap {})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="321"/>
        <source>{} numbered nodes lie on no way of their network&apos;s relations: imported, with their tag&apos;s level as network.</source>
        <translation>{} nœuds numérotés ne sont sur aucun chemin des relations de leur réseau : importés, avec le niveau de leur attribut comme réseau.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="337"/>
        <source>The extract holds route relations of: {}.</source>
        <translation>L'extrait contient des relations de route de : {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="337"/>
        <source>no mode</source>
        <translation>aucun mode</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="341"/>
        <source>Not imported (not in MODES): {}.</source>
        <translation>Non importés (absents de MODES) : {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="345"/>
        <source>The extract holds no route relation of {}; it holds {}.</source>
        <translation>L'extrait ne contient aucune relation de route de {} ; il contient {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="365"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="351"/>
        <source>{}: {} numbered nodes, {} sections ({:.1f} km), {} itineraries, {} links.</source>
        <translation>{} : {} nœuds numérotés, {} tronçons ({:.1f} km), {} itinéraires, {} liaisons.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="365"/>
        <source>Links: {} written; their facts: {}.</source>
        <translation>Liaisons : {} écrites ; leurs constats : {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="102"/>
        <source>Numbered nodes written, cycling</source>
        <translation>Nœuds numérotés écrits, vélo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="103"/>
        <source>Sections written, cycling</source>
        <translation>Tronçons écrits, vélo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="104"/>
        <source>Length of the sections written (m), cycling</source>
        <translation>Longueur des tronçons écrits (m), vélo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="105"/>
        <source>Itineraries written, cycling</source>
        <translation>Itinéraires écrits, vélo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="106"/>
        <source>Links written, cycling</source>
        <translation>Liaisons écrites, vélo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="107"/>
        <source>Numbered nodes written, walking</source>
        <translation>Nœuds numérotés écrits, marche</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="108"/>
        <source>Sections written, walking</source>
        <translation>Tronçons écrits, marche</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="109"/>
        <source>Length of the sections written (m), walking</source>
        <translation>Longueur des tronçons écrits (m), marche</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="110"/>
        <source>Itineraries written, walking</source>
        <translation>Itinéraires écrits, marche</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="111"/>
        <source>Links written, walking</source>
        <translation>Liaisons écrites, marche</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="112"/>
        <source>Numbered nodes written, horse riding</source>
        <translation>Nœuds numérotés écrits, cheval</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="113"/>
        <source>Sections written, horse riding</source>
        <translation>Tronçons écrits, cheval</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="114"/>
        <source>Length of the sections written (m), horse riding</source>
        <translation>Longueur des tronçons écrits (m), cheval</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="115"/>
        <source>Itineraries written, horse riding</source>
        <translation>Itinéraires écrits, cheval</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="116"/>
        <source>Links written, horse riding</source>
        <translation>Liaisons écrites, cheval</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="117"/>
        <source>Numbered nodes written, canoe</source>
        <translation>Nœuds numérotés écrits, canoë</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="118"/>
        <source>Sections written, canoe</source>
        <translation>Tronçons écrits, canoë</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="119"/>
        <source>Length of the sections written (m), canoe</source>
        <translation>Longueur des tronçons écrits (m), canoë</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="120"/>
        <source>Itineraries written, canoe</source>
        <translation>Itinéraires écrits, canoë</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="121"/>
        <source>Links written, canoe</source>
        <translation>Liaisons écrites, canoë</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="122"/>
        <source>Numbered nodes written, boat</source>
        <translation>Nœuds numérotés écrits, bateau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="123"/>
        <source>Sections written, boat</source>
        <translation>Tronçons écrits, bateau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="124"/>
        <source>Length of the sections written (m), boat</source>
        <translation>Longueur des tronçons écrits (m), bateau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="125"/>
        <source>Itineraries written, boat</source>
        <translation>Itinéraires écrits, bateau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="126"/>
        <source>Links written, boat</source>
        <translation>Liaisons écrites, bateau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="127"/>
        <source>Numbered nodes written, roller skating</source>
        <translation>Nœuds numérotés écrits, roller</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="128"/>
        <source>Sections written, roller skating</source>
        <translation>Tronçons écrits, roller</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="129"/>
        <source>Length of the sections written (m), roller skating</source>
        <translation>Longueur des tronçons écrits (m), roller</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="131"/>
        <source>Itineraries written, roller skating</source>
        <translation>Itinéraires écrits, roller</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_osm_network.py" line="132"/>
        <source>Links written, roller skating</source>
        <translation>Liaisons écrites, roller</translation>
    </message>
    <message>
        <location filename="../processing/help/importosmnetwork.py" line="5"/>
        <source>Fills the project database with the node networks and itineraries of every mode of an OpenStreetMap extract (cycling, walking, horse riding, canoe, boat, roller skating), the links of the node networks with their integrity, and the railway stations, campsites and motorhome areas (read with GDAL, no network access).

Parameters
- OpenStreetMap extract (INPUT): an OSM XML file (.osm, or an Overpass API download saved as .xml or without extension) or an .osm.pbf file: the content says which, not the name. Keep the relations and their complete ways when you cut it (osmium extract --strategy complete_ways or smart).
- Project database (DATABASE): the project GeoPackage made by Create project database, or a PostgreSQL connection (a saved connection's name, a postgresql:// URI or service=) with its schema (SCHEMA, default itinerance). A database of an earlier version is brought up to date first.
- Perimeter (PERIMETER, optional): polygons, e.g. the perimetres layer; only what intersects them is imported.
- Mode (MODE): 0 append (default): a feature already imported from OpenStreetMap (same OSM id) is updated, the others are added; 1 replace: what earlier OpenStreetMap imports wrote is deleted first (of the modes imported only). Features drawn by hand are never touched, and a re-import updates only the fields it fills (the status of a section, a commune typed in stay).
- Modes to import (MODES, default all): 0 cycling (velo), 1 walking (marche), 2 horse riding (cheval), 3 canoe, 4 boat (bateau), 5 roller skating (roller); several separated by commas (--MODES=0,1). The log says which modes the extract holds.
- Stations, campsites and motorhome areas (POIS, default yes): also import them.

What it writes, every feature with source osm and its OSM id in source_id (a node or section of another mode than cycling has its mode before it, marche:node/…)
- noeuds: the numbered nodes of each mode (rcn_ref, lcn_ref; rwn_ref, lwn_ref; rhn_ref; rpn_ref; rmn_ref; rin_ref…), with their mode: a node on a cycling and a walking network is a node of each.
- troncons: the ways of the regional and local route relations of each mode (network=rcn, lcn, rwn, lwn, rhn…), joined and split so that every section runs from node to node, with its mode, network and surface; no section without length.
- itineraires: one line per named route of any level (icn, ncn, rcn, lcn; iwn … lwn for route=hiking or foot; rhn for route=horse…), with its mode and kind (eurovelo, voie_verte, boucle, else veloroute).
- liaisons: one line per node-to-node route (17-19) of every mode, with ref, from_number, to_number, mode, network, length_m, state (proposed) and its integrity: facts (broken: no path from its start node to its end node or none back; unused_segments: pieces of its ways on neither path, counted in unused_segment_count; redundant_nodes: other numbered nodes on it, their numbers in redundant_numbers; one_way: tagged one-way, one path only; start_node_missing, end_node_missing: no node with that number on its ways; name_mismatch: its name does not match its nodes).
- trame: the cycleways, paths and tracks on a former railway (cavalier) or tagged as a voie verte.
- gares: railway stations and halts with passenger trains (not metro, tram, freight or disused ones), with their UIC code; etablissements: campsites (tourism=camp_site, category hebergement); aires: motorhome areas (tourism=caravan_site, kind aire_camping_car). An area gives a point inside it.
One transaction: if anything fails, nothing is written. The layers' metadata credit © OpenStreetMap contributors, ODbL 1.0, which the map exports print.

Results: NODE_COUNT, SECTION_COUNT, NETWORK_LENGTH_M, ITINERARY_COUNT, LINK_COUNT (every mode), the same per mode: NODE_COUNT_VELO, SECTION_COUNT_VELO, NETWORK_LENGTH_M_VELO, ITINERARY_COUNT_VELO, LINK_COUNT_VELO; NODE_COUNT_MARCHE, SECTION_COUNT_MARCHE, NETWORK_LENGTH_M_MARCHE, ITINERARY_COUNT_MARCHE, LINK_COUNT_MARCHE; NODE_COUNT_CHEVAL, SECTION_COUNT_CHEVAL, NETWORK_LENGTH_M_CHEVAL, ITINERARY_COUNT_CHEVAL, LINK_COUNT_CHEVAL; NODE_COUNT_CANOE, SECTION_COUNT_CANOE, NETWORK_LENGTH_M_CANOE, ITINERARY_COUNT_CANOE, LINK_COUNT_CANOE; NODE_COUNT_BATEAU, SECTION_COUNT_BATEAU, NETWORK_LENGTH_M_BATEAU, ITINERARY_COUNT_BATEAU, LINK_COUNT_BATEAU; NODE_COUNT_ROLLER, SECTION_COUNT_ROLLER, NETWORK_LENGTH_M_ROLLER, ITINERARY_COUNT_ROLLER, LINK_COUNT_ROLLER; BROKEN_LINK_COUNT, TRAME_COUNT, STATION_COUNT, CAMPSITE_COUNT, MOTORHOME_AREA_COUNT, SKIPPED_COUNT (OSM elements left out, each reason in the log), DATABASE.

Example: qgis_process.bin --json run itinerance:importosmnetwork --INPUT=nord-pas-de-calais.osm.pbf --DATABASE=inventaire.gpkg --PERIMETER='inventaire.gpkg|layername=perimetres' --MODES=0,1

More: the Help button opens the page of this algorithm in the plugin's documentation, docs/algorithms/importosmnetwork.md.</source>
        <translation>Remplit la base du projet avec les réseaux points-nœuds et les itinéraires de tous les modes d'un extrait OpenStreetMap (vélo, marche, cheval, canoë, bateau, roller), les liaisons des réseaux points-nœuds avec leur intégrité, et les gares, campings et aires de camping-cars (lu avec GDAL, sans accès au réseau).

Paramètres
- Extrait OpenStreetMap (INPUT) : un fichier OSM XML (.osm, ou un téléchargement de l'API Overpass enregistré en .xml ou sans extension) ou un fichier .osm.pbf : c'est le contenu qui le dit, pas le nom. Gardez les relations et leurs chemins entiers quand vous le découpez (osmium extract --strategy complete_ways ou smart).
- Base du projet (DATABASE) : le GeoPackage du projet fait par Créer la base du projet, ou une connexion PostgreSQL (le nom d'une connexion enregistrée, une URI postgresql:// ou service=) avec son schéma (SCHEMA, par défaut itinerance). Une base d'une version précédente est d'abord mise à jour.
- Périmètre (PERIMETER, facultatif) : des polygones, par exemple la couche perimetres ; seul ce qui les touche est importé.
- Mode (MODE) : 0 ajout (par défaut) : un objet déjà importé d'OpenStreetMap (même identifiant OSM) est mis à jour, les autres sont ajoutés ; 1 remplacement : ce qu'ont écrit les imports OpenStreetMap précédents est d'abord supprimé (des modes importés seulement). Les objets saisis à la main ne sont jamais touchés, et un nouvel import ne met à jour que les champs qu'il remplit (l'état d'un tronçon, une commune saisie restent).
- Modes à importer (MODES, par défaut tous) : 0 vélo (velo), 1 marche (marche), 2 cheval (cheval), 3 canoë (canoe), 4 bateau (bateau), 5 roller (roller) ; plusieurs séparés par des virgules (--MODES=0,1). Le journal dit quels modes l'extrait contient.
- Gares, campings et aires de camping-cars (POIS, par défaut oui) : les importer aussi.

Ce qu'il écrit, chaque objet avec la source osm et son identifiant OSM dans source_id (un nœud ou un tronçon d'un autre mode que le vélo a son mode devant, marche:node/…)
- noeuds : les nœuds numérotés de chaque mode (rcn_ref, lcn_ref ; rwn_ref, lwn_ref ; rhn_ref ; rpn_ref ; rmn_ref ; rin_ref…), avec leur mode : un nœud d'un réseau vélo et d'un réseau pédestre est un nœud de chacun.
- troncons : les chemins des relations de route régionales et locales de chaque mode (network=rcn, lcn, rwn, lwn, rhn…), joints et découpés pour que chaque tronçon aille de nœud à nœud, avec son mode, son réseau et son revêtement ; aucun tronçon sans longueur.
- itineraires : une ligne par route nommée de tout niveau (icn, ncn, rcn, lcn ; iwn … lwn pour route=hiking ou foot ; rhn pour route=horse…), avec son mode et son type (eurovelo, voie_verte, boucle, sinon veloroute).
- liaisons : une ligne par route de nœud à nœud (17-19) de chaque mode, avec ref, from_number, to_number, mode, network, length_m, state (proposed) et son intégrité : facts (broken : pas de chemin de son nœud de départ à son nœud d'arrivée, ou pas de retour ; unused_segments : des morceaux de ses chemins sur aucun des deux, comptés dans unused_segment_count ; redundant_nodes : d'autres nœuds numérotés sur elle, leurs numéros dans redundant_numbers ; one_way : étiquetée à sens unique, un seul chemin ; start_node_missing, end_node_missing : aucun nœud de ce numéro sur ses chemins ; name_mismatch : son nom ne correspond pas à ses nœuds).
- trame : les pistes cyclables, sentiers et chemins d'exploitation sur une ancienne voie ferrée (cavalier) ou décrits comme voie verte.
- gares : les gares et haltes où s'arrêtent des trains de voyageurs (pas celles du métro, du tramway, du fret ni les désaffectées), avec leur code UIC ; etablissements : les campings (tourism=camp_site, catégorie hebergement) ; aires : les aires de camping-cars (tourism=caravan_site, type aire_camping_car). Une surface donne un point à l'intérieur.
Une seule transaction : si quoi que ce soit échoue, rien n'est écrit. Les métadonnées des couches créditent © OpenStreetMap contributors, ODbL 1.0, que les exports cartographiques impriment.

Résultats : NODE_COUNT, SECTION_COUNT, NETWORK_LENGTH_M, ITINERARY_COUNT, LINK_COUNT (tous modes), les mêmes par mode : NODE_COUNT_VELO, SECTION_COUNT_VELO, NETWORK_LENGTH_M_VELO, ITINERARY_COUNT_VELO, LINK_COUNT_VELO ; NODE_COUNT_MARCHE, SECTION_COUNT_MARCHE, NETWORK_LENGTH_M_MARCHE, ITINERARY_COUNT_MARCHE, LINK_COUNT_MARCHE ; NODE_COUNT_CHEVAL, SECTION_COUNT_CHEVAL, NETWORK_LENGTH_M_CHEVAL, ITINERARY_COUNT_CHEVAL, LINK_COUNT_CHEVAL ; NODE_COUNT_CANOE, SECTION_COUNT_CANOE, NETWORK_LENGTH_M_CANOE, ITINERARY_COUNT_CANOE, LINK_COUNT_CANOE ; NODE_COUNT_BATEAU, SECTION_COUNT_BATEAU, NETWORK_LENGTH_M_BATEAU, ITINERARY_COUNT_BATEAU, LINK_COUNT_BATEAU ; NODE_COUNT_ROLLER, SECTION_COUNT_ROLLER, NETWORK_LENGTH_M_ROLLER, ITINERARY_COUNT_ROLLER, LINK_COUNT_ROLLER ; BROKEN_LINK_COUNT, TRAME_COUNT, STATION_COUNT, CAMPSITE_COUNT, MOTORHOME_AREA_COUNT, SKIPPED_COUNT (éléments OSM écartés, chaque raison dans le journal), DATABASE.

Exemple : qgis_process.bin --json run itinerance:importosmnetwork --INPUT=nord-pas-de-calais.osm.pbf --DATABASE=inventaire.gpkg --PERIMETER='inventaire.gpkg|layername=perimetres' --MODES=0,1

Pour en savoir plus : le bouton Aide ouvre la page de cet algorithme dans la documentation de l'extension, docs/algorithms/importosmnetwork.md.</translation>
    </message>
</context>
<context>
    <name>ImportStations</name>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="39"/>
        <source>Import the SNCF stations</source>
        <translation>Importer les gares SNCF</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="42"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="45"/>
        <source>SNCF list of passenger stations (CSV)</source>
        <translation>Liste SNCF des gares de voyageurs (CSV)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="45"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="48"/>
        <source>Project database (GeoPackage, or a PostgreSQL connection)</source>
        <translation>Base du projet (GeoPackage, ou une connexion PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="50"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="50"/>
        <source>Append: add new stations only</source>
        <translation>Ajout : ajouter seulement les nouvelles gares</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="50"/>
        <source>Update: also update those imported before</source>
        <translation>Mise à jour : mettre aussi à jour celles importées auparavant</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="54"/>
        <source>Perimeter (polygons)</source>
        <translation>Périmètre (polygones)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="57"/>
        <source>Communes with their INSEE code (default: the communes of the database&apos;s perimetres)</source>
        <translation>Communes avec leur code INSEE (par défaut : les communes des périmètres de la base)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="61"/>
        <source>Encoding of the CSV (default UTF-8)</source>
        <translation>Encodage du CSV (UTF-8 par défaut)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="63"/>
        <source>Stations imported</source>
        <translation>Gares importées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="63"/>
        <source>Stations updated</source>
        <translation>Gares mises à jour</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="63"/>
        <source>Stations outside the perimeter</source>
        <translation>Gares hors du périmètre</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="63"/>
        <source>Rows skipped (named in the log)</source>
        <translation>Lignes ignorées (nommées dans le journal)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="87"/>
        <source>{} station(s) read, {} outside the perimeter; {} commune(s) named from their INSEE code.</source>
        <translation>{} gare(s) lue(s), {} hors du périmètre ; {} commune(s) nommée(s) d'après leur code INSEE.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="112"/>
        <source>The file {} does not exist.</source>
        <translation>Le fichier {} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="131"/>
        <source>COMMUNES needs a code field (code, insee) and a name field (name, nom); {} has {}.</source>
        <translation>COMMUNES demande un champ de code (code, insee) et un champ de nom (name, nom) ; {} a {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="146"/>
        <source>no coordinates</source>
        <translation>sans coordonnées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="146"/>
        <source>no name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="147"/>
        <source>no UIC code</source>
        <translation>sans code UIC</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="152"/>
        <source>{} row(s) skipped: {}.</source>
        <translation>{} ligne(s) ignorée(s) : {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="154"/>
        <source>  line {}: {} {}</source>
        <translation>  ligne {} : {} {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="157"/>
        <source>  … and {} more.</source>
        <translation>  … et {} de plus.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="159"/>
        <source>Already in the database, left as it is: {} (line {}) is the station {} ({}).</source>
        <translation>Déjà dans la base, laissée telle quelle : {} (ligne {}) est la gare {} ({}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="159"/>
        <source>drawn by hand</source>
        <translation>saisie à la main</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="162"/>
        <source>{}: {} station(s) imported, {} updated, {} row(s) skipped.</source>
        <translation>{} : {} gare(s) importée(s), {} mise(s) à jour, {} ligne(s) ignorée(s).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="168"/>
        <source>{} has no column {}: is it the SNCF list (columns Nom, Position géographique, Code(s) UIC)? Its columns are: {}.</source>
        <translation>{} n'a pas de colonne {} : est-ce bien la liste SNCF (colonnes Nom, Position géographique, Code(s) UIC) ? Ses colonnes sont : {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="173"/>
        <source>{} is not {} text (line {}): give its encoding in ENCODING.</source>
        <translation>{} n'est pas du texte {} (ligne {}) : indiquez son encodage dans ENCODING.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="176"/>
        <source>Python does not know the encoding {}.</source>
        <translation>Python ne connaît pas l'encodage {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_stations.py" line="178"/>
        <source>{} is empty or has one column only.</source>
        <translation>{} est vide ou n'a qu'une colonne.</translation>
    </message>
    <message>
        <location filename="../processing/help/importstations.py" line="5"/>
        <source>Imports the SNCF list of passenger stations (&quot;gares de voyageurs&quot;, the CSV of the SNCF open-data portal) into the gares layer of the project database, in one transaction: where itinerance products start and end (planstages, stationaccess).

What it reads. The file as the portal exports it: UTF-8 (with or without BOM), ';' separated, columns Nom, Segment(s) DRG, Position géographique (&quot;lat, lon&quot; in one field, WGS84), Code commune (INSEE), Code(s) UIC. Each row becomes a station: name; uic, the first UIC code (a station of several services lists several: the others are only in the log); kind halte when every segment is C, else gare; commune, the name of its INSEE code from COMMUNES (or from the database's perimetres communes), else the code itself. Rows without coordinates (the list has a few, RER and tramway stops of Paris), without a name or without a UIC code are skipped, counted and named in the log.

Updating. A station keeps source sncf and source_id its UIC code: importing a newer list updates the stations imported before (mode Update) instead of adding them again; a station already there from another source (OpenStreetMap) or drawn by hand with the same name within 50 m is left as it is.

Parameters
- SNCF list (INPUT): the CSV file.
- Project database (DATABASE, SCHEMA): a GeoPackage, or a PostgreSQL connection and its schema (default itinerance); brought up to date first.
- Mode (MODE): 0 append new stations only, 1 also update those imported before (default).
- Perimeter (PERIMETER, optional): polygons, e.g. the EPCI; only the stations inside are imported.
- Communes (COMMUNES, optional): a layer or table with an INSEE code field (code, insee) and a name field (name, nom).
- Encoding of the CSV (ENCODING): default UTF-8.

Results: IMPORTED_COUNT, UPDATED_COUNT, OUTSIDE_COUNT, SKIPPED_COUNT.

Example:
qgis_process.bin --json run itinerance:importstations --INPUT=gares_voyageurs_sncf.csv --DATABASE=territoire.gpkg --PERIMETER='territoire.gpkg|layername=perimetres'

More: the Help button opens the page of this algorithm in the plugin's documentation, docs/algorithms/importstations.md.</source>
        <translation>Importe la liste SNCF des gares de voyageurs (le CSV du portail open data de la SNCF) dans la couche gares de la base du projet, en une seule transaction : là où les produits d'itinérance partent et arrivent (planstages, stationaccess).

Ce qu'il lit. Le fichier tel que le portail l'exporte : UTF-8 (avec ou sans BOM), séparé par des « ; », colonnes Nom, Segment(s) DRG, Position géographique (« lat, lon » dans un seul champ, WGS84), Code commune (INSEE), Code(s) UIC. Chaque ligne devient une gare : name ; uic, le premier code UIC (une gare de plusieurs services en liste plusieurs : les autres ne figurent que dans le journal) ; kind halte quand tous les segments sont C, sinon gare ; commune, le nom de son code INSEE pris dans COMMUNES (ou dans les communes des perimetres de la base), sinon le code lui-même. Les lignes sans coordonnées (la liste en a quelques-unes, des arrêts RER et tramway de Paris), sans nom ou sans code UIC sont ignorées, comptées et nommées dans le journal.

Mise à jour. Une gare garde la source sncf et pour source_id son code UIC : importer une liste plus récente met à jour les gares importées auparavant (mode Mise à jour) au lieu de les ajouter de nouveau ; une gare déjà présente d'une autre source (OpenStreetMap) ou saisie à la main, de même nom à moins de 50 m, est laissée telle quelle.

Paramètres
- Liste SNCF (INPUT) : le fichier CSV.
- Base du projet (DATABASE, SCHEMA) : un GeoPackage, ou une connexion PostgreSQL et son schéma (itinerance par défaut) ; mise à jour d'abord.
- Mode (MODE) : 0 ajouter seulement les nouvelles gares, 1 mettre aussi à jour celles importées auparavant (par défaut).
- Périmètre (PERIMETER, facultatif) : polygones, par ex. les EPCI ; seules les gares à l'intérieur sont importées.
- Communes (COMMUNES, facultatif) : une couche ou une table avec un champ de code INSEE (code, insee) et un champ de nom (name, nom).
- Encodage du CSV (ENCODING) : UTF-8 par défaut.

Résultats : IMPORTED_COUNT, UPDATED_COUNT, OUTSIDE_COUNT, SKIPPED_COUNT.

Exemple :
qgis_process.bin --json run itinerance:importstations --INPUT=gares_voyageurs_sncf.csv --DATABASE=territoire.gpkg --PERIMETER='territoire.gpkg|layername=perimetres'

Pour en savoir plus : le bouton Aide ouvre la page de cet algorithme dans la documentation de l'extension, docs/algorithms/importstations.md.</translation>
    </message>
</context>
<context>
    <name>IndicatorLabels</name>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="28"/>
        <source>Cycling network (km)</source>
        <translation>Réseau cyclable (km)</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="34"/>
        <source>Network {} (km)</source>
        <translation>Réseau {} (km)</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="35"/>
        <source>Surface {} (km)</source>
        <translation>Revêtement {} (km)</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="36"/>
        <source>Network nodes</source>
        <translation>Nœuds du réseau</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="39"/>
        <source>Aires</source>
        <translation>Aires</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="40"/>
        <source>Aires: {}</source>
        <translation>Aires : {}</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="41"/>
        <source>Network served by an aire (%)</source>
        <translation>Réseau desservi par une aire (%)</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="42"/>
        <source>Accueil Vélo establishments</source>
        <translation>Établissements Accueil Vélo</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="43"/>
        <source>Accueil Vélo: {}</source>
        <translation>Accueil Vélo : {}</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="44"/>
        <source>Véloroutes (km)</source>
        <translation>Véloroutes (km)</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="45"/>
        <source>Véloroutes covered by Accueil Vélo (%)</source>
        <translation>Véloroutes couvertes par l'Accueil Vélo (%)</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="46"/>
        <source>Prospects (eligible, not labelled)</source>
        <translation>Prospects (éligibles, non labellisés)</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="47"/>
        <source>Climbs</source>
        <translation>Ascensions</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="48"/>
        <source>Climbs of category {}</source>
        <translation>Ascensions de catégorie {}</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="49"/>
        <source>Green network (km)</source>
        <translation>Trame verte (km)</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="50"/>
        <source>Green network parts</source>
        <translation>Parties de la trame verte</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="51"/>
        <source>Critical links of the green network</source>
        <translation>Liens critiques de la trame verte</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="52"/>
        <source>Hubs (pôles)</source>
        <translation>Pôles</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="53"/>
        <source>Hubs on the green network</source>
        <translation>Pôles desservis par la trame verte</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="54"/>
        <source>{} (previous)</source>
        <translation>{} (précédent)</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="55"/>
        <source>{} (change)</source>
        <translation>{} (évolution)</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="73"/>
        <source>hors catégorie</source>
        <translation>hors catégorie</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="80"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="80"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="29"/>
        <source>Network: {} (km)</source>
        <translation>Réseau : {} (km)</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="37"/>
        <source>Network by mode: {} (km)</source>
        <translation>Réseau par mode : {} (km)</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_labels.py" line="38"/>
        <source>Nodes by mode: {}</source>
        <translation>Nœuds par mode : {}</translation>
    </message>
</context>
<context>
    <name>IndicatorReports</name>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="24"/>
        <source>{} perimeter(s) · {}</source>
        <translation>{} périmètre(s) · {}</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="26"/>
        <source>compared with {}</source>
        <translation>comparé à {}</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="28"/>
        <source>Territory indicators</source>
        <translation>Indicateurs du territoire</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="28"/>
        <source>en</source>
        <translation>fr</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="28"/>
        <source>Perimeters</source>
        <translation>Périmètres</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="28"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="28"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="28"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="28"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="28"/>
        <source>All perimeters together</source>
        <translation>Ensemble des périmètres</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="28"/>
        <source>Figures of</source>
        <translation>Chiffres de</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="28"/>
        <source>Lengths (km)</source>
        <translation>Longueurs (km)</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="28"/>
        <source>Counts</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="28"/>
        <source>Shares (%)</source>
        <translation>Parts (%)</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="28"/>
        <source>Perimeter</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="28"/>
        <source>Network served by an aire</source>
        <translation>Réseau desservi par une aire</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="28"/>
        <source>Network not served</source>
        <translation>Réseau non desservi</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="28"/>
        <source>Cycling network</source>
        <translation>Réseau cyclable</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="28"/>
        <source>Véloroutes</source>
        <translation>Véloroutes</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="28"/>
        <source>Green network</source>
        <translation>Trame verte</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="28"/>
        <source>Aires</source>
        <translation>Aires</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="28"/>
        <source>Accueil Vélo establishments</source>
        <translation>Établissements Accueil Vélo</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="28"/>
        <source>Each perimeter's figures are computed on the layers clipped exactly at its boundary; the totals are those of all the perimeters together. Served: within {:g} m of an aire along the network (aires attached up to {:g} m from it). Véloroutes covered: a labelled establishment within {:g} m in a straight line. Green network: line ends joined within {:g} m; hubs on it within {:g} m.</source>
        <translation>Les chiffres de chaque périmètre sont calculés sur les couches découpées exactement à sa limite ; les totaux sont ceux de l'ensemble des périmètres. Desservi : à moins de {:g} m d'une aire le long du réseau (aires rattachées jusqu'à {:g} m de celui-ci). Véloroutes couvertes : un établissement labellisé à moins de {:g} m à vol d'oiseau. Trame verte : extrémités de lignes raccordées à moins de {:g} m ; pôles desservis à moins de {:g} m.</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="63"/>
        <source>Cannot write {}: the folder {} does not exist or is not writable; choose another report file.</source>
        <translation>Impossible d'écrire {} : le dossier {} n'existe pas ou n'est pas accessible en écriture ; choisissez un autre fichier de rapport.</translation>
    </message>
    <message>
        <location filename="../processing/layouts/indicator_reports.py" line="72"/>
        <source>Cannot write the report {} ({}): choose another file.</source>
        <translation>Impossible d'écrire le rapport {} ({}) : choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>InventoryChecker</name>
    <message>
        <location filename="../processing/inputs/inventory_findings.py" line="275"/>
        <source>{} has no field {}: this check was not run on it.</source>
        <translation>{} n'a pas de champ {} : ce contrôle n'y a pas été appliqué.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/inventory_findings.py" line="292"/>
        <source>Node number {} is used {} times in the network {} (features {}).</source>
        <translation>Le numéro de nœud {} est utilisé {} fois dans le réseau {} (entités {}).</translation>
    </message>
    <message>
        <location filename="../processing/inputs/inventory_findings.py" line="292"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../processing/inputs/inventory_findings.py" line="308"/>
        <source>No network layer (troncons, itineraires, trame) with lines: the distance of aires, nodes and establishments to the network was not checked.</source>
        <translation>Aucune couche de réseau (troncons, itineraires, trame) avec des lignes : la distance des aires, des nœuds et des établissements au réseau n'a pas été contrôlée.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/inventory_findings.py" line="321"/>
        <source>{} is {:.0f} m from the network (more than {:g} m). Move it onto the network or check its position.</source>
        <translation>{} est à {:.0f} m du réseau (plus de {:g} m). Déplacez l'entité sur le réseau ou vérifiez sa position.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/inventory_findings.py" line="334"/>
        <source>{} has the Accueil Vélo label but no label date.</source>
        <translation>{} a le label Accueil Vélo mais pas de date de labellisation.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/inventory_findings.py" line="350"/>
        <source>Node {} of {} has no number.</source>
        <translation>Le nœud {} de {} n'a pas de numéro.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/inventory_findings.py" line="350"/>
        <source>Feature {} of {} has no name.</source>
        <translation>L'entité {} de {} n'a pas de nom.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/inventory_findings.py" line="366"/>
        <source>{} has no geometry.</source>
        <translation>{} n'a pas de géométrie.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/inventory_findings.py" line="368"/>
        <source>{} has an empty geometry.</source>
        <translation>{} a une géométrie vide.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/inventory_findings.py" line="370"/>
        <source>{} has an invalid geometry: {}.</source>
        <translation>{} a une géométrie invalide : {}.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/inventory_findings.py" line="385"/>
        <source>A line end of {} is {:.3g} m from another line of {} but not joined to it: snap the end onto that line, or move it away if they must not meet.</source>
        <translation>Une extrémité de ligne de {} est à {:.3g} m d'une autre ligne de {} sans y être raccordée : accrochez l'extrémité sur cette ligne, ou éloignez-la si elles ne doivent pas se rejoindre.</translation>
    </message>
</context>
<context>
    <name>InventoryDock</name>
    <message>
        <location filename="../resources/forms/inventory_dock.ui" line="21"/>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <location filename="../resources/forms/inventory_dock.ui" line="27"/>
        <source>The inventory layer to list and edit</source>
        <translation>La couche d'inventaire à lister et à modifier</translation>
    </message>
    <message>
        <location filename="../resources/forms/inventory_dock.ui" line="47"/>
        <source>Features</source>
        <translation>Entités</translation>
    </message>
    <message>
        <location filename="../resources/forms/inventory_dock.ui" line="58"/>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <location filename="../resources/forms/inventory_dock.ui" line="62"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../plugin/dock/inventory_dock.py" line="59"/>
        <source>Help: the Inventory dock&apos;s page of the documentation</source>
        <translation>Aide : la page du panneau Inventaire dans la documentation</translation>
    </message>
    <message>
        <location filename="../plugin/dock/inventory_dock.py" line="62"/>
        <source>Circuit</source>
        <translation>Circuit</translation>
    </message>
    <message>
        <location filename="../plugin/dock/inventory_dock.py" line="64"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
</context>
<context>
    <name>InventoryEditor</name>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="73"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="75"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="265"/>
        <source>Discard changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="78"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="79"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="80"/>
        <source>Add a feature on the map</source>
        <translation>Ajouter une entité sur la carte</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="82"/>
        <source>Move the feature: click its new place on the map</source>
        <translation>Déplacer l'entité : cliquez sur son nouvel emplacement sur la carte</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="85"/>
        <source>Delete the feature</source>
        <translation>Supprimer l'entité</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="87"/>
        <source>Zoom to the feature</source>
        <translation>Zoomer sur l'entité</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="153"/>
        <source>Cannot edit</source>
        <translation>Modification impossible</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="153"/>
        <source>{} cannot be edited: its data source is read-only.</source>
        <translation>{} ne peut pas être modifiée : sa source de données est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="189"/>
        <source>Stop editing</source>
        <translation>Quitter l'édition</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="189"/>
        <source>Save the changes to {}?</source>
        <translation>Enregistrer les modifications de {} ?</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="254"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="210"/>
        <source>The form holds values the layer refuses; correct them or press Reset.</source>
        <translation>Le formulaire contient des valeurs que la couche refuse ; corrigez-les ou cliquez sur Réinitialiser.</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="235"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="235"/>
        <source>{} saved.</source>
        <translation>{} enregistrée.</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="245"/>
        <source>{layer} refused the changes. What it did not write is kept in the edits: fix the cause and save again. {errors}</source>
        <translation>{layer} a refusé les modifications. Ce qu'elle n'a pas écrit reste dans les modifications en cours : corrigez la cause et enregistrez de nouveau. {errors}</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="254"/>
        <source>Nothing was written: {count} values break the layer&apos;s rules; every edit is kept, correct them and save again. {lines}</source>
        <translation>Rien n'a été écrit : {count} valeurs enfreignent les règles de la couche ; toutes les modifications sont conservées, corrigez-les et enregistrez de nouveau. {lines}</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="265"/>
        <source>Discard every change to {} since the last save? This cannot be undone.</source>
        <translation>Abandonner toutes les modifications de {} depuis le dernier enregistrement ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="342"/>
        <source>Placed on the network.</source>
        <translation>Placée sur le réseau.</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="343"/>
        <source>No network line within {:g} m: placed where you clicked.</source>
        <translation>Aucune ligne du réseau à moins de {:g} m : placée là où vous avez cliqué.</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="353"/>
        <source>Add a feature</source>
        <translation>Ajouter une entité</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="356"/>
        <source>Not added</source>
        <translation>Non ajoutée</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="356"/>
        <source>{} refused the new feature.</source>
        <translation>{} a refusé la nouvelle entité.</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="361"/>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="361"/>
        <source>Fill in its form, then Save.</source>
        <translation>Remplissez son formulaire, puis Enregistrer.</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="374"/>
        <source>Move a feature</source>
        <translation>Déplacer une entité</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="381"/>
        <source>Moved</source>
        <translation>Déplacée</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="389"/>
        <source>Delete a feature</source>
        <translation>Supprimer une entité</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="394"/>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <location filename="../plugin/editing/inventory_editing.py" line="394"/>
        <source>Undo brings it back until you save.</source>
        <translation>Annuler la fait revenir tant que vous n'avez pas enregistré.</translation>
    </message>
</context>
<context>
    <name>InventoryReader</name>
    <message>
        <location filename="../processing/inputs/indicator_inputs.py" line="141"/>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_inputs.py" line="119"/>
        <source>aires</source>
        <translation>aires</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_inputs.py" line="125"/>
        <source>itineraries</source>
        <translation>itinéraires</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_inputs.py" line="130"/>
        <source>trame</source>
        <translation>trame verte</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_inputs.py" line="173"/>
        <source>establishments</source>
        <translation>établissements</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_inputs.py" line="186"/>
        <source>Hub {} has no geometry: left out.</source>
        <translation>Le pôle {} n'a pas de géométrie : il est laissé de côté.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_inputs.py" line="198"/>
        <source>ascensions</source>
        <translation>ascensions</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_inputs.py" line="206"/>
        <source>ascensions: {} line(s) lie outside the DEM (or on no data): no climb found there.</source>
        <translation>ascensions : {} ligne(s) hors du MNT (ou sur des valeurs manquantes) : aucune ascension n'y est trouvée.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_inputs.py" line="227"/>
        <source>{} is not a layer of polygons; choose the perimeters&apos; polygons (e.g. the perimetres layer).</source>
        <translation>{} n'est pas une couche de polygones ; choisissez les polygones des périmètres (par exemple la couche perimetres).</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_inputs.py" line="238"/>
        <source>Perimeter {} has no geometry: its figures are zeros.</source>
        <translation>Le périmètre {} n'a pas de géométrie : ses chiffres sont nuls.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_inputs.py" line="249"/>
        <source>The perimeter layer has no features: give at least one polygon (an EPCI, a commune).</source>
        <translation>La couche des périmètres n'a aucune entité : donnez au moins un polygone (un EPCI, une commune).</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_inputs.py" line="145"/>
        <source>The network has no mode field: all its sections are taken.</source>
        <translation>Le réseau n'a pas de champ mode : tous ses tronçons sont pris.</translation>
    </message>
    <message>
        <location filename="../processing/inputs/indicator_inputs.py" line="150"/>
        <source>The network has no section of the mode {}: its figures are zeros.</source>
        <translation>Le réseau n'a aucun tronçon du mode {} : ses chiffres sont nuls.</translation>
    </message>
</context>
<context>
    <name>ItineranceAlgorithm</name>
    <message>
        <location filename="../processing/algorithms/base.py" line="155"/>
        <source>empty geometry</source>
        <translation>géométrie vide</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="156"/>
        <source>degenerate geometry</source>
        <translation>géométrie dégénérée</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="158"/>
        <source>invalid geometry</source>
        <translation>géométrie invalide</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="112"/>
        <source>{} already has a field {}; rename it first.</source>
        <translation>{} a déjà un champ {} ; renommez-le d'abord.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="127"/>
        <source>Could not write {}.</source>
        <translation>Impossible d'écrire {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="135"/>
        <source>{}: {} feature(s) skipped ({}).</source>
        <translation>{} : {} entité(s) ignorée(s) ({}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/base.py" line="80"/>
        <source>Mode: {}</source>
        <translation>Mode : {}</translation>
    </message>
</context>
<context>
    <name>ItinerancePlugin</name>
    <message>
        <location filename="../plugin/itinerance_plugin.py" line="68"/>
        <source>&amp;Itinérance</source>
        <translation>&amp;Itinérance</translation>
    </message>
    <message>
        <location filename="../plugin/itinerance_plugin.py" line="69"/>
        <source>Itinérance</source>
        <translation>Itinérance</translation>
    </message>
    <message>
        <location filename="../plugin/itinerance_plugin.py" line="71"/>
        <source>Create project database…</source>
        <translation>Créer la base du projet…</translation>
    </message>
    <message>
        <location filename="../plugin/itinerance_plugin.py" line="76"/>
        <source>Gaps between aires along the network…</source>
        <translation>Écarts entre aires le long du réseau…</translation>
    </message>
    <message>
        <location filename="../plugin/itinerance_plugin.py" line="78"/>
        <source>Accueil Vélo coverage of routes…</source>
        <translation>Couverture Accueil Vélo des itinéraires…</translation>
    </message>
    <message>
        <location filename="../plugin/itinerance_plugin.py" line="81"/>
        <source>Slope profiles and climbs…</source>
        <translation>Profils altimétriques et ascensions…</translation>
    </message>
    <message>
        <location filename="../plugin/itinerance_plugin.py" line="83"/>
        <source>Green network connectivity…</source>
        <translation>Connectivité de la trame verte…</translation>
    </message>
    <message>
        <location filename="../plugin/itinerance_plugin.py" line="86"/>
        <source>Check the inventory…</source>
        <translation>Contrôler l'inventaire…</translation>
    </message>
    <message>
        <location filename="../plugin/itinerance_plugin.py" line="88"/>
        <source>Contract map (PDF)…</source>
        <translation>Carte de contrat (PDF)…</translation>
    </message>
    <message>
        <location filename="../plugin/itinerance_plugin.py" line="90"/>
        <source>Climb sheets (PDF)…</source>
        <translation>Fiches ascensions (PDF)…</translation>
    </message>
    <message>
        <location filename="../plugin/itinerance_plugin.py" line="100"/>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <location filename="../plugin/itinerance_plugin.py" line="104"/>
        <source>Inventory: list, edit and check the project&apos;s inventory</source>
        <translation>Inventaire : lister, modifier et contrôler l'inventaire du projet</translation>
    </message>
    <message>
        <location filename="../plugin/itinerance_plugin.py" line="92"/>
        <source>Indicators report…</source>
        <translation>Rapport d'indicateurs…</translation>
    </message>
    <message>
        <location filename="../plugin/itinerance_plugin.py" line="94"/>
        <source>Circuit from node numbers…</source>
        <translation>Circuit à partir des numéros de nœuds…</translation>
    </message>
    <message>
        <location filename="../plugin/itinerance_plugin.py" line="96"/>
        <source>Circuit sheets (PDF)…</source>
        <translation>Fiches circuits (PDF)…</translation>
    </message>
    <message>
        <location filename="../plugin/itinerance_plugin.py" line="73"/>
        <source>New territory from open data…</source>
        <translation>Nouveau territoire à partir des données ouvertes…</translation>
    </message>
</context>
<context>
    <name>ItineranceProvider</name>
    <message>
        <location filename="../processing/provider.py" line="37"/>
        <source>Itinérance</source>
        <translation>Itinérance</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="40"/>
        <source>Itinérance: cycling and tourism network planning</source>
        <translation>Itinérance : planification des réseaux cyclables et touristiques</translation>
    </message>
</context>
<context>
    <name>LayerRolesPanel</name>
    <message>
        <location filename="../plugin/dock/layer_roles_panel.py" line="59"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../plugin/dock/layer_roles_panel.py" line="61"/>
        <source>chosen</source>
        <translation>choisie</translation>
    </message>
    <message>
        <location filename="../plugin/dock/layer_roles_panel.py" line="61"/>
        <source>by name</source>
        <translation>par son nom</translation>
    </message>
    <message>
        <location filename="../resources/forms/layer_roles_panel.ui" line="15"/>
        <source>Layers named as in the project database (aires, noeuds, troncons…) are found by themselves. Choose another layer for a role if yours is named otherwise; the choice is saved in the project.</source>
        <translation>Les couches nommées comme dans la base du projet (aires, noeuds, troncons…) sont trouvées d'elles-mêmes. Choisissez une autre couche pour un rôle si la vôtre porte un autre nom ; le choix est enregistré dans le projet.</translation>
    </message>
    <message>
        <location filename="../resources/forms/layer_roles_panel.ui" line="26"/>
        <source>Snap points to the network within</source>
        <translation>Accrocher les points au réseau à moins de</translation>
    </message>
    <message>
        <location filename="../resources/forms/layer_roles_panel.ui" line="32"/>
        <source>New or moved aires, nodes and establishments land on the nearest network line within this distance (0: no snapping)</source>
        <translation>Les aires, nœuds et établissements nouveaux ou déplacés se placent sur la ligne du réseau la plus proche dans cette distance (0 : pas d'accrochage)</translation>
    </message>
    <message>
        <location filename="../resources/forms/layer_roles_panel.ui" line="33"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location filename="../resources/forms/layer_roles_panel.ui" line="50"/>
        <source>Find by name again</source>
        <translation>Retrouver par le nom</translation>
    </message>
    <message>
        <location filename="../resources/forms/layer_roles_panel.ui" line="51"/>
        <source>Forget the layers chosen by hand and use the layers named after the roles</source>
        <translation>Oublier les couches choisies à la main et utiliser les couches nommées d'après les rôles</translation>
    </message>
</context>
<context>
    <name>LayoutExport</name>
    <message>
        <location filename="../processing/algorithms/layout_export.py" line="55"/>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/layout_export.py" line="64"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/layout_export.py" line="70"/>
        <source>Resolution (dpi)</source>
        <translation>Résolution (dpi)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/layout_export.py" line="74"/>
        <source>Sources and credits (default: those the layers declare)</source>
        <translation>Sources et crédits (par défaut : celles que déclarent les couches)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/layout_export.py" line="78"/>
        <source>Partner logos (PNG, JPEG or SVG files)</source>
        <translation>Logos des partenaires (fichiers PNG, JPEG ou SVG)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/layout_export.py" line="82"/>
        <source>PDF files (*.pdf);;PNG images (*.png)</source>
        <translation>Fichiers PDF (*.pdf);;Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/layout_export.py" line="90"/>
        <source>Background layers (default: the project&apos;s visible layers)</source>
        <translation>Couches de fond (par défaut : les couches visibles du projet)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/layout_export.py" line="92"/>
        <source>Title of the collection</source>
        <translation>Titre du recueil</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/layout_export.py" line="102"/>
        <source>Unknown layout {}: choose {}.</source>
        <translation>Mise en page {} inconnue : choisissez {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/layout_export.py" line="106"/>
        <source>LAYERS: cannot load {}; check the paths and layer names.</source>
        <translation>LAYERS : impossible de charger {} ; vérifiez les chemins et les noms des couches.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/layout_export.py" line="167"/>
        <source>Rendering {} sheet(s) at {} dpi…</source>
        <translation>Rendu de {} fiche(s) à {} dpi…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/layout_export.py" line="177"/>
        <source>Wrote {}.</source>
        <translation>{} écrit.</translation>
    </message>
</context>
<context>
    <name>MissingDependenciesPlugin</name>
    <message>
        <location filename="../plugin/missing_dependencies_plugin.py" line="23"/>
        <source>Itinérance cannot start</source>
        <translation>Itinérance ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>MotorhomeCoverage</name>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="48"/>
        <source>Motorhome areas near sites and town centres</source>
        <translation>Aires de camping-car près des sites et des centres-bourgs</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="51"/>
        <source>Itinerance products</source>
        <translation>Produits d'itinérance</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="58"/>
        <source>Tourist sites (points or polygons)</source>
        <translation>Sites touristiques (points ou polygones)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="61"/>
        <source>Town centres (points, or polygons such as communes)</source>
        <translation>Centres-bourgs (points, ou polygones comme les communes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="64"/>
        <source>Motorhome areas (points)</source>
        <translation>Aires de camping-car (points)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="66"/>
        <source>Distance from a site, straight line (m)</source>
        <translation>Distance d'un site, à vol d'oiseau (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="69"/>
        <source>Distance from a town centre, straight line (m)</source>
        <translation>Distance d'un centre-bourg, à vol d'oiseau (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="72"/>
        <source>New areas to suggest</source>
        <translation>Nouvelles aires à proposer</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="75"/>
        <source>Candidate places for new areas (default: the uncovered sites and centres)</source>
        <translation>Emplacements candidats pour de nouvelles aires (par défaut : les sites et centres non couverts)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="79"/>
        <source>Metric CRS for geographic input</source>
        <translation>SCR métrique pour les entrées en SCR géographique</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="82"/>
        <source>Sites and centres with their nearest area</source>
        <translation>Sites et centres avec leur aire la plus proche</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="85"/>
        <source>Suggested new areas</source>
        <translation>Nouvelles aires proposées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="88"/>
        <source>Sites and centres</source>
        <translation>Sites et centres</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="88"/>
        <source>Covered share of them (%)</source>
        <translation>Part couverte (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="88"/>
        <source>Sites and centres without an area near</source>
        <translation>Sites et centres sans aire à proximité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="88"/>
        <source>New areas suggested</source>
        <translation>Nouvelles aires proposées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="88"/>
        <source>Features skipped (no point)</source>
        <translation>Entités ignorées (sans point)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="97"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="97"/>
        <source>Kind of place</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="98"/>
        <source>Distance asked (m)</source>
        <translation>Distance demandée (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="99"/>
        <source>Distance to the nearest area (m)</source>
        <translation>Distance à l'aire la plus proche (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="100"/>
        <source>Nearest area</source>
        <translation>Aire la plus proche</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="100"/>
        <source>Covered</source>
        <translation>Couvert</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="101"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="101"/>
        <source>Places newly covered</source>
        <translation>Lieux nouvellement couverts</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="102"/>
        <source>Covered after it (%)</source>
        <translation>Couverts après elle (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="103"/>
        <source>Places it covers</source>
        <translation>Lieux qu'elle couvre</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="106"/>
        <source>Motorhome area within reach</source>
        <translation>Aire de camping-car à portée</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="106"/>
        <source>No motorhome area within reach</source>
        <translation>Aucune aire de camping-car à portée</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="116"/>
        <source>Give the tourist sites (SITES), the town centres (CENTRES) or both.</source>
        <translation>Indiquez les sites touristiques (SITES), les centres-bourgs (CENTRES) ou les deux.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="122"/>
        <source>areas</source>
        <translation>aires de camping-car</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="135"/>
        <source>{} place(s), {:.1f} % with a motorhome area within reach, {} without; {} new area(s) suggested.</source>
        <translation>{} lieu(x), {:.1f} % avec une aire de camping-car à portée, {} sans ; {} nouvelle(s) aire(s) proposée(s).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="152"/>
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="152"/>
        <source>centres</source>
        <translation>centres</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="164"/>
        <source>{}: {} feature(s) without a point skipped.</source>
        <translation>{} : {} entité(s) sans point ignorée(s).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/motorhome_coverage.py" line="167"/>
        <source>{}: {} feature(s) of another category or kind left out.</source>
        <translation>{} : {} entité(s) d'une autre catégorie ou d'un autre type écartée(s).</translation>
    </message>
    <message>
        <location filename="../processing/help/motorhomecoverage.py" line="5"/>
        <source>Which tourist sites and town centres have a motorhome area (aire de camping-car) near them, and where new areas would bring one to the most of those that have none: the contracts&apos; &quot;plan for motorhome areas near tourist sites and town centres&quot;. Distances are straight lines.

Parameters
- Tourist sites (SITES): points or polygons. From the etablissements layer (a layer with a category field) only the site_visite and office_tourisme establishments count. Optional when CENTRES is given.
- Town centres (CENTRES): points, or polygons such as the communes, each taken at its pole of inaccessibility (the point inside it farthest from its edges, QGIS&apos;s own). From the perimetres layer (a layer with a kind field) only the communes count.
- Motorhome areas (AREAS): points. From the aires layer (a kind field) only the aire_camping_car count; from the OpenStreetMap export of the shared data, the tourism=caravan_site.
- Distance from a site (SITE_DISTANCE_M, m): default 5000. Distance from a town centre (CENTRE_DISTANCE_M, m): default 1000. A place is covered when an area lies within its distance.
- New areas to suggest (SUGGEST_COUNT): default 5; 0 for none.
- Candidate places for new areas (CANDIDATES): points, e.g. car parks or land the communes offer. Default: the uncovered sites and centres themselves. The suggestions are chosen greedily: each one is the candidate that covers the most places still uncovered (ties: the first candidate), until SUGGEST_COUNT or until no candidate covers any more.
- Metric CRS for geographic input (TARGET_CRS): used when the areas are in degrees; default EPSG:2154 (Lambert-93).

Outputs
- Sites and centres with their nearest area (OUTPUT): points, one per place: name, kind (site or centre), reach_m (its distance), distance_m to the nearest area, nearest_area, covered.
- Suggested new areas (SUGGESTIONS, optional): rank, name (the candidate&apos;s), gain (places newly covered), covered_after_pct (share of the places covered once it and those before it are built), places (their names).

Results: PLACE_COUNT, COVERED_PCT, UNCOVERED_COUNT, SUGGESTED_COUNT, SKIPPED_COUNT (features without a point).

Example on the sample territory (make demo writes it to build/sample):
qgis_process.bin --json run itinerance:motorhomecoverage --SITES=&apos;build/sample/itinerance_sample.gpkg|layername=etablissements&apos; --CENTRES=&apos;build/sample/itinerance_sample.gpkg|layername=perimetres&apos; --AREAS=&apos;build/sample/itinerance_sample.gpkg|layername=aires&apos; --OUTPUT=aires_cc.gpkg --SUGGESTIONS=nouvelles_aires.gpkg
On the sample, 1 of the 31 sites and communes (3.2 %) has a motorhome area within reach; the first suggested area, at Nieppe, would bring one to 3 of them.

More: the Help button opens the page of this algorithm in the plugin&apos;s documentation, docs/algorithms/motorhomecoverage.md.</source>
        <translation>Quels sites touristiques et centres-bourgs ont une aire de camping-car à proximité, et où de nouvelles aires en apporteraient une au plus grand nombre de ceux qui n'en ont pas : le « plan d'aires de camping-car près des sites touristiques et des centres-bourgs » des contrats. Les distances sont à vol d'oiseau.

Paramètres
- Sites touristiques (SITES) : points ou polygones. De la couche etablissements (une couche avec un champ category), seuls les établissements site_visite et office_tourisme comptent. Facultatif quand CENTRES est indiqué.
- Centres-bourgs (CENTRES) : points, ou polygones comme les communes, chacun pris à son pôle d'inaccessibilité (le point intérieur le plus éloigné de ses bords, celui de QGIS). De la couche perimetres (une couche avec un champ kind), seules les communes comptent.
- Aires de camping-car (AREAS) : points. De la couche aires (un champ kind), seules les aire_camping_car comptent ; de l'export OpenStreetMap des données partagées, les tourism=caravan_site.
- Distance d'un site (SITE_DISTANCE_M, m) : 5000 par défaut. Distance d'un centre-bourg (CENTRE_DISTANCE_M, m) : 1000 par défaut. Un lieu est couvert quand une aire se trouve dans sa distance.
- Nouvelles aires à proposer (SUGGEST_COUNT) : 5 par défaut ; 0 pour aucune.
- Emplacements candidats pour de nouvelles aires (CANDIDATES) : points, par ex. des parkings ou des terrains que proposent les communes. Par défaut : les sites et centres non couverts eux-mêmes. Les propositions sont choisies de façon gloutonne : chacune est le candidat qui couvre le plus de lieux encore non couverts (à égalité : le premier candidat), jusqu'à SUGGEST_COUNT ou jusqu'à ce qu'aucun candidat n'en couvre davantage.
- SCR métrique pour les entrées en SCR géographique (TARGET_CRS) : utilisé quand les aires sont en degrés ; EPSG:2154 (Lambert-93) par défaut.

Sorties
- Sites et centres avec leur aire la plus proche (OUTPUT) : points, un par lieu : name, kind (site ou centre), reach_m (sa distance), distance_m à l'aire la plus proche, nearest_area, covered.
- Nouvelles aires proposées (SUGGESTIONS, facultatif) : rank, name (celui du candidat), gain (lieux nouvellement couverts), covered_after_pct (part des lieux couverts une fois construites elle et celles d'avant), places (leurs noms).

Résultats : PLACE_COUNT, COVERED_PCT, UNCOVERED_COUNT, SUGGESTED_COUNT, SKIPPED_COUNT (entités sans point).

Exemple sur le territoire d'exemple (make demo l'écrit dans build/sample) :
qgis_process.bin --json run itinerance:motorhomecoverage --SITES='build/sample/itinerance_sample.gpkg|layername=etablissements' --CENTRES='build/sample/itinerance_sample.gpkg|layername=perimetres' --AREAS='build/sample/itinerance_sample.gpkg|layername=aires' --OUTPUT=aires_cc.gpkg --SUGGESTIONS=nouvelles_aires.gpkg
Sur le territoire d'exemple, 1 des 31 sites et communes (3,2 %) a une aire de camping-car à portée ; la première aire proposée, à Nieppe, en apporterait une à 3 d'entre eux.

Pour en savoir plus : le bouton Aide ouvre la page de cet algorithme dans la documentation de l'extension, docs/algorithms/motorhomecoverage.md.</translation>
    </message>
</context>
<context>
    <name>NewTerritoryDialog</name>
    <message>
        <location filename="../resources/forms/new_territory_dialog.ui" line="14"/>
        <source>New territory from open data</source>
        <translation>Nouveau territoire à partir des données ouvertes</translation>
    </message>
    <message>
        <location filename="../resources/forms/new_territory_dialog.ui" line="20"/>
        <source>Creates a project GeoPackage and fills it from public data: the cycling network of an OpenStreetMap extract, the Accueil Vélo list, DEM tiles. Each source is optional; the territory opens styled when it is done.</source>
        <translation>Crée un GeoPackage de projet et le remplit à partir de données publiques : le réseau cyclable d'un extrait OpenStreetMap, la liste Accueil Vélo, des dalles de MNT. Chaque source est facultative ; le territoire s'ouvre stylé une fois terminé.</translation>
    </message>
    <message>
        <location filename="../resources/forms/new_territory_dialog.ui" line="32"/>
        <source>Project GeoPackage to create</source>
        <translation>GeoPackage du projet à créer</translation>
    </message>
    <message>
        <location filename="../resources/forms/new_territory_dialog.ui" line="42"/>
        <source>Coordinate reference system (metres)</source>
        <translation>Système de coordonnées (mètres)</translation>
    </message>
    <message>
        <location filename="../resources/forms/new_territory_dialog.ui" line="52"/>
        <source>OpenStreetMap extract (.osm, .osm.pbf)</source>
        <translation>Extrait OpenStreetMap (.osm, .osm.pbf)</translation>
    </message>
    <message>
        <location filename="../resources/forms/new_territory_dialog.ui" line="62"/>
        <source>Accueil Vélo list (DATAtourisme CSV)</source>
        <translation>Liste Accueil Vélo (CSV DATAtourisme)</translation>
    </message>
    <message>
        <location filename="../resources/forms/new_territory_dialog.ui" line="72"/>
        <source>DEM tiles (ASCII grid, GeoTIFF)</source>
        <translation>Dalles de MNT (grille ASCII, GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../resources/forms/new_territory_dialog.ui" line="82"/>
        <source>Perimeter (polygons, optional)</source>
        <translation>Périmètre (polygones, facultatif)</translation>
    </message>
</context>
<context>
    <name>PlanStages</name>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="80"/>
        <source>Plan multi-day stages</source>
        <translation>Planifier des étapes sur plusieurs jours</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="83"/>
        <source>Itinerance products</source>
        <translation>Produits d'itinérance</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="90"/>
        <source>Route (lines, assembled into one route)</source>
        <translation>Itinéraire (lignes, assemblées en un seul itinéraire)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="93"/>
        <source>Railway stations (points)</source>
        <translation>Gares (points)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="95"/>
        <source>Start station (name; empty: the nearest to the route&apos;s start)</source>
        <translation>Gare de départ (nom ; vide : la plus proche du début de l'itinéraire)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="98"/>
        <source>End station (name; empty: the nearest to the route&apos;s other end)</source>
        <translation>Gare d'arrivée (nom ; vide : la plus proche de l'autre bout de l'itinéraire)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="101"/>
        <source>Lodgings (points; of etablissements, the hebergement)</source>
        <translation>Hébergements (points ; des établissements, les hebergement)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="104"/>
        <source>Rider profile</source>
        <translation>Profil du cycliste</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="104"/>
        <source>Balanced: 40 to 70 km, 55 km aimed at</source>
        <translation>Équilibré : 40 à 70 km, 55 km visés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="104"/>
        <source>Family: 25 to 45 km, 35 km aimed at</source>
        <translation>Famille : 25 à 45 km, 35 km visés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="104"/>
        <source>Sporty: 60 to 110 km, 85 km aimed at</source>
        <translation>Sportif : 60 à 110 km, 85 km visés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="109"/>
        <source>Shortest day (km; empty: the profile&apos;s)</source>
        <translation>Journée la plus courte (km ; vide : celle du profil)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="109"/>
        <source>Longest day (km; empty: the profile&apos;s)</source>
        <translation>Journée la plus longue (km ; vide : celle du profil)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="109"/>
        <source>Day length aimed at (km; empty: the profile&apos;s)</source>
        <translation>Longueur de journée visée (km ; vide : celle du profil)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="116"/>
        <source>Preference for Accueil Vélo nights (km² of the cost; 0: none)</source>
        <translation>Préférence pour les nuits Accueil Vélo (km² du coût ; 0 : aucune)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="120"/>
        <source>Farthest lodging from the route (m)</source>
        <translation>Hébergement le plus éloigné de l'itinéraire (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="123"/>
        <source>Network to reach the lodgings (default: straight line)</source>
        <translation>Réseau pour rejoindre les hébergements (par défaut : à vol d'oiseau)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="126"/>
        <source>Digital elevation model</source>
        <translation>Modèle numérique de terrain</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="128"/>
        <source>Most elevation gain in a day (m; needs the DEM)</source>
        <translation>Dénivelé positif maximal d'une journée (m ; demande le MNT)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="131"/>
        <source>Aires to list on the way</source>
        <translation>Aires à lister en chemin</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="133"/>
        <source>Metric CRS for geographic input</source>
        <translation>SCR métrique pour les entrées en SCR géographique</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="136"/>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="138"/>
        <source>Lodging options at each stage end</source>
        <translation>Hébergements possibles à chaque fin d'étape</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="141"/>
        <source>Stay sheet (PDF, one page per day)</source>
        <translation>Fiche séjour (PDF, une page par jour)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="141"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="144"/>
        <source>GPX (one track per day)</source>
        <translation>GPX (une trace par jour)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="144"/>
        <source>GPX files (*.gpx)</source>
        <translation>Fichiers GPX (*.gpx)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="147"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="147"/>
        <source>Length ridden (km)</source>
        <translation>Longueur parcourue (km)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="147"/>
        <source>Nights at an Accueil Vélo lodging</source>
        <translation>Nuits dans un hébergement Accueil Vélo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="147"/>
        <source>Lodgings within reach of the route</source>
        <translation>Hébergements à portée de l'itinéraire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="147"/>
        <source>Features skipped (no usable geometry)</source>
        <translation>Entités ignorées (sans géométrie utilisable)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="156"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="156"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="156"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="157"/>
        <source>Start (km ridden)</source>
        <translation>Début (km parcourus)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="157"/>
        <source>End (km ridden)</source>
        <translation>Fin (km parcourus)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="158"/>
        <source>Length (km)</source>
        <translation>Longueur (km)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="158"/>
        <source>Elevation gain (m)</source>
        <translation>Dénivelé positif (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="159"/>
        <source>Lodging</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="159"/>
        <source>Accueil Vélo</source>
        <translation>Accueil Vélo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="160"/>
        <source>Detour to the lodging (m)</source>
        <translation>Détour jusqu'à l'hébergement (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="161"/>
        <source>Aires on the way</source>
        <translation>Aires en chemin</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="161"/>
        <source>Aires</source>
        <translation>Aires</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="162"/>
        <source>Accueil Vélo stops on the way</source>
        <translation>Haltes Accueil Vélo en chemin</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="163"/>
        <source>Accueil Vélo stops</source>
        <translation>Haltes Accueil Vélo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="164"/>
        <source>At (km ridden)</source>
        <translation>À (km parcourus)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="170"/>
        <source>In the plan</source>
        <translation>Dans le plan</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="165"/>
        <source>Day ending there (km)</source>
        <translation>Journée s'y achevant (km)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="166"/>
        <source>Next day (km)</source>
        <translation>Journée suivante (km)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="170"/>
        <source>Alternative</source>
        <translation>Autre possibilité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="181"/>
        <source>route</source>
        <translation>itinéraire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="205"/>
        <source>{} day(s), {:.1f} km from {} to {}: {}; {} of {} night(s) at an Accueil Vélo lodging.</source>
        <translation>{} jour(s), {:.1f} km de {} à {} : {} ; {} nuit(s) sur {} dans un hébergement Accueil Vélo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="228"/>
        <source>MAX_DAY_GAIN_M needs a DEM to measure the gain: give DEM, or leave MAX_DAY_GAIN_M empty.</source>
        <translation>MAX_DAY_GAIN_M demande un MNT pour mesurer le dénivelé : indiquez DEM, ou laissez MAX_DAY_GAIN_M vide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="242"/>
        <source>The day length aimed at ({:g} km) must lie between the shortest ({:g} km) and the longest day ({:g} km).</source>
        <translation>La longueur de journée visée ({:g} km) doit être comprise entre la journée la plus courte ({:g} km) et la plus longue ({:g} km).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="245"/>
        <source>The shortest day (DAY_MIN_KM = {:g} km) is longer than the longest (DAY_MAX_KM = {:g} km): no day can hold. Give a shortest day at most the longest.</source>
        <translation>La journée la plus courte (DAY_MIN_KM = {:g} km) est plus longue que la plus longue (DAY_MAX_KM = {:g} km) : aucune journée ne peut convenir. Donnez une journée la plus courte au plus égale à la plus longue.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="253"/>
        <source>The route layer has no usable line ({} features read).</source>
        <translation>La couche de l'itinéraire n'a aucune ligne utilisable ({} entités lues).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="257"/>
        <source>The route&apos;s {} lines form {} separate pieces, joined in the order that keeps the breaks short; the {} break(s), not counted in the length:</source>
        <translation>Les {} lignes de l'itinéraire forment {} morceaux séparés, joints dans l'ordre qui garde les coupures courtes ; les {} coupure(s), non comptées dans la longueur :</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="262"/>
        <source>  at km {:.1f}: {:.0f} m</source>
        <translation>  au km {:.1f} : {:.0f} m</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="264"/>
        <source>Route: {:.1f} km.</source>
        <translation>Itinéraire : {:.1f} km.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="285"/>
        <source>START or END names a station: give the STATIONS layer too.</source>
        <translation>START ou END nomme une gare : indiquez aussi la couche STATIONS.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="287"/>
        <source>km 0</source>
        <translation>km 0</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="287"/>
        <source>km {:.1f}</source>
        <translation>km {:.1f}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="300"/>
        <source>The start and end stations ({} and {}) meet the route at the same point: choose two stations along it.</source>
        <translation>Les gares de départ et d'arrivée ({} et {}) rejoignent l'itinéraire au même point : choisissez deux gares le long de celui-ci.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="305"/>
        <source>Station {}: {:.0f} m from the route, at km {:.1f} of it.</source>
        <translation>Gare {} : à {:.0f} m de l'itinéraire, au km {:.1f} de celui-ci.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="318"/>
        <source>No station is called {}. {}</source>
        <translation>Aucune gare ne s'appelle {}. {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="318"/>
        <source>Stations with that in their name: {}.</source>
        <translation>Gares dont le nom le contient : {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="318"/>
        <source>Check the name in the STATIONS layer.</source>
        <translation>Vérifiez le nom dans la couche STATIONS.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="342"/>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="349"/>
        <source>{} lodging(s), {} of them Accueil Vélo.</source>
        <translation>{} hébergement(s), dont {} Accueil Vélo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="352"/>
        <source>LODGINGS has no lodging: give points, or the etablissements layer with hebergement establishments.</source>
        <translation>LODGINGS n'a aucun hébergement : indiquez des points, ou la couche etablissements avec des établissements hebergement.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="369"/>
        <source>The DEM does not cover the route: no gain.</source>
        <translation>Le MNT ne couvre pas l'itinéraire : pas de dénivelé.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="380"/>
        <source>no named place near</source>
        <translation>aucun lieu nommé à proximité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="382"/>
        <source>No plan fits the day bounds: the end (km {:.1f}) lies too near or too far from every night the plan can reach; a last night between km {:.1f} and km {:.1f} (near {}) would be needed.</source>
        <translation>Aucun plan ne respecte les longueurs de journée : l'arrivée (km {:.1f}) est trop près ou trop loin de toutes les nuits que le plan peut atteindre ; il faudrait une dernière nuit entre le km {:.1f} et le km {:.1f} (près de {}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="392"/>
        <source>every day there climbs more than MAX_DAY_GAIN_M</source>
        <translation>chaque journée jusque-là grimpe plus que MAX_DAY_GAIN_M</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="392"/>
        <source>no lodging lies within reach there</source>
        <translation>aucun hébergement n'y est à portée</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="397"/>
        <source>The next lodging within reach is {} at km {:.1f}.</source>
        <translation>Le prochain hébergement à portée est {} au km {:.1f}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="400"/>
        <source>The lodging nearest to that stretch is {}, {:.0f} m from the route.</source>
        <translation>L'hébergement le plus proche de ce tronçon est {}, à {:.0f} m de l'itinéraire.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="403"/>
        <source>Widen the day bounds or MAX_DETOUR_M, or add lodgings.</source>
        <translation>Élargissez les longueurs de journée ou MAX_DETOUR_M, ou ajoutez des hébergements.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="482"/>
        <source>Wrote {}.</source>
        <translation>{} écrit.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="496"/>
        <source>Day {}: {} → {}</source>
        <translation>Jour {} : {} → {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="514"/>
        <source>{} → {}</source>
        <translation>{} → {}</translation>
    </message>
    <message>
        <location filename="../processing/help/planstages.py" line="5"/>
        <source>Cuts an itinerary (the EuroVelo 5, the véloroute de la Lys, a circuit…) into days for a multi-day stay: the first day starts at a station, the last one ends at a station, and every night is spent at a lodging near the route, preferably an Accueil Vélo one.

How it plans. The route's lines are assembled into one route, as accueilvelocoverage does (pieces in any order and direction chained by their shared ends; the breaks are listed in the log and not counted in the length). Each lodging whose detour is at most MAX_DETOUR_M gives a place where a day can end: the route's point nearest to it. The plan is the optimal one, not a greedy one: among every choice of nights, the one with the least sum over the days of (day length − aimed length)², every day between the shortest and the longest day (and climbing at most MAX_DAY_GAIN_M with a DEM), minus ACCUEIL_VELO_WEIGHT for each night at an Accueil Vélo lodging (dynamic programming over the places in route order). When no plan fits, the message names the stretch that cannot be crossed: where it lies (km from the start, the nearest station or commune), the next lodging within reach after it and the lodging nearest to it.

Parameters
- Route (ROUTE): lines, e.g. an itinerary or a circuit; all its features make one route.
- Railway stations (STATIONS, optional): points, e.g. the gares layer. Start station (START) and end station (END): names in that layer (case and accents aside); empty: the station nearest to the route's start (its western end when both are empty) and the one nearest to its other end. The plan rides from START to END, against the route's direction if need be. Without STATIONS it runs from one end of the route to the other.
- Lodgings (LODGINGS): points, e.g. the etablissements layer: with a category field only the hebergement ones are lodgings, the labelled ones of every category (accueil_velo field) are listed as Accueil Vélo stops on the way.
- Rider profile (PROFILE): balanced (40 to 70 km a day, 55 aimed at; the default), family (25 to 45, 35) or sporty (60 to 110, 85). Shortest day (DAY_MIN_KM), longest day (DAY_MAX_KM), day length aimed at (DAY_TARGET_KM): each one given replaces the profile's. A shortest day longer than the longest is refused.
- Preference for Accueil Vélo nights (ACCUEIL_VELO_WEIGHT, km²): default 25, a labelled night is worth a day 5 km off the aimed length; 0: no preference.
- Farthest lodging from the route (MAX_DETOUR_M, m): default 2000; in a straight line, or along NETWORK when given.
- Network to reach the lodgings (NETWORK, optional): lines; the detour is then the lodging's straight approach to the network plus the shortest path along it to the route.
- Digital elevation model (DEM, optional) and most elevation gain in a day (MAX_DAY_GAIN_M, m, optional): each day's gain (every rise along the route, sampled every 25 m).
- Aires to list on the way (AIRES, optional): points within MAX_DETOUR_M of the route.
- Metric CRS for geographic input (TARGET_CRS, advanced): default EPSG:2154.

Outputs
- Stages (STAGES): one line per day: day, from, to, start_km and end_km (ridden from the start), length_km, gain_m (with a DEM), lodging, accueil_velo, detour_m, aire_count and aires, accueil_velo_stop_count and accueil_velo_stops (names in riding order).
- Lodging options at each stage end (LODGING_OPTIONS, optional): the lodgings where each night could be spent instead, the other nights unchanged (both days around it still within the bounds): day (the night after that day), lodging, at_km, detour_m, accueil_velo, chosen, day_km and next_day_km (the two days it would make).
- Stay sheet (OUTPUT_SHEET, optional): a PDF, one page per day with its map, profile, lodging and services.
- GPX (OUTPUT_GPX, optional): one track per day and a waypoint per night.

Results: STAGE_COUNT, TOTAL_KM, ACCUEIL_VELO_NIGHTS, CANDIDATE_COUNT (lodgings within reach), SKIPPED_COUNT.

Example on the sample territory (make demo writes it to build/sample):
qgis_process.bin --json run itinerance:planstages --ROUTE=&quot;build/sample/itinerance_sample.gpkg|layername=itineraires|subset=\&quot;name\&quot; = 'EuroVelo 5'&quot; --STATIONS='build/sample/itinerance_sample.gpkg|layername=gares' --LODGINGS='build/sample/itinerance_sample.gpkg|layername=etablissements' --PROFILE=1 --STAGES=etapes.gpkg --OUTPUT_GPX=etapes.gpx
The sample's EuroVelo 5 from Cassel to Liévin, 59.5 km in family days: 2 days of 34.1 and 25.5 km, the night at the Gîte du Beffroi (Accueil Vélo), among 6 lodgings within reach.

More: the Help button opens the page of this algorithm in the plugin's documentation, docs/algorithms/planstages.md.</source>
        <translation>Découpe un itinéraire (l'EuroVelo 5, la véloroute de la Lys, un circuit…) en journées pour un séjour de plusieurs jours : la première journée part d'une gare, la dernière arrive à une gare, et chaque nuit se passe dans un hébergement proche de l'itinéraire, de préférence Accueil Vélo.

Comment il planifie. Les lignes de l'itinéraire sont assemblées en un seul itinéraire, comme le fait accueilvelocoverage (morceaux dans n'importe quel ordre et sens, chaînés par leurs extrémités communes ; les coupures sont listées dans le journal et ne comptent pas dans la longueur). Chaque hébergement dont le détour est d'au plus MAX_DETOUR_M donne un endroit où une journée peut s'achever : le point de l'itinéraire le plus proche de lui. Le plan est l'optimal, pas un plan glouton : parmi tous les choix de nuits, celui de plus petite somme sur les journées de (longueur de la journée − longueur visée)², chaque journée entre la plus courte et la plus longue (et grimpant au plus MAX_DAY_GAIN_M avec un MNT), moins ACCUEIL_VELO_WEIGHT par nuit dans un hébergement Accueil Vélo (programmation dynamique sur les endroits dans l'ordre de l'itinéraire). Quand aucun plan ne convient, le message nomme le tronçon infranchissable : où il se trouve (km depuis le départ, la gare ou la commune la plus proche), le prochain hébergement à portée après lui et l'hébergement le plus proche de lui.

Paramètres
- Itinéraire (ROUTE) : lignes, par ex. un itinéraire ou un circuit ; toutes ses entités forment un seul itinéraire.
- Gares (STATIONS, facultatif) : points, par ex. la couche gares. Gare de départ (START) et gare d'arrivée (END) : des noms de cette couche (sans tenir compte de la casse ni des accents) ; vide : la gare la plus proche du début de l'itinéraire (son extrémité ouest quand les deux sont vides) et celle la plus proche de son autre extrémité. Le plan va de START à END, à rebours de l'itinéraire s'il le faut. Sans STATIONS, il va d'un bout de l'itinéraire à l'autre.
- Hébergements (LODGINGS) : points, par ex. la couche etablissements : avec un champ category, seuls les hebergement sont des hébergements ; les labellisés de toute catégorie (champ accueil_velo) sont listés comme haltes Accueil Vélo en chemin.
- Profil du cycliste (PROFILE) : équilibré (40 à 70 km par jour, 55 visés ; par défaut), famille (25 à 45, 35) ou sportif (60 à 110, 85). Journée la plus courte (DAY_MIN_KM), journée la plus longue (DAY_MAX_KM), longueur de journée visée (DAY_TARGET_KM) : chacune, si elle est indiquée, remplace celle du profil. Une journée la plus courte plus longue que la plus longue est refusée.
- Préférence pour les nuits Accueil Vélo (ACCUEIL_VELO_WEIGHT, km²) : 25 par défaut, une nuit labellisée vaut une journée à 5 km de la longueur visée ; 0 : aucune préférence.
- Hébergement le plus éloigné de l'itinéraire (MAX_DETOUR_M, m) : 2000 par défaut ; à vol d'oiseau, ou le long de NETWORK quand il est indiqué.
- Réseau pour rejoindre les hébergements (NETWORK, facultatif) : lignes ; le détour est alors l'approche à vol d'oiseau de l'hébergement jusqu'au réseau plus le plus court chemin le long de celui-ci jusqu'à l'itinéraire.
- Modèle numérique de terrain (DEM, facultatif) et dénivelé positif maximal d'une journée (MAX_DAY_GAIN_M, m, facultatif) : le dénivelé positif de chaque journée (chaque montée le long de l'itinéraire, échantillonné tous les 25 m).
- Aires à lister en chemin (AIRES, facultatif) : points à moins de MAX_DETOUR_M de l'itinéraire.
- SCR métrique pour les entrées en SCR géographique (TARGET_CRS, avancé) : EPSG:2154 par défaut.

Sorties
- Étapes (STAGES) : une ligne par jour : day, from, to, start_km et end_km (parcourus depuis le départ), length_km, gain_m (avec un MNT), lodging, accueil_velo, detour_m, aire_count et aires, accueil_velo_stop_count et accueil_velo_stops (noms dans l'ordre du parcours).
- Hébergements possibles à chaque fin d'étape (LODGING_OPTIONS, facultatif) : les hébergements où chaque nuit pourrait se passer à la place, les autres nuits inchangées (les deux journées qui l'entourent restant dans les limites) : day (la nuit qui suit cette journée), lodging, at_km, detour_m, accueil_velo, chosen, day_km et next_day_km (les deux journées qu'elle donnerait).
- Fiche séjour (OUTPUT_SHEET, facultatif) : un PDF, une page par jour avec sa carte, son profil, l'hébergement et les services.
- GPX (OUTPUT_GPX, facultatif) : une trace par jour et un point de passage par nuit.

Résultats : STAGE_COUNT, TOTAL_KM, ACCUEIL_VELO_NIGHTS, CANDIDATE_COUNT (hébergements à portée), SKIPPED_COUNT.

Exemple sur le territoire d'exemple (make demo l'écrit dans build/sample) :
qgis_process.bin --json run itinerance:planstages --ROUTE=&quot;build/sample/itinerance_sample.gpkg|layername=itineraires|subset=\&quot;name\&quot; = 'EuroVelo 5'&quot; --STATIONS='build/sample/itinerance_sample.gpkg|layername=gares' --LODGINGS='build/sample/itinerance_sample.gpkg|layername=etablissements' --PROFILE=1 --STAGES=etapes.gpkg --OUTPUT_GPX=etapes.gpx
L'EuroVelo 5 du territoire d'exemple de Cassel à Liévin, 59,5 km en journées famille : 2 jours de 34,1 et 25,5 km, la nuit au Gîte du Beffroi (Accueil Vélo), parmi 6 hébergements à portée.

Pour en savoir plus : le bouton Aide ouvre la page de cet algorithme dans la documentation de l'extension, docs/algorithms/planstages.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="497"/>
        <source>km {} → km {} of the stay</source>
        <translation>km {} → km {} du séjour</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="388"/>
        <source>from the start</source>
        <translation>depuis le départ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="388"/>
        <source>after the night at km {:.1f}</source>
        <translation>après la nuit du km {:.1f}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="390"/>
        <source>No plan fits the day bounds: {}, the next night would have to lie between km {:.1f} and km {:.1f} (near {}), and {}.</source>
        <translation>Aucun plan ne respecte les longueurs de journée : {}, la nuit suivante devrait se trouver entre le km {:.1f} et le km {:.1f} (près de {}), et {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/plan_stages.py" line="344"/>
        <source>NETWORK has no usable line: give lines, or leave NETWORK empty for straight detours.</source>
        <translation>NETWORK n'a aucune ligne utilisable : indiquez des lignes, ou laissez NETWORK vide pour des détours à vol d'oiseau.</translation>
    </message>
</context>
<context>
    <name>PrepareDem</name>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="36"/>
        <source>Prepare a DEM from tiles</source>
        <translation>Préparer un MNT à partir de dalles</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="39"/>
        <source>Relief</source>
        <translation>Relief</translation>
    </message>
    <message>
        <location filename="../processing/help/preparedem.py" line="5"/>
        <source>Makes one DEM from elevation tiles (IGN RGE ALTI or BD ALTI as ESRI ASCII grids, GeoTIFF tiles, SRTM…), in any mix of CRSs: a GeoTIFF in the project CRS, tiled (512 × 512), compressed (DEFLATE with the floating-point predictor), with overviews, statistics and a nodata value (-99999): the file slopeprofile and the map exports read fastest. Tiles in the same CRS are joined into one grid first (GDAL VRT), so the mosaic has no seam; the grids are then reprojected by bilinear resampling (GDAL warp).

Parameters
- DEM tiles (INPUT): the tiles, as files or loaded layers. Only the first band of each is read.
- CRS of tiles that have none (SOURCE_CRS): IGN's .asc tiles often come without their .prj; give their CRS here (EPSG:2154 for RGE ALTI and BD ALTI in mainland France). Default: none, and a tile without a CRS is an error that names it.
- Perimeter (PERIMETER, optional): polygons (e.g. the perimetres layer); the DEM is cut to them, grown by the margin. Default: every tile, whole.
- Margin around the perimeter (MARGIN, m): default 1000, so that routes leaving the perimeter keep their profile for a while.
- Resolution (RESOLUTION, m): the cell size of the DEM. Default 0: the finest tile's, measured in the output CRS and rounded down to three figures (25 m for BD ALTI, 1 m for RGE ALTI 1 m, 24.0 m for a 1&quot; SRTM tile at 50° N).
- Output CRS (TARGET_CRS): a projected CRS in metres. Default: the project's CRS, or EPSG:2154 (Lambert-93) when the project has none or a geographic one.
- Prepared DEM (OUTPUT): a GeoTIFF file (.tif).

Results (figures, in the log and in qgis_process --json): TILE_COUNT, WIDTH and HEIGHT (cells), RESOLUTION_M, MIN_ELEVATION_M, MAX_ELEVATION_M, NODATA_PCT (the share of the area without an elevation: of the perimeter with its margin when there is one, else of the whole grid; tiles missing from a perimeter show here).
Where tiles in two different CRSs meet, the cells within half a tile cell of the border are interpolated from one side only.

Example: qgis_process.bin --json run itinerance:preparedem --INPUT=dalles/a.asc --INPUT=dalles/b.asc --SOURCE_CRS=EPSG:2154 --PERIMETER='inventaire.gpkg|layername=perimetres' --MARGIN=1000 --OUTPUT=mnt.tif

More: the Help button opens the page of this algorithm in the plugin's documentation, docs/algorithms/preparedem.md.</source>
        <translation>Fait un seul MNT à partir de dalles d'altitude (RGE ALTI ou BD ALTI de l'IGN en grilles ASCII ESRI, dalles GeoTIFF, SRTM…), dans n'importe quel mélange de SCR : un GeoTIFF dans le SCR du projet, tuilé (512 × 512), compressé (DEFLATE avec le prédicteur pour flottants), avec aperçus, statistiques et une valeur de non-donnée (-99999) : le fichier que slopeprofile et les exports cartographiques lisent le plus vite. Les dalles d'un même SCR sont d'abord réunies en une seule grille (VRT GDAL), si bien que la mosaïque n'a pas de couture ; les grilles sont ensuite reprojetées par rééchantillonnage bilinéaire (GDAL warp).

Paramètres
- Dalles du MNT (INPUT) : les dalles, en fichiers ou en couches chargées. Seule la première bande de chacune est lue.
- SCR des dalles qui n'en ont pas (SOURCE_CRS) : les dalles .asc de l'IGN arrivent souvent sans leur .prj ; donnez ici leur SCR (EPSG:2154 pour le RGE ALTI et la BD ALTI en France métropolitaine). Par défaut : aucun, et une dalle sans SCR est une erreur qui la nomme.
- Périmètre (PERIMETER, facultatif) : des polygones (par exemple la couche perimetres) ; le MNT y est découpé, élargi de la marge. Par défaut : toutes les dalles, entières.
- Marge autour du périmètre (MARGIN, m) : 1000 par défaut, pour que les itinéraires qui sortent du périmètre gardent leur profil un moment.
- Résolution (RESOLUTION, m) : la taille des cellules du MNT. Par défaut 0 : celle de la dalle la plus fine, mesurée dans le SCR de sortie et arrondie par défaut à trois chiffres (25 m pour la BD ALTI, 1 m pour le RGE ALTI 1 m, 24,0 m pour une dalle SRTM 1&quot; à 50° N).
- SCR de sortie (TARGET_CRS) : un SCR projeté en mètres. Par défaut : le SCR du projet, ou EPSG:2154 (Lambert-93) si le projet n'en a pas ou en a un géographique.
- MNT préparé (OUTPUT) : un fichier GeoTIFF (.tif).

Résultats (chiffres, dans le journal et dans qgis_process --json) : TILE_COUNT, WIDTH et HEIGHT (cellules), RESOLUTION_M, MIN_ELEVATION_M, MAX_ELEVATION_M, NODATA_PCT (la part de la zone sans altitude : du périmètre avec sa marge s'il y en a un, sinon de toute la grille ; les dalles manquantes dans un périmètre se voient ici).
Là où se touchent des dalles de deux SCR différents, les cellules à moins d'une demi-cellule de dalle de la limite sont interpolées d'un seul côté.

Exemple : qgis_process.bin --json run itinerance:preparedem --INPUT=dalles/a.asc --INPUT=dalles/b.asc --SOURCE_CRS=EPSG:2154 --PERIMETER='inventaire.gpkg|layername=perimetres' --MARGIN=1000 --OUTPUT=mnt.tif

Pour en savoir plus : le bouton Aide ouvre la page de cet algorithme dans la documentation de l'extension, docs/algorithms/preparedem.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="45"/>
        <source>DEM tiles (ASCII grid, GeoTIFF…)</source>
        <translation>Dalles du MNT (grille ASCII, GeoTIFF…)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="47"/>
        <source>CRS of tiles that have none</source>
        <translation>SCR des dalles qui n'en ont pas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="49"/>
        <source>Perimeter (polygons)</source>
        <translation>Périmètre (polygones)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="52"/>
        <source>Margin around the perimeter (m)</source>
        <translation>Marge autour du périmètre (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="55"/>
        <source>Resolution (m; 0 = the finest tile)</source>
        <translation>Résolution (m ; 0 = la dalle la plus fine)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="58"/>
        <source>Output CRS (default: the project&apos;s, or EPSG:2154)</source>
        <translation>SCR de sortie (par défaut : celui du projet, ou EPSG:2154)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="61"/>
        <source>Prepared DEM</source>
        <translation>MNT préparé</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="63"/>
        <source>Tiles read</source>
        <translation>Dalles lues</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="63"/>
        <source>Width (cells)</source>
        <translation>Largeur (cellules)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="63"/>
        <source>Height (cells)</source>
        <translation>Hauteur (cellules)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="63"/>
        <source>Resolution (m)</source>
        <translation>Résolution (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="63"/>
        <source>Lowest elevation (m)</source>
        <translation>Altitude minimale (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="63"/>
        <source>Highest elevation (m)</source>
        <translation>Altitude maximale (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="63"/>
        <source>Area without elevation (%)</source>
        <translation>Zone sans altitude (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="77"/>
        <source>The prepared DEM is a GeoTIFF: give a file name ending in .tif, not {}.</source>
        <translation>Le MNT préparé est un GeoTIFF : donnez un nom de fichier finissant par .tif, pas {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="85"/>
        <source>{} tile(s), output CRS {}.</source>
        <translation>{} dalle(s), SCR de sortie {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="106"/>
        <source>{} tile(s) in {} grid(s) of one CRS; DEM of {} × {} cells of {:g} m, elevations {:.1f} to {:.1f} m, {:.2f} % of the area without elevation.</source>
        <translation>{} dalle(s) en {} grille(s) d'un même SCR ; MNT de {} × {} cellules de {:g} m, altitudes de {:.1f} à {:.1f} m, {:.2f} % de la zone sans altitude.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="112"/>
        <source>{:.1f} % of the area has no elevation: tiles are missing there, or hold no data.</source>
        <translation>{:.1f} % de la zone n'a pas d'altitude : des dalles y manquent, ou n'y ont pas de données.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="180"/>
        <source>Give at least one DEM tile (INPUT): ESRI ASCII grid (.asc), GeoTIFF…</source>
        <translation>Donnez au moins une dalle de MNT (INPUT) : grille ASCII ESRI (.asc), GeoTIFF…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="130"/>
        <source>{} is not a raster file that GDAL reads; give DEM tiles as files (ASCII grid, GeoTIFF…).</source>
        <translation>{} n'est pas un fichier raster que GDAL lit ; donnez les dalles du MNT en fichiers (grille ASCII, GeoTIFF…).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="144"/>
        <source>The output CRS {} is geographic (degrees); a DEM for slopes needs metres. Choose a projected CRS such as EPSG:2154 (Lambert-93).</source>
        <translation>Le SCR de sortie {} est géographique (degrés) ; un MNT pour les pentes demande des mètres. Choisissez un SCR projeté comme EPSG:2154 (Lambert-93).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="151"/>
        <source>Resolution: {:g} m (the finest tile).</source>
        <translation>Résolution : {:g} m (la dalle la plus fine).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="154"/>
        <source>Tiles without a CRS, taken to be in the CRS given for them: {}</source>
        <translation>Dalles sans SCR, prises dans le SCR donné pour elles : {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="157"/>
        <source>GDAL: {}</source>
        <translation>GDAL : {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="162"/>
        <source>These tiles have no CRS: {}. Give their CRS in SOURCE_CRS (EPSG:2154 for IGN&apos;s RGE ALTI and BD ALTI), or add their .prj file.</source>
        <translation>Ces dalles n'ont pas de SCR : {}. Donnez leur SCR dans SOURCE_CRS (EPSG:2154 pour le RGE ALTI et la BD ALTI de l'IGN), ou ajoutez leur fichier .prj.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="167"/>
        <source>GDAL cannot read the tile {} ({}). Give DEM tiles as ESRI ASCII grids or GeoTIFF files.</source>
        <translation>GDAL ne peut pas lire la dalle {} ({}). Donnez les dalles du MNT en grilles ASCII ESRI ou en fichiers GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="170"/>
        <source>The tiles hold no elevation over the area asked for (every cell is no data): check the tiles, their CRS and the perimeter.</source>
        <translation>Les dalles n'ont aucune altitude sur la zone demandée (toutes les cellules sont sans donnée) : vérifiez les dalles, leur SCR et le périmètre.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="173"/>
        <source>The perimeter does not overlap any tile: check that the tiles cover it (and their CRS).</source>
        <translation>Le périmètre ne recouvre aucune dalle : vérifiez que les dalles le couvrent (et leur SCR).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="176"/>
        <source>The DEM would have {} × {} cells: too large. Choose a coarser RESOLUTION or a PERIMETER.</source>
        <translation>Le MNT aurait {} × {} cellules : trop grand. Choisissez une RESOLUTION plus grossière ou un PERIMETER.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="183"/>
        <source>GDAL does not know the CRS {}; choose an EPSG CRS.</source>
        <translation>GDAL ne connaît pas le SCR {} ; choisissez un SCR EPSG.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="186"/>
        <source>The output CRS is geographic (degrees); choose a projected CRS in metres such as EPSG:2154 (Lambert-93).</source>
        <translation>Le SCR de sortie est géographique (degrés) ; choisissez un SCR projeté en mètres comme EPSG:2154 (Lambert-93).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/prepare_dem.py" line="188"/>
        <source>GDAL failed ({}): {}</source>
        <translation>GDAL a échoué ({}) : {}</translation>
    </message>
</context>
<context>
    <name>ProjectImport</name>
    <message>
        <location filename="../processing/algorithms/project_import.py" line="33"/>
        <source>GeoPackage (*.gpkg);;All files (*)</source>
        <translation>GeoPackage (*.gpkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/project_import.py" line="36"/>
        <source>Schema in the PostgreSQL database</source>
        <translation>Schéma dans la base PostgreSQL</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/project_import.py" line="48"/>
        <source>{} was brought from version {} to version {} of the data model.</source>
        <translation>{} a été mise à jour de la version {} à la version {} du modèle de données.</translation>
    </message>
</context>
<context>
    <name>SampleTerritory</name>
    <message>
        <location filename="../processing/database/stored_texts.py" line="21"/>
        <source>Relief (DEM)</source>
        <translation>Relief (MNT)</translation>
    </message>
    <message>
        <location filename="../processing/database/stored_texts.py" line="22"/>
        <source>Hillshade</source>
        <translation>Ombrage</translation>
    </message>
    <message>
        <location filename="../processing/database/stored_texts.py" line="23"/>
        <source>Itinérance sample territory: generated, not survey data</source>
        <translation>Territoire exemple d'Itinérance : données générées, non relevées sur le terrain</translation>
    </message>
    <message>
        <location filename="../processing/database/stored_texts.py" line="25"/>
        <source>Itinérance sample relief: generated, not a survey DEM</source>
        <translation>Relief exemple d'Itinérance : MNT généré, non issu d'un relevé</translation>
    </message>
</context>
<context>
    <name>SlopeProfile</name>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="101"/>
        <source>Slope profiles and climbs</source>
        <translation>Profils altimétriques et ascensions</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="104"/>
        <source>Relief</source>
        <translation>Relief</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="110"/>
        <source>Lines (climbs, routes)</source>
        <translation>Lignes (ascensions, itinéraires)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="112"/>
        <source>Line name field</source>
        <translation>Champ du nom de ligne</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="115"/>
        <source>DEM</source>
        <translation>MNT</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="117"/>
        <source>Band</source>
        <translation>Bande</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="119"/>
        <source>Sampling interval (m; 0 = half a DEM cell)</source>
        <translation>Pas d'échantillonnage (m ; 0 = une demi-cellule du MNT)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="122"/>
        <source>Smoothing window (m; 0 = none)</source>
        <translation>Fenêtre de lissage (m ; 0 = aucun)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="125"/>
        <source>Window of the steepest grade (m)</source>
        <translation>Fenêtre de la pente maximale (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="128"/>
        <source>Hysteresis of gain and loss (m)</source>
        <translation>Hystérésis des dénivelés positif et négatif (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="158"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="131"/>
        <source>As digitised</source>
        <translation>Sens de numérisation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="131"/>
        <source>Reverse</source>
        <translation>Sens inverse</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="131"/>
        <source>Both</source>
        <translation>Les deux sens</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="134"/>
        <source>Folder for the profile charts (PNG and SVG)</source>
        <translation>Dossier des graphiques de profil (PNG et SVG)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="137"/>
        <source>Metric CRS for geographic lines</source>
        <translation>SCR métrique pour les lignes en SCR géographique</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="149"/>
        <source>Profiled lines</source>
        <translation>Lignes profilées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="143"/>
        <source>Profile points</source>
        <translation>Points du profil</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="146"/>
        <source>Climbs</source>
        <translation>Ascensions</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="149"/>
        <source>Total elevation gain (m)</source>
        <translation>Dénivelé positif total (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="164"/>
        <source>Steepest grade (%)</source>
        <translation>Pente maximale (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="149"/>
        <source>Lines skipped (outside the DEM, empty or degenerate)</source>
        <translation>Lignes ignorées (hors du MNT, vides ou dégénérées)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="158"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="159"/>
        <source>Length (m)</source>
        <translation>Longueur (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="159"/>
        <source>Start elevation (m)</source>
        <translation>Altitude de départ (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="160"/>
        <source>End elevation (m)</source>
        <translation>Altitude d'arrivée (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="160"/>
        <source>Lowest elevation (m)</source>
        <translation>Altitude minimale (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="161"/>
        <source>Highest elevation (m)</source>
        <translation>Altitude maximale (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="161"/>
        <source>Elevation gain (m)</source>
        <translation>Dénivelé positif (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="162"/>
        <source>Elevation loss (m)</source>
        <translation>Dénivelé négatif (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="163"/>
        <source>Average grade (%)</source>
        <translation>Pente moyenne (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="165"/>
        <source>Steepest grade starts at (m)</source>
        <translation>Début de la pente maximale (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="166"/>
        <source>Climb score (Strava)</source>
        <translation>Score de l'ascension (Strava)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="167"/>
        <source>Climb category</source>
        <translation>Catégorie de l'ascension</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="167"/>
        <source>FIETS index</source>
        <translation>Indice FIETS</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="168"/>
        <source>Length without DEM data (m)</source>
        <translation>Longueur sans donnée du MNT (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="169"/>
        <source>Distance from the start (m)</source>
        <translation>Distance depuis le départ (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="170"/>
        <source>Elevation (m)</source>
        <translation>Altitude (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="170"/>
        <source>Grade (%)</source>
        <translation>Pente (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="171"/>
        <source>Grade class</source>
        <translation>Classe de pente</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="171"/>
        <source>Start (m)</source>
        <translation>Début (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="172"/>
        <source>End (m)</source>
        <translation>Fin (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="207"/>
        <source>The DEM has no CRS: it is taken to be in the lines&apos; CRS ({}).</source>
        <translation>Le MNT n'a pas de SCR : il est considéré comme étant dans le SCR des lignes ({}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="212"/>
        <source>Sampling every {:.2f} m.</source>
        <translation>Échantillonnage tous les {:.2f} m.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="223"/>
        <source>Line {} lies outside the DEM (or on no data): skipped.</source>
        <translation>La ligne {} est hors du MNT (ou sans donnée) : ignorée.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="261"/>
        <source>{} profile(s), total gain {:.0f} m, steepest grade {:.1f} %, {} line(s) skipped.</source>
        <translation>{} profil(s), dénivelé positif total {:.0f} m, pente maximale {:.1f} %, {} ligne(s) ignorée(s).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="285"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="286"/>
        <source>Gain</source>
        <translation>Dénivelé positif</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="287"/>
        <source>Average grade</source>
        <translation>Pente moyenne</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="288"/>
        <source>Steepest {} m</source>
        <translation>Pente max. sur {} m</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="292"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="295"/>
        <source>{} (reverse)</source>
        <translation>{} (sens inverse)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/slope_profile.py" line="183"/>
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location filename="../processing/help/slopeprofile.py" line="5"/>
        <source>The elevation profile of each line (a climb of the monts, a route) from a DEM: length, elevations, gain and loss, average and steepest grade, climb score and category, FIETS index, the climbs found inside the line, and a profile chart ready for a brochure. Elevations are read every STEP metres along the line by bilinear interpolation between DEM cell centres; the DEM is read by windows, never whole.

Parameters
- Lines (LINES): lines, e.g. the ascensions layer, digitised uphill for a climb.
- Line name field (ID_FIELD): names each line in the outputs and charts, e.g. name. Default: the feature id.
- DEM (DEM): a raster GDAL reads (GeoTIFF, VRT…), in any CRS: a geographic DEM such as SRTM works. A DEM without a CRS is taken to be in the lines' CRS (the log warns).
- Band (BAND): default 1.
- Sampling interval (STEP, m): default 0, meaning half a DEM cell, at least 1 m (12.5 m on a 25 m DEM). Every vertex of the line is kept.
- Smoothing window (SMOOTHING, m): length of a moving average over the elevations, for a noisy DEM. Default 0: none.
- Window of the steepest grade (GRADE_WINDOW, m): max_grade_pct is the steepest rise over this length, the largest (z(s + W) − z(s)) / W. Default 100 m.
- Hysteresis of gain and loss (HYSTERESIS, m): elevation changes smaller than this are ignored in gain and loss. Default 0: exact sums of every rise and fall.
- Direction (DIRECTION): 0 as digitised (default), 1 reverse, 2 both (one output line and one chart each way).
- Folder for the profile charts (CHARTS_FOLDER): one PNG and one SVG per line and direction, named after the line, coloured by grade class (0–3, 3–6, 6–10, over 10 %), with length, gain, average and steepest grade and category printed on it. Default: no charts.
- Metric CRS for geographic lines (TARGET_CRS): used only when the lines are in degrees (e.g. WGS84); projected lines are used as they are. Default EPSG:2154 (Lambert-93).

Outputs (all but OUTPUT are written only when asked for: the dialog proposes them, qgis_process writes those it is given)
- Profiled lines (OUTPUT): one line per input line and direction, with Z from the DEM at every sample: line_id, direction, length_m, z_start_m, z_end_m, z_min_m, z_max_m, gain_m, loss_m, avg_grade_pct ((end − start) / length), max_grade_pct, max_grade_at_m (where the steepest window starts), strava_score, category, fiets_index, nodata_m (length where the DEM has no data; grades use the valid parts only).
- Profile points (PROFILE, optional: skip it for long lines): a point every STEP with line_id, direction, chainage_m, z_m, grade_pct (mean grade over GRADE_WINDOW centred on the point) and grade_class, coloured like a Tour de France profile.
- Climbs (CLIMBS): the climbs inside each line, a stretch averaging at least 3 % over at least 300 m from its lowest to its highest point, dips of less than 10 m merged: line_id, direction, start_m, end_m, length_m, z_start_m, z_end_m, gain_m, avg_grade_pct, max_grade_pct, max_grade_at_m, strava_score, category, fiets_index.
Scores: climb score = length (m) × average grade (%), category 4 from 8,000, 3 from 16,000, 2 from 32,000, 1 from 64,000 and HC from 80,000 (Strava's climb categories); FIETS index = H² / (10 D) + max(0, (T − 1000) / 1000), with H the height gained, D the length and T the top elevation in metres (the Dutch magazine Fiets).

Results (figures, in the log and in qgis_process --json): LINE_COUNT, TOTAL_GAIN_M, MAX_GRADE_PCT, SKIPPED_COUNT (lines outside the DEM or with an empty or degenerate geometry, named in the log), and CHARTS_FOLDER when charts were drawn.

Example on the sample territory (make demo writes it to build/sample):
qgis_process.bin --json run itinerance:slopeprofile --LINES='build/sample/itinerance_sample.gpkg|layername=ascensions' --ID_FIELD=name --DEM=build/sample/dem.tif --GRADE_WINDOW=100 --CHARTS_FOLDER=profils --OUTPUT=profils.gpkg --PROFILE=points_profil.gpkg --CLIMBS=ascensions_detectees.gpkg
The rue d'Aire in Cassel is 1.30 km long, climbs 125 m (51 to 176 m), averages 9.6 % and reaches 17.7 % over its steepest 100 m: category 4. The 4 climbs gain 483 m in all.

More: the Help button opens the page of this algorithm in the plugin's documentation, docs/algorithms/slopeprofile.md.</source>
        <translation>Le profil altimétrique de chaque ligne (une ascension des monts, un itinéraire) à partir d'un MNT : longueur, altitudes, dénivelés positif et négatif, pente moyenne et pente maximale, score et catégorie d'ascension, indice FIETS, les ascensions trouvées dans la ligne, et un graphique de profil prêt pour une brochure. Les altitudes sont lues tous les STEP mètres le long de la ligne par interpolation bilinéaire entre les centres des cellules du MNT ; le MNT est lu par fenêtres, jamais en entier.

Paramètres
- Lignes (LINES) : lignes, par ex. la couche ascensions, numérisées dans le sens de la montée pour une ascension.
- Champ du nom de ligne (ID_FIELD) : nomme chaque ligne dans les sorties et les graphiques, par ex. name. Par défaut : l'identifiant de l'entité.
- MNT (DEM) : un raster lisible par GDAL (GeoTIFF, VRT…), dans n'importe quel SCR : un MNT géographique comme SRTM convient. Un MNT sans SCR est considéré comme étant dans le SCR des lignes (le journal le signale).
- Bande (BAND) : par défaut 1.
- Pas d'échantillonnage (STEP, m) : par défaut 0, soit une demi-cellule du MNT, au moins 1 m (12,5 m sur un MNT à 25 m). Tous les sommets de la ligne sont conservés.
- Fenêtre de lissage (SMOOTHING, m) : longueur d'une moyenne glissante appliquée aux altitudes, pour un MNT bruité. Par défaut 0 : aucun lissage.
- Fenêtre de la pente maximale (GRADE_WINDOW, m) : max_grade_pct est la plus forte montée sur cette longueur, soit le plus grand (z(s + W) − z(s)) / W. Par défaut 100 m.
- Hystérésis des dénivelés positif et négatif (HYSTERESIS, m) : les variations d'altitude inférieures à cette valeur sont ignorées dans les dénivelés. Par défaut 0 : sommes exactes de chaque montée et de chaque descente.
- Sens (DIRECTION) : 0 sens de numérisation (par défaut), 1 sens inverse, 2 les deux sens (une ligne en sortie et un graphique pour chaque sens).
- Dossier des graphiques de profil (CHARTS_FOLDER) : un PNG et un SVG par ligne et par sens, nommés d'après la ligne, colorés par classe de pente (0–3, 3–6, 6–10, plus de 10 %), avec la longueur, le dénivelé positif, la pente moyenne, la pente maximale et la catégorie inscrits dessus. Par défaut : pas de graphiques.
- SCR métrique pour les lignes en SCR géographique (TARGET_CRS) : utilisé seulement quand les lignes sont en degrés (par ex. WGS84) ; les lignes projetées sont utilisées telles quelles. Par défaut EPSG:2154 (Lambert-93).

Sorties (toutes sauf OUTPUT ne sont écrites que si on les demande : la boîte de dialogue les propose, qgis_process écrit celles qu'on lui donne)
- Lignes profilées (OUTPUT) : une ligne par ligne en entrée et par sens, avec le Z du MNT à chaque échantillon : line_id, direction, length_m, z_start_m, z_end_m, z_min_m, z_max_m, gain_m, loss_m, avg_grade_pct ((arrivée − départ) / longueur), max_grade_pct, max_grade_at_m (début de la fenêtre la plus pentue), strava_score, category, fiets_index, nodata_m (longueur où le MNT est sans donnée ; les pentes ne portent que sur les parties valides).
- Points du profil (PROFILE, facultatif : à omettre pour les longues lignes) : un point tous les STEP avec line_id, direction, chainage_m, z_m, grade_pct (pente moyenne sur GRADE_WINDOW centrée sur le point) et grade_class, colorés comme un profil du Tour de France.
- Ascensions (CLIMBS) : les ascensions de chaque ligne, portions de pente moyenne d'au moins 3 % sur au moins 300 m, de leur point le plus bas à leur point le plus haut, les replats de moins de 10 m étant fusionnés : line_id, direction, start_m, end_m, length_m, z_start_m, z_end_m, gain_m, avg_grade_pct, max_grade_pct, max_grade_at_m, strava_score, category, fiets_index.
Scores : score d'ascension = longueur (m) × pente moyenne (%), catégorie 4 à partir de 8 000, 3 à partir de 16 000, 2 à partir de 32 000, 1 à partir de 64 000 et HC à partir de 80 000 (les catégories d'ascension de Strava) ; indice FIETS = H² / (10 D) + max(0, (T − 1000) / 1000), avec H le dénivelé positif, D la longueur et T l'altitude du sommet, en mètres (d'après le magazine néerlandais Fiets).

Résultats (chiffres, dans le journal et dans qgis_process --json) : LINE_COUNT, TOTAL_GAIN_M, MAX_GRADE_PCT, SKIPPED_COUNT (lignes hors du MNT ou à géométrie vide ou dégénérée, citées dans le journal), et CHARTS_FOLDER quand des graphiques ont été dessinés.

Exemple sur le territoire exemple (make demo l'écrit dans build/sample) :
qgis_process.bin --json run itinerance:slopeprofile --LINES='build/sample/itinerance_sample.gpkg|layername=ascensions' --ID_FIELD=name --DEM=build/sample/dem.tif --GRADE_WINDOW=100 --CHARTS_FOLDER=profils --OUTPUT=profils.gpkg --PROFILE=points_profil.gpkg --CLIMBS=ascensions_detectees.gpkg
La rue d'Aire à Cassel mesure 1,30 km, monte de 125 m (de 51 à 176 m), avec une pente moyenne de 9,6 % et 17,7 % sur ses 100 m les plus raides : catégorie 4. Les 4 ascensions totalisent 483 m de dénivelé positif.

Pour en savoir plus : le bouton Aide ouvre la page de cet algorithme dans la documentation de l'extension, docs/algorithms/slopeprofile.md.</translation>
    </message>
</context>
<context>
    <name>StationAccess</name>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="45"/>
        <source>Station access to the network</source>
        <translation>Accès des gares au réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="48"/>
        <source>Itinerance products</source>
        <translation>Produits d'itinérance</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="54"/>
        <source>Railway stations (points)</source>
        <translation>Gares (points)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="56"/>
        <source>Network (lines)</source>
        <translation>Réseau (lignes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="58"/>
        <source>Numbered nodes (points-nœuds)</source>
        <translation>Points-nœuds numérotés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="61"/>
        <source>Itineraries (lines)</source>
        <translation>Itinéraires (lignes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="64"/>
        <source>Establishments (the labelled Accueil Vélo ones count)</source>
        <translation>Établissements (les labellisés Accueil Vélo comptent)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="68"/>
        <source>Farthest acceptable distance to an itinerary (m)</source>
        <translation>Distance acceptable maximale à un itinéraire (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="71"/>
        <source>Snap tolerance between lines (m)</source>
        <translation>Tolérance d'accrochage entre lignes (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="74"/>
        <source>Metric CRS for geographic input</source>
        <translation>SCR métrique pour les entrées en SCR géographique</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="77"/>
        <source>Stations with their access</source>
        <translation>Gares avec leur accès</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="79"/>
        <source>Stations</source>
        <translation>Gares</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="79"/>
        <source>Stations farther than the distance from any itinerary</source>
        <translation>Gares plus éloignées que la distance de tout itinéraire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="79"/>
        <source>Features skipped (no usable geometry)</source>
        <translation>Entités ignorées (sans géométrie utilisable)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="86"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="86"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="87"/>
        <source>Distance to the network (m)</source>
        <translation>Distance au réseau (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="88"/>
        <source>Distance to the nearest node (m)</source>
        <translation>Distance au point-nœud le plus proche (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="89"/>
        <source>Nearest node</source>
        <translation>Point-nœud le plus proche</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="90"/>
        <source>Distance to the nearest itinerary (m)</source>
        <translation>Distance à l'itinéraire le plus proche (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="91"/>
        <source>Nearest itinerary</source>
        <translation>Itinéraire le plus proche</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="92"/>
        <source>Measured (network or straight)</source>
        <translation>Mesure (réseau ou vol d'oiseau)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="93"/>
        <source>Distance to Accueil Vélo (m)</source>
        <translation>Distance à l'Accueil Vélo (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="94"/>
        <source>Nearest Accueil Vélo establishment</source>
        <translation>Établissement Accueil Vélo le plus proche</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="95"/>
        <source>Far from the itineraries</source>
        <translation>Loin des itinéraires</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="98"/>
        <source>Farther than the distance</source>
        <translation>Plus loin que la distance</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="98"/>
        <source>Within the distance</source>
        <translation>Dans la distance</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="108"/>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="125"/>
        <source>itineraries</source>
        <translation>itinéraires</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="138"/>
        <source>{} station(s); {} farther than {:.0f} m from any itinerary.</source>
        <translation>{} gare(s) ; {} à plus de {:.0f} m de tout itinéraire.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="142"/>
        <source>  {}: {:.0f} m</source>
        <translation>  {} : {:.0f} m</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="150"/>
        <source>No itineraries given: the network&apos;s lines are the itineraries.</source>
        <translation>Aucun itinéraire indiqué : les lignes du réseau sont les itinéraires.</translation>
    </message>
    <message>
        <location filename="../processing/help/stationaccess.py" line="5"/>
        <source>How each railway station connects with the network: its distance to the network, and along the network to the nearest numbered node (point-nœud), itinerary and Accueil Vélo establishment; the stations farther than a threshold from any itinerary are flagged, &quot;connexion avec les gares&quot; ready for the contract.

How it measures. The network's lines and the itineraries' are one graph (lines join at shared vertices, within the snap tolerance, and where a line ends on another). Each station, node and establishment is attached at its nearest point of that graph by a straight approach. A distance is the station's approach, plus the shortest path along the graph, plus the target's approach (an itinerary has none: it is reached where the path meets it). When no path reaches an itinerary (another component of the network), the straight distance to the nearest itinerary is taken instead and itinerary_measure says straight. Without ITINERARIES the network's lines are the itineraries: the distance is the approach.

Parameters
- Railway stations (STATIONS): points, e.g. the gares layer.
- Network (NETWORK): lines, e.g. troncons.
- Numbered nodes (NODES, optional): points, e.g. noeuds; their number field names them.
- Itineraries (ITINERARIES, optional): lines, e.g. itineraires; their name field names them.
- Establishments (ESTABLISHMENTS, optional): points, e.g. etablissements; with an accueil_velo field only the labelled ones count.
- Farthest acceptable distance to an itinerary (MAX_DISTANCE_M, m): default 2000.
- Snap tolerance between lines (SNAP_TOLERANCE, m, advanced): default 1.
- Metric CRS for geographic input (TARGET_CRS): default EPSG:2154 (Lambert-93).

Output (OUTPUT): one point per station: name, commune, network_distance_m, node_distance_m and nearest_node, itinerary_distance_m, nearest_itinerary and itinerary_measure (network or straight), establishment_distance_m and nearest_establishment, far (itinerary_distance_m greater than MAX_DISTANCE_M). A distance with nothing to reach is empty.

Results: STATION_COUNT, FAR_COUNT (the far stations, named in the log with their distance), SKIPPED_COUNT.

Example on the sample territory (make demo writes it to build/sample):
qgis_process.bin --json run itinerance:stationaccess --STATIONS='build/sample/itinerance_sample.gpkg|layername=gares' --NETWORK='build/sample/itinerance_sample.gpkg|layername=troncons' --NODES='build/sample/itinerance_sample.gpkg|layername=noeuds' --ITINERARIES='build/sample/itinerance_sample.gpkg|layername=itineraires' --ESTABLISHMENTS='build/sample/itinerance_sample.gpkg|layername=etablissements' --OUTPUT=gares_acces.gpkg
Of the sample's 7 stations, 5 lie farther than 2 km from the EuroVelo 5 and the véloroute de la Lys.

More: the Help button opens the page of this algorithm in the plugin's documentation, docs/algorithms/stationaccess.md.</source>
        <translation>Comment chaque gare se raccorde au réseau : sa distance au réseau, et le long du réseau au point-nœud numéroté, à l'itinéraire et à l'établissement Accueil Vélo les plus proches ; les gares plus éloignées qu'un seuil de tout itinéraire sont signalées, la « connexion avec les gares » prête pour le contrat.

Comment il mesure. Les lignes du réseau et celles des itinéraires forment un seul graphe (les lignes se joignent à leurs sommets communs, à la tolérance d'accrochage près, et là où une ligne aboutit sur une autre). Chaque gare, point-nœud et établissement est rattaché au point le plus proche de ce graphe par une approche à vol d'oiseau. Une distance est l'approche de la gare, plus le plus court chemin le long du graphe, plus l'approche de la cible (un itinéraire n'en a pas : il est atteint là où le chemin le rencontre). Quand aucun chemin n'atteint un itinéraire (une autre partie du réseau), la distance à vol d'oiseau à l'itinéraire le plus proche est prise à la place et itinerary_measure indique straight. Sans ITINERARIES, les lignes du réseau sont les itinéraires : la distance est l'approche.

Paramètres
- Gares (STATIONS) : points, par ex. la couche gares.
- Réseau (NETWORK) : lignes, par ex. troncons.
- Points-nœuds numérotés (NODES, facultatif) : points, par ex. noeuds ; leur champ number les nomme.
- Itinéraires (ITINERARIES, facultatif) : lignes, par ex. itineraires ; leur champ name les nomme.
- Établissements (ESTABLISHMENTS, facultatif) : points, par ex. etablissements ; avec un champ accueil_velo, seuls les labellisés comptent.
- Distance acceptable maximale à un itinéraire (MAX_DISTANCE_M, m) : 2000 par défaut.
- Tolérance d'accrochage entre lignes (SNAP_TOLERANCE, m, avancé) : 1 par défaut.
- SCR métrique pour les entrées en SCR géographique (TARGET_CRS) : EPSG:2154 (Lambert-93) par défaut.

Sortie (OUTPUT) : un point par gare : name, commune, network_distance_m, node_distance_m et nearest_node, itinerary_distance_m, nearest_itinerary et itinerary_measure (network ou straight), establishment_distance_m et nearest_establishment, far (itinerary_distance_m supérieure à MAX_DISTANCE_M). Une distance sans rien à atteindre est vide.

Résultats : STATION_COUNT, FAR_COUNT (les gares éloignées, nommées dans le journal avec leur distance), SKIPPED_COUNT.

Exemple sur le territoire d'exemple (make demo l'écrit dans build/sample) :
qgis_process.bin --json run itinerance:stationaccess --STATIONS='build/sample/itinerance_sample.gpkg|layername=gares' --NETWORK='build/sample/itinerance_sample.gpkg|layername=troncons' --NODES='build/sample/itinerance_sample.gpkg|layername=noeuds' --ITINERARIES='build/sample/itinerance_sample.gpkg|layername=itineraires' --ESTABLISHMENTS='build/sample/itinerance_sample.gpkg|layername=etablissements' --OUTPUT=gares_acces.gpkg
Sur les 7 gares du territoire d'exemple, 5 sont à plus de 2 km de l'EuroVelo 5 et de la véloroute de la Lys.

Pour en savoir plus : le bouton Aide ouvre la page de cet algorithme dans la documentation de l'extension, docs/algorithms/stationaccess.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/station_access.py" line="110"/>
        <source>The network layer has no usable line ({} features read): choose a layer of lines.</source>
        <translation>La couche du réseau n'a aucune ligne utilisable ({} entités lues) : choisissez une couche de lignes.</translation>
    </message>
</context>
<context>
    <name>TerritoryIndicators</name>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="84"/>
        <source>Territory indicators per perimeter</source>
        <translation>Indicateurs du territoire par périmètre</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="87"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="93"/>
        <source>Perimeters (polygons: EPCI, communes)</source>
        <translation>Périmètres (polygones : EPCI, communes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="96"/>
        <source>Perimeter name field (default: name)</source>
        <translation>Champ du nom du périmètre (par défaut : name)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="99"/>
        <source>Perimeter code field (default: code, if present)</source>
        <translation>Champ du code du périmètre (par défaut : code, s'il existe)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="102"/>
        <source>Cycling network (lines)</source>
        <translation>Réseau cyclable (lignes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="102"/>
        <source>Aires (points)</source>
        <translation>Aires (points)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="102"/>
        <source>Establishments (points)</source>
        <translation>Établissements (points)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="110"/>
        <source>Establishment category field</source>
        <translation>Champ de catégorie des établissements</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="113"/>
        <source>Label field (which establishments are labelled)</source>
        <translation>Champ du label (établissements labellisés)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="116"/>
        <source>Itineraries: véloroutes (lines)</source>
        <translation>Itinéraires : véloroutes (lignes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="116"/>
        <source>Green network, trame verte (lines)</source>
        <translation>Trame verte (lignes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="116"/>
        <source>Hubs, pôles (points or polygons)</source>
        <translation>Pôles (points ou polygones)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="116"/>
        <source>Climbs, ascensions (lines)</source>
        <translation>Ascensions (lignes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="128"/>
        <source>DEM (for the climbs)</source>
        <translation>MNT (pour les ascensions)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="130"/>
        <source>Band</source>
        <translation>Bande</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="133"/>
        <source>Maximum distance to an aire along the network (m)</source>
        <translation>Distance maximale à une aire le long du réseau (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="133"/>
        <source>Snap tolerance for network line ends (m)</source>
        <translation>Tolérance d'accrochage des extrémités de ligne du réseau (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="133"/>
        <source>Maximum distance from an aire to the network (m)</source>
        <translation>Distance maximale entre une aire et le réseau (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="133"/>
        <source>Accueil Vélo access distance, straight line (m)</source>
        <translation>Distance d'accès Accueil Vélo, à vol d'oiseau (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="133"/>
        <source>Snap tolerance for green network line ends (m)</source>
        <translation>Tolérance d'accrochage des extrémités de ligne de la trame verte (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="133"/>
        <source>Hub access distance (m)</source>
        <translation>Distance d'accès aux pôles (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="151"/>
        <source>Compare with: an earlier project database or indicator table</source>
        <translation>Comparer avec : une base de projet ou une table d'indicateurs antérieure</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="151"/>
        <source>GeoPackage (*.gpkg);;Tables (*.gpkg *.csv *.xlsx *.ods *.dbf);;All files (*)</source>
        <translation>GeoPackage (*.gpkg);;Tables (*.gpkg *.csv *.xlsx *.ods *.dbf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="156"/>
        <source>Title of the report</source>
        <translation>Titre du rapport</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="156"/>
        <source>Territory indicators</source>
        <translation>Indicateurs du territoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="159"/>
        <source>Metric CRS for geographic input</source>
        <translation>SCR métrique pour les entrées en SCR géographique</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="162"/>
        <source>Indicators per perimeter</source>
        <translation>Indicateurs par périmètre</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="164"/>
        <source>Report (HTML)</source>
        <translation>Rapport (HTML)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="164"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="167"/>
        <source>Report (PDF, one page per perimeter)</source>
        <translation>Rapport (PDF, une page par périmètre)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="167"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="170"/>
        <source>Perimeters</source>
        <translation>Périmètres</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="170"/>
        <source>All perimeters: cycling network (km)</source>
        <translation>Ensemble des périmètres : réseau cyclable (km)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="170"/>
        <source>All perimeters: network nodes</source>
        <translation>Ensemble des périmètres : nœuds du réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="170"/>
        <source>All perimeters: aires</source>
        <translation>Ensemble des périmètres : aires</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="170"/>
        <source>All perimeters: network served by an aire (%)</source>
        <translation>Ensemble des périmètres : réseau desservi par une aire (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="170"/>
        <source>All perimeters: Accueil Vélo establishments</source>
        <translation>Ensemble des périmètres : établissements Accueil Vélo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="170"/>
        <source>All perimeters: véloroutes (km)</source>
        <translation>Ensemble des périmètres : véloroutes (km)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="170"/>
        <source>All perimeters: véloroutes covered by Accueil Vélo (%)</source>
        <translation>Ensemble des périmètres : véloroutes couvertes par l'Accueil Vélo (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="170"/>
        <source>All perimeters: prospects</source>
        <translation>Ensemble des périmètres : prospects</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="170"/>
        <source>All perimeters: climbs</source>
        <translation>Ensemble des périmètres : ascensions</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="170"/>
        <source>All perimeters: green network (km)</source>
        <translation>Ensemble des périmètres : trame verte (km)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="170"/>
        <source>All perimeters: green network parts</source>
        <translation>Ensemble des périmètres : parties de la trame verte</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="170"/>
        <source>All perimeters: critical links of the green network</source>
        <translation>Ensemble des périmètres : liens critiques de la trame verte</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="170"/>
        <source>All perimeters: hubs</source>
        <translation>Ensemble des périmètres : pôles</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="170"/>
        <source>All perimeters: hubs on the green network</source>
        <translation>Ensemble des périmètres : pôles desservis par la trame verte</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="170"/>
        <source>Perimeters without a previous value</source>
        <translation>Périmètres sans valeur précédente</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="170"/>
        <source>Features skipped (empty or degenerate geometry)</source>
        <translation>Entités ignorées (géométrie vide ou dégénérée)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="248"/>
        <source>Working CRS: {}</source>
        <translation>SCR de travail : {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="261"/>
        <source>No inventory layer is given: give at least one of NETWORK, AIRES, ESTABLISHMENTS, ITINERARIES, TRAME, POLES or ASCENSIONS.</source>
        <translation>Aucune couche de l'inventaire n'est fournie : donnez au moins l'une de NETWORK, AIRES, ESTABLISHMENTS, ITINERARIES, TRAME, POLES ou ASCENSIONS.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="265"/>
        <source>ASCENSIONS is given without a DEM: the climbs cannot be found, their figures stay empty. Give a DEM.</source>
        <translation>ASCENSIONS est fourni sans MNT : les ascensions ne peuvent pas être trouvées, leurs chiffres restent vides. Donnez un MNT (DEM).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="202"/>
        <source>Reading the layers and building the networks</source>
        <translation>Lecture des couches et construction des réseaux</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="304"/>
        <source>Figures per perimeter</source>
        <translation>Chiffres par périmètre</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="297"/>
        <source>Not computed (their layer is not given): {}.</source>
        <translation>Non calculés (leur couche n'est pas fournie) : {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="338"/>
        <source>Comparing with the project database {}: the same indicators on its layers.</source>
        <translation>Comparaison avec la base de projet {} : les mêmes indicateurs sur ses couches.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="342"/>
        <source>{} has no layer {}: its previous figures stay empty.</source>
        <translation>{} n'a pas de couche {} : ses chiffres précédents restent vides.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="354"/>
        <source>COMPARE_WITH: {} is neither a project database nor an indicator table with a name field; give an earlier OUTPUT of this algorithm or an earlier project GeoPackage.</source>
        <translation>COMPARE_WITH : {} n'est ni une base de projet ni une table d'indicateurs avec un champ name ; donnez une sortie OUTPUT antérieure de cet algorithme ou un GeoPackage de projet antérieur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="364"/>
        <source>{} perimeter(s) have no row in {} (matched by code, else by name): {}.</source>
        <translation>{} périmètre(s) sans ligne dans {} (appariement par code, sinon par nom) : {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="369"/>
        <source>{} row(s) of {} match no perimeter: {}.</source>
        <translation>{} ligne(s) de {} ne correspondent à aucun périmètre : {}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="404"/>
        <source>Writing the report</source>
        <translation>Écriture du rapport</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="412"/>
        <source>{} perimeter(s). All of them together: network {} km, served {} %, {} aire(s), {} Accueil Vélo establishment(s), véloroutes {} km ({} % covered), {} prospect(s), {} climb(s), green network {} km in {} part(s).</source>
        <translation>{} périmètre(s). Au total : réseau {} km, desservi à {} %, {} aire(s), {} établissement(s) Accueil Vélo, véloroutes {} km (couvertes à {} %), {} prospect(s), {} ascension(s), trame verte {} km en {} partie(s).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/territory_indicators.py" line="127"/>
        <source>Mode (the network and itineraries of this mode)</source>
        <translation>Mode (le réseau et les itinéraires de ce mode)</translation>
    </message>
    <message>
        <location filename="../processing/help/territoryindicators.py" line="5"/>
        <source>The indicators a destination contract follows each year, for each perimeter (EPCI, commune): km of cycling network, aires, Accueil Vélo establishments and how much of the véloroutes they cover, prospects, climbs, continuity of the green network; one row per perimeter, an HTML report and a PDF, and, given last year's table or project database, each figure beside its previous value. Each perimeter's figures are those of the analyses run on the layers clipped exactly at its boundary (as QGIS's Clip does: a line is cut where it crosses the boundary, so the km of adjacent perimeters add up; a line or point on a shared boundary counts in both). Every layer is read and indexed once, whatever the number of perimeters. Perimeters may overlap (an EPCI and its communes): each gets its own figures.

Parameters
- Perimeters (PERIMETERS): polygons, e.g. the perimetres layer, in any CRS. One without a geometry, or with nothing in it, gets zeros, never a missing row.
- Perimeter name field (NAME_FIELD) and code field (CODE_FIELD): default name and code when the layer has them. The code (INSEE, SIREN) matches the rows of an earlier table first.
- Inventory layers, each optional (the figures of a layer not given stay empty): Cycling network (NETWORK, e.g. troncons), Aires (AIRES), Establishments (ESTABLISHMENTS, e.g. etablissements) with their Establishment category field (CATEGORY_FIELD) and Label field (LABEL_FIELD: true, 1, oui… for labelled ones; default: every establishment counts as labelled), Itineraries (ITINERARIES: the véloroutes, e.g. itineraires), Green network (TRAME), Hubs (POLES, points or polygons), Climbs (ASCENSIONS, lines digitised uphill) with a DEM (DEM, Band BAND: a raster GDAL reads, in any CRS).
- Mode (MODE): the network and the itineraries of one mode make the network figures (network_km, node_count, served_pct, veloroute_km…): velo (cycling, the default), marche, cheval, canoe, bateau or roller (qgis_process takes the code, --MODE=marche, or its number in this list from 0). A layer without a mode field is taken whole (the log says so).
- Thresholds, defaults as in the single algorithms: MAX_DISTANCE (2500 m along the network to an aire), SNAP_TOLERANCE (1 m), MAX_ATTACH_DISTANCE (200 m from an aire to the network), as in itinerance:airesgap; ACCESS_DISTANCE (5000 m in a straight line), as in itinerance:accueilvelocoverage; TRAME_SNAP_TOLERANCE (5 m) and HUB_ACCESS_DISTANCE (100 m), as in itinerance:trameconnectivity.
- Compare with (COMPARE_WITH, optional): an earlier project database (a GeoPackage with the data model's layers: the same indicators are computed on its layers troncons, aires, etablissements… for the same perimeters) or an earlier OUTPUT of this algorithm (GeoPackage, CSV…: its fields are read). Rows are matched by code when both have one, else by name (case and surrounding spaces ignored); perimeters without a match are named in the log and counted in UNMATCHED_COUNT.
- Title of the report (TITLE): default Territory indicators.
- Metric CRS for geographic input (TARGET_CRS): used only when the perimeters are in degrees; default EPSG:2154 (Lambert-93).

Outputs
- Indicators per perimeter (OUTPUT): the perimeters' polygons with name, code and, in this order: network_km, one network_NAME_km per value of the network field and one surface_CODE_km per surface (enrobe, beton…), node_count (nodes of the network graph inside), when the network has a mode field the km and nodes of every mode's network (mode_velo_km, mode_marche_km… and mode_velo_node_count, mode_marche_node_count…, each of the six modes, whatever MODE), aire_count and one count per kind (aire_amenagee_count, aire_ludique_count…), served_pct (share of the clipped network within MAX_DISTANCE of an aire along it, as airesgap computes it), accueil_velo_count (labelled establishments inside) and one count per category (accueil_velo_hebergement_count…), veloroute_km, veloroute_covered_pct (share with a labelled establishment within ACCESS_DISTANCE, as accueilvelocoverage computes it), prospect_count (establishments inside, eligible but not labelled), climb_count (climbs whose top is inside, as slopeprofile finds them) and one count per category (climb_hc_count, climb_cat1_count to climb_cat4_count), trame_km, trame_component_count and bridge_count (parts and critical links of the clipped green network, as trameconnectivity counts them), pole_count and pole_connected_count (hubs inside, and those within HUB_ACCESS_DISTANCE of the green network). With COMPARE_WITH, each figure is followed by FIELD_prev (its previous value) and FIELD_change (the difference; for a share, in percentage points).
- Report (REPORT, optional): an HTML file, pictures included: the table of every perimeter, then for each one a small map, the table of its figures and bar charts.
- Report as PDF (PDF, optional): one A4 page per perimeter, from the print layout template indicators_a4 (map, charts, table).

Results (figures, in the log and in qgis_process --json): PERIMETER_COUNT; the figures of all the perimeters together (their union, so overlapping perimeters count once): NETWORK_KM, NODE_COUNT, AIRE_COUNT, SERVED_PCT, ACCUEIL_VELO_COUNT, VELOROUTE_KM, VELOROUTE_COVERED_PCT, PROSPECT_COUNT, CLIMB_COUNT, TRAME_KM, TRAME_COMPONENT_COUNT, BRIDGE_COUNT, POLE_COUNT, POLE_CONNECTED_COUNT; UNMATCHED_COUNT; SKIPPED_COUNT (features with an empty or degenerate geometry, named in the log).

Example on the sample territory (make demo writes it to build/sample):
qgis_process.bin --json run itinerance:territoryindicators --PERIMETERS='build/sample/itinerance_sample.gpkg|layername=perimetres' --NETWORK='build/sample/itinerance_sample.gpkg|layername=troncons' --AIRES='build/sample/itinerance_sample.gpkg|layername=aires' --ESTABLISHMENTS='build/sample/itinerance_sample.gpkg|layername=etablissements' --CATEGORY_FIELD=category --LABEL_FIELD=accueil_velo --ITINERARIES='build/sample/itinerance_sample.gpkg|layername=itineraires' --TRAME='build/sample/itinerance_sample.gpkg|layername=trame' --POLES='build/sample/itinerance_sample.gpkg|layername=poles' --ASCENSIONS='build/sample/itinerance_sample.gpkg|layername=ascensions' --DEM=build/sample/dem.tif --OUTPUT=indicateurs.gpkg --REPORT=indicateurs.html --PDF=indicateurs.pdf
It writes a row for each of the 23 perimeters (2 EPCI, 21 communes). All together: 383.1 km of network, 36.2 % served, 24 aires, 22 Accueil Vélo establishments, 113.7 km of véloroutes 85.5 % covered, 18 prospects, 4 climbs, 61.6 km of green network in 2 parts with 5 critical links. Cassel: 71.9 km of network, 15.0 % served, 2 aires, 2 climbs.

More: the Help button opens the page of this algorithm in the plugin's documentation, docs/algorithms/territoryindicators.md.</source>
        <translation>Les indicateurs qu'un contrat de destination suit chaque année, pour chaque périmètre (EPCI, commune) : km de réseau cyclable, aires, établissements Accueil Vélo et part des véloroutes qu'ils couvrent, prospects, ascensions, continuité de la trame verte ; une ligne par périmètre, un rapport HTML et un PDF et, avec la table ou la base du projet de l'an dernier, chaque chiffre à côté de sa valeur précédente. Les chiffres d'un périmètre sont ceux des analyses lancées sur les couches découpées exactement à sa limite (comme le fait l'outil Couper de QGIS : une ligne est coupée là où elle franchit la limite, si bien que les km de périmètres voisins s'additionnent ; une ligne ou un point sur une limite commune compte dans les deux). Chaque couche est lue et indexée une seule fois, quel que soit le nombre de périmètres. Les périmètres peuvent se chevaucher (un EPCI et ses communes) : chacun a ses propres chiffres.

Paramètres
- Périmètres (PERIMETERS) : polygones, par exemple la couche perimetres, dans n'importe quel SCR. Un périmètre sans géométrie, ou sans rien à l'intérieur, reçoit des zéros, jamais une ligne manquante.
- Champ du nom (NAME_FIELD) et champ du code (CODE_FIELD) du périmètre : par défaut name et code quand la couche les a. Le code (INSEE, SIREN) sert d'abord à apparier les lignes d'une table antérieure.
- Couches de l'inventaire, toutes facultatives (les chiffres d'une couche non fournie restent vides) : réseau cyclable (NETWORK, par exemple troncons), aires (AIRES), établissements (ESTABLISHMENTS, par exemple etablissements) avec leur champ de catégorie (CATEGORY_FIELD) et leur champ du label (LABEL_FIELD : true, 1, oui… pour les labellisés ; par défaut, tout établissement compte comme labellisé), itinéraires (ITINERARIES : les véloroutes, par exemple itineraires), trame verte (TRAME), pôles (POLES, points ou polygones), ascensions (ASCENSIONS, lignes numérisées dans le sens de la montée) avec un MNT (DEM, bande BAND : un raster lisible par GDAL, dans n'importe quel SCR).
- Mode (MODE) : le réseau et les itinéraires d'un seul mode font les chiffres du réseau (network_km, node_count, served_pct, veloroute_km…) : velo (le vélo, par défaut), marche, cheval, canoe, bateau ou roller (qgis_process prend le code, --MODE=marche, ou son rang dans cette liste à partir de 0). Une couche sans champ mode est prise en entier (le journal le dit).
- Seuils, par défaut comme dans les algorithmes individuels : MAX_DISTANCE (2500 m le long du réseau jusqu'à une aire), SNAP_TOLERANCE (1 m), MAX_ATTACH_DISTANCE (200 m entre une aire et le réseau), comme dans itinerance:airesgap ; ACCESS_DISTANCE (5000 m à vol d'oiseau), comme dans itinerance:accueilvelocoverage ; TRAME_SNAP_TOLERANCE (5 m) et HUB_ACCESS_DISTANCE (100 m), comme dans itinerance:trameconnectivity.
- Comparer avec (COMPARE_WITH, facultatif) : une base de projet antérieure (un GeoPackage avec les couches du modèle de données : les mêmes indicateurs sont calculés sur ses couches troncons, aires, etablissements… pour les mêmes périmètres) ou une sortie OUTPUT antérieure de cet algorithme (GeoPackage, CSV… : ses champs sont lus). Les lignes sont appariées par le code quand les deux en ont un, sinon par le nom (sans tenir compte de la casse ni des espaces autour) ; les périmètres sans correspondance sont nommés dans le journal et comptés dans UNMATCHED_COUNT.
- Titre du rapport (TITLE) : par défaut Indicateurs du territoire.
- SCR métrique pour les entrées en SCR géographique (TARGET_CRS) : utilisé seulement quand les périmètres sont en degrés ; par défaut EPSG:2154 (Lambert-93).

Sorties
- Indicateurs par périmètre (OUTPUT) : les polygones des périmètres avec name, code et, dans cet ordre : network_km, un network_NOM_km par valeur du champ network et un surface_CODE_km par revêtement (enrobe, beton…), node_count (nœuds du graphe du réseau à l'intérieur), quand le réseau a un champ mode les km et les nœuds du réseau de chaque mode (mode_velo_km, mode_marche_km… et mode_velo_node_count, mode_marche_node_count…, pour chacun des six modes, quel que soit MODE), aire_count et un compte par type (aire_amenagee_count, aire_ludique_count…), served_pct (part du réseau découpé à moins de MAX_DISTANCE d'une aire le long de celui-ci, comme airesgap la calcule), accueil_velo_count (établissements labellisés à l'intérieur) et un compte par catégorie (accueil_velo_hebergement_count…), veloroute_km, veloroute_covered_pct (part avec un établissement labellisé à moins de ACCESS_DISTANCE, comme accueilvelocoverage la calcule), prospect_count (établissements à l'intérieur, éligibles mais non labellisés), climb_count (ascensions dont le sommet est à l'intérieur, comme slopeprofile les trouve) et un compte par catégorie (climb_hc_count, climb_cat1_count à climb_cat4_count), trame_km, trame_component_count et bridge_count (parties et liens critiques de la trame verte découpée, comme trameconnectivity les compte), pole_count et pole_connected_count (pôles à l'intérieur, et ceux à moins de HUB_ACCESS_DISTANCE de la trame verte). Avec COMPARE_WITH, chaque chiffre est suivi de CHAMP_prev (sa valeur précédente) et CHAMP_change (la différence ; pour une part, en points de pourcentage).
- Rapport (REPORT, facultatif) : un fichier HTML, images comprises : le tableau de tous les périmètres, puis pour chacun une petite carte, le tableau de ses chiffres et des diagrammes en barres.
- Rapport en PDF (PDF, facultatif) : une page A4 par périmètre, d'après le modèle de mise en page indicators_a4 (carte, diagrammes, tableau).

Résultats (chiffres, dans le journal et dans qgis_process --json) : PERIMETER_COUNT ; les chiffres de l'ensemble des périmètres (leur union : des périmètres qui se chevauchent ne comptent qu'une fois) : NETWORK_KM, NODE_COUNT, AIRE_COUNT, SERVED_PCT, ACCUEIL_VELO_COUNT, VELOROUTE_KM, VELOROUTE_COVERED_PCT, PROSPECT_COUNT, CLIMB_COUNT, TRAME_KM, TRAME_COMPONENT_COUNT, BRIDGE_COUNT, POLE_COUNT, POLE_CONNECTED_COUNT ; UNMATCHED_COUNT ; SKIPPED_COUNT (entités à la géométrie vide ou dégénérée, nommées dans le journal).

Exemple sur le territoire exemple (make demo l'écrit dans build/sample) :
qgis_process.bin --json run itinerance:territoryindicators --PERIMETERS='build/sample/itinerance_sample.gpkg|layername=perimetres' --NETWORK='build/sample/itinerance_sample.gpkg|layername=troncons' --AIRES='build/sample/itinerance_sample.gpkg|layername=aires' --ESTABLISHMENTS='build/sample/itinerance_sample.gpkg|layername=etablissements' --CATEGORY_FIELD=category --LABEL_FIELD=accueil_velo --ITINERARIES='build/sample/itinerance_sample.gpkg|layername=itineraires' --TRAME='build/sample/itinerance_sample.gpkg|layername=trame' --POLES='build/sample/itinerance_sample.gpkg|layername=poles' --ASCENSIONS='build/sample/itinerance_sample.gpkg|layername=ascensions' --DEM=build/sample/dem.tif --OUTPUT=indicateurs.gpkg --REPORT=indicateurs.html --PDF=indicateurs.pdf
Il écrit une ligne pour chacun des 23 périmètres (2 EPCI, 21 communes). Au total : 383,1 km de réseau, desservi à 36,2 %, 24 aires, 22 établissements Accueil Vélo, 113,7 km de véloroutes couverts à 85,5 %, 18 prospects, 4 ascensions, 61,6 km de trame verte en 2 parties avec 5 liens critiques. Cassel : 71,9 km de réseau, desservi à 15,0 %, 2 aires, 2 ascensions.

Pour en savoir plus : le bouton Aide ouvre la page de cet algorithme dans la documentation de l'extension, docs/algorithms/territoryindicators.md.</translation>
    </message>
</context>
<context>
    <name>TrameConnectivity</name>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="80"/>
        <source>Green network connectivity</source>
        <translation>Connectivité de la trame verte</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="83"/>
        <source>Network coverage</source>
        <translation>Couverture du réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="89"/>
        <source>Itineraries (lines)</source>
        <translation>Itinéraires (lignes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="91"/>
        <source>Hubs (points or polygons)</source>
        <translation>Pôles (points ou polygones)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="94"/>
        <source>Hub name field</source>
        <translation>Champ du nom du pôle</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="97"/>
        <source>Hub weight field (default: area, or 1 for points)</source>
        <translation>Champ du poids du pôle (par défaut : la surface, ou 1 pour les points)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="101"/>
        <source>Snap tolerance for line ends (m)</source>
        <translation>Tolérance d'accrochage des extrémités de ligne (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="104"/>
        <source>Hub access distance (m)</source>
        <translation>Distance d'accès aux pôles (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="107"/>
        <source>Longest missing link to propose (m)</source>
        <translation>Longueur maximale des liaisons manquantes à proposer (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="110"/>
        <source>Distance along the network joining two hubs (m)</source>
        <translation>Distance le long du réseau reliant deux pôles (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="113"/>
        <source>Metric CRS for geographic input</source>
        <translation>SCR métrique pour les entrées en SCR géographique</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="116"/>
        <source>Network edges with components and bridges</source>
        <translation>Tronçons du réseau avec leurs parties et liens critiques</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="119"/>
        <source>Hubs with their connectivity</source>
        <translation>Pôles et leur connectivité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="122"/>
        <source>Missing links worth building</source>
        <translation>Liaisons manquantes à aménager</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="125"/>
        <source>Connected parts of the network</source>
        <translation>Parties du réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="125"/>
        <source>Critical links (bridges)</source>
        <translation>Liens critiques (ponts)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="125"/>
        <source>Hubs cut off from the network</source>
        <translation>Pôles isolés du réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="125"/>
        <source>Integral index of connectivity (IIC)</source>
        <translation>Indice intégral de connectivité (IIC)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="125"/>
        <source>Probability of connectivity (PC)</source>
        <translation>Probabilité de connectivité (PC)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="125"/>
        <source>Largest connected part (km)</source>
        <translation>Plus grande partie du réseau (km)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="125"/>
        <source>Features skipped (empty or degenerate geometry)</source>
        <translation>Entités ignorées (géométrie vide ou dégénérée)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="137"/>
        <source>Itinerary feature</source>
        <translation>Entité d'itinéraire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="137"/>
        <source>Length (m)</source>
        <translation>Longueur (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="138"/>
        <source>Network part</source>
        <translation>Partie du réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="139"/>
        <source>Length of the part (km)</source>
        <translation>Longueur de la partie (km)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="140"/>
        <source>Hubs on the part</source>
        <translation>Pôles de la partie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="141"/>
        <source>Critical link</source>
        <translation>Lien critique</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="142"/>
        <source>Hub pairs it would separate</source>
        <translation>Paires de pôles qu'il séparerait</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="143"/>
        <source>Distance to the network (m)</source>
        <translation>Distance au réseau (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="144"/>
        <source>Hubs within reach</source>
        <translation>Pôles accessibles</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="145"/>
        <source>Share of IIC (%)</source>
        <translation>Part de l'IIC (%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="145"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="146"/>
        <source>From part</source>
        <translation>Partie de départ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="146"/>
        <source>To part</source>
        <translation>Partie d'arrivée</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="147"/>
        <source>Hub</source>
        <translation>Pôle</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="147"/>
        <source>Hub pairs joined</source>
        <translation>Paires de pôles reliées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="157"/>
        <source>Working CRS: {}</source>
        <translation>SCR de travail : {}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="263"/>
        <source>The itinerary layer has no usable line ({} features read). Choose a layer of lines with geometries.</source>
        <translation>La couche des itinéraires n'a aucune ligne utilisable ({} entités lues). Choisissez une couche de lignes avec des géométries.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="182"/>
        <source>Building the network graph</source>
        <translation>Construction du graphe du réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="203"/>
        <source>Ranking missing links</source>
        <translation>Classement des liaisons manquantes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="250"/>
        <source>{} part(s), the largest {:.1f} km; {} critical link(s); {} hub(s) cut off; IIC {:.4f}, PC {:.4f}; {} missing link(s) proposed.</source>
        <translation>{} partie(s), la plus grande de {:.1f} km ; {} lien(s) critique(s) ; {} pôle(s) isolé(s) ; IIC {:.4f}, PC {:.4f} ; {} liaison(s) manquante(s) proposée(s).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="298"/>
        <source>Hub {} has no usable weight: left out.</source>
        <translation>Le pôle {} n'a pas de poids utilisable : il est écarté.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="308"/>
        <source>{} hub(s) without a usable geometry or weight are kept in the output as isolated.</source>
        <translation>{} pôle(s) sans géométrie ou poids utilisable sont conservés dans la sortie comme isolés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="318"/>
        <source>Critical link (bridge)</source>
        <translation>Lien critique (pont)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="318"/>
        <source>Link with an alternative</source>
        <translation>Lien doublé par un autre chemin</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="320"/>
        <source>Cut off from the network</source>
        <translation>Isolé du réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="320"/>
        <source>On the network</source>
        <translation>Sur le réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/trame_connectivity.py" line="261"/>
        <source>itineraries</source>
        <translation>itinéraires</translation>
    </message>
    <message>
        <location filename="../processing/help/trameconnectivity.py" line="5"/>
        <source>Connectivity of the trame verte itinerary network (cavaliers, voies vertes, chemins, véloroutes) and of the hubs it serves (pôles de loisirs, terrils, parcs): the connected parts of the network, the critical links (bridges: cut one and its part falls in two), the hubs cut off, two connectivity indices (IIC and PC), and the short missing links that would join the most.

Parameters
- Itineraries (ITINERARIES): lines, e.g. the trame layer. Lines are joined where their ends or shared vertices lie within the snap tolerance; lines that cross without a shared vertex are not joined (a bridge over a road is not a junction).
- Hubs (HUBS): points or polygons, e.g. the poles layer. Optional: without hubs, only the parts and critical links are computed. A hub is attached at the nearest point of the network (distance 0 when the network touches or crosses a polygon). Hubs never join parts of the network: a terril between two cavaliers is not a cycling connection.
- Hub name field (HUB_NAME_FIELD): names the hubs in the missing links, e.g. name. Default: the feature id.
- Hub weight field (HUB_WEIGHT_FIELD): the importance of each hub in IIC and PC (visitors, area…). Default: the area for polygons, 1 for points.
- Snap tolerance for line ends (SNAP_TOLERANCE, m): default 5 m.
- Hub access distance (HUB_ACCESS_DISTANCE, m): a hub farther than this from the network is cut off, which is a finding, not an error. Default 100 m.
- Longest missing link to propose (MAX_LINK_LENGTH, m): default 1000 m.
- Distance along the network joining two hubs (DISTANCE_THRESHOLD, m): two hubs count as connected when the distance along the network between them, access included, is at most this; in PC it is the distance at which the probability of connection falls to one half. Default 10000 m.
- Metric CRS for geographic input (TARGET_CRS): used only when the itineraries are in degrees (e.g. WGS84); projected input is used as it is. Default EPSG:2154 (Lambert-93).

Outputs (all but OUTPUT are written only when asked for: the dialog proposes them, qgis_process writes those it is given)
- Network edges with components and bridges (OUTPUT): the network as graph edges, split where hubs attach: line_fid (the input line), length_m, component, component_length_km, component_hubs (hubs attached to that part), is_bridge (removing it splits its part; a dead end counts too), cut_hub_pairs (pairs of hubs it would separate). Styled: critical links in red.
- Hubs with their connectivity (HUBS_OUT): every hub with its own fields plus component (empty when cut off), access_m (distance to the network), reachable_hubs (other hubs within DISTANCE_THRESHOLD) and d_iic_pct (the share of IIC lost if the hub disappeared).
- Missing links worth building (MISSING_LINKS): straight links no longer than MAX_LINK_LENGTH between two parts of the network or from a hub cut off, ranked greedily: rank, length_m, from_component, to_component (-1 for a hub), hub, gain_hub_pairs (pairs of hubs it joins, given the links ranked before), d_iic_pct (IIC gained, in % of the IIC before it).
Indices, between 0 and 1, on the hubs and their distances along the network: IIC, the integral index of connectivity (Pascual-Hortal and Saura 2006), and PC, the probability of connectivity (Saura and Pascual-Hortal 2007), weighted by the hubs' weights.

Results (figures, in the log and in qgis_process --json): COMPONENT_COUNT, BRIDGE_COUNT, ISOLATED_HUB_COUNT, IIC, PC, LARGEST_COMPONENT_KM, SKIPPED_COUNT (features with an empty or degenerate geometry, named in the log).

Example on the sample territory (make demo writes it to build/sample):
qgis_process.bin --json run itinerance:trameconnectivity --ITINERARIES='build/sample/itinerance_sample.gpkg|layername=trame' --HUBS='build/sample/itinerance_sample.gpkg|layername=poles' --HUB_NAME_FIELD=name --MAX_LINK_LENGTH=1000 --OUTPUT=trame_liens.gpkg --HUBS_OUT=poles_connectivite.gpkg --MISSING_LINKS=liaisons_manquantes.gpkg
The 62 km of green network form 2 parts, the largest 49.0 km, with 5 critical links; 1 of the 8 hubs is cut off (the Parc départemental d'Olhain, 5.6 km away); IIC 0.280, PC 0.395.

More: the Help button opens the page of this algorithm in the plugin's documentation, docs/algorithms/trameconnectivity.md.</source>
        <translation>Connectivité du réseau d'itinéraires de la trame verte (cavaliers, voies vertes, chemins, véloroutes) et des pôles qu'il dessert (pôles de loisirs, terrils, parcs) : les parties connexes du réseau, les liens critiques (ponts : en couper un scinde sa partie en deux), les pôles isolés, deux indices de connectivité (IIC et PC), et les courtes liaisons manquantes qui relieraient le plus de pôles.

Paramètres
- Itinéraires (ITINERARIES) : lignes, par ex. la couche trame. Les lignes sont raccordées là où leurs extrémités ou des sommets communs sont à moins de la tolérance d'accrochage ; des lignes qui se croisent sans sommet commun ne sont pas raccordées (un pont au-dessus d'une route n'est pas un carrefour).
- Pôles (HUBS) : points ou polygones, par ex. la couche poles. Facultatif : sans pôles, seuls les parties et les liens critiques sont calculés. Un pôle est rattaché au point le plus proche du réseau (distance 0 quand le réseau touche ou traverse un polygone). Les pôles ne relient jamais des parties du réseau entre elles : un terril entre deux cavaliers n'est pas une liaison cyclable.
- Champ du nom du pôle (HUB_NAME_FIELD) : nomme les pôles dans les liaisons manquantes, par ex. name. Par défaut : l'identifiant de l'entité.
- Champ du poids du pôle (HUB_WEIGHT_FIELD) : l'importance de chaque pôle dans l'IIC et la PC (fréquentation, surface…). Par défaut : la surface pour les polygones, 1 pour les points.
- Tolérance d'accrochage des extrémités de ligne (SNAP_TOLERANCE, m) : par défaut 5 m.
- Distance d'accès aux pôles (HUB_ACCESS_DISTANCE, m) : un pôle plus éloigné du réseau est isolé, ce qui est un constat, pas une erreur. Par défaut 100 m.
- Longueur maximale des liaisons manquantes à proposer (MAX_LINK_LENGTH, m) : par défaut 1000 m.
- Distance le long du réseau reliant deux pôles (DISTANCE_THRESHOLD, m) : deux pôles sont considérés comme reliés quand la distance qui les sépare le long du réseau, accès compris, est au plus égale à cette valeur ; dans la PC, c'est la distance à laquelle la probabilité de liaison tombe à un demi. Par défaut 10000 m.
- SCR métrique pour les entrées en SCR géographique (TARGET_CRS) : utilisé seulement quand les itinéraires sont en degrés (par ex. WGS84) ; les données projetées sont utilisées telles quelles. Par défaut EPSG:2154 (Lambert-93).

Sorties (toutes sauf OUTPUT ne sont écrites que si on les demande : la boîte de dialogue les propose, qgis_process écrit celles qu'on lui donne)
- Tronçons du réseau avec leurs parties et liens critiques (OUTPUT) : le réseau en arêtes de graphe, coupées là où les pôles se rattachent : line_fid (la ligne en entrée), length_m, component, component_length_km, component_hubs (pôles rattachés à cette partie), is_bridge (le supprimer scinde sa partie ; une impasse compte aussi), cut_hub_pairs (paires de pôles qu'il séparerait). Style : liens critiques en rouge.
- Pôles et leur connectivité (HUBS_OUT) : chaque pôle avec ses propres champs plus component (vide quand il est isolé), access_m (distance au réseau), reachable_hubs (autres pôles à moins de DISTANCE_THRESHOLD) et d_iic_pct (la part de l'IIC perdue si le pôle disparaissait).
- Liaisons manquantes à aménager (MISSING_LINKS) : liaisons en ligne droite d'au plus MAX_LINK_LENGTH entre deux parties du réseau ou depuis un pôle isolé, classées de façon gloutonne : rank, length_m, from_component, to_component (-1 pour un pôle), hub, gain_hub_pairs (paires de pôles qu'elle relie, compte tenu des liaisons classées avant elle), d_iic_pct (IIC gagné, en % de l'IIC d'avant).
Indices, entre 0 et 1, calculés sur les pôles et leurs distances le long du réseau : l'IIC, indice intégral de connectivité (Pascual-Hortal et Saura 2006), et la PC, probabilité de connectivité (Saura et Pascual-Hortal 2007), pondérés par les poids des pôles.

Résultats (chiffres, dans le journal et dans qgis_process --json) : COMPONENT_COUNT, BRIDGE_COUNT, ISOLATED_HUB_COUNT, IIC, PC, LARGEST_COMPONENT_KM, SKIPPED_COUNT (entités à géométrie vide ou dégénérée, citées dans le journal).

Exemple sur le territoire exemple (make demo l'écrit dans build/sample) :
qgis_process.bin --json run itinerance:trameconnectivity --ITINERARIES='build/sample/itinerance_sample.gpkg|layername=trame' --HUBS='build/sample/itinerance_sample.gpkg|layername=poles' --HUB_NAME_FIELD=name --MAX_LINK_LENGTH=1000 --OUTPUT=trame_liens.gpkg --HUBS_OUT=poles_connectivite.gpkg --MISSING_LINKS=liaisons_manquantes.gpkg
Les 62 km de trame verte forment 2 parties, la plus grande de 49,0 km, avec 5 liens critiques ; 1 des 8 pôles est isolé (le Parc départemental d'Olhain, à 5,6 km) ; IIC 0,280, PC 0,395.

Pour en savoir plus : le bouton Aide ouvre la page de cet algorithme dans la documentation de l'extension, docs/algorithms/trameconnectivity.md.</translation>
    </message>
</context>
</TS>
