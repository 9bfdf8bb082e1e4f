"""The built-in data files, the CAMEO codebook and the public API surface."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

import eventcoder
from eventcoder import CoderConfig, DictionaryError, load_ontology
from eventcoder.dictionaries import BUILTIN_FILES, load_builtin, load_builtin_all, load_file

KINDS = ["countries", "organisations", "agents", "people", "patterns"]
ROOTS = [f"{i:02d}" for i in range(1, 21)]
PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
CODE_RE = re.compile(r"^[A-Z0-9]{3}([A-Z0-9]{3})*$")


@pytest.fixture(scope="module")
def data() -> dict:
    return {kind: load_builtin(kind) for kind in KINDS}


# -- every built-in file validates -------------------------------------------------


def test_builtin_kinds_are_the_documented_ones():
    assert sorted(BUILTIN_FILES) == sorted(KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_builtin_file_validates(kind):
    loaded = load_builtin(kind)
    assert loaded.source.strip()
    assert loaded.version.strip()
    records = getattr(loaded, kind)
    assert len(records) > 0


@pytest.mark.parametrize("kind", KINDS)
def test_every_builtin_file_of_a_kind_validates(kind):
    """Extra built-in files (e.g. non-state groups with the organisations schema) validate too."""
    files = load_builtin_all(kind)
    assert files
    for loaded in files:
        assert loaded.source.strip() and loaded.version.strip()
        assert len(getattr(loaded, kind)) > 0


# -- countries ----------------------------------------------------------------------


def test_at_least_200_countries(data):
    countries = data["countries"].countries
    assert len(countries) >= 200
    codes = [c.code for c in countries]
    assert len(codes) == len(set(codes)), [c for c, n in Counter(codes).items() if n > 1]


@pytest.mark.parametrize("code", ["RUS", "USA", "CHN", "UKR", "PSE"])
def test_major_countries_have_names_adjectives_capitals(data, code):
    (rec,) = [c for c in data["countries"].countries if c.code == code]
    assert rec.name
    assert rec.names and rec.name in rec.names
    assert rec.adjectives
    assert rec.capitals


def test_known_country_facts(data):
    by_code = {c.code: c for c in data["countries"].countries}
    assert "Moscow" in by_code["RUS"].capitals
    assert "Kyiv" in by_code["UKR"].capitals
    assert "Beijing" in by_code["CHN"].capitals
    assert "Russian" in by_code["RUS"].adjectives
    assert "Palestinian" in by_code["PSE"].adjectives


# -- organisations, agents, people --------------------------------------------------


def test_organisation_codes_are_cameo_shaped(data):
    orgs = [o for f in load_builtin_all("organisations") for o in f.organisations]
    bad = [o.code for o in orgs if not CODE_RE.match(o.code)]
    assert not bad
    codes = {o.code for o in orgs}
    assert {"IGOUNO", "IGOWSTNAT", "IGOEUREEC"} <= codes


def test_agent_roles_and_texts(data):
    agents = data["agents"].agents
    texts = [a.text for a in agents]
    assert len(texts) == len(set(texts)), [t for t, n in Counter(texts).items() if n > 1]
    roles = {a.role for a in agents}
    assert {"GOV", "MIL", "REB", "OPP", "COP"} <= roles


def test_people_terms_end_not_before_start(data):
    bad = [
        (p.name, t.office, t.start, t.end)
        for p in data["people"].people
        for t in p.terms
        if t.end is not None and t.end < t.start
    ]
    assert not bad


def test_people_term_countries_are_known_actor_codes(data):
    """A term's country must be a code the countries or organisations file defines."""
    known = {c.code for c in data["countries"].countries} | {
        o.code for f in load_builtin_all("organisations") for o in f.organisations
    }
    unknown = Counter(t.country for p in data["people"].people for t in p.terms if t.country not in known)
    assert not unknown, dict(unknown)


# -- patterns and the ontology ------------------------------------------------------


def test_pattern_ids_are_unique(data):
    ids = [p.id for p in data["patterns"].patterns]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]


def test_every_pattern_code_is_in_the_ontology(data):
    onto = load_ontology()
    unknown = [(p.id, p.code) for p in data["patterns"].patterns if p.code not in onto]
    assert not unknown


def test_every_root_has_a_builtin_pattern(data):
    have = {p.code[:2] for p in data["patterns"].patterns}
    assert set(ROOTS) <= have


