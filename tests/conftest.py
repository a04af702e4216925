"""Shared fixtures: the extraction pipeline is loaded once per test session."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings
from spacy.language import Language

from kcna_monitor.nlp.pipeline import load_pipeline

# Property tests explore new examples on every developer run; CI replays a fixed
# sequence so that a submission is judged on the code, not on the seed.
settings.register_profile("ci", derandomize=True, deadline=None)
settings.register_profile("deep", max_examples=3000, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The model plus our components, loaded once (loading takes seconds)."""
    return load_pipeline()
