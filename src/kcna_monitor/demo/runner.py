"""``kcna-monitor demo``: the real monitor, offline, against the bundled site.

The site publishes its items over a few polls; each poll runs the same code as
``run --once`` (fetch, parse, extract, store, watch, deliver) with a watchlist
of Choe Ryong Hae and the console channel, so alerts print as they fire.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TextIO

from kcna_monitor.config import Config, config_from_text
from kcna_monitor.demo.server import DemoServer, DemoSite
from kcna_monitor.monitor import Runtime, build_runtime, deliver, poll_all
from kcna_monitor.store import queries

DEMO_DIR = Path(tempfile.gettempdir()) / "kcna-monitor-demo"

_CONFIG = """
[store]
path = "{db}"

[http]
min_host_delay = 0.0

[daemon]
jitter = 0

[[sources]]
name = "demo-kcna-feed"
kind = "rss"
url = "{base}/feed.xml"
interval = "15m"
body_selector = "div.article-body"

[[sources]]
name = "demo-kcna-listing"
kind = "html"
url = "{base}/news/"
interval = "30m"
link_selector = "ul.news-list a"
body_selector = "div.article-body"

[[watch]]
name = "Choe Ryong Hae"
hangul = "최룡해"
aliases = ["Choe Ryong-hae"]

[[alerts]]
url = "console"
"""


def demo_config(base_url: str, db: Path) -> Config:
    text = _CONFIG.format(base=base_url, db=db.as_posix())
    return config_from_text(text, origin="<demo configuration>")


def run_demo(keep_dir: str | None = None, out: TextIO | None = None) -> Path:
    """Replay the demo site; returns the path of the demo database."""
    stream = out or sys.stdout
    folder = Path(keep_dir) if keep_dir else DEMO_DIR
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "demo.db"
    for leftover in folder.glob("demo.db*"):
        leftover.unlink()  # ours from an earlier demo: start the replay afresh
    site = DemoSite()
    with DemoServer(site) as server:
        _say(stream, f"Demo site serving on {server.base_url} (feed and listing)")
        rt = build_runtime(demo_config(server.base_url, db), console=stream)
        try:
            _replay(rt, site, stream)
            _summary(rt, stream, db)
        finally:
            rt.close()
    return db


def _replay(rt: Runtime, site: DemoSite, stream: TextIO) -> None:
    # One poll more than the site has stages: the last finds nothing new and
    # shows the conditional GET at work (the feed answers 304 Not Modified).
    total = site.polls + 1
    for poll in range(1, total + 1):
        site.stage = min(poll, site.polls)
        quiet = " (nothing new published)" if poll > site.polls else ""
        _say(stream, f"\n== Poll {poll} of {total}{quiet}")
        for report in poll_all(rt):
            state = "not modified" if report.not_modified else (
                f"{report.new_articles} new articles, {report.alerts} alerts")
            _say(stream, f"   {report.source}: {report.error or state}")
        deliver(rt)


def _summary(rt: Runtime, stream: TextIO, db: Path) -> None:
    articles = queries.articles(rt.store)
    persons = queries.persons(rt.store)
    envoys = queries.envoys(rt.store)
    alerts = queries.alerts(rt.store)
    delivered = sum(1 for a in alerts if a["status"] == "delivered")
    _say(stream, f"\n== Done: {len(articles)} articles, {len(persons)} persons, "
                 f"{len(envoys)} envoy mentions, {len(alerts)} alerts ({delivered} delivered).")
    _say(stream, f"The demo database is {db}. Try next:")
    for command in (f'search Moscow --db "{db}"', f'persons --db "{db}"',
                    f'envoys --db "{db}"'):
        _say(stream, f"  kcna-monitor {command}")


def _say(stream: TextIO, text: str) -> None:
    print(text, file=stream, flush=True)
