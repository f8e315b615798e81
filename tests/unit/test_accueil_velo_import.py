"""The Accueil Vélo import's logic: DATAtourisme's types to categories (every combination of the
Hauts-de-France list), reading CSVs (delimiters, encodings, repeated columns), rows to places,
and which rows are one establishment."""

import math

import pytest
from pyproj import Transformer
from shapely.geometry import box

from itinerance.processing.logic.inventory import accueil_velo_list as av

# Every (Type, Sous-type, Sous-type) of the shared Hauts-de-France list (475 rows), with the
# category it must get. Nothing here is "unknown": every row of that list is imported.
DATATOURISME = [
    (("Lieu", "Commerce de détail", ""), "loueur"),  # 6 bike shops ("Location de VTT…")
    (("Lieu", "Commerce de détail", "Artisan d'art"), "site_visite"),  # 3
    (("Lieu", "Commerce de détail", "Maison de pays, produits du terroir"), "restauration"),
    (("Lieu", "Commerce de détail,Service d'information touristique",
      "Boutique, commerce de proximité,Office de tourisme"), "office_tourisme"),
    (("Lieu", "Commerce de détail,Service d'information touristique", "Office de tourisme"),
     "office_tourisme"),
    (("Lieu", "Fournisseur de dégustation", ""), "restauration"),
    (("Lieu", "Fournisseur de dégustation", "Brasseur"), "restauration"),
    (("Lieu", "Hébergement", "Hébergement collectif"), "hebergement"),
    (("Lieu", "Hébergement", "Hébergement collectif,Hébergement locatif"), "hebergement"),
    (("Lieu", "Hébergement", "Hébergement locatif"), "hebergement"),
    (("Lieu", "Hébergement", "Hôtellerie"), "hebergement"),
    (("Lieu", "Hébergement", "Hôtellerie de plein air"), "hebergement"),
    (("Lieu", "Restauration", ""), "restauration"),
    (("Lieu", "Restauration", "Bar, bar à thème"), "restauration"),
    (("Lieu", "Restauration", "Boulangerie"), "restauration"),
    (("Lieu", "Restauration", "Café ou salon de thé,Restaurant,Restauration Rapide"),
     "restauration"),
    (("Lieu", "Restauration", "Restaurant"), "restauration"),
    (("Lieu", "Restauration,Commerce de détail", "Bar, bar à thème"), "restauration"),
    (("Lieu", "Restauration,Hébergement", "Restaurant,Hôtellerie"), "hebergement"),
    (("Lieu", "Service d'information touristique", ""), "office_tourisme"),
    (("Lieu", "Service d'information touristique", "Office de tourisme"), "office_tourisme"),
    (("Lieu", "Service d'information touristique",
      "Office de tourisme,Guide professionnel,Organisme réceptif"), "office_tourisme"),
    (("Lieu", "Site culturel", ""), "site_visite"),
    (("Lieu", "Site culturel", "Bâtiment civil remarquable"), "site_visite"),
    (("Lieu", "Site culturel", "Centre d'interprétation"), "site_visite"),
    (("Lieu", "Site culturel", "Lieu de mémoire"), "site_visite"),
    (("Lieu", "Site culturel", "Musée"), "site_visite"),
    (("Lieu", "Site culturel", "Musée,Centre d'interprétation"), "site_visite"),
    (("Lieu", "Site culturel", "Parc et jardin"), "site_visite"),
    (("Lieu", "Site culturel", "Site archéologique"), "site_visite"),
    (("Lieu", "Site culturel", "Site religieux"), "site_visite"),
    (("Lieu", "Site naturel", ""), "site_visite"),
    (("Lieu", "Site sportif, récréatif et de loisirs", ""), "site_visite"),
    (("Lieu", "Site sportif, récréatif et de loisirs",
      "Aire de jeux,Mini golf,Terrain de golf,Parc de loisirs, parc à thème,Club enfants,"
      "Piscine,Complexe de loisirs (loisirs regroupés)"), "site_visite"),
    (("Lieu", "Site sportif, récréatif et de loisirs",
      "Base nautique / centre nautique,Aire de jeux,Club enfants"), "site_visite"),
    (("Lieu", "Site sportif, récréatif et de loisirs", "Casino"), "site_visite"),
    (("Lieu", "Site sportif, récréatif et de loisirs", "Centre équestre"), "site_visite"),
    (("Lieu", "Site sportif, récréatif et de loisirs",
      "Complexe de loisirs (loisirs regroupés)"), "site_visite"),
    (("Lieu", "Site sportif, récréatif et de loisirs", "Ferme pédagogique"), "site_visite"),
    (("Lieu", "Site sportif, récréatif et de loisirs", "Piscine"), "site_visite"),
    (("Lieu", "Site sportif, récréatif et de loisirs",
      "Sentier de découverte et d'interprétation"), "site_visite"),
    (("Lieu", "Site sportif, récréatif et de loisirs,Prestataire de service",
      "Réparateur de matériel"), "reparateur"),
    (("Lieu", "Site sportif, récréatif et de loisirs,Site naturel",
      "Parc de loisirs, parc à thème,Complexe de loisirs (loisirs regroupés),Culture"),
     "site_visite"),
    (("Lieu", "Transport", ""), "loueur"),
    (("Produit", "Location", "Location de salle"), "site_visite"),
    (("Produit", "Pratique", "Multiactivités"), "site_visite"),
    (("Produit", "Pratique", "Pratique libre"), "site_visite"),
    (("Produit,Lieu", "Location,Commerce de détail,Prestataire de service",
      "Location de matériel,Loueur de matériel"), "loueur"),
    (("Produit,Lieu",
      "Location,Pratique,Site sportif, récréatif et de loisirs,Prestataire de service",
      "Location de matériel,Accompagnement,Loueur de matériel"), "loueur"),
    (("Produit,Lieu",
      "Location,Pratique,Site sportif, récréatif et de loisirs,Prestataire de service",
      "Location de matériel,Multiactivités,Pratique libre,Accompagnement,Aire de jeux,"
      "Club enfants,Loueur de matériel"), "loueur"),
    (("Produit,Lieu",
      "Location,Pratique,Site sportif, récréatif et de loisirs,Prestataire de service",
      "Location de matériel,Pratique libre,Loueur de matériel"), "loueur"),
    (("Produit,Lieu", "Location,Pratique,Site sportif, récréatif et de loisirs,Transport,"
      "Prestataire de service",
      "Location de matériel,Multiactivités,Pratique libre,Zone ou port de mouillage,"
      "Port de plaisance,Halte et port fluvial,Port maritime,Loueur de matériel"), "loueur"),
    (("Produit,Lieu", "Location,Site sportif, récréatif et de loisirs,Prestataire de service",
      "Location de matériel,Complexe de loisirs (loisirs regroupés),Loueur de matériel"),
     "loueur"),
    (("Produit,Lieu", "Location,Site sportif, récréatif et de loisirs,Prestataire de service",
      "Location de matériel,Loueur de matériel"), "loueur"),
    (("Produit,Lieu", "Location,Site sportif, récréatif et de loisirs,Prestataire de service",
      "Location de matériel,Réparateur de matériel,Loueur de matériel"), "reparateur"),
    (("Produit,Lieu", "Location,Site sportif, récréatif et de loisirs,Transport,"
      "Prestataire de service",
      "Location de matériel,Zone ou port de mouillage,Port de plaisance,"
      "Halte et port fluvial,Port maritime,Loueur de matériel"), "loueur"),
    (("Produit,Lieu", "Pratique,Site sportif, récréatif et de loisirs", "Accompagnement"),
     "site_visite"),
    (("Produit,Lieu", "Pratique,Site sportif, récréatif et de loisirs", "Cours"),
     "site_visite"),
    (("Produit,Lieu", "Pratique,Site sportif, récréatif et de loisirs", "Multiactivités"),
     "site_visite"),
    (("Produit,Lieu", "Pratique,Site sportif, récréatif et de loisirs",
      "Multiactivités,Pratique libre"), "site_visite"),
    (("Produit,Lieu", "Produit d'hébergement,Commerce de détail,Hébergement",
      "Tente,Caravane,Tipi,Boutique, commerce de proximité,Hôtellerie de plein air"),
     "hebergement"),
    (("Produit,Lieu", "Produit d'hébergement,Hébergement", "Cabane,Hôtellerie de plein air"),
     "hebergement"),
    (("Produit,Lieu", "Produit d'hébergement,Hébergement", "Maison,Hébergement collectif"),
     "hebergement"),
    (("Produit,Lieu", "Produit d'hébergement,Hébergement", "Maison,Hébergement locatif"),
     "hebergement"),
    (("Produit,Lieu", "Produit d'hébergement,Hébergement",
      "Tente,Caravane,Cabane,Hôtellerie de plein air"), "hebergement"),
    (("Produit,Lieu", "Produit d'hébergement,Hébergement,Site culturel",
      "Hébergement locatif,Patrimoine industriel, artisanal, rural, agricole et technique"),
     "hebergement"),
    (("Produit,Lieu", "Visite,Pratique,Site sportif, récréatif et de loisirs",
      "Pratique libre"), "site_visite"),
    (("Produit,Lieu,Itinéraire touristique",
      "Pratique,Site sportif, récréatif et de loisirs,Itinéraire cyclable", "Multiactivités"),
     "site_visite"),
]


