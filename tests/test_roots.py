"""Every CAMEO root 01-20 is coded from ordinary wire-story sentences.

Each case is a sentence written for this test, the article date, and one
(source code, target code, CAMEO root) triple that must be among the
non-negated events coded from it.
"""

from __future__ import annotations

import pytest
from conftest import roots, triples

# (root, sentence, expected (source, target, root), article date)
CASES: list[tuple[str, str, tuple[str, str, str], str]] = [
    # 01 make public statement (marked statements only: praise, condolences, denial)
    ("01", "Japan voiced optimism about the talks with South Korea on wartime labour.",
     ("JPN", "KOR", "01"), "2023-03-01"),
    ("01", "Pakistan deplored India's decision to revoke Kashmir's special status.",
     ("PAK", "IND", "01"), "2019-08-06"),
    ("05", "Germany welcomed Poland's decision to raise defence spending.",
     ("DEU", "POL", "05"), "2024-02-15"),
    ("05", "The Kremlin praised China for its balanced position on the war.",
     ("RUSGOV", "CHN", "05"), "2023-03-01"),
    ("01", "Japan expressed condolences to Turkey after the earthquake.",
     ("JPN", "TUR", "01"), "2023-02-07"),
    ("01", "Iran denied responsibility for the drone attack on Saudi oil facilities.",
     ("IRN", "SAU", "01"), "2019-09-16"),
    # 02 appeal
    ("02", "Ukraine appealed to the European Union for more air defence systems.",
     ("UKR", "IGOEUREEC", "02"), "2024-04-20"),
    ("02", "The United Nations called on Israel to allow humanitarian aid into Gaza.",
     ("IGOUNO", "ISR", "02"), "2023-11-10"),
    ("02", "Pakistan urged India to resume talks over Kashmir.",
     ("PAK", "IND", "02"), "2021-03-20"),
    # 03 express intent to cooperate
    ("03", "France offered to help Lebanon rebuild the port of Beirut.",
     ("FRA", "LBN", "03"), "2020-08-06"),
    ("03", "China pledged to expand trade with Brazil.",
     ("CHN", "BRA", "03"), "2023-04-14"),
    ("03", "Saudi Arabia promised to provide financial aid to Pakistan.",
     ("SAU", "PAK", "03"), "2023-01-12"),
    # 04 consult
    ("04", "Vladimir Putin met Xi Jinping in Beijing on Thursday.",
     ("RUSGOV", "CHNGOV", "04"), "2024-05-17"),
    ("04", "The Japanese prime minister visited Australia last week.",
     ("JPNGOV", "AUS", "04"), "2023-01-10"),
    ("04", "India's foreign minister held talks with his Chinese counterpart in Moscow.",
     ("INDGOV", "CHNGOV", "04"), "2020-09-11"),
    ("04", "Germany's chancellor spoke by telephone with the French president.",
     ("DEUGOV", "FRAGOV", "04"), "2024-01-01"),
    # 05 engage in diplomatic cooperation
    ("05", "Saudi Arabia and Iran restored diplomatic relations.",
     ("SAU", "IRN", "05"), "2023-03-10"),
    ("05", "Britain and Japan signed a defence agreement in London.",
     ("GBR", "JPN", "05"), "2023-01-11"),
    ("05", "Brazil recognised Palestine as an independent state.",
     ("BRA", "PSE", "05"), "2010-12-03"),
    ("05", "Australia apologised to Indonesia over the spying scandal.",
     ("AUS", "IDN", "05"), "2013-11-20"),
    # 06 engage in material cooperation
    ("06", "Japan and the Philippines held joint naval exercises in the South China Sea.",
     ("JPN", "PHL", "06"), "2023-06-01"),
    ("06", "The United States shared intelligence with Ukraine on Russian troop movements.",
     ("USA", "UKR", "06"), "2022-04-20"),
    ("06", "Colombia extradited a drug lord to the United States.",
     ("COL", "USA", "06"), "2022-05-05"),
    # 07 provide aid
    ("07", "Britain delivered Storm Shadow cruise missiles to Ukraine.",
     ("GBR", "UKR", "07"), "2023-05-11"),
    ("07", "Turkey sent rescue teams to Syria after the earthquake.",
     ("TUR", "SYR", "07"), "2023-02-08"),
    ("07", "The World Bank approved a $500 million loan to Kenya.",
     ("IGOUNODEVWBK", "KEN", "07"), "2023-05-25"),
    # 08 yield
    ("08", "The United States lifted sanctions on Venezuela's oil sector.",
     ("USA", "VEN", "08"), "2023-10-19"),
    ("08", "Israel withdrew its troops from southern Lebanon.",
     ("ISR", "LBN", "08"), "2000-05-24"),
    ("08", "Russia freed an American journalist in a prisoner swap.",
     ("RUS", "USAMED", "08"), "2024-08-02"),
    # 09 investigate
    ("09", "The European Union launched an investigation into Chinese electric car subsidies.",
     ("IGOEUREEC", "CHN", "09"), "2023-10-04"),
    ("09", "The United Nations investigated reports of abuses by Ethiopian troops in Tigray.",
     ("IGOUNO", "ETHMIL", "09"), "2021-11-03"),
    ("09", "The International Criminal Court opened an investigation into alleged war crimes "
           "by Russia in Ukraine.",
     ("IGOJUDICC", "RUS", "09"), "2022-03-03"),
    # 10 demand
    ("10", "China demanded that the United States stop arms sales to Taiwan.",
     ("CHN", "USA", "10"), "2023-04-01"),
    ("10", "Poland demanded that Russia return the wreckage of the presidential plane.",
     ("POL", "RUS", "10"), "2018-04-10"),
    ("10", "Azerbaijan demanded the withdrawal of Armenian troops from Nagorno-Karabakh.",
     ("AZE", "ARMMIL", "10"), "2023-09-19"),
    # 11 disapprove
    ("11", "Ukraine accused Russia of deporting children from occupied territories.",
     ("UKR", "RUS", "11"), "2023-03-17"),
    ("11", "France condemned Iran's detention of two French citizens.",
     ("FRA", "IRN", "11"), "2022-05-12"),
    ("11", "The United States criticised China over its military drills near Taiwan.",
     ("USA", "CHN", "11"), "2022-08-05"),
    # 12 reject
    ("12", "Israel rejected a United Nations call for a ceasefire in Gaza.",
     ("ISR", "IGOUNO", "12"), "2023-12-09"),
    ("12", "North Korea rejected South Korea's offer of talks.",
     ("PRK", "KOR", "12"), "2022-08-19"),
    ("12", "Russia dismissed Ukraine's peace plan.",
     ("RUS", "UKR", "12"), "2022-11-16"),
    # 13 threaten
    ("13", "Turkey threatened to block Sweden's bid to join NATO.",
     ("TUR", "SWE", "13"), "2022-05-13"),
    ("13", "North Korea threatened the United States with a nuclear strike.",
     ("PRK", "USA", "13"), "2017-08-09"),
    ("13", "Washington threatened Beijing with new tariffs.",
     ("USA", "CHN", "13"), "2019-05-06"),
    # 14 protest
    ("14", "Thousands of Pakistanis protested against France in Lahore.",
     ("PAKCVL", "FRA", "14"), "2020-10-30"),  # people of Pakistan, not its state
    ("14", "Georgian opposition supporters rallied against the government in Tbilisi.",
     ("GEOOPP", "GEOGOV", "14"), "2024-05-12"),
    ("14", "Hundreds of Iranians demonstrated outside the British embassy in Tehran.",
     ("IRNCVL", "GBRGOV", "14"), "2020-01-12"),
    # 15 exhibit force posture
    ("15", "Russia massed troops on its border with Ukraine.",
     ("RUS", "UKR", "15"), "2021-11-20"),
    ("15", "India mobilized troops along its border with Pakistan.",
     ("IND", "PAK", "15"), "2002-01-02"),
    ("15", "China staged large-scale military drills around Taiwan.",
     ("CHN", "TWN", "15"), "2023-04-09"),
    # 16 reduce relations
    ("16", "The European Union imposed fresh sanctions on Iran over its drone deliveries to Russia.",
     ("IGOEUREEC", "IRN", "16"), "2022-10-20"),
    ("16", "Algeria recalled its ambassador from Spain.",
     ("DZA", "ESP", "16"), "2022-03-19"),
    ("16", "Bolivia severed diplomatic ties with Israel.",
     ("BOL", "ISR", "16"), "2023-11-01"),
    ("16", "Niger expelled the French ambassador.",
     ("NER", "FRAGOV", "16"), "2023-08-26"),
    # 17 coerce
    ("17", "China detained two Canadians on spying charges.",
     ("CHN", "CANCVL", "17"), "2019-05-16"),
    ("17", "Iranian forces seized a Greek oil tanker in the Gulf.",
     ("IRNMIL", "GRC", "17"), "2022-05-27"),
    ("17", "Israel demolished Palestinian homes in the West Bank.",
     ("ISR", "PSE", "17"), "2023-02-05"),
    # 18 assault
    ("18", "Syrian rebels abducted a Turkish journalist near Aleppo.",
     ("SYRREB", "TURMED", "18"), "2013-08-15"),
    ("18", "Russian soldiers tortured Ukrainian civilians in occupied Kherson.",
     ("RUSMIL", "UKRCVL", "18"), "2022-11-20"),
    ("18", "Colombian rebels kidnapped a Spanish businessman.",
     ("COLREB", "ESPBUS", "18"), "2015-03-03"),
    # 19 fight
    ("19", "Russian forces shelled the Ukrainian city of Kharkiv.",
     ("RUSMIL", "UKR", "19"), "2022-03-01"),
    ("19", "Israeli warplanes bombed targets in Syria.",
     ("ISRMIL", "SYR", "19"), "2023-10-12"),
    ("19", "Azerbaijani troops clashed with Armenian forces along the border.",
     ("AZEMIL", "ARMMIL", "19"), "2022-09-13"),
    # 20 use unconventional mass violence
    ("20", "Iraqi forces used mustard gas against Iranian troops during the war.",
     ("IRQMIL", "IRNMIL", "20"), "1988-03-20"),
    ("20", "Russian troops massacred Ukrainian civilians in Bucha.",
     ("RUSMIL", "UKRCVL", "20"), "2022-04-03"),
]

