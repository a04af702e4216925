"""Shared fixtures: the extraction pipeline is loaded once per test session."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kcna_monitor.nlp.pipeline import load_pipeline


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The model plus our components, loaded once (loading takes seconds)."""
    return load_pipeline()