@pytest.mark.parametrize("texts, category", DATATOURISME,
                         ids=[" / ".join(t) for t, _ in DATATOURISME])
def test_every_datatourisme_combination_of_the_list_has_its_category(texts, category):
    assert av.categorise(texts) == (category, [])


def test_the_table_of_words_is_consistent():
    # a word means one category, and is never both a category word and a neutral one
    seen = {}
    for category, words in av.CATEGORY_WORDS.items():
        for word in words:
            assert seen.setdefault(word, category) == category, word
    assert not set(seen) & av.NEUTRAL_WORDS
    assert set(av.PRIORITY) == set(av.CATEGORIES) == set(av.CATEGORY_WORDS)


@pytest.mark.parametrize("texts, category", [
    (("hebergement",), "hebergement"),  # the data model's codes
    (("Office_Tourisme",), "office_tourisme"),
    (("Bike rental",), "loueur"),  # the English labels
    (("Site de visite",), "site_visite"),
    (("HEBERGEMENT,restaurant",), "hebergement"),  # other case, no accents
    ((" Restaurant ; Hôtellerie ",), "hebergement"),  # another separator
    (("Lieu", "Commerce de détail,Restauration"), "restauration"),  # fallback loses to a word
    (("Lieu", "Transport", "Vélo-rail"), "loueur"),  # an unknown word beside a fallback
])
def test_codes_labels_and_spelling_of_other_tables(texts, category):
    assert av.categorise(texts)[0] == category


