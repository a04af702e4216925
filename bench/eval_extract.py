"""Run extract on a JSONL file of dispatches and write predictions for score.py.

Usage: python bench/eval_extract.py GOLD.jsonl PRED.jsonl
"""

from __future__ import annotations

import json
import sys

from kcna_monitor.nlp.pipeline import extract_texts, load_pipeline


def main(argv: list[str]) -> None:
    """Write one prediction line per input line."""
    src, dst = argv
    with open(src, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    nlp = load_pipeline()
    with open(dst, "w", encoding="utf-8") as out:
        for row, ext in zip(rows, extract_texts(nlp, (r["text"] for r in rows)), strict=True):
            out.write(json.dumps(ext.to_json(row["id"]), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
