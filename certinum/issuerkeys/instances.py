"""did:key issuer instances: issuers of their own, with their own key, under the same custody.

An instance is a keyring whose controller is its one key's ``did:key``
(:meth:`keys.Keyring.create_did_key`), sealed with the service's unlock secret in
``{data}/keys/instances/NAME/``. It issues through ``POST /issuers/NAME/credentials/issue``
with its did:key as ``issuer``, and its credentials' status lists are signed by its own key
(a verifier requires a list's issuer to be its credential's). A did:key cannot rotate: its
key is the identifier. Its credentials count as ``trusted`` (:meth:`Runtime.trusted_issuers`).
"""

from __future__ import annotations

from dataclasses import dataclass

from certinum.errors import KeyOperationRefused
from certinum.runtime import INSTANCE_NAME, Runtime
from keys import Keyring, KeysError


@dataclass(frozen=True, slots=True)
class Instance:
    name: str
    did: str

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "did": self.did}


def create_instance(runtime: Runtime, name: str, *, actor: str) -> Instance:
    """A new did:key issuer instance named ``name`` (audited ``issuer.create``).

    Refused (:class:`KeyOperationRefused`): a name that is not 1-32 lower-case letters,
    digits and inner hyphens (``bad-name``), a name taken (``issuer-exists``), an unlock
    secret that does not open the service's key (a key nobody could use would be sealed).
    """
    if not INSTANCE_NAME.fullmatch(name):
        raise KeyOperationRefused(
            "bad-name", "an instance name is 1-32 lower-case letters, digits and inner hyphens"
        )
    if name in runtime.instance_names():
        raise KeyOperationRefused("issuer-exists", f"the issuer instance {name!r} exists")
    now = runtime.clock()
    try:
        with runtime.keyring.signer(runtime.unlock):
            pass  # the unlock secret opens the service's key: the new key is sealed with it
        ring = Keyring.create_did_key(runtime.instances_dir / name, runtime.unlock, now)
    except KeysError as exc:
        raise KeyOperationRefused(str(exc)) from None
    runtime.audit(
        "issuer.create",
        actor=actor,
        target=ring.controller_did,
        reason=f"issuer instance {name}",
        details={"instance": name, "key": ring.active().key_id},
    )
    return Instance(name, ring.controller_did)


def list_instances(runtime: Runtime) -> list[Instance]:
    """Every did:key issuer instance, by name."""
    return [
        Instance(name, runtime.keyring_for(name).controller_did)
        for name in runtime.instance_names()
    ]
