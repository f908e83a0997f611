"""Figures read from short sentences: measures, groups, things that are not people,
people counted without digits, composition, attribution and scope."""

from __future__ import annotations

from newstally.figures import article_toll, extract_figures
from newstally.records import Article, Figure


def figures(text: str, published: str | None = None) -> tuple[Figure, ...]:
    return extract_figures(Article(id="t", text=text, published=published))


def read(text: str) -> list[tuple[str, str, int]]:
    return [(f.measure, f.group, f.value) for f in figures(text)]


# measures: nouns and verbs, active and passive
def test_passive_verb() -> None:
    assert read("32 people were killed in the attack.") == [("killed", "people", 32)]


def test_active_verb_before_count() -> None:
    assert read("The blast hit a market, killing 32.") == [("killed", "people", 32)]


def test_death_toll_rose_to() -> None:
    assert read("The death toll rose to 43 on Sunday.") == [("killed", "people", 43)]


def test_killed_and_injured_in_one_sentence() -> None:
    assert read("The strike killed 5 people and wounded 7 others.") == [
        ("killed", "people", 5),
        ("injured", "people", 7),
    ]


def test_headline_counts() -> None:
    assert read("8 persons killed 58 others injured in rocket attacks") == [
        ("killed", "people", 8),
        ("injured", "people", 58),
    ]


def test_other_measures() -> None:
    assert read("Police arrested 12 protesters.")[0][0] == "arrested"
    assert read("Gunmen kidnapped 20 villagers.") == [("kidnapped", "people", 20)]
    assert read("About 300,000 people were displaced.") == [("displaced", "people", 300000)]
    assert read("Five journalists are missing.") == [("missing", "journalists", 5)]


def test_shot_without_death_is_injured() -> None:
    assert read("Two men were shot and wounded.") == [("injured", "people", 2)]
    assert read("Two men were shot dead.") == [("killed", "people", 2)]


def test_lost_their_lives() -> None:
    assert read("213 fighters have also lost their lives.") == [("killed", "fighters", 213)]


def test_lives_taken_and_executions() -> None:
    assert read("The strike claimed lives of eight civilians.") == [("killed", "civilians", 8)]
    assert read("The blast took the lives of nine people.") == [("killed", "people", 9)]
    assert read("A video showed the execution of 17 young men.") == [("killed", "people", 17)]
    assert read("He oversaw the execution of the plan in 2014.") == []


# groups, with their words kept
def test_group_words_are_kept() -> None:
    (figure,) = figures("148 pro-Assad fighters have been killed.")
    assert (figure.group, figure.group_text) == ("fighters", "pro-Assad fighters")


def test_group_of_members() -> None:
    (figure,) = figures("125 members of the government's security forces were killed.")
    assert figure.group == "security_forces"
    assert figure.group_text == "members of the government's security forces"


def test_family_members_with_a_number_inside() -> None:
    assert read("Three members of one family were killed.") == [("killed", "civilians", 3)]
    assert read("Four members of the group were killed.") == [("killed", "fighters", 4)]


def test_group_kinds() -> None:
    text = "The raid killed 9 soldiers, 4 rebels and 3 children."
    assert [f.group for f in figures(text)] == ["soldiers", "rebels", "children"]


def test_group_named_before_the_count() -> None:
    text = "Fatalities among military personnel reached 93."
    assert read(text) == [("killed", "security_forces", 93)]


def test_group_named_after_were() -> None:
    text = "The monitor said 745 of those killed were mainly Alawite civilians."
    assert read(text) == [("killed", "civilians", 745)]


# not figures of people
def test_durations_ages_dates_things_are_not_people() -> None:
    assert read("Syria's 14-year conflict has killed many.") == []
    assert read("After 14 years of civil war, many died.") == []
    # the age is no count of 12; the 12-year-old is one person (figures/persons.py)
    assert read("A 12-year-old was among those killed.") == [("killed", "children", 1)]
    assert read("Five massacres were confirmed, a monitor said, after people died.") == []
    assert read("Jets carried out 18 airstrikes that killed civilians.") == []
    assert read("Half the dead, 50 percent, were killed in 2013.") == []
    assert read("On 12 March, killings were reported at 10:30.") == []
    assert read("Two hospitals were hit and people died.") == []
    assert read("Call +963 11 2345678 if anyone was killed.") == []
    assert read("Donors gave $500 and 5 million dollars after the killings.") == []


# people counted without digits
def test_single_people() -> None:
    assert read("A 16-year-old boy was shot and critically wounded.") == [
        ("injured", "children", 1)
    ]
    assert read("The attack left a child dead and a woman injured.") == [
        ("killed", "children", 1),
        ("injured", "women", 1),
    ]


