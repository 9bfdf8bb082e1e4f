"""Places, dates, domestic context and reported speech: the coder reads the words
around an event, not only its verb."""

from __future__ import annotations

import datetime as dt

from conftest import roots, triples


def test_city_gives_target_country_and_location(coder):
    (ev,) = [e for e in coder.code("Russian warplanes bombed Aleppo on Sunday.", date="2016-10-03")
             if e.cameo.root == "19"]
    assert (ev.source.code, ev.target.code) == ("RUSMIL", "SYR")
    assert ev.date == dt.date(2016, 10, 2)


def test_location_has_coordinates(coder):
    evs = coder.code("Police detained 40 protesters in Istanbul.", date="2025-03-20")
    ev = next(e for e in evs if e.cameo.root == "17")
    assert ev.location is not None and ev.location.country == "TUR"
    assert ev.location.lat is not None and 40 < ev.location.lat < 42
    # the protesters in Istanbul are Turkish protesters, the police Turkish police
    assert (ev.source.code, ev.target.code) == ("TURCOP", "TUROPP")


def test_person_named_like_a_city_is_not_a_place(coder):
    evs = coder.code("Jackson criticized the mayor of Chicago.", date="2020-01-01")
    assert not any(e.source.code == "USA" for e in evs)


def test_sea_named_after_a_country_is_not_that_country(coder):
    evs = coder.code("Japan and the Philippines held joint naval exercises in the South China Sea.",
                     date="2024-04-07")
    assert not any("CHN" in (e.target.code or "") for e in evs)
    assert ("JPN", "PHL", "06") in roots(evs)


def test_announced_event_gets_the_coming_weekday(coder):
    (ev,) = coder.code("Hamas said it would release three Israeli hostages on Saturday.", date="2025-01-28")
    assert ev.date == dt.date(2025, 2, 1)
    assert ev.hypothetical and ev.cameo.code == "0353"  # promised release: intent to release


def test_past_event_gets_the_last_weekday(coder):
    (ev,) = coder.code("Hamas released three Israeli hostages on Saturday.", date="2025-01-28")
    assert ev.date == dt.date(2025, 1, 25) and not ev.hypothetical


def test_domestic_government_takes_the_country_of_its_opponents(coder):
    evs = coder.code("Sudanese rebels accused the government of bombing villages.", date="2024-05-01")
    assert ("SDNREB", "SDNGOV", "11") in roots(evs)


def test_protest_without_target_is_against_the_state_where_it_happens(coder):
    evs = coder.code("Thousands of students demonstrated in Dhaka on Monday.", date="2024-07-16")
    assert any(e.cameo.root == "14" and e.target.code == "BGD" for e in evs)


def test_reported_pronoun_takes_the_speaker(coder):
    evs = coder.code("Turkey said it would deploy more troops to Libya.", date="2020-01-02")
    assert any(e.source.code == "TUR" and e.target.code == "LBY" and e.hypothetical for e in evs)


def test_must_clause_is_a_demand(coder):
    evs = coder.code("Germany said Russia must withdraw its troops from Ukraine.", date="2022-03-01")
    assert ("DEU", "RUS", "10") in roots(evs)
    # the withdrawal is demanded, not reported: no withdrawal event
    assert not any(e.cameo.root == "08" for e in evs)


def test_allegation_about_another_actor_is_an_accusation(coder):
    evs = coder.code("Armenia claimed that Azerbaijan had shelled border villages.", date="2022-09-13")
    assert ("ARM", "AZE", "11") in roots(evs)


def test_conditional_force_is_a_threat(coder):
    evs = coder.code("Iran will attack Israel if it strikes Iranian nuclear sites, a commander said.",
                     date="2024-04-15")
    assert any(e.cameo.root == "13" and e.source.code.startswith("IRN") for e in evs)


def test_document_speaks_for_its_author(coder):
    evs = coder.code("A report released in the Rwandan capital alleged that France armed the militias.",
                     date="2008-08-06")
    (ev,) = [e for e in evs if e.cameo.root == "11"]
    assert (ev.source.code, ev.target.code) == ("RWA", "FRA")
    assert ev.source.resolved_from and "report" in ev.source.resolved_from


