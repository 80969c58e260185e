"""Revoking a certificate for good, by the jury or an issuing-authority admin, with a reason.

:func:`revoke_certificate` names the certificate by its verification code and goes through
the one status service the command line uses (``certinum credentials revoke``):
:func:`certinum.issuance.status.update_status` sets the revocation bit, re-signs the status
list and writes the audit event ``credential.revoke`` with the actor and the reason, in one
transaction. From then on the credential fails verification as revoked and the public page
says so. Revocation is final: a second one is refused (:class:`AlreadyRevoked`, a 409 for the
routes), also when two arrive at once (the second finds the bit already set).

The candidate is then told by email (SMTP or the outbox, :mod:`certinum.mail`) at the address
of their account; an account without one (a pupil's) gets no message. Accounts keep no
language, so the message is written in French, then in English, both from the catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from certinum.accounts.area import AccountsArea
from certinum.accounts.tables import Account
from certinum.errors import StatusChangeRefused, UnknownCredential
from certinum.issuance.certificates import Certificate, by_code
from certinum.issuance.status import update_status
from certinum.mail import MailError, compose
from certinum.mail.send import sender_of
from certinum.web.i18n import N_, translations
from issuer.codes import try_normalize_code

MAX_REASON = 2000
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
    mailed: bool

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code, "credentialId": self.credential_id,
            "revokedAt": self.revoked_at.isoformat(), "reason": self.reason,
            "candidateMailed": self.mailed,
        }  # fmt: skip


def find_certificate(area: AccountsArea, code: str) -> Certificate:
    """The certificate of this code; :class:`UnknownCredential` (404) otherwise."""
    normalized = try_normalize_code(code[:40])
    found = by_code(area.runtime, normalized) if normalized else None
    if found is None:
        raise UnknownCredential("unknown-code", "no certificate has this code")
    return found


def _mail(area: AccountsArea, cert: Certificate, reason: str, at: datetime) -> bool:
    with area.runtime.sessions() as db:
        account = db.get(Account, cert.account_id)
        to = account.email if account is not None and account.erased_at is None else None
    if not to:
        return False
    base = area.runtime.settings.base_url
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
        area.mailer.send(compose(sender=sender_of(base), to=to, subject=subject, body=body,
                                 now=at))  # fmt: skip
    except MailError:
        return False
    return True


def revoke_certificate(area: AccountsArea, code: str, *, reason: str, actor: str) -> Revoked:
    """Revoke the certificate of ``code`` (audited with ``actor`` and ``reason``) and tell its
    holder. 422 ``reason-required`` (or ``reason-too-long``), 404 ``unknown-code``, 409
    ``already-revoked``."""
    reason = reason.strip()
    if not reason:
        raise StatusChangeRefused("reason-required", "give the reason for the revocation")
    if len(reason) > MAX_REASON:
        raise StatusChangeRefused(
            "reason-too-long", f"a reason has at most {MAX_REASON} characters"
        )
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
    mailed = _mail(area, cert, reason, now)
    return Revoked(cert.code, cert.credential_id, now, reason, mailed)
