"""How commands print rows: JSON Lines with ``--json``, else an aligned table."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from typing import IO, Any

# Wide enough for a headline, narrow enough for a terminal of 160 columns.
MAX_COLUMN = 60


def emit(rows: Iterable[dict[str, Any]], columns: Sequence[str], as_json: bool,
         out: IO[str] | None = None) -> None:
    stream = out or sys.stdout
    rows = list(rows)
    if as_json:
        for row in rows:
            stream.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) + "\n")
        return
    if not rows:
        stream.write("(none)\n")
        return
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [min(MAX_COLUMN, max(len(c), *(len(r[i]) for r in cells)))
              for i, c in enumerate(columns)]
    stream.write(_line(list(columns), widths))
    for row_cells in cells:
        stream.write(_line(row_cells, widths))


def _line(values: list[str], widths: list[int]) -> str:
    return "  ".join(_fit(v, w) for v, w in zip(values, widths, strict=True)).rstrip() + "\n"


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return " ".join(str(value).split())


def _fit(value: str, width: int) -> str:
    return value.ljust(width) if len(value) <= width else value[: width - 1] + "…"
