"""Revoking a certificate for good, by the jury or an issuing-authority admin, with a reason.

:func:`revoke_certificate` names the certificate by its verification code and goes through
the one status service the command line uses (``certinum credentials revoke``):
:func:`certinum.issuance.status.update_status` sets the revocation bit, re-signs the status
list and writes the audit event ``credential.revoke`` with the actor and the reason, in one
transaction. From then on the credential fails verification as revoked and the public page
says so. Revocation is final: a second one is refused (:class:`AlreadyRevoked`, a 409 for the
routes), also when two arrive at once (the second finds the bit already set).

Every revocation of a certificate, whichever way it comes (this page and its API, ``certinum
credentials revoke``, ``POST /credentials/status``), needs a reason that is not blank
(:func:`revocation_reason`, ``reason-required``) and tells the candidate through the one
:func:`notify_revocation`: an email (SMTP or the outbox, :mod:`certinum.mail`) at the address
of their account; an account without one (a pupil's) gets no message, and the answer says so
(:data:`NO_ADDRESS`). Accounts keep no language, so the message is written in French, then in
English, both from the catalogue. A credential of the VC API is no certificate: nobody to tell.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final

from certinum.accounts.area import AccountsArea
from certinum.accounts.tables import Account
from certinum.errors import StatusChangeRefused, UnknownCredential
from certinum.issuance.certificates import Certificate, by_code, by_credential
from certinum.issuance.status import update_status
from certinum.mail import Mailer, MailError, compose
from certinum.mail.send import sender_of
from certinum.runtime import Runtime
from certinum.web.i18n import N_, translations
from issuer.codes import try_normalize_code

MAX_REASON = 2000
#: What :func:`notify_revocation` did: the mail went out, the account has no address, the
#: mail could not be sent, or the credential is no certificate (nobody to tell).
SENT: Final = "sent"
NO_ADDRESS: Final = "no-address"
MAIL_FAILED: Final = "mail-failed"
NOT_A_CERTIFICATE: Final = "not-a-certificate"
SUBJECT = N_("Your Certinum certificate %(code)s was revoked")
BODY = N_(
    "Hello %(name)s,\n\nThe issuing authority revoked your certificate %(code)s (session of"
    " %(date)s) on %(revoked)s.\nReason: %(reason)s\n\nAnyone checking it now sees that it is"
    " revoked: %(url)s\n"
)


class AlreadyRevoked(StatusChangeRefused):
    """The certificate is already revoked (revocation is final)."""

    default_code = "already-revoked"


@dataclass(frozen=True, slots=True)
class Revoked:
    code: str
    credential_id: str
    revoked_at: datetime
    reason: str
    notice: str

    @property
    def mailed(self) -> bool:
        return self.notice == SENT

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code, "credentialId": self.credential_id,
            "revokedAt": self.revoked_at.isoformat(), "reason": self.reason,
            "candidateMailed": self.mailed, "candidateNotice": self.notice,
        }  # fmt: skip


def find_certificate(area: AccountsArea, code: str) -> Certificate:
    """The certificate of this code; :class:`UnknownCredential` (404) otherwise."""
    normalized = try_normalize_code(code[:40])
    found = by_code(area.runtime, normalized) if normalized else None
    if found is None:
        raise UnknownCredential("unknown-code", "no certificate has this code")
    return found


def revocation_reason(reason: str) -> str:
    """The reason of a revocation, stripped; 422 ``reason-required`` when blank,
    ``reason-too-long`` past :data:`MAX_REASON` characters."""
    reason = reason.strip()
    if not reason:
        raise StatusChangeRefused("reason-required", "give the reason for the revocation")
    if len(reason) > MAX_REASON:
        raise StatusChangeRefused(
            "reason-too-long", f"a reason has at most {MAX_REASON} characters"
        )
    return reason


def _send(runtime: Runtime, mailer: Mailer, cert: Certificate, reason: str, at: datetime) -> str:
    with runtime.sessions() as db:
        account = db.get(Account, cert.account_id)
        to = account.email if account is not None and account.erased_at is None else None
    if not to:
        return NO_ADDRESS
    base = runtime.settings.base_url
    values = {
        "name": f"{cert.first_name} {cert.last_name.upper()}",
        "code": cert.code,
        "date": cert.day.isoformat(),
        "revoked": at.date().isoformat(),
        "reason": reason,
        "url": f"{base}/verify/{cert.code}",
    }
    fr, en = translations("fr"), translations("en")
    subject = f"{fr.gettext(SUBJECT) % values} / {en.gettext(SUBJECT) % values}"
    body = f"{fr.gettext(BODY) % values}\n---\n\n{en.gettext(BODY) % values}"
    try:
        mailer.send(compose(sender=sender_of(base), to=to, subject=subject, body=body, now=at))
    except MailError:
        return MAIL_FAILED
    return SENT


def notify_revocation(
    runtime: Runtime, mailer: Mailer, credential_id: str, *, reason: str, at: datetime
) -> str:
    """Tell the holder of the certificate of ``credential_id``, just revoked, by email; the
    outcome: :data:`SENT`, :data:`NO_ADDRESS`, :data:`MAIL_FAILED` or
    :data:`NOT_A_CERTIFICATE`. Called once, by whoever changed the bit."""
    cert = by_credential(runtime, credential_id)
    if cert is None:
        return NOT_A_CERTIFICATE
    return _send(runtime, mailer, cert, reason, at)


def revoke_certificate(area: AccountsArea, code: str, *, reason: str, actor: str) -> Revoked:
    """Revoke the certificate of ``code`` (audited with ``actor`` and ``reason``) and tell its
    holder. 422 ``reason-required`` (or ``reason-too-long``), 404 ``unknown-code``, 409
    ``already-revoked``."""
    reason = revocation_reason(reason)
    cert = find_certificate(area, code)
    if cert.revoked:
        raise AlreadyRevoked("already-revoked", "this certificate is already revoked")
    changed = update_status(
        area.runtime, cert.credential_id, purpose="revocation", value=True, actor=actor,
        reason=reason,
    )  # fmt: skip
    if not changed:  # revoked by someone else in the meantime
        raise AlreadyRevoked("already-revoked", "this certificate is already revoked")
    now = area.runtime.clock()
    notice = notify_revocation(area.runtime, area.mailer, cert.credential_id, reason=reason, at=now)
    return Revoked(cert.code, cert.credential_id, now, reason, notice)
