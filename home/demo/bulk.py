"""Many generated demo pages at once, for ``load_demo --scale``.

Adding a page the usual way (``add_child``, then a revision that is published)
costs a tenth of a second or more here: tree bookkeeping, validation, a revision,
and a search-index and reference-index update on every save. Thousands of
generated pages are inserted the way Django loads a fixture instead, and the
command rebuilds both indexes once at the end."""

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from operator import attrgetter

from django.db.models import F
from django.utils import timezone
from wagtail.models import Page


def publication_moment(day):
    """When a demo page published on ``day`` went out: nine in the morning."""
    return timezone.make_aware(datetime.combine(day, time(9, 0)))


@dataclass
class ScaledSection:
    """What ``load_demo --scale`` has to generate in one section: its index
    page, how many pages the scale asks for, and the numbers (1..count) of
    those not under the index yet: a second run adds nothing, a larger scale
    adds the rest."""

    index: Page
    count: int
    numbers: list
    today: date

    @classmethod
    def under(cls, home, index_model, full_size, scale, slug_prefix):
        """The section ``index_model`` under ``home``, where ``full_size``
        pages named ``{slug_prefix}{number:04d}`` make scale 1."""
        index = index_model.objects.child_of(home).get()
        count = math.ceil(full_size * scale)
        existing = set(
            index.get_children()
            .filter(slug__startswith=slug_prefix)
            .values_list("slug", flat=True)
        )
        numbers = [
            number
            for number in range(1, count + 1)
            if generated_slug(slug_prefix, number) not in existing
        ]
        return cls(index, count, numbers, timezone.localdate())

    def date_of(self, number, span_days):
        """The date of generated page ``number``: the pages are spread evenly
        over the ``span_days`` before today, the first the newest."""
        return self.today - timedelta(days=1 + number * span_days // self.count)

    def add(self, pages, published_on=attrgetter("date")):
        """Insert new, unsaved pages as the last children of the index, each
        published on ``published_on(page)`` and without revisions; returns
        them saved.

        The Page rows go in with one bulk insert; each page type's own row is
        then saved raw, as ``loaddata`` saves a fixture, so that no signal
        handler indexes the pages one by one."""
        parent = self.index
        if not pages:
            return []
        last = parent.get_last_child()
        first = last._get_lastpos_in_path() + 1 if last else 1
        depth = parent.depth + 1
        for position, page in enumerate(pages, start=first):
            published = publication_moment(published_on(page))
            page.path = Page._get_path(parent.path, depth, position)
            page.depth = depth
            page.numchild = 0
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.draft_title = page.title
            page.locale_id = parent.locale_id
            page.live = True
            page.has_unpublished_changes = False
            page.first_published_at = page.last_published_at = published
        Page.objects.bulk_create(pages)
        for page in pages:
            page.page_ptr_id = page.id
            page.save_base(raw=True, force_insert=True)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
        parent.numchild += len(pages)
        return pages


def generated_slug(slug_prefix, number):
    return f"{slug_prefix}{number:04d}"
