"""The gazetteer's regions: the provinces and states of every country (ISO 3166-2, built into
data/places.tsv by scripts/build_places.py). A region counts like a town under 100,000 people:
after a preposition of place ("in Borno") or before a region noun ("Borno state"), never as
an actor alone; names that are words, personal names or another country's place stay out."""

from __future__ import annotations

import pytest

from eventcoder.actors import load_places


@pytest.fixture(scope="module")
def places():
    return load_places()


def _located(events, country):
    return [e for e in events if not e.negated and e.location is not None and e.location.country == country]


# -- the table ----------------------------------------------------------------------------------


def test_regions_have_a_country_and_no_coordinates(places):
    for name, country in [("Borno", "NGA"), ("Helmand", "AFG"), ("Jawzjan", "AFG"), ("Jowzjan", "AFG"),
                          ("Khyber Pakhtunkhwa", "PAK"), ("Balochistan", "PAK"), ("Baluchistan", "PAK"),
                          ("North Kivu", "COD"), ("Ituri", "COD"), ("Tigray", "ETH"), ("Oromia", "ETH"),
                          ("Rakhine", "MMR"), ("Kachin", "MMR"), ("Cabo Delgado", "MOZ"), ("Anbar", "IRQ"),
                          ("Nineveh", "IRQ"), ("Salahuddin", "IRQ"), ("Hodeidah", "YEM"), ("Kidal", "MLI"),
                          ("North Sinai", "EGY"), ("Crimea", "UKR"), ("Chechnya", "RUS"), ("Xinjiang", "CHN")]:
        pl = places[name]
        assert (pl.country, pl.kind) == (country, "region"), name
        assert pl.lat is None and pl.lon is None and pl.population == 0


def test_a_city_of_the_same_country_or_a_large_one_keeps_its_name(places):
    # Donetsk, Kharkiv and Kandahar are cities and regions of the same country: the city row
    # (with coordinates) stays; Gaza (Mozambique's province) leaves the Palestinian city alone
    for name, country in [("Donetsk", "UKR"), ("Kharkiv", "UKR"), ("Kandahar", "AFG"), ("Gaza", "PSE"),
                          ("Marib", "YEM"), ("Mopti", "MLI")]:
        pl = places[name]
        assert (pl.country, pl.kind) == (country, "city"), name
        assert pl.lat is not None


def test_a_small_foreign_town_gives_its_name_to_the_region(places):
    # Borno was a German town of 19,000 people; Bethlehem a South African town larger than
    # the Palestinian one
    assert places["Borno"].country == "NGA"
    assert places["Bethlehem"].country == "PSE"


def test_us_states_beat_foreign_towns(places):
    # "Florida" was a Cuban town, "Virginia" a South African city, "Montana" a Bulgarian town
    for name in ("Florida", "Virginia", "Montana", "Colorado", "Delaware"):
        assert (places[name].country, places[name].kind) == ("USA", "us_state"), name


def test_words_names_and_shared_names_are_no_regions(places):
    regions = {n for n, pl in places.items() if pl.kind == "region"}
    # generic words, ordinary English words, personal names, country names, a sea
    for name in ("Central", "Northern", "Western", "Eastern", "Southern", "Capital", "Coast", "Lakes", "Islands",
                 "North-West", "Far North", "Delta", "Rivers", "Plateau", "Cross River", "Unity", "Bay", "Pool",
                 "Meta", "Mon", "Chin", "Free", "Maritime", "Red Sea", "Long Island", "Guerrero", "Miranda",
                 "Magdalena", "Lara", "Cesar", "Niger", "Somali", "Gaza", "Taiwan", "Mexico", "Ulster", "Palmyra"):
        assert name not in regions, name
    # a name two countries' regions share goes to neither (Punjab of India and of Pakistan)
    assert "Punjab" not in places
    # a town better known than the foreign region keeps its name
    assert places["Canterbury"].country == "GBR"
    assert places["Acre"].country == "ISR"
    assert "Palmyra" not in places or places["Palmyra"].country == "SYR"


# -- in text ------------------------------------------------------------------------------------


def test_state_after_in_gives_the_country(coder):
    evs = coder.code("Boko Haram fighters killed 12 villagers in Borno state on Sunday.", date="2020-05-01")
    assert evs
    assert any(e.target.code and e.target.code.startswith("NGA") for e in evs)
    assert _located(evs, "NGA") and not _located(evs, "DEU")


