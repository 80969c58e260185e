"""People's accounts: sign-up, login and logout, password change and reset.

Every account change is audited under ``account:<id>`` (never an email or a name, so the
audit log keeps no personal data once an account is erased). A login names no reason for a
refusal: an unknown login, a wrong password and a disabled account get the same
:class:`LoginRefused`, after the same Argon2id work (:func:`verify_password`).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from certinum.accounts.area import AccountsArea
from certinum.accounts.errors import (
    AccountExists,
    AccountRefused,
    LoginRefused,
    ResetRefused,
    TooManyAttempts,
)
from certinum.accounts.passwords import (
    PasswordRefused,
    check_new_password,
    hash_password,
    verify_password,
)
from certinum.accounts.ratelimit import account_key, address_key, first_over
from certinum.accounts.roles import Role, grant, roles_of
from certinum.accounts.tables import Account, PasswordReset
from certinum.audit import record
from certinum.db import transaction
from certinum.mail import compose
from certinum.mail.send import sender_of

EMAIL = re.compile(r"[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+")
LOGIN = re.compile(r"[A-Za-z0-9._@+-]{3,254}")


@dataclass(frozen=True, slots=True)
class AccountInfo:
    """An account as the service shows it (never its password hash)."""

    id: int
    login: str
    email: str | None
    display_name: str
    created_at: datetime
    roles: tuple[Role, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "login": self.login,
            "email": self.email,
            "displayName": self.display_name,
            "created": self.created_at.isoformat(),
            "roles": [r.to_json() for r in self.roles],
        }


def info(session: Session, row: Account) -> AccountInfo:
    from certinum.runtime import utc

    return AccountInfo(
        row.id,
        row.login,
        row.email,
        row.display_name,
        utc(row.created_at),
        roles_of(session, row.id),
    )


def _password(password: str) -> None:
    try:
        check_new_password(password)
    except PasswordRefused as exc:
        raise AccountRefused("weak-password", str(exc)) from None


def _create(
    area: AccountsArea,
    *,
    login: str,
    email: str | None,
    display_name: str,
    password: str,
    actor: str | None,
    action: str,
    roles: tuple[tuple[str, str], ...],
) -> AccountInfo:
    if len(display_name) > 200:
        raise AccountRefused("bad-name", "a display name has at most 200 characters")
    _password(password)
    digest = hash_password(password, area.policy)
    now = area.runtime.clock()
    with transaction(area.runtime.sessions) as db:
        clash = [Account.login == login] + ([Account.email == email] if email else [])
        if db.scalar(select(Account.id).where(or_(*clash))) is not None:
            raise AccountExists("an account with this email or login exists")
        row = Account(
            login=login,
            email=email,
            display_name=display_name.strip(),
            password_hash=digest,
            created_at=now,
        )
        db.add(row)
        db.flush()
        who = actor or f"account:{row.id}"
        record(db, now=now, actor=who, action=action, target=f"account:{row.id}")
        for role, scope in roles:
            grant(db, row.id, role, scope, now=now, actor=who)
        return info(db, row)


def sign_up(area: AccountsArea, *, email: str, password: str, display_name: str) -> AccountInfo:
    """An adult candidate's account: the email is the login; the role ``candidate``."""
    email = email.strip().lower()
    if len(email) > 254 or not EMAIL.fullmatch(email):
        raise AccountRefused("bad-email", "an email address looks like name@example.org")
    return _create(
        area,
        login=email,
        email=email,
        display_name=display_name,
        password=password,
        actor=None,
        action="account.sign_up",
        roles=(("candidate", ""),),
    )


def create_pupil(
    area: AccountsArea, *, login: str, password: str, display_name: str, actor: str
) -> AccountInfo:
    """A pupil's account with the identifier their school created (no email), role candidate."""
    if not LOGIN.fullmatch(login) or "@" in login:
        raise AccountRefused("bad-login", "a pupil login is 3 or more of A-Z a-z 0-9 . _ + -")
    return _create(
        area,
        login=login.lower(),
        email=None,
        display_name=display_name,
        password=password,
        actor=actor,
        action="account.create",
        roles=(("candidate", ""),),
    )


