"""US local news: how a shooting's dead and hurt are written ("shot to death", "a fatal
gunshot wound"), house numbers and ages that are no counts, a headline count over people the
body names one by one."""

from __future__ import annotations

from newstally.figures import article_toll, extract_figures
from newstally.records import Article, Span, Toll


def read(text: str) -> list[tuple[str, str, int]]:
    return [(f.measure, f.group, f.value) for f in extract_figures(Article(id="t", text=text))]


def titled(title: str, body: str) -> Toll:
    text = f"{title}\n\n{body}"
    article = Article(id="t", text=text, boilerplate=(Span(0, len(title), "title"),))
    return article_toll(article, extract_figures(article))


# ways of saying a person died
def test_shot_to_death() -> None:
    assert read("Boy shot to death near the park") == [("killed", "children", 1)]


def test_fatal_gunshot_wound() -> None:
    assert read("A man suffered a fatal gunshot wound.") == [("killed", "people", 1)]


def test_fatal_shooting_of() -> None:
    assert read("Police probe the fatal shooting of a woman downtown.") == [("killed", "women", 1)]


def test_in_custody_is_no_death() -> None:
    assert read("One man is dead and two others are in custody.") == [
        ("killed", "people", 1),
        ("arrested", "people", 2),
    ]


# numbers that count no people
def test_house_number_is_no_count() -> None:
    assert read("He said he shot his cousin at 417 Maple Grove Road.") == [("injured", "people", 1)]


def test_number_after_at_and_before_a_name_is_an_address() -> None:
    assert read("A teen was shot at 8120 Kenmore on Friday.") == [("injured", "children", 1)]


def test_hundred_block_is_no_count() -> None:
    assert read("Officers shot a man in the 700 block of Elm Street.") == [("injured", "people", 1)]


def test_age_after_a_person_at_the_end() -> None:
    assert read("Charges filed in fatal shooting of a Tulsa boy, 7") == [("killed", "children", 1)]


def test_age_after_a_name_at_the_end() -> None:
    assert read("Police identified the man killed as Ron Ames, 52.") == [("killed", "people", 1)]


def test_photo_numbers_are_no_count() -> None:
    assert read("Photo 3 of 9 A girl was wounded.") == [("injured", "children", 1)]


# the headline against the body
def test_headline_count_over_one_named_person() -> None:
    found = titled("2 teens killed in home invasion", "Police found her brother shot to death.")
    assert found.killed == 2


def test_body_count_over_headline() -> None:
    found = titled("3 shot at party", "Two people were shot and wounded at a party.")
    assert found.injured == 2


# the one who shot is no victim
def test_subject_of_an_active_shooting_verb_is_the_attacker() -> None:
    assert read("A man shot his wife in the arm.") == [("injured", "women", 1)]


def test_adverb_between_attacker_and_verb() -> None:
    assert read("The boy then shot his sister.") == [("injured", "women", 1)]


def test_person_after_by_is_the_attacker() -> None:
    assert read("A woman was shot by her neighbor.") == [("injured", "women", 1)]


def test_title_case_headline_victim() -> None:
    assert read("Teenager Shot In Duquesne") == [("injured", "children", 1)]


def test_victim_shot_on_a_day() -> None:
    assert read("Two men shot Friday night on Elm") == [("injured", "people", 2)]


def test_person_who_fired_is_the_attacker() -> None:
    assert read("A boy was wounded after another child fired the rifle.") == [
        ("injured", "children", 1)
    ]


def test_harm_denied_is_no_count() -> None:
    assert read("Luckily another child was not hurt.") == []


# bare persons, as headlines write them
def test_bare_person_after_a_colon() -> None:
    assert read("Police: Youth wounded in Gary shooting") == [("injured", "children", 1)]


def test_bare_person_with_an_adverb() -> None:
    assert read("Teen accidentally shot in Charlotte") == [("injured", "children", 1)]


def test_bare_person_after_age_and_place() -> None:
    assert read("9-year-old Dayton boy injured at home") == [("injured", "children", 1)]


