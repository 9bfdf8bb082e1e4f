"""Command-line interface: thin commands over the library."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from .errors import EventCoderError, InputError

F = TypeVar("F", bound=Callable[..., Any])

CSV_COLUMNS = [
    "id", "article_id", "sentence_index", "date", "source_code", "source_text", "target_code",
    "target_text", "cameo_code", "cameo_name", "goldstein", "quad_class", "plover_event_type",
    "plover_mode", "negated", "hypothetical", "speaker", "confidence", "pattern_id", "sentence",
]


def coder_options(f: F) -> F:
    """Options shared by every command that builds a Coder."""
    f = click.option("--model", default=None, help="spaCy pipeline to use (an installed package name).")(f)
    f = click.option(
        "--dictionary", "dictionaries", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="User YAML dictionary (countries, organisations, agents, people, patterns or discards); repeatable.",
    )(f)
    f = click.option("--only-dictionaries", is_flag=True, help="Use only --dictionary files, no built-in data.")(f)
    f = click.option("--statements", is_flag=True,
                     help="Code bare public statements ('X said ...') as CAMEO 010, as human coders do.")(f)
    f = click.option("--announced-acts", type=click.Choice(["intent", "act"]), default=None,
                     help="Code an act announced for the future ('X will send aid, the minister said'; "
                     "'X will impose sanctions') as an intent or threat, as CAMEO and PLOVER do (intent, "
                     "the default), or as the act itself, as PETRARCH does (act).")(f)
    f = click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     default=None, help="TOML config file with a [coder] table (default: ./eventcoder.toml "
                     "when it exists); command-line options win.")(f)
    return f


def _coder(model: str | None, dictionaries: tuple[Path, ...], only: bool, statements: bool = False,
           config_file: Path | None = None, announced_acts: str | None = None) -> Any:
    from .coder import Coder

    return Coder(_config(model, dictionaries, only, statements, config_file, announced_acts=announced_acts))


def _config(model: str | None, dictionaries: tuple[Path, ...], only: bool, statements: bool = False,
            config_file: Path | None = None, **more: Any) -> Any:
    from .config import CONFIG_FILE, CoderConfig, load_config_file

    path = config_file or (Path(CONFIG_FILE) if Path(CONFIG_FILE).is_file() else None)
    kw: dict[str, Any] = load_config_file(path) if path is not None else {}
    kw["dictionaries"] = (*kw.get("dictionaries", ()), *dictionaries)  # the command line's come last: they win
    if only:
        kw["only_dictionaries"] = True
    if statements:
        kw["statements"] = True
    if model:
        kw["model"] = model
    kw.update({k: v for k, v in more.items() if v is not None})
    return CoderConfig(**kw)


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2024-03-08") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="eventcoder")
def cli() -> None:
    """eventcoder: political events (CAMEO + PLOVER) from news text, with evidence."""


@cli.command("code")
@click.argument("paths", metavar="PATH...", nargs=-1, required=True)
@click.option("--date", callback=_date, help="Article date, YYYY-MM-DD (overrides dates in the input).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "table"]), default="jsonl", show_default=True)
@click.option("--explain", is_flag=True, help="Show for each event the pattern and dictionary entries behind it.")
@coder_options
def code_cmd(paths: tuple[str, ...], date: dt.date | None, fmt: str, explain: bool, model: str | None,
             dictionaries: tuple[Path, ...], only_dictionaries: bool, statements: bool, announced_acts: str | None,
             config_file: Path | None) -> None:
    """Code each PATH: a text, HTML, JSONL/JSON or CSV file, a directory (read recursively),
    or - for stdin.

    An article's date is --date, else the record's date field, else the date in the HTML
    page's metadata. With several files, an unusable one (empty, binary) is skipped with a
    warning; the command fails only when nothing usable is read.

    \b
    Examples:
      eventcoder code examples/crisis_article.txt --date 2026-03-06
      cat story.txt | eventcoder code - --format table --explain
      eventcoder code articles.jsonl --format csv > events.csv
      eventcoder code saved_pages/ corpus.csv
    """
    from .explain import explain as explain_event
    from .read import read_paths

    warnings: list[str] = []
    try:
        articles = list(read_paths(paths, date=date, warnings=warnings))
    finally:
        for w in warnings:
            click.echo(f"warning: {w}", err=True)
    coder = _coder(model, dictionaries, only_dictionaries, statements, config_file, announced_acts)
    events = []
    with _progress("coding", total=len(articles)) as advance:
        coded = list(_advancing(coder.pipe(articles), advance))
    undated = [art.id for art, _evs in coded if art.date is None]
    for _art, evs in coded:
        events.extend(evs)
    if len(undated) == 1:
        click.echo(f"note: {undated[0]}: no article date known; give --date to date its events", err=True)
    elif undated:
        click.echo(f"note: {len(undated)} articles have no known date (e.g. {undated[0]}); give --date to date "
                   "their events", err=True)
    out: Any = sys.stdout
    if fmt == "jsonl":
        for e in events:
            rec = e.to_dict()
            if explain:
                rec["explanation"] = explain_event(e, coder)
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        cols = CSV_COLUMNS + (["explanation"] if explain else [])
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(cols)
        for e in events:
            row = _flat(e)
            if explain:
                row["explanation"] = explain_event(e, coder)
            writer.writerow([row.get(c, "") for c in cols])
    else:
        _table(events, out)
        if explain:
            for e in events:
                out.write("\n" + explain_event(e, coder) + "\n")
    if not events:
        click.echo("note: no events found", err=True)


def _flat(e: Any) -> dict[str, Any]:
    return {
        "id": e.id, "article_id": e.article_id, "sentence_index": e.sentence_index,
        "date": e.date.isoformat() if e.date else "", "source_code": e.source.code or "",
        "source_text": e.source.text, "target_code": e.target.code or "", "target_text": e.target.text,
        "cameo_code": e.cameo.code, "cameo_name": e.cameo.name, "goldstein": e.cameo.goldstein,
        "quad_class": e.cameo.quad_class, "plover_event_type": e.plover.event_type or "",
        "plover_mode": e.plover.mode or "", "negated": e.negated, "hypothetical": e.hypothetical,
        "speaker": e.speaker.text if e.speaker else "", "confidence": e.confidence,
        "pattern_id": e.provenance.pattern_id, "sentence": e.sentence.strip(),
    }


def _table(events: Iterable[Any], out: Any) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(show_lines=False)
    for col in ("#", "date", "source", "target", "CAMEO", "name", "PLOVER", "flags", "speaker", "trigger"):
        t.add_column(col, overflow="fold")
    for e in events:
        flags = ",".join(f for f, on in (("neg", e.negated), ("hyp", e.hypothetical)) if on)
        spk = ""
        if e.speaker:
            spk = e.speaker.text + (" (anon)" if e.speaker.anonymous else "")
        t.add_row(str(e.sentence_index), str(e.date or "?"), e.source.code or "-", e.target.code or "-",
                  e.cameo.code, e.cameo.name, e.plover.event_type or "-", flags, spk, e.provenance.trigger)
    width = 160 if not out.isatty() else None
    Console(file=out, width=width).print(t)


def db_option(f: F) -> F:
    return click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path),
                        default=Path("eventcoder.duckdb"), show_default=True,
                        help="The event store (a DuckDB file).")(f)


@cli.command("ingest")
@click.argument("paths", metavar="PATH...", nargs=-1)
@db_option
@click.option("--from", "from_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Load the output of 'eventcoder batch' (already coded) instead of coding PATH...")
@click.option("--date", callback=_date, help="Article date, YYYY-MM-DD (overrides dates in the input).")
@click.option("--key", "key", default=None,
              help="De-duplication key: comma-separated fields of a mention "
                   "(default date,source_code,target_code,cameo_code,negated,hypothetical).")
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=200, show_default=True,
              help="Articles per transaction.")
@coder_options
def ingest_cmd(paths: tuple[str, ...], db: Path, from_dir: Path | None, date: dt.date | None, key: str | None,
               batch_size: int, model: str | None, dictionaries: tuple[Path, ...], only_dictionaries: bool, statements: bool, announced_acts: str | None,
             config_file: Path | None) -> None:
    """Code the articles in PATH... (same inputs as 'code') and store them in the event store.

    Articles already stored with the same content are skipped without coding; a changed
    article replaces its earlier version. Every batch is one transaction: a killed run keeps
    what it committed, and running it again finishes the job without duplicates. Documents
    that cannot be read or coded are recorded in the store's 'failures' table and the run
    goes on.

    \b
    Examples:
      eventcoder ingest ../shared/data/corpora/bbc_news_fulltext.jsonl
      eventcoder ingest saved_pages/ --db crisis.duckdb --date 2026-03-06
      eventcoder ingest feed.jsonl --key date,source_code,target_code,root_code
      eventcoder ingest --from coded/        # the output of 'eventcoder batch'
    """
    from .read import read_paths
    from .store import Store

    warnings: list[str] = []
    errors: list[str] = []
    keys = tuple(k.strip() for k in key.split(",")) if key else None
    if from_dir is not None:
        if paths:
            raise click.UsageError("give either PATH... or --from DIR, not both")
        _ingest_batch(from_dir, db, keys, batch_size)
        return
    if not paths:
        raise click.UsageError("nothing to ingest: give PATH... or --from DIR")
    with Store(db, key=keys) as store:
        coder = _coder(model, dictionaries, only_dictionaries, statements, config_file, announced_acts)
        articles = read_paths(paths, date=date, warnings=warnings, errors=errors)
        with _progress("ingest", transient=False) as advance:
            stats = store.ingest(coder, articles, batch_size=batch_size, progress=advance)
        for msg in errors:
            store.record_failure(None, msg.split(":", 1)[0], msg)
        counts = store.counts()
    for w in warnings + errors:
        click.echo(f"warning: {w}", err=True)
    for m in stats.messages:
        click.echo(f"warning: {m}", err=True)
    rate = (stats.articles_added + stats.articles_updated) / stats.seconds if stats.seconds else 0.0
    click.echo(
        f"{db}: {stats.articles_added} articles added, {stats.articles_updated} updated, "
        f"{stats.articles_skipped} unchanged, {stats.failures + len(errors)} failed; "
        f"{stats.mentions_added} mentions in {stats.seconds:.1f} s ({rate:.1f} articles/s). "
        f"Store: {counts['articles']} articles, {counts['mentions']} mentions, {counts['events']} events.",
        err=True,
    )


def _ingest_batch(from_dir: Path, db: Path, keys: tuple[str, ...] | None, batch_size: int) -> None:
    from .batch import read_batch
    from .store import Store

    with Store(db, key=keys) as store, _progress("ingest", transient=False) as advance:
        stats = store.load(read_batch(from_dir), batch_size=batch_size, source_file=str(from_dir), progress=advance)
        counts = store.counts()
    click.echo(
        f"{db}: {stats.articles_added} articles added, {stats.articles_updated} updated, "
        f"{stats.articles_skipped} unchanged, {stats.failures} failed in coding; {stats.mentions_added} mentions "
        f"from {from_dir} in {stats.seconds:.1f} s. "
        f"Store: {counts['articles']} articles, {counts['mentions']} mentions, {counts['events']} events.",
        err=True,
    )


@cli.command("batch")
@click.argument("paths", metavar="INPUT...", nargs=-1, required=True)
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Output directory (Parquet partitions + manifest.json); an earlier run there is resumed.")
@click.option("--workers", type=click.IntRange(1, 1024), default=2, show_default=True,
              help="Worker processes of the local Dask cluster (ignored with --scheduler).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Use a running Dask cluster, e.g. tcp://10.0.0.5:8786 (SLURM, Kubernetes...).")
@click.option("--partition-size", type=click.IntRange(1, 1_000_000), default=200, show_default=True,
              help="Articles per partition (one task, one Parquet file).")
@click.option("--date", callback=_date, help="Article date, YYYY-MM-DD (overrides dates in the input).")
@click.option("--no-prefilter", is_flag=True, help="Parse every sentence (slower; the events are the same).")
@coder_options
def batch_cmd(paths: tuple[str, ...], out: Path, workers: int, scheduler: str | None, partition_size: int,
              date: dt.date | None, no_prefilter: bool, model: str | None, dictionaries: tuple[Path, ...],
              only_dictionaries: bool, statements: bool, announced_acts: str | None, config_file: Path | None) -> None:
    """Code corpora (same inputs as 'code') on Dask into partitioned Parquet under --out.

    Without --scheduler a local cluster of --workers processes is started. Finished
    partitions are recorded in OUT/manifest.json and skipped when the same command runs
    again; documents that cannot be coded go to OUT/errors/; 'eventcoder ingest --from OUT'
    loads the result into the event store.

    \b
    Examples:
      eventcoder batch ../shared/data/corpora/bbc_news_fulltext.jsonl --out coded/ --workers 2
      eventcoder batch feeds/ --out coded/ --scheduler tcp://scheduler:8786
      eventcoder ingest --from coded/ --db events.duckdb
    """
    from .batch import run_batch

    cfg = _config(model, dictionaries, only_dictionaries, statements, config_file, announced_acts=announced_acts,
                  **({"prefilter": False} if no_prefilter else {}))
    total = _count_articles(paths, date)
    with _batch_progress(total) as show:
        result = run_batch(list(paths), out, cfg, workers=workers, scheduler=scheduler,
                           partition_size=partition_size, date=date, progress=show)
    for w in result.warnings + result.read_errors:
        click.echo(f"warning: {w}", err=True)
    for f in result.failed_partitions:
        click.echo(f"warning: partition failed (run again to redo it): {f}", err=True)
    rate = result.articles / result.seconds if result.seconds else 0.0
    srate = result.sentences / result.seconds if result.seconds else 0.0
    click.echo(
        f"{out}: {result.articles} articles coded in {result.partitions} partitions "
        f"({result.skipped_articles} already done), {result.events} events, {result.errors} documents failed; "
        f"{result.parsed} of {result.sentences} sentences parsed; {result.seconds:.1f} s "
        f"({rate:.1f} articles/s, {srate:.0f} sentences/s).",
        err=True,
    )
    if result.failed_partitions:
        sys.exit(1)


def _count_articles(paths: tuple[str, ...], date: dt.date | None) -> int | None:
    """How many articles the inputs hold (for the ETA); None for stdin."""
    from .read import read_paths

    if "-" in paths:
        return None
    return sum(1 for _ in read_paths(paths, date=date, warnings=[], errors=[]))


@contextmanager
def _batch_progress(total: int | None) -> Iterator[Callable[[Any], None]]:
    """Progress of a batch run on stderr: articles, articles/s, sentences/s, time left; a
    bar on a terminal, else (a log file, a SLURM job) a line every 10 seconds."""
    import time

    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    def rates(p: Any) -> str:
        secs = p.seconds or 1e-9
        return f"{p.articles / secs:.1f} articles/s, {p.sentences / secs:.0f} sentences/s, {p.events} events"

    if not sys.stderr.isatty():
        last = [0.0]

        def line(p: Any) -> None:
            now = time.monotonic()
            if now - last[0] < 10:
                return
            last[0] = now
            done = p.articles + p.skipped_articles
            left = ""
            if total and p.articles and p.seconds:
                left = f", about {max(0.0, (total - done) / (p.articles / p.seconds)) / 60:.1f} min left"
            click.echo(f"batch: {done}{f'/{total}' if total else ''} articles; {rates(p)}{left}", err=True)

        yield line
        return
    with Progress(TextColumn("batch"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[rates]}"), TimeRemainingColumn(), console=_err_console(),
                  transient=False) as bar:
        task = bar.add_task("batch", total=total, rates="")

        def show(p: Any) -> None:
            bar.update(task, completed=p.articles + p.skipped_articles, rates=rates(p))

        yield show


def filter_options(f: F) -> F:
    """Options that select events from the store (shared by events, export, trend, network)."""
    f = click.option("--no-hypothetical", "no_hypothetical", is_flag=True,
                     help="Leave out hypothetical (planned, conditional) events.")(f)
    f = click.option("--negated", "negated", is_flag=True, help="Include negated events.")(f)
    f = click.option("--until", callback=_date, help="Last event date, YYYY-MM-DD.")(f)
    f = click.option("--since", callback=_date, help="First event date, YYYY-MM-DD.")(f)
    f = click.option("--plover", "plover_type", default=None, help="PLOVER event type (ASSAULT, AID, ...).")(f)
    f = click.option("--root", default=None, help="CAMEO root code, 01 to 20.")(f)
    f = click.option("--target", default=None, help="Target actor code prefix (USA matches USAGOV).")(f)
    f = click.option("--source", default=None, help="Source actor code prefix (RUS matches RUSMIL).")(f)
    return f


def _filter(kw: dict[str, Any]) -> Any:
    from .export import EventFilter

    return EventFilter(source=kw.pop("source"), target=kw.pop("target"), root=kw.pop("root"),
                       plover_type=kw.pop("plover_type"), since=kw.pop("since"), until=kw.pop("until"),
                       include_negated=kw.pop("negated"), include_hypothetical=not kw.pop("no_hypothetical"))


EVENT_COLUMNS = ("event_id", "date", "source_code", "target_code", "cameo_code", "cameo_name", "goldstein",
                 "quad_class", "plover_type", "negated", "hypothetical", "num_mentions", "num_articles",
                 "num_sources", "location_name", "source_url")


TABLE_COLUMNS = ("date", "source_code", "target_code", "cameo_code", "cameo_name", "plover_type", "negated",
                 "hypothetical", "num_mentions", "num_articles")


@cli.command("events")
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(0), default=None, help="At most this many events (newest first).")
@click.option("--evidence", is_flag=True, help="Add each event's first evidence sentence and article id.")
def events_cmd(db: Path, fmt: str, limit: int | None, evidence: bool, **kw: Any) -> None:
    """List the de-duplicated events in the store, newest first.

    \b
    Examples:
      eventcoder events --source RUS --target USA --root 13
      eventcoder events --since 2026-03-01 --plover ASSAULT --format csv > assaults.csv
      eventcoder events --target UKR --evidence --limit 20
    """
    from .store import Store

    flt = _filter(kw)
    where, params = flt.where("e")
    shown = EVENT_COLUMNS if fmt != "table" else TABLE_COLUMNS
    cols = ", ".join(f"e.{c}" for c in shown)
    extra = ""
    if evidence:
        cols += ", e.first_article_id AS article_id, s.text AS evidence"
        extra = ("LEFT JOIN (SELECT event_id, arg_min(article_id || chr(31) || sentence_index, mention_id) k "
                 "FROM mentions GROUP BY event_id) f USING (event_id) "
                 "LEFT JOIN sentences s ON s.article_id || chr(31) || s.sentence_index = f.k")
    sql = f"SELECT {cols} FROM events e {extra} WHERE {where} ORDER BY e.date DESC NULLS LAST, e.num_mentions DESC"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    with Store(db, read_only=True) as store:
        if store.stale:
            click.echo("note: the events table is older than the last ingest; run 'eventcoder ingest' to finish it",
                       err=True)
        names, rows = store.query(sql, params)
    _rows_out(names, rows, fmt)
    if not rows:
        click.echo("note: no events match", err=True)


@cli.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(["gdelt", "icews", "plover", "parquet", "csv", "jsonl"]),
              default="jsonl", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file (default: standard output; required for parquet).")
@filter_options
def export_cmd(db: Path, fmt: str, out: Path | None, **kw: Any) -> None:
    """Export the de-duplicated events: GDELT 2.0 event table (61 tab-separated columns),
    ICEWS-style TSV (one row per mention), PLOVER JSONL, Parquet, CSV or JSONL. CAMEO codes
    stay strings with their leading zeros.

    \b
    Examples:
      eventcoder export --format gdelt --out events.gdelt.tsv
      eventcoder export --format plover --source RUS --since 2026-03-01 > rus.plover.jsonl
      eventcoder export --format parquet --out events.parquet
    """
    from .export import export
    from .store import Store

    flt = _filter(kw)
    if fmt == "parquet" and out is None:
        raise InputError("--format parquet needs --out FILE")
    with Store(db, read_only=True) as store:
        n = export(store, fmt, out if out is not None else sys.stdout, filters=flt)
    click.echo(f"{n} rows exported" + (f" to {out}" if out else ""), err=True)


def analysis_options(f: F) -> F:
    """The time window, polarity, chart and output options of trend and network."""
    f = click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
                     show_default=True)(f)
    f = click.option("--plot", type=click.Path(dir_okay=False, path_type=Path), help="Write a PNG chart here.")(f)
    f = click.option("--hypothetical", is_flag=True, help="Include hypothetical events.")(f)
    f = click.option("--negated", is_flag=True, help="Include negated events.")(f)
    f = click.option("--until", callback=_date, help="Last event date, YYYY-MM-DD.")(f)
    f = click.option("--since", callback=_date, help="First event date, YYYY-MM-DD.")(f)
    return f


@cli.command("trend")
@click.argument("source")
@click.argument("target")
@db_option
@click.option("--by", type=click.Choice(["day", "week", "month"]), default="week", show_default=True)
@click.option("--both", is_flag=True, help="Both directions (TARGET -> SOURCE too).")
@analysis_options
def trend_cmd(source: str, target: str, db: Path, by: str, both: bool, since: dt.date | None,
              until: dt.date | None, negated: bool, hypothetical: bool, plot: Path | None, fmt: str) -> None:
    """Conflict-cooperation trend of SOURCE towards TARGET (actor code prefixes): Goldstein
    sum and mean and counts per QuadClass per period. Negated and hypothetical events are
    left out unless asked for.

    \b
    Examples:
      eventcoder trend RUS USA --by week --both --plot rus_usa.png
      eventcoder trend ISR PSE --by month --since 2026-01-01 --format csv
    """
    from .store import Store
    from .trends import trend

    with Store(db, read_only=True) as store:
        rows = trend(store, source, target, by=by, both=both, include_negated=negated,  # type: ignore[arg-type]
                     include_hypothetical=hypothetical, since=since, until=until)
    cols = ["period", "direction", "events", "goldstein_sum", "goldstein_mean", "quad1", "quad2", "quad3", "quad4"]
    _rows_out(cols, [tuple(getattr(r, c) for c in cols) for r in rows], fmt)
    if plot is not None:
        from .charts import plot_trend

        plot_trend(rows, plot, include_negated=negated, include_hypothetical=hypothetical)
        click.echo(f"chart written to {plot}", err=True)


@cli.command("network")
@db_option
@click.option("--level", type=click.Choice(["country", "actor"]), default="country", show_default=True,
              help="Collapse actor codes to their country (RUSGOV -> RUS) or keep them.")
@click.option("--top", type=click.IntRange(1, 500), default=30, show_default=True, help="Keep the busiest edges.")
@click.option("--min-events", type=click.IntRange(1), default=1, show_default=True)
@analysis_options
def network_cmd(db: Path, level: str, top: int, min_events: int, since: dt.date | None, until: dt.date | None,
                negated: bool, hypothetical: bool, plot: Path | None, fmt: str) -> None:
    """The actor network: who acts on whom, weighted by events, with mean Goldstein.

    \b
    Examples:
      eventcoder network --plot network.png
      eventcoder network --level actor --top 50 --format csv
    """
    from .store import Store
    from .trends import network

    with Store(db, read_only=True) as store:
        edges = network(store, min_events=min_events, top=top, include_negated=negated,
                        include_hypothetical=hypothetical, since=since, until=until, level=level)  # type: ignore[arg-type]
    cols = ["source", "target", "events", "goldstein_sum", "goldstein_mean", "conflict_share"]
    _rows_out(cols, [tuple(getattr(e, c) for c in cols) for e in edges], fmt)
    if plot is not None:
        from .charts import plot_network

        plot_network(edges, plot, include_negated=negated, include_hypothetical=hypothetical)
        click.echo(f"chart written to {plot}", err=True)


@cli.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default serves this machine only.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--max-upload", type=click.IntRange(1_000, 50_000_000), default=200_000, show_default=True,
              help="Largest text (bytes) that /code accepts.")
@coder_options
def serve_cmd(db: Path, host: str, port: int, max_upload: int, model: str | None, dictionaries: tuple[Path, ...],
              only_dictionaries: bool, statements: bool, announced_acts: str | None, config_file: Path | None) -> None:
    """Browse, explain and chart the store in a web browser: dashboard, events, articles
    with their events marked, dyad charts, the actor network, /code for pasted text, and a
    JSON API under /api (reference at /docs). The store is opened read-only; the coder
    options apply to /code, whose Coder is built on its first use.

    \b
    Examples:
      eventcoder serve --db events.duckdb            # then open http://127.0.0.1:8000/
      eventcoder serve --port 8080
    """
    import uvicorn

    from .coder import Coder
    from .web import create_app

    config = _config(model, dictionaries, only_dictionaries, statements, config_file, announced_acts=announced_acts)
    app = create_app(db, max_upload=max_upload, coder_factory=lambda: Coder(config))
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"note: listening on {host}: anyone who can reach this machine can read the store", err=True)
    click.echo(f"serving {db} on http://{'[' + host + ']' if ':' in host else host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@cli.command("sql")
@click.argument("query")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
def sql_cmd(query: str, db: Path, fmt: str) -> None:
    """Run a read-only SQL QUERY on the event store (tables: articles, sentences,
    mentions, events, failures).

    \b
    Examples:
      eventcoder sql "SELECT source_code, target_code, count(*) n FROM events GROUP BY ALL ORDER BY n DESC LIMIT 10"
      eventcoder sql "SELECT * FROM mentions WHERE event_id = '3f2a...'" --format jsonl
    """
    import duckdb

    from .store import Store

    with Store(db, read_only=True) as store:
        try:
            cols, rows = store.query(query)
        except duckdb.Error as exc:
            raise InputError(f"SQL: {str(exc).splitlines()[0]}") from None
    _rows_out(cols, rows, fmt)


def _rows_out(cols: list[str], rows: Iterable[tuple[Any, ...]], fmt: str) -> None:
    """Write query rows as JSON lines, CSV or a table."""
    out: Any = sys.stdout
    if fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(dict(zip(cols, r)), ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(cols)
        w.writerows(rows)
    else:
        from rich.console import Console
        from rich.table import Table

        t = Table(show_lines=False)
        for c in cols:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*("" if v is None else str(v) for v in r))
        Console(file=out, width=None if out.isatty() else 200).print(t)


@contextmanager
def _progress(label: str, total: int | None = None, transient: bool = True) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr (only on a terminal) with the count, the rate and the time;
    yields the function that advances it."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(show_speed=True),
                  TimeElapsedColumn(), console=_err_console(), transient=transient,
                  disable=not sys.stderr.isatty()) as bar:
        task = bar.add_task(label, total=total)

        def advance(n: int = 1) -> None:
            bar.update(task, advance=n)

        yield advance


T = TypeVar("T")


def _advancing(items: Iterable[T], advance: Callable[[int], None]) -> Iterator[T]:
    for item in items:
        yield item
        advance(1)


def _err_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


@cli.group("dictionary")
def dictionary_grp() -> None:
    """Work with dictionaries: convert PETRARCH/TABARI dictionaries."""


@dictionary_grp.command("import-petrarch")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The eventcoder user dictionary (YAML) to write.")
@click.option("--include", multiple=True, help="In a directory, only files whose names match this "
              "glob (repeatable), e.g. 'PETR.Validate.*'.")
@click.option("--warnings", "warnings_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Write every skipped line (file:line: why) here.")
def import_petrarch_cmd(paths: tuple[Path, ...], out: Path, include: tuple[str, ...],
                        warnings_file: Path | None) -> None:
    """Convert the PETRARCH/TABARI dictionaries in PATHS (directories or files: actors,
    agents, verbs with their patterns, discards) into one
    eventcoder user dictionary for --dictionary.

    \b
    Examples:
      eventcoder dictionary import-petrarch petrarch2/dictionaries --out petrarch.yaml
      eventcoder dictionary import-petrarch dicts/ --include 'PETR.Validate.*' --out validate.yaml
      eventcoder dictionary import-petrarch dicts/PETR.Validate.actors.txt up/PETR.Validate.verbs.2.0.txt --out v2.yaml
    """
    from .petrarch import import_petrarch, write_yaml

    result = import_petrarch(paths, include=list(include) or None)
    write_yaml(result, out)
    if warnings_file is not None:
        warnings_file.write_text("\n".join(result.warnings) + "\n", encoding="utf-8")
    counts = ", ".join(f"{v} {k}" for k, v in result.counts.items())
    click.echo(f"{out}: {counts}" + ("" if warnings_file else f"; {len(result.warnings)} lines skipped "
                                     "(--warnings FILE lists them)"), err=True)


@cli.command("evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--details", type=click.Path(dir_okay=False, path_type=Path), help="Write per-record gold vs predicted JSONL here.")
@coder_options
def evaluate_cmd(gold: Path, fmt: str, details: Path | None, model: str | None,
                 dictionaries: tuple[Path, ...], only_dictionaries: bool, statements: bool, announced_acts: str | None,
             config_file: Path | None) -> None:
    """Score the coder on GOLD (JSONL with text, date and gold events).

    \b
    Examples:
      eventcoder evaluate ../shared/data/petrarch2_gsr_validation.jsonl
      eventcoder evaluate gold.jsonl --format json --details errors.jsonl
    """
    from .evaluate import agreement, evaluate, is_human_gold, load_gold

    try:
        records = load_gold(gold)
    except (ValueError, OSError) as exc:
        raise InputError(f"{gold}: cannot read gold records: {exc}") from None
    # sentences coded by several people are scored by agreement in their terms; they code
    # "X said" as a statement (01), so statements are coded for them too
    human = is_human_gold(records)
    coder = _coder(model, dictionaries, only_dictionaries, statements or human, config_file, announced_acts)
    score = agreement if human else evaluate
    with _progress("evaluating", total=len(records)) as advance:
        res = score(coder, _advancing(records, advance), details=details is not None)
    _write_details(details, res.pop("details", None))
    if fmt == "json":
        click.echo(json.dumps(res))
        return
    if human:
        click.echo(f"records {res['records']}  crashes {res['crashes']}  (bare statements coded as 01, as the coders did)")
        for k, v in res["human"].items():
            name = {"all": "all", "A": "half A", "B": "half B"}[k]
            click.echo(f"{name:7} pairwise root agreement {v['pairwise']:.3f} ({v['pairs']} pairs; with 'no code' "
                       f"{v['pairwise_with_no_code']:.3f}), consensus roots found {v['consensus_recall']:.3f}")
        return
    buf = io.StringIO()
    buf.write(f"records {res['records']}  exact {res['exact']} ({res['exact'] / max(1, res['records']):.1%})  crashes {res['crashes']}\n")
    for k in ("strict", "lenient"):
        s = res[k]
        buf.write(f"{k:8} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  (tp {s['tp']}, fp {s['fp']}, fn {s['fn']})\n")
    click.echo(buf.getvalue().rstrip())


def _write_details(path: Path | None, rows: list[dict[str, Any]] | None) -> None:
    if path is not None and rows is not None:
        with open(path, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main() -> None:
    """Entry point: every expected failure is one line on stderr and a non-zero exit."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("error: aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        click.echo(f"error: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except EventCoderError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except BrokenPipeError:
        sys.exit(0)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # last resort: still one line, never a traceback
        click.echo(f"error: internal error ({type(exc).__name__}: {exc}); please report it", err=True)
        sys.exit(3)