def log_in(area: AccountsArea, *, login: str, password: str, address: str) -> tuple[str, int]:
    """A new session id and the account id; :class:`TooManyAttempts` or :class:`LoginRefused`.

    Failures count per typed login and per client address within the window; a success
    clears the login's count (not the address's).
    """
    policy, now = area.policy, area.runtime.clock()
    span = timedelta(minutes=policy.login_window_minutes)
    keys = (
        (account_key(login), policy.login_failures_per_account),
        (address_key(address), policy.login_failures_per_address),
    )
    over = first_over(area.failures, keys, now, span)
    if over is not None:
        area.runtime.audit(
            "login.rate_limited",
            actor="anonymous",
            target=over[0].split(":", 1)[0],
            details={"address": address[:100]},
        )
        raise TooManyAttempts("too many failed logins: try again later", over[1])
    with area.runtime.sessions() as db:
        row = db.scalar(select(Account).where(Account.login == login.strip().lower()[:254]))
        stored = row.password_hash if row is not None and row.disabled_at is None else None
        account_id = row.id if row is not None else None
    if not verify_password(stored, password, policy) or account_id is None:
        for key, _ in keys:
            area.failures.add(key, now, span)
        raise LoginRefused("wrong login or password")
    area.failures.clear(keys[0][0])
    with transaction(area.runtime.sessions) as db:
        db.execute(update(Account).where(Account.id == account_id).values(last_login_at=now))
    return area.sessions.create(account_id, now), account_id


def change_password(area: AccountsArea, account_id: int, *, current: str, new: str) -> str:
    """Change a password (the current one is needed); every session of the account ends and
    a new one is returned for the caller."""
    _password(new)
    with area.runtime.sessions() as db:
        row = db.get(Account, account_id)
        stored = row.password_hash if row is not None else None
    if not verify_password(stored, current, area.policy):
        raise AccountRefused("wrong-password", "the current password is not right")
    _set_password(
        area, account_id, hash_password(new, area.policy), action="account.password_change"
    )
    return area.sessions.create(account_id, area.runtime.clock())


def _set_password(
    area: AccountsArea, account_id: int, digest: str, *, action: str, db: Session | None = None
) -> None:
    """Store a new hash (audited) in ``db``'s transaction, or in one of its own and then end
    every session of the account (with ``db``, the caller ends them after committing)."""
    now = area.runtime.clock()

    def write(session: Session) -> None:
        session.execute(
            update(Account).where(Account.id == account_id).values(password_hash=digest)
        )
        record(
            session,
            now=now,
            actor=f"account:{account_id}",
            action=action,
            target=f"account:{account_id}",
        )

    if db is not None:
        write(db)
        return
    with transaction(area.runtime.sessions) as session:
        write(session)
    area.sessions.delete_for_account(account_id)


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def request_reset(area: AccountsArea, email: str) -> None:
    """Mail a single-use reset link to ``email`` when it is an active account's; otherwise do
    nothing. The caller answers the same either way."""
    email = email.strip().lower()[:254]
    now = area.runtime.clock()
    with transaction(area.runtime.sessions) as db:
        row = db.scalar(select(Account).where(Account.email == email))
        if row is None or row.disabled_at is not None:
            return
        token = secrets.token_urlsafe(32)
        ttl = timedelta(minutes=area.policy.reset_token_minutes)
        db.add(
            PasswordReset(
                token_hash=_token_digest(token),
                account_id=row.id,
                created_at=now,
                expires_at=now + ttl,
            )
        )
        record(
            db,
            now=now,
            actor="anonymous",
            action="account.reset_request",
            target=f"account:{row.id}",
        )
    base = area.runtime.settings.base_url
    body = (
        "Bonjour,\n\nPour choisir un nouveau mot de passe Certinum, ouvrez ce lien"
        f" (valable {area.policy.reset_token_minutes} minutes, une seule fois) :\n"
        f"{base}/password-reset/{token}\n\n"
        "To choose a new Certinum password, open the link above"
        f" (valid {area.policy.reset_token_minutes} minutes, once).\n\n"
        "Si vous n'avez rien demandé, ignorez ce message. / If you did not ask, ignore it.\n"
    )
    area.mailer.send(
        compose(
            sender=sender_of(base),
            to=email,
            now=now,
            body=body,
            subject="Certinum : nouveau mot de passe / new password",
        )
    )


def confirm_reset(area: AccountsArea, token: str, new_password: str) -> int:
    """Set a new password with a reset token (single use, before it expires); every other
    token and every session of the account end. Returns the account id."""
    _password(new_password)
    from certinum.runtime import utc

    now, digest = area.runtime.clock(), hash_password(new_password, area.policy)
    with transaction(area.runtime.sessions) as db:
        row = db.get(PasswordReset, _token_digest(token[:200]))
        if row is None or row.used_at is not None or utc(row.expires_at) <= now:
            raise ResetRefused("this reset link is unknown, used or expired: ask for a new one")
        account_id = row.account_id
        db.execute(
            update(PasswordReset)
            .where(PasswordReset.account_id == account_id, PasswordReset.used_at.is_(None))
            .values(used_at=now)
        )
        _set_password(area, account_id, digest, action="account.password_reset", db=db)
    area.sessions.delete_for_account(account_id)
    return account_id
