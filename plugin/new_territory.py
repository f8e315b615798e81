"""The menu entry "New territory from open data…": a fresh project GeoPackage filled by the
importers (the OpenStreetMap network, the Accueil Vélo list, the DEM tiles), in a background
task with progress and cancel, then opened in the project, styled.

Each source is optional, and each step runs only if the provider has its algorithm. If a step
fails or the user cancels, the GeoPackage and the DEM being made are removed: a territory is
made whole or not at all.
"""

from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsTask,
    QgsVectorLayer,
)
from qgis.gui import QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox

from ..processing.database import project_db, sample_writer
from ..processing.translate import tr
from .forms import form_path

FORM_CLASS, _ = uic.loadUiType(form_path("new_territory_dialog.ui"))
DEFAULT_CRS = "EPSG:2154"
# figures worth a line in the summary, per step
FIGURES = {
    "importosmnetwork": ("NODE_COUNT", "SECTION_COUNT", "ITINERARY_COUNT", "TRAME_COUNT",
                         "SKIPPED_COUNT"),
    "importaccueilvelo": ("IMPORTED_COUNT", "MERGED_COUNT", "SKIPPED_COUNT"),
    "preparedem": ("TILE_COUNT", "RESOLUTION_M"),
}


@dataclass
class TerritorySources:
    """What the user chose: the GeoPackage to create and the optional sources."""

    database: str
    crs: str = DEFAULT_CRS
    osm: str = ""
    accueil_velo: str = ""
    dem_tiles: list = field(default_factory=list)
    perimeter: str = ""

    @property
    def dem(self):
        """The prepared DEM, next to the GeoPackage."""
        path = Path(self.database)
        return str(path.with_name(f"{path.stem}_mnt.tif"))


def territory_steps(sources, available):
    """(steps, left out): the (algorithm id, parameters) to run in order, and the ids of the
    algorithms the sources need that ``available`` (ids the provider has) lacks."""
    database = {"DATABASE": sources.database}
    perimeter = {"PERIMETER": sources.perimeter} if sources.perimeter else {}
    wanted = [("createprojectdb", {"OUTPUT": sources.database, "CRS": sources.crs,
                                   "OVERWRITE": False, "ADD_TO_PROJECT": False})]
    if sources.osm:
        wanted.append(("importosmnetwork", {"INPUT": sources.osm, **database, **perimeter}))
    if sources.accueil_velo:
        wanted.append(("importaccueilvelo", {"INPUT": sources.accueil_velo, **database,
                                             **perimeter}))
    if sources.dem_tiles:
        # tiles without a CRS (IGN's .asc often come without their .prj) are taken to be in
        # the territory's CRS; preparedem names them in its log
        wanted.append(("preparedem", {"INPUT": list(sources.dem_tiles), "TARGET_CRS": sources.crs,
                                      "SOURCE_CRS": sources.crs, "OUTPUT": sources.dem,
                                      **perimeter}))
    steps = [(alg_id, params) for alg_id, params in wanted if alg_id in available]
    return steps, [alg_id for alg_id, _ in wanted if alg_id not in available]


class StepFeedback(QgsProcessingFeedback):
    """One step's feedback: its progress is its share of the task's, its messages kept."""

    def __init__(self, task, index, count):
        super().__init__()
        self.task = task
        self.progressChanged.connect(
            lambda value: task.setProgress(100.0 * (index + value / 100.0) / count))

    def pushInfo(self, info):  # noqa: N802 - QGIS API
        self.task.log.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802 - QGIS API
        self.task.log.append(warning)
        super().pushWarning(warning)


