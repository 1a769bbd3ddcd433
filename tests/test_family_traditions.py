"""康乐家风: families' stories of the 双晒双做 campaign with their maxims,
filterable by campaign and compound; the 《家风家训读本》 groups maxims by theme,
shows a 每日家训 that changes by date, and prints as an A5 booklet with a table
of contents whose page numbers match the pages."""

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase

from culture.models import (
    FamilyMaxim,
    FamilyMaximReaderPage,
    FamilyStoryIndexPage,
    FamilyStoryPage,
)
from culture.models.families import MAXIMS_PER_BOOKLET_PAGE
from home.models import HomePage
from tests.builders import (
    build_compound,
    build_family_index,
    build_family_story,
    build_maxim,
    build_maxim_reader,
    build_site,
)
from tests.html import soup, texts


class FamilyStoriesTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.index = build_family_index(cls.home)
        cls.kangle = build_compound("康乐新村")
        cls.wang = build_family_story(
            cls.index, "王家", "勤俭持家，和气待人", compound=cls.kangle
        )
        cls.li = build_family_story(
            cls.index, "李家", "老吾老以及人之老", campaign="grandchildren"
        )
        build_maxim("勤俭持家，和气待人", "thrift", family=cls.wang)

    def test_editors_create_stories_under_the_index(self):
        self.assertCanCreateAt(HomePage, FamilyStoryIndexPage)
        self.assertCanCreateAt(FamilyStoryIndexPage, FamilyStoryPage)
        self.assertCanNotCreateAt(HomePage, FamilyStoryPage)
        self.assertPageIsRenderable(self.wang)

    def test_a_story_shows_the_family_maxim_as_a_highlighted_quote(self):
        response = self.client.get(self.wang.url)
        quote = soup(response).select_one(".family-maxim--large")
        self.assertIn("勤俭持家，和气待人", quote.blockquote.get_text())
        self.assertIn("王家家训", quote.figcaption.get_text())
        self.assertContains(response, "晒家风·做最美家庭")

    def test_stories_filter_by_campaign_and_compound(self):
        titles = lambda r: texts(soup(r).select(".card__title"))  # noqa: E731
        response = self.client.get(self.index.url, {"campaign": "grandchildren"})
        self.assertEqual(titles(response), ["李家的家风"])
        response = self.client.get(self.index.url, {"compound": self.kangle.pk})
        self.assertEqual(titles(response), ["王家的家风"])
        response = self.client.get(self.index.url, {"campaign": "<b>x</b>"})
        self.assertContains(response, "没有“&lt;b&gt;x&lt;/b&gt;”这项活动")
        self.assertEqual(len(titles(response)), 2)
        for params in ({"compound": "x"}, {"page": "abc"}, {"campaign": "\x00"}):
            with self.subTest(params=params):
                self.assertEqual(
                    self.client.get(self.index.url, params).status_code, 200
                )

    def test_the_index_shows_the_maxim_of_the_day(self):
        response = self.client.get(self.index.url)
        self.assertIn("勤俭持家", soup(response).select_one(".daily-maxim").get_text())


class MaximReaderTest(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.reader = build_maxim_reader(cls.home)
        families = build_family_index(cls.home)
        cls.wang = build_family_story(families, "王家", "家和万事兴")
        cls.maxims = [build_maxim("家和万事兴", "harmony", family=cls.wang)]
        for number in range(MAXIMS_PER_BOOKLET_PAGE + 1):
            cls.maxims.append(build_maxim(f"孝顺父母第{number}条", "filial"))
        cls.maxims.append(build_maxim("一粥一饭，当思来处不易", "thrift"))

    def test_editors_create_one_reader_under_home(self):
        self.assertCanCreateAt(HomePage, FamilyMaximReaderPage)
        self.assertPageIsRenderable(self.reader)

    def test_a_maxim_comes_from_a_family_or_a_classic_not_both(self):
        both = FamilyMaxim(
            text="x",
            explanation="y",
            theme="filial",
            family=self.wang,
            classic_source="《论语》",
        )
        neither = FamilyMaxim(text="x", explanation="y", theme="filial")
        for maxim in (both, neither):
            with self.assertRaises(ValidationError):
                maxim.full_clean()

    def test_the_reader_groups_maxims_by_theme_in_the_fixed_order(self):
        response = self.client.get(self.reader.url)
        headings = texts(soup(response).select("main section > h2"))
        self.assertEqual(headings, ["孝", "俭", "和"])
        self.assertContains(response, "出自：")
        family_link = soup(response).find("a", string="王家家训")
        self.assertEqual(family_link["href"], self.wang.url)

    def test_each_theme_has_its_own_page(self):
        response = self.client.get(f"{self.reader.url}theme/thrift/")
        self.assertEqual(
            texts(soup(response).select(".maxim__text")), ["一粥一饭，当思来处不易"]
        )
        self.assertEqual(self.client.get(f"{self.reader.url}theme/x/").status_code, 404)

    def test_an_unpublished_family_is_not_named_as_a_source(self):
        self.wang.unpublish()
        response = self.client.get(self.reader.url)
        self.assertNotContains(response, "王家")
        self.assertContains(response, "出自：社区居民家训")

    def test_a_theme_page_names_itself_as_canonical(self):
        response = self.client.get(f"{self.reader.url}theme/thrift/")
        canonical = soup(response).find("link", rel="canonical")["href"]
        self.assertEqual(canonical, f"{self.reader.full_url}theme/thrift/")

    def test_the_sitemap_lists_the_reader_and_each_theme(self):
        body = self.client.get("/sitemap.xml").content.decode()
        self.assertIn(self.reader.full_url, body)
        self.assertIn(f"{self.reader.full_url}theme/learning/", body)

    def test_the_maxim_of_the_day_changes_with_the_date_and_goes_round(self):
        day = date(2026, 11, 25)
        count = len(self.maxims)
        shown = [FamilyMaxim.for_day(day + timedelta(days=n)) for n in range(count)]
        self.assertEqual(len(set(shown)), count, "every maxim gets its day")
        self.assertEqual(FamilyMaxim.for_day(day), FamilyMaxim.for_day(day))
        self.assertEqual(FamilyMaxim.for_day(day + timedelta(days=count)), shown[0])

    def test_no_maxims_means_no_maxim_of_the_day(self):
        FamilyMaxim.objects.all().delete()
        self.assertIsNone(FamilyMaxim.for_day())
        response = self.client.get(self.reader.url)
        self.assertNotContains(response, "每日家训")

    def test_the_booklet_is_a5_with_contents_matching_page_numbers(self):
        response = self.client.get(f"{self.reader.url}booklet/")
        page = soup(response)
        self.assertIn("print-sheet--a5", page.body["class"])
        pages = page.select(".booklet-page")
        numbers = [p.select_one(".booklet-page__number").get_text() for p in pages]
        self.assertEqual(numbers, [str(n) for n in range(1, len(pages) + 1)])
        # 孝 needs two pages (one more maxim than a page holds), then 俭, then 和.
        self.assertEqual(
            texts(page.select(".booklet-contents__page")),
            ["第 3 页", "第 5 页", "第 6 页"],
        )
        for entry, number in (("孝", 3), ("俭", 5), ("和", 6)):
            self.assertIn(f"“{entry}”字家训", pages[number - 1].h2.get_text())
        self.assertIsNotNone(pages[0].select_one("img.qr-code"))
