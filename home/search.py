"""Site search in Chinese: indexed fields, query building, sections and snippets.

Index and query go through ``home.text`` so that both sides are segmented the
same way; the database backend (SQLite FTS5 or PostgreSQL) then matches words."""

import operator
import re
from functools import cached_property, reduce

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import Case, IntegerField, Q, Value, When
from django.db.models.functions import Cast, Length
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from wagtail.models import get_page_models
from wagtail.search import index
from wagtail.search.models import IndexEntry
from wagtail.search.query import And, Or, PlainText

from home.text import autocomplete_text, bigrams, index_text, normalise, query_words

MAX_QUERY_WORDS = 8
MAX_VARIANTS = 4
SNIPPET_LENGTH = 90
DEFAULT_SECTION = "社区介绍"
SEARCH_CONFIG = settings.WAGTAILSEARCH_BACKENDS["default"].get("SEARCH_CONFIG")
# Ranks body-only matches after every title match (titles are shorter).
BODY_MATCH_RANK = 10_000


class ChineseSearchField(index.SearchField):
    """A search field whose text is stored segmented (see ``home.text``)."""

    def get_value(self, obj):
        value = super().get_value(obj)
        if value is None:
            return None
        if isinstance(value, list | tuple):
            value = "，".join(str(item) for item in value)
        return index_text(str(value))


class ChineseAutocompleteField(index.AutocompleteField):
    """An autocomplete field an editor's query of two or more characters
    matches from anywhere in a Chinese run, not only from its start (see
    ``autocomplete_text``): the admin's page search and choosers autocomplete."""

    def get_value(self, obj):
        value = super().get_value(obj)
        return None if value is None else autocomplete_text(str(value))


def _word_query(word):
    """A word matches as itself or, when the segmenter cut the text differently,
    by all of its character pairs."""
    pairs = bigrams(word)
    if len(pairs) <= 1 or pairs == [word]:
        return PlainText(word)
    return Or([PlainText(word), And([PlainText(pair) for pair in pairs])])


def _combine(kind, queries):
    return queries[0] if len(queries) == 1 else kind(queries)


def section_of(model):
    return getattr(model, "search_section", DEFAULT_SECTION)


def sections_by_content_type():
    """Content type id → section name, for every page type on the site."""
    models = get_page_models()
    return {
        content_type.pk: section_of(model)
        for model, content_type in ContentType.objects.get_for_models(*models).items()
    }


def tsquery(query):
    """A search query as PostgreSQL ``tsquery`` text: 'a' & ('b' | 'c')."""
    if isinstance(query, PlainText):
        return "'" + query.query_string.replace("\\", "\\\\").replace("'", "''") + "'"
    joiner = " & " if isinstance(query, And) else " | "
    return "(" + joiner.join(tsquery(subquery) for subquery in query.subqueries) + ")"


def postgres_matching_ids(query):
    """Ids of the pages whose index entry matches, read straight from the
    index table so that PostgreSQL uses its GIN indexes on title and body.
    The database backend's own search concatenates both vectors per row first,
    which is far too slow at the site's scale (ADR 0003)."""
    words = SearchQuery(tsquery(query), search_type="raw", config=SEARCH_CONFIG)
    page_types = ContentType.objects.get_for_models(*get_page_models()).values()
    return (
        IndexEntry.objects.filter(content_type__in=page_types)
        .filter(Q(title=words) | Q(body=words))
        .annotate(page_id=Cast("object_id", IntegerField()))
        .values("page_id")
    )


