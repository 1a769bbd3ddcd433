"""sitemap.xml: every page the public may see."""

from wagtail.contrib.sitemaps import Sitemap

from home.models.base import public_pages


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
