"""Bank format 2 (assessment/items/README.md): families, variants, material, rules, write-back."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from bankfiles import (
    FIELDS,
    META,
    NUMBER,
    PICK,
    SINGLE,
    family,
    write_bank,
    write_file,
    write_material,
)
from click.testing import CliRunner

from assessment.bank import (
    BankError,
    ChallengeType,
    Status,
    UnknownChallengeError,
    append_irt_versions,
    bank_figures,
    candidate_view,
    check_bank,
    load_bank,
)
from assessment.bank._material import MAX_MATERIAL_BYTES
from certinum.cli import cli
from certinum.settings import Settings, SettingsError


def test_a_valid_bank_loads_families_variants_and_status(tmp_path: Path) -> None:
    bank = load_bank(write_bank(tmp_path))
    assert check_bank(tmp_path) == []
    ids = [c.id for c in bank.items]
    assert ids == [
        "f-1.1-0a0a0a01",
        "f-1.1-0a0a0a02~a",
        "f-1.1-0a0a0a02~b",
        "f-1.1-0a0a0a03~a",
        "f-1.1-0a0a0a03~b",
        "f-4.3-0a0a0a04",
    ]
    served = [c.id for c in bank.challenges]
    assert "f-4.3-0a0a0a04" not in served  # proposed: loaded, resolvable, never served
    assert bank.get("f-4.3-0a0a0a04").status is Status.PROPOSED
    assert bank.status("f-1.1-0a0a0a01") is Status.VALIDATED
    assert [c.id for c in bank.pretest] == served  # nothing calibrated yet
    variant = bank.get("f-1.1-0a0a0a02~b")
    assert (variant.family, variant.variant, variant.skill) == (
        "f-1.1-0a0a0a02",
        "b",
        "@test-champs3",
    )
    assert variant.fr.statement == "Dans `https://www.impots.gouv.fr/aide`, recopiez :"
    assert variant.file == "1.1/mixed.yaml"
    assert [p.id for p in bank.item_params()] == served
    assert bank.params_at("f-1.1-0a0a0a02~a", 1).difficulty == -1.125  # from level 3


def test_enemies_are_symmetric_and_cover_variants(tmp_path: Path) -> None:
    single = family(SINGLE, enemies=["f-1.1-0a0a0a02"])
    write_file(tmp_path, "1.1.yaml", [single, FIELDS], "1.1")
    bank = load_bank(tmp_path)
    assert bank.enemies["f-1.1-0a0a0a01"] == {"f-1.1-0a0a0a02~a", "f-1.1-0a0a0a02~b"}
    assert bank.enemies["f-1.1-0a0a0a02~a"] == {"f-1.1-0a0a0a01", "f-1.1-0a0a0a02~b"}
    assert bank_figures(tmp_path, targets=False).enemy_pairs == 1
    unknown = family(SINGLE, enemies=["f-9.9-nobody"])
    write_file(tmp_path, "1.1.yaml", [unknown, FIELDS], "1.1")
    problems = check_bank(tmp_path)
    assert [p.message for p in problems] == ["unknown enemy family 'f-9.9-nobody'"]


def test_candidate_view_references_material_opaquely(tmp_path: Path) -> None:
    bank = load_bank(write_bank(tmp_path))
    pick = bank.get("f-1.1-0a0a0a03~a")
    view = candidate_view(pick, "en")
    assert view["material"] == [
        {"ref": "m1", "media_type": "text/html", "alt": "A results page."},
        {"ref": "m2", "media_type": "text/csv", "alt": "A table."},
    ]
    assert view["pick_in"] == "m1"
    text = json.dumps(view)
    for secret in ("page-a.html", "table.csv", '"page"', '"table"', "l2"):
        assert secret not in text
    assert bank.material(pick.id, "m1", "fr").path("fr").name == "page-a.html"
    with pytest.raises(UnknownChallengeError):
        bank.material(pick.id, "m3", "fr")
    fields = candidate_view(bank.get("f-1.1-0a0a0a02~a"), "fr")
    assert fields["fields"] == [
        {"id": "host", "label": "Le nom d’hôte"},
        {"id": "size", "label": "La taille"},
    ]
    assert "www.ameli.fr" in fields["statement"]
    assert "3.2" not in json.dumps(fields)
    number = candidate_view(bank.get("f-4.3-0a0a0a04"), "fr")
    assert (number["unit"], number["proposals"]) == ("h", [])
    assert "24.5" not in json.dumps(number)


BROKEN: dict[str, tuple[dict[str, Any], str]] = {
    "f-1.1-bad-level": ({"level": 9}, "level"),
    "f-1.1-bad-theme": ({"theme": "cooking"}, "theme"),
    "f-1.1-bad-type": ({"type": "essay"}, "type"),
    "f-1.1-bad-status": ({"status": "draft"}, "status"),
    "f-1.1-no-metadata": ({"metadata": None}, "missing key 'metadata'"),
    "f-1.1-short-meta": ({"metadata": {"blind": True}}, "metadata: missing 'phone'"),
    "f-1.1-tied": ({"metadata": {**META, "tied": True}}, "review_by' is required"),
    "f-1.1-stale": ({"metadata": {**META, "review_by": date(2020, 1, 1)}}, "has passed"),
    "f-1.1-slow": ({"metadata": {**META, "time_limit": 5000}}, "time_limit"),
    "f-1.1-no-en": ({"en": None}, "en"),
    "f-1.1-index-out": ({"solution": 3}, "solution"),
    "f-1.1-unknown-key": ({"hint": "psst"}, "unknown key 'hint'"),
    "f-1.1-own-enemy": ({"enemies": ["f-1.1-own-enemy"]}, "own enemy"),
    "f-1.1-bad-param": (
        {"fr": {"statement": "Q {{nope}} ?", "proposals": ["Alpha", "Bravo", "Charlie"]}},
        "'{{nope}}' is not a parameter",
    ),
    "f-1.1-one-variant": ({"variants": [{"key": "a", "x": 1}]}, "at least 2"),
    "f-1.1-same-variants": (
        {"variants": [{"key": "a", "x": 1}, {"key": "b", "x": 2}]},
        "same item as f-1.1-same-variants~a",
    ),
    "f-1.1-uneven-variants": (
        {"variants": [{"key": "a", "x": 1}, {"key": "b", "y": 2}]},
        "differ from",
    ),
    "BAD ID": ({}, "'id' must be a lowercase slug"),
}


def test_broken_families_report_every_problem_with_file_and_id(tmp_path: Path) -> None:
    families = [SINGLE] + [family(SINGLE, fid, **changes) for fid, (changes, _) in BROKEN.items()]
    write_file(tmp_path, "deep/1.1.yaml", families, "1.1")
    write_file(tmp_path, "other.yaml", [SINGLE], "1.1")
    (tmp_path / "broken.yaml").write_text("format: 2\nfamilies: [\n  - {id: x", "utf-8")
    (tmp_path / "list.yaml").write_text("- just a list\n", "utf-8")
    (tmp_path / "old.yaml").write_text("competence: '1.1'\nchallenges: []\n", "utf-8")
    with pytest.raises(BankError) as caught:
        load_bank(tmp_path)
    problems = caught.value.problems
    assert problems == check_bank(tmp_path)
    for family_id, (_, fragment) in BROKEN.items():
        mine = [p for p in problems if p.item_id and p.item_id.startswith(family_id)]
        assert mine, family_id
        assert all(p.file == "deep/1.1.yaml" for p in mine)
        assert any(fragment in p.message for p in mine), (family_id, mine)
    duplicate = [p for p in problems if p.file == "other.yaml"]
    assert [(p.item_id, "duplicate id" in p.message) for p in duplicate] == [
        ("f-1.1-0a0a0a01", True)
    ]
    assert any(p.file == "broken.yaml" and "malformed YAML at line" in p.message for p in problems)
    assert any(p.file == "list.yaml" and p.item_id is None for p in problems)
    assert any(p.file == "old.yaml" and "'format' must be 2" in p.message for p in problems)


MATERIAL_CASES: dict[str, tuple[dict[str, Any], str]] = {
    "missing": ({"file": "material/none.html"}, "file not found"),
    "absolute": ({"file": "/etc/passwd.html"}, "must be relative"),
    "dotdot": ({"file": "material/../../x.html"}, "'..'"),
    "type": ({"media_type": "application/x-sh"}, "is not allowed"),
    "extension": ({"file": "material/table.csv"}, "does not match text/html"),
    "content": ({"file": "material/fake.html"}, "does not look like text/html"),
    "big": ({"file": "material/big.html"}, "over the 1048576 limit"),
    "alt": ({"alt": {"fr": "Une page.", "en": " "}}, "non-empty in fr and en"),
    "pick": ({"file": "material/nopick.html"}, "'l2' is not marked"),
}


@pytest.mark.parametrize("case", sorted(MATERIAL_CASES))
def test_material_rules(tmp_path: Path, case: str) -> None:
    write_material(tmp_path)
    (tmp_path / "material" / "fake.html").write_text("just text", "utf-8")
    (tmp_path / "material" / "big.html").write_text(
        "<html>" + "x" * MAX_MATERIAL_BYTES + "</html>", "utf-8"
    )
    (tmp_path / "material" / "nopick.html").write_text("<html><a>x</a></html>", "utf-8")
    changes, fragment = MATERIAL_CASES[case]
    attachment = {**PICK["material"][0], **changes}
    broken = family(
        PICK,
        material=[attachment],
        variants=None,
        solution={"material": "page", "accepted": ["l2"]},
    )
    broken["fr"]["statement"] = "Choisissez le lien."  # no {{page}} left without variants
    attachment["file"] = attachment["file"].replace("{{page}}", "a")
    write_file(tmp_path, "1.1.yaml", [broken], "1.1")
    problems = check_bank(tmp_path)
    assert problems, case
    assert all(p.file == "1.1.yaml" and p.item_id == PICK["id"] for p in problems)
    assert any(fragment in p.message for p in problems), problems


def test_material_outside_the_bank_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    write_material(outside)
    bank_dir = tmp_path / "bank"
    bank_dir.mkdir()
    (bank_dir / "material").symlink_to(outside / "material")
    write_file(bank_dir, "1.1.yaml", [PICK], "1.1")
    assert any("inside the bank directory" in p.message for p in check_bank(bank_dir))


def _proposals(key: str, *others: str) -> dict[str, Any]:
    return {"statement": "Question ?", "proposals": [key, *others]}


def test_key_length_rules(tmp_path: Path) -> None:
    long_key = family(
        SINGLE,
        "f-1.1-0b0b0b01",
        fr=_proposals("Une réponse vraiment très longue et détaillée", "Court", "Bref"),
        en=_proposals("A really long and detailed answer here", "Short", "Brief"),
        solution=0,
    )
    write_file(tmp_path, "1.1.yaml", [long_key], "1.1")
    messages = sorted(p.message for p in check_bank(tmp_path))
    assert messages[:2] == [
        "en: the key is over 1.5× the longest other proposal",
        "fr: the key is over 1.5× the longest other proposal",
    ]
    assert "the key is the longest proposal in 1 of 1 single-choice items" in messages[2]
    balanced = [
        family(SINGLE, f"f-1.1-0c0c0c0{n}", tube=f"tube-{n}", solution=n % 3) for n in range(1, 5)
    ]
    write_file(tmp_path, "1.1.yaml", balanced, "1.1")
    assert check_bank(tmp_path) == []
    figures = bank_figures(tmp_path, targets=False)
    assert figures.key_longest_share == 0.25  # "Charlie" is the key of one item in four


def test_ids_must_not_spell_their_key(tmp_path: Path) -> None:
    spelled = family(SINGLE, "c-1.1-bravo-engine-01")
    free = family(
        SINGLE,
        "c-4.3-helpline-3018-01",
        type="free_answer",
        fr={"statement": "Quel numéro ?"},
        en={"statement": "Which number?"},
        solution={"accepted": [3018], "spaces": "ignored"},
    )
    write_file(tmp_path, "1.1.yaml", [spelled, free], "1.1")
    problems = {p.item_id: p.message for p in check_bank(tmp_path)}
    assert problems == {
        "c-1.1-bravo-engine-01": "the id spells the key ('bravo')",
        "c-4.3-helpline-3018-01": "the id spells the key ('3018')",
    }
    archived = family(spelled, status="archived")  # archived ids keep their name
    write_file(tmp_path, "1.1.yaml", [archived], "1.1")
    assert check_bank(tmp_path) == []


def test_likely_enemies_are_refused_until_declared(tmp_path: Path) -> None:
    dhcp = family(
        SINGLE,
        "f-5.2-0d0d0d01",
        theme="home-network",
        fr=_proposals("Le DHCP", "Le serveur DNS", "La passerelle NAT"),
        en=_proposals("DHCP", "The DNS server", "The NAT gateway"),
        solution=0,
    )
    apipa = family(
        SINGLE,
        "f-5.2-0d0d0d02",
        tube="autre",
        theme="home-network",
        fr={
            "statement": "Sans réponse du serveur DHCP, que fait l’ordinateur ?",
            "proposals": [
                "Il s’attribue une adresse",
                "Il éteint sa carte réseau Wi-Fi",
                "Il redémarre la box internet",
            ],
        },
        en={
            "statement": "Without an answer from the DHCP server, what does the computer do?",
            "proposals": [
                "It gives itself an address",
                "It turns off its Wi-Fi adapter",
                "It restarts the Internet router",
            ],
        },
        solution=0,
    )
    write_file(tmp_path, "5.2.yaml", [dhcp, apipa], "5.2")
    problems = check_bank(tmp_path)
    assert [(p.item_id, p.message) for p in problems] == [
        (
            "f-5.2-0d0d0d02",
            "likely enemy of f-5.2-0d0d0d01: prints its key term 'dhcp'"
            " (declare it in 'enemies' or rewrite)",
        )
    ]
    write_file(tmp_path, "5.2.yaml", [dhcp, family(apipa, enemies=["f-5.2-0d0d0d01"])], "5.2")
    assert check_bank(tmp_path) == []


def test_append_irt_versions_writes_only_irt_yaml(tmp_path: Path) -> None:
    write_bank(tmp_path)
    before = (tmp_path / "1.1" / "mixed.yaml").read_bytes()
    result = append_irt_versions(
        tmp_path, {"f-1.1-0a0a0a02~a": (1.234567, 0.5)}, source="calibration 2026-03"
    )
    assert result == {"f-1.1-0a0a0a02~a": 2}
    bank = load_bank(tmp_path)
    item = bank.get("f-1.1-0a0a0a02~a")
    assert [(v.version, v.status) for v in item.irt] == [(1, "provisional"), (2, "calibrated")]
    assert item.irt[1].discrimination == 1.2346
    assert item.calibrated
    assert len(bank.get("f-1.1-0a0a0a02~b").irt) == 1  # each variant has its own versions
    assert "f-1.1-0a0a0a02~a" not in [c.id for c in bank.pretest]
    assert (tmp_path / "1.1" / "mixed.yaml").read_bytes() == before
    with pytest.raises(BankError) as caught:
        append_irt_versions(tmp_path, {"f-1.1-0a0a0a02": (1.0, 0.0)}, source="x")
    assert caught.value.problems[0].message == "unknown item id"
    (tmp_path / "irt.yaml").write_text(
        "format: 2\nitems:\n  f-9.9-ghost:\n  - {version: 1, discrimination: 1.0,"
        " difficulty: 0.0, status: provisional, source: x}\n",
        "utf-8",
    )
    assert [p.message for p in check_bank(tmp_path)] == ["IRT versions of an unknown item"]


def test_bank_command_prints_figures_and_exits_1_on_targets(tmp_path: Path) -> None:
    write_bank(tmp_path)
    result = CliRunner().invoke(cli, ["assessment", "bank", "--bank", str(tmp_path), "--json"])
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert (doc["families"], doc["items"], doc["validated_items"]) == (4, 6, 5)
    assert doc["material_share"] == 0.5
    assert doc["key_longest_share"] == 0.0
    assert doc["enemy_pairs"] == 0
    assert doc["competences"]["1.1"] == {
        "families": 3,
        "items": 5,
        "families_by_level": {"1": 0, "2": 1, "3": 1, "4": 1, "5": 0, "6": 0, "7": 0, "8": 0},
    }
    assert any("the target is 640" in p for p in doc["problems"])
    assert any("1.1: themes not covered" in p for p in doc["problems"])
    assert bank_figures(tmp_path, targets=False).problems == []
    broken = CliRunner().invoke(cli, ["assessment", "bank", "--bank", str(tmp_path / "1.1")])
    assert broken.exit_code == 1
    assert "problem:" in broken.stderr


def test_shipped_bank_figures() -> None:
    figures = bank_figures(targets=False)
    assert figures.problems == []
    assert figures.key_longest_share <= 0.30
    assert figures.enemy_pairs >= 30


def test_item_bank_setting(tmp_path: Path) -> None:
    assert Settings.from_env({}).item_bank is None
    assert Settings.from_env({"CERTINUM_ITEM_BANK": str(tmp_path)}).item_bank == tmp_path
    with pytest.raises(SettingsError):
        Settings.from_env({"CERTINUM_ITEM_BANK": str(tmp_path / "none")})


def test_number_type_in_a_copy_of_the_real_bank(tmp_path: Path) -> None:
    bank_dir = tmp_path / "bank"
    shutil.copytree(Path("assessment/items"), bank_dir)
    write_file(bank_dir, "4.3/extra.yaml", [family(NUMBER, status="validated")], "4.3")
    write_material(bank_dir / "4.3")
    bank = load_bank(bank_dir)
    assert bank.get("f-4.3-0a0a0a04").type is ChallengeType.NUMBER


def test_a_localised_variant_parameter_gives_each_locale_its_own_text(tmp_path: Path) -> None:
    """A parameter written ``{fr: ..., en: ...}`` fills the French block with its French text
    and the English block with its English text."""
    localised = {
        "id": "f-1.1-0a1b2c3d",
        "tube": "villes",
        "level": 2,
        "theme": "web-search",
        "type": "free_answer",
        "status": "validated",
        "metadata": META,
        "fr": {"statement": "Dans quelle ville se trouve {{city}} ?"},
        "en": {"statement": "In which city is {{city}}?"},
        "solution": {"accepted": ["x"]},
        "variants": [
            {"key": "a", "city": {"fr": "Londres", "en": "London"}},
            {"key": "b", "city": {"fr": "Séville", "en": "Seville"}},
        ],
    }
    write_file(tmp_path, "1.1.yaml", [localised], "1.1")
    item = load_bank(tmp_path).get("f-1.1-0a1b2c3d~a")
    assert "Londres" in item.fr.statement
    assert "London" in item.en.statement
