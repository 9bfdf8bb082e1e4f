"""Readings that articles of held-out news showed wrong or missing: names that are also
words, bodies of bodies, conjoined passives, seizures of power told before their
condemnation, calls for calm in a place, and word senses."""

from __future__ import annotations

from conftest import triples


def test_a_surname_that_is_a_month_names_the_person(coder):
    text = ("British Prime Minister Theresa May met Angela Merkel in Berlin on Tuesday. "
            "Merkel rejected May's call for parallel talks. "
            "The talks will open in May.")
    evs = coder.code(text, date="2017-04-11")
    assert ("DEUGOV", "GBRGOV", "120") in triples(evs)
    # "in May" stays a month: no one meets it
    assert not any(e.sentence_index == 2 for e in evs)


def test_a_telephone_call_with_someone_is_a_call_by_the_speaker(coder):
    evs = coder.code("In a telephone call with Japanese Prime Minister Fumio Kishida, Biden said the "
                     "alliance had never been stronger.", date="2023-05-10")
    assert {("USAGOV", "JPNGOV", "041"), ("JPNGOV", "USAGOV", "041")} <= triples(evs)
    # a call for restraint is no telephone call
    evs = coder.code("The Pope made a call for restraint with Easter approaching.", date="2023-04-01")
    assert not any(e.cameo.code == "041" for e in evs)


def test_him_after_a_call_with_someone_is_the_one_called(coder):
    evs = coder.code("German Chancellor Olaf Scholz spoke by telephone with Vladimir Putin on Friday and "
                     "urged him to withdraw his troops.", date="2022-12-02")
    got = triples(evs)
    assert ("DEUGOV", "RUSGOV", "041") in got
    assert any(s == "DEUGOV" and t == "RUSGOV" and c.startswith("02") for s, t, c in got)


def test_an_organisations_name_inside_a_persons_name_is_the_person(coder):
    evs = coder.code("Congo's Foreign Minister Therese Kayikwamba Wagner accused Rwanda of invading "
                     "its territory.", date="2025-02-03")
    assert {e.source.code for e in evs} == {"CODGOV"}


def test_a_council_of_the_african_union_is_the_union(coder):
    evs = coder.code("The African Union's Peace and Security Council suspended Guinea from the bloc after the coup.",
                     date="2021-09-10")
    assert {e.source.code for e in evs} == {"IGOAFRAFU"}


def test_the_board_or_panel_of_a_body_acts_for_it(coder):
    evs = coder.code("The World Bank's executive board approved a $750 million loan for Kenya.", date="2023-03-15")
    assert any(e.source.code.startswith("IGO") and e.target.code == "KEN" and e.cameo.root == "07" for e in evs)
    evs = coder.code("A panel of Peru's Supreme Court convicted former President Alejandro Toledo of "
                     "taking bribes.", date="2024-10-21")
    assert {e.source.code for e in evs} == {"PERJUD"}


def test_ordering_states_to_withdraw_their_diplomats_expels_them(coder):
    evs = coder.code("Nicaragua's government ordered Colombia and Chile to withdraw their diplomats from "
                     "Managua.", date="2023-03-01")
    assert {("NICGOV", "COL", "161"), ("NICGOV", "CHL", "161")} <= triples(evs)


def test_a_coup_condemned_later_is_the_one_who_seized_power(coder):
    text = ("Soldiers in Burkina Faso seized power on Friday and dissolved the government. "
            "The West African bloc ECOWAS condemned the coup.")
    evs = coder.code(text, date="2022-10-01")
    assert ("IGOWAFWAS", "BFAMIL", "111") in triples(evs)
    text = ("The military junta that seized power in Guinea detained President Alpha Conde. "
            "On Monday the junta accused France of meddling.")
    evs = coder.code(text, date="2021-09-06")
    assert ("GINGOV", "FRA", "112") in triples(evs)


def test_a_call_for_calm_in_a_state_goes_to_that_state(coder):
    evs = coder.code("India called for a ceasefire in Myanmar.", date="2023-11-20")
    assert ("IND", "MMR", "0256") in triples(evs)
    # with no place named and no parties told, no one
    assert not coder.code("The police called for calm.", date="2023-11-20")


def test_an_opposition_candidate_is_the_opposition(coder):
    evs = coder.code("Tanzanian police arrested opposition presidential candidate Tundu Lissu.", date="2020-11-02")
    assert ("TZACOP", "TZAOPP", "173") in triples(evs)


