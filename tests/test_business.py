"""Companies named after their country ("US Airways", "Air Canada") are business, not the
state; deals between companies are commerce, not political events."""

from __future__ import annotations

from conftest import triples


def test_a_company_named_after_its_country_is_business(coder):
    evs = coder.code("Troubled carrier US Airways has asked a US bankruptcy court to impose wage cuts.",
                     date="2004-09-13")
    assert ("USABUS", "USAJUD", "020") in triples(evs)
    evs = coder.code("British Energy welcomed a decision by the European Commission to approve a rescue plan.",
                     date="2004-09-13")
    assert ("GBRBUS", "IGOEUREEC", "051") in triples(evs)
    evs = coder.code("China's Huawei Technologies Co sued the United States over the ban.", date="2019-03-07")
    assert ("CHNBUS", "USA", "115") in triples(evs)
    # the state's own organs keep the state: air forces, ministries, central banks
    evs = coder.code("Pakistan Air Force jets bombed militant hideouts in North Waziristan.", date="2014-06-15")
    assert any(e.source.code == "PAKMIL" for e in evs)
    evs = coder.code("The Russian Energy Ministry accused Ukraine of stealing gas.", date="2009-01-05")
    assert ("RUSGOV", "UKR", "112") in triples(evs)
    # a state's regulators and agencies named with a company word stay the state's
    evs = coder.code("The US Securities and Exchange Commission charged a Chinese company with fraud.",
                     date="2020-01-01")
    assert any(e.source.code == "USA" and e.target.code == "CHNBUS" for e in evs)
    evs = coder.code("Iran's Atomic Energy Organization accused Israel of sabotage.", date="2021-04-12")
    assert ("IRN", "ISR", "112") in triples(evs)
    # "West Bank" is a place, not a bank
    evs = coder.code("Israel arrested a West Bank leader of Hamas.", date="2004-09-01")
    assert not any(e.target.role == "BUS" for e in evs)


def test_deals_between_companies_are_no_political_events(coder):
    text = "Air Canada said it sealed a deal with Brazil's Embraer SA for 45 aircraft."
    assert not coder.code(text, date="2004-11-10")
    # kept when asked for
    from eventcoder import Coder
    evs = Coder(business_dyads=True).code(text, date="2004-11-10")
    assert ("CANBUS", "BRABUS", "057") in triples(evs)
    # companies the tables list for their part in politics are kept
    evs = coder.code("Gazprom cut gas supplies to Naftogaz on Thursday.", date="2009-01-01")
    assert ("RUSBUS", "UKRBUS", "162") in triples(evs)
    # a company's act toward a state is kept
    evs = coder.code("Automakers sued California over its emissions rules.", date="2019-11-14")
    assert any(e.target.country == "USA" and e.cameo.code == "115" for e in evs)
