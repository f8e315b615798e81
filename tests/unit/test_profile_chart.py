"""Profile charts: PNG and SVG files, size, colours by grade class, texts, gaps, file names."""

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import matplotlib
import numpy as np
import pytest
from matplotlib import colors
from matplotlib.image import imread

from itinerance.processing.logic.relief import profile, profile_chart

FIGURES = {"Length": "1.60 km", "Gain": "100 m", "Average grade": "6.3 %",
           "Steepest 100 m": "12.0 %", "Category": "4"}


def four_classes(step=2.5):
    """400 m at 1 %, 4 %, 8 % and 12 %: one stretch in each grade class."""
    knots = np.array([(0, 50.0), (400, 54.0), (800, 70.0), (1200, 102.0), (1600, 150.0)])
    s = np.arange(0.0, 1600.0 + step / 2, step)
    return s, np.interp(s, knots[:, 0], knots[:, 1])


def svg_text(path):
    root = ET.parse(path).getroot()  # well-formed XML
    return " ".join(t for element in root.iter() for t in element.itertext())


def colour_pixels(image, hex_colour, tolerance=0.02):
    rgb = np.array(colors.to_rgb(hex_colour))
    return int(np.sum(np.all(np.abs(image[:, :, :3] - rgb) < tolerance, axis=2)))


def test_png_and_svg_of_a_profile(tmp_path):
    s, z = four_classes()
    png, svg = profile_chart.render_profile(s, z, tmp_path / "mont", "Mont Cassel", FIGURES)
    assert (png, svg) == (str(tmp_path / "mont.png"), str(tmp_path / "mont.svg"))
    image = imread(png)
    assert image.shape[:2] == (700, 1600)
    assert image[:, :, :3].std() > 0.1  # not blank
    for _, colour in profile.GRADE_CLASSES:
        assert colour_pixels(image, colour) > 2000, colour
    text = svg_text(svg)
    assert "Mont Cassel" in text
    for label, value in FIGURES.items():
        assert label in text and value in text
    for label, _ in profile.GRADE_CLASSES:
        assert label in text  # the legend
    assert "4.0" in text and "8.0" in text  # grades printed in the 100 m segments