def test_headline_person() -> None:
    assert read("Teen killed in shooting") == [("killed", "children", 1)]


# composition
def test_including_is_a_part() -> None:
    found = figures("At least 11 civilians including three children were killed.")
    assert [(f.group, f.value, f.part_of) for f in found] == [
        ("civilians", 11, None),
        ("children", 3, 0),
    ]


def test_list_shares_a_measure() -> None:
    text = "745 civilians, 125 security forces and 148 fighters have been killed."
    assert read(text) == [
        ("killed", "civilians", 745),
        ("killed", "security_forces", 125),
        ("killed", "fighters", 148),
    ]


def test_were_among_is_a_part() -> None:
    found = figures("Six civilians were among at least 22 people killed in raids.")
    assert [(f.value, f.part_of) for f in found] == [(6, 1), (22, None)]


# attribution
def test_named_source() -> None:
    (figure,) = figures("At least 20 people were killed, the Syrian Observatory said.")
    assert figure.attributed_to == "Syrian Observatory for Human Rights"


def test_according_to_acronym() -> None:
    (figure,) = figures("According to SANA, 12 civilians were killed.")
    assert figure.attributed_to == "SANA"


def test_generic_monitor_resolved_in_next_sentence() -> None:
    text = (
        "More than 1,000 people were killed, a war monitor said on Saturday. "
        "The UK-based Syrian Observatory for Human Rights (SOHR) said the toll could rise."
    )
    assert figures(text)[0].attributed_to == "Syrian Observatory for Human Rights"


def test_state_tv_and_medics() -> None:
    assert figures("State TV reported 9 people were killed.")[0].attributed_to == "state media"
    assert figures("Medics said 4 people died.")[0].attributed_to == "medics"


def test_no_source() -> None:
    assert figures("Four people were killed.")[0].attributed_to is None


# time: the day a figure was stated and the start of the period it covers
def test_said_on_a_day_after_a_since() -> None:
    text = "Over 300 civilians have died since Thursday, a monitor said on Saturday."
    (figure,) = figures(text, published="2025-03-09")
    assert (figure.as_of, figure.since) == ("2025-03-08", "2025-03-06")


def test_a_since_opening_the_sentence_is_no_statement_day() -> None:
    (figure,) = figures("Since Monday, the monitor said, 40 people have died.", "2025-03-09")
    assert (figure.as_of, figure.since) == (None, "2025-03-03")


def test_day_before_the_speech_verb() -> None:
    (figure,) = figures("On Friday, the ministry said 12 people were killed.", "2025-03-09")
    assert figure.as_of == "2025-03-07"


# scope and updates
def test_background_war_toll() -> None:
    text = "The war has killed more than 300,000 people."
    assert figures(text)[0].scope == "background"


def test_background_earlier_year() -> None:
    text = "Hundreds of civilians died in a sarin gas attack in Ghouta in August 2013."
    assert figures(text, published="2017-04-05")[0].scope == "background"


def test_previous_toll_is_earlier() -> None:
    found = figures("The toll rose to 120, updating a previous toll of 112.")
    assert [(f.value, f.earlier) for f in found] == [(120, False), (112, True)]


# the toll
def test_toll_of_listed_groups() -> None:
    text = (
        "More than 1,000 people, including 745 civilians, were killed. "
        "A further 125 security forces and 148 fighters died, and 60 children."
    )
    article = Article(id="t", text=text)
    toll = article_toll(article, extract_figures(article))
    assert (toll.killed, toll.civilians) == (1000, 745)


def test_toll_of_combatants_and_children() -> None:
    text = "20 rebels and 5 soldiers were killed. Among the dead were 3 children."
    article = Article(id="t", text=text)
    toll = article_toll(article, extract_figures(article))
    assert (toll.killed, toll.combatants, toll.civilians) == (25, 25, None)


def test_toll_without_figures() -> None:
    article = Article(id="t", text="Talks resumed in Geneva.")
    assert article_toll(article, extract_figures(article)).killed is None


def test_one_group_across_and() -> None:
    (figure,) = figures("At least 70 regime and rebel fighters have been killed.")
    assert (figure.group, figure.group_text) == ("fighters", "regime and rebel fighters")


def test_and_between_counts_keeps_them_apart() -> None:
    assert read("The shelling killed 100 and wounded 200 others.") == [
        ("killed", "people", 100),
        ("injured", "people", 200),
    ]


def test_civilian_kinds_are_not_the_civilian_toll() -> None:
    article = Article(id="t", text="Two medics were among at least 31 people killed.")
    toll = article_toll(article, extract_figures(article))
    assert (toll.killed, toll.civilians) == (31, None)


