"""Typed configuration, built once and passed down.

Layers, later ones winning: the packaged ``defaults.toml``, the user's TOML
file, the environment (``KCNA_MONITOR_DB``, ``KCNA_MONITOR_MODEL``), then
command-line flags. The result is a tree of frozen dataclasses. This is the
only module that reads the environment: alert URLs may name secrets as
``${VAR}``, expanded here so that the file never holds them.
"""

from __future__ import annotations

import hashlib
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from kcna_monitor.errors import ConfigError

SOURCE_KINDS = ("rss", "html")
WATCH_KINDS = ("person", "envoy", "keyword")
DIGESTS = ("immediate", "hourly", "daily")
ENV_CONFIG = "KCNA_MONITOR_CONFIG"
LOCAL_CONFIG = "kcna-monitor.toml"
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True)
class StoreConfig:
    path: Path


@dataclass(frozen=True)
class NlpConfig:
    model: str
    batch_size: int


@dataclass(frozen=True)
class HttpConfig:
    connect_timeout: float
    read_timeout: float
    total_timeout: float
    max_bytes: int
    max_redirects: int
    min_host_delay: float
    respect_robots: bool


@dataclass(frozen=True)
class DaemonConfig:
    jitter: float
    alert_retry_interval: float
    source_alert_after: int  # failures in a row that raise a source alert; 0 = never


@dataclass(frozen=True)
class SourceConfig:
    name: str
    kind: str
    url: str
    interval: float
    link_selector: str | None = None
    title_selector: str | None = None
    body_selector: str | None = None
    date_selector: str | None = None
    enabled: bool = True
    expected_cadence: float | None = None  # seconds; silence longer than this alerts
    recheck: float | None = None  # seconds; re-fetch listed known articles this old


@dataclass(frozen=True)
class WatchEntry:
    """A watchlist rule.

    kind "person" (the default): ``name`` (+ ``hangul``, ``aliases``) is the person.
    kind "envoy": any envoy mention, narrowed by ``person`` (that person as an
    envoy; ``hangul`` and ``aliases`` then spell the person) and/or
    ``destination``; ``name`` is the rule's label. kind "keyword": any of
    ``phrases`` (default: ``name``) in the title or text.
    """

    name: str
    hangul: str | None = None
    aliases: tuple[str, ...] = ()
    notes: str | None = None
    kind: str = "person"
    person: str | None = None
    destination: str | None = None
    phrases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every spelling the name matcher compiles for this entry's person."""
        if self.kind == "person":
            return (self.name, *self.aliases)
        return (self.person, *self.aliases) if self.person else ()


@dataclass(frozen=True)
class AlertTarget:
    url: str = field(repr=False)  # may hold an expanded secret: never print it
    name: str
    digest: str = "immediate"  # or "hourly", "daily": one message per period
    # Identifies the channel in the outbox across restarts: the configured name,
    # else a digest of the URL *before* ${VAR} expansion, so rotating a secret
    # keeps the pending deliveries. Holds no secret.
    key: str = ""

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Config:
    store: StoreConfig
    nlp: NlpConfig
    http: HttpConfig
    daemon: DaemonConfig
    sources: tuple[SourceConfig, ...]
    watch: tuple[WatchEntry, ...]
    alerts: tuple[AlertTarget, ...]
    origin: str  # the file the configuration came from, for messages


def parse_interval(value: object, *, where: str = "", key: str = "interval") -> float:
    """Seconds from "90s", "15m", "2h", "1d" or a number of seconds."""
    if isinstance(value, bool):
        raise ConfigError("expected a duration such as 90s, 15m or 2h", path=where, key=key)
    if isinstance(value, int | float) and value > 0:
        return float(value)
    match = _INTERVAL.match(value) if isinstance(value, str) else None
    if match is None or float(match.group(1)) <= 0:
        raise ConfigError(
            f"expected a duration such as 90s, 15m or 2h, got {value!r}", path=where, key=key
        )
    return float(match.group(1)) * _UNITS[match.group(2)]


