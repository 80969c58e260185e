"""Certification: centres, their sessions, candidates' enrolments and attendance sheets.

The service functions (:mod:`~certinum.certification.centres`,
:mod:`~certinum.certification.sessions`, :mod:`~certinum.certification.enrolment`) are what
the JSON API (:mod:`~certinum.certification.routes`) and the pages
(:mod:`~certinum.certification.pages`) call. A centre's roles are scoped by its id as a string.

During a session: :mod:`~certinum.certification.invigilation` (check-in, the invigilator's
login and actions, live status) and :mod:`~certinum.certification.exam` (the certification
test, one question at a time), served by :mod:`~certinum.certification.exam_routes` (JSON),
:mod:`~certinum.certification.exam_pages` and :mod:`~certinum.certification.invigilation_pages`.
"""