def test_unknown_words_give_no_category_and_are_named():
    assert av.categorise(("Lieu", "Agence immobilière")) == (None, ["agence immobiliere"])
    assert av.categorise(("Lieu", "")) == (None, [])


def test_words_split_on_commas_without_a_space():
    assert av.split_words("Bar, bar à thème,Restaurant") == ["bar, bar a theme", "restaurant"]


# --- CSV -----------------------------------------------------------------------------------------

HEADER = ('"Nom","Identifiant","Type","Sous-type","Sous-type","Commune","Latitude","Longitude",'
          '"Site internet"')


def test_datatourisme_csv_with_its_repeated_column():
    data = (HEADER + '\n"Café, Vélo","X1","Lieu","Restauration","Bar, bar à thème",'
            '"Cassel","50.8","2.48","https://a.fr/,https://a.fr/"\n').encode()
    table = av.read_csv(data)
    assert table.delimiter == "," and table.encoding == "utf-8"
    names = dict(av.DATATOURISME_COLUMNS)
    columns = av.resolve_columns(table.columns, names)
    assert columns["subtype"] == [3, 4] and columns["label_date"] == []
    place, issue = av.place_from_values(table.row_numbers[0], table.rows[0], columns)
    assert issue is None
    assert (place.name, place.source_id, place.category) == ("Café, Vélo", "X1", "restauration")
    assert (place.x, place.y, place.website, place.row) == (2.48, 50.8, "https://a.fr/", 2)


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_other_delimiters_and_decimal_commas(delimiter):
    rows = [["Nom", "Identifiant", "Type", "Latitude", "Longitude"],
            ["Gîte", "7", "Hébergement", "50,5", "2,25"]]
    data = "\r\n".join(delimiter.join(row) for row in rows).encode("utf-8-sig")
    table = av.read_csv(data)
    assert table.delimiter == delimiter
    columns = av.resolve_columns(table.columns, av.DATATOURISME_COLUMNS)
    place, _ = av.place_from_values(2, table.rows[0], columns)
    assert (place.x, place.y, place.category) == (2.25, 50.5, "hebergement")