def test_ontology_has_311_codes():
    onto = load_ontology()
    assert len(onto) == 311
    assert len(onto.codes()) == 311
    assert onto.roots() == ROOTS


def test_ontology_code_structure():
    onto = load_ontology()
    for code in onto.codes():
        c = onto.get(code)
        assert c.code == code
        assert c.root == code[:2]
        assert 2 <= len(code) <= 4
        assert -10.0 <= c.goldstein <= 10.0
        assert c.name


def test_every_code_has_a_plover_type_except_01_and_010():
    onto = load_ontology()
    missing = [c for c in onto.codes() if onto.get(c).plover_event is None]
    assert missing == ["01", "010"]
    types = {onto.get(c).plover_event for c in onto.codes()} - {None}
    assert types <= PLOVER_TYPES


def _quad(root: str) -> int:
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4


def test_quad_classes_follow_roots():
    onto = load_ontology()
    wrong = [(c, onto.get(c).quad_class) for c in onto.codes() if onto.get(c).quad_class != _quad(c[:2])]
    assert not wrong


def test_unknown_code_raises_keyerror():
    with pytest.raises(KeyError, match="9999"):
        load_ontology().get("9999")


# -- user dictionaries: errors name the file and the line ----------------------------

TYPO_EXTRA = """\
# my additions
source: desk notes
version: "1"

agents:
  - {text: "coast guard", role: MIL}
  - text: "militiaman"
    role: REB
    plural_onyl: false
"""

TYPO_REQUIRED = """\
source: desk notes
version: "1"
agents:
  - {text: "coast guard", role: MIL}
  - text: "border guard"
    rol: MIL
"""


