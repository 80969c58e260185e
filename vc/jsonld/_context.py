"""JSON-LD 1.1 context processing (JSON-LD 1.1 API §4.1, §4.2, §5.2), with a correct cache.

Why our own: pyld re-processes the large, protected, type-scoped contexts of VC 2.0 and
OB 3.0 on every document and every node (77 % of the signing time). Here an
:class:`ActiveContext` is immutable once built, so the result of processing a local context
on it can be memoised *on the active context itself*, keyed by the local context (its URL(s),
or its exact JSON text) and the two flags that change the result (``propagate``,
``override_protected``). What derives from the loader's own documents (context URLs and
the scoped contexts they define) is thus computed once per loader, up to
:data:`MAX_CACHED_CONTEXTS` contexts; a new credential only walks dictionaries. What an
inline context (sent by the public) produces is bounded in size and depth and kept only
while its document is expanded: it never grows the loader's cache.

The algorithms follow the spec as implemented by digitalbazaar jsonld.js 9 (``context.js``),
the reference the eddsa-rdfc-2022 test suite is run with, including its safe-mode events
("reserved term", "relative @vocab reference", "invalid @language value"), which raise
:class:`UnsafeJsonLd` here. Processing mode is always ``json-ld-1.1``.
"""

from __future__ import annotations

from typing import Any

from ._errors import DocumentTooLarge, InvalidJsonLd, JsonLdError, UnsafeJsonLd
from ._iri import BCP47, is_absolute_iri, resolve
from ._loader import DocumentLoader
from ._termdef import (
    _NO_CONTEXT,
    TermDefinition,
    _create_term_definition,
    _json_text,
    _local_key,
    expand_iri,
)

__all__ = [
    "_NO_CONTEXT",
    "ActiveContext",
    "TermDefinition",
    "expand_iri",
    "initial_context",
    "process_context",
]

MAX_REMOTE_CONTEXTS = 10  # as jsonld.js MAX_CONTEXT_URLS
#: Bounds on contexts the public may send (a document's own ``@context`` values).
MAX_CONTEXT_LIST = 16  # entries in one @context array
MAX_INLINE_CONTEXT_BYTES = 32 * 1024  # one inline (embedded) context, as compact JSON
MAX_INLINE_TERMS = 128  # term definitions in one inline context
MAX_SCOPED_DEPTH = 16  # scoped contexts nested in scoped contexts
#: Bounds on the processed-context cache of a loader: only contexts built from the loader's
#: own documents (URLs, and the scoped contexts those define) are kept, at most this many
#: (then the cache starts again, empty); a context processed from an inline context lives
#: as long as the document being expanded.
MAX_CACHED_CONTEXTS = 128
_DERIVED_CACHE_MAX = 512  # memo of one per-document (uncached) context
_IRI_CACHE_MAX = 1024  # memoised keys per context
_IRI_CACHE_KEY_MAX = 128  # longer keys are not memoised


KeyInfo = tuple[str | None, "TermDefinition | None", "ActiveContext", frozenset[str]]


