<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
  <context>
    <name>@default</name>
    <message>
      <location filename="../processing/project_db.py" line="58" />
      <source>Choose a file for the project database (.gpkg).</source>
      <translation>Choisissez un fichier pour la base du projet (.gpkg).</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="60" />
      <source>The project database must be a GeoPackage file ending in .gpkg, not {}.</source>
      <translation>La base du projet doit être un fichier GeoPackage se terminant par .gpkg, et non {}.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="64" />
      <source>The coordinate reference system is not valid.</source>
      <translation>Le système de coordonnées n'est pas valide.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="66" />
      <source>{} is a geographic CRS (degrees); distances need metres. Choose a projected CRS such as EPSG:2154 (RGF93 v1 / Lambert-93).</source>
      <translation>{} est un SCR géographique (en degrés) ; les distances demandent des mètres. Choisissez un SCR projeté comme EPSG:2154 (RGF93 v1 / Lambert-93).</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="70" />
      <source>{} already exists and was left untouched. Choose another file, or set OVERWRITE to true to replace it.</source>
      <translation>{} existe déjà et n'a pas été modifié. Choisissez un autre fichier, ou mettez OVERWRITE à true (Écraser) pour le remplacer.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="75" />
      <source>The folder {} does not exist; create it or choose another one.</source>
      <translation>Le dossier {} n'existe pas ; créez-le ou choisissez-en un autre.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="78" />
      <source>Cannot write to {}: permission denied. Choose a folder you can write to.</source>
      <translation>Impossible d'écrire dans {} : permission refusée. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="89" />
      <source>GDAL cannot use the CRS {}; choose an EPSG projected CRS.</source>
      <translation>GDAL ne peut pas utiliser le SCR {} ; choisissez un SCR projeté EPSG.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="123" />
      <source>Could not create {}: check that you can write to this folder.</source>
      <translation>Impossible de créer {} : vérifiez que vous pouvez écrire dans ce dossier.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="130" />
      <source>Could not write the value list {}.</source>
      <translation>Impossible d'écrire la liste de valeurs {}.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="138" />
      <source>Could not create the layer {}.</source>
      <translation>Impossible de créer la couche {}.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="141" />
      <source>Could not create the field {}.{}.</source>
      <translation>Impossible de créer le champ {}.{}.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="155" />
      <source>QGIS cannot open the layer {} of {}.</source>
      <translation>QGIS ne peut pas ouvrir la couche {} de {}.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="190" />
      <source>The layer {} has no field {}; it does not follow the data model.</source>
      <translation>La couche {} n'a pas de champ {} ; elle ne suit pas le modèle de données.</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="202" />
      <source>Must be one of the value list</source>
      <translation>Doit être une valeur de la liste</translation>
    </message>
    <message>
      <location filename="../processing/project_db.py" line="275" />
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
    <name>ItinerancePlugin</name>
    <message>
      <location filename="../plugin/itinerance_plugin.py" line="37" />
      <source>&amp;Itinérance</source>
      <translation>&amp;Itinérance</translation>
    </message>
    <message>
      <location filename="../plugin/itinerance_plugin.py" line="38" />
      <source>Itinérance</source>
      <translation>Itinérance</translation>
    </message>
    <message>
      <location filename="../plugin/itinerance_plugin.py" line="40" />
      <source>Create project database…</source>
      <translation>Créer la base du projet…</translation>
    </message>
  </context>
  <context>
    <name>ItineranceProvider</name>
    <message>
      <location filename="../processing/provider.py" line="19" />
      <source>Itinérance</source>
      <translation>Itinérance</translation>
    </message>
    <message>
      <location filename="../processing/provider.py" line="22" />
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
</TS>