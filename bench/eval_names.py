"""Evaluate the name matcher on a labelled table (watch_name, mention, expected, note).

Usage: python bench/eval_names.py [path]  (default ../shared/eval/name_cases.tsv)

Rows tagged [weak] must land in the review band; other positives must alert;
negatives must not alert.  [stretch] and [ambiguous] rows are reported apart.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from kcna_monitor.names import match_name

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "name_cases.tsv"
EXCLUDED = {"stretch", "ambiguous"}


def _tag(note: str) -> str:
    m = re.match(r"\s*\[([^\]]+)\]", note)
    return m.group(1) if m else "untagged"


def _outcome(tag: str, expected: bool, band: str | None) -> str:
    if tag == "weak":
        return "TP" if band == "review" else ("FP" if band == "alert" else "FN")
    hit = band == "alert"
    if expected:
        return "TP" if hit else "FN"
    return "FP" if hit else "TN"


def evaluate(path: Path) -> int:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    errors: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            tag = _tag(row["note"])
            expected = row["expected"].strip().lower() == "true"
            result = match_name(row["watch_name"], row["mention"])
            outcome = _outcome(tag, expected, result.band)
            counts[tag][outcome] += 1
            if outcome in ("FP", "FN"):
                errors.append(
                    f"{outcome} [{tag}] {row['watch_name']!r} vs {row['mention']!r}: "
                    f"score={result.score} band={result.band} reasons={result.reasons}"
                )
    print("| tag | TP | FP | TN | FN |\n|---|---|---|---|---|")
    for tag in sorted(counts):
        c = counts[tag]
        print(f"| {tag} | {c['TP']} | {c['FP']} | {c['TN']} | {c['FN']} |")
    core = [e for e in errors if not any(f"[{t}]" in e for t in EXCLUDED)]
    print(f"\nerrors ({len(core)} core, {len(errors) - len(core)} stretch/ambiguous):")
    print("\n".join(errors) or "none")
    return 1 if core else 0


if __name__ == "__main__":
    sys.exit(evaluate(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
