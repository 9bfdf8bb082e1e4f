"""Actor data added to organisations.yaml and groups.yaml: the Alliance of Sahel States,
state-owned and national companies (country + BUS) and breakaway administrations
(country + SEP)."""

from __future__ import annotations

import csv
from importlib import resources

import pytest
from conftest import roots, triples

from eventcoder.dictionaries import load_builtin_all

NEW = {
    # name: (code, country, role)
    "Alliance of Sahel States": ("IGO", None, None),
    "Gazprom": ("RUSBUS", "RUS", "BUS"),
    "Gazprom Neft": ("RUSBUS", "RUS", "BUS"),
    "Rosneft": ("RUSBUS", "RUS", "BUS"),
    "Rosatom": ("RUSBUS", "RUS", "BUS"),
    "Transneft": ("RUSBUS", "RUS", "BUS"),
    "Lukoil": ("RUSBUS", "RUS", "BUS"),
    "Aeroflot": ("RUSBUS", "RUS", "BUS"),
    "Naftogaz": ("UKRBUS", "UKR", "BUS"),
    "Ukrzaliznytsia": ("UKRBUS", "UKR", "BUS"),
    "Belavia": ("BLRBUS", "BLR", "BUS"),
    "Azerbaijan Airlines": ("AZEBUS", "AZE", "BUS"),
    "State Oil Company of the Azerbaijan Republic": ("AZEBUS", "AZE", "BUS"),
    "KazMunayGas": ("KAZBUS", "KAZ", "BUS"),
    "Aramco": ("SAUBUS", "SAU", "BUS"),
    "Abu Dhabi National Oil Company": ("AREBUS", "ARE", "BUS"),
    "QatarEnergy": ("QATBUS", "QAT", "BUS"),
    "National Iranian Oil Company": ("IRNBUS", "IRN", "BUS"),
    "Sonatrach": ("DZABUS", "DZA", "BUS"),
    "NNPC": ("NGABUS", "NGA", "BUS"),
    "Eskom": ("ZAFBUS", "ZAF", "BUS"),
    "PDVSA": ("VENBUS", "VEN", "BUS"),
    "Pemex": ("MEXBUS", "MEX", "BUS"),
    "Petrobras": ("BRABUS", "BRA", "BUS"),
    "China National Petroleum Corporation": ("CHNBUS", "CHN", "BUS"),
    "Sinopec": ("CHNBUS", "CHN", "BUS"),
    "China National Offshore Oil Corporation": ("CHNBUS", "CHN", "BUS"),
    "China COSCO Shipping": ("CHNBUS", "CHN", "BUS"),
    "Huawei": ("CHNBUS", "CHN", "BUS"),
    "ZTE": ("CHNBUS", "CHN", "BUS"),
    "Pridnestrovian Moldavian Republic": ("MDASEP", "MDA", "SEP"),
    "Somaliland": ("SOMSEP", "SOM", "SEP"),
    "Republic of Abkhazia": ("GEOSEP", "GEO", "SEP"),
    "South Ossetia": ("GEOSEP", "GEO", "SEP"),
    "Turkish Republic of Northern Cyprus": ("CYPSEP", "CYP", "SEP"),
    "Republic of Artsakh": ("AZESEP", "AZE", "SEP"),
}


@pytest.fixture(scope="module")
def records():
    return [o for f in load_builtin_all("organisations") for o in f.organisations]


def _strings(rec) -> set[str]:
    return {s.lower() for s in (rec.name, *rec.names, *rec.descriptions)}


def test_new_records_have_their_codes(records):
    countries = {c.code for f in load_builtin_all("countries") for c in f.countries}
    by_name = {r.name: r for r in records}
    for name, (code, country, role) in NEW.items():
        rec = by_name[name]
        assert (rec.code, rec.country, rec.role) == (code, country, role), name
        if country is not None:
            assert country in countries and rec.code == country + role, name


