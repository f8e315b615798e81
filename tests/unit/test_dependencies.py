from itinerance.plugin.dependencies import (
    DEPENDENCIES,
    Dependency,
    install_hint,
    missing_dependencies,
)


def test_every_library_of_the_issue_is_checked():
    modules = {dep.module for dep in DEPENDENCIES}
    assert {"numpy", "scipy", "shapely", "pyproj", "rasterio", "fiona", "matplotlib"} <= modules


def test_all_present_on_this_machine():
    assert missing_dependencies() == []


def test_a_missing_library_is_named_with_its_packages():
    fake = Dependency("itinerance_no_such_module", "python3-nosuch", "nosuch")
    missing = missing_dependencies((DEPENDENCIES[0], fake))
    assert [dep for dep, _ in missing] == [fake]
    hint = install_hint(missing)
    assert "itinerance_no_such_module" in hint
    assert "sudo apt install python3-nosuch" in hint
    assert "pip install nosuch" in hint


def test_a_broken_library_counts_as_missing(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "scipy", None)  # import scipy now raises ImportError
    missing = missing_dependencies()
    assert [dep.module for dep, _ in missing] == ["scipy"]
