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
    # pushing a rival off the top of a chart, or forces to a river bank, is no demand; nor is
    # pushing troops into a region to attack
    assert not coder.code("The US is poised to push Japan off the top of the supercomputing chart.",
                          date="2004-09-29")
    assert not coder.code("Ukrainian troops pushed Russian forces to the east bank of the Dnipro on Friday.",
                          date="2022-11-11")
    evs = coder.code("Russia pushed more troops into the Kharkiv region on Friday to attack Ukrainian positions.",
                     date="2024-05-10")
    assert ("RUS", "UKR", "190") in triples(evs) and not any(e.cameo.root == "10" for e in evs)


def test_what_a_body_is_petitioned_to_do_is_not_done(coder):
    evs = coder.code("Tibetan activists petitioned the United Nations to impose sanctions on China.", date="2008-03-20")
    assert ("CHNOPP", "IGOUNO", "020") in triples(evs)
    assert not any(e.cameo.code == "163" for e in evs)


def test_a_refusal_said_now_is_no_hypothesis(coder):
    evs = coder.code("Japan won't release the Chinese captain, a government spokesman said.", date="2010-09-20")
    refusals = [e for e in evs if e.cameo.root == "12"]
    assert refusals and not any(e.hypothetical for e in refusals)
    # a refusal under a condition is to come
    evs = coder.code("Russia will not release the prisoners unless Ukraine frees its soldiers.", date="2022-06-01")
    refusals = [e for e in evs if e.cameo.root == "12"]
    assert refusals and all(e.hypothetical for e in refusals)


def test_a_headline_of_a_visit_to_come_is_hypothetical(coder):
    evs = coder.code("German leader to arrive in Beijing.", date="2004-12-05")
    assert evs and all(e.hypothetical for e in evs)


def test_a_vow_of_retribution_is_a_threat(coder):
    evs = coder.code("Supreme Leader Ayatollah Ali Khamenei vowed retribution against Israel.", date="2024-07-31")
    assert ("IRNGOV", "ISR", "138") in triples(evs)
    # punishment of one's own officials is no threat of force
    evs = coder.code("Kim Jong Un vowed harsh punishment for officials who failed to prevent the flood damage.",
                     date="2024-07-31")
    assert not any(e.cameo.code == "138" for e in evs)


def test_shooting_by_armed_forces_is_small_arms_fire(coder):
    evs = coder.code("Israeli troops shot dead two Palestinian militants in Gaza.", date="2004-09-01")
    assert any(e.source.code == "ISRMIL" and e.cameo.code == "193" for e in evs)
    evs = coder.code("Kenyan police shot dead three protesters in Nairobi.", date="2024-06-25")
    assert ("KENCOP", "KENOPP", "175") in triples(evs)
    # militants killed amid unrest are fought, not repressed
    evs = coder.code("Pakistani security forces killed four militants amid unrest in Balochistan.", date="2024-06-25")
    assert any(e.cameo.code == "190" for e in evs) and not any(e.cameo.code == "175" for e in evs)


def test_helping_one_another_is_no_aid(coder):
    assert not coder.code("Japan, Germany, India and Brazil formed a lobbying group to help one another get "
                          "permanent seats on the Security Council.", date="2004-09-22")
    evs = coder.code("The United States helped Liberia fight Ebola.", date="2014-10-01")
    assert ("USA", "LBR", "070") in triples(evs)
    evs = coder.code("Russia helped Iran build another nuclear reactor.", date="2014-10-01")
    assert ("RUS", "IRN", "070") in triples(evs)
    # aid given to help someone names whom it helps
    evs = coder.code("The German government has earmarked 1.5 million euros in emergency aid to help Haiti cope "
                     "with the devastation.", date="2010-01-13")
    assert ("DEUGOV", "HTI", "070") in triples(evs)


def test_the_purpose_of_an_announced_act_is_announced_too(coder):
    evs = coder.code("Japan will send 300 army engineers to help Nepal rebuild after the earthquake, the defence "
                     "ministry said on Monday.", date="2015-04-27")
    aid = [e for e in evs if e.source.code.startswith("JPN") and e.target.code.startswith("NPL")]
    assert aid and all(e.cameo.root == "03" and e.hypothetical for e in aid)
    # sent: the help was given
    evs = coder.code("Japan sent 300 army engineers to help Nepal rebuild after the earthquake.", date="2015-04-27")
    assert any(e.source.code.startswith("JPN") and e.target.code.startswith("NPL") and e.cameo.root == "07"
               and not e.hypothetical for e in evs)


def test_a_vow_of_force_is_a_threat_and_a_vowed_expulsion_an_expulsion(coder):
    # (an act of force outside the words of the pattern threaten.vow_force)
    evs = coder.code("North Korea vowed on Sunday to shoot down any U.S. spy plane that enters its airspace.",
                     date="2017-09-24")
    assert ("PRK", "USAMIL", "138") in triples(evs)
    assert not any(e.cameo.root == "19" for e in evs)
    # down a chain of infinitives too
    evs = coder.code("Hezbollah vowed to keep firing rockets at Israel.", date="2023-10-20")
    assert any(e.cameo.root == "13" and e.target.code == "ISR" for e in evs)
    # an act joined to the vow was done, no threat
    evs = coder.code("Israel vowed revenge and launched air strikes on Gaza on Sunday.", date="2024-04-07")
    assert any(e.source.code == "ISR" and e.cameo.root == "19" for e in evs)
    assert not any(e.cameo.root == "13" for e in evs)
    evs = coder.code("The prime minister pledged on Monday to expel the Russian diplomats named in the report.",
                     date="2024-04-08")
    assert not any(e.cameo.root == "13" for e in evs)


def test_an_event_named_as_a_point_in_time_is_no_event(coder):
    evs = coder.code("Senior U.S. and Russian officials held their first talks since Russia's invasion of Ukraine "
                     "in Riyadh on Tuesday.", date="2025-02-18")
    assert not any(e.cameo.root in {"18", "19", "20"} for e in evs)
    assert any(e.cameo.root == "04" for e in evs)
    evs = coder.code("Exports have fallen since the start of the Israeli blockade of Gaza.", date="2024-02-18")
    assert not any(e.cameo.root == "19" for e in evs)
    # an invasion that is the news is coded
    evs = coder.code("Russia's invasion of Ukraine on Thursday drew condemnation from NATO.", date="2022-02-24")
    assert any(e.source.code == "RUS" and e.target.code == "UKR" and e.cameo.root == "19" for e in evs)
