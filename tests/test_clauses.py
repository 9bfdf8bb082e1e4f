"""Who a clause's act is by or about when the parser leaves it to the sentence: a participle
after an order, "him" after a person held, "a move X denounced", pairs that accuse each
other, and a truce that collapsed."""

from __future__ import annotations

from conftest import triples


def test_a_participle_after_an_order_is_said_by_who_gave_the_order(coder):
    evs = coder.code("Congo ordered Rwanda's ambassador to leave the country on Saturday, accusing Kigali of "
                     "backing a renewed offensive by M23 rebels in the east.", date="2022-10-29")
    assert ("COD", "RWA", "112") in triples(evs)
    evs = coder.code("Israel barred Guterres from entering the country, accusing him of failing to condemn Iran.",
                     date="2024-10-02")
    assert ("ISR", "IGOUNO", "112") in triples(evs)
    # a participle of doing after an order is done by those ordered
    evs = coder.code("Putin ordered his troops to attack Ukraine, killing hundreds of civilians.", date="2022-03-01")
    assert not any(e.source.code == "RUSGOV" and e.cameo.root in {"18", "19", "20"} for e in evs)


def test_him_after_a_person_held_is_that_person(coder):
    evs = coder.code("Cambodian police arrested opposition leader Kem Sokha at his home, and the government "
                     "accused him of treason.", date="2017-09-03")
    assert ("KHMGOV", "KHMOPP", "1125") in triples(evs)
    # not a person named inside the phrase of the one held
    evs = coder.code("Colombian police arrested a bodyguard of President Gustavo Petro, and prosecutors accused him "
                     "of drug trafficking.", date="2024-01-01")
    assert not any(e.target.code == "COLGOV" and e.cameo.root == "11" for e in evs)


def test_a_move_someone_denounced_is_by_the_clause_that_tells_it(coder):
    evs = coder.code("Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday, a move Israeli "
                     "Foreign Minister Israel Katz denounced as a reward for terrorism.", date="2024-05-28")
    assert {("ISRGOV", "ESP", "111"), ("ISRGOV", "IRL", "111"), ("ISRGOV", "NOR", "111")} <= triples(evs)


def test_a_summing_up_noun_hung_on_the_last_noun_or_judged_as_an_adjective(coder):
    # the parser hangs "a move" on the ship, and the judgement is "as" an adjective
    evs = coder.code("Venezuelan troops boarded the Guyanese fishing vessel Lady Grace near the coast on Monday, a "
                     "move Guyana's foreign minister condemned as unlawful.", date="2024-03-04")
    assert ("GUYGOV", "VENMIL", "111") in triples(evs)
    # a strike summed up is by whoever struck
    evs = coder.code("Israeli jets bombed an air base near Homs on Tuesday, a strike Damascus denounced as a "
                     "blatant act of aggression.", date="2024-04-02")
    assert ("SYR", "ISRMIL", "111") in triples(evs)
    # an accusation summed up is the accuser's, even when it is hung inside what was alleged
    evs = coder.code("Poland accused Belarus of pushing migrants across the border, an accusation Minsk called "
                     "absolutely groundless.", date="2021-11-09")
    assert ("POL", "BLR", "112") in triples(evs)
    assert ("BLR", "POL", "111") in triples(evs)


def test_each_side_accusing_the_other(coder):
    text = ("Kyrgyz and Tajik forces fought with tanks along their disputed border on Friday, and each side "
            "accused the other of starting the clashes.")
    assert {("KGZ", "TJK", "112"), ("TJK", "KGZ", "112")} <= triples(coder.code(text, date="2022-09-16"))
    text = ("Kyrgyz and Tajik forces fought along their disputed border on Friday, and the two governments "
            "accused each other of starting the clashes.")
    assert {("KGZGOV", "TJKGOV", "112"), ("TJKGOV", "KGZGOV", "112")} <= triples(coder.code(text, date="2022-09-16"))
    # "each side" or "each country" with no "the other" is no pair
    assert not coder.code("Each side has its own army.", date="2022-09-16")
    evs = coder.code("Japan and Canada met in Tokyo. Leaders of the G7 agreed that each country would raise "
                     "defence spending.", date="2023-05-20")
    assert not any(e.sentence_index == 1 and e.target.country in {"JPN", "CAN"} for e in evs)


