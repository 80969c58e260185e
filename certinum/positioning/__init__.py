"""Positioning: candidates take the positioning test of a competence, one question at a time.

Modules (imported by their full names: :mod:`certinum.models` imports :mod:`.tables`, so this
package's ``__init__`` stays empty to keep that import free of cycles):

* :mod:`.tables`: item exposure counts, attempts started, attempts, questions asked;
* :mod:`.service`: ``start_attempt`` and ``answer``; :mod:`.reading`: ``current_question``
  and ``attempt_summary``; :mod:`.profile`: ``profile``. Each runs in one transaction and
  takes the candidate's id, for the routes to call once the candidate is authenticated;
* :mod:`.catalogue` (the bank's pools), :mod:`.exposure`, :mod:`.state` (the engine's state
  as JSON), :mod:`.views` (what is handed out), :mod:`.simulate` (simulated candidates);
* :mod:`.material` (what can be picked in an attachment, text attachments as text) and
  :mod:`.attachments` (an attachment of the question being asked, to its candidate only);
* :mod:`.personal`: a candidate's attempts and answers in the account's export, and their
  erasure.
"""
