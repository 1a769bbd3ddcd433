"""One filtered listing for every index page.

A page declares its filters once, as a django-filter ``FilterSet`` of the
filters below, and mixes in ``ListingPageMixin``. The shell then reads the
query string safely (a visitor can send anything), explains each value it
cannot use and shows the whole list instead, paginates, names the canonical
address, keeps filtered pages out of search engines, lists the choice routes
(one address per category) in the sitemap and, with ``FeedRoutesMixin``,
feeds exactly what the page shows. Templates render the form with
includes/filters.html and the empty list with includes/listing_empty.html."""

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

import django_filters
from django import forms
from django.http import Http404
from wagtail.contrib.routable_page.models import path

from home.feeds import FEED_LENGTH, FeedContent, FeedRoutesMixin
from home.models.compounds import Compound
from home.pagination import DEFAULT_PER_PAGE, paginate
from home.request_params import text_param

FOUR_DIGITS = re.compile(r"[0-9]{4}")
# What a control character in a filter's value becomes: the mark of garbled
# text, as Django decodes bytes that are not UTF-8. The value then names
# nothing and is reported, rather than read as something the visitor did not
# send ("1\x00" is not compound 1).
GARBLED = "\ufffd"


@dataclass
class Option:
    """One choice a filter offers: its value in the query string, its label,
    what the filter applies when it is chosen (the value, or the object it
    names), and the group the form lists it under ("" for none)."""

    value: str
    label: str
    target: object
    group: str = ""


class ListingFilter:
    """What every filter of a listing declares besides django-filter's own
    arguments: the label of its empty choice; the message for a value it
    cannot use (``{value}`` and the page's ``{noun}`` filled in; ``None``
    ignores such a value quietly); how the status line describes its chosen
    option (``{label}`` and ``{option}``; ``None`` leaves it out);
    ``options``, a function of the page giving what the form offers; and
    ``group``, a function of an offered item naming the group the form lists
    it under (the form then offers the groups in the order they come)."""

    widget = "select"
    invalid_message = "没有“{value}”这一项，已显示全部{noun}。"
    max_length = 50

    def __init__(
        self,
        *args,
        empty_label="全部",
        invalid_message=None,
        describe="{label}为“{option}”",
        options=None,
        group=None,
        **kwargs,
    ):
        self.empty_label = empty_label
        if invalid_message:
            self.invalid_message = invalid_message
        self.describe = describe
        self.get_options = options
        self.get_group = group
        self.options = []
        super().__init__(*args, **kwargs)

    def read_options(self, page):
        if self.get_options is not None:
            self.options = [self.make_option(item) for item in self.get_options(page)]
        if self.get_group is not None:
            for option in self.options:
                option.group = str(self.get_group(option.target))

    def make_option(self, item):
        return Option(str(item), str(item), item)

    def chosen(self, value):
        """What the filter applies for a valid value."""
        return value

    def find_option(self, value):
        return next((opt for opt in self.options if opt.target == value), None)

    def description(self, value):
        if self.describe is None:
            return None
        option = self.find_option(value)
        return self.describe.format(
            label=self.label, option=option.label if option else value
        )


class ChoiceFilter(ListingFilter, django_filters.Filter):
    """One of the options, named in the query string by its value: a fixed
    choice from ``choices``, or an object ``options`` gives, named by its
    ``key`` (``pk`` or ``slug``). Anything else is reported."""

    field_class = forms.ChoiceField

    def __init__(self, *args, choices=None, key="pk", **kwargs):
        self.choices = choices
        self.key = key
        super().__init__(*args, **kwargs)

    def read_options(self, page):
        if self.choices is not None:
            self.options = [
                Option(value, label, value) for value, label in self.choices
            ]
        else:
            super().read_options(page)
        self.extra["choices"] = [(opt.value, opt.label) for opt in self.options]

    def make_option(self, item):
        return Option(str(getattr(item, self.key)), str(item), item)

    def chosen(self, value):
        return next(opt.target for opt in self.options if opt.value == value)

    def filter(self, queryset, value):
        if not value:
            return queryset
        return super().filter(queryset, self.chosen(value))


def all_compounds(page):
    return Compound.objects.all()


