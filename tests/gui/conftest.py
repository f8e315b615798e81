from qgis_env import start_qgis

start_qgis()  # before the test modules import QGIS's processing