def test_an_encoding_that_is_not_utf8_is_named_with_its_line_and_byte():
    data = "Nom;Type;Latitude;Longitude\nGîte;Hébergement;50;2\n".encode("cp1252")
    with pytest.raises(av.InputError) as error:
        av.read_csv(data)
    assert error.value.code == "encoding"
    assert error.value.details == {"encoding": "utf-8", "line": 2, "byte": "0xEE"}
    table = av.read_csv(data, "cp1252")  # the encoding given: read
    assert table.rows[0][0] == "Gîte"
    with pytest.raises(av.InputError) as error:
        av.read_csv(data, "klingon")
    assert error.value.code == "unknown_encoding"


def test_utf16_with_its_mark_is_read():
    table = av.read_csv("Nom,Type\nGîte,Hébergement\n".encode("utf-16"))
    assert table.encoding == "utf-16" and table.rows == [["Gîte", "Hébergement"]]


@pytest.mark.parametrize("data, code", [
    (b"", "empty"), (b"\n \n", "empty"),
    (b"Nom Identifiant Type\nA 1 B\n", "one_column"),
])
def test_empty_and_one_column_files(data, code):
    with pytest.raises(av.InputError) as error:
        av.read_csv(data)
    assert error.value.code == code


def test_missing_columns_are_all_named_with_the_columns_found():
    table = av.read_csv(b"name,kind,lat\nA,hotel,50\n")
    with pytest.raises(av.InputError) as error:
        av.resolve_columns(table.columns, av.DATATOURISME_COLUMNS)
    assert error.value.details["missing"] == [("name", "Nom"), ("latitude", "Latitude"),
                                              ("longitude", "Longitude"),
                                              ("subtype", "Sous-type")]
    assert error.value.details["columns"] == ["name", "kind", "lat"]
    names = {"name": "name", "type": "kind", "latitude": "lat", "longitude": "lat"}
    assert av.resolve_columns(table.columns, names)["type"] == [1]
    # a layer with a geometry needs no coordinates
    assert av.resolve_columns(table.columns, {"name": "NAME", "type": "Kind"},
                              coordinates=False)["name"] == [0]


def test_rows_longer_than_the_header_are_set_aside_shorter_ones_padded():
    table = av.read_csv(b"Nom,Type,Latitude,Longitude\nA,Restaurant,50,2,extra\nB,Gite\n")
    assert table.malformed == [(2, 5)]
    assert table.rows == [["B", "Gite", "", ""]] and table.row_numbers == [3]


def test_columns_renamed_by_qgis_or_ogr_are_found():
    assert av.find_columns(["Nom", "Sous-type", "Sous-type_2", "Sous-type2", "Sous-types"],
                           "sous-type") == [1, 2, 3]


@pytest.mark.parametrize("lat, lon, reason", [
    ("", "2.1", "no_coordinates"), ("50.1", "abc", "no_coordinates"),
    ("95", "2", "no_coordinates"), ("0", "0", "no_coordinates"), ("nan", "2", "no_coordinates"),
])
def test_rows_without_usable_coordinates_are_skipped_with_what_they_hold(lat, lon, reason):
    columns = av.resolve_columns(["Nom", "Type", "Latitude", "Longitude"],
                                 av.DATATOURISME_COLUMNS)
    place, issue = av.place_from_values(5, ["A", "Restaurant", lat, lon], columns)
    assert place is None and issue == (reason, f"{lat} {lon}".strip())


