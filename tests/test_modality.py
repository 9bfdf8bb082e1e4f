"""What is asked, intended or refused: pushing a state to act, petitions, refusals said now,
headlines of things to come, vows of punishment; help among a group is no aid. Also the
weapon a shooting names."""

from __future__ import annotations

from conftest import triples


def test_pushing_a_state_to_act_is_a_demand_and_what_it_is_pushed_to_is_no_event(coder):
    evs = coder.code("The United States pushed Hungary to drop its veto on aid for Ukraine.", date="2023-12-14")
    assert ("USA", "HUN", "100") in triples(evs)
    evs = coder.code("ASEAN to push Australia, New Zealand to sign non-aggression pact.", date="2004-11-29")
    assert not any(e.cameo.code == "057" for e in evs)
    # pushing a rival off the top of a chart, or pushing into a town, is no demand
    assert not coder.code("The US is poised to push Japan off the top of the supercomputing chart.",
                          date="2004-09-29")
    assert not coder.code("Israeli troops pushed into Rafah on Tuesday.", date="2024-05-07")


def test_what_a_court_is_petitioned_to_do_is_not_done(coder):
    evs = coder.code("Human rights groups petitioned the court to file a case against China.", date="2004-09-01")
    assert not any(e.cameo.code == "115" for e in evs)


def test_a_refusal_said_now_is_no_hypothesis(coder):
    evs = coder.code("Japan won't release the Chinese captain, a government spokesman said.", date="2010-09-20")
    refusals = [e for e in evs if e.cameo.root == "12"]
    assert refusals and not any(e.hypothetical for e in refusals)
    # a refusal under a condition stays one
    evs = coder.code("Putin will not attend the summit unless the sanctions are lifted.", date="2014-09-01")
    assert not any(e.cameo.root == "12" and not e.hypothetical for e in evs)


def test_a_headline_of_a_visit_to_come_is_hypothetical(coder):
    evs = coder.code("German leader to arrive in Beijing.", date="2004-12-05")
    assert evs and all(e.hypothetical for e in evs)


def test_a_vow_of_punishment_is_a_threat(coder):
    evs = coder.code("Supreme Leader Ayatollah Ali Khamenei vowed harsh punishment for Israel.", date="2024-07-31")
    assert ("IRNGOV", "ISR", "138") in triples(evs)


def test_shooting_by_armed_forces_is_small_arms_fire(coder):
    evs = coder.code("Israeli troops shot dead two Palestinian militants in Gaza.", date="2004-09-01")
    assert any(e.source.code == "ISRMIL" and e.cameo.code == "193" for e in evs)
    evs = coder.code("Kenyan police shot dead three protesters in Nairobi.", date="2024-06-25")
    assert ("KENCOP", "KENOPP", "175") in triples(evs)


def test_helping_one_another_is_no_aid(coder):
    assert not coder.code("Japan, Germany, India and Brazil formed a lobbying group to help one another get "
                          "permanent seats on the Security Council.", date="2004-09-22")
    evs = coder.code("The United States helped Liberia fight Ebola.", date="2014-10-01")
    assert ("USA", "LBR", "070") in triples(evs)
    # aid given to help someone names whom it helps
    evs = coder.code("The German government has earmarked 1.5 million euros in emergency aid to help Haiti cope "
                     "with the devastation.", date="2010-01-13")
    assert ("DEUGOV", "HTI", "070") in triples(evs)
