"""Korean (and generic) person-name matching for the watchlist.

``romanization`` holds the syllable tables and segmentation, ``matcher`` the
scored comparison (``match_name``) and the watchlist index (``NameIndex``).
"""

from .matcher import (
    ALERT_THRESHOLD,
    REVIEW_THRESHOLD,
    NameIndex,
    NameMatch,
    identity_key,
    match_name,
)
from .romanization import (
    hangul_to_kcna,
    is_korean_surname,
    is_romanized_syllable,
    segmentations,
    syllable_count,
)

__all__ = [
    "ALERT_THRESHOLD",
    "REVIEW_THRESHOLD",
    "NameIndex",
    "NameMatch",
    "hangul_to_kcna",
    "identity_key",
    "is_korean_surname",
    "is_romanized_syllable",
    "match_name",
    "segmentations",
    "syllable_count",
]