def test_province_after_in_gives_the_country(coder):
    evs = coder.code("Taliban fighters attacked an army checkpoint in Helmand province.", date="2020-05-01")
    assert ("AFGREB", "AFGMIL") in {(e.source.code, e.target.code) for e in evs}
    assert _located(evs, "AFG")
    evs = coder.code("Gunmen killed five soldiers in Jawzjan province on Tuesday.", date="2020-05-01")
    assert any(e.target.code == "AFGMIL" for e in evs) and _located(evs, "AFG")
    evs = coder.code("Islamic State militants attacked a police post in Anbar province, killing three officers.",
                     date="2020-05-01")
    assert any(e.target.code == "IRQCOP" for e in evs) and _located(evs, "IRQ")


def test_region_named_without_its_noun(coder):
    evs = coder.code("Militants attacked a military convoy in Khyber Pakhtunkhwa, killing four soldiers.",
                     date="2020-05-01")
    assert any(e.target.code == "PAKMIL" for e in evs) and _located(evs, "PAK")
    evs = coder.code("Rebels attacked a UN base in North Kivu.", date="2020-05-01")
    assert ("REB", "IGOUNO") in {(e.source.code, e.target.code) for e in evs} and _located(evs, "COD")
    evs = coder.code("Insurgents attacked a police station in Cabo Delgado.", date="2020-05-01")
    assert ("MOZREB", "MOZCOP") in {(e.source.code, e.target.code) for e in evs}
    evs = coder.code("Militants attacked a checkpoint in North Sinai.", date="2020-05-01")
    assert _located(evs, "EGY")


def test_region_the_tagger_calls_a_nationality(coder):
    # the small model tags "Kidal" NORP; after "in" or "the region of" it is the place
    evs = coder.code("Jihadists killed ten soldiers in the northern region of Kidal.", date="2020-05-01")
    assert any(e.target.code == "MLIMIL" for e in evs) and _located(evs, "MLI")
    evs = coder.code("Jihadists killed ten soldiers in Kidal.", date="2020-05-01")
    assert _located(evs, "MLI")


def test_region_before_its_noun_without_a_preposition(coder):
    evs = coder.code("Nigerian jets bombed Borno state.", date="2020-05-01")
    assert ("NGAMIL", "NGA") in {(e.source.code, e.target.code) for e in evs} and _located(evs, "NGA")
    evs = coder.code("Ethiopian jets bombed Tigray region overnight.", date="2020-05-01")
    assert _located(evs, "ETH")


def test_region_that_is_also_a_city(coder):
    evs = coder.code("Russian forces shelled the Donetsk region overnight.", date="2020-05-01")
    assert ("RUSMIL", "UKR", "19") in {(e.source.code, e.target.code, e.cameo.root) for e in evs}
    assert _located(evs, "UKR")
    # a nominal with no actor may code nothing; whatever it codes is in Ukraine
    evs = coder.code("Shelling hit the Donetsk region overnight, killing two civilians.", date="2020-05-01")
    assert all(e.location.country == "UKR" for e in evs if e.location is not None)


def test_us_state_and_a_town_it_no_longer_hides(coder):
    evs = coder.code("Police arrested ten protesters in Florida.", date="2020-05-01")
    assert ("USACOP", "USAOPP") in {(e.source.code, e.target.code) for e in evs}
    assert _located(evs, "USA") and not _located(evs, "CUB")
    evs = coder.code("Israeli police arrested two men in Acre.", date="2020-05-01")
    assert _located(evs, "ISR") and not _located(evs, "BRA")


def test_region_alone_is_no_actor(coder):
    # like a small town, a region's name without a preposition or region noun is no actor:
    # "Kachin" here names a people, "Shan" a person
    evs = coder.code("Kachin leaders met Chinese officials in Beijing.", date="2020-05-01")
    assert not any(e.source.code == "MMR" or e.target.code == "MMR" for e in evs)
    evs = coder.code("Vice Premier Shan criticised the United States on Monday.", date="2020-05-01")
    assert not any("MMR" in (e.source.code or "", e.target.code or "") for e in evs)
