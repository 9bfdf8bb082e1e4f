"""Whole scraped pages (issue 3): furniture removed, coreference, attribution,
quantities, dates and places read the way an analyst would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import roots

from eventcoder.boilerplate import Boilerplate, looks_hard_wrapped
from eventcoder.dictionaries import load_boilerplate

PAGES = Path(__file__).parent / "data" / "pages"


@pytest.fixture(scope="module")
def rules() -> Boilerplate:
    return Boilerplate(load_boilerplate())


@pytest.fixture(scope="module")
def beijing(coder):
    text = (PAGES / "beijing_draft.txt").read_text(encoding="utf-8")
    return text, coder.code(text, date="2026-03-07", article_id="beijing")  # a Saturday


@pytest.fixture(scope="module")
def warsaw(coder):
    text = (PAGES / "kyiv_wire.txt").read_text(encoding="utf-8")
    return text, coder.code(text, date="2026-10-14", article_id="warsaw")  # a Wednesday


def _find(events, source, target, root):
    found = [e for e in events if e.source.code == source and e.target.code == target and e.cameo.root == root]
    assert found, f"no {source}->{target} {root} in {[(e.source.code, e.target.code, e.cameo.code) for e in events]}"
    return found[0]


# -- furniture ----------------------------------------------------------------
def test_page_furniture_is_found_and_the_headline_kept(rules):
    page = rules.remove((PAGES / "beijing_draft.txt").read_text(encoding="utf-8"))
    kinds = {r.text.split()[0]: r.kind for r in page.removed}
    assert page.title == "China offers Japan a draft accord on disputed islands"
    assert kinds["THE"] == "masthead"
    assert kinds["A"] == "caption"  # photo caption ending in a credit
    assert kinds["(Video:"] == "caption"
    assert kinds["Tokyo"] == "related"  # another story's headline between paragraphs
    assert kinds["Sign"] == "prompt"
    assert kinds["Li"] == "byline"
    assert [r.kind for r in page.removed[-4:]] == ["related"] * 4  # "Read more:" and its list
    assert "China sent a draft accord" in page.text


@pytest.mark.parametrize("name", ["beijing_draft.txt", "kyiv_wire.txt"])
def test_blanked_text_keeps_every_offset(rules, name):
    text = (PAGES / name).read_text(encoding="utf-8")
    page = rules.remove(text)
    assert len(page.text) == len(text)
    for r in page.removed:
        assert page.text[r.start:r.end].strip() == ""
        assert " ".join(text[r.start:r.end].split()) == r.text


def test_no_event_comes_from_a_removed_line(coder, beijing, warsaw):
    for text, events in (beijing, warsaw):
        removed = coder.prepare(text).removed
        assert events
        for e in events:
            start, end = e.provenance.trigger_offsets
            assert text[start:end] == e.provenance.trigger
            assert not any(r.start <= start < r.end for r in removed), e.sentence
    texts = " ".join(e.sentence for _t, evs in (beijing, warsaw) for e in evs)
    for leak in ("sanctions Chinese firms", "jamming GPS", "water cannon", "Kremlin accuses", "EU leaders to weigh"):
        assert leak not in texts


def test_wire_page_furniture(rules):
    page = rules.remove((PAGES / "kyiv_wire.txt").read_text(encoding="utf-8"))
    by_kind: dict[str, list[str]] = {}
    for r in page.removed:
        by_kind.setdefault(r.kind, []).append(r.text)
    assert page.title and page.title.startswith("Poland pledges air defence batteries")
    assert "By Anna Kowalska and Tomas Brandt" in by_kind["byline"]
    assert any(t.startswith("Reporting by") for t in by_kind["byline"])
    assert "Advertisement" in by_kind["prompt"] and "Share this article" in by_kind["prompt"]
    assert "Wednesday, October 14, 2026" in by_kind["masthead"]
    assert "EU leaders to weigh new sanctions package on Russia" in by_kind["related"]
    assert any(t.startswith("Related: Kremlin") for t in by_kind["related"])


def test_short_texts_and_running_text_are_left_alone(rules):
    one = "Obama ordered an investigation against Iran"
    assert rules.remove(one).removed == ()
    story = (
        "Brazil and Argentina signed a trade accord on Monday after two years of talks.\n"
        "The deal cuts tariffs on cars and steel, officials in Brasilia said.\n"
        "Readers of the ministry's newsletter were told of the accord a week ago, the foreign minister added in a long statement to reporters.\n"
        "The measures agreed include:\n"
        "Lower tariffs on steel\n"
        "A joint customs office\n"
    )
    page = rules.remove(story)
    assert page.removed == ()  # a long line mentioning a newsletter is a paragraph; a list is kept


def test_hard_wrapped_wire_text_is_read_as_paragraphs(coder):
    text = (
        "Iran said its troops had captured an Iraqi border post east of\n"
        "Basra overnight, and Iraq accused Tehran of shelling civilian\n"
        "areas in the south of the country.\n"
        "    The official Iranian news agency said the attack began on\n"
        "Sunday after weeks of artillery exchanges along the front line\n"
        "near the marshes of the Hawizeh region, north of Basra.\n"
    )
    assert looks_hard_wrapped(text)
    doc = coder.nlp(coder.prepare(text).text)
    assert len(list(doc.sents)) == 2
    events = coder.code(text, date="1987-03-02")
    assert ("IRQ", "IRN", "11") in {(e.source.code, e.target.code, e.cameo.root) for e in events}


# -- coreference, attribution -------------------------------------------------
def test_document_stands_for_its_author(beijing):
    _text, events = beijing
    urge = next(e for e in events if e.provenance.trigger == "urges")
    assert (urge.source.code, urge.target.code, urge.cameo.code) == ("CHN", "JPN", "0256")
    assert urge.source.text == "It" and urge.source.resolved_from == "China"


def test_rejected_proposal_points_back_to_its_author_and_the_speaker_is_anonymous(beijing):
    _text, events = beijing
    rej = _find(events, "JPNGOV", "CHN", "12")
    assert rej.target.resolved_from and "proposal" in rej.target.resolved_from
    assert rej.speaker is not None and rej.speaker.anonymous
    assert rej.speaker.text == "a senior Japanese official"


def test_named_speaker_is_not_anonymous_and_rank_only_speaker_is(warsaw):
    _text, events = warsaw
    send = _find(events, "POL", "UKR", "03")
    assert send.speaker is not None and not send.speaker.anonymous
    assert send.speaker.text == "Prime Minister Donald Tusk"
    fire = next(e for e in events if e.provenance.trigger == "fired")
    assert (fire.source.code, fire.target.code, fire.cameo.root) == ("RUSMIL", "UKR", "19")
    assert fire.speaker is not None and fire.speaker.anonymous
    assert fire.speaker.text == "A Ukrainian military intelligence officer"


def test_first_person_inside_a_quote_is_the_speakers_side(coder):
    events = coder.code('"We are ready to talk with Japan without preconditions," Chinese Foreign Minister Wang Yi said.',
                        date="2026-03-07")
    talk = _find(events, "CHNGOV", "JPN", "03")
    assert talk.source.text == "We"
    assert not any(e.source.code == "JPN" for e in events)  # only China said it is ready


def test_condemned_decision_refers_to_the_last_actor(warsaw):
    _text, events = warsaw
    assert _find(events, "RUSGOV", "POL", "11").provenance.trigger == "condemned"


# -- quantities ---------------------------------------------------------------
def test_quantities_belong_to_their_events(beijing, warsaw):
    _t, events = beijing
    delivery = _find(events, "USA", "PHL", "07")
    assert {(q.value, q.unit) for q in delivery.quantities} == {(120, "anti-tank missiles"), (3, "patrol boats")}
    pledge = _find(events, "USA", "PHL", "03")
    assert [(q.value, q.unit) for q in pledge.quantities] == [(300e6, "USD")]
    assert pledge.cameo.code == "0332"  # "$300 million in military aid" is military aid
    killing = _find(events, "CHNMIL", "MMRCVL", "19")
    assert [(q.value, q.unit) for q in killing.quantities] == [(12, "people")]
    urge = next(e for e in events if e.provenance.trigger == "urges")
    assert urge.quantities == []  # "within 30 days" counts nothing
    _t, events = warsaw
    fire = next(e for e in events if e.provenance.trigger == "fired")
    assert {(q.value, q.unit) for q in fire.quantities} == {(85, "drones"), (6, "cruise missiles")}
    proposal = _find(events, "IGOEUREEC", "RUS", "02")
    assert [q.text for q in proposal.quantities] == ["300 million euros"]


# -- dates and places ---------------------------------------------------------
def test_relative_dates_resolve_against_the_article_date(beijing, warsaw):
    _t, events = beijing
    sent = next(e for e in events if e.provenance.trigger == "sent")
    assert (sent.date, sent.date_precision, sent.date_text) == (dt.date(2026, 3, 6), "day", "Friday")
    rej = _find(events, "JPNGOV", "CHN", "12")
    assert (rej.date, rej.date_precision, rej.date_text) == (dt.date(2026, 2, 23), "week", "last week")
    crit = _find(events, "JPNGOV", "CHN", "11")
    assert (crit.date, crit.date_precision) == (dt.date(2026, 3, 5), "day")
    delivery = _find(events, "USA", "PHL", "07")
    assert (delivery.date, delivery.date_precision) == (dt.date(2026, 2, 1), "month")
    _t, events = warsaw
    fire = next(e for e in events if e.provenance.trigger == "fired")
    assert fire.date == dt.date(2026, 10, 12)  # "overnight on Monday" before Wednesday the 14th
    # "after Russian drones struck power stations across western Ukraine last week"
    raid = next(e for e in events if e.provenance.trigger == "struck")
    assert (raid.source.code, raid.target.code, raid.cameo.code) == ("RUSMIL", "UKR", "195")
    assert (raid.date, raid.date_precision) == (dt.date(2026, 10, 5), "week")
    block = _find(events, "HUN", "IGOEUREEC", "12")
    assert (block.date, block.date_precision) == (dt.date(2026, 9, 1), "month")  # "since September"
    proposal = _find(events, "IGOEUREEC", "RUS", "02")
    assert (proposal.date, proposal.date_precision) == (dt.date(2026, 10, 2), "day")


def test_event_place_comes_from_the_clause_before_the_dateline(beijing, warsaw):
    _t, events = beijing
    bombing = _find(events, "CHNMIL", "MMRCVL", "19")  # the village bombed, killing 12 people
    assert bombing.location is not None and bombing.location.country == "MMR"
    urge = next(e for e in events if e.provenance.trigger == "urges")
    assert urge.location is not None and urge.location.name == "Beijing" and urge.location.reason == "dateline"
    _t, events = warsaw
    fire = next(e for e in events if e.provenance.trigger == "fired")
    assert fire.location is not None and fire.location.name == "Lviv" and fire.location.lat is not None


# -- descriptions that point back -----------------------------------------------
def test_condemned_attack_points_to_the_attacker(coder):
    events = coder.code(
        "Rebels of the M23 movement shelled a camp for displaced people near Goma on Sunday. "
        "The United Nations condemned the attack and called for an inquiry.", date="2026-05-12")
    condemn = next(e for e in events if e.provenance.trigger == "condemned")
    assert condemn.source.code == "IGOUNO"
    assert condemn.target.code == next(e for e in events if e.provenance.trigger == "shelled").source.code
    assert "attack" in (condemn.target.resolved_from or "")


def test_the_army_is_the_army_named_before(coder):
    events = coder.code(
        "Sudan's army rejected a ceasefire proposal from the African Union on Monday. "
        "A senior RSF commander, speaking on condition of anonymity, accused the army of bombing markets in Nyala.",
        date="2026-05-12")
    acc = next(e for e in events if e.provenance.trigger == "accused")
    assert (acc.source.code, acc.target.code) == ("SDNREB", "SDNMIL")  # a group's commander is the group
    assert acc.speaker is not None and acc.speaker.anonymous and acc.speaker.text == "A senior RSF commander"


def test_paper_name_above_the_headline_is_masthead(rules):
    page = rules.remove(
        "The Daily Meridian\n"
        "Sudan's army rejects ceasefire plan as fighting spreads to El Fasher\n"
        "KHARTOUM, Sudan — Sudan's army rejected a ceasefire proposal from the African Union on Monday.\n"
        "Army chief Abdel Fattah al-Burhan said the paramilitary forces must first withdraw from the cities.\n")
    assert page.title == "Sudan's army rejects ceasefire plan as fighting spreads to El Fasher"
    assert [(r.kind, r.text) for r in page.removed] == [("masthead", "The Daily Meridian")]


def test_town_after_near_is_a_place_even_when_tagged_as_an_organisation(coder):
    events = coder.code("The paramilitary Rapid Support Forces shelled a displacement camp near El Fasher, "
                        "killing at least 30 civilians.", date="2026-05-12")
    (shell,) = events  # the killing is what the shelling did
    assert (shell.provenance.trigger, shell.source.code, shell.target.code) == ("shelled", "SDNREB", "SDNCVL")
    assert shell.location is not None and shell.location.name == "El Fasher"
    assert [(q.value, q.unit) for q in shell.quantities] == [(30, "civilians")]


def test_call_for_release_goes_to_the_captor(coder):
    events = coder.code(
        "Iran's Revolutionary Guard seized a Greek-flagged oil tanker in the Strait of Hormuz on Thursday. "
        "The United States demanded the immediate release of the ship and its crew.", date="2026-06-05")
    demand = next(e for e in events if e.provenance.trigger == "demanded")
    assert (demand.source.code, demand.target.code, demand.cameo.code) == ("USA", "IRNMIL", "1053")
    assert "captor" in (demand.target.resolved_from or "")


def test_towns_and_local_spellings_are_places(coder):
    # a town of the gazetteer (15,000+ people) counts after a preposition of place ...
    (ev,) = coder.code("Israeli troops raided a refugee camp in Jenin on Tuesday.", date="2024-08-28")
    assert (ev.source.code, ev.target.code) == ("ISRMIL", "PSE")
    assert ev.location is not None and ev.location.name == "Jenin" and ev.location.lat is not None
    # ... under its usual English spelling (GeoNames' name is "Khān Yūnis")
    (ev,) = coder.code("Israeli warplanes bombed the city of Khan Younis.", date="2024-01-22")
    assert ev.location is not None and ev.location.country == "PSE"
    # a city the tagger takes for a person is still the place when it is the object
    evs = coder.code("Russian forces shelled Kherson overnight.", date="2023-05-03")
    assert ("RUSMIL", "UKR", "19") in roots(evs)
    # a small town's name used as a modifier is not read as the town (Somerset, New Jersey)
    evs = coder.code("More than 150,000 people are expected to travel to Michael Eavis' Somerset farm.",
                     date="2005-03-01")
    assert not any(e.target.country == "USA" or (e.location and e.location.country == "USA") for e in evs)