def test_bare_age_opening() -> None:
    assert read("4-year-old shot by older brother") == [("injured", "children", 1)]


def test_bare_person_after_a_conjunction() -> None:
    assert read("Two arrested after child shot") == [
        ("arrested", "people", 2),
        ("injured", "children", 1),
    ]


def test_title_case_noun_before_a_measure_noun_is_no_person() -> None:
    assert read("Civilian Massacre In The North") == []


def test_determiner_is_no_bare_opening() -> None:
    assert read("Officers said the man was killed.") == [("killed", "people", 1)]


# a second person in an article with a death
def test_another_person_hurt_beside_the_dead() -> None:
    found = read("A man was shot and killed. Another man was wounded in the leg.")
    assert found == [("killed", "people", 1), ("injured", "people", 1)]


def test_also_shot_beside_the_dead() -> None:
    found = read("A girl died on Sunday. Her father was also shot in the arm.")
    assert found == [("killed", "children", 1), ("injured", "people", 1)]


def test_victim_shot_then_named_dead_is_one_death() -> None:
    found = read("A woman died on Sunday. She was shot in the chest.")
    assert found == [("killed", "women", 1)]


# people listed one by one add up
def toll(text: str) -> Toll:
    article = Article(id="t", text=text)
    return article_toll(article, extract_figures(article))


def test_two_people_listed_with_and() -> None:
    assert toll("A 3-year-old boy and a man in his 30s were killed on Elm Street.").killed == 2


def test_three_people_listed_with_commas() -> None:
    assert toll("A man, a woman and a teenager were wounded at the party.").injured == 3


def test_name_between_listed_people() -> None:
    found = toll("Police said she shot her son, Tom Reed, and her husband on Monday.")
    assert found.injured == 2


def test_two_clauses_each_with_a_person() -> None:
    found = toll("A boy was shot in the leg and a woman was shot in the arm.")
    assert found.injured == 2


def test_attacker_and_then_himself() -> None:
    assert toll("A man killed his wife and then himself, police said.").killed == 2


def test_appositive_is_one_person() -> None:
    assert toll("A round struck her nephew, a 17-year-old student, killing him.").killed == 1


def test_subject_and_reflexive_are_one_person() -> None:
    assert toll("A man accidentally shot himself in the leg on Monday.").injured == 1


def test_police_custody_is_no_death() -> None:
    found = toll("A boy is dead and his brother is in police custody after the shooting.")
    assert found.killed == 1


def test_count_opening_its_own_clause_takes_the_verb_after() -> None:
    found = read("Two people were killed and at least 9 others have been wounded.")
    assert found == [("killed", "people", 2), ("injured", "people", 9)]


# shots, wounds and ages are no people
def test_shots_fired_are_no_people() -> None:
    assert read("The boy fired one shot, hitting a man.") == [("injured", "people", 1)]
    assert read("One shot was heard and a woman was hurt.") == [("injured", "women", 1)]


def test_gunshot_wounds_are_no_people() -> None:
    assert read("He arrived with at least one gunshot wound.") == []


def test_ages_listed_are_no_people() -> None:
    assert read("Three boys, ages 10, 8 and 7, were not hurt.") == []
    assert read("Two men, between the ages of 18 and 22, were wounded.") == [
        ("injured", "people", 2)
    ]


def test_age_after_a_suffix() -> None:
    assert read("Police say Ron Lee Jr., 59, shot his son.") == [("injured", "people", 1)]


# the one shot who died in the same sentence
def test_shot_and_died_is_killed() -> None:
    found = read("They named a student who was shot at a home and died from his wounds.")
    assert found == [("killed", "civilians", 1)]


def test_injured_then_died_is_killed() -> None:
    found = read("The man injured in a shooting last week died from his injuries.")
    assert found == [("killed", "people", 1)]


def test_pronoun_shot_beside_the_death_is_the_same_person() -> None:
    assert read("A 6-year-old boy died after he was shot.") == [("killed", "children", 1)]


