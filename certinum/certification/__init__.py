"""Certification: centres, their sessions, candidates' enrolments and attendance sheets.

The service functions (:mod:`~certinum.certification.centres`,
:mod:`~certinum.certification.sessions`, :mod:`~certinum.certification.enrolment`) are what
the JSON API (:mod:`~certinum.certification.routes`) and the pages
(:mod:`~certinum.certification.pages`) call. A centre's roles are scoped by its id as a string.
"""
