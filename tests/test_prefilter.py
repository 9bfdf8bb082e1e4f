"""The cheap pass: which sentences are parsed, and that skipping the others changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder import Article, Coder

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "crisis_article.txt"

# a mixed bag: politics with pronouns and descriptions far apart, business, sport, culture
ARTICLES = [
    Article(id="pol", date="2025-05-02", text=(
        "Ministers meet as tensions rise\n\n"
        "The weather in the capital was cold and wet on Thursday morning. "
        "Shops opened late and traffic was light. "
        "Sudan's army said on Thursday it had shelled positions of the Rapid Support Forces near El Fasher. "
        "Residents queued for bread. "
        "The army also accused the paramilitary group of looting a hospital. "
        "NATO held its annual summit in Vilnius. "
        "Delegates enjoyed a concert in the old town. "
        "Prices of hotel rooms tripled. "
        "The alliance later condemned Russia for the missile strike on Odesa. "
        "He did not comment.")),
    Article(id="biz", date="2025-05-02", text=(
        "Shares in the carmaker fell 4% after it reported weaker sales in Europe. "
        "Analysts had expected a smaller drop. The company plans to cut 2,000 jobs by 2026.")),
    Article(id="sport", date="2025-05-02", text=(
        "Arsenal beat Chelsea 2-1 at the Emirates on Saturday. "
        "The winger scored twice before half-time and the crowd sang for an hour.")),
    Article(id="mixed", date="2025-05-03", text=(
        "The talks in Geneva ended without agreement. "
        "Iran's foreign minister said his country would not accept new inspections. "
        "It warned the IAEA against passing a resolution. "
        "The film festival opened on the same day. "
        "Tehran later rejected the demand.")),
    Article(id="empty-of-events", text="A quiet day. Nothing happened at all."),
    # people named in full, then by surname alone, far beyond the pronoun window
    Article(id="names", date="2024-03-01", text=(
        "Kenyan Foreign Minister Otieno Wekesa arrived in Addis Ababa on Monday. "
        "Boris Johnson, the former British prime minister, was also in town for a conference. "
        "The city was busy. Hotels were full. Roads were closed. Rain fell all day. "
        "Wekesa met Abiy on Tuesday. Johnson criticised Russia in a speech.")),
    # a surname sentence that only a later pronoun needs; names broken by particles and initials;
    # a name introduced in a sentence too long to code
    Article(id="names2", date="2024-03-01", text=(
        "Boris Johnson, the former British prime minister, was in town for a conference. "
        "The city was busy. Hotels were full. Roads were closed. Rain fell all day. "
        "Johnson spoke to reporters on Monday. He criticised Russia. "
        "Saudi Crown Prince Mohammed bin Salman was in Paris. The city was busy. Hotels were full. "
        "Roads were closed. Rain fell. Salman criticised Iran. "
        "Kenyan Foreign Minister Otieno M. Wekesa arrived. The city was busy. Hotels were full. "
        "Roads were closed. Rain fell. Wekesa criticised Tanzania. "
        "Kenyan Foreign Minister Wycliffe Oparanya, who " + "spoke at length and " * 40 + "left, arrived. "
        "Oparanya criticised Uganda.")),
    # a role given by a name, not a title ("The Kremlin's ..."), for a surname five sentences on
    Article(id="named-role", date="2024-03-01", text=(
        "The Kremlin's Ivan Petrovsky was in a good mood on Monday. The weather was cold. Markets were "
        "calm. Prices rose. Trains ran late. Petrovsky criticised Ukraine.")),
    # a pair named in a sentence with no event, read as "the two countries" later; a denial
    # long after the accusation it answers; a local title in a datelined story
    Article(id="pairs", date="2024-03-01", text=(
        "HARARE, March 1 (Reuters) - Opposition leader Tendai Mushonga spoke in Harare on Friday. "
        "Ethiopia and Eritrea were at the centre of the debate. The weather was warm. "
        "The two countries accused each other of arming rebels. India accused Pakistan of sheltering "
        "militants. Schools opened late. Trains ran late. Prices rose. Rain fell. "
        "Pakistan denied any involvement. Mushonga accused the ruling party of fraud.")),
    # a state described by its region is the one named a few sentences before
    Article(id="described", date="2025-01-26", text=(
        "BOGOTA, Jan 26 (Reuters) - Colombia is the world's third-largest coffee producer. Rain fell. "
        "Prices rose. Washington imposed sanctions against the South American country on Sunday. "
        "Trains ran late. Schools opened late. Markets fell. Brazil criticised the sanctions on the "
        "South American country.")),
    # names in full without a title or a dictionary entry teach the coder nothing: their
    # surnames alone later are no actors (and a surname used before its name is no use)
    Article(id="untitled", date="2024-03-01", text=(
        "Weller criticised the promoters. "
        "Singer Paul Weller played two nights at the Royal Albert Hall last week. "
        "Tickets sold out in minutes. The band played for three hours. Fans queued in the rain. "
        "Weller criticised the promoters for the prices. The Hall blamed the ticket sellers.")),
]


@pytest.fixture(scope="module")
def unfiltered() -> Coder:
    return Coder(prefilter=False)


def dumped(coder: Coder, arts: list[Article]) -> list[tuple[str, list[str]]]:
    return [(a.id, [e.model_dump_json() for e in evs]) for a, evs in coder.pipe(arts)]


def test_filter_skips_sentences_but_not_events(coder: Coder, unfiltered: Coder) -> None:
    arts = [*ARTICLES, Article(id="example", text=EXAMPLE.read_text(encoding="utf-8"), date="2026-03-06")]
    before = coder.stats.parsed, coder.stats.sentences
    filtered = dumped(coder, arts)
    parsed, sentences = coder.stats.parsed - before[0], coder.stats.sentences - before[1]
    assert filtered == dumped(unfiltered, arts)
    assert sum(len(evs) for _id, evs in filtered) >= 15
    assert parsed < sentences  # the weather, the shares, the football were not parsed


def test_plan_keeps_event_sentences_and_their_antecedents(coder: Coder) -> None:
    doc = coder.nlp.make_doc(ARTICLES[0].text)
    plan = coder.prefilter.plan(doc)
    texts = {s.text: p for s, p in zip(plan.segments, plan.parse, strict=True)}
    assert not texts["The weather in the capital was cold and wet on Thursday morning."]
    assert not texts["Shops opened late and traffic was light."]
    assert texts["The army also accused the paramilitary group of looting a hospital."]
    # no event of its own, but "The alliance" two sentences on may need what it says
    assert texts["NATO held its annual summit in Vilnius."]
    assert not texts["Prices of hotel rooms tripled."]


def test_names_without_titles_keep_nothing(coder: Coder) -> None:
    untitled = next(a for a in ARTICLES if a.id == "untitled")
    plan = coder.prefilter.plan(coder.nlp.make_doc(untitled.text))
    assert not any(plan.parse)
    # with a title the first naming is kept for the surname five sentences on
    text = untitled.text.replace("Singer Paul Weller", "Culture Minister Paul Weller")
    plan = coder.prefilter.plan(coder.nlp.make_doc(text))
    texts = {s.text: p for s, p in zip(plan.segments, plan.parse, strict=True)}
    assert texts["Culture Minister Paul Weller played two nights at the Royal Albert Hall last week."]
    assert texts["Weller criticised the promoters for the prices."]
    assert not texts["Weller criticised the promoters."]
    assert not texts["Tickets sold out in minutes."]


def test_filter_is_off_when_asked(unfiltered: Coder) -> None:
    plan = unfiltered.prefilter.plan(unfiltered.nlp.make_doc(ARTICLES[1].text), enabled=False)
    assert all(plan.parse)


def test_lemma_forms_cover_what_the_pipeline_says(coder: Coder) -> None:
    """The filter's guesses include the lemma the tagger and lemmatizer really give."""
    text = EXAMPLE.read_text(encoding="utf-8") + " ".join(a.text for a in ARTICLES)
    doc = coder.nlp(text)
    missing = [(t.text, t.lemma_) for t in doc
               if not t.is_space and t.lemma_.lower() not in coder.prefilter._lemmas(t.lower_)]
    assert missing == []


