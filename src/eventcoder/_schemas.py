"""Pydantic schemas for every data file the coder loads.

Each data file is YAML with a top-level mapping: ``source`` (where the facts come
from), ``version`` and one list of records. Records forbid unknown keys, so a typo
in a user dictionary is an error that names the field instead of being ignored.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cached_property
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

_CODE_RE = re.compile(r"^[A-Z0-9]{3}([A-Z0-9]{3})*$")
_ROLE_RE = re.compile(r"^[A-Z]{3}$")


_EVENT_RE = re.compile(r"^(0[1-9]|1[0-9]|20)[0-9]{0,2}$")


def _matching(regex: re.Pattern[str], what: str) -> AfterValidator:
    def check(v: str) -> str:
        if not regex.match(v):
            raise ValueError(f"must be {what}, got {v!r}")
        return v

    return AfterValidator(check)


RoleCode = Annotated[str, _matching(_ROLE_RE, "a 3-letter CAMEO agent code such as GOV or MIL")]
ActorCode = Annotated[str, _matching(_CODE_RE, "upper-case CAMEO blocks of 3 letters, e.g. RUS or IGOWSTNAT")]
EventCode = Annotated[str, _matching(_EVENT_RE, "a CAMEO event code like '0231'")]
NULL_CODE = "---"
"""A pattern's code for "this use of the verb is no event": the pattern claims its trigger
(so no more general pattern codes it) and codes nothing, as PETRARCH's ``[---]``."""
PatternCode = Annotated[str, _matching(re.compile(rf"^(?:{_EVENT_RE.pattern[1:-1]}|---)$"),
                                       "a CAMEO event code like '0231', or '---' to code nothing")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Metonym(_Strict):
    """A place or institution that stands for a state actor ("the Kremlin")."""

    text: str
    role: RoleCode | None = None


class CountryRecord(_Strict):
    """One state: the names, adjectives, capitals and metonyms that refer to it."""

    code: ActorCode = Field(description="CAMEO country code (ISO 3166 alpha-3 where one exists)")
    iso3: str | None = Field(description="ISO 3166-1 alpha-3, or null")
    name: str
    names: list[str] = Field(default_factory=list)
    adjectives: list[str] = Field(default_factory=list)
    capitals: list[str] = Field(default_factory=list)
    metonyms: list[Metonym] = Field(default_factory=list)
    region: bool = Field(
        False, description="a CAMEO region (AFR, EUR, WST...): only its adjectives name actors "
        "('African leaders', 'Western governments'); its names are places ('poverty in Africa')"
    )
    members: list[ActorCode] = Field(
        default_factory=list, description="a region's states: 'the South American country' is the last "
        "of them the story named"
    )


class CountriesFile(_Strict):
    source: str
    version: str
    countries: list[CountryRecord]
    not_actors: list[str] = Field(
        default_factory=list,
        description="place names that contain a country name but are no actor ('South China Sea')",
    )


class OrganisationRecord(_Strict):
    """An international or transnational organisation with its CAMEO code."""

    code: ActorCode
    name: str
    names: list[str] = Field(default_factory=list)
    descriptions: list[str] = Field(
        default_factory=list,
        description="definite descriptions ('alliance', 'bloc') that refer to the "
        "organisation only after it was named earlier in the same article",
    )
    country: str | None = Field(default=None, description="ISO3 of a state-bound body")
    role: str | None = None
    seats: list[str] = Field(
        default_factory=list,
        description="capitals (listed as such in the countries file) whose name stands for the "
        "organisation when it acts or is acted on ('Brussels imposed duties on Chinese cars', "
        "'London's talks with Brussels'); after a preposition of place or motion ('a summit in "
        "Brussels', 'flew to Brussels'), as a modifier ('the Brussels attacks') or as what an attack "
        "struck, the city stays a place of its own country",
    )


class OrganisationsFile(_Strict):
    source: str
    version: str
    organisations: list[OrganisationRecord]


class AgentRecord(_Strict):
    """A common noun (lemma, possibly several words) that names an actor's role."""

    text: str
    role: RoleCode
    plural_only: bool = False
    source_only: bool = Field(
        False, description="a weapon or attack noun: an actor as subject ('Israeli airstrikes "
        "killed'), never as a target ('fired a missile at')",
    )


class AgentsFile(_Strict):
    source: str
    version: str
    agents: list[AgentRecord]


class Term(_Strict):
    """A span of time in which a person held an office."""

    office: str
    country: str
    role: str = "GOV"
    start: dt.date
    end: dt.date | None = None


class PersonRecord(_Strict):
    """A person whose actor code depends on the date (office-holders)."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    terms: list[Term]
    outside_role: str = Field(
        default="ELI", description="role when the date falls outside every term"
    )
    source: str | None = None


class PeopleFile(_Strict):
    source: str
    version: str
    people: list[PersonRecord]


Slot = str
"""A slot names where an argument is read from the parse: ``subj`` (active subject or
passive ``by``-agent), ``obj`` (direct object or passive subject), ``iobj``, ``poss``
(possessor / compound of a noun trigger), ``comp_subj`` (subject of a complement
clause), ``judged`` (for a verb of saying: whoever did what its copular complement judges, "said Togo's decision was unacceptable"), ``governor_subj`` (for a participle on a noun: the subjects of the clause that noun is
in, "agreed to a ceasefire in talks brokered by Qatar"), ``clause_obj`` (for a noun: the object of
a relative clause on it, "the bombing that
killed 30 people"), ``speaker`` (the subject of the speech verb that reports the act, "Russia said
Ukraine had violated the ceasefire"), ``obj:`` and a preposition (that preposition on the trigger or
on its object, "blamed the attack on Assad's forces"), ``with:`` and a preposition (that preposition on
the means named with "with", "retaliated with duties on American goods"), or a preposition such as ``to``, ``on``, ``against``, ``with``, ``from``."""


class PatternRecord(_Strict):
    """One way an event is expressed: trigger lemmas plus optional requirements."""

    id: str
    code: PatternCode
    lemmas: list[str]
    pos: Literal["VERB", "NOUN"] = "VERB"
    requires: list[str] = Field(
        default_factory=list,
        description="at least one of these lemmas must occur in the trigger's "
        "complement (object, complement clause or prepositional phrase)",
    )
    predicate_of: list[str] = Field(
        default_factory=list,
        description="a required word counts only as what a complement clause of one of these verbs "
        "says of its subject ('said Togo's decision was unacceptable', not 'said it would not bow to "
        "blackmail')",
    )
    also_requires: list[str] = Field(
        default_factory=list,
        description="a second group: one of these must occur as well ('joint' + 'exercise')",
    )
    excludes: list[str] = Field(default_factory=list)
    consumes: bool = Field(
        True, description="false: the required words name what the act is about, an act of its own that is "
        "coded as well ('launched an investigation into Iran's crackdown on protests': the crackdown too); "
        "by default they belong to this event")
    particle: str | None = None
    without: list[str] = Field(
        default_factory=list,
        description="dependency labels that must not hang from the trigger ('oprd': 'called him a liar' "
        "is no phone call)",
    )
    not_after: list[str] = Field(
        default_factory=list,
        description="verbs an adverbial participle trigger must not go with ('won the Oscar, beating "
        "...' is no beating)",
    )
    before: list[str] = Field(
        default_factory=list,
        description="one of these words must come before the trigger in its phrase: in its subject, "
        "an adverb or auxiliary of it, or a verb it depends on ('toll' in 'the death toll rose', "
        "'sharply' in 'sharply criticised'; PETRARCH's words before '*')",
    )
    source: list[Slot] = Field(default_factory=lambda: ["subj"])
    target: list[Slot] | None = None
    by_source: dict[Literal["armed", "irregular", "state", "person", "civilian", "law"], EventCode] = Field(
        default_factory=dict,
        description="code to use for a kind of source: 'armed' (military, rebels: killings in "
        "war are conventional force, 19x, not assault, 18x), 'irregular' (an armed group that is no "
        "state's force, lexicon irregular_roles: 'militants bombed a market' is 183, not an air "
        "raid, 195; checked before 'armed'), 'state' (a state that protests "
        "complains officially, 114), 'person' (a named person or a minister, not armed: 'Mbeki "
        "attacked British imperialists' is criticism, 111), 'civilian' (a crowd, settlers or "
        "villagers, lexicon civilian_roles: 'settlers attacked a village' is assault, 180), 'law' (police, "
        "prosecutors or courts, lexicon jurisdiction_roles: 'prosecutors questioned the minister' is an "
        "investigation, 091, not criticism)",
    )
    plover: tuple[str, str | None] | None = Field(
        None, description="PLOVER event type and mode of this use of the verb where the CAMEO->PLOVER "
        "crosswalk gives another: a resignation is CAMEO 0831 (crosswalk: CONCEDE) but PLOVER "
        "RETREAT, mode resign. Used only while the event keeps the pattern's own code")
    by_target: dict[Literal["people", "people_by_state", "place", "body", "many_people", "leader", "protesters"],
                    EventCode] = Field(
        default_factory=dict,
        description="code to use when the target is people (civilians or named persons): "
        "'people' for any source ('kidnappers seized two Americans' is an abduction, 181, not a "
        "seizure of property, 171), 'people_by_state' when a state or its forces act ('Israeli "
        "troops seized two Palestinians' is an arrest, 173); 'place' when the object is a town or a "
        "capital ('rebels seized Goma' is territory occupied, 192); 'body' when it is an "
        "international organisation ('Niger's withdrawal from ECOWAS' reduces relations, 160); "
        "'many_people' when the targets are civilians counted at least the lexicon's mass_toll "
        "('militiamen killed at least 60 villagers' is a mass killing, 202); 'leader' when a person of "
        "the people table (a head of state or government, a minister, a leader) is killed ('gunmen "
        "shot dead President Jovenel Moise' is an assassination, 186); 'protesters' when a state's forces, "
        "police or government act on unarmed people who are protesters (lexicon protester_nouns) or are "
        "acted on during a protest (lexicon protest_nouns after 'during', 'at' or 'amid': 'Israeli troops shot "
        "dead 58 Palestinians during mass protests' is violent repression, 175, not war)",
    )
    own_act: EventCode | None = Field(
        None, description="code to use when the one accused in the complement is the speaker itself: "
        "'the US claimed it had attacked Iraq' is no accusation but a claim of responsibility (015) "
        "against the complement's target")
    negation_affirms: bool = Field(
        False, description="the trigger is a word of lexicon litotes whose negation makes the event: 'did "
        "not rule out the use of force' is a threat (other patterns read their negation as a denial)")
    reciprocal: bool | Literal["subjects"] = Field(
        False,
        description="true: code both directions for conjoined subjects and 'with'/'between' "
        "targets; 'subjects': only between conjoined subjects ('X and Y signed a treaty')",
    )
    converse: EventCode | None = Field(
        None, description="the code of the same act seen from the target's side, coded target -> "
        "source as well: a visit (042) is hosted (043) and a hosting is a visit"
    )
    attacker_target: bool = Field(
        False, description="a violent act named as the object stands for whoever did it, not its victims "
        "('repelled a Ukrainian attack on the town': Ukraine), as for the roots in lexicon attacker_target_roots")
    descend: bool = Field(
        True, description="look for the target in a complement clause when the trigger has none"
    )
    statement: bool = Field(
        False, description="a bare public statement ('X said'): coded only when the coder is "
        "asked to code statements, and with or without a target"
    )
    note: str | None = None

    @cached_property
    def phrases(self) -> tuple[str, ...]:
        """The requirements and exclusions of several words ("act of war", "step down")."""
        return tuple(dict.fromkeys(w.lower() for w in (*self.requires, *self.also_requires, *self.excludes) if " " in w))


class PatternsFile(_Strict):
    source: str
    version: str
    patterns: list[PatternRecord]


class DiscardRecord(_Strict):
    """A phrase whose presence means the text is not event data (a sports result, a
    weather report): the sentence, or with ``scope: article`` the whole article, is not
    coded. Matched as whole words, case-insensitively."""

    text: str = Field(min_length=1)
    scope: Literal["sentence", "article"] = "sentence"
    note: str | None = None


class DiscardsFile(_Strict):
    source: str
    version: str
    discards: list[DiscardRecord]


class RecodingFile(_Strict):
    """How an act's code changes when it is promised, refused or announced (CAMEO code or
    prefix -> CAMEO code; the longest matching prefix wins)."""

    source: str
    version: str
    intent: dict[EventCode, EventCode]
    rejection: dict[EventCode, EventCode]
    threat: dict[EventCode, EventCode]
    threat_when_planned: list[EventCode] = Field(
        description="roots whose acts count as threats when only planned"
    )
    threat_when_vowed: list[EventCode] = Field(
        default_factory=list, description="roots whose acts count as threats when vowed or pledged "
        "('vowed to retaliate against Israel': a threat of force, though 'pledged to expel' expels)"
    )
    commitment_verbs: list[str] = Field(
        description="verbs that commit the subject to a third party ('pledged to expel')"
    )
    intent_verbs: list[str] = Field(
        description="verbs whose cooperative object is promised ('agreed to a ceasefire')"
    )
    performed_nouns: frozenset[str] = Field(
        default=frozenset(), description="nouns of acts that an intent verb performs rather than promises: "
        "'offered its congratulations to Maduro' congratulates (051), 'offered his apologies' apologises")
    threat_verbs: frozenset[str] = Field(
        description="verbs that make the act they govern a threat ('threatened to kill the hostages')"
    )
    consider_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs that make the act they govern an option weighed, coded "
        "consider_code ('Japan is considering sending aid to North Korea': 014, not aid)")
    consider_code: EventCode | None = Field(
        None, description="the code of an act governed by a consider verb (CAMEO 014 'Consider policy "
        "option'); none: such acts keep their own code")


class LexiconFile(_Strict):
    """Word lists and code sets the coder's rules read (see data/lexicon.yaml)."""

    source: str
    version: str
    anonymity: list[str]
    rank_only_speakers: frozenset[str]
    proposal_nouns: dict[str, str]
    time_units: frozenset[str]
    physical_targets: frozenset[str]
    mission_nouns: frozenset[str]
    protester_nouns: frozenset[str]
    riot_codes: frozenset[str]
    riot_code: EventCode
    hosted_events: frozenset[str]
    person_nouns: frozenset[str]
    undergo_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs whose subject undergoes the nominal event they take: 'a "
        "Hamas leader survived an Israeli assassination attempt' is ISR -> the leader")
    holding_participles: frozenset[str] = Field(
        default=frozenset(), description="participles that make a place its holder's: 'shelled the "
        "rebel-held enclave' is an attack on the rebels")
    decision_nouns: frozenset[str] = Field(
        default=frozenset(), description="nouns of decisions and policies, whose maker a name in compound "
        "says ('condemned a U.S. Supreme Court decision' USAJUD; not 'the US market')")
    frontier_nouns: frozenset[str] = Field(
        default=frozenset(), description="place nouns that two states share: a national adjective on them "
        "does not say where ('near the Afghan border')")
    reciprocal_pronouns: frozenset[str] = Field(
        default=frozenset({"each other", "one another"}), description="objects that make each of the "
        "subjects the other's target ('Ethiopia and Eritrea accused each other')")
    pair_counts: frozenset[str] = Field(
        default=frozenset({"two", "both"}), description="words that make a plural of pair_nouns the pair "
        "named before ('the two sides', 'both countries')")
    side_counts: frozenset[str] = Field(
        default=frozenset(), description="words that make a plural of the 'side' pair_nouns the pair named "
        "before ('urged all sides to show restraint'; 'all countries' stays every country)")
    waiting_marks: frozenset[str] = Field(
        default=frozenset(), description="subordinators of a condition an act waits for: its subject is the "
        "act's target ('will not lift the embargo until Cuba undertakes reforms')")
    threat_roots: frozenset[str] = Field(
        default=frozenset({"13"}), description="CAMEO roots of threats")
    threat_marks: frozenset[str] = Field(
        default=frozenset(), description="further subordinators whose clause a threat is aimed at ('warned "
        "it would retaliate if Israel struck')")
    pair_nouns: dict[str, Literal["country", "side"] | RoleCode] = Field(
        default_factory=dict, description="nouns that, after 'the two' or 'both', stand for the two parties "
        "the story last named together, with what of them they name: 'country' (the states: 'the two "
        "countries'), a role code ('GOV': 'both governments'), or 'side' (as named: 'both sides')")
    crowd_roots: frozenset[str] = Field(
        default=frozenset(), description="roots of acts a crowd does: a nominal one with no one named is done "
        "by the people of its place ('protests were held in several Iranian cities' IRNCVL)")
    gathering_target_roots: frozenset[str] = Field(
        default=frozenset(), description="roots of acts done to people whose gathering stands for them as "
        "the target ('police dispersed a rally in Minsk': BLRCVL)")
    casualty_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs of suffering losses: their subject is one side of the clash "
        "they happened in ('six soldiers were killed in clashes with rebels': the soldiers and the rebels)")
    acting_roles: dict[EventCode, frozenset[str]] = Field(
        default_factory=dict, description="codes of acts only some can do, with the roles that may: a "
        "resignation (0831) needs an office-holder, calling off a strike (082) a dissenter; other "
        "sources code nothing (built-in patterns only: a user's pattern says for itself who acts)")
    assailant_nouns: frozenset[str] = Field(
        default=frozenset(), description="people who act by force on those named after 'of': 'the "
        "kidnappers of two Chinese engineers' are not Chinese (critics or opponents of a government "
        "are usually its own people, so they are not listed)")
    diplomat_nouns: frozenset[str] = Field(
        default=frozenset(), description="a state's envoys abroad: those facing them are not of "
        "their state ('gunmen seized the Russian ambassador in Baghdad')")
    capacity_nouns: frozenset[str] = Field(
        default=frozenset(), description="nouns of power or permission: the act in their infinitive is "
        "only possible ('backed the Home Office's powers to hold them' codes no arrest)")
    ending_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs that say their subject came to an end ('a seven-day truce "
        "collapsed', 'the ceasefire expired'): no such act is told")
    halting_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs that stop what their object names: 'a ceasefire halting "
        "Turkey's incursion' codes no incursion")
    gathering_nouns: frozenset[str] = Field(
        default=frozenset(), description="public gatherings: what happens at one happens where it is "
        "('detained dozens of people at a rally in Yekaterinburg')")
    place_nouns: frozenset[str] = Field(
        default=frozenset(), description="nouns for a settlement or an area that a national adjective "
        "places in its country: 'in the eastern Kosovan town of Gjilan' is in Kosovo, whatever Gjilan is")
    own_object_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs whose object is the subject's own: in 'Iran will suspend its "
        "programme, a diplomat said', 'its' is Iran's, not the speaker's")
    generic_role_heads: frozenset[str] = Field(
        default=frozenset(), description="role nouns whose own role yields to a modifier's: 'business "
        "leaders' are BUS, 'student leaders' EDU, 'military officials' MIL (a bare 'leader' is GOV)")
    honorifics: frozenset[str] = Field(
        default=frozenset(), description="forms of address before a surname, which are no first names: "
        "'Gen Musharraf' is Pervez Musharraf (role words such as 'President' are the agents table's)")
    where_preps: frozenset[str] = Field(
        default=frozenset(), description="prepositions that place a sentence in another state than its "
        "dateline's ('CAIRO -- Rebels in Sudan's Darfur region said ...'); wider than location_preps")
    rank_heads: frozenset[str] = Field(
        default=frozenset(), description="ranks and units of armed men, MIL alone, whose role yields to an "
        "armed or police modifier's: 'rebel commander' REB, 'police officer' COP; 'government soldiers' "
        "stay MIL")
    facility_nouns: frozenset[str] = Field(
        default=frozenset(), description="posts, camps and convoys of armed men or police: an armed or police role word in "
        "compound names whose they are, with no country named ('attacked a police post' COP, 'the rebel "
        "camp' REB)")
    rank_modifier_roles: frozenset[RoleCode] = Field(
        default=frozenset(), description="the roles of a modifier a rank head yields to: armed groups and "
        "police ('rebel commander' REB), not the government ('government soldiers' stay MIL)")
    own_side_roles: frozenset[RoleCode] = Field(
        default=frozenset(), description="roles that speak and act for one state in a claim of one's own "
        "act: 'Trump claimed the US military is hitting ISIS' (GOV and MIL) claims responsibility")
    issuing_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs whose subject is the author of the document they take as "
        "object: 'the European Parliament approved a resolution criticising Nicaragua'")
    deployed_nouns: frozenset[str] = Field(
        default=frozenset(), description="forces and craft that are sent, not visiting: 'British troops "
        "arrived in Mali' is no visit (042/043)")
    adversary_nouns: frozenset[str]
    state_nouns: frozenset[str]
    country_nouns: frozenset[str]
    home_deployment_codes: frozenset[str]
    home_army_nouns: frozenset[str]
    armyless_states: frozenset[str]
    ordered_intent_roots: frozenset[str]
    joined_roots: frozenset[str]
    joined_preps: frozenset[str]
    descriptive_participles: frozenset[str]
    attack_nouns: frozenset[str]
    violence_nouns: frozenset[str]
    coup_clauses: dict[str, frozenset[str]]
    organ_nouns: frozenset[str]
    domestic_target_roles: frozenset[str]
    domestic_roots: frozenset[str]
    domestic_codes: frozenset[str]
    alien_codes: frozenset[str]
    person_target_roots: frozenset[str]
    person_target_codes: frozenset[str]
    provoking_verbs: frozenset[str]
    reaction_roots: frozenset[str]
    repression_codes: frozenset[str]
    speaking_for_nouns: frozenset[str]
    joint_act_nouns: frozenset[str]
    each_other_codes: frozenset[str]
    future_time_marks: frozenset[str]
    answering_nouns: dict[str, frozenset[str]]
    topic_preps: frozenset[str]
    topic_nouns: frozenset[str]
    party_preps: frozenset[str]
    killing_complements: frozenset[str]
    attacker_target_roots: frozenset[str]
    accident_verbs: frozenset[str]
    proposing_verbs: frozenset[str]
    document_heads: frozenset[str]
    organisation_heads: frozenset[str]
    abstract_heads: frozenset[str]
    quantity_heads: frozenset[str]
    sponsor_suffixes: frozenset[str]
    request_roots: frozenset[EventCode]
    speech_act_roots: frozenset[EventCode]
    sports_roots: frozenset[str]
    sports_words: frozenset[str]
    captor_codes: frozenset[EventCode]
    release_codes: frozenset[EventCode]
    denial_codes: frozenset[EventCode] = Field(
        default=frozenset(), description="codes of denials: with no one named, a denial answers whoever the "
        "story reported accusing the denier ('India accused Pakistan ... Pakistan denied any involvement': "
        "towards India)")
    accusation_code: EventCode = Field(
        "112", description="the code (and its sub-codes) of accusations, remembered for a later denial")
    place_target_roots: frozenset[EventCode]
    place_target_codes: frozenset[EventCode]
    location_preps: frozenset[str]
    occasion_place_codes: frozenset[EventCode]
    occasion_preps: frozenset[str]
    goods_nouns: frozenset[str] = Field(
        default=frozenset(), description="nouns of goods whose national adjective names the target of a "
        "sanction or ban ('imports of Russian oil'); they stay abstract_heads elsewhere")
    territory_codes: frozenset[EventCode] = Field(
        default=frozenset(), description="codes whose untargeted acts are on the state where the place "
        "taken lies ('seized a district centre in northern Afghanistan')")
    upheaval_codes: frozenset[EventCode] = Field(
        default=frozenset(), description="codes whose object may be an upheaval in a place, which then "
        "names the target state ('condemned the coup in Niger')")
    upheaval_nouns: frozenset[str] = Field(default=frozenset(), description="see upheaval_codes")
    mass_toll: int = Field(
        0, description="civilians killed at least this many are a mass killing (patterns' by_target "
        "'many_people'); 0 turns it off")
    agreement_codes: frozenset[EventCode] = Field(
        default=frozenset(), description="codes of acts two parties agree on; a later definite 'the deal' "
        "or 'the ceasefire' (proposal_nouns kind 'agreement') is theirs, both of them")
    follower_nouns: frozenset[str] = Field(
        default=frozenset(), description="people named by whom they follow ('supporters of Bolsonaro'): "
        "of that one's country, in their own role, not that one")
    agreement_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs judging an agreement, whose object 'the deal' names its parties")
    habitual_adverbs: frozenset[str] = Field(
        default=frozenset(), description="adverbs that make a present or perfect verb a practice, no "
        "act of its own ('has long accused', 'routinely sends')")
    mass_killing_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs of killing whose many civilian victims make a mass killing")
    weapon_nouns: frozenset[str] = Field(
        default=frozenset(), description="weapons and fire: civilians killed by them are casualties of a "
        "strike, no mass killing ('Russian missiles killed 51 people')")
    dispute_nouns: frozenset[str] = Field(
        default=frozenset(), description="disputes whose parties 'between X and Y' names ('mediate in the "
        "dispute between Ethiopia and Somalia')")
    toll_words: dict[str, int] = Field(
        default_factory=dict, description="plural count nouns and the least number they stand for "
        "('hundreds of civilians': 200)")
    pair_appeal_codes: frozenset[EventCode] = Field(
        default=frozenset(), description="codes of calls for calm addressed to no one named, which are "
        "addressed to the two parties the story is about ('the State Department called for an immediate "
        "ceasefire' after Thai and Cambodian troops clashed)")
    abroad_codes: frozenset[EventCode]
    foreigner_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs whose objects named without a country do not take the "
        "source's ('China expelled three Wall Street Journal reporters')")
    broker_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs whose agent brokers or hosts what others do: 'a ceasefire agreed "
        "in talks brokered by Saudi Arabia' is no act toward Saudi Arabia")
    settlement_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs by which parties conclude what a broker brokered (slot governor_subj)")
    command_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs of command: an order within one state is no demand")
    company_name_words: frozenset[str] = Field(
        default=frozenset(), description="words that make a proper name with a country in it a company's: "
        "'US Airways', 'Air Canada', 'British Energy' are that country's business (BUS), not the state")
    public_name_words: frozenset[str] = Field(
        default=frozenset(), description="words of the state that keep such a name the state's: 'Pakistan Air "
        "Force', 'the Russian Energy Ministry', 'the Central Bank of Nigeria'")
    loyalty_adjectives: frozenset[str] = Field(
        default=frozenset(), description="adjectives whose 'to' names whom an armed group or people serve: "
        "'forces loyal to Khalifa Haftar' are his, 'troops loyal to President Kiir' his state's")
    protest_nouns: frozenset[str] = Field(
        default=frozenset(), description="gatherings of protest: a state's forces killing people during one "
        "repress it (by_target 'protesters', CAMEO 175)")
    named_addressee_verbs: frozenset[str] = Field(
        default=frozenset(), description="appeal_control_verbs whose object is an addressee only when it is a "
        "proper name: 'pushed Hungary to drop its veto', not 'pushed more troops into Kharkiv to attack'")
    appeal_control_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs whose addressee does what follows ('urged Rwanda to withdraw', "
        "'called on Israel to halt'): an infinitive the parser hangs on the verb as a clause of purpose, most "
        "often after a time phrase ('called on Rwanda on Sunday to withdraw'), is what was asked")
    family_name_first: frozenset[str] = Field(
        default=frozenset(), description="states whose people the press calls by the first part of their name")
    host_codes: frozenset[EventCode] = Field(
        default=frozenset(), description="codes whose act on one's own mission abroad is on the host state "
        "('the United States closed its embassy in Kabul'); elsewhere a mission is its owner's")
    foreign_codes: frozenset[EventCode] = Field(
        default=frozenset(), description="codes that need actors of two countries: a state ordering its own "
        "troops home expels no one ('Putin ordered his troops to withdraw from Kherson')")
    state_act_codes: frozenset[EventCode]
    armed_roles: frozenset[RoleCode]
    local_roles: frozenset[RoleCode]
    litotes: frozenset[str] = Field(
        default=frozenset(), description="words (or verb and particle) whose negation leaves open what they "
        "govern: 'did not rule out attacking', 'would not hesitate to strike' are possible acts (hypothetical), "
        "not denied ones")
    contrast_marks: frozenset[str] = Field(
        default=frozenset(), description="conjunctions that open a clause of its own, which a verb of "
        "promise or threat before it does not govern: 'Kim pledged support, while Putin thanked Pyongyang'")
    custody_nouns: frozenset[str] = Field(
        default=frozenset(), description="acts of violence (violence_nouns) that, with no one named or told "
        "before as doing them, stand for the one they were done to: 'condemned the arrest of Istanbul mayor "
        "Ekrem Imamoglu' is aimed at him (TURGOV)")
    specific_offices: frozenset[str] = Field(
        default=frozenset(), description="offices that a definite 'the mayor' must share with the person "
        "named before it ('the mayor's office' after 'Secretary of State Antony Blinken' is no Blinken); "
        "generic words ('the leader', 'the premier') refer back to anyone in office")
    presence_words: frozenset[str] = Field(
        default=frozenset(), description="words that make a 'with' phrase say who was present, not who took "
        "part: 'held talks, with Brazil's adviser in the room', 'with diplomats looking on'")
    unrefused_roots: frozenset[str] = Field(
        default=frozenset(), description="CAMEO roots whose act negated in the simple past is only an act "
        "that did not happen, no rejection: 'Lula did not travel to the summit' (but 'would not meet', "
        "'does not recognise' refuse)")
    venue_nouns: frozenset[str] = Field(
        default=frozenset(), description="documents and processes named after the city where they were made: "
        "a city before them names no party ('the Kyoto treaty', 'the Minsk agreements', 'the Oslo accords'; "
        "a country still does: 'the Iran deal')")
    policy_nouns: frozenset[str] = Field(
        default=frozenset(), description="laws and policies: a protest against one at a place, no one "
        "named, is a protest against the government ('rallied in Tbilisi against a foreign agents bill')")
    grievance_preps: frozenset[str] = Field(
        default=frozenset({"against", "over"}), description="prepositions naming what a protest is against")
    motion_preps: frozenset[str] = Field(
        default=frozenset(), description="prepositions of motion: a seat after one is the city "
        "('flew to Brussels'), not the organisation")
    world_words: frozenset[str] = Field(
        default=frozenset(), description="words that make a bare group no one state's ('world leaders', "
        "'global powers'): the one state a sentence names does not claim them")
    recent_times: frozenset[str] = Field(
        default=frozenset(), description="times so recent that a count since them is news, no toll "
        "('have killed 40 people since Sunday')")
    attack_preps: frozenset[str] = Field(
        default=frozenset({"on", "against"}), description="prepositions of what an attack struck ('the "
        "drone attack on Moscow'): a place after one is where the sentence happens")
    side_nouns: frozenset[str] = Field(
        default=frozenset({"side"}), description="the pair nouns side_counts count for ('all sides')")
    tally_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs of harm that, counted since a time, give a toll, no event "
        "('the war has killed more than 3,800 people since October 2023')")
    scheduling_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs that make an event noun their subject names a plan: 'talks "
        "are scheduled for Sunday' (hypothetical)")
    lasting_units: frozenset[str] = Field(
        default=frozenset(), description="units of a long duration: 'held for three years' is a detention "
        "that lasts, 'held for 48 hours' an arrest")
    lasting_adverbs: frozenset[str] = Field(
        default=frozenset(), description="adverbs of a detention that lasts: 'held indefinitely', 'still held'")
    future_times: frozenset[str] = Field(
        default=frozenset(), description="words of a time to come that make a present progressive a plan: "
        "'is travelling to Beijing next week', 'is meeting Netanyahu later today' (not 'next to')")
    lasting_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs of detention whose lasting use is a state, no act: "
        "'Britons held by the US', 'held for almost three years' (events.lasting)")
    civilian_roles: frozenset[RoleCode] = Field(
        default=frozenset(), description="roles of unarmed people: their attacks are assaults (18x), not "
        "military force (19x)")
    victim_roles: frozenset[RoleCode] = Field(
        default=frozenset(), description="roles a word before an act of violence names as its victims, never "
        "as who did it ('the school hostage massacre', 'a civilian massacre')")
    local_victim_roles: frozenset[RoleCode]
    attacked_at_home_roles: frozenset[RoleCode] = Field(
        default=frozenset(), description="forces named without a country and attacked in a place are that "
        "place's ('militants ambushed an army convoy in Pakistan' PAKMIL), unless called foreign")
    foreign_words: frozenset[str] = Field(
        default=frozenset(), description="modifiers that say forces are not the place's own ('foreign troops', "
        "'coalition forces')")
    domestic_roles: frozenset[RoleCode]
    branch_roles: frozenset[RoleCode] = Field(
        default=frozenset(), description="branches of a state named without a country facing a government "
        "('the US administration asked Congress'): that government's")
    jurisdiction_roles: frozenset[RoleCode] = Field(
        default=frozenset(), description="state organs whose acts on a soldier named without a country "
        "('a military court charged an army officer') are on their own state's")
    state_roles: frozenset[RoleCode]
    name_breakers: frozenset[str] = Field(
        default=frozenset(), description="capitalised words that make no longer name with a state's name "
        "next to them ('Kenya Tuesday deployed troops', 'told Reuters Kenya would ...')")
    time_marks: frozenset[str] = Field(
        default=frozenset(), description="words that open a clause of time ('after a court annulled its "
        "status'): no main act a later noun sums up")
    naming_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs that judge only with what they name it ('a move X called "
        "reckless'); with no such complement there is no judgement")
    ruling_roots: frozenset[str] = Field(
        default=frozenset(), description="CAMEO roots of a court's acts that are rulings ('the court "
        "ordered ...; Kenya welcomed the ruling'), for a later 'the ruling'")
    mandative_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs of demand whose 'that' clause takes a bare verb the "
        "parser may make a noun ('demanded that President Yoon resign'; parse repair 8)")
    seized_at_home_roles: frozenset[RoleCode] = Field(
        default=frozenset(), description="roles of a state's people whom soldiers named alone who seize "
        "them seize at home ('Prime Minister Hamdok, who was detained by soldiers': Sudan's soldiers)")
    appeal_roots: frozenset[str] = Field(
        default=frozenset(), description="CAMEO roots of appeals and demands: what they ask for is no "
        "event, but a passive relative clause in it with its agent is ('demanded the release of sailors "
        "who were detained by Russian forces')")
    meeting_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs by which parties hold talks ('began talks near Washington, "
        "hosted by Pompeo': those who began them are the host's guests, slot governor_subj)")
    background_preps: frozenset[str] = Field(
        default=frozenset(), description="prepositions after which a nominal event is a point in "
        "time, not news ('the first talks since Russia's invasion of Ukraine')")
    ruling_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs by which a role named alone is named by the states it "
        "rules ('the juntas ruling Mali, Burkina Faso and Niger')")
    home_roles: frozenset[RoleCode] = Field(
        default=frozenset(), description="roles that, named with no state in an article that has "
        "spoken mostly of one state ('the army', 'the police', 'protesters', 'the rebels'), are that "
        "state's")
    civil_society_roles: frozenset[RoleCode]
    attack_roots: frozenset[str]
    victim_report_code: EventCode
    accuser_roles: frozenset[RoleCode]
    sanction_codes: frozenset[EventCode]
    pronouns: dict[str, Literal["he", "it", "they"]]
    verb_nouns: dict[str, str]
    speech_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    hypothetical_governors: frozenset[str]
    negating_governors: frozenset[str]
    admitted_act_codes: frozenset[EventCode] = Field(
        default=frozenset(), description="claims whose content is an act that happened and is the "
        "claimer's ('claimed responsibility for the attack': the attack is coded too)")
    claim_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs that claim the responsibility named after them "
        "('claimed/took responsibility for the attack'; not 'Israel bears responsibility')")
    harm_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs of a relative clause whose object is the victim of the "
        "noun it describes ('the bombing that killed 30 people'; slot clause_obj)")
    responsibility_nouns: frozenset[str] = Field(
        default=frozenset(), description="nouns after which 'for' names the claimer's act "
        "('responsibility', 'credit')")
    irregular_roles: frozenset[RoleCode] = Field(
        default=frozenset(), description="armed roles that are no state's forces, for the 'irregular' "
        "by_source codes of patterns")
    denial_verbs: frozenset[str] = Field(
        default=frozenset(), description="negating governors that deny an act rather than refuse it: the "
        "act is negated, not recoded as a rejection ('denied supplying drones')")
    intent_governors: frozenset[str]
    intent_nouns: frozenset[str] = Field(
        default=frozenset(), description="nouns of intention, for their infinitive only: 'accepted an "
        "invitation to meet' is an intent to meet")


def _check_regex(values: list[str]) -> list[str]:
    for v in values:
        try:
            re.compile(v)
        except re.error as exc:
            raise ValueError(f"bad regular expression {v!r}: {exc}") from None
    return values


Regexes = Annotated[list[str], AfterValidator(_check_regex)]


class BoilerplateFile(_Strict):
    """Line patterns of a news page's furniture (see data/boilerplate.yaml)."""

    source: str
    version: str
    caption_label: Regexes
    caption_credit: Regexes
    byline: Regexes
    prompt: Regexes
    related_marker: Regexes
    masthead: Regexes
