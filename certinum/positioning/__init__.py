"""Positioning: candidates take the positioning test of a competence, one question at a time.

Tables in :mod:`.tables` (imported by :mod:`certinum.models`, so Alembic sees them); the
service functions below each run in one transaction and take the candidate's id, for the
routes to call once the candidate is authenticated.
"""

from certinum.positioning.catalogue import Catalogue, default_catalogue
from certinum.positioning.profile import AreaProfile, CompetenceProfile, Profile, profile
from certinum.positioning.service import (
    answer,
    attempt_summary,
    current_question,
    start_attempt,
)
from certinum.positioning.views import AnswerReceipt, AttemptSummary, Question

__all__ = [
    "AnswerReceipt",
    "AreaProfile",
    "AttemptSummary",
    "Catalogue",
    "CompetenceProfile",
    "Profile",
    "Question",
    "answer",
    "attempt_summary",
    "current_question",
    "default_catalogue",
    "profile",
    "start_attempt",
]
