from itinerance.processing.logic.inventory import data_model as dm

EXPECTED = {
    "aires": ("Point", {"name", "kind", "pump", "repair_kit", "water", "shelter",
                        "ebike_charging", "picnic", "map_panel", "status", "commune"}),
    "etablissements": ("Point", {"name", "category", "accueil_velo", "label_date", "commune",
                                 "website"}),
    "noeuds": ("Point", {"number", "network", "commune", "mode"}),
    "troncons": ("LineString", {"network", "surface", "status", "mode"}),
    "itineraires": ("LineString", {"name", "kind", "mode"}),
    "trame": ("LineString", {"name", "kind"}),
    "poles": ("Polygon", {"name", "kind"}),
    "ascensions": ("LineString", {"name", "direction"}),
    "perimetres": ("Polygon", {"name", "kind"}),
    "circuits": ("LineString", {"name", "sequence", "network", "length_km", "gain_m", "mode"}),
    "liaisons": ("LineString", {"ref", "from_number", "to_number", "mode", "network",
                                "length_m", "state", "facts", "redundant_numbers",
                                "unused_segment_count", "source_id"}),
    "gares": ("Point", {"name", "uic", "kind", "commune"}),
}


def test_the_twelve_layers_of_design_md_with_their_main_fields():
    assert [layer.name for layer in dm.LAYERS] == list(EXPECTED)
    for layer in dm.LAYERS:
        geometry, fields = EXPECTED[layer.name]
        assert layer.geometry == geometry
        assert fields <= set(layer.field_names), layer.name


def test_every_kind_category_status_field_has_a_value_list():
    for layer in dm.LAYERS:
        for field in layer.fields:
            if field.name in ("kind", "category", "status", "surface", "direction"):
                assert field.values is not None, f"{layer.name}.{field.name}"
                assert field.default in field.values.codes


def test_value_lists_hold_the_codes_of_design_md():
    assert dm.layer("aires").field("kind").values.codes == (
        "aire_amenagee", "aire_ludique", "aire_bivouac", "aire_camping_car")
    assert dm.layer("aires").field("status").values.codes == ("existing", "planned")
    assert dm.layer("etablissements").field("category").values.codes == (
        "hebergement", "restauration", "loueur", "reparateur", "site_visite", "office_tourisme")
    assert dm.layer("trame").field("kind").values.codes == (
        "cavalier", "voie_verte", "chemin", "veloroute")
    assert dm.layer("poles").field("kind").values.codes == (
        "pole_loisirs", "terril", "parc", "site_minier")
    assert dm.layer("perimetres").field("kind").values.codes == ("epci", "commune")
    assert dm.MODES.codes == ("velo", "marche", "cheval", "canoe", "bateau", "roller")


def test_the_mode_came_with_schema_4_and_is_cycling_by_default():
    """A database written before modes knew cycling only: its rows become cycling ones."""
    for name in ("noeuds", "troncons", "itineraires", "circuits", "liaisons"):
        mode = dm.layer(name).field("mode")
        assert (mode.since, mode.default, mode.not_null) == (4, "velo", True), name
        assert mode.values is dm.MODES
    assert dm.SCHEMA_VERSION == 4
    assert "mode" not in dm.layers_at(3)[2].field_names


def test_names_are_required_wherever_a_layer_has_one():
    for layer in dm.LAYERS:
        if "name" in layer.field_names:
            assert layer.field("name").not_null, layer.name


def test_amenities_are_booleans_and_label_date_a_date():
    aires = dm.layer("aires")
    for name in ("pump", "repair_kit", "water", "shelter", "ebike_charging", "picnic",
                 "map_panel"):
        assert aires.field(name).type == dm.BOOLEAN
    assert dm.layer("etablissements").field("label_date").type == dm.DATE
    assert dm.layer("noeuds").field("number").type == dm.INTEGER


def test_validate_record_reports_each_problem():
    aires = dm.layer("aires")
    assert dm.validate_record(aires, {"name": "Aire du Mont des Cats"}) == []
    problems = dm.validate_record(aires, {"kind": "aire_de_repos", "colour": "red"})
    assert "unknown field 'colour'" in problems
    assert "name is required" in problems
    assert any(p.startswith("kind='aire_de_repos' is not one of") for p in problems)


def test_unknown_layer_names_the_known_ones():
    try:
        dm.layer("parkings")
    except KeyError as error:
        assert "aires" in str(error) and "perimetres" in str(error)
    else:
        raise AssertionError("no KeyError")


def test_texts_too_long_for_their_field_are_cut_to_fit():
    trame = dm.layer("trame")
    long_name = "Voie ferrée " + "de la fosse " * 20
    fitted = dm.fit_lengths(trame, {"name": long_name, "kind": "cavalier", "source": None})
    assert len(fitted["name"]) == 120 and fitted["name"].endswith("…")
    assert fitted["name"][:119] == long_name[:119]
    assert fitted["kind"] == "cavalier" and fitted["source"] is None
    assert dm.fit_lengths(trame, {"name": "Cavalier"}) == {"name": "Cavalier"}
