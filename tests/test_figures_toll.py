"""The article's toll chosen from its figures: scope, parts, splits and updates."""

from __future__ import annotations

from newstally.figures import article_toll, extract_figures
from newstally.records import Article, Toll


def toll(text: str) -> Toll:
    article = Article(id="t", text=text)
    return article_toll(article, extract_figures(article))


# a bound between a label word and the number: only an age is a label then
def test_district_before_a_bounded_count() -> None:
    found = toll("Jets struck a base in the district about 40 gunmen killed.")
    assert (found.killed, found.combatants) == (40, 40)


# parts: "among the <group> killed" hangs from the latest larger count of the dead
def test_among_the_group_killed_is_a_part() -> None:
    text = "Raids left 60 militants dead. Seven men from abroad were among the fighters killed."
    whole, part = extract_figures(Article(id="t", text=text))
    assert (whole.value, part.value, part.part_of) == (60, 7, 0)


# split: a combatant who is a part of another event's total is not one of the lead's dead
def test_combatant_of_another_total_is_not_split_off() -> None:
    text = (
        "At least 30 people were killed in shelling of the town on Monday. "
        "Earlier, a bomb in the capital killed four people including a soldier."
    )
    found = toll(text)
    assert (found.killed, found.civilians, found.combatants) == (30, None, None)


def test_combatants_named_after_the_lead_split_it() -> None:
    text = "Shelling killed 25 people on Monday. The monitor said 6 of the dead were soldiers."
    found = toll(text)
    assert (found.killed, found.civilians, found.combatants) == (25, 19, 6)


# updates: a toll "updated to" or "rose to" a new count replaces the count before it
def test_update_without_a_kill_word_replaces_the_earlier_toll() -> None:
    text = (
        "Medics gave an initial death toll of 31 on Monday. "
        "This was later revised to 40 on Tuesday, including 12 children."
    )
    found = toll(text)
    assert (found.killed, found.children) == (40, 12)


def test_toll_rose_to_marks_the_earlier_count() -> None:
    text = "Six people were killed in the blast. The death toll later rose to 11."
    first, update = extract_figures(Article(id="t", text=text))
    assert (first.earlier, update.earlier, update.value) == (True, False, 11)


# parts: children of another, larger count are not this toll's children
def test_children_of_a_larger_other_count_are_left_out() -> None:
    text = (
        "A car bomb killed 3 people in the town on Friday. "
        "Troops had shot dead 40 people in a village last week, among them 9 children."
    )
    *_, part = extract_figures(Article(id="t", text=text))
    assert (part.measure, part.value, part.part_of) == ("killed", 9, 1)
    assert (toll(text).killed, toll(text).children) == (3, None)


def test_a_narrower_count_before_a_rising_total_is_not_replaced() -> None:
    text = (
        "More than 50 civilians were killed on Friday. "
        "The total death toll of the fighting has risen to 90, fighters included."
    )
    first, update = extract_figures(Article(id="t", text=text))
    assert (first.value, first.earlier, update.value) == (50, False, 90)


# groups: a cleric killed is one civilian
def test_a_cleric_is_a_civilian() -> None:
    found = toll("A bomb in the mosque went off during prayers, killing the imam.")
    assert (found.killed, found.civilians) == (1, 1)


# sums: two counts of one group joined by "and" are different people
def test_counts_of_one_group_joined_by_and_add_up() -> None:
    found = toll("Air strikes killed 30 Syrian fighters and 12 foreign fighters on Sunday.")
    assert (found.killed, found.combatants) == (42, 42)


def test_one_count_said_twice_is_not_added() -> None:
    text = "Strikes killed 30 fighters on Sunday. The monitor said 30 fighters died in the raids."
    assert toll(text).killed == 30


# civilians: a total said to be "mostly civilians" is counted civilian when no fighters are named
def test_mostly_civilians_makes_the_total_civilian() -> None:
    found = toll("Barrel bombs killed 40 people, mostly civilians, in the old town.")
    assert (found.killed, found.civilians, found.combatants) == (40, 40, None)


def test_mostly_civilians_still_splits_off_named_fighters() -> None:
    found = toll("Barrel bombs killed 40 people, mostly civilians. Six of the dead were rebels.")
    assert (found.killed, found.civilians, found.combatants) == (40, 34, 6)


# split: fighters named far from the lead belong to another story
def test_fighters_named_far_from_the_lead_do_not_split_it() -> None:
    filler = "The town had been calm under a local truce for two years. " * 22
    text = (
        "Shelling of the town killed 31 people on Saturday. "
        + filler
        + "Separately, three officers were killed when their helicopter crashed."
    )
    found = toll(text)
    assert (found.killed, found.civilians, found.combatants) == (31, None, None)


# scope: the headlines a page links to after "Related" are not the article's counts
def test_counts_in_related_links_are_background() -> None:
    text = (
        "Car bomb kills 7 soldiers near Hama Print Tweet Related "
        "52 civilians dead in raids on Idlib Talks stall in Geneva"
    )
    found = toll(text)
    assert (found.killed, found.civilians, found.combatants) == (7, None, 7)


# a lead naming one person without a count gives way to the count that takes them in
def test_single_commander_lead_gives_way_to_him_and_his_comrades() -> None:
    found = toll(
        "Troops killed a rebel commander near the border. "
        "Karim al-Haddad alongside six of his comrades were killed in the ambush."
    )
    assert (found.killed, found.combatants) == (7, 7)


def test_counted_lead_is_kept() -> None:
    found = toll(
        "Troops kill two rebel commanders. Later six rebel commanders were killed in Hama."
    )
    assert found.killed == 2
