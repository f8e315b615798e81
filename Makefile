# Itinérance: setup, sample, demo, tests, zip.
# Every target sets up what it needs first; `make setup` is idempotent (installs only what is missing).

SHELL := /bin/bash
.DEFAULT_GOAL := help

SYSTEM_PYTHON := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
BUILD := build
PKG := $(BUILD)/pkg
SAMPLE := $(BUILD)/sample
DEMO := $(BUILD)/demo
REAL_DATA ?= ../shared/data/real
QGIS_PROCESS := /usr/bin/qgis_process.bin
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)

# Debian packages: QGIS and the libraries the plugin imports, test and translation tools.
APT_PACKAGES := qgis python3-qgis qgis-providers python3-gdal gdal-bin \
	python3-numpy python3-scipy python3-shapely python3-pyproj python3-rasterio \
	python3-fiona python3-matplotlib python3-networkx python3-markdown \
	python3-pytest python3-pytestqt python3-hypothesis python3-venv \
	xvfb xauth pyqt5-dev-tools qttools5-dev-tools poppler-utils git zip unzip \
	postgresql postgresql-common postgresql-postgis python3-psycopg2 osmium-tool \
	python3-lxml gpsbabel
# `make test-qgis340`/`test-qgis344` build their Debian roots with this, on the host.
PLATFORM_APT := debootstrap
# The forky root's extras for `make test-qt6`: PyQt6 and its uic (in python3-pyqt6), QtSvg.
QT6_APT := python3-pyqt6 python3-pyqt6.qtsvg
# Test-only extras from PyPI, inside the virtual environment. mypy 1.20 is the last release that
# still checks for a Python 3.9 target (the floor of QGIS 3.22 on other platforms).
PIP_DEV := ruff==0.8.6 mypy==1.20.2

# Headless QGIS with a throwaway profile; -P keeps the repository root off sys.path, where our
# processing/ would shadow QGIS's own processing package.
RUN := QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$(CURDIR)/$(BUILD)/xdg PROJ_DATA=/usr/share/proj \
	QGIS_CUSTOM_CONFIG_PATH=$(CURDIR)/$(BUILD)/qgis-profile PYTHONPATH=$(CURDIR)/$(PKG) \
	$(PY) -P

.PHONY: help setup apt venv sample demo demo-real test test-unit smoke lint zip publish-check \
	translations qm bench bench-region clean screenshot guide-pictures test-qgis340 test-qgis344 \
	test-qt6

help:
	@echo "make demo          set up, build the sample territory, run the algorithms on it -> $(DEMO)/"
	@echo "make demo-real     a project from the real data of $(REAL_DATA) and the analyses on it"
	@echo "make test          set up and run the whole test suite, headless"
	@echo "make test-qgis340  the same tests and smoke run on QGIS 3.40 (Debian trixie chroot in $(BUILD)/)"
	@echo "make test-qgis344  the same on QGIS 3.44, the last Qt 5 release (Debian forky chroot)"
	@echo "make test-qt6      the plugin's Qt names, enums and forms checked on PyQt6 (forky chroot)"
	@echo "make setup         install the Debian packages and the .venv (only what is missing)"
	@echo "make sample        write the sample territory to $(SAMPLE)/"
	@echo "make smoke         enable the plugin in a throwaway profile and run it with qgis_process.bin"
	@echo "make bench         benchmarks against QGIS's own algorithms, same run"
	@echo "make bench-region  the same at region scale: 200,000 and 1,000,000 edges (20 min)"
	@echo "make screenshot    the Inventory dock inside QGIS (under Xvfb) -> docs/images/"
	@echo "make guide-pictures the analyses and exports of the demo as PNG -> docs/images/"
	@echo "make lint          ruff, and mypy on processing/logic"
	@echo "make zip           dist/itinerance-$(VERSION).zip, installable in QGIS, checked"
	@echo "make publish-check the zip's checks before an upload to plugins.qgis.org"
	@echo "make translations  update i18n/itinerance_fr.ts from the code and compile it"

setup: apt venv $(PKG)/itinerance

apt:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" != 0 ]; then echo "Run as root (or sudo make setup) to install:$$missing" >&2; exit 1; fi; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -q && apt-get install -y -q --no-install-recommends $$missing; \
	fi

venv: $(VENV)/.installed

$(VENV)/.installed: Makefile | apt
	test -x $(PY) || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check $(PIP_DEV)
	touch $@

# Tests and scripts import the plugin as the package `itinerance`: a link to the root.
$(PKG)/itinerance:
	mkdir -p $(PKG)
	ln -sfn ../.. $@

sample: setup
	$(RUN) -m itinerance.processing.database.sample_writer $(SAMPLE)

demo: sample qm
	$(RUN) tests/cli/run_demo.py --sample $(SAMPLE) --out $(DEMO)

# EV5 (OpenStreetMap GPX), the Accueil Vélo list, the UNESCO mining basin -> build/demo-real/
demo-real: setup qm
	$(RUN) tests/cli/run_demo_real.py --real $(REAL_DATA) --out $(BUILD)/demo-real

test: setup qm
	$(RUN) -m pytest -p no:cacheprovider tests

# Other QGIS versions, each in a Debian root built once under $(BUILD)/ with that suite's versions
# of APT_PACKAGES; the whole suite and the smoke run there, on this tree (root). QGIS 3.40 LTR is
# trixie's (Python 3.13), QGIS 3.44 forky's (Python 3.14, numpy 2, shapely 2).
PLATFORM := bash tests/platforms/debian_root.sh
FORKY_ROOT := $(BUILD)/forky-root