def test_dateline_is_no_actor_and_gives_the_location(coder):
    evs = coder.code("BAGHDAD, Iraq (Reuters) - Iraq's interior minister accused Iran of arming militias.",
                     date="2006-05-01")
    (ev,) = evs
    assert (ev.source.code, ev.target.code) == ("IRQGOV", "IRN")
    assert ev.location is not None and ev.location.reason == "dateline" and ev.location.country == "IRQ"
    assert not ev.sentence.startswith("BAGHDAD")


def test_unattributed_arrest_is_by_the_state_where_it_happens(coder):
    evs = coder.code("A French aid worker was arrested in Iran on spying charges.", date="2023-01-10")
    assert any(e.source.code == "IRNGOV" and e.target.code == "FRACVL" and e.cameo.root == "17" for e in evs)


def test_planned_sanctions_are_a_threat(coder):
    evs = coder.code("Greece plans to impose restrictions on workers from Bulgaria.", date="2006-10-01")
    assert any(e.source.code == "GRC" and e.cameo.root == "13" for e in evs)
    # a pledge to a third party is not a threat: "pledged to expel" stays an expulsion
    evs = coder.code("Qatar has pledged to expel leaders of the Muslim Brotherhood.", date="2014-09-13")
    assert any(e.source.code == "QAT" and e.cameo.code == "174" for e in evs)


def test_conditional_withdrawal_of_a_mission_is_a_threat(coder):
    evs = coder.code("Nigeria will withdraw its peacekeepers from Chad unless the rebels accept a ceasefire.",
                     date="1982-01-01")
    assert any(e.source.code == "NGA" and e.target.code == "TCD" and e.cameo.root == "13" for e in evs)


def test_killings_by_armed_forces_are_military_force_not_assault(coder):
    (war,) = coder.code("Israeli troops killed five Palestinians in Gaza.", date="2004-10-05")
    assert war.cameo.code == "190" and war.source.code == "ISRMIL"
    (crime,) = coder.code("A Kenyan man killed three police officers in Nairobi.", date="2020-01-01")
    assert crime.cameo.root == "18"


def test_pronouns_refer_to_earlier_subjects(coder):
    text = ("China sent a draft accord to Japan on Monday. It urges Tokyo to withdraw its patrol boats. "
            "Russian President Vladimir Putin arrived in Ankara. He criticized NATO.")
    evs = coder.code(text, date="2024-01-10")
    urged = next(e for e in evs if e.sentence.startswith("It urges"))
    assert (urged.source.code, urged.target.code) == ("CHN", "JPN")
    assert urged.source.resolved_from == "China"
    crit = next(e for e in evs if e.sentence.startswith("He criticized"))
    assert (crit.source.code, crit.target.code) == ("RUSGOV", "IGOWSTNAT")


def test_surname_that_is_a_city_name_is_a_person(coder):
    events = coder.code("Peruvian President Alejandro Toledo said on Saturday he wanted new judges to try "
                        "rebel leader Abimael Guzman.", date="2004-09-04")
    assert ("PERGOV", "PERJUD", "020") in triples(events)  # not Toledo, Ohio; the judges are Peru's


def test_dateline_with_a_date_is_no_actor(coder):
    events = coder.code("GAZA CITY, Gaza Strip Sept. 7, 2004 - Israeli helicopters attacked a Hamas training "
                        "camp early Tuesday, killing at least 14 militants.", date="2004-09-07")
    assert all(e.source.code.startswith("ISR") for e in events)
    assert ("ISRMIL", "PSEREBHMS", "195") in triples(events)
    assert events[0].location is not None and events[0].location.reason == "dateline"


def test_headline_passive_without_auxiliary(coder):
    # the citizen is the one taken, never the taker
    events = coder.code("Japanese citizen reportedly taken hostage in Iraq", date="2004-10-27")
    assert not any(e.source.code and e.source.code.startswith("JPN") for e in events)
    events = coder.code("Japanese citizen taken hostage by militants in Iraq", date="2004-10-27")
    assert [(e.source.code, e.target.code, e.cameo.code) for e in events] == [("IRQREB", "JPNCVL", "181")]


def test_talks_between_two_states_are_theirs_not_the_reviewers(coder):
    events = coder.code("President Pervez Musharraf attended a meeting on Friday to review the progress of the "
                        "composite dialogue between India and Pakistan.", date="2004-09-04")
    assert {(e.source.code, e.target.code) for e in events} == {("IND", "PAK"), ("PAK", "IND")}


