"""The one configuration object a Coder is built from (validated, picklable)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .nlp import DEFAULT_MODEL


class CoderConfig(BaseModel):
    """Settings of a :class:`~eventcoder.Coder`.

    ``dictionaries`` are user YAML files; each declares what it holds by its top-level
    key (``countries``, ``organisations``, ``agents``, ``people``, ``patterns`` or
    ``discards``). They override built-in entries with the same phrase or pattern id, and a
    user's pattern that fits a verb is chosen before any built-in one.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str = Field(DEFAULT_MODEL, description="name of an installed spaCy pipeline")
    dictionaries: tuple[Path, ...] = ()
    only_dictionaries: bool = False
    batch_size: int = Field(64, ge=1, le=10_000, description="sentences per parser batch")
    require_target: bool = Field(
        True, description="drop events whose target cannot be read from the sentence"
    )
    statements: bool = Field(
        False, description="code a bare public statement ('X said ...') as CAMEO 010, as human "
        "coders do; off by default: the statement's speaker is recorded on the events it reports"
    )
    announced_acts: Literal["intent", "act"] = Field(
        "intent", description="how an act announced for the future is coded ('X will send aid to "
        "Y, a minister said', 'X will impose sanctions'): 'intent' follows the CAMEO codebook and "
        "PLOVER (an intent, 03x, or a threat, 13x); 'act' codes the act itself, as PETRARCH and its "
        "dictionaries do. Either way the event is marked hypothetical. (A future act stated as news, "
        "'X will send aid to Y' with no one announcing it, is the act under both)"
    )
    history_days: int | None = Field(
        365, ge=0, description="drop events the text dates more than this many days before the "
        "article ('Iraq invaded Kuwait on Aug. 2, 1990' in a 2025 story, 'signed a peace deal in 2018'): "
        "history told as background, not news; a year or a month counts from its end. None keeps "
        "them, each with its own date"
    )
    role_only_dyads: bool = Field(
        False, description="keep events where neither side has a country or organisation"
    )
    business_dyads: bool = Field(
        False, description="keep events between two businesses ('Air Canada sealed a deal with Brazil's "
        "Embraer', 'the London Stock Exchange rejected Deutsche Boerse's bid'): commerce, not politics; "
        "a company's act toward a state or a state's toward a company, and the acts of the companies "
        "the organisation tables list (Gazprom, Naftogaz), are kept either way"
    )
    max_sentence_tokens: int = Field(
        120, ge=10, description="sentences longer than this are skipped (parse too unreliable)"
    )
    strip_boilerplate: bool = Field(
        True, description="blank out a scraped page's masthead, captions, credits, related "
        "headlines and reader prompts before coding"
    )
    prefilter: bool = Field(
        True, description="parse only the sentences that can yield an event or inform one that "
        "can (a cheap word-level pass decides; the events are the same either way)"
    )
    salience_window: int = Field(
        3, ge=0, le=50, description="'he', 'it', 'they' and 'the army' refer to a subject named at "
        "most this many sentences back"
    )


#: the config file read from the working directory when no --config is given
CONFIG_FILE = "eventcoder.toml"


def load_config_file(path: str | Path) -> dict[str, Any]:
    """The ``[coder]`` table of a TOML config file, checked against :class:`CoderConfig`.

    Dictionary paths are relative to the file. Errors name the file and the line or field::

        [coder]
        dictionaries = ["actors/my_actors.yaml"]
        statements = false
    """
    import tomllib

    from pydantic import ValidationError

    from .errors import ConfigError

    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read the config file ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{p}: the config file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: not valid TOML: {exc}") from None
    unknown = set(data) - {"coder"}
    if unknown:
        raise ConfigError(f"{p}: unknown table(s) {sorted(unknown)}; settings go under [coder]")
    table = data.get("coder", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{p}: 'coder' must be a table ([coder])")
    if "dictionaries" in table and isinstance(table["dictionaries"], list):
        table["dictionaries"] = [str((p.parent / d).resolve()) if isinstance(d, str) else d
                                 for d in table["dictionaries"]]
    try:
        checked = CoderConfig.model_validate(table)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        raise ConfigError(f"{p}: [coder] {where}: {err['msg']}") from None
    for d in checked.dictionaries:
        if not Path(d).is_file():
            raise ConfigError(f"{p}: [coder] dictionaries: no such file {d}")
    return {k: getattr(checked, k) for k in table}
