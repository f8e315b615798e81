"""Writes the sample territory: the project GeoPackage filled in, the DEM and a styled QGIS project.

Run as ``python -m itinerance.processing.sample_writer FOLDER`` (``make sample``), or call
:func:`write_sample` (the tests do).
"""

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import rasterio
from qgis.core import (
    QgsColorRampShader,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsHillshadeRenderer,
    QgsLayerMetadata,
    QgsProcessingException,
    QgsProject,
    QgsProviderRegistry,
    QgsRasterLayer,
    QgsRasterShader,
    QgsSingleBandPseudoColorRenderer,
)
from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtGui import QColor, QPainter
from rasterio.transform import Affine

from ..logic.inventory import data_model
from ..logic.sample import territory as sample_territory
from ..translate import tr
from .project_db import create_project_database, layer_uri, open_layer
from .stored_texts import HILLSHADE, RELIEF, SAMPLE_DEM_RIGHTS, SAMPLE_RIGHTS, sample_text

GPKG_NAME = "itinerance_sample.gpkg"
DEM_NAME = "dem.tif"
PROJECT_NAME = "itinerance_sample.qgz"
DEM_NODATA = -9999.0
# Drawing order in the project, top first.
LAYER_ORDER = ("gares", "noeuds", "aires", "etablissements", "circuits", "ascensions",
               "itineraires", "liaisons", "troncons", "trame", "poles", "perimetres")



def _qgis_value(value):
    if hasattr(value, "isoformat") and not isinstance(value, bool):
        return QDate(value.year, value.month, value.day)
    return value


def fill_layer(path, name, records):
    """Append ``records`` ((shapely geometry, attributes) pairs) to the layer ``name``."""
    layer = open_layer(path, name)
    fields = layer.fields()
    features = []
    for geometry, attributes in records:
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromWkt(geometry.wkt))
        for key, value in attributes.items():
            feature[key] = _qgis_value(value)
        features.append(feature)
    provider = layer.dataProvider()
    ok, _ = provider.addFeatures(features)
    if not ok or layer.featureCount() != len(records):
        raise QgsProcessingException(
            tr("Could not write the sample layer {}: {}")
            .format(name, "; ".join(provider.errors())))
    return len(features)


def write_dem(path, dem, geotransform, crs="EPSG:2154"):
    """Write ``dem`` as a tiled, compressed GeoTIFF (float32, metres) that says, in its
    copyright tag, that it is generated."""
    rows, cols = dem.shape
    profile = {
        "driver": "GTiff", "width": cols, "height": rows, "count": 1, "dtype": "float32",
        "crs": crs, "transform": Affine.from_gdal(*geotransform), "nodata": DEM_NODATA,
        "compress": "deflate", "predictor": 3, "tiled": True, "blockxsize": 256,
        "blockysize": 256,
    }
    with rasterio.open(path, "w", **profile) as dataset:
        dataset.write(np.asarray(dem, dtype="float32"), 1)
        dataset.update_tags(TIFFTAG_COPYRIGHT=sample_text(SAMPLE_DEM_RIGHTS))


def declare_generated(gpkg_path):
    """Every layer of the sample GeoPackage declares, in its metadata (stored in the file),
    that it is generated: the map exports credit that, and nothing else."""
    registry = QgsProviderRegistry.instance()
    for layer_def in data_model.LAYERS:
        metadata = QgsLayerMetadata(open_layer(gpkg_path, layer_def.name).metadata())
        metadata.setRights([sample_text(SAMPLE_RIGHTS)])
        saved = registry.saveLayerMetadata("ogr", layer_uri(gpkg_path, layer_def.name),
                                           metadata)
        ok, error = saved if isinstance(saved, tuple) else (saved, "")
        if not ok:
            raise QgsProcessingException(tr("Could not write the metadata of the sample layer "
                                            "{}: {}").format(layer_def.name, error))