def test_a_truce_that_collapsed_is_no_truce(coder):
    evs = coder.code("A seven-day truce between Israel and Hamas collapsed on Friday, with both sides accusing "
                     "the other of violating its terms.", date="2023-12-01")
    assert not any(e.cameo.code == "0871" for e in evs)
    assert {("ISR", "PSEREBHMS", "112"), ("PSEREBHMS", "ISR", "112")} <= triples(evs)


def test_what_one_is_accused_of_is_no_act_of_the_accuser(coder):
    evs = coder.code("The International Criminal Court issued an arrest warrant for Vladimir Putin on Friday, "
                     "accusing the Russian president of the unlawful deportation of children from occupied "
                     "Ukraine.", date="2023-03-17")
    assert ("IGOJUDICC", "RUSGOV", "112") in triples(evs)
    assert not any(e.cameo.code == "174" for e in evs)


def test_a_state_described_by_its_region_may_be_named_earlier_in_the_sentence(coder):
    evs = coder.code("Colombia agreed on Sunday to accept deportation flights from the United States, hours after "
                     "President Donald Trump threatened sweeping tariffs against the South American country.",
                     date="2025-01-26")
    assert ("USAGOV", "COL", "1312") in triples(evs)


def test_a_visit_told_in_passing_is_no_event_of_its_own(coder):
    # the PETRARCH validation set and the human coders code the act, not the visit it was made on
    evs = coder.code("Secretary of State Mike Pompeo urged Hungary during a visit to Budapest on Monday not to let "
                     "Huawei build its network.", date="2019-02-11")
    assert triples(evs) == {("USAGOV", "HUN", "020")}


def test_a_ceremony_hosted_by_someone_hosts_those_who_take_part(coder):
    evs = coder.code("The United Arab Emirates and Bahrain signed agreements normalising relations with Israel at "
                     "the White House on Tuesday, in a ceremony hosted by President Donald Trump.", date="2020-09-15")
    assert {("USAGOV", "ARE", "043"), ("USAGOV", "BHR", "043")} <= triples(evs)


def test_a_summit_that_collapsed_was_held(coder):
    evs = coder.code("The second summit between U.S. President Donald Trump and North Korean leader Kim Jong Un "
                     "collapsed in Hanoi on Thursday.", date="2019-02-28")
    assert ("USAGOV", "PRKGOV", "040") in triples(evs)


def test_both_sides_are_the_sides_of_the_fight_the_story_told(coder):
    text = ("Armenia and Azerbaijan fought heavy battles over Nagorno-Karabakh on Sunday. "
            "Armenia declared martial law. "
            "Russian Foreign Minister Sergei Lavrov discussed the fighting by telephone with his Armenian counterpart. "
            "Turkey's president accused Armenia of occupying Azerbaijani land. "
            "France said it was deeply concerned. "
            "European Union foreign policy chief Josep Borrell called on both sides to halt hostilities immediately.")
    evs = [e for e in coder.code(text, date="2020-09-27") if e.sentence_index == 5]
    assert {e.target.country for e in evs} == {"ARM", "AZE"}


def test_they_after_the_two_countries_is_the_pair(coder):
    evs = coder.code("Serbia summoned the ambassadors of Slovenia and Croatia on Monday after the two countries "
                     "said they would recognise Kosovo's new passports.", date="2021-03-01")
    pairs = {(e.source.code, e.target.code) for e in evs if e.cameo.code.startswith("03")}
    assert {("SVN", "KSV"), ("HRV", "KSV")} <= pairs


