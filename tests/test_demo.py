"""The demo: the real monitor against the bundled site, offline."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from kcna_monitor.cli import cli
from kcna_monitor.demo.runner import run_demo


def test_demo_prints_the_envoy_alert_and_summary(tmp_path: Path) -> None:
    out = io.StringIO()
    db = run_demo(keep_dir=str(tmp_path), out=out)
    text = out.getvalue()
    assert "ALERT" in text
    assert "Choe Ryong Hae, special envoy of Kim Jong Un to Moscow, Russian Federation" in text
    assert "Poll 5 of 5 (nothing new published)" in text
    assert "demo-kcna-feed: not modified" in text
    assert text.count("ALERT") == 5  # announcement, departure, arrival, two talks
    assert "kcna-monitor search Moscow" in text and f'--db "{db}"' in text
    with sqlite3.connect(db) as conn:
        names = {r[0] for r in conn.execute("select name from persons")}
        watched = {r[0] for r in conn.execute("select distinct watch from alerts")}
        variants = [r[0] for r in conn.execute(
            "select variant from person_variants v join persons p on p.id = v.person_id "
            "where p.name = 'Choe Son Hui'")]
    assert variants == ["Choe Son Hui"]  # the later "Choe" is a mention, not a spelling
    assert {"Choe Ryong Hae", "Kim Jong Un", "Choe Son Hui", "Sergei Lavrov"} <= names
    assert "Kim Il Sung" not in names
    assert watched == {"Choe Ryong Hae"}


def test_demo_command_never_writes_outside_its_folder(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["demo", "--dir", str(tmp_path / "d")])
    assert result.exit_code == 0, result.output
    assert "special envoy of Kim Jong Un" in result.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d"]
