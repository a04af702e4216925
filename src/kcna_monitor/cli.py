"""The command line (../shared/CLI.md is the contract): a thin layer over the stages.

Exit status: 0 success; 2 usage or configuration error (one line naming the
file, key and reason); 1 any other failure. User errors never print a traceback.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import wraps
from typing import IO, Any, TypeVar

import click

from kcna_monitor import __version__
from kcna_monitor.config import Config, load_config
from kcna_monitor.errors import ConfigError, MonitorError
from kcna_monitor.output import emit

F = TypeVar("F", bound=Callable[..., Any])


def config_option(func: F) -> F:
    return click.option("--config", "config_path", metavar="PATH",
                        help="Configuration file (default: $KCNA_MONITOR_CONFIG, "
                             "./kcna-monitor.toml, else the packaged default).")(func)


def db_option(func: F) -> F:
    return click.option("--db", metavar="PATH", help="SQLite store; overrides [store].path.")(func)


def json_option(func: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON Lines.")(func)


def handle_errors(func: F) -> F:
    """The monitor's errors as exit statuses and one-line messages, never tracebacks."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ConfigError as exc:
            click.echo(f"kcna-monitor: configuration error: {exc}", err=True)
            sys.exit(2)
        except MonitorError as exc:
            click.echo(f"kcna-monitor: error: {exc}", err=True)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


@contextmanager
def runtime_for(config: Config) -> Iterator[Any]:
    from kcna_monitor.monitor import build_runtime

    rt = build_runtime(config)
    try:
        yield rt
    finally:
        rt.close()


@contextmanager
def open_store_of(config: Config) -> Iterator[Any]:
    from kcna_monitor.monitor import utcnow
    from kcna_monitor.parse.dates import isoformat_z
    from kcna_monitor.store.repository import open_store

    store = open_store(config.store.path, isoformat_z(utcnow()))
    try:
        yield store
    finally:
        store.close()


def store_for(config_path: str | None, db: str | None) -> Any:
    return open_store_of(load_config(config_path, db=db))