def test_conjoined_sides_that_fight_fight_each_other(coder):
    events = coder.code("Palestinian gunmen and Israeli troops fought pitched battles on Thursday on the outskirts "
                        "of the largest refugee camp in the Gaza Strip.", date="2004-09-04")
    assert {(e.source.code, e.target.code) for e in events} == {("PSEREB", "ISRMIL"), ("ISRMIL", "PSEREB")}


def test_negated_act_in_a_condition_is_no_refusal(coder):
    events = coder.code("The group threatened to behead the hostage if Japan does not withdraw its troops "
                        "from Iraq within 48 hours.", date="2004-10-27")
    assert not any(e.cameo.root == "12" for e in events)


def test_a_team_beaten_in_a_match_is_no_assault(coder):
    events = coder.code("Argentina beat the United States basketball team in the Olympic semifinal on Friday.",
                        date="2004-08-27")
    assert not any(e.cameo.root == "18" for e in events)


def test_postponed_meeting_is_a_mutual_rejection_not_a_meeting(coder):
    events = coder.code("Armenia and Azerbaijan have postponed their meeting in Brussels after clashes on the border.",
                        date="2026-03-07")
    assert {(e.source.code, e.target.code, e.cameo.root) for e in events} == {("ARM", "AZE", "12"), ("AZE", "ARM", "12")}


def test_a_warning_is_a_threat(coder):
    events = coder.code("The Kremlin warned Finland against deploying NATO troops on its soil.", date="2026-03-07")
    assert ("RUSGOV", "FIN", "13") in roots(events)


def test_handing_over_aid_is_aid_and_handing_over_suspects_is_judicial(coder):
    aid = coder.code("U.S. troops handed over medical supplies to Iraqi relief workers on Friday.", date="2004-11-12")
    assert ("USAMIL", "IRQCVL", "073") in triples(aid)
    suspects = coder.code("Pakistan handed over two al-Qaeda suspects to the United States.", date="2004-11-12")
    assert ("PAK", "USA", "063") in triples(suspects)


def test_his_army_is_the_army_of_the_leader(coder):
    events = coder.code("Israel's Ariel Sharon has rejected his army's request to scale back its Gaza offensive.",
                        date="2004-10-10")
    assert any(e.source.code == "ISRGOV" and e.target.code == "ISRMIL" and e.cameo.root == "12" for e in events)


def test_a_state_jailing_a_journalist_jails_its_own(coder):
    assert ("IRN", "IRNMED", "173") in triples(coder.code("Iran jails blogger for 14 years", date="2005-02-23"))
    strike = coder.code("Israel killed 12 civilians in an air strike.", date="2005-02-23")
    assert all(e.target.code != "ISRCVL" for e in strike)  # its forces act abroad too


def test_sports_are_not_diplomacy(coder):
    events = coder.code("Russia won the meeting with a final total of 63 points, with Britain second on 48. "
                        "Their children will still go to school in Leeds.", date="2005-02-23")
    assert events == []


def test_national_teams_beating_each_other_is_sport(coder):
    assert coder.code("The United States beat Brazil 2-1 in extra time to win the women's Olympic football "
                      "tournament.", date="2004-08-26") == []
    war = coder.code("Russia attacked Ukraine on 2024-02-24 in a 3-day offensive.", date="2024-02-25")
    assert ("RUS", "UKR", "19") in roots(war)


def test_unattributed_weapon_names_no_attacker(coder):
    events = coder.code("A US security official was killed on Sunday by a mortar attack on a US Army base near "
                        "Baghdad.", date="2004-10-24")
    assert all(e.source.code not in {"MIL", ""} for e in events)


def test_a_surname_alone_is_the_person_named_in_full_before(coder):
    text = ("British Prime Minister Boris Johnson arrived in Kyiv on Saturday. "
            "Johnson met Zelensky and pledged more weapons.")
    assert ("GBRGOV", "UKRGOV", "040") in triples(coder.code(text, date="2022-04-09"))
    # a person the tables do not know, named with a title: the title's state and role
    text = ("Kenyan Foreign Minister Otieno Wekesa arrived in Addis Ababa on Monday. "
            "Ethiopian officials met Wekesa on Tuesday.")
    assert ("ETHGOV", "KENGOV", "040") in triples(coder.code(text, date="2024-03-01"))
    # Korean and Chinese names: the family name comes first
    text = ("South Korean President Yoon Suk Yeol arrived in Tokyo on Thursday. "
            "Yoon met Kishida and criticised North Korea.")
    assert ("KORGOV", "PRK", "111") in triples(coder.code(text, date="2023-03-16"))
    # another person of that surname, or the surname inside another name, is not them
    text = ("Boris Johnson arrived in Kyiv on Saturday. "
            "Golfer Dustin Johnson criticised Russia.")
    assert not any(e.source.code.startswith("GBR") and e.cameo.code == "111"
                   for e in coder.code(text, date="2022-04-09"))