def test_others_add_up() -> None:
    article = Article(id="t", text="Air raids killed nine children and 14 others, activists said.")
    assert article_toll(article, extract_figures(article)).killed == 23


def test_among_a_later_total() -> None:
    text = "Strikes on two hospitals left 10 people dead. They were among 19 people killed."
    found = figures(text)
    assert [(f.value, f.part_of) for f in found] == [(10, 1), (19, None)]
    assert article_toll(Article(id="t", text=text), found).killed == 19


def test_measure_word_of_a_passive_count_before() -> None:
    assert read("At least 14 people were killed 25 were wounded in the attack.") == [
        ("killed", "people", 14),
        ("injured", "people", 25),
    ]


def test_time_of_day_is_not_a_count() -> None:
    assert read("Wednesday 21:51 15 medics killed in airstrikes") == [("killed", "medics", 15)]


def test_running_total_takes_the_days_count() -> None:
    text = (
        "Air strikes killed 12 civilians on Monday, bringing to 45 the number killed in 24 hours."
    )
    found = figures(text)
    assert [(f.value, f.part_of) for f in found] == [(12, 1), (45, None)]
    assert article_toll(Article(id="t", text=text), found).killed == 45


def test_a_firm_count_sharpens_a_loose_lead() -> None:
    text = "Raids killed more than 30 people on Friday. At least 31 people have been killed."
    assert article_toll(Article(id="t", text=text), figures(text)).killed == 31


def test_civilians_named_beside_the_combatants() -> None:
    text = (
        "The attack killed more than 50 people. "
        "It killed 15 civilians and 27 pro-government fighters, a monitor said."
    )
    toll = article_toll(Article(id="t", text=text), figures(text))
    assert (toll.killed, toll.civilians, toll.combatants) == (50, 15, 27)


def test_page_furniture_numbers() -> None:
    assert read("Get short URL 0 612 A woman was killed in the shelling.") == [
        ("killed", "women", 1)
    ]
    assert read("6 September 2016 10 civilians killed in rocket attacks")[0][2] == 10


def test_toll_rose_to() -> None:
    text = (
        "The death toll from the rocket attacks on the city rose to 8 civilians "
        "in addition to 12 injured."
    )
    assert read(text) == [("killed", "civilians", 8), ("injured", "people", 12)]


def test_demonyms_and_other_kill_words() -> None:
    assert read("He said 15 young Assyrians had been killed.") == [("killed", "people", 15)]
    assert read("The army eliminated over 75 militants.") == [("killed", "militants", 75)]


def test_one_count_named_twice_is_not_summed() -> None:
    text = "Rebel infighting kills 45 fighters: 45 opposition fighters died, activists say."
    toll = article_toll(Article(id="t", text=text), figures(text))
    assert (toll.killed, toll.combatants) == (45, 45)


def test_running_total_counts_the_group_of_its_parts() -> None:
    text = "Strikes killed at least 12 civilians, bringing to 45 the number killed this week."
    toll = article_toll(Article(id="t", text=text), figures(text))
    assert (toll.killed, toll.civilians) == (45, 45)


def test_civilians_named_when_the_total_is_said_again() -> None:
    text = (
        "Raids hit the city, killing at least 30 people on Thursday. "
        "At least 30 people including 24 civilians were killed by the strikes."
    )
    toll = article_toll(Article(id="t", text=text), figures(text))
    assert (toll.killed, toll.civilians) == (30, 24)


def test_woman_and_child_are_two() -> None:
    text = "A woman and child were killed after terrorists shelled the square."
    assert read(text) == [("killed", "women", 1), ("killed", "children", 1)]
    assert article_toll(Article(id="t", text=text), figures(text)).killed == 2


def test_a_count_after_page_furniture() -> None:
    text = "Get short URL 113 At least nine people were killed near a police station."
    assert read(text) == [("killed", "people", 9)]


def test_a_count_after_a_dateline_source() -> None:
    assert read("June 6 2015 (Reuters) Two people were killed and 15 injured.") == [
        ("killed", "people", 2),
        ("injured", "people", 15),
    ]
    assert read("Topic Attack on Air Base (200) 2510 The strike killed four children.") == [
        ("killed", "children", 4)
    ]


def test_a_count_of_named_things() -> None:
    assert read("Evacuees from two Shia villages were killed and wounded.") == []


def test_the_rest_were_fighters() -> None:
    text = (
        "Six civilians including a child were among at least 22 people killed in air strikes, "
        "a monitor said. The rest of the dead in the raids were IS fighters, it said."
    )
    found = figures(text)
    assert [(f.value, f.part_of) for f in found] == [(6, 2), (1, 2), (22, None)]
    toll = article_toll(Article(id="t", text=text), found)
    assert (toll.killed, toll.civilians, toll.combatants, toll.children) == (22, 6, 16, 1)


