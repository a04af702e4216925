"""Configuration: layers, types, and one clear message per mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

from kcna_monitor.config import config_from_text, load_config, parse_interval, redact_url
from kcna_monitor.errors import ConfigError

SOURCE = """
[[sources]]
name = "feed"
kind = "rss"
url = "http://127.0.0.1:9/feed.xml"
interval = "15m"
"""


@pytest.mark.parametrize(("text", "seconds"), [("90s", 90), ("15m", 900), ("2h", 7200),
                                               ("1d", 86400), (45, 45), (2.5, 2.5),
                                               (" 10 ", 10)])
def test_intervals(text: object, seconds: float) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("bad", ["15x", "", "-5m", 0, True, "m"])
def test_bad_intervals_name_the_key(bad: object) -> None:
    with pytest.raises(ConfigError, match="interval"):
        parse_interval(bad, where="f.toml", key="sources[0].interval")


def test_contract_keys_load(tmp_path: Path) -> None:
    path = tmp_path / "kcna-monitor.toml"
    path.write_text("""
[store]
path = "my.db"
""" + SOURCE + """
[[watch]]
name = "Choe Ryong Hae"
hangul = "최룡해"
aliases = ["Choe Ryong-hae"]

[[alerts]]
url = "json://127.0.0.1:8080/hook"
""", encoding="utf-8")
    config = load_config(str(path), environ={})
    assert config.store.path == Path("my.db")
    assert config.sources[0].interval == 900
    assert config.watch[0].names == ("Choe Ryong Hae", "Choe Ryong-hae")
    assert config.watch[0].hangul == "최룡해"
    assert config.alerts[0].url == "json://127.0.0.1:8080/hook"


def test_layers_env_then_flag_win(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('[store]\npath = "file.db"\n', encoding="utf-8")
    env = {"KCNA_MONITOR_DB": "env.db", "KCNA_MONITOR_CONFIG": str(path)}
    assert load_config(None, environ=env).store.path == Path("env.db")
    assert load_config(None, db="flag.db", environ=env).store.path == Path("flag.db")


def test_packaged_default_when_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    config = load_config(None, environ={})
    assert config.origin == "packaged default configuration"
    assert config.sources, "the packaged configuration lists the real sources"
    assert len({s.name for s in config.sources}) == len(config.sources)


@pytest.mark.parametrize(("text", "key", "reason"), [
    ("[store]\npaht = 'x'\n", "store.paht", "unknown key"),
    ("[stor]\n", "stor", "unknown section"),
    ("[store]\npath = 3\n", "store.path", "expected str"),
    ("[[sources]]\nname='a'\nkind='ftp'\nurl='http://x/'\n", "sources[0].kind", "expected one of"),
    ("[[sources]]\nname='a'\nkind='rss'\n", "sources[0].url", "missing required key"),
    ("[[sources]]\nname='a'\nkind='html'\nurl='http://x/'\n", "sources[0].link_selector",
     "CSS selector"),
    (SOURCE + SOURCE, "sources[1].name", "duplicate source name"),
    ("[[sources]]\nname='a'\nkind='rss'\nurl='file:///etc/passwd'\n", "sources[0].url", "http"),
    ("[[watch]]\nname='Kim'\nalias=['x']\n", "watch[0].alias", "unknown key"),
    ("[[watch]]\nname='Kim'\naliases='x'\n", "watch[0].aliases", "expected list"),
    ("[[alerts]]\nurl='json://h/${NOPE_NOT_SET}'\n", "alerts[0].url", "NOPE_NOT_SET"),
    ("[http]\nmax_bytes = 'big'\n", "http.max_bytes", "expected int"),
    ("store = 3\n", "store", "expected a table"),
    ("[store\n", "", "not valid TOML"),
])
def test_mistakes_name_file_key_and_reason(text: str, key: str, reason: str) -> None:
    with pytest.raises(ConfigError) as info:
        config_from_text(text, origin="my.toml", environ={})
    message = str(info.value)
    assert message.startswith("my.toml")
    assert key in message
    assert reason in message


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_config(str(tmp_path / "absent.toml"), environ={})


def test_secrets_come_from_the_environment_and_are_redacted() -> None:
    text = "[[alerts]]\nurl = 'slack://${SLACK_TOKEN}/#news'\n"
    config = config_from_text(text, environ={"SLACK_TOKEN": "T000/B000/XXXX"})
    target = config.alerts[0]
    assert target.url == "slack://T000/B000/XXXX/#news"
    assert "XXXX" not in str(target) and "XXXX" not in repr(target)
    assert "XXXX" not in repr(config)


def test_redact_url_drops_credentials() -> None:
    assert redact_url("mailto://user:pass@example.org?to=a@b.c") == "mailto://example.org"
    assert "secret" not in redact_url("json://u:secret@host:8080/hook")


def test_duplicate_watch_names_are_refused() -> None:
    text = '[[watch]]\nname = "Kim Yo Jong"\n\n[[watch]]\nname = "Kim Yo Jong"\nkind = "envoy"\n'
    with pytest.raises(ConfigError, match=r"watch\[1\].name.*duplicate watch name"):
        config_from_text(text, origin="w.toml", environ={})


def test_channel_keys_survive_secret_rotation() -> None:
    text = "[[alerts]]\nurl = 'json://hooks.example.org/${HOOK_TOKEN}'\n"
    first = config_from_text(text, environ={"HOOK_TOKEN": "aaaa1111"}).alerts[0]
    second = config_from_text(text, environ={"HOOK_TOKEN": "bbbb2222"}).alerts[0]
    assert first.key == second.key and "aaaa1111" not in first.key
    named = config_from_text("[[alerts]]\nurl = 'console'\nname = 'desk'\n", environ={})
    assert named.alerts[0].key == "desk"


def test_shipped_example_files_load() -> None:
    from tests.paths import ROOT

    watch = config_from_text((ROOT / "config" / "watchlist.example.toml").read_text("utf-8"),
                             environ={})
    assert len(watch.watch) >= 10 and all(w.hangul for w in watch.watch)
    config = load_config(str(ROOT / "config" / "kcna-monitor.toml"), environ={})
    assert {s.kind for s in config.sources} == {"rss", "html"}
    assert all(s.interval >= 900 for s in config.sources)  # polite to every source
