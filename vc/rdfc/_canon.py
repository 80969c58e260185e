"""The RDFC-1.0 canonicalization algorithm (W3C Recommendation, 2024-05-21), §4.4 to §5.

Written for the common case of a verifiable credential: every blank node has a unique
first-degree hash, so the work is one pass to group quads by blank node, one hash per blank
node, one relabelling and one sort. Quads are tuples of serialized terms (:mod:`._terms`), so
"serialize the quad in N-Quads" is a string concatenation and no term objects are built.

Hash N-Degree Quads (§4.8) is exponential on symmetric graphs. The spec asks implementations
to guard against such "poison" datasets (§7 Security Considerations); the guard here is
:class:`CanonicalizationBudget`, modelled on rdf-canonize's ``maxWorkFactor``.
"""

from __future__ import annotations

import hashlib
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Final

from ._budget import DEFAULT_BUDGET, CanonicalizationBudget, CanonicalizationResult
from ._errors import (
    CanonicalizationBudgetExceeded,
    CanonicalizationDeadlineExceeded,
    UnsupportedHashAlgorithm,
)
from ._issuer import IdentifierIssuer
from ._permute import permutations
from ._terms import Quad, check_quads

__all__ = [
    "DEFAULT_BUDGET",
    "CanonicalizationBudget",
    "CanonicalizationResult",
    "canonicalize",
]

_HashFactory = Callable[[bytes], "hashlib._Hash"]
_HASHES: Final[dict[str, _HashFactory]] = {
    "SHA256": hashlib.sha256,
    "SHA384": hashlib.sha384,
}


def _hash_factory(name: str) -> _HashFactory:
    key = name.upper().replace("-", "") if isinstance(name, str) else ""
    factory = _HASHES.get(key)
    if factory is None:
        raise UnsupportedHashAlgorithm(
            f"unsupported RDFC-1.0 hash algorithm {name!r}: use 'SHA256' or 'SHA384'"
        )
    return factory


def _line(subject: str, predicate: str, obj: str, graph: str) -> str:
    if graph:
        return f"{subject} {predicate} {obj} {graph} .\n"
    return f"{subject} {predicate} {obj} .\n"