def test_a_passive_conjunct_shares_its_agent(coder):
    evs = coder.code("Union leader Kemal Aydin was beaten and detained by Turkish police in Ankara.",
                     date="2024-05-01")
    got = {(e.source.code, e.cameo.code) for e in evs}
    assert {("TURCOP", "182"), ("TURCOP", "173")} <= got


def test_charges_by_prosecutors_are_legal_action(coder):
    evs = coder.code("Russian prosecutors charged the American teacher with smuggling.", date="2022-03-01")
    assert ("RUSJUD", "USAEDU", "173") in triples(evs)
    evs = coder.code("Iran charged the United States with meddling.", date="2022-03-01")
    assert ("IRN", "USA", "112") in triples(evs)


def test_a_region_named_after_a_compass_point_is_no_western_state(coder):
    evs = coder.code("Militiamen killed more than 300 people in the West Darfur town of Geneina.", date="2023-06-20")
    assert not any((e.target.code or "").startswith("WST") for e in evs)


def test_senses_of_release_dismiss_strike_fire_regret_recognise_help(coder):
    assert ("AZE", "AZEOPP", "0841") in triples(
        coder.code("Azerbaijan has freed the opposition figure Tofig Yagublu.", date="2024-03-01"))
    # figures released are data
    assert not coder.code("The ministry released figures on Ukraine's losses.", date="2024-03-01")
    got = triples(coder.code("North Korea dismissed South Korea's overtures.", date="2024-03-01"))
    assert any(s == "PRK" and t == "KOR" and c.startswith("12") for s, t, c in got)
    got = triples(coder.code("The jailed Bahraini activist began a hunger strike against his detention by "
                             "Bahraini authorities.", date="2024-03-01"))
    assert all(not c.startswith("19") for _s, _t, c in got)
    assert any(c == "142" for _s, _t, c in got)
    got = triples(coder.code("Kenyan police opened fire on protesters in Nairobi.", date="2024-06-25"))
    assert ("KENCOP", "KENOPP", "175") in got
    assert ("ISRMIL", "PSEREBHMS", "190") in triples(
        coder.code("Israeli troops opened fire on Hamas gunmen.", date="2024-06-25"))
    assert ("CUB", "PSE", "018") in triples(
        coder.code("Cuba deeply regrets the Palestinian leader's death.", date="2004-11-12"))
    assert not coder.code("Rubio said the United States recognises the one-China policy.", date="2025-03-01")
    assert not coder.code("The former president helped launch a search company backed by the Chinese "
                          "government.", date="2025-03-01")


def test_a_leader_killed_is_assassinated(coder):
    evs = coder.code("Gunmen shot dead Japan's former prime minister Shinzo Abe in Nara.", date="2022-07-08")
    assert any(e.cameo.code == "186" and e.target.code and e.target.code.startswith("JPN") for e in evs)
    evs = coder.code("Israeli soldiers killed two Palestinians in Nablus.", date="2022-07-08")
    assert ("ISRMIL", "PSECVL", "190") in triples(evs)


def test_the_attack_answered_is_not_coded_again(coder):
    evs = coder.code("Pakistani jets struck targets in Iran on Thursday in retaliation for Tehran's missile "
                     "attack on Pakistani territory.", date="2024-01-18")
    assert not any(e.source.code and e.source.code.startswith("IRN") for e in evs)
    assert any(e.source.code.startswith("PAK") and e.target.code == "IRN" for e in evs)


def test_a_purpose_shares_the_hypothesis_of_its_act(coder):
    evs = coder.code("Japan is considering sending aid to help Turkey recover from the earthquake.",
                     date="2023-02-08")
    assert evs and all(e.hypothetical for e in evs)


def test_weapons_used_are_no_target(coder):
    evs = coder.code("Mutinous soldiers using tanks and fighter jets attacked the parliament building in Ankara.",
                     date="2016-07-16")
    assert ("MIL", "TUR", "190") in triples(evs)
    assert not any(e.cameo.code == "194" for e in evs)


def test_people_a_state_coerces_or_frees_with_no_country_told_are_its_own(coder):
    assert ("ECUCOP", "ECUCVL", "173") in triples(
        coder.code("Ecuadorean police detained dozens of people in Quito.", date="2024-01-10"))
    # a group named stays that group, and prisoners freed are anyone's
    assert ("VEN", "CVL", "0841") in triples(coder.code("Venezuela freed 110 prisoners.", date="2024-01-10"))
    evs = coder.code("A Yemeni court jailed five al Qaeda supporters.", date="2004-10-02")
    assert not any(e.target.code == "YEMCVL" for e in evs)


