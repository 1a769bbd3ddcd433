"""The community map: its ring of a ten-minute walk, places of a kind a later
section registers, and its labels: on the demo's real places and on a crowded
made-up map, no label box overlaps another label, a marker, the scale or the
north sign, every label stays on the map, and a label moved away from its
marker is joined to it by a leader line that crosses nothing."""

import operator
import random
from dataclasses import dataclass, replace
from itertools import combinations

from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.test import SimpleTestCase, override_settings
from wagtail.test.utils import WagtailTestUtils

from home.demo.data import demo_data
from home.map_labels import Anchor, Box, Label, place_labels, text_width
from home.maps import HEIGHT, LAYERS, WIDTH, CommunityMap
from home.places import HOOK_NAME, place_kinds
from home.walking import great_circle_metres
from tests.html import texts

MAP = Box(0, 0, WIDTH, HEIGHT)
COMPOUNDS = demo_data("home", "compounds")["compounds"]
POINTS = demo_data("legal", "directory")["points"]


@dataclass
class DemoPlace:
    """A place as the map reads it, kept out of the database; a class per
    kind, since the registry tells kinds apart by class."""

    pk: int
    title: str
    latitude: str
    longitude: str
    url: str = ""
    is_lead_point: bool = False

    @property
    def name(self):
        return self.title


class DemoPoint(DemoPlace):
    pass


class DemoCompound(DemoPlace):
    pass


class NeighbourhoodPoint(DemoPlace):
    """A kind of place no section has yet: the test registers it."""


def demo_places():
    """The demo's service points, then its compounds, as the directory
    passes them to the map."""
    points = [
        DemoPoint(
            number,
            spec["title"],
            spec["latitude"],
            spec["longitude"],
            url=f"/legal-services/{spec['slug']}/",
            is_lead_point=spec["is_lead_point"],
        )
        for number, spec in enumerate(POINTS, start=1)
    ]
    compounds = [
        DemoCompound(number, spec["name"], spec["latitude"], spec["longitude"])
        for number, spec in enumerate(COMPOUNDS, start=1)
    ]
    return points + compounds


class DemoKinds(WagtailTestUtils):
    """The registered service points and compounds, for places kept out of
    the database."""

    def setUp(self):
        super().setUp()
        kinds = {kind.key: kind for kind in place_kinds()}
        demo_kinds = [
            replace(kinds["legal-service-point"], model=DemoPoint),
            replace(kinds["compound"], model=DemoCompound),
        ]
        self.enterContext(self.register_hook(HOOK_NAME, lambda: demo_kinds))


def crowded_anchors(per_side=5, spacing=70, seed=14):
    """A jittered grid of markers in the middle of the map, twice as close to
    each other as the demo's, every seventh on top of the one before, with
    names from two to eight characters and their numbers as short texts."""
    rng = random.Random(seed)
    anchors = []
    for row in range(per_side):
        for column in range(per_side):
            x = WIDTH / 2 + (column - per_side / 2) * spacing
            y = HEIGHT / 2 + (row - per_side / 2) * spacing
            if len(anchors) % 7 == 6:
                x, y = anchors[-1].x, anchors[-1].y
            else:
                x += rng.uniform(-spacing / 4, spacing / 4)
                y += rng.uniform(-spacing / 4, spacing / 4)
            name = "康乐社区法治服务点"[: rng.randint(2, 8)]
            number = str(len(anchors) + 1)
            anchors.append(Anchor(round(x, 1), round(y, 1), 9, name, 20, number))
    return anchors


class LabelPlacementChecks:
    def assert_clear(self, anchors, labels, obstacles=()):
        """No two placed labels overlap, none covers a marker or an obstacle
        or leaves the map, and every leader starts at its marker and crosses
        no other label, no marker apart from its own, no obstacle and no other
        leader."""
        placed = [
            (anchor, label)
            for anchor, label in zip(anchors, labels, strict=True)
            if label is not None
        ]
        markers = [anchor.box for anchor in anchors]
        for (_, first), (_, second) in combinations(placed, 2):
            self.assertFalse(
                first.box.overlaps(second.box), f"{first.text} / {second.text}"
            )
        for anchor, label in placed:
            self.assertTrue(label.box.within(MAP), label.text)
            for box in markers + list(obstacles):
                self.assertFalse(label.box.overlaps(box), f"{label.text} on {box}")
            if label.leader is None:
                continue
            self.assertEqual(label.leader[:2], (anchor.x, anchor.y))
            # A marker drawn over this one is crossed by any line from it.
            others = [box for box in markers if not box.overlaps(anchor.box)]
            others += [other.box for _, other in placed if other is not label]
            for box in others + list(obstacles):
                self.assertFalse(box.crossed_by(label.leader), label.text)
            for _, other in placed:
                if other is not label and other.leader is not None:
                    self.assertFalse(label.leader.crosses(other.leader))


