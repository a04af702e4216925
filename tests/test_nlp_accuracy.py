"""Accuracy on our labelled sets (tests/data/, FORMAT.md rules; see tests/data/README.md).

Each set has floors just below its measured scores, so that a regression of
more than an item or two fails. Every held-out set was scored blind first; all but
heldout72, 74, 75, 76, 78, 79, 80 and 81 were then used for tuning, so their floors
guard those fixes.
The blind scores, the honest estimate for unseen text, are in tests/data/README.md.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from kcna_monitor.nlp.linking import name_key
from kcna_monitor.nlp.pipeline import extract_texts

DATA = Path(__file__).parent / "data"
# set: (persons F1, envoys F1, destination, principal, status) floors, about three points
# under the scores measured when the set was added (tests/data/README.md has the blind
# scores each set got before it was used for tuning).
FLOORS = {
    "dispatches.jsonl": (0.97, 0.97, 0.97, 0.97, 0.97),
    "heldout.jsonl": (0.97, 0.97, 0.97, 0.97, 0.97),
    "heldout2.jsonl": (0.97, 0.92, 0.92, 0.94, 0.92),
    "heldout3.jsonl": (0.97, 0.97, 0.97, 0.97, 0.97),
    "heldout4.jsonl": (0.96, 0.97, 0.91, 0.94, 0.85),
    "heldout5.jsonl": (0.97, 0.97, 0.9, 0.93, 0.97),
    "heldout6.jsonl": (0.97, 0.95, 0.9, 0.97, 0.89),
    "heldout7.jsonl": (0.97, 0.97, 0.97, 0.97, 0.97),
    "heldout8.jsonl": (0.97, 0.95, 0.82, 0.94, 0.94),
    "heldout9.jsonl": (0.96, 0.97, 0.97, 0.93, 0.93),
    "heldout10.jsonl": (0.96, 0.97, 0.86, 0.83, 0.9),
    "heldout11.jsonl": (0.96, 0.97, 0.93, 0.93, 0.83),
    "heldout12.jsonl": (0.96, 0.93, 0.89, 0.86, 0.89),
    "heldout13.jsonl": (0.97, 0.95, 0.89, 0.93, 0.82),
    "heldout14.jsonl": (0.95, 0.97, 0.93, 0.93, 0.86),
    "heldout15.jsonl": (0.97, 0.97, 0.86, 0.97, 0.93),
    "heldout16.jsonl": (0.97, 0.93, 0.89, 0.93, 0.97),
    "heldout17.jsonl": (0.97, 0.95, 0.86, 0.93, 0.93),
    # Session 9 found one more envoy here, "the Russian leader's", with the wrong principal.
    "heldout18.jsonl": (0.97, 0.91, 0.93, 0.93, 0.89),
    "heldout19.jsonl": (0.96, 0.95, 0.93, 0.97, 0.93),
    "heldout20.jsonl": (0.96, 0.95, 0.9, 0.97, 0.97),
    "heldout21.jsonl": (0.97, 0.95, 0.97, 0.97, 0.89),
    "heldout22.jsonl": (0.96, 0.91, 0.86, 0.89, 0.82),
    "heldout23.jsonl": (0.96, 0.91, 0.89, 0.93, 0.89),
    "heldout24.jsonl": (0.96, 0.95, 0.93, 0.89, 0.97),
    "heldout25.jsonl": (0.95, 0.95, 0.97, 0.93, 0.86),
    "heldout26.jsonl": (0.97, 0.91, 0.86, 0.93, 0.89),
    "heldout27.jsonl": (0.96, 0.91, 0.93, 0.97, 0.85),
    "heldout28.jsonl": (0.95, 0.95, 0.86, 0.93, 0.79),
    "heldout29.jsonl": (0.96, 0.93, 0.93, 0.93, 0.86),
    "heldout30.jsonl": (0.94, 0.95, 0.94, 0.94, 0.97),
    "heldout31.jsonl": (0.97, 0.97, 0.97, 0.97, 0.9),
    "heldout32.jsonl": (0.96, 0.94, 0.97, 0.9, 0.85),
    "heldout33.jsonl": (0.97, 0.93, 0.97, 0.94, 0.97),
    "heldout34.jsonl": (0.96, 0.95, 0.94, 0.9, 0.97),
    "heldout35.jsonl": (0.96, 0.95, 0.97, 0.97, 0.9),
    "heldout36.jsonl": (0.96, 0.95, 0.94, 0.9, 0.9),
    "heldout37.jsonl": (0.96, 0.97, 0.97, 0.9, 0.94),
    "heldout38.jsonl": (0.96, 0.95, 0.9, 0.94, 0.94),
    "heldout39.jsonl": (0.97, 0.97, 0.88, 0.85, 0.9),
    "heldout40.jsonl": (0.95, 0.9, 0.97, 0.94, 0.97),
    "heldout41.jsonl": (0.97, 0.92, 0.94, 0.97, 0.9),
    "heldout42.jsonl": (0.96, 0.89, 0.87, 0.97, 0.77),
    "heldout43.jsonl": (0.96, 0.95, 0.88, 0.97, 0.97),
    # Session 10 reads a bare "the North" as the capital the story travels to; three
    # labels here keep "North" and "South" themselves.
    "heldout44.jsonl": (0.96, 0.88, 0.85, 0.97, 0.78),
    "heldout45.jsonl": (0.96, 0.89, 0.84, 0.87, 0.84),
    "heldout46.jsonl": (0.95, 0.89, 0.85, 0.92, 0.89),
    "heldout47.jsonl": (0.95, 0.95, 0.94, 0.94, 0.8),
    "heldout48.jsonl": (0.96, 0.97, 0.9, 0.94, 0.85),
    "heldout49.jsonl": (0.96, 0.97, 0.9, 0.97, 0.8),
    "heldout50.jsonl": (0.96, 0.95, 0.86, 0.88, 0.83),
    "heldout51.jsonl": (0.95, 0.94, 0.85, 0.97, 0.78),
    "heldout52.jsonl": (0.95, 0.89, 0.88, 0.94, 0.78),
    "heldout53.jsonl": (0.97, 0.97, 0.9, 0.9, 0.87),
    "heldout54.jsonl": (0.96, 0.9, 0.76, 0.93, 0.83),
    "heldout55.jsonl": (0.96, 0.95, 0.88, 0.94, 0.88),
    "heldout56.jsonl": (0.95, 0.87, 0.72, 0.97, 0.83),
    "heldout57.jsonl": (0.94, 0.92, 0.94, 0.97, 0.88),
    "heldout58.jsonl": (0.96, 0.95, 0.88, 0.94, 0.91),
    "heldout59.jsonl": (0.96, 0.89, 0.86, 0.83, 0.70),
    "heldout60.jsonl": (0.95, 0.93, 0.94, 0.97, 0.94),
    "heldout61.jsonl": (0.96, 0.91, 0.88, 0.94, 0.78),
    "heldout62.jsonl": (0.96, 0.92, 0.85, 0.94, 0.88),
    "heldout63.jsonl": (0.97, 0.97, 0.89, 0.84, 0.84),
    "heldout64.jsonl": (0.96, 0.93, 0.94, 0.94, 0.89),
    "heldout65.jsonl": (0.96, 0.90, 0.80, 0.85, 0.75),
    "heldout66.jsonl": (0.96, 0.94, 0.97, 0.91, 0.91),
    "heldout67.jsonl": (0.96, 0.92, 0.87, 0.81, 0.90),
    "heldout68.jsonl": (0.96, 0.90, 0.89, 0.92, 0.79),
    "heldout69.jsonl": (0.96, 0.90, 0.91, 0.94, 0.91),
    "heldout70.jsonl": (0.96, 0.90, 0.91, 0.94, 0.83),
    "heldout71.jsonl": (0.96, 0.93, 0.88, 0.97, 0.86),
    "heldout72.jsonl": (0.96, 0.91, 0.88, 0.94, 0.85),
    "heldout73.jsonl": (0.95, 0.81, 0.81, 0.93, 0.78),
    "heldout74.jsonl": (0.96, 0.95, 0.89, 0.91, 0.89),
    "heldout75.jsonl": (0.95, 0.94, 0.73, 0.89, 0.63),
    "heldout76.jsonl": (0.96, 0.88, 0.84, 0.91, 0.79),
    "heldout77.jsonl": (0.95, 0.86, 0.90, 0.90, 0.84),
    "heldout78.jsonl": (0.96, 0.93, 0.81, 0.97, 0.81),
    "heldout79.jsonl": (0.96, 0.91, 0.94, 0.85, 0.83),
    "heldout80.jsonl": (0.96, 0.97, 0.94, 0.87, 0.84),
    "heldout81.jsonl": (0.96, 0.89, 0.88, 0.97, 0.88),
    "heldout82.jsonl": (0.96, 0.95, 0.83, 0.92, 0.94),
    "heldout83.jsonl": (0.96, 0.91, 0.86, 0.86, 0.75),
    "heldout84.jsonl": (0.96, 0.97, 0.89, 0.94, 0.91),
    "heldout85.jsonl": (0.96, 0.95, 0.89, 0.94, 0.84),
    "heldout86.jsonl": (0.96, 0.94, 0.81, 0.94, 0.89),
    "heldout87.jsonl": (0.96, 0.94, 0.91, 0.88, 0.88),
    "heldout88.jsonl": (0.96, 0.91, 0.97, 0.91, 0.86),
    "heldout89.jsonl": (0.97, 0.93, 0.93, 0.91, 0.77),
    "heldout90.jsonl": (0.97, 0.91, 0.82, 0.97, 0.87),
    "heldout91.jsonl": (0.96, 0.92, 0.85, 0.79, 0.85),
    "heldout92.jsonl": (0.96, 0.93, 0.91, 0.86, 0.88),
    "heldout93.jsonl": (0.96, 0.93, 0.82, 0.92, 0.73),
    "heldout94.jsonl": (0.96, 0.95, 0.94, 0.94, 0.91),
    "heldout95.jsonl": (0.96, 0.92, 0.85, 0.91, 0.85),
    "heldout96.jsonl": (0.96, 0.93, 0.89, 0.94, 0.91),
    "heldout97.jsonl": (0.95, 0.80, 0.90, 0.87, 0.80),
    "heldout98.jsonl": (0.96, 0.94, 0.94, 0.94, 0.88),
    "heldout99.jsonl": (0.96, 0.94, 0.94, 0.94, 0.91),
    "heldout100.jsonl": (0.95, 0.91, 0.94, 0.97, 0.85),
    "heldout101.jsonl": (0.97, 0.94, 0.91, 0.97, 0.82),
    "heldout102.jsonl": (0.96, 0.97, 0.94, 0.97, 0.87),
    "heldout103.jsonl": (0.95, 0.97, 0.97, 0.88, 0.88),
    "heldout104.jsonl": (0.96, 0.97, 0.89, 0.91, 0.81),
    "heldout105.jsonl": (0.96, 0.97, 0.92, 0.94, 0.92),
    "heldout106.jsonl": (0.96, 0.94, 0.97, 0.94, 0.97),
    "heldout107.jsonl": (0.96, 0.91, 0.88, 0.97, 0.91),
    "heldout108.jsonl": (0.96, 0.95, 0.92, 0.97, 0.92),
    "heldout109.jsonl": (0.96, 0.93, 0.91, 0.97, 0.97),
    "heldout110.jsonl": (0.96, 0.97, 0.89, 0.91, 0.86),
    "heldout111.jsonl": (0.96, 0.97, 0.94, 0.91, 0.88),
    "heldout112.jsonl": (0.95, 0.95, 0.94, 0.94, 0.88),
    "heldout113.jsonl": (0.96, 0.93, 0.91, 0.91, 0.91),
    "heldout114.jsonl": (0.96, 0.94, 0.94, 0.89, 0.82),
    "heldout115.jsonl": (0.96, 0.93, 0.97, 0.91, 0.89),
    "heldout116.jsonl": (0.96, 0.97, 0.92, 0.97, 0.89), # [0.998, 1.0, 0.951, 1.0, 0.927]
    "heldout117.jsonl": (0.96, 0.93, 0.89, 0.91, 0.84), # [0.996, 0.963, 0.923, 0.949, 0.872]
    "heldout118.jsonl": (0.96, 0.97, 0.89, 0.97, 0.84), # [0.998, 1.0, 0.923, 1.0, 0.872]
    "heldout119.jsonl": (0.96, 0.94, 0.97, 0.94, 0.79), # [0.996, 0.976, 1.0, 0.975, 0.825]
    "heldout120.jsonl": (0.96, 0.95, 0.89, 0.97, 0.84), # [0.995, 0.988, 0.927, 1.0, 0.878]
    "heldout121.jsonl": (0.96, 0.95, 0.94, 0.94, 0.89), # [0.998, 0.987, 0.974, 0.974, 0.923]
    "heldout122.jsonl": (0.96, 0.94, 0.86, 0.97, 0.81), # [0.992, 0.979, 0.891, 1.0, 0.848]
    "heldout123.jsonl": (0.96, 0.95, 0.89, 0.89, 0.89), # [0.996, 0.988, 0.925, 0.925, 0.925]
    "heldout124.jsonl": (0.97, 0.97, 0.92, 0.92, 0.88), # [1.0, 1.0, 0.956, 0.956, 0.911]
    "heldout125.jsonl": (0.95, 0.93, 0.94, 0.94, 0.91), # [0.989, 0.961, 0.973, 0.973, 0.946]
    "heldout126.jsonl": (0.95, 0.97, 0.97, 0.89, 0.78), # [0.987, 1.0, 1.0, 0.921, 0.816]
    "heldout127.jsonl": (0.95, 0.89, 0.97, 0.93, 0.93), # [0.989, 0.93, 1.0, 0.97, 0.97]
    "heldout128.jsonl": (0.96, 0.92, 0.91, 0.97, 0.83), # [0.998, 0.95, 0.947, 1.0, 0.868]
    "heldout129.jsonl": (0.96, 0.94, 0.89, 0.94, 0.87), # [0.993, 0.976, 0.925, 0.975, 0.9]
    "heldout130.jsonl": (0.96, 0.95, 0.89, 0.97, 0.83), # [0.994, 0.987, 0.921, 1.0, 0.868]
    "heldout131.jsonl": (0.96, 0.93, 0.85, 0.88, 0.80), # [0.994, 0.96, 0.889, 0.917, 0.833]
    "heldout132.jsonl": (0.96, 0.94, 0.94, 0.94, 0.80), # [0.998, 0.974, 0.973, 0.973, 0.838]
    "heldout133.jsonl": (0.95, 0.95, 0.86, 0.97, 0.86), # [0.987, 0.987, 0.897, 1.0, 0.897]
    "heldout134.jsonl": (0.96, 0.93, 0.91, 0.97, 0.89), # [0.998, 0.962, 0.947, 1.0, 0.921]
    "heldout135.jsonl": (0.96, 0.94, 0.97, 0.86, 0.86), # [0.998, 0.974, 1.0, 0.895, 0.895]
    "heldout136.jsonl": (0.97, 0.94, 0.97, 0.94, 0.91), # [1.0, 0.973, 1.0, 0.972, 0.944]
    "heldout137.jsonl": (0.96, 0.87, 0.94, 0.94, 0.79), # [0.996, 0.907, 0.971, 0.971, 0.824]
    "heldout138.jsonl": (0.96, 0.90, 0.92, 0.92, 0.65), # [0.993, 0.938, 0.956, 0.956, 0.689]
    "heldout139.jsonl": (0.96, 0.94, 0.91, 0.91, 0.78), # [0.996, 0.974, 0.946, 0.946, 0.811]
    "heldout140.jsonl": (0.96, 0.95, 0.94, 0.97, 0.88), # [0.998, 0.986, 0.972, 1.0, 0.917]
    "heldout141.jsonl": (0.96, 0.95, 0.91, 0.88, 0.88), # [0.992, 0.986, 0.944, 0.917, 0.917]
    "heldout142.jsonl": (0.96, 0.89, 0.93, 0.93, 0.93), # [0.996, 0.925, 0.968, 0.968, 0.968]
    "heldout143.jsonl": (0.96, 0.97, 0.97, 0.94, 0.86), # [0.996, 1.0, 1.0, 0.974, 0.897]
    "heldout144.jsonl": (0.96, 0.94, 0.90, 0.94, 0.80), # [0.998, 0.977, 0.93, 0.977, 0.837]
    "heldout145.jsonl": (0.96, 0.97, 0.92, 0.94, 0.77), # [0.995, 1.0, 0.95, 0.975, 0.8]
    "heldout146.jsonl": (0.96, 0.94, 0.94, 0.91, 0.82), # [0.998, 0.972, 0.971, 0.943, 0.857]
    "heldout147.jsonl": (0.97, 0.94, 0.94, 0.94, 0.87), # [1.0, 0.976, 0.976, 0.976, 0.902]
    "heldout148.jsonl": (0.96, 0.94, 0.97, 0.94, 0.85), # [0.997, 0.973, 1.0, 0.972, 0.889]
    "heldout149.jsonl": (0.96, 0.91, 0.94, 0.94, 0.87), # [0.996, 0.941, 0.975, 0.975, 0.9]
    "heldout150.jsonl": (0.96, 0.95, 0.86, 0.97, 0.81), # [0.998, 0.987, 0.895, 1.0, 0.842]
    "heldout151.jsonl": (0.96, 0.95, 0.97, 0.97, 0.85), # [0.994, 0.986, 1.0, 1.0, 0.882]
    "heldout152.jsonl": (0.96, 0.95, 0.97, 0.97, 0.94), # [0.994, 0.987, 1.0, 1.0, 0.974]
    "heldout153.jsonl": (0.96, 0.91, 0.94, 0.91, 0.94), # [0.996, 0.947, 0.972, 0.944, 0.972]
    "heldout154.jsonl": (0.96, 0.92, 0.91, 0.94, 0.94), # [0.994, 0.958, 0.941, 0.971, 0.971]
    "heldout155.jsonl": (0.96, 0.97, 0.94, 0.97, 0.91), # [0.996, 1.0, 0.974, 1.0, 0.949]
    "heldout156.jsonl": (0.96, 0.95, 0.97, 0.88, 0.82), # [0.998, 0.986, 1.0, 0.914, 0.857]
    "heldout157.jsonl": (0.96, 0.93, 0.91, 0.86, 0.80), # [0.996, 0.961, 0.946, 0.892, 0.838]
    "heldout158.jsonl": (0.96, 0.94, 0.97, 0.97, 0.89), # [0.993, 0.975, 1.0, 1.0, 0.923]
    "heldout159.jsonl": (0.96, 0.95, 0.94, 0.97, 0.91), # [0.995, 0.986, 0.972, 1.0, 0.944]
    "heldout160.jsonl": (0.96, 0.95, 0.89, 0.92, 0.77), # [0.996, 0.988, 0.927, 0.951, 0.805]
    "heldout161.jsonl": (0.95, 0.95, 0.97, 0.94, 0.91), # [0.989, 0.986, 1.0, 0.972, 0.944]
    "heldout162.jsonl": (0.96, 0.88, 0.89, 0.92, 0.82), # [0.996, 0.911, 0.927, 0.951, 0.854]
    "heldout163.jsonl": (0.97, 0.97, 0.97, 0.94, 0.92), # [1.0, 1.0, 1.0, 0.976, 0.952]
    "heldout164.jsonl": (0.95, 0.93, 0.94, 0.83, 0.81), # [0.99, 0.962, 0.974, 0.868, 0.842]
    "heldout165.jsonl": (0.96, 0.91, 0.94, 0.97, 0.88), # [0.998, 0.947, 0.972, 1.0, 0.917]
    "heldout166.jsonl": (0.96, 0.92, 0.89, 0.92, 0.84), # [0.998, 0.952, 0.925, 0.95, 0.875]
    "heldout167.jsonl": (0.97, 0.89, 0.91, 0.91, 0.94), # [1.0, 0.921, 0.943, 0.943, 0.971]
    "heldout168.jsonl": (0.96, 0.92, 0.91, 0.94, 0.89), # [0.998, 0.95, 0.947, 0.974, 0.921]
    "heldout169.jsonl": (0.96, 0.92, 0.94, 0.85, 0.91), # [0.996, 0.959, 0.971, 0.886, 0.943]
    "heldout170.jsonl": (0.96, 0.92, 0.92, 0.89, 0.84), # [0.996, 0.952, 0.95, 0.925, 0.875]
    "heldout171.jsonl": (0.96, 0.92, 0.91, 0.94, 0.86), # [0.998, 0.951, 0.949, 0.974, 0.897]
}


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def score(nlp: Language, path: Path) -> dict[str, float]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    counts = {"p": [0, 0, 0], "e": [0, 0, 0], "dest": 0, "princ": 0, "status": 0}
    for row, ext in zip(rows, extract_texts(nlp, (r["text"] for r in rows)), strict=True):
        _count(counts, row, ext.to_json(row["id"]))
    tp = counts["e"][0] or 1
    return {"persons": _f1(*counts["p"]), "envoys": _f1(*counts["e"]),
            "destination": counts["dest"] / tp, "principal": counts["princ"] / tp,
            "status": counts["status"] / tp, "documents": len(rows)}


def _count(counts: dict[str, Any], gold: dict[str, Any], pred: dict[str, Any]) -> None:
    gp = {name_key(x) for x in gold["persons"]}
    pp = {name_key(x) for x in pred["persons"]}
    _add(counts["p"], gp, pp)
    ge = {name_key(e["envoy"]): e for e in gold["envoys"]}
    pe = {name_key(e["envoy"]): e for e in pred["envoys"]}
    _add(counts["e"], set(ge), set(pe))
    for key in ge.keys() & pe.keys():
        g, p = ge[key], pe[key]
        counts["dest"] += _place_match(p["destination"], g["destination"])
        counts["princ"] += name_key(p["principal"] or "") == name_key(g["principal"] or "")
        counts["status"] += p["status"] == g["status"]


def _add(acc: list[int], gold: set[str], pred: set[str]) -> None:
    acc[0] += len(gold & pred)
    acc[1] += len(pred - gold)
    acc[2] += len(gold - pred)


def _place_match(pred: str | None, gold: str | None) -> bool:
    p, g = name_key(pred or ""), name_key(gold or "")
    return p == g if not p or not g else (p in g or g in p)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_accuracy_holds(nlp: Language, name: str) -> None:
    scored = score(nlp, DATA / name)
    assert scored["documents"] >= 25
    measured = tuple(round(scored[k], 3) for k in
                     ("persons", "envoys", "destination", "principal", "status"))
    floors = FLOORS[name]
    assert all(m >= f for m, f in zip(measured, floors, strict=True)), (measured, floors)