def test_rows_without_name_or_category():
    columns = av.resolve_columns(["Nom", "Type", "Latitude", "Longitude"],
                                 av.DATATOURISME_COLUMNS)
    assert av.place_from_values(2, [" ", "Restaurant", "50", "2"], columns) == \
        (None, ("no_name", ""))
    assert av.place_from_values(2, ["A", "Agence", "50", "2"], columns) == \
        (None, ("unknown_category", "Agence"))


def test_label_dates_in_iso_and_french_forms():
    columns = av.resolve_columns(["Nom", "Type", "Date de labellisation"],
                                 av.DATATOURISME_COLUMNS, coordinates=False)
    for text, expected in (("2024-05-01T00:00:00.000Z", (2024, 5, 1)),
                           ("01/05/2024", (2024, 5, 1)), ("2019-12-31", (2019, 12, 31))):
        place, issue = av.place_from_values(2, ["A", "Gîte", text], columns)
        assert issue is None and (place.label_date.year, place.label_date.month,
                                  place.label_date.day) == expected
    place, issue = av.place_from_values(2, ["A", "Gîte", "bientôt"], columns)
    assert issue is None and place.label_date is None and place.bad_date == "bientôt"
    place, issue = av.place_from_values(2, ["A", "Gîte", ""], columns)
    assert place.label_date is None and issue is None


# --- the same place ------------------------------------------------------------------------------

def place(name, source_id, x, y, *texts, row=0):
    p = av.Place(row, name, source_id, texts or ("Restaurant",), x, y)
    p.category = av.categorise(p.texts)[0]
    return p


def test_same_name_within_50_m_or_same_identifier_is_one_place():
    places = [place("QG du Cycliste", "127116", 0, 0, "Restauration", "Restaurant"),
              place("Qg du  cycliste", "127115", 0, 0, "Commerce de détail"),  # spelling
              place("Kok Piraat", "A", 100, 0),
              place("Kok Piraat", "B", 213.7, 0),  # 113.7 m away: another place
              place("Paul et Maria", "P1", 500, 0),
              place("Paul et Maria", "P2", 540, 0),
              place("Paul et Maria", "P3", 580, 0),  # 80 m from P1, 40 from P2: chained
              place("Autre nom", "P1", 900, 900)]  # P1 again: the same establishment
    groups = av.same_place_groups(places)
    assert groups == [[0, 1], [2], [3], [4, 5, 6, 7]]
    merged = av.merge([places[i] for i in groups[0]])
    assert (merged.name, merged.source_id, merged.category) == \
        ("QG du Cycliste", "127116", "restauration")


def test_a_merged_place_takes_the_first_value_of_each_field_and_all_words():
    a = place("Chez Mireille", "1", 0, 0, "Restauration", "Restaurant")
    b = place("Chez Mireille", "2", 3, 4, "Hébergement", "Hôtellerie de plein air")
    b.website, b.commune = "https://m.fr", "Lens"
    merged = av.merge([a, b])
    assert merged.category == "hebergement"  # a campsite with a restaurant
    assert (merged.x, merged.y, merged.website, merged.commune) == (0, 0, "https://m.fr",
                                                                      "Lens")


def existing(fid, name, source, source_id, x, y):
    return av.Existing(fid, name, source, source_id, x, y)


