"""Short views of one extraction, shared by the NLP tests."""

from __future__ import annotations

from spacy.language import Language

from kcna_monitor.nlp.pipeline import extract_text

EnvoyView = tuple[str | None, str | None, str]


def persons(nlp: Language, text: str) -> list[str]:
    """The persons of `text`, by name, in the order first named."""
    return [p.name for p in extract_text(nlp, text).persons]


def envoys(nlp: Language, text: str) -> dict[str, EnvoyView]:
    """Envoy name -> (principal, destination, status)."""
    return {e.envoy: (e.principal, e.destination, e.status)
            for e in extract_text(nlp, text).envoys}