def test_another_person_hurt_in_the_death_sentence_is_kept() -> None:
    found = read("A woman was seriously injured and her son was killed.")
    assert found == [("injured", "women", 1), ("killed", "people", 1)]


def test_a_person_and_a_count_listed_add_up() -> None:
    assert toll("The shooting left a 10-year-old girl and two men wounded.").injured == 3


def test_a_list_in_apposition_to_a_count_is_that_count() -> None:
    assert toll("Two people, a 14-year-old and an 18-year-old, were injured.").injured == 2


def test_a_list_in_a_later_sentence() -> None:
    text = "Police were called about a person shot. They found a girl and a woman wounded."
    assert toll(text).injured == 2


def test_a_described_person_then_a_second_clause() -> None:
    text = "A woman described as in her 20s was shot in the leg, and a boy was shot in the arm."
    assert toll(text).injured == 2


# suspects, names with numbers, charges
def test_charged_person_is_no_victim_of_the_shot() -> None:
    assert read("A boy died after he was shot, and his aunt was later charged.") == [
        ("killed", "children", 1),
        ("arrested", "women", 1),
    ]


def test_person_accused_of_killing_is_the_attacker() -> None:
    assert read("A man accused of killing his wife was arrested.") == [("killed", "women", 1)]


def test_counted_arrests_are_kept() -> None:
    assert read("Two men were charged with murder.") == [("arrested", "people", 2)]


def test_bare_person_after_a_harm_verb() -> None:
    assert read("Teen charged with killing uncle in Dayton") == [("killed", "people", 1)]


def test_attacker_before_a_bare_object() -> None:
    assert read("Lingle man kills infant son") == [("killed", "people", 1)]


def test_bare_age_suffers_a_wound() -> None:
    assert read("1-year-old suffers fatal gunshot wound") == [("killed", "children", 1)]


def test_number_between_capitalised_words_is_a_name() -> None:
    assert read("Her family told WKRN 6 Monday that the boy was shot.") == [
        ("injured", "children", 1)
    ]


def test_title_case_counts_stay() -> None:
    assert read("40 Civilians 25 Fighters Killed In Strikes") == [
        ("killed", "civilians", 40),
        ("killed", "fighters", 25),
    ]


def test_shooting_of_a_person() -> None:
    assert read("Police probe the shooting of a teen in Dayton.") == [("injured", "children", 1)]


def test_wanted_in_a_shooting_is_no_victim() -> None:
    assert read("Police seek two men wanted in the shooting of a woman.") == [
        ("injured", "women", 1)
    ]


# a count of people shot counts the dead too
def test_shot_count_less_the_dead() -> None:
    found = toll("Four teenagers were shot in a drive-by. One of them has died.")
    assert (found.killed, found.injured) == (1, 3)


def test_shot_count_with_fatally() -> None:
    found = toll("Six people were shot, two of them fatally, early Friday.")
    assert (found.killed, found.injured) == (2, 4)


def test_wounded_count_keeps_its_dead_apart() -> None:
    found = toll("One man was killed and seven others were wounded on Friday.")
    assert (found.killed, found.injured) == (1, 7)


def test_dead_listed_before_the_shot_are_apart() -> None:
    found = toll("1 dead, 3 shot in Jacksonville. The teen who was killed was 18.")
    assert (found.killed, found.injured) == (1, 3)


def test_others_shot_exclude_the_dead() -> None:
    found = toll("A man died and two others were shot near the bar. One of them died later.")
    assert found.injured == 2


def test_others_with_an_including_phrase_take_their_own_verb() -> None:
    found = read("A man is dead and four others, including a teenage boy, were shot.")
    assert found[:2] == [("killed", "people", 1), ("injured", "people", 4)]


def test_victim_then_the_attacker_himself() -> None:
    found = toll("A man shot his 1-year-old daughter dead before turning the gun on himself.")
    assert found.killed == 2


def test_a_boy_who_shot_himself_is_one() -> None:
    assert toll("A boy died after he accidentally shot himself at home.").killed == 1


def test_executed_is_an_attackers_verb() -> None:
    assert read("A teenage boy executed his girlfriend at home.") == [("killed", "women", 1)]