class DemoMapTest(DemoKinds, LabelPlacementChecks, SimpleTestCase):
    def test_every_demo_place_is_labelled_clear_of_the_rest_in_each_layer(self):
        community_map = CommunityMap(demo_places())
        markers = community_map.markers
        self.assertEqual(len(markers), len(POINTS) + len(COMPOUNDS))
        for layer in LAYERS:
            with self.subTest(layer=layer.name):
                labels = [
                    next(label for label in marker.labels if label.layer == layer.name)
                    for marker in markers
                ]
                corners = [
                    label.box
                    for label in community_map.corner_labels
                    if label.layer == layer.name
                ]
                self.assertEqual(len(corners), 2)
                self.assert_clear(
                    [marker.anchor(layer) for marker in markers], labels, corners
                )

    def test_names_on_wide_screens_numbers_on_phones(self):
        community_map = CommunityMap(demo_places())
        self.assertFalse(community_map.numbers_among_names, "every name fits")
        lead = community_map.markers[0]
        self.assertEqual(
            [(label.layer, label.text) for label in lead.labels],
            [("name", "社区法治工作室"), ("number", "1")],
        )
        self.assertEqual(
            [marker.number for marker in community_map.markers],
            list(range(1, len(POINTS) + len(COMPOUNDS) + 1)),
        )

    def test_the_labels_the_issue_saw_collide_are_now_apart(self):
        """竹西雅苑 was hidden under 平安法治志愿者工作站, 社区矫正工作点 printed over
        康乐东苑, and the marker of 社区矫正工作点 covered 调 in 调解室."""
        community_map = CommunityMap(demo_places())
        by_name = {marker.label: marker for marker in community_map.markers}

        def name_box(name):
            return next(
                label.box for label in by_name[name].labels if label.layer == "name"
            )

        self.assertFalse(
            name_box("竹西雅苑").overlaps(name_box("平安法治志愿者工作站"))
        )
        self.assertFalse(name_box("社区矫正工作点").overlaps(name_box("康乐东苑")))
        corrections = by_name["社区矫正工作点"]
        self.assertFalse(
            name_box("调解室").overlaps(
                Box.around(corrections.x, corrections.y, corrections.radius)
            )
        )


class SecondKindTest(DemoKinds, LabelPlacementChecks, SimpleTestCase):
    """A kind of place a later section registers (睦邻点) shares the map with
    the service points and compounds: its own shape and legend entry, its own
    text list, and labels clear of everyone else's."""

    def setUp(self):
        super().setUp()
        neighbourhood = next(kind for kind in place_kinds() if kind.key == "compound")
        neighbourhood = replace(
            neighbourhood,
            key="neighbourhood-point",
            model=NeighbourhoodPoint,
            label="睦邻点",
            symbol="diamond",
            background=False,
        )
        self.enterContext(self.register_hook(HOOK_NAME, lambda: [neighbourhood]))
        # Between the demo's places, where the map is already busy.
        self.places = [
            *demo_places(),
            NeighbourhoodPoint(1, "东苑睦邻点", "32.3928", "119.4030", url="/n/1/"),
            NeighbourhoodPoint(2, "新村睦邻点", "32.3905", "119.4012", url="/n/2/"),
        ]

    def test_the_new_kind_is_drawn_numbered_and_in_the_legend(self):
        community_map = CommunityMap(self.places)
        html = BeautifulSoup(
            render_to_string(
                "includes/community_map.html",
                {"community_map": community_map, "map_title": "社区地图"},
            ),
            "html.parser",
        )
        self.assertEqual(
            texts(html.select("figcaption .map-legend")),
            ["● 法律服务点", "■ 小区", "◆ 睦邻点", "◌ 步行约十分钟范围"],
        )
        drawn = html.select("a.map-marker--neighbourhood-point")
        self.assertEqual(
            [marker["aria-label"] for marker in drawn], ["东苑睦邻点", "新村睦邻点"]
        )
        self.assertTrue(all(marker.find("polygon") for marker in drawn))
        self.assertIn("菱形是睦邻点", html.find("desc").get_text())
        lists = dict(
            zip(
                texts(html.select(".map-list h2")),
                [texts(ol.select("li")) for ol in html.select(".map-list ol")],
                strict=True,
            )
        )
        self.assertEqual(lists["睦邻点"], ["东苑睦邻点", "新村睦邻点"])
        self.assertEqual(
            community_map.number_of(self.places[-1]), len(POINTS) + len(COMPOUNDS) + 2
        )

    def test_every_label_stays_clear_of_the_new_markers_and_labels(self):
        community_map = CommunityMap(self.places)
        markers = community_map.markers
        for layer in LAYERS:
            with self.subTest(layer=layer.name):
                labels = [
                    next(
                        (label for label in marker.labels if label.layer == layer.name),
                        None,
                    )
                    for marker in markers
                ]
                self.assertTrue(all(labels), "every place is labelled")
                corners = [
                    label.box
                    for label in community_map.corner_labels
                    if label.layer == layer.name
                ]
                self.assert_clear(
                    [marker.anchor(layer) for marker in markers], labels, corners
                )