def test_new_strings_belong_to_one_record_and_are_no_country_or_place(records):
    new = [r for r in records if r.name in NEW]
    assert len(new) == len(NEW)
    others: dict[str, str] = {}
    for r in records:
        if r.name not in NEW:
            for s in _strings(r):
                others[s] = r.name
    for f in load_builtin_all("countries"):
        for c in f.countries:
            for s in (c.name, *c.names, *c.adjectives, *c.capitals, *(m.text for m in c.metonyms)):
                others[s.lower()] = c.code
        for s in f.not_actors:
            others[s.lower()] = "not_actors"
    with (resources.files("eventcoder") / "data" / "places.tsv").open(encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        for row in rows:
            others.setdefault(row["name"].lower(), f"places:{row['country']}")
    seen: dict[str, str] = {}
    for r in new:
        for s in _strings(r):
            assert s not in others, (s, r.name, others.get(s))
            assert seen.setdefault(s, r.name) == r.name, (s, r.name, seen[s])


# -- the Alliance of Sahel States ----------------------------------------------------------


def test_alliance_of_sahel_states_is_an_igo(coder):
    evs = coder.code("The Alliance of Sahel States condemned Algeria over the downing of a drone.",
                     date="2025-04-07")
    assert ("IGO", "DZA", "11") in roots(evs)
    evs = coder.code("Algeria accused the Alliance of Sahel States of violating its airspace.",
                     date="2025-04-08")
    assert ("DZA", "IGO", "11") in roots(evs)


def test_aes_resolves_only_after_the_full_name(coder):
    evs = coder.code("Mali, Burkina Faso and Niger formed the Alliance of Sahel States in 2023. "
                     "On Monday the AES accused Algeria of hostility.", date="2025-04-07")
    assert ("IGO", "DZA", "11") in roots(evs)
    evs = coder.code("The AES accused Ukraine of backing armed groups.", date="2025-08-01")
    assert not any(e.source.code == "IGO" for e in evs)


# -- companies -------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Gazprom halted gas supplies to Moldova on Wednesday.", ("RUSBUS", "MDA", "16")),
    ("Naftogaz sued Gazprom at an arbitration court in Switzerland.", ("UKRBUS", "RUSBUS", "11")),
    ("The United States imposed sanctions on Rosneft and Lukoil.", ("USA", "RUSBUS", "16")),
    ("Rosatom signed an agreement with Hungary to build two reactors.", ("RUSBUS", "HUN", "05")),
    ("Transneft accused Ukraine of attacking a pumping station.", ("RUSBUS", "UKR", "11")),
    ("Venezuela's PDVSA suspended oil shipments to Cuba.", ("VENBUS", "CUB", "16")),
    ("Pemex signed a deal with Cuba.", ("MEXBUS", "CUB", "05")),
    ("The United States imposed sanctions on Huawei.", ("USA", "CHNBUS", "16")),
    ("The European Union imposed sanctions on Belavia.", ("IGOEUREEC", "BLRBUS", "16")),
    ("Azerbaijan Airlines suspended flights to Russia after the crash.", ("AZEBUS", "RUS", "16")),
    ("SOCAR signed a gas deal with Syria.", ("AZEBUS", "SYR", "05")),
    ("Aramco signed a deal with China.", ("SAUBUS", "CHN", "05")),
    ("QatarEnergy signed a 27-year gas supply deal with China.", ("QATBUS", "CHN", "05")),
    ("ADNOC signed an LNG supply deal with India.", ("AREBUS", "IND", "05")),
    ("Sonatrach signed a gas deal with Italy.", ("DZABUS", "ITA", "05")),
    ("Iran's NIOC signed a contract with Russia's Gazprom.", ("IRNBUS", "RUSBUS", "05")),
    ("Petrobras halted imports from Russia.", ("BRABUS", "RUS", "16")),
    ("China's CNPC signed a gas deal with Turkmenistan.", ("CHNBUS", "TKM", "05")),
    ("COSCO Shipping signed a deal with Greece.", ("CHNBUS", "GRC", "05")),
    ("Ukrainian Railways signed a deal with Poland.", ("UKRBUS", "POL", "05")),
    ("Russia launched strikes on Ukrzaliznytsia infrastructure.", ("RUS", "UKRBUS", "19")),
])
def test_companies_are_coded_as_their_countrys_business(coder, text, expected):
    assert expected in roots(coder.code(text, date="2025-03-05"))


