"""Permutations for Hash N-Degree Quads (RDFC-1.0 §4.8.3 step 5.4).

The spec says "for each permutation" without fixing an order. The order matters only when
two permutations give the same path (an automorphism): the output N-Quads are the same, but
the issued identifiers map can differ. To agree with rdf-canonize (digitalbazaar, the
implementation the test suite and the eddsa-rdfc-2022 vectors come from), a list of distinct
nodes is walked in its Steinhaus-Johnson-Trotter order starting from the sorted list.

A list can name the same node twice (two quads with the same predicate and position, in two
graphs). Swapping two equal entries gives the same sequence and so the same result; only the
distinct orderings are walked then (lexicographic order), which avoids n! repeats of one path.
"""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["permutations"]


def permutations(items: list[str]) -> Iterator[list[str]]:
    """Yield each distinct ordering of ``items`` once (a new list each time)."""
    ordered = sorted(items)
    if len(ordered) <= 1:
        yield ordered
    elif len(set(ordered)) == len(ordered):
        yield from _johnson_trotter(ordered)
    else:
        yield from _distinct_lexicographic(ordered)


def _johnson_trotter(ordered: list[str]) -> Iterator[list[str]]:
    """Steinhaus-Johnson-Trotter on distinct items, as rdf-canonize's ``Permuter`` does."""
    length = len(ordered)
    # Work on ranks 0..n-1 (distinct, same order as the strings): int comparisons only.
    current = list(range(length))
    left = [True] * length  # direction of each rank
    while True:
        yield [ordered[rank] for rank in current]
        # Largest mobile rank: greater than the neighbour it looks at.
        mobile = -1
        position = 0
        for index, rank in enumerate(current):
            if rank > mobile and (
                (left[rank] and index > 0 and rank > current[index - 1])
                or (not left[rank] and index < length - 1 and rank > current[index + 1])
            ):
                mobile = rank
                position = index
        if mobile < 0:
            return
        swap = position - 1 if left[mobile] else position + 1
        current[position], current[swap] = current[swap], mobile
        for rank in range(mobile + 1, length):
            left[rank] = not left[rank]


def _distinct_lexicographic(current: list[str]) -> Iterator[list[str]]:
    """Distinct permutations of a sorted multiset, in lexicographic order."""
    length = len(current)
    while True:
        yield list(current)
        pivot = length - 2
        while pivot >= 0 and current[pivot] >= current[pivot + 1]:
            pivot -= 1
        if pivot < 0:
            return
        successor = length - 1
        while current[successor] <= current[pivot]:
            successor -= 1
        current[pivot], current[successor] = current[successor], current[pivot]
        current[pivot + 1 :] = reversed(current[pivot + 1 :])
