import pytest

from newstally.entities.places import find_places


def _names(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[p.start : p.end], p.name, p.country) for p in find_places(text)]


def test_towns_are_geocoded_with_their_country() -> None:
    text = "Fighting spread from Latakia to Jableh and Tartous in Syria."
    places = find_places(text)
    assert [text[p.start : p.end] for p in places] == ["Latakia", "Jableh", "Tartous", "Syria"]
    assert all(p.country == "SY" for p in places)
    latakia = places[0]
    assert latakia.lat == pytest.approx(35.5, abs=0.2)
    assert latakia.lon == pytest.approx(35.8, abs=0.2)


def test_spellings_meet_in_one_place() -> None:
    one, other = find_places("Tartus, also written Tartous.")
    assert one.geonames_id == other.geonames_id


def test_kind_words_and_leading_function_words_are_trimmed() -> None:
    assert _names("In Latakia Province, the army deployed.") == [("Latakia", "Latakia", "SY")]


def test_country_aliases_and_states() -> None:
    names = _names("The US and the UK spoke. A shooting in Texas.")
    assert [(name, country) for name, _, country in names] == [
        ("US", "US"),
        ("UK", "GB"),
        ("Texas", "US"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Of course, nobody knew.",
        "Mobile phones were cut off.",
        "March was the deadliest month.",
        "Since Thursday, 300 were killed.",
        "The SOHR said so.",
    ],
)
def test_common_words_are_not_places(text: str) -> None:
    assert find_places(text) == ()


def test_a_small_town_needs_its_country_named() -> None:
    assert find_places("Obama said the talks failed.") == ()


def test_a_surname_is_not_a_town() -> None:
    text = "George Zimmerman was charged in Florida. Zimmerman said he acted alone."
    assert [name for name, *_ in _names(text)] == ["Florida"]


def test_spaces_do_not_hide_a_place() -> None:
    (place,) = find_places("Clashes in Deir Ezzor province.")
    assert (place.name, place.country) == ("Deir ez-Zor", "SY")
