"""The site's maps: sitemap.xml, every page the public may see, for search
engines; and the 网站地图 page, the sections and the sections inside them, for
readers."""

from dataclasses import dataclass, field

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, get_page_models

from home.models.base import public_pages

# How many levels below the home page the 网站地图 shows: the sections, the
# pages inside them and theirs.
SITE_MAP_LEVELS = 3


class PublicPagesSitemap(Sitemap):
    """Every page of the site the public may see, with the extra addresses each
    page gives (``get_sitemap_urls``). Wagtail's own list lets an alias of a
    page in a private section through."""

    def items(self):
        root = self.get_wagtail_site().root_page
        return (
            public_pages()
            .descendant_of(root, inclusive=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


SITEMAPS = {"pages": PublicPagesSitemap}


@dataclass
class Branch:
    """A page on the 网站地图 and the branches below it."""

    page: Page
    branches: list = field(default_factory=list)


def site_map_tree(root):
    """The 网站地图's tree below ``root``, in the editors' order: every section
    (the root's public children, in menus or not) and, down to
    SITE_MAP_LEVELS, the public pages inside that can hold pages of their own.
    Entries a section lists itself (news, role models, activities) are left
    to the section: there may be thousands."""
    holders = [model for model in get_page_models() if model.allowed_subpage_models()]
    pages = public_pages()
    found = (
        pages.descendant_of(root)
        .filter(depth__lte=root.depth + SITE_MAP_LEVELS)
        .filter(Q(depth=root.depth + 1) | pages.exact_type_q(*holders))
        .order_by("path")
    )
    tree = Branch(root)
    branches = {root.path: tree}
    for page in found:
        parent = branches.get(page.path[: -page.steplen])
        # A page whose parent is not on the map (a section taken offline)
        # is left out with it.
        if parent is not None:
            branches[page.path] = Branch(page)
            parent.branches.append(branches[page.path])
    return tree