def test_kin_with_a_word_before() -> None:
    assert read("He killed his baby sister on Sunday.") == [("killed", "women", 1)]


def test_gun_turned_on_himself_is_a_death() -> None:
    found = toll("Police said the father killed his baby sister before turning the gun on himself.")
    assert found.killed == 2


def test_others_after_the_dead_take_the_verb_after_them() -> None:
    found = read("One person is dead and three others are being treated for injuries.")
    assert found == [("killed", "people", 1), ("injured", "people", 3)]


def test_father_of_three_is_no_count() -> None:
    assert read("A father of 3 was fatally shot outside a store.") == [("killed", "people", 1)]


def test_hit_and_did_not_survive() -> None:
    found = toll("Four people were hit and one of them did not survive.")
    assert (found.killed, found.injured) == (1, 3)


def test_measure_does_not_cross_a_glued_sentence_stop() -> None:
    found = read("He was pronounced dead.The three other victims suffered gunshot wounds.")
    assert found[-1] == ("injured", "people", 3)


# GVA extraction misses, read by cause (2026-11-21): general ways local news writes its toll
def test_spared_after_a_relative_clause() -> None:
    text = "Two men and a girl who were riding in the van with her were not injured."
    assert read(text) == []


def test_spared_after_a_place_phrase() -> None:
    assert read("His other son in the back seat was not hurt.") == []


def test_spared_with_a_predicate_of_their_own() -> None:
    assert read("Her mother and two other children were also home but were not injured.") == []


def test_neither_nor_is_spared() -> None:
    assert read("Neither the driver nor his mother was hurt.") == []


def test_another_clause_denying_harm_spares_no_one_before_it() -> None:
    assert read("A man was shot in the arm and his son was not hurt.") == [("injured", "people", 1)]


def test_not_seriously_hurt_is_hurt() -> None:
    assert read("A woman was not seriously injured.") == [("injured", "women", 1)]


def test_headline_shooter_before_two_verbs_is_no_victim() -> None:
    assert read("Boy shoots, kills 12-year-old cousin at a sleepover") == [("killed", "people", 1)]


def test_who_gunned_down_a_count_is_the_attacker() -> None:
    found = read("Police seek a tall man who shot three neighbors on Tuesday.")
    assert found == [("injured", "people", 3)]


def test_possessive_before_a_person() -> None:
    found = read("The clerk's 30-year-old husband was also shot in the leg.")
    assert found == [("injured", "people", 1)]
    assert read("Smith's father was wounded.") == [("injured", "people", 1)]


def test_also_and_an_age_is_an_age() -> None:
    assert read("A second girl, also 14, was shot in the hand.") == [("injured", "children", 1)]


def test_decade_with_a_prime_is_an_age() -> None:
    assert read("Two men in their 30′s were wounded.") == [("injured", "people", 2)]


def test_plural_kin_nouns_are_people() -> None:
    assert read("Two cousins were fatally shot.") == [("killed", "people", 2)]


def test_count_with_someone_else_hurt_after_it() -> None:
    assert read("Ann rode with two friends when she was shot.") == [("injured", "people", 1)]


def test_another_without_a_noun() -> None:
    assert read("Two men were killed and another injured.") == [
        ("killed", "people", 2),
        ("injured", "people", 1),
    ]
    assert read("One man died and another was critically wounded.") == [
        ("killed", "people", 1),
        ("injured", "people", 1),
    ]


def test_another_count_after_and_takes_its_own_verb() -> None:
    assert read("One woman was killed and another three were hospitalized.") == [
        ("killed", "women", 1),
        ("injured", "people", 3),
    ]


def test_took_his_own_life() -> None:
    assert read("He shot his uncle and then took his own life.") == [
        ("injured", "people", 1),
        ("killed", "people", 1),
    ]
    text = "The siege ended with a man killing his daughter and then taking his own life."
    assert titled("Siege ends", text).killed == 2


def test_a_deceased_person_is_dead() -> None:
    assert read("Officers found a deceased older man with a gunshot wound.") == [
        ("killed", "people", 1)
    ]