def test_a_bare_chart_for_a_climb_sheet_leaves_the_figures_to_the_sheet(tmp_path):
    """No title and no figures (the climb sheet prints them once, as text): the profile
    takes their room, at the height the sheet's frame asks for."""
    s, z = four_classes()
    png, svg = profile_chart.render_profile(s, z, tmp_path / "nu", None, None, height_px=530)
    image = imread(png)
    assert image.shape[:2] == (530, 1600)
    text = svg_text(svg)
    for label, value in FIGURES.items():
        assert label not in text and (value not in text or value == "4")  # 4: a tick, 0.4
    assert "km" in text and "4.0" in text and "12.0" in text  # the axes and segment grades
    # the profile (the 12 % class at its top) reaches into the top quarter of the image,
    # where a chart with figures prints them
    red = np.all(np.abs(image[:, :, :3] - colors.to_rgb(profile.GRADE_CLASSES[3][1])) < 0.02,
                 axis=2)
    assert red[:530 // 4].any()
    full = imread(profile_chart.render_profile(s, z, tmp_path / "titre", "Mont", FIGURES)[0])
    full_red = np.all(np.abs(full[:, :, :3] - colors.to_rgb(profile.GRADE_CLASSES[3][1]))
                      < 0.02, axis=2)
    assert not full_red[:700 // 4].any()
    with pytest.raises(ValueError, match="200 px"):
        profile_chart.render_profile(s, z, tmp_path / "x", None, None, height_px=100)


def test_only_the_classes_present_are_drawn(tmp_path):
    s = np.arange(0.0, 2000.0, 2.5)
    png, svg = profile_chart.render_profile(s, 20.0 + 0.01 * s, tmp_path / "flat", "Plain", {})
    image = imread(png)
    green, yellow, orange, red = (colour for _, colour in profile.GRADE_CLASSES)
    assert colour_pixels(image, green) > 10_000
    assert colour_pixels(image, red) == colour_pixels(image, orange) == 0
    assert ">10 %" not in svg_text(svg)


def test_y_axis_starts_near_a_high_profile(tmp_path):
    assert profile_chart._y_limits(150.0, 176.0)[0] >= 140.0
    assert profile_chart._y_limits(20.0, 176.0)[0] == 0.0
    low, high = profile_chart._y_limits(-3.0, 12.0)
    assert low < -3.0 and high > 12.0


def test_translated_texts_and_awkward_titles(tmp_path):
    s, z = four_classes()
    title = "Rue d'Aire <Cassel> & $5 100% «raide»"
    labels = ["0 à 3 %", "3 à 6 %", "6 à 10 %", "plus de 10 %"]
    _, svg = profile_chart.render_profile(
        s, z, tmp_path / "fr", title, {"Dénivelé": "100 m"}, grade_window=200.0,
        x_label="Distance (km)", y_label="Altitude (m)", class_labels=labels,
        grade_format=lambda v: f"{v:.1f}".replace(".", ","))
    text = svg_text(svg)
    for expected in [title, "Dénivelé", "Distance (km)", "Altitude (m)", "12,0"] + labels:
        assert expected in text
    with pytest.raises(ValueError, match="4 labels"):
        profile_chart.render_profile(s, z, tmp_path / "x", "x", {}, class_labels=["a"])


def test_numbers_with_a_decimal_comma(tmp_path):
    s, z = four_classes()
    _, svg = profile_chart.render_profile(s, z, tmp_path / "virgule", None, None,
                                          decimal_separator=",")
    text = svg_text(svg).split()
    assert "12,0" in text and "4,0" in text  # the segments' grades
    assert "0,4" in text and "1,2" in text  # the km axis
    assert not [word for word in text if re.fullmatch(r"\d+\.\d+", word)]


def test_nodata_gaps_are_drawn_as_gaps(tmp_path):
    s, z = four_classes()
    z[(s > 500) & (s < 700)] = np.nan
    z[:10] = np.nan
    png, svg = profile_chart.render_profile(s, z, tmp_path / "gap", "Gap", FIGURES,
                                            nodata_label="pas de données")
    assert imread(png).shape[:2] == (700, 1600)
    assert "pas de données" in svg_text(svg)


def test_degenerate_profiles_do_not_crash(tmp_path):
    s = np.arange(0.0, 1000.0, 10.0)
    for name, chainage, z in [("empty", s, np.full(s.size, np.nan)),
                              ("point", np.array([0.0]), np.array([42.0])),
                              ("lonely", s, np.where(s == 500, 42.0, np.nan)),
                              ("level", s, np.full(s.size, 42.0))]:
        png, svg = profile_chart.render_profile(chainage, z, tmp_path / name, name, {})
        assert imread(png).shape[:2] == (700, 1600)
        assert name in svg_text(svg)
    with pytest.raises(ValueError):
        profile_chart.render_profile([], [], tmp_path / "none", "none", {})


def test_long_profile_stays_light(tmp_path):
    rng = np.random.default_rng(2)
    s = np.arange(0.0, 120_000.0, 2.5)  # 120 km, 48,000 samples
    z = 40.0 + 30.0 * np.sin(s / 5000.0) + rng.normal(0.0, 0.2, s.size)
    png, svg = profile_chart.render_profile(s, z, tmp_path / "sub" / "long", "EV5", FIGURES)
    assert imread(png).shape[:2] == (700, 1600)
    assert os.path.getsize(svg) < 3_000_000


def test_no_global_matplotlib_state_is_touched(tmp_path, pkg_dir):
    before = dict(matplotlib.rcParams)
    s, z = four_classes()
    profile_chart.render_profile(s, z, tmp_path / "a", "a", {})
    assert dict(matplotlib.rcParams) == before
    code = ("import sys, numpy as np\n"
            "from itinerance.processing.logic.relief import profile_chart\n"
            "s = np.arange(0.0, 500.0, 5.0)\n"
            f"profile_chart.render_profile(s, s / 10, {str(tmp_path / 'b')!r}, 'b', {{}})\n"
            "assert 'matplotlib.pyplot' not in sys.modules\n")
    env = dict(os.environ, PYTHONPATH=str(pkg_dir))
    env.pop("MPLBACKEND", None)
    result = subprocess.run([sys.executable, "-P", "-c", code], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_safe_file_stem():
    assert profile_chart.safe_file_stem("Mont-Cassel, rue d'Aire") == "Mont-Cassel_rue_d_Aire"
    assert profile_chart.safe_file_stem("Cœur de Flandre / Éperlecques") == \
        "Coeur_de_Flandre_Eperlecques"
    assert profile_chart.safe_file_stem("  ../../etc/passwd ") == "etc_passwd"
    assert profile_chart.safe_file_stem("") == "profile"
    assert profile_chart.safe_file_stem("日本") == "profile"
    assert profile_chart.safe_file_stem("con") == "con_"
    assert len(profile_chart.safe_file_stem("x" * 500)) == 60
    taken = set()
    stems = [profile_chart.safe_file_stem(t, taken) for t in ("EV5", "ev5", "EV5", "Lys")]
    assert stems == ["EV5", "ev5_2", "EV5_3", "Lys"]
    assert taken == set(stems)
