"""Codes the text makes specific (what an investigation looks into, a call made by
telephone, drones fired) and what an appeal asks for when a time phrase stands between
the appeal and its infinitive."""

from __future__ import annotations

from conftest import triples


def test_an_investigation_is_coded_by_what_it_looks_into(coder):
    # crimes and corruption (091), human rights abuses (092), military action (093), war crimes (094)
    evs = coder.code("Brazilian prosecutors opened a corruption investigation into former President "
                     "Jair Bolsonaro on Monday.", date="2024-03-04")
    assert ("BRAJUD", "BRAELI", "091") in triples(evs)
    evs = coder.code("The U.N. Human Rights Council voted on Thursday to launch an independent investigation "
                     "into Iran's deadly crackdown on protests.", date="2022-11-24")
    # the crackdown looked into is coded as well
    assert {("IGOUNOHRI", "IRN", "092"), ("IRN", "IRNCVL", "175")} <= triples(evs)
    evs = coder.code("Moldova investigated the Russian drone incursion into its airspace.", date="2024-02-14")
    assert any(e.source.code == "MDA" and e.target.country == "RUS" and e.cameo.code == "093" for e in evs)
    evs = coder.code("The ICC is investigating alleged war crimes by the Rapid Support Forces in Darfur.",
                     date="2024-01-29")
    assert ("IGOJUDICC", "SDNREB", "094") in triples(evs)
    # with nothing said of what it looks into, an investigation stays 090
    evs = coder.code("Poland opened an investigation into the attack by Russian drones on its territory.",
                     date="2025-09-10")
    assert ("POL", "RUSMIL", "090") in triples(evs)


def test_talks_by_telephone_are_a_telephone_call(coder):
    evs = coder.code("Russian Foreign Minister Sergei Lavrov discussed the fighting by telephone with his "
                     "Armenian counterpart on Sunday.", date="2020-09-27")
    assert {("RUSGOV", "ARMGOV", "041"), ("ARMGOV", "RUSGOV", "041")} <= triples(evs)
    evs = coder.code("Lavrov discussed the fighting with his Armenian counterpart in Moscow on Sunday.",
                     date="2020-09-27")
    assert ("RUSGOV", "ARMGOV", "040") in triples(evs)


def test_drones_fired_at_a_state_are_aerial_weapons(coder):
    evs = coder.code("Iran launched more than 300 drones and missiles at Israel overnight.", date="2024-04-14")
    assert ("IRN", "ISR", "195") in triples(evs)
    # an investigation into drones fires none
    evs = coder.code("Poland launched an investigation into the Russian drones that crashed on its territory.",
                     date="2025-09-10")
    assert not any(e.cameo.root == "19" for e in evs)


def test_what_an_appeal_asks_for_after_a_time_phrase_is_no_act_of_the_speaker(coder):
    evs = coder.code("United Nations Secretary-General Antonio Guterres called on the Rwandan army on Sunday to "
                     "stop supporting the M23 and to withdraw from Congolese territory.", date="2025-02-16")
    # the appeal is one for de-escalation; the support cut and the withdrawal are asked for, not done
    assert triples(evs) == {("IGOUNO", "RWAMIL", "0256")}
    evs = coder.code("Blinken pressed Israel on Tuesday to free the Palestinian journalist.", date="2024-01-09")
    assert ("USAGOV", "ISR", "1053") in triples(evs)
    assert not any(e.source.code == "USAGOV" and e.cameo.root == "08" for e in evs)
    # one called with an object is telephoned, and the purpose of the call is no appeal
    evs = coder.code("Biden called Netanyahu on Sunday to discuss the hostages.", date="2023-10-22")
    assert triples(evs) == {("USAGOV", "ISRGOV", "041")}


def test_retaliation_in_kind_is_against_those_the_means_names(coder):
    evs = coder.code("The United States imposed tariffs on $34 billion of Chinese imports on Friday, and Beijing "
                     "swiftly retaliated with duties of the same size on American goods.", date="2018-07-06")
    assert ("CHN", "USA", "163") in triples(evs)
    evs = coder.code("Iran retaliated with missile strikes on Israel.", date="2024-04-19")
    assert ("IRN", "ISR", "190") in triples(evs)
    # the means is no target: "responded with air strikes" names no one struck
    assert not coder.code("Israel responded with air strikes.", date="2024-04-19")


def test_an_offensive_condemned_later_is_whoever_launched_it(coder):
    text = ("Turkish troops pressed their offensive against Kurdish fighters in northern Syria on Monday. "
            "European Union foreign ministers, meeting in Luxembourg, condemned the offensive. "
            "Moscow criticised the incursion.")
    evs = coder.code(text, date="2019-10-14")
    assert {("IGOEUREEC", "TURMIL", "111"), ("RUS", "TURMIL", "111")} <= triples(evs)


def test_him_after_speaking_to_someone_is_the_one_spoken_to(coder):
    evs = coder.code("Japanese Prime Minister Fumio Kishida spoke to Joe Biden on Monday and invited him to visit "
                     "Hiroshima.", date="2023-01-09")
    assert ("JPNGOV", "USAGOV", "020") in triples(evs)
    # "went to" someone is no talk with them
    evs = coder.code("Kishida went to the United Nations and urged him to resign.", date="2023-01-09")
    assert not any(e.target.code == "IGOUNO" and e.cameo.root == "02" for e in evs)


