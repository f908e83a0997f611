"""People counted without digits, as local news names a victim: possessive and definite
persons, ages standing for a person, names and he/she before a measure, reflexives; ages after
a name are not counts; a hurt person in an article reporting a death is the one who died."""

from __future__ import annotations

from newstally.figures import article_toll, extract_figures
from newstally.records import Article, Span, Toll


def read(text: str) -> list[tuple[str, str, int]]:
    return [(f.measure, f.group, f.value) for f in extract_figures(Article(id="t", text=text))]


def toll(text: str) -> Toll:
    article = Article(id="t", text=text)
    return article_toll(article, extract_figures(article))


# persons after a determiner or possessive
def test_possessive_person() -> None:
    assert read("He accidentally shot his girlfriend on Friday.") == [("injured", "women", 1)]


def test_definite_victim_died() -> None:
    assert read("The victim was taken to a hospital but died.") == [("killed", "people", 1)]


def test_long_description_before_noun() -> None:
    found = read("A 16-year-old Bladensburg High School student was fatally shot.")
    assert found == [("killed", "civilians", 1)]


# ages standing for a person
def test_age_alone_is_a_child() -> None:
    assert read("A 4-year-old died from a gunshot wound.") == [("killed", "children", 1)]


def test_age_before_name() -> None:
    found = read("He was charged in the shooting death of 19-year-old Kyre Bethea.")
    assert found == [("killed", "people", 1)]


def test_age_in_a_date_is_no_person() -> None:
    assert read("Two men were wounded in the 10-year-old feud.") == [("injured", "people", 2)]


# names and pronouns right before a measure
def test_name_pronounced_dead() -> None:
    assert read("Chris Perez, of Allentown, was pronounced dead.") == [("killed", "people", 1)]


def test_name_died() -> None:
    assert read("Hicks died from a gunshot wound on June 5.") == [("killed", "people", 1)]


def test_pronoun_passive() -> None:
    assert read("She was shot in the leg.") == [("injured", "people", 1)]


def test_name_as_shooter_is_no_victim() -> None:
    assert read("Portee, 17, shot 19-year-old Kyre Bethea.") == [("injured", "people", 1)]


def test_reflexive() -> None:
    assert toll("A man accidentally shot himself in the leg.").injured == 1


# ages after names are not counts
def test_age_after_name() -> None:
    assert read("Bryant Silk, 34, said he had just shot his cousin.") == [("injured", "people", 1)]


def test_count_after_comma_still_read() -> None:
    assert read("In Homs, 20 people were killed.") == [("killed", "people", 20)]


# shot, then died: one person
def test_shot_then_died_is_one_death() -> None:
    found = toll("A woman was shot inside a car. The victim was taken to hospital but died.")
    assert (found.killed, found.injured) == (1, None)


def test_killed_and_wounded_in_one_sentence_are_two() -> None:
    found = toll("A man was killed and a woman was wounded.")
    assert (found.killed, found.injured) == (1, 1)


def test_digits_are_kept_beside_a_death() -> None:
    found = toll("One man was killed. Three others were wounded.")
    assert (found.killed, found.injured) == (1, 3)


# the title line is read; the body's toll comes first
def test_title_line_is_read() -> None:
    text = "Woman dies after shooting\n\nPolice are investigating."
    article = Article(id="t", text=text, boilerplate=(Span(0, 25, "title"),))
    assert article_toll(article, extract_figures(article)).killed == 1


def test_body_toll_before_title() -> None:
    text = "Airstrikes kill 20 in Idlib\n\nAt least 22 people were killed on Monday."
    article = Article(id="t", text=text, boilerplate=(Span(0, 27, "title"),))
    assert article_toll(article, extract_figures(article)).killed == 22


# phone numbers are not counts
def test_number_called_is_no_count() -> None:
    assert read("Her mother called 911 after the boy was shot.") == [("injured", "children", 1)]
    assert read("A 911 caller said two men were wounded.") == [("injured", "people", 2)]


# the attacker and relations are no victims
def test_person_who_kills_is_the_attacker() -> None:
    assert read("Police seek her cousin who shot two people.") == [("injured", "people", 2)]


def test_person_who_was_shot_is_a_victim() -> None:
    assert read("A woman who was shot on Friday is recovering.") == [("injured", "women", 1)]