def test_a_decision_judged_in_a_clause_of_its_own(coder):
    # the judgement parsed as a clause with its own subject, and a negative word of judgement
    evs = coder.code("Sweden ordered Huawei equipment removed from its 5G network by 2025, a decision China's "
                     "ambassador called disappointing and wrong.", date="2020-10-20")
    assert ("CHNGOV", "SWE", "111") in triples(evs)
    # judged in a passive clause
    evs = coder.code("Turkey's president declared the Chora church open to Muslim worship on Friday, a decision "
                     "swiftly condemned by Greece.", date="2020-08-21")
    assert ("GRC", "TURGOV", "111") in triples(evs)
    # the act told, not the saying of it, nor the clause it follows
    evs = coder.code("Ukraine said on Monday that Russia had shelled the Zaporizhzhia nuclear plant, a move the "
                     "United Nations condemned as reckless.", date="2022-08-08")
    assert ("IGOUNO", "RUS", "111") in triples(evs)
    evs = coder.code("Erdogan declared Hagia Sophia open to worship after a court annulled its status, a decision "
                     "condemned by Greece.", date="2020-07-10")
    assert ("GRC", "TURGOV", "111") in triples(evs)
    # a relative clause with a stranded preposition describes a place, not a judgement
    evs = coder.code("Mali expelled the French ambassador, a country it broke with last year.", date="2022-01-31")
    assert not any(e.cameo.root == "11" for e in evs)
    # "called" with the words of judgement parsed onto the noun is no telephone call
    evs = coder.code("A Turkish court jailed a German reporter pending trial on Monday, a decision Germany's "
                     "chancellor called 'bitter and disappointing'.", date="2017-02-27")
    assert not any(e.cameo.code == "041" for e in evs)


def test_the_two_and_the_two_allies_are_the_pair_named_before(coder):
    evs = coder.code("Putin hosted Erdogan in Sochi on Monday and the two agreed to hold regular talks on Syria.",
                     date="2018-09-17")
    assert {("RUSGOV", "TURGOV", "036"), ("TURGOV", "RUSGOV", "036")} <= triples(evs)
    evs = coder.code("Washington and Seoul said they would deploy the missile shield, prompting China to urge the "
                     "two allies to halt the process.", date="2016-07-08")
    assert {("CHN", "USA"), ("CHN", "KOR")} <= {(e.source.code, e.target.code) for e in evs if e.cameo.root == "02"}
    # "the two" with no pair named before is no one, nor a pair of an earlier sentence
    evs = coder.code("The two were killed in an air strike on Monday.", date="2018-09-17")
    assert not evs
    evs = coder.code("Russia and Ukraine exchanged prisoners on Monday. Two Ukrainian journalists were among those "
                     "freed. The two thanked Turkey for its mediation.", date="2022-09-22")
    assert not any(e.target.code == "TUR" for e in evs)
    # the pair the sentence before named
    evs = coder.code("Chinese President Xi Jinping met U.S. President Joe Biden in Bali on Monday. The two agreed to "
                     "resume military-to-military talks.", date="2022-11-14")
    assert {("CHNGOV", "USAGOV", "036"), ("USAGOV", "CHNGOV", "036")} <= triples(evs)


def test_a_release_demanded_in_the_sentence_that_tells_the_arrest_is_from_the_captor(coder):
    evs = coder.code("Belarusian police detained opposition activist Maria Kolesnikova in Minsk on Monday, and Germany "
                     "demanded her immediate release.", date="2020-09-07")
    assert ("DEU", "BLRCOP", "1053") in triples(evs)
    # not a release of someone else, held elsewhere
    evs = coder.code("Police in Belarus arrested dozens of protesters, and Lithuania called for the release of a "
                     "journalist held in Russia.", date="2020-09-07")
    assert not any(e.source.code == "LTU" and e.target.code == "BLRCOP" for e in evs)


def test_a_charge_someone_denied_is_denied_to_the_accuser(coder):
    evs = coder.code("Kenya's interior minister accused Somalia on Friday of arming militants along the border, a charge "
                     "Mogadishu denied.", date="2019-03-01")
    assert ("SOM", "KENGOV", "016") in triples(evs)
    evs = coder.code("Kenya accused Somalia of arming militants, a charge the Somali government denied on Saturday.",
                     date="2019-03-02")
    assert ("SOMGOV", "KEN", "016") in triples(evs)
    # a clause with an object of its own says nothing of the noun
    evs = coder.code("Kenya expelled the diplomat, a man officials said had denied the report.", date="2019-03-01")
    assert not any(e.cameo.code == "016" for e in evs)


