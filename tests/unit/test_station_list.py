"""The SNCF list of passenger stations: the shared file's format, read by hand-checked rows."""

import pytest

from itinerance.processing.logic.inventory import accueil_velo_list as av
from itinerance.processing.logic.inventory import station_list as sl

HEADER = "\ufeffNom;Trigramme;Segment(s) DRG;Position géographique;Code commune;Code(s) UIC\r\n"
ROWS = (
    "Calais;CSV;B;50.953481, 1.850819;62193;87317263\r\n"
    "Paris Gare du Nord;PNO;\"A;A;B\";48.880185, 2.355151;75110;"
    "\"87271031;87271007;87271023\"\r\n"
    "Achiet-le-Grand;ACT;C;50.1317525, 2.780168;62005;87342048\r\n"
    "Le Bourget T11;BOT;B;;93029;87697359\r\n"
    "Nulle part;NUL;C;0, 0;00000;87000000\r\n"
    ";XXX;C;50.1, 2.1;62001;87000001\r\n"
)


def read(text=HEADER + ROWS):
    return sl.read_stations(text.encode("utf-8"))


def test_the_sncf_format_gives_name_uic_kind_commune_code_and_position():
    result = read()
    by_name = {s.name: s for s in result.stations}
    assert list(by_name) == ["Calais", "Paris Gare du Nord", "Achiet-le-Grand"]
    calais = by_name["Calais"]
    assert (calais.uic, calais.kind, calais.insee) == ("87317263", "gare", "62193")
    assert (calais.lat, calais.lon) == (50.953481, 1.850819)
    paris = by_name["Paris Gare du Nord"]
    assert paris.uic == "87271031" and paris.other_uic == ["87271007", "87271023"]
    assert by_name["Achiet-le-Grand"].kind == "halte"


def test_rows_without_coordinates_are_set_aside_with_their_line_and_name():
    skipped = read().skipped
    assert [(line, name, reason) for line, name, reason, _ in skipped] == [
        (5, "Le Bourget T11", "no_coordinates"), (6, "Nulle part", "no_coordinates"),
        (7, "", "no_name")]


def test_the_communes_are_named_from_their_insee_code_else_kept_as_the_code():
    stations = read().stations
    assert sl.name_communes(stations, {"62193": "Calais"}) == 1
    assert [s.commune for s in stations] == ["Calais", "75110", "62005"]


@pytest.mark.parametrize("segments, kind", [("A", "gare"), ("B;C", "gare"), ("C", "halte"),
                                            ("C;C", "halte"), ("", "gare")])
def test_segment_c_alone_is_a_halt(segments, kind):
    assert sl.station_kind(segments) == kind


def test_a_file_without_the_position_column_names_what_is_missing():
    with pytest.raises(av.InputError) as error:
        read("Nom;Code(s) UIC\r\nCalais;87317263\r\n")
    assert error.value.code == "missing_columns"
    assert [role for role, _ in error.value.details["missing"]] == ["position"]


def test_an_empty_file_is_refused():
    with pytest.raises(av.InputError) as error:
        read("\ufeff\r\n")
    assert error.value.code == "empty"