class ActiveContext:
    """An active context (§4.1). Never mutated once :meth:`_freeze` has run."""

    __slots__ = (
        "_derived",
        "_frozen",
        "_key_info",
        "_vocab_cache",
        "base",
        "cached",
        "direction",
        "inline",
        "language",
        "loader",
        "previous",
        "protected_terms",
        "terms",
        "vocab",
    )

    def __init__(self, loader: DocumentLoader) -> None:
        self.loader = loader
        self.terms: dict[str, TermDefinition] = {}
        self.protected_terms = False
        self.vocab: str | None = None
        self.base: str | None = None
        self.language: str | None = None
        self.direction: str | None = None
        self.previous: ActiveContext | None = None
        self._derived: dict[object, ActiveContext] = {}
        self._vocab_cache: dict[str, str | None] = {}
        self._key_info: dict[str, KeyInfo] = {}
        self._frozen = False
        # ``cached``: held by the loader's cache (lives as long as the loader).
        # ``inline``: built with an inline context, so its terms may come from the public.
        self.cached = False
        self.inline = False

    def clone(self) -> ActiveContext:
        c = ActiveContext(self.loader)
        c.terms = dict(self.terms)
        c.protected_terms = self.protected_terms
        c.vocab, c.base = self.vocab, self.base
        c.language, c.direction = self.language, self.direction
        c.previous = self.previous
        c.inline = self.inline
        return c

    def _freeze(self) -> ActiveContext:
        self._frozen = True
        return self

    def revert_to_previous(self) -> ActiveContext:
        """Undo non-propagated (type-scoped) contexts when entering a new node (§4.1.2 2)."""
        return self.previous if self.previous is not None else self

    def expand_vocab(self, value: str) -> str | None:
        """IRI expansion relative to the vocabulary (§5.2 with ``vocab`` true), memoised."""
        cache = self._vocab_cache
        try:
            return cache[value]
        except KeyError:
            pass
        result = expand_iri(self, value, vocab=True)
        if self._frozen and len(cache) < _IRI_CACHE_MAX and len(value) <= _IRI_CACHE_KEY_MAX:
            cache[value] = result
        return result

    def key_info(self, key: str) -> KeyInfo:
        """What expansion needs to know about a key, memoised on the immutable context:
        its expanded IRI, its term definition, the context for its value (property-scoped
        context applied, §5.1.2 step 13.7) and its container mapping."""
        info = self._key_info.get(key)
        if info is not None:
            return info
        tdef = self.terms.get(key)
        term_ctx = self
        if tdef is not None and tdef.context is not _NO_CONTEXT:
            term_ctx = process_context(
                self,
                tdef.context,
                override_protected=True,
                key=tdef.context_key,
                trusted=not self.inline,
            )
        info = (
            self.expand_vocab(key),
            tdef,
            term_ctx,
            tdef.container if tdef is not None else frozenset(),
        )
        if (
            self._frozen
            and len(self._key_info) < _IRI_CACHE_MAX
            and len(key) <= _IRI_CACHE_KEY_MAX
            # a cached context keeps only cached ones alive (never a per-document one)
            and (term_ctx is self or term_ctx.cached or not self.cached)
        ):
            self._key_info[key] = info
        return info

    def expand_id(self, value: str) -> str | None:
        """IRI expansion relative to the document (``@base``; the document has none)."""
        return expand_iri(self, value, base=True)


def initial_context(loader: DocumentLoader) -> ActiveContext:
    """The loader's initial (empty) context: the root of its processed-context cache."""
    root = loader.context_cache
    if not isinstance(root, ActiveContext):
        root = ActiveContext(loader)
        if loader.cache_contexts:
            root._freeze()
            root.cached = True
        loader.context_cache = root
    return root


def _only_urls(local: Any) -> bool:
    return isinstance(local, str) or (
        isinstance(local, list) and all(isinstance(x, str) for x in local)
    )


def process_context(
    active: ActiveContext,
    local: Any,
    *,
    propagate: bool = True,
    override_protected: bool = False,
    key: object = None,
    trusted: bool | None = None,
) -> ActiveContext:
    """Context Processing Algorithm (§4.1.2), memoised on the (immutable) active context.

    ``trusted``: ``local`` comes from the loader's documents (a scoped context of a term
    they define); by default, only a URL or a list of URLs is. The result of an untrusted
    (inline) context is bounded (:data:`MAX_INLINE_CONTEXT_BYTES`, :data:`MAX_INLINE_TERMS`)
    and never enters the loader's cache.
    """
    if trusted is None:
        trusted = _only_urls(local)
    if isinstance(local, dict) and isinstance(local.get("@context"), list):
        local = local["@context"]
    if isinstance(local, list) and not local:
        return active
    if not active._frozen:
        return _process(active, local, propagate, override_protected, (), trusted, 0)
    cache_key = (key if key is not None else _local_key(local), propagate, override_protected)
    derived = active._derived.get(cache_key)
    if derived is not None:
        return derived
    derived = _process(active, local, propagate, override_protected, (), trusted, 0)._freeze()
    if not active.cached:
        # A per-document context: memoise for this document only.
        if len(active._derived) >= _DERIVED_CACHE_MAX:
            active._derived.clear()
        active._derived[cache_key] = derived
    elif trusted:
        loader = active.loader
        if loader.cached_contexts >= MAX_CACHED_CONTEXTS:
            # Full (many distinct lists of bundled URLs): start a new cache. Contexts in use
            # stay valid (immutable); the old cache is freed when no document uses it.
            loader.context_cache = None
            loader.cached_contexts = 0
        else:
            loader.cached_contexts += 1
            derived.cached = True
            active._derived[cache_key] = derived
    return derived