def test_killed_and_injured_together_are_casualties() -> None:
    assert read("175 fighters killed injured in the offensive.") == [("affected", "fighters", 175)]
    text = "Dozens killed injured in a rocket attack. At least ten people were killed."
    article = Article(id="t", text=text)
    assert article_toll(article, extract_figures(article)).killed == 10


def test_toll_reached_a_bare_count() -> None:
    text = "Hundreds of people have been killed. The death toll reached 330 overnight, medics said."
    assert read(text)[-1] == ("killed", "people", 330)
    article = Article(id="t", text=text)
    assert article_toll(article, extract_figures(article)).killed == 330


def test_a_second_source_gives_a_larger_death_toll() -> None:
    text = (
        "A car bomb killed at least 22 people, state media said. "
        "The Observatory said the death toll was at least 24. Buses burned."
    )
    article = Article(id="t", text=text)
    assert article_toll(article, extract_figures(article)).killed == 24
    smaller = "A car bomb killed 22 people. The death toll was at least 20, police said."
    article = Article(id="t", text=smaller)
    assert article_toll(article, extract_figures(article)).killed == 22


def test_a_lead_of_parts_gives_way_to_the_total_after_it() -> None:
    text = (
        "Five children and four medical staff were killed by airstrikes on a hospital. "
        "The strikes killed 13 people, the charity said. Among the dead were five children."
    )
    article = Article(id="t", text=text)
    toll = article_toll(article, extract_figures(article))
    assert (toll.killed, toll.children) == (13, 5)
    alone = "Two women and a child were killed. Shelling later killed 4 people elsewhere."
    article = Article(id="t", text=alone)
    assert article_toll(article, extract_figures(article)).killed == 3


# measures: a fate after another ("rounded up and executed") is the last one
def test_rounded_up_and_executed_is_killed() -> None:
    assert read("Some 12 farmers were rounded up and executed by the gunmen.") == [
        ("killed", "civilians", 12)
    ]


# measures: the count's own words name the measure ("of the dead")
def test_part_of_the_dead_is_killed() -> None:
    text = "A bomb killed 9 people. Police said 4 of the dead were soldiers."
    assert read(text)[-1] == ("killed", "soldiers", 4)


# groups: a capitalised name between count and group is not a filler ("IS" is not "is")
def test_acronym_before_group() -> None:
    assert read("Jets killed 6 IS group fighters overnight.") == [("killed", "fighters", 6)]


def test_bracketed_remark_inside_group() -> None:
    assert read("Raids killed 7 Nusra (banned in Russia) militants.") == [
        ("killed", "militants", 7)
    ]


# things that are not people: a page id after the date line
def test_page_id_after_date_is_not_a_count() -> None:
    assert read("Army Kills 20 Militants Mon Jan 4 2016 204455 Jets hit the camp.") == [
        ("killed", "militants", 20)
    ]


def test_people_trapped_are_not_the_dead() -> None:
    assert read("Shelling killed 9 people in the city, where 4000 people remain trapped.") == [
        ("killed", "people", 9),
        ("affected", "people", 4000),
    ]


# a named person killed with a count of their fellows is one more
def test_named_commander_alongside_his_comrades() -> None:
    text = "Karim al-Haddad alongside six of his comrades were killed in the ambush."
    assert read(text) == [("killed", "fighters", 7)]


def test_a_counted_person_and_his_fellows() -> None:
    text = "The rebel commander was killed along with three of his men."
    assert read(text) == [("killed", "fighters", 4)]
    assert read("A nurse and two of her colleagues died in the blast.") == [("killed", "medics", 3)]


def test_person_noun_before_a_name_is_an_adjective() -> None:
    text = "At least 85 troops were killed as the jihadist Islamic State advanced."
    assert read(text) == [("killed", "soldiers", 85)]
    assert read("The victim Tuesday died at the hospital.") == [("killed", "people", 1)]


def test_a_mother_and_her_children_stay_two_groups() -> None:
    text = "A woman and three of her children were killed."
    assert read(text) == [("killed", "women", 1), ("killed", "children", 3)]


def test_named_commander_and_more_militants_after_a_long_name() -> None:
    text = (
        "Troops raided the village killing Omar Yusuf al-Basri Aka Abu Hamza a senior "
        "commander of the brigade and four more militants."
    )
    assert read(text) == [("killed", "militants", 5)]


def test_more_militants_after_a_place_are_not_one_more() -> None:
    text = "Troops killed three militants in Hama and four more militants in Idlib."
    assert read(text) == [("killed", "militants", 3), ("killed", "militants", 4)]