def test_titled_people_dateline_and_parse_repairs_in_articles(coder):
    # a titled person the tables do not know, introduced in a sentence with no event
    text = ("Kenyan President Kiprono Chelimo spoke to reporters on Monday. "
            "Chelimo criticised Tanzania for detaining opposition activists.")
    assert ("KENGOV", "TZA", "111") in triples(coder.code(text, date="2025-05-20"))
    text = ("Lithuania's foreign minister Tomas Petrauskas arrived in Kyiv on Tuesday. "
            "Petrauskas pledged 35 million euros in military aid to Ukraine.")
    assert any(e.source.code == "LTUGOV" and e.target.code == "UKR" and e.cameo.root == "03"
               for e in coder.code(text, date="2023-04-11"))
    # people released by foreign states are not of the dateline's country
    text = ("ANKARA, Aug 1 (Reuters) - Russia and Belarus released 16 prisoners on Thursday in the "
            "biggest prisoner swap since the Cold War.")
    evs = coder.code(text, date="2024-08-01")
    assert ("RUS", "CVL", "0841") in triples(evs) and not any(e.target.country == "TUR" for e in evs)
    # a second verb after a reporting clause is the speaker's
    text = ("Chinese foreign ministry spokesman Lin Jian said the Philippines was to blame for the incident "
            "and urged Manila to stop its provocations.")
    assert any(e.source.code == "CHNGOV" and e.target.code == "PHL" and e.cameo.root == "02"
               for e in coder.code(text, date="2024-06-18"))
    # the parser's "air strikes [killed ...]" as a noun phrase, and a second subject "paramilitary"
    assert ("ISRMIL", "PSECVL", "190") in triples(coder.code(
        "Israeli air strikes killed at least 19 people in central Gaza.", date="2025-04-10"))
    evs = coder.code("Sudan's paramilitary Rapid Support Forces shelled the hospital in El Fasher.",
                     date="2025-04-10")
    assert {e.source.code for e in evs} == {"SDNREB"}
    # a threat made is no hypothetical; sanctions considered are an option weighed (014)
    evs = coder.code("Pyongyang threatened to shoot down U.S. spy planes.", date="2023-07-10")
    assert [(e.cameo.code, e.hypothetical) for e in evs] == [("138", False)]
    evs = coder.code("The EU was considering new sanctions on Russia.", date="2024-06-18")
    assert [e.cameo.code for e in evs] == ["014"]
    assert ("CHN", "USABUS", "163") in triples(coder.code(
        "China added 12 U.S. companies to its export control list.", date="2025-04-10"))



def test_the_two_countries_are_the_pair_named_before(coder):
    text = ("Ethiopian and Eritrean leaders met in Asmara on Monday. Officials described the talks as "
            "frank. The two sides accused each other of violating the ceasefire. Both countries "
            "recalled their ambassadors. Both governments condemned an attack by al-Shabaab.")
    evs = coder.code(text, date="2025-03-04")
    got = triples(evs)
    assert {("ETHGOV", "ERIGOV", "1123"), ("ERIGOV", "ETHGOV", "1123")} <= got
    # the states, each from the other, not their own envoys
    assert {("ETH", "ERI", "161"), ("ERI", "ETH", "161")} <= got
    assert {("ETHGOV", "SOMREB", "111"), ("ERIGOV", "SOMREB", "111")} <= got
    accused = next(e for e in evs if e.cameo.code == "1123")
    assert accused.source.text == "The two sides" and accused.source.resolved_from