def test_typo_in_field_name_names_file_and_line(tmp_path):
    path = tmp_path / "agents_extra.yaml"
    path.write_text(TYPO_EXTRA, encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        load_file(path, "agents")
    msg = str(info.value)
    assert msg.startswith(f"{path}:9:")
    assert "plural_onyl" in msg
    assert info.value.path == str(path) and info.value.line == 9
    assert "\n" not in msg


def test_typo_in_required_field_names_file_and_line(tmp_path):
    path = tmp_path / "agents_required.yaml"
    path.write_text(TYPO_REQUIRED, encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        load_file(path, "agents")
    msg = str(info.value)
    assert str(path) in msg
    assert info.value.line in {5, 6}, msg  # the record or the misspelt key


def test_user_dictionary_error_through_coder_names_the_users_line(tmp_path):
    path = tmp_path / "agents_extra.yaml"
    path.write_text(TYPO_EXTRA, encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        eventcoder.Coder(CoderConfig(dictionaries=(path,)))
    assert info.value.path == str(path)
    assert info.value.line == 9, str(info.value)


def test_invalid_yaml_names_file_and_line(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text('source: x\nversion: "1"\nagents:\n  - {text: "guard", role: MIL\n', encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        load_file(path, "agents")
    assert str(path) in str(info.value)
    assert info.value.line is not None


def test_bad_role_code_is_rejected(tmp_path):
    path = tmp_path / "roles.yaml"
    path.write_text('source: x\nversion: "1"\nagents:\n  - {text: "guard", role: military}\n', encoding="utf-8")
    with pytest.raises(DictionaryError, match="role"):
        load_file(path, "agents")


def test_valid_user_dictionary_loads(tmp_path: Path):
    path = tmp_path / "ok.yaml"
    path.write_text('source: x\nversion: "1"\nagents:\n  - {text: "coast guard", role: MIL}\n', encoding="utf-8")
    loaded = load_file(path, "agents")
    assert [(a.text, a.role) for a in loaded.agents] == [("coast guard", "MIL")]


def _user_coder(tmp_path: Path, sections: str) -> eventcoder.Coder:
    """A coder with the built-in data and one user dictionary holding ``sections`` (YAML)."""
    path = tmp_path / "user.yaml"
    path.write_text(f'source: my project\nversion: "1"\n{sections}', encoding="utf-8")
    return eventcoder.Coder(CoderConfig(dictionaries=(path,)))


def _triples(coder: eventcoder.Coder, text: str, date: str = "2024-05-01") -> set[tuple[str | None, str | None, str]]:
    return {(e.source.code, e.target.code, e.cameo.code) for e in coder.code(text, date=date)}


def test_user_patterns_outrank_the_built_in_ones(tmp_path: Path):
    """A user's pattern decides the verbs it fits, even over a more specific built-in one;
    where it does not fit, the built-in patterns still code the verb."""
    sections = ('patterns:\n'
                '  - {id: mine.condemn, code: "112", lemmas: [condemn]}\n'
                '  - {id: mine.praise, code: "050", lemmas: [praise], requires: [ceasefire]}\n')
    sentences = ["The French government condemned the Iranian missile attack on Tuesday.",
                 "Germany praised Armenia for the ceasefire.",
                 "Germany praised Armenia for its restraint."]
    built_in = eventcoder.Coder()
    mine = _user_coder(tmp_path, sections)

    def codes(coder: eventcoder.Coder, text: str) -> set[tuple[str, str]]:
        return {(e.cameo.code, e.provenance.pattern_id) for e in coder.code(text, date="2024-05-01")}

    condemn, ceasefire, restraint = (codes(built_in, s) for s in sentences)
    assert {c for c, _ in condemn} == {"111"} and {c for c, _ in restraint} == {"051"}
    assert codes(mine, sentences[0]) == {("112", "mine.condemn")}
    assert {c for c, _ in ceasefire} == {"051"} and codes(mine, sentences[1]) == {("050", "mine.praise")}
    assert codes(mine, sentences[2]) == restraint  # no ceasefire: the built-in praise


def test_a_null_pattern_claims_its_verb_and_codes_nothing(tmp_path: Path):
    """code '---' (PETRARCH's null code): this use of the verb is no event, and no more
    general pattern codes it either; other uses are coded as before."""
    coder = _user_coder(tmp_path, 'patterns:\n'
                        '  - {id: mine.praise_team, code: "---", lemmas: [praise], requires: [team, squad]}\n')
    assert not coder.code("Germany praised Armenia's football team after the match.", date="2024-05-01")
    kept = coder.code("Germany praised Armenia for its restraint.", date="2024-05-01")
    assert [(e.source.code, e.target.code, e.cameo.code) for e in kept] == [("DEU", "ARM", "051")]
    bad = tmp_path / "bad.yaml"
    bad.write_text('source: x\nversion: "1"\npatterns:\n  - {id: x.1, code: "--", lemmas: [praise]}\n',
                   encoding="utf-8")
    with pytest.raises(DictionaryError, match="'---' to code nothing"):
        eventcoder.Coder(CoderConfig(dictionaries=(bad,)))


def test_discard_phrases_rule_out_a_sentence_or_a_whole_article(tmp_path: Path):
    sections = ('discards:\n'
                '  - {text: baseball}\n'
                '  - {text: World Cup, scope: article, note: football stories}\n')
    text = ("The United States accused Cuba of cheating at the baseball tournament. "
            "Russia accused Ukraine of shelling the Zaporizhzhia power plant.")
    plain = eventcoder.Coder()
    mine = _user_coder(tmp_path, sections)

    def triples(coder: eventcoder.Coder, t: str) -> set[tuple[str | None, str | None, str]]:
        return _triples(coder, t, "2023-06-01")

    assert ("USA", "CUB", "112") in triples(plain, text)
    assert triples(mine, text) == {("RUS", "UKR", "1123")}  # only the sentence with "baseball" goes
    assert mine.stats.discarded_sentences == 1
    cup = "Brazil protested to Argentina after the World Cup semi-final. " + text.split(". ")[1]
    assert triples(plain, cup) and not triples(mine, cup)  # the whole article goes
    assert mine.stats.discarded_articles == 1
    assert not mine.code("A world cupboard was sold.", date="2023-06-01") and mine.stats.discarded_articles == 1


def test_a_name_given_only_a_state_code_takes_the_role_of_its_title(tmp_path: Path):
    """A user dictionary (or an imported PETRARCH one) that gives a politician only the
    state's code: "Prime Minister Tarmo Kask" is the government, "Tarmo Kask" the state."""
    coder = _user_coder(tmp_path, 'organisations:\n  - {code: EST, name: Tarmo Kask, country: EST}\n')

    def sources(text: str) -> set[str | None]:
        return {s for s, _, _ in _triples(coder, text, "2024-02-01")}

    assert sources("Estonian Prime Minister Tarmo Kask criticised Russia on Monday.") == {"ESTGOV"}
    assert sources("Tarmo Kask criticised Russia on Monday.") == {"EST"}


def test_agreeing_that_is_a_position_and_agreeing_to_an_intent(tmp_path: Path):
    """A user's pattern for "agree" (diplomatic cooperation, 050, between the members of a
    compound subject): "agreed that X should ..." is the position itself; "agreed to hold
    talks" is an act to come, coded as an intent (here to meet, 036), not as 050."""
    coder = _user_coder(tmp_path, 'patterns:\n'
                        '  - {id: mine.agree, code: "050", lemmas: [agree], reciprocal: subjects}\n')

    def codes(text: str) -> set[tuple[str | None, str | None, str]]:
        return _triples(coder, text)

    assert codes("Japan and South Korea agreed that the dispute over the islands should be settled "
                 "through talks.") == {("JPN", "KOR", "050"), ("KOR", "JPN", "050")}
    assert codes("Japan and South Korea agreed to hold talks on the islands next month.") == {
        ("JPN", "KOR", "036"), ("KOR", "JPN", "036")}


def test_the_longest_agent_phrase_before_the_head_wins(tmp_path: Path):
    coder = _user_coder(tmp_path, 'agents:\n  - {text: "opposition party", role: OPP}\n'
                        '  - {text: "main opposition party", role: PTY}\n')

    def sources(text: str) -> set[str | None]:
        return {s for s, _, _ in _triples(coder, text, "2016-05-01")}

    assert sources("Kenya's main opposition party criticised the government in Nairobi.") == {"KENPTY"}
    assert sources("Kenya's opposition party criticised the government in Nairobi.") == {"KENOPP"}


def test_an_agent_phrase_with_of_is_found_below_its_first_word(tmp_path: Path):
    coder = _user_coder(tmp_path, 'agents:\n  - {text: "ministry of wildlife protection", role: ENV}\n')
    evs = coder.code("Kenya's Ministry of Wildlife Protection accused Tanzania of ignoring poaching.",
                     date="2018-12-10")
    assert {e.source.code for e in evs} == {"KENENV"}


def test_a_state_a_user_lists_as_a_plain_name_places_role_nouns(tmp_path: Path):
    """"ARNOR [ARN]" in a PETRARCH actors file becomes a name with its own country code:
    "lawmakers in Arnor" are ARNLEG as "lawmakers in Poland" are POLLEG."""
    coder = _user_coder(tmp_path, 'organisations:\n  - {code: ARN, name: Arnor, country: ARN}\n'
                        '  - {code: GON, name: Gondor, country: GON}\n')
    evs = coder.code("Lawmakers in Arnor and Gondor criticised Ethiopia.", date="2018-12-10")
    assert {(e.source.code, e.target.code) for e in evs} == {("ARNLEG", "ETH"), ("GONLEG", "ETH")}


# -- public API -----------------------------------------------------------------------

PUBLIC_API = [
    "Actor",
    "Article",
    "CameoCoding",
    "Coder",
    "CoderConfig",
    "ConfigError",
    "DictionaryError",
    "Event",
    "EventCoderError",
    "InputError",
    "Location",
    "ModelError",
    "Ontology",
    "PloverCoding",
    "Provenance",
    "Quantity",
    "Speaker",
    "__version__",
    "evaluate",
    "load_ontology",
    "read_articles",
]


def test_public_api_is_pinned_and_sorted():
    assert eventcoder.__all__ == PUBLIC_API
    assert eventcoder.__all__ == sorted(eventcoder.__all__)
    for name in eventcoder.__all__:
        assert hasattr(eventcoder, name), name


def test_error_hierarchy():
    for exc in (eventcoder.ConfigError, eventcoder.DictionaryError, eventcoder.InputError, eventcoder.ModelError):
        assert issubclass(exc, eventcoder.EventCoderError)


def test_rule_data_files_validate_against_the_codebook():
    from eventcoder.dictionaries import load_lexicon

    onto = eventcoder.load_ontology()
    # recoding.yaml: every key and value is a CAMEO code (checked on load), and a
    # promised delivery of weapons is an intent to give military aid
    assert onto.recode("intent", "072") == "0332"
    assert onto.recode("rejection", "0841") == "1243"
    assert onto.recode("threat", "1712") == "137"
    assert onto.recode("threat", "04") is None
    lex = load_lexicon()
    assert {"02", "10", "11", "12", "13"} <= set(lex.speech_act_roots)
    assert "MIL" in lex.armed_roles and "MIL" not in lex.local_roles
    assert "led" not in lex.sponsor_suffixes  # "US-led" names the leader