class _Canonicalizer:
    """State of one run (RDFC-1.0 §4.2 canonicalization state)."""

    __slots__ = (
        "blank_quads",
        "budget",
        "calls_left",
        "canonical",
        "clock",
        "deadline",
        "first_degree",
        "first_lines",
        "hasher",
        "max_calls",
        "permutations_left",
        "related",
        "shared_count",
    )

    def __init__(
        self,
        hasher: _HashFactory,
        budget: CanonicalizationBudget,
        deadline: float | None,
        clock: Callable[[], float],
    ) -> None:
        self.hasher = hasher
        self.budget = budget
        self.deadline = deadline
        self.clock = clock
        self.blank_quads: defaultdict[str, list[Quad]] = defaultdict(list)
        self.first_lines: defaultdict[str, list[str]] = defaultdict(list)
        self.first_degree: dict[str, str] = {}
        self.related: dict[str, list[tuple[str, str]]] = {}
        self.canonical = IdentifierIssuer("_:c14n")
        self.calls_left: int | None = None
        self.max_calls: int | None = None
        self.permutations_left = budget.max_permutations
        self.shared_count = 0

    # §4.4.3 steps 1-2 (blank node to quads map) and the lines of §4.6 step 3.
    def map_blank_nodes(self, dataset: list[Quad]) -> None:
        """Map each blank node to its quads and to its first-degree N-Quads lines.

        The lines of Hash First Degree Quads (§4.6 step 3: the node itself as ``_:a``,
        other blank nodes as ``_:z``) are built in the same pass; in a credential most
        quads hold a single blank node, whose line is then built once.
        """
        blank_quads = self.blank_quads
        first_lines = self.first_lines
        for quad in dataset:
            subject, predicate, obj, graph = quad
            if graph:
                if graph[0] == "_":
                    self.map_general(quad)
                    continue
                end = f" {graph} .\n"
            else:
                end = " .\n"
            if subject[0] == "_":
                if obj[0] == "_":
                    self.map_general(quad)
                else:
                    blank_quads[subject].append(quad)
                    first_lines[subject].append(f"_:a {predicate} {obj}{end}")
            elif obj[0] == "_":
                blank_quads[obj].append(quad)
                first_lines[obj].append(f"{subject} {predicate} _:a{end}")

    def map_general(self, quad: Quad) -> None:
        """A quad with a blank graph name or several blank nodes (§4.4.3 step 2, §4.6)."""
        subject, predicate, obj, graph = quad
        nodes = [term for term in (subject, obj, graph) if term[:1] == "_"]
        for node in dict.fromkeys(nodes):  # distinct, in subject, object, graph order
            self.blank_quads[node].append(quad)
            self.first_lines[node].append(
                _line(
                    ("_:a" if subject == node else "_:z") if subject[0] == "_" else subject,
                    predicate,
                    ("_:a" if obj == node else "_:z") if obj[0] == "_" else obj,
                    ("_:a" if graph == node else "_:z") if graph[:1] == "_" else graph,
                )
            )

    # §4.6 Hash First Degree Quads, steps 4-5 (the lines are built by map_blank_nodes).
    def hash_first_degree(self, node: str) -> str:
        lines = self.first_lines[node]
        lines.sort()
        return self.hasher("".join(lines).encode()).hexdigest()

    # §4.4.3 steps 3-6.
    def issue_canonical_identifiers(self) -> None:
        hash_to_nodes: dict[str, list[str]] = {}
        first_degree = self.first_degree
        for node in self.blank_quads:
            digest = self.hash_first_degree(node)
            first_degree[node] = digest
            hash_to_nodes.setdefault(digest, []).append(node)
        shared: list[list[str]] = []
        for digest in sorted(hash_to_nodes):
            nodes = hash_to_nodes[digest]
            if len(nodes) > 1:
                shared.append(nodes)
            else:
                self.canonical.issue(nodes[0])
        if not shared:
            return
        self.shared_count = sum(map(len, shared))
        self.max_calls = self.budget.deep_iterations_for(self.shared_count)
        self.calls_left = self.max_calls
        for nodes in shared:
            results: list[tuple[str, IdentifierIssuer]] = []
            for node in nodes:
                if node in self.canonical.issued:
                    continue
                issuer = IdentifierIssuer("_:b")
                issuer.issue(node)
                results.append(self.hash_n_degree(node, issuer, 1))
            results.sort(key=lambda result: result[0])
            for _, issuer in results:
                for existing in issuer.issued:
                    self.canonical.issue(existing)

    def related_of(self, node: str) -> list[tuple[str, str]]:
        """(position + predicate, related node) for §4.8.3 step 3, computed once per node."""
        entries = self.related.get(node)
        if entries is None:
            entries = []
            for subject, predicate, obj, graph in self.blank_quads[node]:
                if subject[0] == "_" and subject != node:
                    entries.append(("s" + predicate, subject))
                if obj[0] == "_" and obj != node:
                    entries.append(("o" + predicate, obj))
                if graph and graph[0] == "_" and graph != node:
                    entries.append(("g", graph))
            self.related[node] = entries
        return entries

    def spend_call(self, depth: int) -> None:
        """Charge one Hash N-Degree Quads call to the budget, or refuse it."""
        if self.calls_left is not None:
            if self.calls_left <= 0:
                raise CanonicalizationBudgetExceeded(
                    "RDFC-1.0 Hash N-Degree Quads exceeded its budget of "
                    f"{self.max_calls} calls ({self.shared_count} blank nodes share "
                    f"first-degree hashes, max_work_factor={self.budget.max_work_factor}): "
                    "the dataset is too symmetric to canonicalize safely "
                    "(possible dataset poisoning)"
                )
            self.calls_left -= 1
        if depth > self.budget.max_recursion_depth:
            raise CanonicalizationBudgetExceeded(
                "RDFC-1.0 Hash N-Degree Quads recursion deeper than "
                f"{self.budget.max_recursion_depth} (possible dataset poisoning)"
            )
        self.check_deadline()

    def spend_permutation(self) -> None:
        self.permutations_left -= 1
        if self.permutations_left < 0:
            raise CanonicalizationBudgetExceeded(
                "RDFC-1.0 Hash N-Degree Quads examined more than "
                f"{self.budget.max_permutations} permutations of related blank nodes "
                "(possible dataset poisoning)"
            )
        if self.permutations_left % 256 == 0:
            self.check_deadline()

    def check_deadline(self) -> None:
        if self.deadline is not None and self.clock() > self.deadline:
            raise CanonicalizationDeadlineExceeded(
                "RDFC-1.0 canonicalization passed its deadline before finishing"
            )

    # §4.8 Hash N-Degree Quads.
    def hash_n_degree(
        self, node: str, issuer: IdentifierIssuer, depth: int
    ) -> tuple[str, IdentifierIssuer]:
        """Return the n-degree hash of ``node`` and the issuer of its chosen paths.

        ``issuer`` is never modified: it is copied before the first new identifier of a
        permutation is issued (copy on write; the spec copies it for every permutation,
        §4.8.3 step 5.4.1, which costs a dict copy even when nothing is issued).
        """
        self.spend_call(depth)
        canonical = self.canonical.issued
        first_degree = self.first_degree
        hasher = self.hasher
        # Steps 1-3: hash to related blank nodes map; §4.7 Hash Related Blank Node inline
        # (canonical identifier, else the path's temporary one, else first-degree hash).
        hash_to_related: dict[str, list[str]] = {}
        issued = issuer.issued
        for prefix, related in self.related_of(node):
            identifier = canonical.get(related) or issued.get(related) or first_degree[related]
            digest = hasher((prefix + identifier).encode()).hexdigest()
            group = hash_to_related.get(digest)
            if group is None:
                hash_to_related[digest] = [related]
            else:
                group.append(related)
        # Steps 4-5.
        data_to_hash: list[str] = []
        for digest in sorted(hash_to_related):
            data_to_hash.append(digest)
            group = hash_to_related[digest]
            chosen_path = ""
            chosen_issuer = issuer
            for permutation in (group,) if len(group) == 1 else permutations(group):
                self.spend_permutation()
                issuer_copy = issuer
                path = ""
                recursion: list[str] = []
                skip = False
                for related in permutation:
                    known = canonical.get(related) or issuer_copy.issued.get(related)
                    if known is None:
                        if issuer_copy is issuer:
                            issuer_copy = issuer.copy()
                        recursion.append(related)
                        known = issuer_copy.issue(related)
                    path += known
                    # Step 5.4.4.3. The spec also compares lengths first; comparing the
                    # strings alone is equivalent (a path greater than the chosen one and
                    # not its prefix stays greater as it grows) and is what rdf-canonize does.
                    if chosen_path and path > chosen_path:
                        skip = True
                        break
                if skip:
                    continue
                for related in recursion:
                    result_hash, result_issuer = self.hash_n_degree(related, issuer_copy, depth + 1)
                    path += issuer_copy.issue(related) + "<" + result_hash + ">"
                    issuer_copy = result_issuer
                    if chosen_path and path > chosen_path:
                        skip = True
                        break
                if skip:
                    continue
                if not chosen_path or path < chosen_path:
                    chosen_path = path
                    chosen_issuer = issuer_copy
            data_to_hash.append(chosen_path)
            issuer = chosen_issuer
        # Step 6.
        return self.hasher("".join(data_to_hash).encode()).hexdigest(), issuer