def test_a_verb_the_parser_joins_to_what_was_said_is_the_speakers(coder):
    evs = coder.code("A State Department spokesman said the ruling was final and legally binding, and urged both China "
                     "and the Philippines to comply with it.", date="2016-07-12")
    assert {("USAGOV", "CHN"), ("USAGOV", "PHL")} <= {(e.source.code, e.target.code) for e in evs
                                                     if e.cameo.root == "02"}


def test_a_judgement_said_of_what_someone_did_is_disapproval_of_them(coder):
    evs = coder.code("Ghana's foreign minister said Togo's decision to close the border was unacceptable.",
                     date="2023-05-02")
    assert ("GHAGOV", "TGO", "111") in triples(evs)
    evs = coder.code("The Chilean president said the election results announced by Caracas were illegitimate.",
                     date="2024-07-30")
    assert ("CHLGOV", "VEN", "111") in triples(evs)
    # not a judgement denied, nor a word of judgement that is no predicate of what was done
    evs = coder.code("The UN envoy said the Russian strikes on Odesa were not a violation of the ceasefire.",
                     date="2023-05-02")
    assert not any(e.cameo.root == "11" for e in evs)
    # nor a judgement of what might be done, nor of an attack on the speaker's own state (its report
    # of the attack accuses the attacker)
    evs = coder.code("China said any arms sales by Washington to Taiwan would be illegal.", date="2019-05-14")
    assert not any(e.cameo.root == "11" for e in evs)
    evs = coder.code("Kyiv said the Russian shelling of Kharkiv was a violation of international law.",
                     date="2024-05-24")
    assert ("UKR", "RUS", "1123") in triples(evs)
    evs = coder.code("A spokesman said China would never bow to U.S. threats and blackmail.", date="2019-05-14")
    assert not any(e.cameo.root == "11" for e in evs)
    assert ("CHN", "USA", "124") in triples(evs)


def test_criticism_drawn_by_a_noun_that_sums_up_the_clause_is_of_its_doer(coder):
    evs = coder.code("The Hungarian prime minister visited Beijing on Monday, a trip that drew sharp criticism "
                     "from German officials.", date="2023-05-02")
    assert ("DEUGOV", "HUNGOV", "111") in triples(evs)
    evs = coder.code("Israel approved 3,000 settler homes on Sunday, a move which sparked criticism from the "
                     "European Union.", date="2023-05-02")
    assert ("IGOEUREEC", "ISR", "111") in triples(evs)
    # "the visit" a sentence later is the visitor's, not the host's
    evs = coder.code("The Hungarian prime minister visited Beijing on Monday. The visit drew sharp criticism "
                     "from Germany.", date="2023-05-02")
    assert ("DEU", "HUNGOV", "111") in triples(evs)
    assert not any(e.cameo.root == "11" and e.target.code == "CHN" for e in evs)


def test_a_reaction_a_clause_prompted_is_to_whoever_did_it(coder):
    evs = coder.code("Tokyo sent an envoy to the shrine, prompting China's foreign ministry to express strong "
                     "dissatisfaction.", date="2023-05-02")
    assert ("CHNGOV", "JPN", "111") in triples(evs)
    evs = coder.code("China expressed strong dissatisfaction with Japan's decision.", date="2023-05-02")
    assert ("CHN", "JPN", "111") in triples(evs)
    evs = coder.code("Tokyo sent an offering to the shrine, prompting Beijing to protest.", date="2023-05-02")
    assert ("CHN", "JPN", "114") in triples(evs)
    # an appeal a clause prompted is no reaction to whoever did it
    evs = coder.code("Russian forces shelled Kharkiv, prompting Ukraine to appeal for international help.",
                     date="2024-05-24")
    assert not any(e.cameo.root == "02" for e in evs)


def test_an_arrest_told_in_a_passive_clause_inside_a_demand_happened(coder):
    evs = coder.code("Washington demanded the release of two Ukrainian sailors who were detained by Russian "
                     "forces.", date="2018-11-27")
    assert ("RUSMIL", "UKR", "173") in triples(evs)
    # not in what is dismissed
    evs = coder.code("Russia dismissed reports about civilians who were killed by Russian soldiers in Bucha.",
                     date="2022-04-04")
    assert not any(e.cameo.root in {"18", "19", "20"} and not e.negated for e in evs)
    # soldiers named alone who detain a state's prime minister are that state's
    evs = coder.code("The United States called for the release of Prime Minister Abdalla Hamdok, who was "
                     "detained by soldiers on Monday.", date="2021-10-26")
    assert ("SDNMIL", "SDNGOV", "173") in triples(evs)
    # (not foreigners they detain)
    evs = coder.code("Soldiers detained three French journalists near the border.", date="2021-10-26")
    assert not any(e.source.code == "FRAMIL" for e in evs)