def test_plan_of_a_first_import_and_of_a_reimport():
    places = [place("A", "1", 0, 0), place("A", "2", 10, 0), place("B", "3", 1000, 0),
              place("C", None, 2000, 0)]
    first = av.plan_import(places, [], "datatourisme", update=True)
    assert [p.source_id for p in first.inserts] == ["1", "3", None]
    assert first.merged_rows == 1 and [len(rows) for _, rows in first.merged] == [2]
    # the same rows again, against what the first import wrote: every place is updated
    database = [existing(10, "A", "datatourisme", "1", 0, 0),
                existing(11, "B", "datatourisme", "3", 1000, 0),
                existing(12, "C", "datatourisme", None, 2000, 0)]
    again = av.plan_import(places, database, "datatourisme", update=True)
    assert not again.inserts and again.merged_rows == 1
    assert [(e.fid, p.source_id) for e, p in again.updates] == [(10, "1"), (11, "3"),
                                                                (12, None)]
    kept = av.plan_import(places, database, "datatourisme", update=False)
    assert not kept.inserts and not kept.updates and len(kept.kept) == 3


def test_matching_by_identifier_needs_the_same_source():
    database = [existing(1, "Gîte", "autre_liste", "1", 5000, 0)]
    plan = av.plan_import([place("Gîte", "1", 0, 0)], database, "datatourisme", update=True)
    assert len(plan.inserts) == 1  # not the same "1"; and 5 km away


def test_hand_drawn_establishment_is_matched_by_name_within_50_m_and_left_alone():
    database = [existing(7, "Musée de la Mine", None, None, 30, 40),  # 50 m exactly
                existing(8, "Musée de la mine", None, None, 3000, 0),
                existing(9, "Gîte", "datatourisme", "G9", 0, 0)]
    places = [place("musée de la mine", "M", 0, 0), place("GITE", "G1", 10, 0)]
    plan = av.plan_import(places, database, "datatourisme", update=True)
    assert not plan.inserts
    assert [e.fid for e, _ in plan.kept] == [7]  # drawn by hand: never changed
    assert [e.fid for e, _ in plan.updates] == [9]  # ours, under another identifier


def test_two_places_matching_one_establishment_are_one():
    # 60 m apart (two places of the input) but both within 50 m of the database's one
    database = [existing(5, "Gare", "datatourisme", "G0", 30, 0)]
    places = [place("Gare", "G1", 0, 0), place("Gare", "G2", 60, 0)]
    plan = av.plan_import(places, database, "datatourisme", update=True)
    assert len(plan.updates) == 1 and plan.merged_rows == 1
    assert [[r.source_id for r in rows] for _, rows in plan.merged] == [["G1", "G2"]]


def test_projection_to_lambert93_and_the_perimeter():
    cassel = place("Cassel", None, 2.4857, 50.8006)
    nowhere = place("Nowhere", None, math.nan, 50.0)
    failed = av.project([cassel, nowhere], "EPSG:2154")
    assert failed == [nowhere]
    expected = Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True).transform(
        2.4857, 50.8006)
    assert (cassel.x, cassel.y) == pytest.approx(expected, abs=0.01)
    inside = av.inside_perimeter([cassel], [box(660000, 7070000, 670000, 7080000).wkb])
    assert inside == [True]
    assert av.inside_perimeter([cassel], [box(0, 0, 1, 1).wkb]) == [False]
    assert av.inside_perimeter([cassel], []) == [True]


def test_values_are_fitted_to_the_fields_of_the_data_model():
    columns = av.resolve_columns(["Nom", "Identifiant", "Type", "Commune", "Site internet"],
                                 av.DATATOURISME_COLUMNS, coordinates=False)
    booking = "https://www.booking.com/hotel/fr/relais.fr.html?aid=304142&" + "x" * 500
    place, issue = av.place_from_values(
        2, ["N" * 130, "ID", "Gîte", "C" * 90, booking + ",https://www.airbnb.fr/rooms/1"],
        columns)
    assert issue is None
    assert place.name == "N" * 119 + "…" and len(place.commune) == 80
    assert place.website == "https://www.booking.com/hotel/fr/relais.fr.html"
    assert place.shortened == ["name", "commune", "website"]
    assert av.fit_url("https://a.fr/" + "p" * 300 + "?q=1", 254) is None
    place, issue = av.place_from_values(2, ["A", "I" * 65, "Gîte", "", ""], columns)
    assert place is None and issue == ("long_identifier", "I" * 65)