test-qgis340:
	@$(MAKE) --no-print-directory apt APT_PACKAGES="$(PLATFORM_APT)"
	APT_PACKAGES="$(APT_PACKAGES)" $(PLATFORM) trixie $(BUILD)/trixie-root

test-qgis344:
	@$(MAKE) --no-print-directory apt APT_PACKAGES="$(PLATFORM_APT)"
	APT_PACKAGES="$(APT_PACKAGES) $(QT6_APT)" $(PLATFORM) forky $(FORKY_ROOT)

# Qt 6 (QGIS 4's): the forky root's PyQt6 resolves every Qt name and enum the plugin uses and
# loads its forms; then the same names on the host's PyQt5.
test-qt6: setup
	@$(MAKE) --no-print-directory apt APT_PACKAGES="$(PLATFORM_APT)"
	APT_PACKAGES="$(APT_PACKAGES) $(QT6_APT)" $(PLATFORM) forky $(FORKY_ROOT) \
	  python3 -P tests/platforms/qt6_check.py
	$(RUN) tests/platforms/qt6_check.py --names-only

test-unit: setup
	$(RUN) -m pytest -p no:cacheprovider tests/unit

smoke: setup
	$(RUN) tests/cli/run_demo.py --smoke --out $(BUILD)/smoke

# Real QGIS on a virtual display, with the sample project and the plugin from this tree.
screenshot: sample qm
	$(SYSTEM_PYTHON) tests/gui/screenshot_dock.py --sample $(SAMPLE) \
	  --out docs/images/inventaire_dock.png --work $(BUILD)/screenshot
	$(RUN) tests/cli/readme_picture.py docs/images

# The user guide's pictures, drawn by the plugin's own exports from the demo's outputs.
guide-pictures: demo
	$(RUN) tests/cli/guide_pictures.py --sample $(SAMPLE) --demo $(DEMO) --out docs/images \
	  --work $(BUILD)/guide
	$(RUN) tests/cli/readme_picture.py docs/images

# Benchmarks against QGIS's own algorithms, measured in the same run (minutes; not in CI).
# BENCH_ARGS=--region: only the benches that have a region scale, at that scale.
BENCH_ARGS ?=
REGION_BENCHES := bench_coverage bench_connectivity bench_circuits bench_audit

bench: setup
ifeq ($(BENCH_ARGS),)
	$(RUN) tests/bench/bench_coverage.py --out $(BUILD)/bench
	$(RUN) tests/bench/bench_profile.py --out $(BUILD)/bench_profile
	$(RUN) tests/bench/bench_connectivity.py --out $(BUILD)/bench_connectivity
	$(RUN) tests/bench/bench_osm_import.py --out $(BUILD)/bench_osm
	$(RUN) tests/bench/bench_dem.py --out $(BUILD)/bench_dem
	$(RUN) tests/bench/bench_indicators.py --out $(BUILD)/bench_indicators
	$(RUN) tests/bench/bench_circuits.py --out $(BUILD)/bench_circuits
	$(RUN) tests/bench/bench_stages.py --out $(BUILD)/bench_stages
	$(RUN) tests/bench/bench_audit.py --out $(BUILD)/bench_audit
else
	for bench in $(REGION_BENCHES); do \
	  $(RUN) tests/bench/$$bench.py $(BENCH_ARGS) --out $(BUILD)/$${bench}_region || exit 1; \
	done
endif

# Region scale (issue 23): each engine on 200,000 and 1,000,000 edges beside the copy of its
# input, with peak memory and growth exponents (not in CI; about 20 min on 2 cores).
# `make bench BENCH_ARGS=--region` does the same.
bench-region: setup
	$(MAKE) --no-print-directory bench BENCH_ARGS=--region

# ruff, then mypy on processing/logic (mypy.ini: the settings and the files checked).
lint: setup
	$(VENV)/bin/ruff check .
	$(PY) -m mypy --config-file mypy.ini

# Update the .ts from the code (a developer's step, then translate), and compile it.
translations: setup
	pylupdate5 -noobsolete $$(git ls-files '*.py' | grep -v '^tests/') \
	  $$(git ls-files 'resources/forms/*.ui') -ts i18n/itinerance_fr.ts 2>/dev/null
	$(MAKE) qm

qm: setup
	lrelease -silent i18n/itinerance_fr.ts -qm i18n/itinerance_fr.qm

# The installable zip (with the docs as HTML), checked as plugins.qgis.org checks an upload;
# placeholders in metadata.txt are only reported here, publish-check refuses them.
ZIP := dist/itinerance-$(VERSION).zip

zip: setup qm
	$(RUN) tests/cli/build_zip.py --out $(ZIP)
	$(RUN) tests/cli/plugin_zip_checks.py $(ZIP)

publish-check: zip
	$(RUN) tests/cli/plugin_zip_checks.py --publish $(ZIP)

# Never while a test-qgis* or test-qt6 run is on: rm would go through the working tree bind-mounted in its chroot.
clean:
	@if findmnt -rn -o TARGET | grep -q "^$(CURDIR)/$(BUILD)/"; then \
	  echo "Something is mounted under $(BUILD)/ (a test-qgis* or test-qt6 run?): not cleaning." >&2; exit 1; fi
	rm -rf $(BUILD) dist i18n/*.qm