def test_a_pair_comes_from_an_act_and_fades(coder):
    evs = coder.code("Pakistan accused India of shelling villages in Kashmir. "
                     "The two countries blamed each other for the collapse of the truce.", date="2025-05-08")
    assert {("PAK", "IND", "112"), ("IND", "PAK", "112")} <= {(s, t, c[:3]) for s, t, c in triples(evs)}
    # with no pair named in the last few sentences, "both sides" is nobody
    far = ("Pakistan accused India of shelling villages in Kashmir. The weather was cold. Markets were "
           "calm. Schools reopened. Trains ran late. Both sides blamed each other for the collapse of the truce.")
    evs = coder.code(far, date="2025-05-08")
    assert evs and all(e.sentence_index == 0 for e in evs)


def test_a_local_title_in_a_datelined_story_is_of_the_dateline_state(coder):
    text = ("HARARE, Aug 28 (Reuters) - Opposition leader Nelson Chamisa rejected the election results on "
            "Monday.\n\nObservers said the vote fell short of regional standards. Turnout was high. Queues "
            "were long.\n\nChamisa accused the ruling party of rigging the vote.")
    evs = [e for e in coder.code(text, date="2023-08-28") if e.cameo.code == "112"]
    assert [(e.source.code, e.target.code) for e in evs] == [("ZWEOPP", "ZWEPTY")]
    assert evs[0].source.text == "Chamisa"


def test_a_call_for_calm_to_no_one_goes_to_the_parties_of_the_story(coder):
    text = ("Thai and Cambodian troops clashed on Thursday along their disputed border. "
            "Thailand launched air strikes on Cambodian military targets. "
            "The U.S. State Department called for an immediate ceasefire. "
            "Thailand called for a ceasefire. "
            "The United Nations called for a ceasefire in Sudan.")
    got = [(e.sentence_index, e.source.code, e.target.code, e.cameo.code) for e in coder.code(text, date="2025-07-25")]
    assert {(2, "USAGOV", "THA", "0256"), (2, "USAGOV", "KHM", "0256")} <= set(got)
    # one of the parties calling asks no one; a call for calm in another place is to that state
    assert not [g for g in got if g[0] == 3]
    assert [g for g in got if g[0] == 4] == [(4, "IGOUNO", "SDN", "0256")]
    # after a friendly act there are no parties to calm
    evs = coder.code("France and Germany signed a defence pact on Monday. The Pope called for calm.", date="2025-07-25")
    assert not [e for e in evs if e.cameo.code == "0256"]


def test_the_agreement_named_later_is_both_parties(coder):
    text = ("Syria and the SDF signed an agreement on Monday to integrate the Kurdish-led force into the state. "
            "Turkey welcomed the agreement. "
            "Qatar praised the deal.")
    got = {(e.sentence_index, e.source.code, e.target.code, e.cameo.code) for e in coder.code(text, date="2025-03-11")}
    assert {(1, "TUR", "SYR", "051"), (1, "TUR", "SYRREB", "051"),
            (2, "QAT", "SYR", "051"), (2, "QAT", "SYRREB", "051")} <= got
    # with no agreement told before, a deal welcomed names no one
    assert not coder.code("Germany welcomed the deal.", date="2025-03-11")


def test_a_release_or_expulsion_judged_later_is_its_doers(coder):
    text = ("Nicaragua freed 222 political prisoners on Thursday and put them on a plane to the United States. "
            "Secretary of State Antony Blinken welcomed the release. "
            "Russia expelled two Estonian diplomats. "
            "Estonia condemned the expulsion.")
    got = {(e.sentence_index, e.source.code, e.target.code, e.cameo.code) for e in coder.code(text, date="2023-02-09")}
    assert {(1, "USAGOV", "NIC", "051"), (3, "EST", "RUS", "111")} <= got


