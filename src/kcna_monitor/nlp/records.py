"""The records extraction produces: what `extract` prints and the store keeps."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Status = Literal["upcoming", "departed", "arrived", "met", "returned", "other"]
STATUSES: tuple[str, ...] = ("upcoming", "departed", "arrived", "met", "returned", "other")


@dataclass(frozen=True)
class Mention:
    """One place in the text where a person is named, as written."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Person:
    """A person named in one article, in the form of the first full mention."""

    name: str
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class Envoy:
    """A named person called envoy (special envoy, emissary...) of a principal."""

    envoy: str
    principal: str | None
    destination: str | None
    status: Status
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one text."""

    persons: tuple[Person, ...]
    envoys: tuple[Envoy, ...]

    def to_json(self, doc_id: Any) -> dict[str, Any]:
        """The `extract` output line (FORMAT.md), with offsets as extra fields."""
        return {
            "id": doc_id,
            "persons": [p.name for p in self.persons],
            "envoys": [
                {"envoy": e.envoy, "principal": e.principal, "destination": e.destination,
                 "status": e.status, "sentence": e.sentence, "start": e.start, "end": e.end}
                for e in self.envoys
            ],
            "mentions": [
                {"person": p.name, "text": m.text, "start": m.start, "end": m.end}
                for p in self.persons for m in p.mentions
            ],
        }
