"""`qgis_process.bin help itinerance:<id>` prints each algorithm's help as plain text: the whole
description, with its example on one line that can be copied as it is."""

import re

import pytest
from qgis.core import QgsApplication

ALGORITHM_IDS = ("createprojectdb", "airesgap", "accueilvelocoverage", "slopeprofile",
                 "trameconnectivity", "checkinventory", "exportcontractmap", "exportclimbsheets")
RULE = "-" * 16


@pytest.mark.parametrize("alg_id", ALGORITHM_IDS)
def test_help_prints_the_whole_description_and_its_example(qgis, qgis_app, alg_id):
    printed = qgis.call("help", f"itinerance:{alg_id}").stdout
    found = re.search(rf"{RULE}\nDescription\n{RULE}\n(.*?)\n+{RULE}\nArguments\n", printed, re.S)
    assert found, printed[:500]
    algorithm = QgsApplication.processingRegistry().algorithmById(f"itinerance:{alg_id}")
    assert found.group(1).strip() == algorithm.shortHelpString().strip()
    assert any("qgis_process" in line and f" run itinerance:{alg_id} " in line
               for line in found.group(1).splitlines())
