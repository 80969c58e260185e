"""What the review and results pages show: the message of each refusal code, the names of
outcomes, incident categories and abort reasons, and the competences and levels (their
French or English names come from the framework and the score bands)."""

from __future__ import annotations

from assessment.framework import COMPETENCES, Competence
from assessment.scoring import BANDS, Band
from certinum.web.i18n import N_

REVIEW_MESSAGES = {
    "reason-required": N_("Give the reason for this decision."),
    "item-not-in-test": N_("This question was not in the candidate's test."),
    "already-neutralised": N_("This question is already neutralised."),
    "already-cancelled": N_("This result is already cancelled."),
    "no-test": N_("This candidate took no test."),
    "bad-comment": N_("A comment has at most 2000 characters."),
    "not-finalised": N_("The centre has not finalised this session yet."),
    "published": N_(
        "The results are published: a result can no longer change (a certificate is revoked"
        " instead)."
    ),
    "already-published": N_("The results of this session are already published."),
    "already-finalised": N_("This session is already finalised."),
    "unfinished-tests": N_(
        "Some tests are unfinished: give an abort reason for each of them to end them."
    ),
    "bad-abort-reason": N_("Choose an abort reason: candidate or technical."),
    "bad-category": N_("Choose the category of the incident."),
    "bad-description": N_("A description has at most 2000 characters."),
    "unknown-candidate": N_("This candidate is not enrolled in this session."),
    "generic": N_("This could not be done: check the form."),
}
OUTCOMES = {
    "certified": N_("Certified"),
    "not-valid": N_("Not valid (fewer than 20 answers)"),
    "no-result": N_("No result"),
    "cancelled": N_("Cancelled"),
}
# The outcome as a school's results page and CSV name it (the report book's words).
SCHOOL_OUTCOMES = {
    "certified": N_("Certified"),
    "not-valid": N_("Not certified"),
    "no-result": N_("No result"),
    "cancelled": N_("Cancelled"),
}
TEST_STATUSES = {
    "": N_("No test"),
    "started": N_("Started"),
    "completed": N_("Completed"),
    "ended_by_invigilator": N_("Ended by the invigilator"),
    "ended_by_finalization": N_("Ended by finalisation"),
}
ABORT_REASONS = {"candidate": N_("Candidate"), "technical": N_("Technical")}
CATEGORIES = {
    "candidate_information_change": N_("Change of candidate information"),
    "late_or_leaving": N_("Late arrival or early leaving"),
    "connection_or_end_screen": N_("Connection or end screen"),
    "in_challenge_problem": N_("Problem in a question"),
    "fraud": N_("Fraud"),
    "technical_problem": N_("Technical problem"),
    "other": N_("Other"),
}
LEVELS: dict[int, Band] = {b.level: b for b in BANDS}


def competences() -> tuple[Competence, ...]:
    return COMPETENCES
