import pytest

from itinerance.processing.logic.inventory.text_search import (
    haystack,
    matches,
    normalise,
    query_words,
)


@pytest.mark.parametrize("text, expected", [
    ("Cœur de Flandre", "coeur de flandre"),
    ("COEUR", "coeur"),
    ("Véloroute de la Lys", "veloroute de la lys"),
    ("Nœux-les-Mines", "noeux-les-mines"),
    ("Armentières", "armentieres"),
    (12, "12"),
    (None, ""),
])
def test_normalise_folds_case_accents_and_ligatures(text, expected):
    assert normalise(text) == expected


def test_every_word_must_match_in_any_order_and_any_field():
    texts = haystack(["Aire du Mont Cassel", "aire_amenagee", None, "Cassel"])
    assert matches(query_words("cassel MONT"), texts)
    assert matches(query_words("  mont   cas "), texts)  # parts of words, extra spaces
    assert not matches(query_words("cassel noir"), texts)


def test_accents_typed_or_not_find_the_same_features():
    texts = haystack(["Estaminet de Nœux", "Béthune"])
    for query in ("noeux bethune", "Nœux Béthune", "NOEUX BÉTHUNE"):
        assert matches(query_words(query), texts)


def test_an_empty_query_matches_everything():
    assert query_words("   ") == []
    assert matches(query_words(""), haystack([]))


def test_words_do_not_match_across_two_fields():
    texts = haystack(["Mont", "Noir"])
    assert not matches(query_words("montnoir"), texts)
    assert matches(query_words("mont noir"), texts)