@override_settings(WALKING_DETOUR_FACTOR=1.3, WALKING_METRES_PER_MINUTE=50)
class WalkingTest(DemoKinds, SimpleTestCase):
    def test_great_circle_distance_matches_a_hand_computed_value(self):
        # 0.01° of latitude is 1,111.95 m on a 6,371 km sphere.
        metres = great_circle_metres(
            "32.390000", "119.400000", "32.400000", "119.400000"
        )
        self.assertAlmostEqual(metres, 1111.95, delta=0.1)

    def test_ring_is_ten_minutes_of_walking_in_a_straight_line(self):
        community_map = CommunityMap(demo_places())
        metres = community_map.ring["r"] / community_map.scale
        self.assertAlmostEqual(metres, 10 * 50 / 1.3, delta=1)
        lead = next(marker for marker in community_map.markers if marker.is_centre)
        self.assertEqual(lead.label, "社区法治工作室")
        self.assertEqual(
            (community_map.ring["x"], community_map.ring["y"]), (lead.x, lead.y)
        )


class CrowdedMapTest(LabelPlacementChecks, SimpleTestCase):
    def test_a_crowded_map_labels_every_marker_without_overlap(self):
        anchors = crowded_anchors()
        labels = place_labels(anchors, MAP, layer="name")
        self.assert_clear(anchors, labels)
        self.assertTrue(all(labels), "every marker is labelled")
        self.assertTrue(any(label.leader for label in labels), "some are led away")
        names = [
            label.text == anchor.text
            for anchor, label in zip(anchors, labels, strict=True)
        ]
        numbers = [
            label.text == anchor.short_text
            for anchor, label in zip(anchors, labels, strict=True)
        ]
        self.assertTrue(all(map(operator.or_, names, numbers)))
        self.assertTrue(any(numbers), "a name with no room shows its number")
        self.assertGreater(sum(names), len(anchors) * 3 // 4)

    def test_obstacles_are_kept_clear(self):
        anchors = crowded_anchors()
        across_the_middle = Box(150, 280, 650, 320)
        labels = place_labels(anchors, MAP, [across_the_middle], layer="name")
        self.assert_clear(anchors, labels, [across_the_middle])

    def test_labels_that_cannot_fit_are_left_off_not_piled_up(self):
        anchors = crowded_anchors(per_side=10, spacing=30)
        labels = place_labels(anchors, MAP, layer="name")
        self.assert_clear(anchors, labels)
        self.assertIn(None, labels)
        self.assertIsNotNone(labels[0])

    def test_placement_is_the_same_every_time(self):
        self.assertEqual(
            place_labels(crowded_anchors(), MAP), place_labels(crowded_anchors(), MAP)
        )


class TextWidthTest(SimpleTestCase):
    def test_chinese_is_one_em_and_digits_are_narrower(self):
        self.assertEqual(text_width("调解室", 20), 60)
        self.assertAlmostEqual(text_width("100 米", 20), (4 * 0.6 + 1) * 20)

    def test_a_label_box_spans_the_text_around_its_baseline(self):
        label = Label.at("调解室", 10, 100, 20, "name")
        self.assertEqual(label.box.left, 10)
        self.assertEqual(label.box.right, 70)
        self.assertAlmostEqual(label.box.top, 100 - 1.16 * 20)
        self.assertAlmostEqual(label.box.bottom, 100 + 0.29 * 20)