def test_the_country_is_the_state_meant(coder):
    # "the country" with nothing else said of it: the state named before it in the sentence (not
    # the one acting, not an adjective of another actor), else the story's last state, or the
    # state of the person who speaks of it
    evs = coder.code("In Lebanon, Iran-backed Hezbollah fired rockets at an Israeli army base on Friday, and "
                     "Israel responded with air strikes on villages in the south of the country.", date="2024-01-12")
    assert any(e.source.code == "ISR" and e.target.code == "LBN" and e.cameo.root == "19" for e in evs)
    evs = coder.code("Kenya's government has faced protests for weeks over the finance bill. The country "
                     "recalled its ambassador to Uganda on Tuesday.", date="2024-07-02")
    assert ("KEN", "UGA", "161") in triples(evs)
    evs = coder.code("Sudan's army has fought the RSF since April. The country's army shelled RSF positions "
                     "in Omdurman on Tuesday.", date="2023-08-01")
    assert any(e.sentence_index == 1 and e.source.code == "SDNMIL" for e in evs)
    evs = coder.code("Kenya's president said on Monday that the country would send 1,000 police officers to Haiti.",
                     date="2023-07-31")
    assert any(e.source.code == "KEN" and e.target.code == "HTI" for e in evs)
    # a first mention, with no state named before, stays unresolved
    assert not coder.code("The country recalled its ambassador on Tuesday.", date="2024-07-02")


def test_the_court_is_the_court_the_story_named(coder):
    text = ("The International Criminal Court on Thursday opened an investigation into alleged war crimes in "
            "the Philippines. The court rejected Manila's argument that it had no jurisdiction. The Philippine "
            "government said it would not cooperate with the court. President Duterte's spokesman called the "
            "court's decision a political attack.")
    evs = coder.code(text, date="2021-09-16")
    assert any(e.source.code == "IGOJUDICC" and e.target.code.startswith("PHL") and e.cameo.root == "12" for e in evs)
    assert not any(e.source.code == "JUD" or e.target.code == "JUD" for e in evs)
    # a national court named since is the one meant
    text = ("The International Criminal Court on Thursday opened an investigation into the drug war in the "
            "Philippines. On Friday, the Philippine Supreme Court ruled that the withdrawal was valid. The court "
            "criticised the opposition senators who had challenged it.")
    evs = coder.code(text, date="2021-09-17")
    assert any(e.source.code == "PHLJUD" and e.cameo.root == "11" for e in evs)


def test_a_role_named_alone_is_the_state_the_story_is_about(coder):
    text = ("Lesotho's prime minister fled to South Africa on Saturday after soldiers surrounded his residence in "
            "Maseru. Lesotho's police chief said officers had been disarmed. The Southern African Development "
            "Community urged the army to return to its barracks.")
    evs = coder.code(text, date="2014-08-30")
    assert ("IGOSAFDEVSAD", "LSOMIL") in {(e.source.code, e.target.code) for e in evs}
    explained = [e for e in evs if e.target.code == "LSOMIL" and e.source.code == "IGOSAFDEVSAD"]
    assert any("spoke of most" in entry for entry in explained[0].target.entries)
    # two states named as often: no state is the story's
    text = ("Kenya and Somalia traded accusations on Monday. Kenya said Somalia had violated the border. "
            "The army urged the African Union to send observers.")
    evs = coder.code(text, date="2021-10-12")
    assert any(e.target.code == "IGOAFRAFU" for e in evs)
    assert not any(e.source.code in {"KENMIL", "SOMMIL"} for e in evs)
    # a single sentence has no story: the role stays bare
    evs = coder.code("The army urged Lesotho's leaders to settle their differences.", date="2014-08-30")
    assert not any(e.source.code == "LSOMIL" for e in evs)


def test_rebels_named_an_army_leave_no_army_for_the_army(coder):
    text = ("The Free Syrian Army said on Sunday it had captured an air base near Aleppo. The army shelled "
            "rebel-held districts of Homs on Monday.")
    evs = coder.code(text, date="2014-03-03")
    assert any(e.target.code == "SYRREB" and e.cameo.root == "19" and e.source.code != "SYRREB" for e in evs)


def test_a_pair_named_alone_is_placed_whole_or_not_at_all(coder):
    text = ("Britain's finance minister presented the budget on Wednesday. Britain's opposition attacked it. "
            "Britain's unions said they would study it. Police arrested dozens of people in Leeds on Thursday.")
    evs = coder.code(text, date="2005-03-16")
    # the police would be Britain's, the people no one's: no half-placed arrest
    assert not any(e.cameo.root == "17" and (e.source.country is None) != (e.target.country is None) for e in evs)
    text = ("Britain's finance minister presented the budget on Wednesday. Britain's opposition attacked it. "
            "Britain's unions said they would study it. Protesters clashed with riot police in Leeds on Thursday.")
    evs = coder.code(text, date="2005-03-16")
    assert ("GBROPP", "GBRCOP") in {(e.source.code, e.target.code) for e in evs}