def test_offsets_point_into_the_article(coder: Coder) -> None:
    art = ARTICLES[0]
    events = next(coder.pipe([art]))[1]
    assert len(events) >= 2 and all(e.provenance.trigger_offsets[0] > 100 for e in events)
    for e in events:
        a, b = e.provenance.trigger_offsets
        assert art.text[a:b] == e.provenance.trigger
        assert e.sentence in art.text


def test_pronouns_reach_back_only_a_few_sentences(coder: Coder) -> None:
    near = "Lavrov arrived in Ankara on Monday. He accused Turkey of arming Ukraine."
    far = ("Lavrov arrived in Ankara on Monday. The weather was warm. Markets were calm. "
           "Traffic was light. Flights were late. He accused Turkey of arming Ukraine.")
    accused = [e for e in coder.code(near, date="2024-03-04") if e.sentence_index == 1]
    assert {(e.source.code, e.target.code) for e in accused} == {("RUSGOV", "TUR")}
    assert not [e for e in coder.code(far, date="2024-03-04") if e.sentence_index == 5]


def test_kept_sentences_are_parsed_with_the_tokenizer_attributes(coder: Coder) -> None:
    """Each kept sentence becomes a doc of its own that carries what the tokenizer set:
    the norms of special cases ("don't" → "not", "gonna"), whitespace and the sentence start,
    exactly as spaCy's own ``Span.as_doc`` copies them."""
    from spacy.tokens import Doc

    text = ("Officials said talks went well.\n"
            "Moscow won't accept the deal, the Kremlin said. \"We're gonna respond,\" a general warned.  "
            "Kyiv's army didn't retreat from Bakhmut.")
    plan = coder.prefilter.plan(coder.nlp.make_doc(text), enabled=True)
    kept = list(plan.kept_docs())
    assert [k for k, _d in kept] == [k for k, p in enumerate(plan.parse) if p] and len(kept) >= 3
    head = Doc._get_array_attrs()
    for k, doc in kept:
        ref = plan.segments[k].as_doc()
        assert doc.text_with_ws == ref.text_with_ws == plan.segments[k].text_with_ws
        assert (doc.to_array(head) == ref.to_array(head)).all()
        assert doc[0].is_sent_start and not any(t.is_sent_start for t in doc[1:])
    norms = {t.text: t.norm_ for _k, d in kept for t in d}
    assert norms["n't"] == "not" and norms["gon"] == "going"