def dem_layers(dem_path):
    """The DEM twice: hypsometric tints under a multiplied hillshade."""
    colours = QgsRasterLayer(str(dem_path), sample_text(RELIEF), "gdal")
    hillshade = QgsRasterLayer(str(dem_path), sample_text(HILLSHADE), "gdal")
    for layer in (colours, hillshade):
        metadata = QgsLayerMetadata(layer.metadata())
        metadata.setRights([sample_text(SAMPLE_DEM_RIGHTS)])
        layer.setMetadata(metadata)
    if not colours.isValid():
        raise QgsProcessingException(tr("QGIS cannot open the DEM {}.").format(dem_path))
    ramp = QgsColorRampShader(0, 180, None, QgsColorRampShader.Interpolated)
    ramp.setColorRampItemList([
        QgsColorRampShader.ColorRampItem(0, QColor("#e8f1d4"), "0 m"),
        QgsColorRampShader.ColorRampItem(40, QColor("#c7dfa5"), "40 m"),
        QgsColorRampShader.ColorRampItem(90, QColor("#e6d38f"), "90 m"),
        QgsColorRampShader.ColorRampItem(140, QColor("#c9a063"), "140 m"),
        QgsColorRampShader.ColorRampItem(180, QColor("#a0714a"), "180 m"),
    ])
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(ramp)
    tints = QgsSingleBandPseudoColorRenderer(colours.dataProvider(), 1, shader)
    tints.setClassificationMin(0)  # the legend (layouts) shows the ramp from min to max
    tints.setClassificationMax(180)
    colours.setRenderer(tints)
    hillshade.setRenderer(QgsHillshadeRenderer(hillshade.dataProvider(), 1, 315, 45))
    hillshade.setBlendMode(QPainter.CompositionMode.CompositionMode_Multiply)
    hillshade.setOpacity(0.45)
    return hillshade, colours


def write_project(path, gpkg_path, dem_path):
    """A QGIS project with every sample layer, styled by the GeoPackage's default styles."""
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    project.setTitle(tr("Itinérance: sample territory"))
    root = project.layerTreeRoot()
    layers = [open_layer(gpkg_path, name) for name in LAYER_ORDER]  # with their stored styles
    for layer in layers + list(dem_layers(dem_path)):
        project.addMapLayer(layer, False)
        root.addLayer(layer)  # appended: the tree keeps LAYER_ORDER, DEM at the bottom
    if not project.write(str(path)):
        raise QgsProcessingException(
            tr("Could not write the project {}: {}").format(path, project.error()))
    return project


def write_sample(folder, seed=sample_territory.DEFAULT_SEED):
    """Generate and write the whole sample territory into ``folder``; returns what it wrote."""
    started = time.perf_counter()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    territory = sample_territory.generate(seed)
    gpkg_path = folder / GPKG_NAME
    create_project_database(gpkg_path, QgsCoordinateReferenceSystem(territory.crs),
                            overwrite=True)
    for layer_def in data_model.LAYERS:
        fill_layer(gpkg_path, layer_def.name, territory.layers[layer_def.name])
    declare_generated(gpkg_path)
    dem_path = folder / DEM_NAME
    write_dem(dem_path, territory.dem, territory.dem_transform, territory.crs)
    project_path = folder / PROJECT_NAME
    write_project(project_path, gpkg_path, dem_path)
    return {"gpkg": gpkg_path, "dem": dem_path, "project": project_path,
            "summary": territory.summary(), "seconds": time.perf_counter() - started}


def main(argv=None):
    parser = argparse.ArgumentParser(description="Write Itinérance's sample territory.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=sample_territory.DEFAULT_SEED)
    args = parser.parse_args(argv)

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    written = write_sample(args.folder, args.seed)
    for key in ("gpkg", "dem", "project"):
        print(f"wrote {written[key]}")
    for key, value in written["summary"].items():
        print(f"  {key}: {value}")
    print(f"  generated in {written['seconds']:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