class CompoundFilter(ChoiceFilter):
    """A compound (小区), by its id: the filter three listings share."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label", "小区")
        kwargs.setdefault("empty_label", "全部小区")
        kwargs.setdefault(
            "invalid_message", "没有找到您选的小区，已显示全部小区的{noun}。"
        )
        kwargs.setdefault("describe", "“{option}”")
        super().__init__(*args, options=all_compounds, **kwargs)


class YearField(forms.CharField):
    """Four ASCII digits from ``first_year`` on (a full-width or superscript
    digit is not a year a link of the site writes)."""

    def __init__(self, *args, first_year, **kwargs):
        self.first_year = first_year
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        if not FOUR_DIGITS.fullmatch(value) or int(value) < self.first_year:
            raise forms.ValidationError("invalid", code="invalid")
        return int(value)


class YearFilter(ListingFilter, django_filters.Filter):
    """A year; the form offers the years ``options`` gives, and a valid year
    with nothing in it shows the empty list."""

    field_class = YearField
    invalid_message = "“{value}”不是有效的年份，已显示全部年份的{noun}。"

    def __init__(self, *args, first_year, **kwargs):
        kwargs.setdefault("empty_label", "全部年份")
        kwargs.setdefault("describe", "{option}")
        super().__init__(*args, first_year=first_year, **kwargs)

    def make_option(self, item):
        return Option(str(item), f"{item}年", item)


class TextFilter(ListingFilter, django_filters.Filter):
    """Free text, such as a tag's name; the form offers what ``options`` gives
    and text that matches nothing shows the empty list."""

    field_class = forms.CharField
    max_length = 100


class CheckFilter(ListingFilter, django_filters.Filter):
    """A box to tick, sent as ``1``; any other value is ignored quietly."""

    field_class = forms.ChoiceField
    widget = "check"
    invalid_message = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, choices=[("1", "1")], **kwargs)

    def description(self, value):
        return self.describe


def applied_by_page(queryset, name, value):
    """The method of a filter the page applies itself once the items are read
    (open-now needs each point's hours; a compound may sort rather than
    filter): the shell only validates it."""
    return queryset


class ListingFilters(django_filters.FilterSet):
    """The base of a listing's ``FilterSet``: each filter reads its options
    from the page once, for the form and for validation alike."""

    def __init__(self, data, queryset, page):
        super().__init__(data, queryset)
        for listing_filter in self.filters.values():
            listing_filter.read_options(page)


@dataclass
class FormField:
    """One filter as includes/filters.html draws it."""

    name: str
    label: str
    widget: str
    empty_label: str
    options: list
    chosen: str


@dataclass
class RouteLink:
    label: str
    url: str
    is_current: bool


@dataclass
class Listing:
    """What a listing page shows: the items (a page of them, or all when the
    page does not paginate), the chosen values by filter name, a message for
    each value that could not be used, and what the templates need around them."""

    items: object
    count: int
    values: dict
    messages: list
    fields: list
    url: str
    canonical_url: str
    noun: str
    filter_button: str
    status: str = ""
    # Whether the visitor chose a value in the form (not the address).
    is_filtered: bool = False
    noindex: bool = False
    route_label: str = ""
    # The label of the route's choice this address shows ("" on the page itself).
    route_choice: str = ""
    route_links: list = field(default_factory=list)
    feed_urls: dict = field(default_factory=dict)
    descriptions: list = field(default_factory=list)
    filters: object = None

    def objects(self, name):
        """The objects filter ``name`` offers (the compounds, the services)."""
        return [option.target for option in self.filters.filters[name].options]


class ChoiceRoutesMixin:
    """For a routable page with one address per choice (a category, a theme):
    those addresses go into the sitemap and are purged with the page."""

    choice_route = None
    route_choices = ()

    def get_choice_paths(self):
        return [
            self.reverse_subpage(self.choice_route, args=[slug])
            for slug, _ in self.route_choices
        ]

    def get_cached_paths(self):
        return [*super().get_cached_paths(), *self.get_choice_paths()]

    def get_sitemap_urls(self, request=None):
        base = self.get_full_url(request)
        return [
            *super().get_sitemap_urls(request),
            *({"location": f"{base}{path}"} for path in self.get_choice_paths()),
        ]


class ListingPageMixin(ChoiceRoutesMixin):
    """An index page listing its items through the shell's filtered listing.

    The page sets ``listing_filters`` (a ``ListingFilters`` subclass) and
    ``listing_noun`` (what it lists, for messages), and gives its items with
    ``get_listing_items()``. A filter may have an address of its own
    (``choice_route``, the name of both the filter and the page's route, whose
    view returns ``self.serve_listing(request, value)``). The template gets
    ``listing``; ``arrange_listing`` may turn the filtered items into what the
    page shows before they are paginated, and ``get_listing_context`` adds
    what depends on the list (a map of its places)."""

    listing_filters = None
    listing_noun = ""
    listing_unit = "条"
    listing_per_page = DEFAULT_PER_PAGE
    filter_button = "筛选"

    @property
    def route_choices(self):
        if self.choice_route is None:
            return ()
        return self.listing_filters.base_filters[self.choice_route].choices

    def get_listing_items(self):
        """The queryset the listing filters: each listing page defines it
        (news, the street, the directory ...); the mixin has none of its own."""
        raise NotImplementedError(f"{type(self).__name__} lists nothing")

    def arrange_listing(self, items, values):
        return items

    def read_query(self, request, route_value, in_feed):
        """The filters' values from the query string, cleaned and bounded; the
        route's value comes from the address (a feed takes it as a parameter)."""
        data = {
            name: text_param(
                request, name, listing_filter.max_length, control_as=GARBLED
            )
            for name, listing_filter in self.listing_filters.base_filters.items()
            if in_feed or name != self.choice_route
        }
        if route_value is not None:
            data[self.choice_route] = route_value
        return data

    def get_listing(self, request, route_value=None, in_feed=False):
        """The listing ``request`` asks for: on the page, on the address of a
        choice route (``route_value``), or in a feed (the first items only)."""
        data = self.read_query(request, route_value, in_feed)
        filters = self.listing_filters(data, self.get_listing_items(), self)
        errors = filters.errors
        if route_value is not None and self.choice_route in errors:
            raise Http404("没有这个选项")
        messages = [
            filters.filters[name].invalid_message.format(
                value=data[name], noun=self.listing_noun
            )
            for name in errors
            if filters.filters[name].invalid_message
        ]
        values = {
            name: filters.filters[name].chosen(value)
            for name, value in filters.form.cleaned_data.items()
            if value not in (None, "")
        }
        # What the visitor chose in the form, as against the address.
        in_form = [name for name in values if name != self.choice_route]
        descriptions = [
            description
            for name in (values if in_feed else in_form)
            if (description := filters.filters[name].description(values[name]))
        ]

        items = self.arrange_listing(filters.qs, values)
        if in_feed:
            items, count = items[:FEED_LENGTH], None
        elif self.listing_per_page:
            items = paginate(request, items, per_page=self.listing_per_page)
            count = items.paginator.count
        else:
            count = len(items)

        page_url = self.get_url(request)
        route_path = ""
        if route_value is not None:
            route_path = self.reverse_subpage(self.choice_route, args=[route_value])
        listing = Listing(
            items=items,
            count=count,
            values=values,
            messages=messages,
            fields=self.form_fields(filters, data, values),
            url=page_url + route_path,
            canonical_url=self.get_full_url(request) + route_path,
            noun=self.listing_noun,
            filter_button=self.filter_button,
            is_filtered=bool(in_form),
            # A filtered, mistyped or later page is not one to find in a
            # search engine; its links still are.
            noindex=bool(in_form or messages) or getattr(items, "number", 1) > 1,
            descriptions=descriptions,
            filters=filters,
        )
        if descriptions and not in_feed:
            listing.status = (
                f"正在显示{'、'.join(descriptions)}的{self.listing_noun}，"
                f"共 {count} {self.listing_unit}。"
            )
        if self.choice_route is not None:
            self.add_route_links(listing, filters, route_value, page_url)
        if isinstance(self, FeedRoutesMixin):
            query = urlencode({name: data[name] for name in values})
            listing.feed_urls = {
                kind: page_url
                + self.reverse_subpage(f"{kind}_feed")
                + (f"?{query}" if query else "")
                for kind in ("rss", "atom")
            }
        return listing

    def form_fields(self, filters, data, values):
        return [
            FormField(
                name=name,
                label=listing_filter.label,
                widget=listing_filter.widget,
                empty_label=listing_filter.empty_label,
                options=listing_filter.options,
                chosen=data[name] if name in values else "",
            )
            for name, listing_filter in filters.filters.items()
            if name != self.choice_route
        ]

    def add_route_links(self, listing, filters, route_value, page_url):
        route_filter = filters.filters[self.choice_route]
        listing.route_label = route_filter.label
        listing.route_choice = next(
            (opt.label for opt in route_filter.options if opt.value == route_value), ""
        )
        listing.route_links = [
            RouteLink("全部", page_url, route_value is None),
            *(
                RouteLink(
                    option.label,
                    page_url
                    + self.reverse_subpage(self.choice_route, args=[option.value]),
                    option.value == route_value,
                )
                for option in route_filter.options
            ),
        ]

    @path("", name="index")
    def index_route(self, request):
        return self.serve_listing(request)

    def serve_listing(self, request, route_value=None):
        """The page with its listing, at its own address or a choice route's.
        Other routes of the page (a form, a leaflet) do not read the list."""
        listing = self.get_listing(request, route_value)
        return self.render(
            request,
            context_overrides={
                "listing": listing,
                "canonical_url": listing.canonical_url,
                **self.get_listing_context(listing),
            },
        )

    def get_listing_context(self, listing):
        """What the page shows beside the list that depends on it."""
        return {}

    def get_feed_content(self, request):
        listing = self.get_listing(request, in_feed=True)
        described = (
            f"（{'、'.join(listing.descriptions)}）" if listing.descriptions else ""
        )
        return FeedContent(
            title=f"{self.title}{described} - 康乐社区网",
            link=self.full_url,
            description=self.listing_summary or self.title,
            items=listing.items,
        )