# -- breakaway administrations ---------------------------------------------------------------


@pytest.mark.parametrize("text, date, expected", [
    ("Transnistrian authorities accused Moldova of imposing an economic blockade.", "2025-01-10",
     ("MDASEP", "MDA", "11")),
    ("Moldova accused the Transnistrian leadership of blocking the talks.", "2025-01-11",
     ("MDA", "MDASEP", "11")),
    ("Somaliland signed a port deal with Ethiopia.", "2024-01-02", ("SOMSEP", "ETH", "05")),
    ("Abkhaz officials accused Georgia of provocations.", "2024-11-20", ("GEOSEP", "GEO", "11")),
    ("Georgia accused South Ossetia of detaining a Georgian citizen.", "2024-06-03",
     ("GEO", "GEOSEP", "11")),
    ("The Turkish Republic of Northern Cyprus rejected the UN proposal.", "2024-10-15",
     ("CYPSEP", "IGOUNO", "12")),
    ("Azerbaijan accused Artsakh authorities of violating the ceasefire.", "2023-08-14",
     ("AZE", "AZESEP", "11")),
])
def test_breakaway_administrations_are_separatists(coder, text, date, expected):
    assert expected in roots(coder.code(text, date=date))


def test_a_place_in_a_breakaway_region_stays_a_place(coder):
    # Tiraspol and bare Transnistria are places of Moldova, not the separatist administration
    evs = coder.code("Moldova's president visited Tiraspol.", date="2025-02-01")
    assert not any("SEP" in (e.source.code or "") + (e.target.code or "") for e in evs)
    evs = coder.code("Russian troops in South Ossetia detained two Georgian farmers.",
                     date="2024-06-03")
    assert evs and all(e.source.code == "RUSMIL" for e in evs)


def test_north_and_south_share_the_name(coder):
    evs = coder.code("North and South Korea reached an agreement early on Tuesday to end a tense military "
                     "standoff along their border.", date="2015-08-25")
    assert {("PRK", "KOR", "057"), ("KOR", "PRK", "057")} <= triples(evs)
    evs = coder.code("The African Union urged North and South Sudan to withdraw their troops from the disputed "
                     "Abyei area.", date="2013-05-01")
    targets = {e.target.code for e in evs if e.source.code == "IGOAFRAFU"}
    assert {"SDN", "SSD"} <= {t[:3] for t in targets}
    # a word that makes no state with the name's last word adds none ("Lawmakers Korea" is no state)
    evs = coder.code("Lawmakers and South Korea's government agreed to hold talks.", date="2015-08-25")
    assert not any(e.source.code == "PRK" or e.target.code == "PRK" for e in evs)


def test_a_role_named_by_the_states_it_rules(coder):
    evs = coder.code("The juntas ruling Mali, Burkina Faso and Niger announced on Sunday their withdrawal from "
                     "ECOWAS.", date="2024-01-28")
    assert {e.source.code for e in evs if e.target.code == "IGOWAFWAS"} == {"MLIGOV", "BFAGOV", "NERGOV"}
    # a verb of ruling names no state when its object is none ("ruling the roost")
    evs = coder.code("The junta ruling the capital with an iron fist freed 200 prisoners.", date="2024-01-28")
    assert not any(e.source.country for e in evs)


def test_all_sides_in_a_state_are_that_state(coder):
    evs = coder.code("The African Union urged all sides in Kenya to refrain from violence.",
                     date="2024-06-26")
    assert ("IGOAFRAFU", "KEN", "020") in triples(evs)
    evs = coder.code("China's foreign ministry called on all parties in Gabon to resolve their differences "
                     "through dialogue.", date="2023-08-31")
    assert ("CHNGOV", "GAB", "027") in triples(evs)
    # not the sides of a war in a state, nor all sides in a city
    evs = coder.code("The UN urged all sides in Sudan's war to protect civilians.", date="2023-08-31")
    assert not any(e.target.code == "SDN" for e in evs)
    evs = coder.code("The UN urged all sides in Jerusalem to show restraint.", date="2023-08-31")
    assert not any(e.target.country == "ISR" for e in evs)
