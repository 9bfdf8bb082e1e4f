"""Reading source and target slots off the dependency parse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .events import (
    PASS_SUBJ_DEPS,
    SUBJ_DEPS,
    headline_passive,
    infinitive,
    is_passive,
    misattached_conj,
    own_time,
)

if TYPE_CHECKING:
    from spacy.tokens import Token



def clause_verb(tok: Token) -> Token:
    """The verb whose clause holds ``tok`` (itself for verbs)."""
    t = tok
    for _ in range(6):
        if t.pos_ in {"VERB", "AUX"} or t.dep_ == "ROOT":
            return t
        if t.head.i == t.i:
            return t
        t = t.head
    return t


#: verbs whose object does what their infinitive says even when it is parsed as a purpose
#: clause ("trained rebels to fight", "armed the militia to attack")
PURPOSE_OBJECT_CONTROL = frozenset({"arm", "encourage", "equip", "fund", "help", "hire", "incite", "pay", "persuade",
                                    "recruit", "train"})
# verbs with an object whose complement is still the subject's act ("promised Kyiv to send",
# "used his speech to urge China", "took the opportunity to warn")
SUBJECT_CONTROL = frozenset({"promise", "offer", "use", "take", "seize", "spend", "waste", "lose",
                             # "police fired tear gas to break up the protest": the weapon does not
                             "fire", "shoot", "employ", "deploy", "spray", "lob", "launch"})
#: verbs whose object's infinitive is the subject's own act, for nouns of intention ("accepted an
#: invitation to visit", "made a decision to withdraw"; not "extended an invitation to visit", "welcomed
#: the decision to", nor "made an appeal to Iran to release")
OWN_PLAN_VERBS = frozenset({"accept", "make", "take", "reach", "announce", "seize"})
#: instruments an authority issues whose participle says what the issuer does ("signed an
#: executive order imposing sanctions on the ICC", "adopted a resolution demanding ...")
DECREE_VERBS = frozenset({"sign", "issue", "adopt", "pass", "approve", "enact", "publish"})
DECREE_NOUNS = frozenset({"order", "decree", "resolution", "law", "bill", "directive", "regulation", "measure",
                          "statement", "declaration", "ordinance"})
OWN_PLAN_NOUNS = frozenset({"accord", "agreement", "attempt", "bid", "chance", "commitment", "consensus", "deal",
                            "decision", "effort", "invitation", "move", "offer", "opportunity", "plan", "pledge",
                            "promise", "step", "understanding"})


def subject_heads(v: Token) -> list[Token]:
    """Heads that fill the subject slot of verb ``v`` (agent for passives), following
    control, coordination and relative clauses upward when ``v`` has no subject."""
    t = v
    # "ordered Rwanda's ambassador to leave, accusing Kigali of ...": a participle of saying set off
    # by a comma and hung on the complement is said by the main clause's subject, not the one
    # ordered (a participle of saying: what is said of someone, "of", "for" or "as", or a clause;
    # not "ordered his troops to attack, killing hundreds": that is the troops')
    tail = (v.dep_ == "advcl" and v.tag_ == "VBG" and v.i > 0 and v.doc[v.i - 1].text == ","
            and any(c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ in {"of", "for", "as"}) for c in v.children))
    if v.dep_ == "advcl" and v.tag_ == "VBN" and any(c.dep_ == "agent" for c in v.children):
        return agent_heads(v)  # "..., hosted by the United Nations": the agent, not the clause's subject
    for _ in range(5):
        if is_passive(t) and t.i == v.i:
            if any(c.dep_ == "agent" for c in t.children):
                return agent_heads(t)
            # "was beaten and detained by police": the agent of the conjoined participle
            shared = [g for c in t.children if c.dep_ == "conj" and c.tag_ == "VBN" and is_passive(c)
                      and not (own_time(c) and own_time(t)) for g in agent_heads(c)]
            if shared:
                return shared
            # a passive with no by-phrase: no agent, unless it raises its subject into a
            # complement ("Obama is scheduled to attend", "Iran is expected to respond")
            if t.i == v.i:
                if any(c.dep_ == "xcomp" for c in t.children):
                    return [c for c in t.children if c.dep_ in PASS_SUBJ_DEPS]
                return []
        subs = [c for c in t.children if c.dep_ in SUBJ_DEPS]
        if len(subs) > 1:
            # "Militants claiming to hold three UN workers met ...": a second subject right
            # after the first one's clause is the parser's misreading of that clause's object
            first = subs[0]
            if any(c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB" and c.right_edge.i == first.right_edge.i
                   for c in first.children):
                subs = [first, *(s for s in subs[1:] if s.left_edge.i != first.right_edge.i + 1)]
        if subs:
            return subs
        if t.dep_ == "xcomp":
            head = t.head
            if is_passive(head):  # "Obama is being pressured by Congress to help Iran"
                return [c for c in head.children if c.dep_ in PASS_SUBJ_DEPS]
            objs = [c for c in head.children if c.dep_ in {"dobj", "obj"}]
            if objs and head.lemma_.lower() not in SUBJECT_CONTROL and not (tail and t.i != v.i):
                return objs
            t = head
            continue
        if misattached_conj(t):  # "China urged both sides to show restraint and called on Russia ..."
            t = t.head.head
            if t.dep_ == "ccomp" and t.head.pos_ == "VERB" and t.tag_ in {"VBD", "VBZ", "VBP"}:
                # "Lin Jian said the Philippines was to blame and urged Manila to stop": the speaker
                t = t.head
            continue
        if (t.dep_ == "conj" and t.pos_ == "VERB" and t.head.dep_ == "ROOT" and t.head.pos_ in {"NOUN", "PROPN"}
                and t.tag_ in {"VBD", "VBZ", "VBP"}):
            # "Israeli soldiers on Saturday shot and killed ...": the parser made the subject
            # the root and hung the finite verb on it
            return [t.head]
        if (t.dep_ == "advcl" and infinitive(t)
                and t.head.lemma_.lower() in PURPOSE_OBJECT_CONTROL):
            # "Turkey trained Syrian rebels to fight IS": the rebels fight (the parser often
            # makes the infinitive a purpose clause instead of a complement)
            objs = [c for c in t.head.children if c.dep_ in {"dobj", "obj"}]
            if objs:
                return objs
        if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.lower_ == "by" and t.head.head.pos_ in {"VERB", "AUX"}:
            # "Maduro responded by breaking relations with the United States": who responded
            t = t.head.head
            continue
        if t.dep_ in {"conj", "advcl", "acomp"}:  # acomp: "it is willing to withdraw"
            t = t.head
            continue
        if (t.dep_ == "acl" and infinitive(t)
                and t.head.dep_ == "dobj" and t.head.lemma_.lower() in OWN_PLAN_NOUNS
                and t.head.head.lemma_.lower() in OWN_PLAN_VERBS):
            # "Trump accepted an invitation to meet Kim", "Russia made a decision to withdraw":
            # whoever accepted or made it does it
            t = t.head.head
            continue
        if t.dep_ == "acl" and infinitive(t) and t.head.lemma_.lower() in OWN_PLAN_NOUNS:
            # "Germany's decision to send tanks", "Russia's attempt to seize Kyiv": the possessor
            owners = [c for c in t.head.children if c.dep_ == "poss"]
            if owners:
                return owners
        if (t.dep_ == "acl" and t.tag_ == "VBG" and t.head.lemma_.lower() in DECREE_NOUNS
                and t.head.dep_ in {"dobj", "obj"} and t.head.head.lemma_.lower() in DECREE_VERBS):
            # "Trump signed an executive order imposing sanctions on the ICC": who signed it
            t = t.head.head
            continue
        if t.dep_ in {"relcl", "acl"}:
            # "rebels who attacked" / "troops stationed in" / "sanctions imposed by"
            if t.dep_ == "acl" and (t.tag_ == "VBN" or (t.tag_ == "VBD" and not any(c.dep_ == "dobj" for c in t.children))):
                # "guards abducted by militants": the agent of a passive participle on its
                # noun; "reporters held hostage": none named
                return agent_heads(t) if t.i == v.i else []
            return [t.head]
        return []
    return []


def object_heads(v: Token) -> list[Token]:
    if is_passive(v):
        if any(c.dep_ == "xcomp" for c in v.children) and not any(c.dep_ == "agent" for c in v.children):
            return []  # "Obama is scheduled to attend": the subject is raised, not an object
        own = [c for c in v.children if c.dep_ in PASS_SUBJ_DEPS or (c.dep_ == "nsubj" and headline_passive(v))]
        if v.dep_ == "relcl" and v.head.i != v.i:
            # "two women that were released by Iraqi abductors": the noun the clause describes
            own = [v.head if c.tag_ in {"WDT", "WP"} or c.lower_ == "that" else c for c in own]
        if not own and v.dep_ == "conj" and v.head.i != v.i:
            # "The civilians [...] were released by Putin": a conjoined passive shares the subject
            own = [c for c in v.head.children if c.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS]
        return own
    direct = [c for c in v.children if c.dep_ in {"dobj", "obj"}]
    if not direct:  # "bombed Aleppo on Sunday" is sometimes parsed as an adverbial noun
        direct = [c for c in v.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.ent_type_ != "DATE"]
    if not direct:  # "Biden called Zelensky on Monday": a lone predicate noun is the object
        direct = [c for c in v.children if c.dep_ == "oprd" and c.pos_ in {"PROPN", "PRON"}]
    if v.dep_ == "acl" and v.tag_ in {"VBN", "VBD"} and not direct:
        return [v.head]  # "sanctions imposed on Belarus": head noun is the object
    if (v.dep_ == "relcl" and not direct and v.head.i != v.i and v.head.pos_ == "NOUN"
            and any(c.dep_ == "nsubj" for c in v.children)
            and not any(c.tag_ in {"WRB", "WP", "WDT"} or (c.dep_ == "prep" and not c.n_lefts + c.n_rights)
                        or c.dep_ in {"ccomp", "xcomp"} for c in v.children)):
        # "a move Israel denounced as a reward for terrorism", "a move Britain condemned as
        # unacceptable": the noun is the object (not "the country it withdrew from")
        return [v.head]
    return direct


def iobj_heads(v: Token) -> list[Token]:
    return [c for c in v.children if c.dep_ in {"dative", "iobj"} and c.pos_ != "ADP"] + [
        g for c in v.children if c.dep_ == "dative" and c.pos_ == "ADP" for g in c.children if g.dep_ == "pobj"
    ]


def prep_heads(t: Token, prep: str) -> list[Token]:
    """Objects of preposition ``prep`` under ``t`` (a passive by-agent is not a 'by' slot)."""
    out: list[Token] = []
    for c in t.children:
        if c.dep_ in {"prep", "dative"} and c.lower_ == prep:
            pobjs = [g for g in c.children if g.dep_ == "pobj"]
            if prep == "with" and c.i > 0 and c.nbor(-1).text == ",":
                # ", with schoolchildren scampering through the alleys": what went on around
                # the act, not a party to it
                pobjs = [g for g in pobjs if not any(a.dep_ == "acl" and a.tag_ == "VBG" for a in g.children)]
            if not pobjs and prep in {"at", "on", "into"}:  # "fired tear gas at demonstrators marching on the palace": the parser
                # makes the gerund the preposition's object and the people its subject
                pobjs = [s for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                         for s in g.children if s.dep_ == "nsubj" and s.pos_ in {"NOUN", "PROPN"}]
            out.extend(pobjs)
            if prep == "out":  # "pulled its troops out of Iraq": the object of "out of"
                out.extend(g for o in c.children if o.dep_ == "prep" and o.lower_ == "of"
                           for g in o.children if g.dep_ == "pobj")
    return out


def agent_heads(v: Token) -> list[Token]:
    """Objects of the by-agent of a passive verb or participle ("sanctions imposed by the EU")."""
    return [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def possessor_heads(n: Token) -> list[Token]:
    return [c for c in n.children if c.dep_ in {"poss", "compound", "amod", "nmod"}]


def speaker_of(tok: Token, speech_verbs: frozenset[str]) -> Token | None:
    """The speech verb that reports the clause containing ``tok``, if any."""
    v = clause_verb(tok)
    t = v
    for _ in range(4):
        # "X attacked Y, officials said": the speech verb hangs off the event verb
        for c in t.children:
            if c.dep_ in {"parataxis", "ccomp", "advcl", "conj"} and c.lemma_.lower() in speech_verbs and c.i > tok.i:
                if any(g.dep_ == "mark" or (g.dep_ == "advmod" and g.lower_ in {"after", "before", "when", "since"})
                       for g in c.children):
                    continue  # "..., hours after Manila said ...": a clause of time, no frame
                if any(g.dep_ in SUBJ_DEPS for g in c.children):
                    return c
        if t.dep_ in {"ccomp", "parataxis"} and t.head.lemma_.lower() in speech_verbs:
            if any(g.dep_ == "mark" and g.i > t.i for g in t.head.children):
                return None  # "China accused Manila, hours after Manila said ...": the parser's root
            return t.head
        if t.dep_ in {"xcomp", "conj", "advcl"}:
            t = t.head
            continue
        if t.dep_ == "ROOT":
            break
        t = t.head
    return None
