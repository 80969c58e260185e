"""``certinum serve``: one process serves the app it built; ``--workers N`` hands uvicorn the
factory each worker process calls, after the database was migrated once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import uvicorn
from click.testing import CliRunner
from litestar import Litestar

from certinum.cli import KEEP_ALIVE_SECONDS, app_from_env, cli


def _env(tmp_path: Path) -> dict[str, str]:
    return {
        "CERTINUM_DATA_DIR": str(tmp_path / "data"),
        "CERTINUM_DATABASE_URL": f"sqlite:///{tmp_path / 'serve.db'}",
        "CERTINUM_BASE_URL": "https://certinum.example",
        "CERTINUM_KEY_FILE": "",
        "CERTINUM_KEY_PASSPHRASE": "",
    }


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, dict[str, Any]]]:
    seen: list[tuple[Any, dict[str, Any]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.append((app, kw)))
    return seen


def test_one_worker_serves_the_app_it_built(tmp_path: Path, calls: list[Any]) -> None:
    done = CliRunner().invoke(cli, ["serve", "--port", "8111"], env=_env(tmp_path))
    assert done.exit_code == 0, done.output
    (app, options), *_ = calls
    assert isinstance(app, Litestar)
    assert "workers" not in options
    assert options["port"] == 8111
    assert options["timeout_keep_alive"] == KEEP_ALIVE_SECONDS


def test_several_workers_get_the_factory(tmp_path: Path, calls: list[Any]) -> None:
    done = CliRunner().invoke(cli, ["serve", "--workers", "2"], env=_env(tmp_path))
    assert done.exit_code == 0, done.output
    (app, options), *_ = calls
    assert app == "certinum.cli:app_from_env"
    assert options["factory"] is True
    assert options["workers"] == 2
    assert (tmp_path / "serve.db").exists()  # migrated before the workers start


def test_zero_workers_is_a_usage_error(tmp_path: Path, calls: list[Any]) -> None:
    done = CliRunner().invoke(cli, ["serve", "--workers", "0"], env=_env(tmp_path))
    assert done.exit_code == 2
    assert calls == []


def test_the_factory_builds_the_app_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in _env(tmp_path).items():
        monkeypatch.setenv(name, value)
    app = app_from_env()
    assert isinstance(app, Litestar)
    app.state.runtime.close()