def test_revoking_a_trade_status_is_a_sanction(coder):
    assert ("USA", "RUS", "163") in triples(
        coder.code("The United States revoked Russia's most-favored-nation trade status.", date="2022-04-08"))


def test_firing_on_protesters_is_repression_only_by_the_state(coder):
    # a rally is where it happened, not whom they fired on
    evs = coder.code("A gunman opened fire on the senator at a campaign rally.", date="2024-07-13")
    assert not any(e.cameo.code == "175" for e in evs)
    evs = coder.code("A gunman opened fire on protesters in Kenosha.", date="2020-08-26")
    assert evs and not any(e.cameo.code == "175" for e in evs)
    assert ("KENCOP", "KENOPP", "175") in triples(
        coder.code("Kenyan police opened fire on protesters in Nairobi.", date="2024-06-25"))


def test_a_coup_by_no_ones_military_is_the_states(coder):
    assert ("IGOUNO", "MMR", "111") in triples(
        coder.code("The UN condemned the military coup in Myanmar.", date="2021-02-02"))


def test_a_town_of_a_persons_name_gives_way_to_the_person_named(coder):
    text = ("Colombian President Juan Manuel Santos signed a peace deal with the FARC rebels on Monday. "
            "Former president Alvaro Uribe accused Santos of granting impunity.")
    evs = coder.code(text, date="2016-09-26")
    assert any(e.sentence_index == 1 and e.target.code == "COLGOV" for e in evs)
    assert not any("BRA" in (e.target.code or "") for e in evs)


def test_a_border_closure_restricts_movement(coder):
    assert ("POL", "BLR", "191") in triples(
        coder.code("Poland announced the closure of its border with Belarus.", date="2023-08-30"))


def test_a_headlines_infinitive_is_to_come(coder):
    evs = coder.code("Japanese Foreign Minister to Visit Seoul in March.", date="2023-02-20")
    assert evs and all(e.hypothetical for e in evs)
    evs = coder.code("Human rights will top the agenda when Chancellor Olaf Scholz welcomes Chinese Premier "
                     "Li Qiang to Berlin on Monday.", date="2023-06-16")
    assert evs and all(e.hypothetical for e in evs)
    # a time clause of a past act happened
    evs = coder.code("Protesters clashed with Kenyan police when President William Ruto visited Kisumu.",
                     date="2023-06-16")
    assert not any(e.hypothetical for e in evs)


def test_a_topic_of_talks_and_a_timeline_entry_are_no_news(coder):
    evs = coder.code("Blinken met top Indian officials to discuss a range of issues, including the dialogue "
                     "between India and China.", date="2023-03-02")
    assert not any({e.source.country, e.target.country} == {"IND", "CHN"} for e in evs)
    text = "The war lasted a decade. 1979: The Soviet Union sends troops into Afghanistan."
    assert not coder.code(text, date="2004-12-25")


def test_a_reaction_is_against_whoever_prompted_it(coder):
    evs = coder.code("China fired missiles into waters near Japan on Thursday, prompting Tokyo to lodge a "
                     "strong protest.", date="2022-08-04")
    assert ("JPN", "CHN", "114") in triples(evs)


def test_as_did_another_makes_another_actor(coder):
    evs = coder.code("Saudi Arabia condemned the Houthi attack on the tanker, as did Qatar.", date="2023-05-02")
    got = {(e.source.code, e.cameo.code) for e in evs}
    assert {("SAU", "111"), ("QAT", "111")} <= got


def test_praise_of_a_joint_act_is_of_both_parties(coder):
    evs = coder.code("Guterres hailed the meeting between Kim Jong Un and Moon Jae-in.", date="2018-04-27")
    assert {("IGOUNO", "PRKGOV", "051"), ("IGOUNO", "KORGOV", "051")} <= triples(evs)


def test_violence_condemned_later_is_whoever_used_it(coder):
    text = ("Georgian riot police fired tear gas at protesters in Tbilisi on Friday. "
            "The European Union condemned the violence against protesters.")
    evs = coder.code(text, date="2024-11-30")
    assert ("IGOEUREEC", "GEOCOP", "111") in triples(evs)


def test_a_meeting_of_a_body_acts_for_it(coder):
    evs = coder.code("A meeting of Iran's Supreme National Security Council rejected the Western proposal.",
                     date="2024-01-10")
    assert evs and all(e.source.country == "IRN" for e in evs)