ROOTS = [f"{i:02d}" for i in range(1, 21)]


def _case_id(case: tuple[str, str, tuple[str, str, str], str]) -> str:
    root, text, _, _ = case
    return f"{root}-" + "_".join(text.split()[:5]).strip(".,")


def test_every_root_has_at_least_two_sentences():
    for root in ROOTS:
        assert sum(1 for c in CASES if c[0] == root) >= 2, root
    for root, _, expected, _ in CASES:
        assert expected[2] == root


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_root_is_coded(coder, case):
    _, text, expected, date = case
    events = coder.code(text, date=date)
    got = roots(events)
    assert expected in got, f"{text!r}: expected {expected}, coded {sorted(got)}"


def test_every_root_has_a_pattern(coder):
    have = {p.code[:2] for p in coder.patterns.by_id.values()}
    missing = [r for r in ROOTS if r not in have]
    assert not missing, f"roots without any pattern: {missing}"


def test_name_calling_and_invective_are_denunciations(coder):
    evs = coder.code("North Korea hurled invective at President Bush on Tuesday, calling him a political "
                     "idiot.", date="2004-08-24")
    assert ("PRK", "USAGOV", "111") in triples(evs)
    evs = coder.code("China called the Taiwanese leader a traitor.", date="2004-08-24")
    assert ("CHN", "TWNGOV", "111") in triples(evs)
    assert not any(e.cameo.code == "041" for e in evs)  # no phone call
    # "called Putin on Monday" is a phone call, "called on Putin to ..." an appeal
    evs = coder.code("Bush called Putin on Monday.", date="2004-08-24")
    assert ("USAGOV", "RUSGOV", "041") in triples(evs)
    evs = coder.code("Bush called on Putin to release the prisoners.", date="2004-08-24")
    assert ("USAGOV", "RUSGOV", "02") in roots(evs)