def test_killing_protesters_is_violent_repression(coder):
    # a state's forces or police killing protesters, or people during a protest: CAMEO 175
    evs = coder.code("Israeli troops shot dead at least 58 Palestinians during mass protests along the Gaza "
                     "border fence on Monday.", date="2018-05-14")
    assert ("ISRMIL", "PSECVL", "175") in triples(evs)
    evs = coder.code("Zimbabwean soldiers shot dead at least a dozen people during protests against fuel prices.",
                     date="2019-01-17")
    assert ("ZWEMIL", "ZWECVL", "175") in triples(evs)
    # fighters killed in battle, and protesters killed by gunmen, are no repression
    evs = coder.code("Israeli troops killed three Hamas militants in Gaza.", date="2018-05-14")
    assert not any(e.cameo.code == "175" for e in evs)
    evs = coder.code("Gunmen killed three protesters in Baghdad.", date="2019-11-10")
    assert not any(e.cameo.code == "175" for e in evs)


def test_forces_loyal_to_someone_are_his(coder):
    evs = coder.code("Troops loyal to President Salva Kiir attacked the rebels in Juba.", date="2016-07-10")
    assert ("SSDMIL", "SSDREB", "190") in triples(evs)


def test_a_joint_statement_signed_is_an_agreement(coder):
    evs = coder.code("U.S. President Donald Trump and North Korean leader Kim Jong Un signed a joint statement in "
                     "Singapore on Tuesday.", date="2018-06-12")
    assert {("USAGOV", "PRKGOV", "057"), ("PRKGOV", "USAGOV", "057")} <= triples(evs)


def test_a_decision_named_by_a_national_adjective_is_that_states(coder):
    evs = coder.code("Polish Prime Minister Mateusz Morawiecki praised the German decision as a big step towards "
                     "stopping Russia.", date="2023-01-25")
    assert triples(evs) == {("POLGOV", "DEUGOV", "051")}


def test_congratulations_and_apologies_offered_are_given(coder):
    evs = coder.code("China's foreign ministry also offered its congratulations to Maduro.", date="2024-07-30")
    assert ("CHNGOV", "VENGOV", "051") in triples(evs)
    evs = coder.code("Germany issued a formal apology to Namibia.", date="2021-05-28")
    assert ("DEU", "NAM", "055") in triples(evs)
    # aid offered is still only promised
    evs = coder.code("Japan offered aid to South Korea.", date="2021-05-28")
    assert ("JPN", "KOR", "033") in triples(evs)


def test_him_after_defeat_conceded_to_someone_is_that_person(coder):
    evs = coder.code("Nigerian President Goodluck Jonathan conceded defeat to opposition candidate Muhammadu Buhari "
                     "on Tuesday and congratulated him.", date="2015-03-31")
    assert ("NGAGOV", "NGAOPP", "051") in triples(evs)


def test_steps_asked_for_are_no_call_to_step_down(coder):
    evs = coder.code("The Economic Community of West African States urged Senegal's government to take urgent "
                     "steps to restore the electoral calendar.", date="2024-02-06")
    assert not any(e.cameo.code == "0241" for e in evs)
    evs = coder.code("Kenyan protesters urged President William Ruto to step down.", date="2024-07-02")
    assert ("KENOPP", "KENGOV", "0241") in triples(evs)


def test_naming_in_words_of_praise_is_praise(coder):
    evs = coder.code("The German chancellor called India a reliable partner.", date="2023-02-25")
    assert ("DEUGOV", "IND", "051") in triples(evs)
    evs = coder.code("Borrell called Serbia's decision a positive step.", date="2023-02-25")
    assert ("IGOEUREEC", "SRB", "051") in triples(evs)
    assert not any(e.cameo.root == "02" for e in evs)
    # a phrase of several words; what is named is told as done
    evs = coder.code("Moscow called the Ukrainian strike an act of war.", date="2023-05-03")
    assert ("RUS", "UKR", "111") in triples(evs)
    evs = coder.code("Zelensky described Russia's strike on the hospital as an act of war.", date="2023-05-03")
    assert ("UKRGOV", "RUS", "111") in triples(evs)
    assert any(e.source.code == "RUS" and e.cameo.root == "19" for e in evs)
    # the name given is no event of its own
    evs = coder.code("Hezbollah called the strike an Israeli aggression.", date="2023-05-03")
    assert not any(e.cameo.root == "19" for e in evs)
    # words of rivalry are no praise
    evs = coder.code("Biden called China an important competitor and a serious threat.", date="2023-05-03")
    assert ("USAGOV", "CHN", "111") in triples(evs)
    assert not any(e.cameo.root == "05" for e in evs)
    # dismissing a warrant officer is no rejection
    evs = coder.code("The Nigerian army dismissed a warrant officer over the killings.", date="2023-05-03")
    assert not any(e.cameo.root == "12" for e in evs)


def test_a_proposal_for_a_ceasefire_with_someone_is_a_ceasefire_with_them(coder):
    evs = coder.code("Ukraine accepted a U.S. proposal for a ceasefire with Russia on Tuesday.", date="2025-03-11")
    assert ("UKR", "RUS", "0871") in triples(evs)
    # (only the other party to it: a plan for a memorial to someone is no plan put to them)
    evs = coder.code("Gordon Brown unveiled plans for a memorial to the Queen Mother.", date="2005-03-01")
    assert not evs


def test_the_kind_of_aid_is_no_one_it_is_cut_to(coder):
    evs = coder.code("The Netherlands and Switzerland suspended military aid and weapons deals with Pakistan.",
                     date="1998-05-30")
    assert {("NLD", "PAK", "162"), ("CHE", "PAK", "162")} <= triples(evs)
    assert not any(e.target.code == "MIL" for e in evs)
    # an opposition's demand is still the opposition's
    evs = coder.code("The Zambian government rejected an opposition demand for early elections.", date="2016-08-20")
    assert ("ZMBGOV", "ZMBOPP", "120") in triples(evs)