class SiteSearch:
    """One resident's search: the words to match, with synonyms applied."""

    def __init__(self, query, synonyms=()):
        self.query = query
        self.variants = self._variants(normalise(query), synonyms)

    @staticmethod
    def _variants(text, synonyms):
        variants = [text]
        for synonym in synonyms:
            term = normalise(synonym.term)
            if term and term in text:
                variants += [
                    text.replace(term, normalise(alternative))
                    for alternative in synonym.alternative_list
                ]
        return variants[:MAX_VARIANTS]

    @cached_property
    def variant_words(self):
        words = [query_words(variant)[:MAX_QUERY_WORDS] for variant in self.variants]
        return [variant for variant in words if variant]

    @cached_property
    def words(self):
        """Every word searched for, longest first, for highlighting."""
        unique = dict.fromkeys(word for words in self.variant_words for word in words)
        return sorted(unique, key=len, reverse=True)

    def strict_query(self):
        """All words of at least one variant."""
        return _combine(
            Or,
            [
                _combine(And, [_word_query(word) for word in words])
                for words in self.variant_words
            ],
        )

    def loose_query(self):
        """Any word of any variant, for when no page has them all."""
        return _combine(Or, [_word_query(word) for word in self.words])

    def matches(self, queryset):
        """``(pk, content_type_id)`` of the pages of ``queryset`` that match,
        best first.

        Pages with all the words are searched for first and, when none has them
        all, pages with any. Title matches come first, shorter titles before
        longer ones (the words are more of what a short title is about), then
        the rest, newest first. One query reads the ids in that order, so the
        counts by section and the pages of results need no more full-text
        queries; the backend's own ranking is far too slow at the site's
        scale (ADR 0003)."""
        if not self.variant_words:
            return []
        # Titles are compared as text: on PostgreSQL a field-restricted search
        # reads the raw column, where a run of Chinese is one token.
        in_title = reduce(
            operator.or_, (Q(title__icontains=word) for word in self.words)
        )
        for query in (self.strict_query(), self.loose_query()):
            ranked = (
                self._search(queryset, query)
                .annotate(
                    title_rank=Case(
                        When(in_title, then=Length("title")),
                        default=Value(BODY_MATCH_RANK),
                    )
                )
                .order_by("title_rank", "-first_published_at", "-pk")
                .values_list("pk", "content_type_id")
            )
            matches = list(ranked)
            if matches:
                return matches
        return []

    @staticmethod
    def _search(queryset, query):
        """The matches as a plain queryset, so that they can be ordered, counted
        by section and paginated in the database (see docs/decisions/0003).
        The match is a subquery of ids, so the queryset may carry filters the
        search backends do not understand (such as the site's ``public()``)."""
        if connection.vendor == "postgresql":
            return queryset.filter(pk__in=postgres_matching_ids(query))
        # SQLite: the FTS5 match is an uncorrelated subquery. ``get_queryset()``
        # is on the database backends' results only.
        matching = queryset.model.objects.search(query, order_by_relevance=False)
        return queryset.filter(pk__in=matching.get_queryset().values("pk"))

    @cached_property
    def _pattern(self):
        return re.compile("|".join(re.escape(word) for word in self.words), re.I)

    def highlight(self, text):
        """The text, HTML-escaped, with the searched words marked."""
        if not self.words:
            return escape(text)
        pieces, position = [], 0
        for match in self._pattern.finditer(text):
            pieces += [escape(text[position : match.start()]), "<mark>"]
            pieces += [escape(match.group()), "</mark>"]
            position = match.end()
        pieces.append(escape(text[position:]))
        return mark_safe("".join(pieces))

    def snippet(self, texts):
        """A short extract around the first searched word in the first of
        ``texts`` that has one (else the start of the first), highlighted.
        ``texts`` may be lazy: later ones are only read when needed."""
        fallback = None
        for text in texts:
            text = " ".join(text.split())
            fallback = text if fallback is None else fallback
            match = self._pattern.search(text) if self.words else None
            if match is not None:
                return self._extract(text, match.start())
        return self._extract(fallback or "", 0)

    def _extract(self, text, position):
        start = max(position - SNIPPET_LENGTH // 3, 0)
        extract = Truncator(text[start:]).chars(SNIPPET_LENGTH)
        return self.highlight(("…" if start else "") + extract)