def test_an_hour_after_a_part_of_the_day_is_no_count() -> None:
    assert read("A boy was shot Friday night around 9 on Oak Street.") == [
        ("injured", "children", 1)
    ]
    assert read("On Friday night 9 people were shot.") == [("injured", "people", 9)]


def test_bare_kin_listed_after_a_possessive() -> None:
    text = "Police say a man shot and killed his wife, son and daughter before killing himself."
    assert [m for m, _, _ in read(text)] == ["killed"] * 4
    assert titled("Family found dead", text).killed == 4


def test_a_list_before_turning_on_himself_counts_all_its_people() -> None:
    text = "A man fatally shot his mother and two young nephews before killing himself."
    assert titled("Four dead", text).killed == 4


def test_full_names_in_a_list_add_up() -> None:
    text = "Officers found 40-year-old Ann B. Cole and 2-year-old Mia Cole dead in the home."
    assert titled("Two found dead", text).killed == 2


def test_an_age_alone_after_and() -> None:
    assert read("A 20-year-old woman and 4-year-old were injured.") == [
        ("injured", "women", 1),
        ("injured", "children", 1),
    ]


def test_both_victims_are_two() -> None:
    assert read("Both victims were treated for their injuries.") == [("injured", "people", 2)]


def test_taken_to_the_hospital_is_hurt() -> None:
    assert read("Three people were taken to a local hospital after the shooting.") == [
        ("injured", "people", 3)
    ]


def test_people_charged_with_a_crime_are_no_victims() -> None:
    text = (
        "Police are charging 19-year-old Al Ross and 20-year-old Bo Hart with malicious wounding."
    )
    assert read(text) == []


def test_struck_by_bullets_is_hurt_and_one_who_died_is_dead() -> None:
    text = "Six people were struck by gunfire, including one who was pronounced dead."
    assert read(text) == [("injured", "people", 6), ("killed", "people", 1)]
    assert titled("Six shot", text) == Toll(killed=1, injured=5)


def test_he_shot_a_count_of_whom_one_died() -> None:
    text = "A man is charged after he shot three people, one of whom died on Sunday."
    toll = titled("Man charged", text)
    assert (toll.killed, toll.injured) == (1, 2)


def test_shooting_victims_count_the_dead_too() -> None:
    text = "Police found two shooting victims outside. One of them died at the scene."
    toll = titled("Two shot", text)
    assert (toll.killed, toll.injured) == (1, 1)


def test_suspects_who_got_away_are_no_victims() -> None:
    assert read("Teen shot near a school, 3 suspects flee") == [("injured", "children", 1)]
    assert read("Two suspects were shot by officers.") == [("injured", "people", 2)]


def test_a_suspect_who_was_shot_is_hurt() -> None:
    assert read("A 19-year-old robbery suspect was shot by deputies.") == [("injured", "people", 1)]


def test_sent_to_the_hospital_is_hurt() -> None:
    assert read("A triple shooting sent three people to the hospital.") == [
        ("injured", "people", 3)
    ]


def test_kinds_of_people_listed_together_add_up() -> None:
    assert titled("2 Boys, 3 Women Shot At Park", "Police are looking for a car.").injured == 5
    assert titled("Shooting", "Two boys and three women were wounded.").injured == 5
    assert titled("Shooting", "Five people were wounded, two men and three women.").injured == 5


def test_a_dash_glued_to_a_person_word() -> None:
    assert read("Baker -A man is in critical condition after a shooting.") == [
        ("injured", "people", 1)
    ]


def test_someone_else_also_hurt_in_a_later_sentence_adds_one() -> None:
    text = "Police said Ann Lee was shot twice. Her 6-year-old son was also shot in the arm."
    assert titled("Woman shot", text).injured == 2
    text = "A man was shot in the leg. He was also shot in the arm."
    assert titled("Man shot", text).injured == 1


def test_to_the_hospital_measures_only_the_count_right_before_it() -> None:
    assert read("Two friends drove him to the hospital.") == []