def _check_inline(ctx: dict[str, Any]) -> None:
    """Bounds on an inline context the public sent (size and number of terms)."""
    if len(ctx) > MAX_INLINE_TERMS:
        raise DocumentTooLarge(
            f"an inline context defines more than {MAX_INLINE_TERMS} terms", "context too large"
        )
    size = len(_json_text(ctx))
    if size > MAX_INLINE_CONTEXT_BYTES:
        raise DocumentTooLarge(
            f"an inline context is larger than {MAX_INLINE_CONTEXT_BYTES // 1024} KiB",
            "context too large",
        )


def _process(
    active: ActiveContext,
    local: Any,
    propagate: bool,
    override_protected: bool,
    remote: tuple[str, ...],
    trusted: bool,
    depth: int,
) -> ActiveContext:
    contexts = local if isinstance(local, list) else [local]
    if len(contexts) > MAX_CONTEXT_LIST:
        raise DocumentTooLarge(
            f"@context has more than {MAX_CONTEXT_LIST} entries", "too many contexts"
        )
    first = contexts[0]
    if isinstance(first, dict) and isinstance(first.get("@propagate"), bool):
        propagate = first["@propagate"]
    result = active
    if not propagate and result.previous is None:
        result = result.clone()
        result.previous = active
    for ctx in contexts:
        if ctx is None:
            if not override_protected and result.protected_terms:
                raise InvalidJsonLd(
                    "tried to nullify a context with protected terms",
                    "invalid context nullification",
                )
            inline = result.inline
            result = ActiveContext(active.loader)
            result.inline = inline
            continue
        if isinstance(ctx, str):
            url = resolve(result.base, ctx)
            if url in remote or len(remote) >= MAX_REMOTE_CONTEXTS:
                raise InvalidJsonLd(f'context "{url}" recursion', "context overflow")
            document = active.loader.load(url)
            if not isinstance(document, dict) or "@context" not in document:
                raise InvalidJsonLd(f'"{url}" has no @context', "invalid remote context")
            result = _process(
                result, document["@context"], True, override_protected, (*remote, url), True,
                depth,
            )  # fmt: skip
            continue
        # An item of the form {"@context": {...}} stands for its inner context, as jsonld.js
        # reads it (lib/context.js, "dereference @context key if present").
        local_ctx = ctx["@context"] if isinstance(ctx, dict) and "@context" in ctx else ctx
        if not isinstance(local_ctx, dict):
            raise InvalidJsonLd("@context must be an object", "invalid local context")
        if not trusted:
            _check_inline(local_ctx)
        result = _process_object(result, local_ctx, override_protected, remote, trusted, depth)
        if not trusted:
            result.inline = True
    return result