def test_a_host_or_broker_set_off_by_a_comma_receives_those_who_hold_the_talks(coder):
    evs = coder.code("Israel and Lebanon held indirect talks in Naqoura, hosted by the United Nations.",
                     date="2020-10-14")
    assert {("IGOUNO", "ISR", "043"), ("IGOUNO", "LBN", "043")} <= triples(evs)
    evs = coder.code("Iran and Saudi Arabia resumed talks, mediated by Iraq.", date="2021-04-20")
    assert {("IRQ", "IRN", "045"), ("IRQ", "SAU", "045")} <= triples(evs)
    # hosting talks with someone is still talks with the host
    evs = coder.code("Egypt hosted talks with Iran on Monday.", date="2021-04-20")
    assert ("EGY", "IRN", "046") in triples(evs)
    evs = coder.code("Talks with Iran were hosted by Egypt on Monday.", date="2021-04-20")
    assert ("EGY", "IRN", "046") in triples(evs)


def test_a_ruling_is_the_courts(coder):
    evs = coder.code("The International Court of Justice ordered Israel to halt its offensive in Rafah. South "
                     "Africa welcomed the ruling.", date="2024-05-24")
    assert ("ZAF", "IGOUNOJUDICJ", "051") in triples(evs)
    # not a court's act that rules nothing
    evs = coder.code("Pakistan's Supreme Court judges met the army chief on Monday. The opposition rejected the "
                     "ruling.", date="2024-05-24")
    assert not any(e.cameo.root == "12" for e in evs)
    evs = coder.code("The Kremlin dismissed the ICC's decision as null and void.", date="2023-03-17")
    assert ("RUSGOV", "IGOJUDICC", "120") in triples(evs)
    # dismissing a prime minister is no rejection
    evs = coder.code("Tunisia's president dismissed the prime minister on Sunday, a move the largest party "
                     "denounced as a coup.", date="2021-07-26")
    assert not any(e.cameo.root == "12" for e in evs)


def test_him_after_a_person_the_first_clause_is_about(coder):
    evs = coder.code("Colombian President Gustavo Petro announced on Wednesday that his country was breaking off "
                     "diplomatic relations with Israel, and Israel's foreign minister accused him of rewarding "
                     "Hamas.", date="2024-05-01")
    assert ("ISRGOV", "COLGOV", "112") in triples(evs)


def test_the_attack_the_sentence_told_before_is_by_its_doer(coder):
    evs = coder.code("Russian forces shelled Kharkiv overnight, and Kyiv condemned the attack.", date="2024-05-10")
    assert ("UKR", "RUSMIL", "111") in triples(evs)
    evs = coder.code("India struck nine sites in Pakistan early on Wednesday, while Islamabad called the strikes "
                     "an act of war.", date="2025-05-07")
    assert ("PAK", "IND", "111") in triples(evs)
    # not an attack denied, threatened or told in a clause on someone, nor one with a target of its own
    for text in ("Israel denied that it had struck the hospital, and Egypt condemned the attack.",
                 "Russia threatened to strike Kyiv, and the EU condemned the attack.",
                 "Ukraine, whose forces shelled Belgorod on Monday, condemned the attack on Kharkiv."):
        assert not any(e.cameo.root == "11" for e in coder.code(text, date="2024-05-24")), text


def test_a_proposal_rejected_is_its_owners_not_a_role_noun_inside_it(coder):
    evs = coder.code("Hamas's proposals for a ceasefire and a hostage exchange were rejected on Wednesday by "
                     "Benjamin Netanyahu.", date="2024-02-07")
    assert ("ISRGOV", "PSEREBHMS", "1246") in triples(evs)
    assert not any(e.target.role == "CVL" for e in evs)