def find_config_file(explicit: str | None, environ: Mapping[str, str]) -> Path | None:
    """--config, else $KCNA_MONITOR_CONFIG, else ./kcna-monitor.toml, else None."""
    chosen = explicit or environ.get(ENV_CONFIG)
    if chosen:
        path = Path(chosen)
        if not path.is_file():
            raise ConfigError("no such configuration file", path=str(path))
        return path
    local = Path(LOCAL_CONFIG)
    return local if local.is_file() else None


def load_config(
    explicit: str | None = None,
    *,
    db: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Config:
    """Build the configuration from every layer; ConfigError names what is wrong."""
    env = os.environ if environ is None else environ
    path = find_config_file(explicit, env)
    if path is None:
        user, origin = _read_packaged("default_config.toml"), "packaged default configuration"
    else:
        user, origin = _read_toml(path), str(path)
    merged = _merge(_read_packaged("defaults.toml"), user, origin)
    config = _build(merged, origin, env)
    if env.get("KCNA_MONITOR_DB"):
        config = replace(config, store=StoreConfig(Path(env["KCNA_MONITOR_DB"])))
    if db:
        config = replace(config, store=StoreConfig(Path(db)))
    return config


def config_from_text(text: str, *, origin: str = "<text>",
                     environ: Mapping[str, str] | None = None) -> Config:
    """Build a configuration from TOML text laid over the packaged defaults."""
    user = _parse_toml(text, origin)
    merged = _merge(_read_packaged("defaults.toml"), user, origin)
    return _build(merged, origin, os.environ if environ is None else environ)


def _read_packaged(name: str) -> dict[str, Any]:
    text = resources.files("kcna_monitor").joinpath(name).read_text(encoding="utf-8")
    return _parse_toml(text, f"<packaged {name}>")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {exc}", path=str(path)) from exc
    return _parse_toml(text, str(path))


def _parse_toml(text: str, origin: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", path=origin) from exc


_TABLES = ("store", "nlp", "http", "daemon")
_LISTS = ("sources", "watch", "alerts")


def _merge(defaults: dict[str, Any], user: dict[str, Any], origin: str) -> dict[str, Any]:
    unknown = sorted(set(user) - set(_TABLES) - set(_LISTS))
    if unknown:
        raise ConfigError(
            f"unknown section; expected one of {', '.join(_TABLES + _LISTS)}",
            path=origin, key=unknown[0],
        )
    merged: dict[str, Any] = {}
    for table in _TABLES:
        given = user.get(table, {})
        _expect(isinstance(given, dict), origin, table, "expected a table")
        _reject_unknown(given, defaults[table], origin, table)
        merged[table] = {**defaults[table], **given}
    for name in _LISTS:
        items = user.get(name, [])
        _expect(isinstance(items, list), origin, name, f"expected [[{name}]] entries")
        merged[name] = items
    return merged


def _reject_unknown(given: Mapping[str, Any], known: Mapping[str, Any], origin: str,
                    prefix: str) -> None:
    for key in given:
        if key not in known:
            raise ConfigError(
                f"unknown key; expected one of {', '.join(sorted(known))}",
                path=origin, key=f"{prefix}.{key}",
            )


def _expect(ok: bool, origin: str, key: str, message: str) -> None:
    if not ok:
        raise ConfigError(message, path=origin, key=key)


def _typed(table: Mapping[str, Any], key: str, kind: type | tuple[type, ...], origin: str,
           prefix: str) -> Any:
    value = table[key]
    names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
    ok = isinstance(value, kind) and not (isinstance(value, bool) and kind is not bool)
    _expect(ok, origin, f"{prefix}.{key}", f"expected {names}, got {value!r}")
    return value


def _build(merged: dict[str, Any], origin: str, env: Mapping[str, str]) -> Config:
    return Config(
        store=_build_store(merged["store"], origin),
        nlp=_build_nlp(merged["nlp"], origin, env),
        http=_build_http(merged["http"], origin),
        daemon=_build_daemon(merged["daemon"], origin),
        sources=_build_sources(merged["sources"], origin),
        watch=_unique_watch(
            [_build_watch(w, origin, i) for i, w in enumerate(merged["watch"])], origin),
        alerts=tuple(_build_alert(a, origin, i, env) for i, a in enumerate(merged["alerts"])),
        origin=origin,
    )


def _build_store(table: Mapping[str, Any], origin: str) -> StoreConfig:
    return StoreConfig(Path(_typed(table, "path", str, origin, "store")))


def _build_nlp(table: Mapping[str, Any], origin: str, env: Mapping[str, str]) -> NlpConfig:
    model = env.get("KCNA_MONITOR_MODEL") or _typed(table, "model", str, origin, "nlp")
    batch = _typed(table, "batch_size", int, origin, "nlp")
    _expect(batch > 0, origin, "nlp.batch_size", "expected a positive number")
    return NlpConfig(model=model, batch_size=batch)


def _build_http(table: Mapping[str, Any], origin: str) -> HttpConfig:
    num = (int, float)
    values = {k: float(_typed(table, k, num, origin, "http"))
              for k in ("connect_timeout", "read_timeout", "total_timeout", "min_host_delay")}
    for key, value in values.items():
        _expect(value >= 0, origin, f"http.{key}", "expected a number of seconds >= 0")
    return HttpConfig(
        max_bytes=_typed(table, "max_bytes", int, origin, "http"),
        max_redirects=_typed(table, "max_redirects", int, origin, "http"),
        respect_robots=_typed(table, "respect_robots", bool, origin, "http"),
        **values,
    )


def _build_daemon(table: Mapping[str, Any], origin: str) -> DaemonConfig:
    jitter = float(_typed(table, "jitter", (int, float), origin, "daemon"))
    retry = parse_interval(table["alert_retry_interval"], where=origin,
                           key="daemon.alert_retry_interval")
    after = _typed(table, "source_alert_after", int, origin, "daemon")
    _expect(after >= 0, origin, "daemon.source_alert_after", "expected a number >= 0")
    return DaemonConfig(jitter=jitter, alert_retry_interval=retry, source_alert_after=after)


_SOURCE_KEYS = {"name": str, "kind": str, "url": str, "interval": (str, int, float),
                "link_selector": str, "title_selector": str, "body_selector": str,
                "date_selector": str, "enabled": bool, "expected_cadence": (str, int, float),
                "recheck": (str, int, float)}


def _entry(item: object, origin: str, prefix: str, schema: Mapping[str, Any],
           required: tuple[str, ...]) -> dict[str, Any]:
    _expect(isinstance(item, dict), origin, prefix, "expected a table")
    assert isinstance(item, dict)
    _reject_unknown(item, schema, origin, prefix)
    for key in required:
        _expect(key in item, origin, f"{prefix}.{key}", "missing required key")
    for key in item:
        _typed(item, key, schema[key], origin, prefix)
    return item


def _build_sources(items: list[Any], origin: str) -> tuple[SourceConfig, ...]:
    sources: list[SourceConfig] = []
    for index, item in enumerate(items):
        sources.append(_build_source(item, origin, f"sources[{index}]"))
    names = [s.name for s in sources]
    for index, name in enumerate(names):
        _expect(names.index(name) == index, origin, f"sources[{index}].name",
                f"duplicate source name {name!r}; names must be unique")
    return tuple(sources)


def _build_source(item: object, origin: str, prefix: str) -> SourceConfig:
    entry = _entry(item, origin, prefix, _SOURCE_KEYS, ("name", "kind", "url"))
    _expect(entry["kind"] in SOURCE_KINDS, origin, f"{prefix}.kind",
            f"expected one of {', '.join(SOURCE_KINDS)}, got {entry['kind']!r}")
    _expect(entry["url"].startswith(("http://", "https://")), origin, f"{prefix}.url",
            "expected an http:// or https:// URL")
    _expect(entry["kind"] != "html" or "link_selector" in entry, origin,
            f"{prefix}.link_selector", "an html source needs a CSS selector for article links")
    interval = parse_interval(entry.get("interval", "15m"), where=origin,
                              key=f"{prefix}.interval")
    durations: dict[str, float] = {
        key: parse_interval(entry[key], where=origin, key=f"{prefix}.{key}")
        for key in ("expected_cadence", "recheck") if key in entry}
    return SourceConfig(**{**entry, "interval": interval, **durations})


_WATCH_KEYS = {"name": str, "hangul": str, "aliases": list, "notes": str, "kind": str,
               "person": str, "destination": str, "phrases": list}
_KIND_KEYS = {"person": {"person", "destination", "phrases"},
              "envoy": {"phrases"}, "keyword": {"person", "destination", "hangul", "aliases"}}


def _build_watch(item: object, origin: str, index: int) -> WatchEntry:
    prefix = f"watch[{index}]"
    entry = _entry(item, origin, prefix, _WATCH_KEYS, ("name",))
    kind = entry.get("kind", "person")
    _expect(kind in WATCH_KINDS, origin, f"{prefix}.kind",
            f"expected one of {', '.join(WATCH_KINDS)}, got {kind!r}")
    for key in _KIND_KEYS[kind] & set(entry):
        _expect(False, origin, f"{prefix}.{key}", f"not a key of a {kind!r} watch entry")
    lists = {key: _string_list(entry, key, origin, prefix) for key in ("aliases", "phrases")}
    _expect(bool(entry["name"].strip()), origin, f"{prefix}.name", "must not be empty")
    return WatchEntry(**{**entry, **lists})


def _unique_watch(entries: list[WatchEntry], origin: str) -> tuple[WatchEntry, ...]:
    """Alerts are kept per watch name, so two entries may not share one."""
    names = [entry.name for entry in entries]
    for index, name in enumerate(names):
        _expect(names.index(name) == index, origin, f"watch[{index}].name",
                f"duplicate watch name {name!r}; names must be unique")
    return tuple(entries)


def _string_list(entry: Mapping[str, Any], key: str, origin: str,
                 prefix: str) -> tuple[str, ...]:
    values = entry.get(key, [])
    _expect(all(isinstance(v, str) and v.strip() for v in values), origin, f"{prefix}.{key}",
            "expected a list of non-empty strings")
    return tuple(values)


def _build_alert(item: object, origin: str, index: int, env: Mapping[str, str]) -> AlertTarget:
    prefix = f"alerts[{index}]"
    entry = _entry(item, origin, prefix, {"url": str, "name": str, "digest": str}, ("url",))
    digest = entry.get("digest", "immediate")
    _expect(digest in DIGESTS, origin, f"{prefix}.digest",
            f"expected one of {', '.join(DIGESTS)}, got {digest!r}")
    raw = entry["url"]
    missing = [v for v in _ENV_REF.findall(raw) if v not in env]
    _expect(not missing, origin, f"{prefix}.url",
            f"environment variable {missing[0] if missing else ''} is not set")
    url = _ENV_REF.sub(lambda m: env[m.group(1)], raw)
    digest_of_raw = hashlib.sha256(raw.encode("utf-8")).hexdigest()[:10]
    name = entry.get("name") or redact_url(raw)
    key = entry.get("name", f"{name}#{digest_of_raw}")
    return AlertTarget(url=url, name=name, digest=digest, key=key)


def redact_url(url: str) -> str:
    """A printable form of an alert URL: the scheme and a real host name, nothing else.

    Many Apprise URLs carry tokens where a host would be (slack://T000/B000/…),
    so a "host" is shown only when it looks like one (has a dot or a port).
    """
    if "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    if scheme == "file":
        return url if "${" not in url else "file://…"
    host = re.split(r"[/?#]", rest, maxsplit=1)[0].rsplit("@", 1)[-1]
    if "${" in host or not re.search(r"[.:]", host):
        return f"{scheme}://…"
    return f"{scheme}://{host}"
