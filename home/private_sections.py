"""Which pages the public may not see for a view restriction, as one list of
tree paths read from the database once per generation of the page tree.

A page is private when a view restriction is set on it or on one of its
ancestors, or when it or an ancestor is an alias of a page so guarded:
Wagtail checks only the original's own restrictions, so an alias of a page
inside a restricted section would otherwise be public. The paths under which
that holds (each restricted page's, each such alias's) are few, nearly always
none; they are read in one query, two when a restriction exists, and kept
under the tree's generation, which every restriction change, publish, move,
rename and new alias renews (home/page_cache.py). Listings then filter on
plain path prefixes, which Django builds in a tenth of the time of the
subqueries that worked the same out inside every query (ADR 0012).

A single page served is still checked against the database itself
(``SitePage.get_view_restrictions``)."""

from django.db.models import Q
from wagtail.models import Page

from home.cache import kept_under_tree_generation


def read_private_paths():
    """The tree paths under which the public may see nothing, from the
    database, outermost only."""
    restricted = list(
        Page.objects.filter(view_restrictions__isnull=False)
        .values_list("path", flat=True)
        .distinct()
    )
    if not restricted:
        return ()
    inside_restricted = Q()
    for path in restricted:
        inside_restricted |= Q(alias_of__path__startswith=path)
    aliases = Page.objects.filter(inside_restricted, alias_of__isnull=False)
    paths = sorted({*restricted, *aliases.values_list("path", flat=True)})
    return tuple(
        path
        for index, path in enumerate(paths)
        if not any(path.startswith(outer) for outer in paths[:index])
    )


def private_paths():
    """``read_private_paths()``, kept under the tree's generation."""
    return kept_under_tree_generation("privacy:paths", read_private_paths)


def is_private():
    """Whether the public may not see the page, as a filter of a page query."""
    private = Q()
    for path in private_paths():
        private |= Q(path__startswith=path)
    # Matches no page when no section is private, as Wagtail's private_q().
    return private or Q(pk__in=[])
