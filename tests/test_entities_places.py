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
    assert _names("In Latakia City, the army deployed.") == [("Latakia", "Latakia", "SY")]


def _kinds(text: str) -> list[tuple[str, str, str]]:
    return [(text[p.start : p.end], p.name, p.kind) for p in find_places(text)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("In Latakia Province, the army deployed.", "Latakia Province"),
        ("Raids went on in Latakia province overnight.", "Latakia province"),
        ("The Latakia governorate was cut off.", "Latakia governorate"),
        ("Gunmen roamed the province of Latakia.", "province of Latakia"),
        ("Officials in the Latakia region said so.", "Latakia region"),
    ],
)
def test_a_kind_word_makes_a_town_its_province(text: str, phrase: str) -> None:
    (place,) = find_places(text)
    (town,) = find_places("Latakia, Syria.")[:1]
    assert (text[place.start : place.end], place.kind, place.country) == (phrase, "admin1", "SY")
    assert place.geonames_id != town.geonames_id
    assert place.lat is not None and place.lon is not None


def test_the_bare_name_stays_the_town() -> None:
    text = "Idlib governorate was shelled. In Idlib, shops closed."
    assert [kind for *_, kind in _kinds(text)] == ["admin1", "city"]


def test_one_province_whatever_the_word() -> None:
    places = find_places("Homs province. The governorate of Homs. Homs Governorate.")
    assert len({place.geonames_id for place in places}) == 1


def test_provinces_listed_before_or_after_the_word() -> None:
    text = "Raids in Latakia and Tartus provinces and the provinces of Hama and Homs."
    assert [kind for *_, kind in _kinds(text)] == ["admin1"] * 4
    assert len({p.geonames_id for p in find_places(text)}) == 4


def test_a_province_point_is_the_mean_of_its_towns() -> None:
    (province,) = find_places("Deir Ezzor province")
    (town,) = find_places("Deir Ezzor")
    assert province.lon is not None and town.lon is not None
    assert province.lon > town.lon  # Al Mayadin and Abu Kamal lie east of the city


def test_a_kind_word_used_as_an_adjective_names_no_division() -> None:
    assert _kinds("Homs state television said so.") == [("Homs", "Homs", "city")]


def test_a_town_that_names_no_first_level_division_stays_the_town() -> None:
    assert _kinds("Afrin region of Syria.")[0] == ("Afrin", "Afrin", "city")


def test_other_countries_provinces_and_states() -> None:
    text = "Shelling in the Donetsk region and Kano state."
    assert _kinds(text) == [
        ("Donetsk region", "Donetsk Region", "admin1"),
        ("Kano state", "Kano State", "admin1"),
    ]


def test_us_counties_and_states() -> None:
    text = "Deputies in Dallas county, Texas. Harris County. Washington state."
    assert _kinds(text) == [
        ("Dallas county", "Dallas County", "county"),
        ("Texas", "Texas", "state"),
        ("Harris County", "Harris County", "county"),
        ("Washington state", "Washington", "state"),
    ]


def test_a_county_is_placed_at_the_town_of_its_name_else_nowhere() -> None:
    dallas, harris = find_places("Deputies in Dallas County and Harris County.")
    assert (dallas.lat, dallas.lon) == (pytest.approx(32.8, abs=0.1), pytest.approx(-96.8, abs=0.1))
    assert (harris.kind, harris.lat, harris.lon) == ("county", None, None)


def test_a_state_the_text_names_picks_the_town() -> None:
    (town, _) = find_places("Police in Springfield, Illinois, said.")
    assert town.lat == pytest.approx(39.8, abs=0.1)


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
    (place,) = find_places("Clashes in Deir Ezzor.")
    assert (place.name, place.country) == ("Deir ez-Zor", "SY")


def test_a_state_takes_only_the_word_state() -> None:
    assert _kinds("He sat in an Arizona county jail.") == [("Arizona", "Arizona", "state")]


@pytest.mark.parametrize(
    ("text", "phrase", "name", "country"),
    [
        ("Airstrikes in Anbar province killed 12.", "Anbar province", "Al Anbar", "IQ"),
        ("Fighting spread across Helmand.", "Helmand", "Helmand", "AF"),
        ("Shelling hit the governorate of Rif Dimashq.", "governorate of Rif Dimashq", "", "SY"),
        ("Troops left Al Anbar.", "Al Anbar", "Al Anbar", "IQ"),
        ("Floods in Punjab.", "Punjab", "Punjab", "PK"),
        ("Raids in North Darfur.", "North Darfur", "Northern Darfur", "SD"),
        ("Shelling in Donetsk Oblast.", "Donetsk Oblast", "Donetsk Oblast", "UA"),
    ],
)
def test_a_province_not_named_after_a_town_is_found_by_its_own_name(
    text: str, phrase: str, name: str, country: str
) -> None:
    (place,) = find_places(text)
    assert (text[place.start : place.end], place.kind, place.country) == (phrase, "admin1", country)
    assert place.name == name or not name
    assert place.lat is not None and place.lon is not None


def test_a_province_point_lies_in_it() -> None:
    (anbar,) = find_places("Anbar")
    assert anbar.lat == pytest.approx(33.5, abs=1.5) and anbar.lon == pytest.approx(42, abs=2)


def test_a_name_that_is_a_town_and_a_province_stays_the_town() -> None:
    assert _kinds("Clashes in Latakia and Idlib.") == [
        ("Latakia", "Latakia", "city"),
        ("Idlib", "Idlib", "city"),
    ]


def test_a_province_gives_a_big_town_elsewhere_its_name() -> None:
    (gaza,) = find_places("Strikes on Gaza.")  # Mozambique's Gaza province gives way
    assert gaza.country == "PS"


def test_common_words_are_no_provinces() -> None:
    assert find_places("The Northern command and the Plateau said.") == ()


def test_a_small_province_needs_its_country_named_unless_a_kind_word_says_so() -> None:
    assert find_places("Paul said the talks failed.") == ()
    assert _kinds("Raids in Paktika province.") == [("Paktika province", "Paktika", "admin1")]


def test_a_province_in_the_text_picks_its_towns() -> None:
    text = "Violence in British Columbia. Police in Creston said."
    assert [place.country for place in find_places(text)] == ["CA", "CA"]


def test_a_province_name_is_also_looked_up_without_its_article_kind_word_or_compass_form() -> None:
    from newstally.entities.build_divisions import forms

    assert forms("Al Anbar") == {"al anbar", "anbar"}
    assert forms("Ibb Governorate") == {"ibb governorate"}  # "ibb" is too short alone
    assert "north darfur" in forms("Northern Darfur")


def test_common_news_spellings_of_provinces() -> None:
    text = "Clashes in Ninawa, Salahuddin and Rural Damascus."
    assert [(p.kind, p.country) for p in find_places(text)] == [("admin1", "IQ")] * 2 + [
        ("admin1", "SY")
    ]


def test_generic_division_names_are_no_places() -> None:
    text = "A judge of the Southern District and the Central Region said so."
    assert find_places(text) == ()


def test_a_province_is_shown_in_ascii_without_its_title() -> None:
    from newstally.entities.build_divisions import display_name

    assert display_name("Muhafazat Hadramaout") == "Hadramaout"
    assert display_name("Łódź Voivodeship") == "Lodz Voivodeship"
    assert display_name("Karbalāʼ") == "Karbala"
    assert display_name("Region") == "Region"