def parse_utc(value: str) -> datetime:
    """--since: an ISO date or time, read as UTC unless it names its zone."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise click.BadParameter(f"expected a date such as 2024-05-01, got {value!r}",
                                 param_hint="--since") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(message)s")
    logging.getLogger("kcna_monitor").setLevel(logging.DEBUG if verbose else logging.INFO)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kcna-monitor")
@click.option("-v", "--verbose", is_flag=True, help="Log debug detail to stderr.")
def cli(verbose: bool) -> None:
    """Watch North Korean state media for people and envoys.

    Fetches KCNA, Rodong Sinmun and the wires that report on them, extracts the
    people named and the envoy missions, stores everything in SQLite and alerts
    when an article mentions someone on your watchlist.
    """
    _setup_logging(verbose)


@cli.command()
@config_option
@db_option
@click.option("--once", is_flag=True,
              help="Poll every source once, deliver every pending alert, exit (for cron).")
@handle_errors
def run(config_path: str | None, db: str | None, once: bool) -> None:
    """Run the monitor as a daemon (SIGTERM or SIGINT stops it cleanly)."""
    from kcna_monitor.daemon import run_daemon
    from kcna_monitor.monitor import deliver, poll_all
    from kcna_monitor.watch.rules import hangul_advice

    config = load_config(config_path, db=db)
    for advice in hangul_advice(config.watch):
        logging.getLogger("kcna_monitor").warning("%s", advice)
    with runtime_for(config) as rt:
        if not once:
            sys.exit(run_daemon(rt))
        reports = poll_all(rt)
        delivery = deliver(rt, force=True)
    failed = [r.source for r in reports if r.error]
    new = sum(r.new_articles for r in reports)
    click.echo(f"polled {len(reports)} sources ({len(failed)} failed), {new} new articles; "
               f"alerts: {delivery.delivered} delivered, {delivery.retrying} to retry, "
               f"{delivery.failed} failed", err=True)


@cli.command()
@config_option
@click.option("--dir", "folder", metavar="DIR",
              help="Folder for the demo database (default: a kcna-monitor-demo temp folder).")
@handle_errors
def demo(config_path: str | None, folder: str | None) -> None:
    """Run the real monitor offline against a bundled site served on 127.0.0.1.

    The demo never touches your store: it has its own database, watchlist and
    configuration (--config is accepted, like everywhere, and not used).
    """
    from kcna_monitor.demo.runner import run_demo

    run_demo(keep_dir=folder)


@cli.command()
@config_option
@click.argument("file", type=click.File("r", encoding="utf-8"), default="-")
@handle_errors
def extract(config_path: str | None, file: IO[str]) -> None:
    """Extract persons and envoys from JSON Lines with id and text (FILE or -)."""
    from kcna_monitor.nlp.pipeline import extract_texts, load_pipeline

    config = load_config(config_path)
    rows, bad = _read_extract_input(file)
    nlp = load_pipeline(config.nlp.model or None)
    texts = (str(row.get("text") or "") for row in rows)
    for row, extraction in zip(rows, extract_texts(nlp, texts, config.nlp.batch_size),
                               strict=True):
        sys.stdout.write(json.dumps(extraction.to_json(row["id"]), ensure_ascii=False) + "\n")
    if bad:
        raise MonitorError(f"{len(bad)} input lines skipped: {bad[0]}")


def _read_extract_input(file: IO[str]) -> tuple[list[dict[str, Any]], list[str]]:
    rows, bad = [], []
    for number, line in enumerate(file, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            bad.append(f"line {number}: not JSON ({exc.msg})")
            continue
        if not isinstance(row, dict) or "id" not in row or not isinstance(row.get("text"), str):
            bad.append(f"line {number}: needs an object with 'id' and a string 'text'")
            continue
        rows.append(row)
    for message in bad:
        click.echo(f"kcna-monitor: {message}", err=True)
    return rows, bad


@cli.command("match-names")
@config_option
@click.argument("file", type=click.File("r", encoding="utf-8"), default="-")
@handle_errors
def match_names(config_path: str | None, file: IO[str]) -> None:
    """Match rows 'watch_name<TAB>mention' (FILE or -); one JSON line per row."""
    from kcna_monitor.names.matcher import match_name

    for number, line in enumerate(file, 1):
        fields = line.rstrip("\r\n").split("\t")
        if (number == 1 and fields[0].strip() == "watch_name") or not line.strip():
            continue
        if len(fields) < 2:
            click.echo(f"kcna-monitor: line {number}: expected watch_name<TAB>mention", err=True)
            continue
        result = match_name(fields[0], fields[1])
        sys.stdout.write(json.dumps({"watch_name": fields[0], "mention": fields[1],
                                     "match": result.match, "score": round(result.score, 4)},
                                    ensure_ascii=False) + "\n")


def _listing(name: str, columns: tuple[str, ...], query: Callable[..., list[dict[str, Any]]],
             help_text: str) -> None:
    @cli.command(name, help=help_text)
    @config_option
    @db_option
    @json_option
    @handle_errors
    def command(config_path: str | None, db: str | None, as_json: bool) -> None:
        with store_for(config_path, db) as store:
            emit(query(store), columns, as_json)


def _register_listings() -> None:
    from kcna_monitor.store import queries

    _listing("articles", ("id", "source", "url", "title", "published_at", "fetched_at"),
             queries.articles, "List stored articles, newest first.")
    _listing("persons", ("name", "mentions", "first_seen", "last_seen", "variants"),
             queries.persons, "People found so far, with the spellings seen.")
    _listing("envoys", ("envoy", "principal", "destination", "status", "article_id",
                        "published_at"), queries.envoys, "Envoy mentions found so far.")
    _listing("review", ("watch", "person", "matched", "score", "reasons", "article_id",
                        "title"), queries.reviews,
             "Near matches worth a human look (the review band); never sent as alerts.")


@cli.command()
@click.argument("query")
@config_option
@db_option
@json_option
@click.option("--limit", default=50, show_default=True, help="At most this many results.")
@handle_errors
def search(query: str, config_path: str | None, db: str | None, as_json: bool,
           limit: int) -> None:
    """Full-text search over stored articles."""
    from kcna_monitor.store.queries import search as run_search

    with store_for(config_path, db) as store:
        emit(run_search(store, query, limit), ("id", "title", "url", "published_at", "snippet"),
             as_json)


@cli.command()
@config_option
@db_option
@json_option
@handle_errors
def status(config_path: str | None, db: str | None, as_json: bool) -> None:
    """Health of each source: last success, last error and when, failures in a row."""
    from kcna_monitor.store import queries

    config = load_config(config_path, db=db)
    with open_store_of(config) as store:
        # configured sources are listed before their first poll too
        store.sync_sources([(s.name, s.kind, s.url) for s in config.sources])
        emit(queries.status(store), ("source", "last_success", "last_error", "last_error_at",
                                     "consecutive_failures", "articles"), as_json)


@cli.group(invoke_without_command=True)
@config_option
@db_option
@json_option
@click.pass_context
@handle_errors
def alerts(ctx: click.Context, config_path: str | None, db: str | None, as_json: bool) -> None:
    """Alerts raised, with their delivery status (pending, delivered, failed)."""
    if ctx.invoked_subcommand is not None:
        # "alerts --config X retry" means X for the subcommand too
        ctx.obj = {"config_path": config_path, "db": db}
        return
    from kcna_monitor.store import queries

    with store_for(config_path, db) as store:
        emit(queries.alerts(store), ("id", "watch", "article_id", "status", "created_at"),
             as_json)


@alerts.command("retry")
@config_option
@db_option
@click.option("--id", "alert_id", type=int, help="Only this alert.")
@click.pass_obj
@handle_errors
def alerts_retry(parent: dict[str, Any] | None, config_path: str | None, db: str | None,
                 alert_id: int | None) -> None:
    """Queue failed deliveries again and try every pending alert now."""
    from kcna_monitor.alerts.outbox import retry_failed
    from kcna_monitor.monitor import deliver

    parent = parent or {}
    config = load_config(config_path or parent.get("config_path"), db=db or parent.get("db"))
    with runtime_for(config) as rt:
        queued = retry_failed(rt.store, alert_id)
        report = deliver(rt, force=True)
    click.echo(f"{queued} failed deliveries queued again; {report.delivered} delivered, "
               f"{report.retrying} to retry, {report.failed} failed", err=True)


@cli.command()
@click.option("--since", required=True, metavar="DATE",
              help="ISO date or time (UTC), e.g. 2024-05-01.")
@config_option
@db_option
@json_option
@handle_errors
def backtest(since: str, config_path: str | None, db: str | None, as_json: bool) -> None:
    """Which stored articles would alert under the current watchlist (sends nothing)."""
    from kcna_monitor.parse.dates import isoformat_z
    from kcna_monitor.watch.backtest import backtest as run_backtest
    from kcna_monitor.watch.rules import Watchlist

    moment = parse_utc(since)
    config = load_config(config_path, db=db)
    with open_store_of(config) as store:
        rows = run_backtest(store, Watchlist(config.watch), isoformat_z(moment))
        emit(rows, ("article_id", "published_at", "watch", "person", "envoy", "title"),
             as_json)


_register_listings()


def main() -> None:
    cli(prog_name="kcna-monitor")