def test_calling_off_and_calling_names(coder):
    evs = coder.code("Iran called off talks with the EU on Monday.", date="2005-08-01")
    assert ("IRN", "IGOEUREEC", "125") in triples(evs)
    evs = coder.code("French president Jacques Chirac has called the UK's rebate from the European Union "
                     "unjustified.", date="2005-06-10")
    assert ("FRAGOV", "GBR", "111") in triples(evs)
    evs = coder.code("China called the US visit a provocation.", date="2005-06-10")
    assert ("CHN", "USA", "111") in triples(evs) and not any(e.cameo.root == "12" for e in evs)
    evs = coder.code("The EU called on Iran to resume talks.", date="2005-08-01")
    assert ("IGOEUREEC", "IRN", "026") in triples(evs)


def test_asking_to_lift_sanctions_needs_lifting(coder):
    evs = coder.code("Russia urged the EU to lift sanctions on Belarus.", date="2024-05-01")
    assert ("RUS", "IGOEUREEC", "0254") in triples(evs)
    evs = coder.code("The UN called on Khartoum to restore security in Darfur or face possible sanctions.",
                     date="2004-09-18")
    assert any(e.target.country == "SDN" and e.cameo.root == "02" for e in evs)
    assert not any(e.cameo.code == "0254" for e in evs)


def test_an_agreement_signed_with_another_is_signed_by_both(coder):
    evs = coder.code("Moldova signed a free trade agreement with the European Union in Brussels on Friday.",
                     date="2014-06-27")
    assert {("MDA", "IGOEUREEC", "057"), ("IGOEUREEC", "MDA", "057")} <= {
        (e.source.code, e.target.code, e.cameo.code) for e in evs}


def test_a_demand_that_someone_resign_with_the_verb_parsed_as_a_noun(coder):
    # the parser makes "resign" a noun and the one asked to resign its modifier
    evs = coder.code("Protesters in Seoul demanded that President Yoon Suk Yeol resign.", date="2024-12-04")
    assert ("KOROPP", "KORGOV", "1041") in triples(evs)
    # not a wish others voice: no resignation
    evs = coder.code("Analysts suggested that President William Ruto resign.", date="2024-07-02")
    assert not any(e.cameo.root == "08" for e in evs)