def canonicalize(
    quads: Iterable[Quad],
    *,
    hash_algorithm: str = "SHA256",
    budget: CanonicalizationBudget = DEFAULT_BUDGET,
    deadline: float | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> CanonicalizationResult:
    """Canonicalize a dataset with RDFC-1.0 and serialize it (§4.4, §5).

    ``quads``: tuples of canonical N-Quads terms (see :mod:`._terms`); duplicates are
    dropped, as a dataset is a set. Each term is checked (:class:`InvalidTermError`) so that
    a malformed term cannot make a non-canonical document that still gets signed.
    ``hash_algorithm``: ``"SHA256"`` (default) or ``"SHA384"``, case-insensitive, a hyphen
    allowed (``"sha-384"``). ``budget``: see :class:`CanonicalizationBudget`.
    ``deadline``: an instant on ``clock`` (``time.monotonic`` by default) after which the
    run stops with :class:`CanonicalizationDeadlineExceeded`; checked during the deep phase.
    """
    hasher = _hash_factory(hash_algorithm)
    dataset = check_quads(quads)
    state = _Canonicalizer(hasher, budget, deadline, clock)
    state.map_blank_nodes(dataset)
    state.issue_canonical_identifiers()

    # §4.4.3 step 7 (relabel) and §5 (serialize, sort by code point, concatenate).
    issued = state.canonical.issued
    lines: list[tuple[str, Quad]] = []
    append = lines.append
    for in_subject, predicate, in_object, in_graph in dataset:
        subject = issued[in_subject] if in_subject[0] == "_" else in_subject
        obj = issued[in_object] if in_object[0] == "_" else in_object
        if in_graph:
            graph = issued[in_graph] if in_graph[0] == "_" else in_graph
            line = f"{subject} {predicate} {obj} {graph} .\n"
        else:
            graph = ""
            line = f"{subject} {predicate} {obj} .\n"
        append((line, (subject, predicate, obj, graph)))
    lines.sort()
    return CanonicalizationResult(
        nquads="".join([line for line, _ in lines]),
        quads=[quad for _, quad in lines],
        issued={existing[2:]: label[2:] for existing, label in issued.items()},
    )