def test_each_of_two_states_acts_on_the_other(coder):
    evs = coder.code("Pakistan and India each expelled two diplomats on Friday.", date="2025-05-23")
    assert {("PAK", "IND", "161"), ("IND", "PAK", "161")} <= triples(evs)


def test_a_call_to_release_is_addressed_to_the_captor(coder):
    evs = coder.code("Britain called on Iran to release Craig and Lindsay Foreman, two British travellers held in "
                     "the country.", date="2025-03-01")
    assert triples(evs) == {("GBR", "IRN", "0253")}


def test_a_spokesman_for_someone_speaks_for_them(coder):
    evs = coder.code("A spokesman for U.N. Secretary-General Antonio Guterres urged Ethiopia to exercise restraint.",
                     date="2021-11-02")
    assert {e.source.code for e in evs} == {"IGOUNO"}


def test_encouraging_another_to_act_is_an_appeal(coder):
    evs = coder.code("Blinken encouraged Armenia and Azerbaijan to sign a peace deal.", date="2023-05-02")
    assert {("USAGOV", "ARM"), ("USAGOV", "AZE")} <= {(s, t) for s, t, c in triples(evs) if c.startswith("02")}


def test_a_person_no_table_knows_held_by_a_state_is_its_own(coder):
    evs = coder.code("A Tunisian court sentenced Rached Ghannouchi to three years in prison.", date="2024-02-01")
    evs = evs or coder.code("A Tunisian court found Rached Ghannouchi guilty of receiving foreign funds.",
                            date="2024-02-01")
    assert any(e.source.code == "TUNJUD" and e.target.code == "TUNCVL" for e in evs)
    assert ("PAKCOP", "PAKCVL", "173") in triples(
        coder.code("Pakistani police arrested Ahmed Ali in Lahore.", date="2024-02-01"))


def test_two_sides_fighting_across_a_place_fight_each_other(coder):
    evs = coder.code("Sudan's army and the RSF fought heavy battles across Khartoum on Saturday.", date="2023-04-15")
    assert {("SDNMIL", "SDNREB"), ("SDNREB", "SDNMIL")} <= {(s, t) for s, t, c in triples(evs) if c.startswith("19")}


def test_the_mended_readings_hold_back(coder):
    # a detention reported with its day is an arrest
    assert ("IRNCOP", "FRAMED", "173") in triples(
        coder.code("Iranian police detained the French journalist for a week.", date="2024-03-01"))
    # violence in a place named is that place's, not the last attacker's
    text = ("Russia struck Kyiv with missiles overnight. Clashes broke out between rival gangs in Haiti. "
            "The UN condemned the violence in Haiti.")
    assert ("IGOUNO", "HTI", "111") in triples(coder.code(text, date="2024-03-01"))
    # "each" of two states on the other only for diplomats and prisoners
    evs = coder.code("France and Belgium each arrested three suspects.", date="2024-03-01")
    assert not any({e.source.country, e.target.country} == {"FRA", "BEL"} for e in evs)
    # a conversation with reporters is no call; a meeting told in passing is no plan
    assert not coder.code("In a conversation with reporters, Putin said the talks had failed.", date="2024-03-01")
    evs = coder.code("Netanyahu, in a meeting with Biden, rejected a ceasefire.", date="2024-03-01")
    assert [e.hypothetical for e in evs if e.cameo.code == "040"] == [False, False]
    # a state's execution of a former leader is no assassination
    assert not any(e.cameo.code == "186" for e in coder.code("Iraq executed Saddam Hussein.", date="2006-12-30"))
    # a time clause in the past stays past; the venue of a call is no target
    evs = coder.code("Putin will visit China after Xi Jinping hosted Biden last week.", date="2023-11-20")
    assert any(e.source.code == "CHNGOV" and not e.hypothetical for e in evs)
    assert not any(e.target.code == "BRA" for e in coder.code(
        "In Brazil, Guterres called for a ceasefire in Gaza.", date="2024-11-18"))
    # "including" lists what happened, unless it lists topics
    evs = coder.code("Officials reported violence overnight, including clashes between Israeli troops and "
                     "Palestinian gunmen in Jenin.", date="2024-03-01")
    assert ("ISRMIL", "PSEREB", "193") in triples(evs)
    # an order to one's own diplomats expels no one
    assert not coder.code("Washington told non-essential diplomats to pull out of Sudan.", date="2023-04-22")