def _process_object(
    active: ActiveContext,
    ctx: dict[str, Any],
    override_protected: bool,
    remote: tuple[str, ...],
    trusted: bool,
    depth: int,
) -> ActiveContext:
    result = active.clone()
    defined: dict[str, bool] = {}
    if "@version" in ctx:
        if ctx["@version"] != 1.1 or isinstance(ctx["@version"], bool):
            raise InvalidJsonLd(
                f"unsupported @version {ctx['@version']!r}", "invalid @version value"
            )
        defined["@version"] = True
    if "@import" in ctx:
        value = ctx["@import"]
        if not isinstance(value, str):
            raise InvalidJsonLd("@import must be a string", "invalid @import value")
        imported = active.loader.load(resolve(result.base, value))
        import_ctx = imported.get("@context") if isinstance(imported, dict) else None
        if not isinstance(import_ctx, dict):
            raise InvalidJsonLd("@import must reference a single context", "invalid remote context")
        if "@import" in import_ctx:
            raise InvalidJsonLd(
                "imported context must not include @import", "invalid context entry"
            )
        ctx = {**import_ctx, **ctx}
        defined["@import"] = True
    if "@base" in ctx:
        base = ctx["@base"]
        if base is None or (isinstance(base, str) and is_absolute_iri(base)):
            result.base = base
        elif isinstance(base, str):
            result.base = resolve(result.base, base)
        else:
            raise InvalidJsonLd("invalid @base", "invalid base IRI")
        defined["@base"] = True
    if "@vocab" in ctx:
        value = ctx["@vocab"]
        if value is None:
            result.vocab = None
        elif not isinstance(value, str):
            raise InvalidJsonLd("@vocab must be a string or null", "invalid vocab mapping")
        else:
            vocab = expand_iri(result, value, vocab=True, base=True)
            if vocab is None or not is_absolute_iri(vocab):
                raise UnsafeJsonLd(f'relative @vocab "{value}"', "relative @vocab reference")
            result.vocab = vocab
        defined["@vocab"] = True
    if "@language" in ctx:
        value = ctx["@language"]
        if value is None:
            result.language = None
        elif not isinstance(value, str):
            raise InvalidJsonLd("@language must be a string or null", "invalid default language")
        else:
            if not BCP47.match(value):
                raise UnsafeJsonLd(f'invalid @language "{value}"', "invalid @language value")
            result.language = value.lower()
        defined["@language"] = True
    if "@direction" in ctx:
        value = ctx["@direction"]
        if value not in (None, "ltr", "rtl"):
            raise InvalidJsonLd("invalid @direction", "invalid base direction")
        result.direction = value
        defined["@direction"] = True
    if "@propagate" in ctx:
        if not isinstance(ctx["@propagate"], bool):
            raise InvalidJsonLd("@propagate must be a boolean", "invalid @propagate value")
        defined["@propagate"] = True
    defined["@protected"] = ctx.get("@protected", False) is True
    for term in ctx:
        if term in defined and term.startswith("@"):
            continue
        _create_term_definition(result, ctx, term, defined, override_protected)
        value = ctx[term]
        if isinstance(value, dict) and "@context" in value:
            _validate_scoped(result, value["@context"], term, remote, trusted, depth + 1)
    return result


def _validate_scoped(
    active: ActiveContext,
    scoped: Any,
    term: str,
    remote: tuple[str, ...],
    trusted: bool,
    depth: int,
) -> None:
    """A scoped context must itself be processable (§4.2.2 21.3), nested at most
    :data:`MAX_SCOPED_DEPTH` deep."""
    if depth > MAX_SCOPED_DEPTH:
        raise DocumentTooLarge(
            f"scoped contexts nested deeper than {MAX_SCOPED_DEPTH}", "context too deep"
        )
    if isinstance(scoped, str):
        url = resolve(active.base, scoped)
        if url in remote:
            return
        remote = (*remote, url)
    try:
        _process(active.clone(), scoped, True, True, remote, trusted, depth)
    except JsonLdError as exc:
        if isinstance(exc, UnsafeJsonLd | DocumentTooLarge):
            raise
        raise InvalidJsonLd(
            f'invalid scoped context for term "{term}": {exc}', "invalid scoped context"
        ) from exc