class NewTerritoryTask(QgsTask):
    """Runs the steps one after the other; ``done(ok)`` is emitted on the main thread."""

    done = pyqtSignal(bool)

    def __init__(self, steps, description, made=()):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.steps = steps
        self.made = list(made)  # files the steps make, removed if the territory is not made
        self.results, self.log, self.error, self.feedback = {}, [], None, None

    def run(self):
        registry = QgsApplication.processingRegistry()
        for index, (alg_id, parameters) in enumerate(self.steps):
            if self.isCanceled():
                return False
            algorithm = registry.createAlgorithmById(f"itinerance:{alg_id}")
            self.feedback = StepFeedback(self, index, len(self.steps))
            try:
                results, ok = algorithm.run(parameters, QgsProcessingContext(), self.feedback,
                                            {}, False)
            except QgsProcessingException as error:
                self.error = (alg_id, str(error))
                return False
            if not ok or self.feedback.isCanceled():
                return False
            self.results[alg_id] = results
        self.setProgress(100)
        return True

    def cancel(self):
        if self.feedback is not None:
            self.feedback.cancel()
        super().cancel()

    def finished(self, result):
        if not result:
            for path in self.made:
                for suffix in ("", "-wal", "-shm", ".aux.xml"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
        self.done.emit(bool(result))


def open_territory(project, database, dem=None):
    """Add the territory's layers (styled by the styles stored with them) and its DEM to
    ``project``, in a group named after the GeoPackage; returns the layers."""
    root = project.layerTreeRoot()
    group = root.insertGroup(0, Path(database).stem)
    layers = [project_db.open_layer(database, name) for name in sample_writer.LAYER_ORDER]
    if dem and Path(dem).is_file():
        layers += list(sample_writer.dem_layers(dem))
    for layer in layers:
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    if not project.crs().isValid() or len(project.mapLayers()) == len(layers):
        project.setCrs(layers[0].crs())
    return layers


def territory_extent(layers, crs, project):
    """The extent of the layers that have features, in ``crs``."""
    extent = QgsRectangle()
    extent.setMinimal()
    for layer in layers:
        if isinstance(layer, QgsVectorLayer) and layer.featureCount() == 0:
            continue
        transform = QgsCoordinateTransform(layer.crs(), crs, project)
        extent.combineExtentWith(transform.transformBoundingBox(layer.extent()))
    return extent


class NewTerritoryDialog(QDialog, FORM_CLASS):
    finished_territory = pyqtSignal(bool)  # made (True), or cancelled or failed

    def __init__(self, iface, project=None, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.task = None
        self.sources = None
        self.databaseWidget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.databaseWidget.setFilter(tr("GeoPackage (*.gpkg)"))
        self.osmWidget.setFilter(tr("OpenStreetMap (*.osm *.pbf)"))
        self.accueilVeloWidget.setFilter(tr("CSV (*.csv *.txt)"))
        self.demWidget.setStorageMode(QgsFileWidget.StorageMode.GetMultipleFiles)
        self.demWidget.setFilter(tr("DEM tiles (*.asc *.tif *.tiff *.xyz)"))
        self.perimeterWidget.setFilter(tr("Polygons (*.gpkg *.geojson *.shp)"))
        self.crsWidget.setCrs(QgsCoordinateReferenceSystem(DEFAULT_CRS))
        self.run_button = self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.run_button.setText(tr("Create the territory"))
        self.close_button = self.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        self.run_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.close_or_cancel)

    def chosen(self):
        files = QgsFileWidget.splitFilePaths(self.demWidget.filePath())
        return TerritorySources(
            database=self.databaseWidget.filePath().strip(),
            crs=self.crsWidget.crs().authid() or DEFAULT_CRS,
            osm=self.osmWidget.filePath().strip(),
            accueil_velo=self.accueilVeloWidget.filePath().strip(),
            dem_tiles=[f for f in files if f.strip()],
            perimeter=self.perimeterWidget.filePath().strip())

    def problem(self, sources):
        """What keeps the territory from being made, or None."""
        path = Path(sources.database) if sources.database else None
        if path is None:
            return tr("Choose the project GeoPackage to create.")
        if path.suffix.lower() != ".gpkg":
            return tr("The project database must be a GeoPackage file ending in .gpkg.")
        if path.exists():
            return tr("{} already exists: choose a new file (a territory starts from an empty "
                      "project database).").format(path)
        if not path.parent.is_dir():
            return tr("The folder {} does not exist.").format(path.parent)
        for value in (sources.osm, sources.accueil_velo, sources.perimeter, *sources.dem_tiles):
            if value and not Path(value).is_file():
                return tr("{} does not exist.").format(value)
        return None

    def start(self):
        sources = self.chosen()
        problem = self.problem(sources)
        if problem:
            self.statusLabel.setText(problem)
            return
        provider = QgsApplication.processingRegistry().providerById("itinerance")
        available = {alg.name() for alg in provider.algorithms()} if provider else set()
        steps, left_out = territory_steps(sources, available)
        notes = [tr("This version of the plugin has no {}: that source is left out.").format(
            alg_id) for alg_id in left_out]
        self.sources = sources
        self.task = NewTerritoryTask(steps, tr("Itinérance: new territory {}").format(
            Path(sources.database).stem), made=(sources.database, sources.dem))
        self.task.progressChanged.connect(self.show_progress)
        self.task.done.connect(self.finish)
        self.statusLabel.setText("\n".join(notes + [tr("Creating the territory…")]))
        self.run_button.setEnabled(False)
        self.close_button.setText(tr("Cancel"))
        QgsApplication.taskManager().addTask(self.task)

    def dispose(self):
        """When the plugin unloads: a territory being made is cancelled (its task removes what
        it made), and the dialog goes."""
        if self.task is not None:
            # the task outlives the dialog while it cleans up: nothing of it may call back here
            self.task.done.disconnect(self.finish)
            self.task.progressChanged.disconnect(self.show_progress)
            self.task.cancel()
            self.task = None
        self.close()
        self.deleteLater()

    def show_progress(self, value):
        self.progressBar.setValue(int(value))

    def close_or_cancel(self):
        if self.task is not None:
            self.task.cancel()
        else:
            self.reject()

    def finish(self, ok):
        task, sources = self.task, self.sources
        self.task = None
        self.run_button.setEnabled(True)
        self.close_button.setText(tr("Close"))
        if not ok:  # the task has removed what it made
            if task.error:
                self.statusLabel.setText(tr("{} failed: {}\nNothing was kept.").format(
                    *task.error))
            else:
                self.statusLabel.setText(tr("Cancelled: nothing was kept."))
            self.progressBar.setValue(0)
            self.finished_territory.emit(False)
            return
        layers = open_territory(self.project, sources.database,
                                sources.dem if "preparedem" in task.results else None)
        extent = territory_extent(layers, self.project.crs(), self.project)
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if canvas is not None and not extent.isEmpty():
            canvas.setExtent(extent)
            canvas.refresh()
        self.progressBar.setValue(100)
        self.statusLabel.setText(self.summary(task.results, sources))
        self.finished_territory.emit(True)

    @staticmethod
    def summary(results, sources):
        lines = [tr("Territory created in {}.").format(sources.database)]
        for alg_id, figures in FIGURES.items():
            if alg_id in results:
                values = ", ".join(f"{name} {results[alg_id][name]:g}" for name in figures
                                   if isinstance(results[alg_id].get(name), (int, float)))
                lines.append(f"{alg_id}: {values}")
        return "\n".join(lines)
