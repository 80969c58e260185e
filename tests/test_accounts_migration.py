"""Revision 0005 (people's accounts) goes up and down on both databases, and its tables are
the models' (the service's own sign-up and a pupil login work on a migrated database)."""

from __future__ import annotations

import pytest
from accounts_helpers import PASSWORD
from alembic import command
from sqlalchemy import inspect

from certinum.accounts.area import AccountsArea
from certinum.accounts.errors import AccountExists, AccountRefused
from certinum.accounts.people import create_pupil, log_in, sign_up
from certinum.db import alembic_config, make_engine, migrate

TABLES = {"accounts", "login_sessions", "memberships", "password_resets", "login_failures"}


def test_0005_up_and_down(database_url: str) -> None:
    engine = make_engine(database_url)
    migrate(engine, "0005")
    assert set(inspect(engine).get_table_names()) >= TABLES
    command.downgrade(alembic_config(engine), "0004")
    assert not TABLES & set(inspect(engine).get_table_names())
    migrate(engine, "0005")
    assert set(inspect(engine).get_table_names()) >= TABLES
    engine.dispose()


def test_a_pupil_logs_in_with_the_schools_identifier(area: AccountsArea) -> None:
    pupil = create_pupil(
        area, login="DUPONT.J42", password=PASSWORD, display_name="Jeanne", actor="account:1"
    )
    assert (pupil.login, pupil.email) == ("dupont.j42", None)
    assert [r.role for r in pupil.roles] == ["candidate"]
    session_id, account_id = log_in(area, login="Dupont.J42", password=PASSWORD, address="::1")
    assert account_id == pupil.id and session_id
    with pytest.raises(AccountExists):
        create_pupil(area, login="dupont.j42", password=PASSWORD, display_name="", actor="x")
    with pytest.raises(AccountRefused) as refused:
        create_pupil(area, login="a@b", password=PASSWORD, display_name="", actor="x")
    assert refused.value.code == "bad-login"


def test_emails_are_unique_whatever_their_case(area: AccountsArea) -> None:
    sign_up(area, email="jeanne@example.org", password=PASSWORD, display_name="")
    with pytest.raises(AccountExists):
        sign_up(area, email="JEANNE@example.org", password=PASSWORD, display_name="")
