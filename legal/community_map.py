"""A map of the community drawn as SVG on the server from the coordinates of
the compounds and service points: no map service, no JavaScript, prints well.

Coordinates are projected onto a flat plane (equirectangular, scaled by the
cosine of the latitude), which is exact enough over a few hundred metres.

The map is drawn once and labelled twice (``legal/map_labels.py`` places the
labels so that none covers another or a marker). The SVG scales with the
screen, so a label's size on screen is its size here times the map's width on
screen over ``WIDTH``. On a wide screen each marker carries its name. On a
phone the map is about 280 px wide, a third of its drawn width: a name would
need 44 units to be read at 14 px, and the long names of seven points and
thirteen compounds at that size cannot all fit beside their markers. So on
screens up to 45em (720 px) wide each marker carries a number in large type
instead (site.css shows one layer or the other), and the numbers are those of
the list of points below the map and of the text list of every place: an
elderly reader matches one short number, then reads the name, the walking time
and the opening hours in the page's own large text. Printed, the map shows the
names."""

import math
from dataclasses import dataclass, replace

from django.conf import settings

from legal.map_labels import (
    ASCENT_EM,
    DESCENT_EM,
    Anchor,
    Box,
    Label,
    place_labels,
    text_width,
)
from legal.walking import EARTH_RADIUS_METRES, TEN_MINUTES

WIDTH, HEIGHT, MARGIN = 800, 600, 70
# A map of one place (or of places in one building) still shows its streets.
MIN_SPAN_METRES = 200
# Half the size of each kind of marker, in the map's units.
COMPOUND_RADIUS, POINT_RADIUS, LEAD_POINT_RADIUS = 7, 9, 12
# The scale bar and the north sign sit in the corners, this far from the edge.
CORNER_INSET = 20
SCALE_METRES = 100
SCALE_BAR_WIDTH = 4


@dataclass(frozen=True)
class LabelLayer:
    """One set of labels; ``name`` is the CSS class suffix (map-label--name)
    that decides on which screens it shows."""

    name: str
    point_font_size: int
    compound_font_size: int
    corner_font_size: int
    numbered: bool


# Label sizes in the map's units, chosen to render at 14 px or more: names show
# from 721 px, where the map is at least 665 px wide (at 特大), so 18 units
# render at 15 px; numbers at 44 units render at 14.5 px on a 320 px phone at
# 特大, where the map is 264 px wide.
NAMES = LabelLayer("name", 20, 18, 18, numbered=False)
NUMBERS = LabelLayer("number", 44, 44, 44, numbered=True)
LAYERS = (NAMES, NUMBERS)


@dataclass(frozen=True)
class Marker:
    x: float
    y: float
    label: str
    number: int
    radius: float
    is_point: bool = False
    url: str = ""
    is_lead: bool = False
    labels: tuple[Label, ...] = ()

    @property
    def left(self):
        return round(self.x - self.radius, 1)

    @property
    def top(self):
        return round(self.y - self.radius, 1)

    @property
    def size(self):
        return 2 * self.radius

    def anchor(self, layer):
        """What to label in ``layer``: the name, or the number where the name
        finds no place; the number alone in a numbered layer."""
        font_size = layer.point_font_size if self.is_point else layer.compound_font_size
        number = str(self.number)
        if layer.numbered:
            return Anchor(self.x, self.y, self.radius, number, font_size)
        return Anchor(self.x, self.y, self.radius, self.label, font_size, number)


class CommunityMap:
    def __init__(self, compounds, points):
        compounds, points = list(compounds), list(points)
        places = compounds + points
        # The number each service point carries on the map, which the page's
        # cards and lists repeat.
        self.point_numbers = {
            point.pk: number for number, point in enumerate(points, start=1)
        }
        self.empty = not places
        if self.empty:
            return
        latitudes = [float(place.latitude) for place in places]
        longitudes = [float(place.longitude) for place in places]
        self.mid_latitude = (min(latitudes) + max(latitudes)) / 2
        east = [self._east_metres(lon) for lon in longitudes]
        north = [self._north_metres(lat) for lat in latitudes]
        lead = next((point for point in points if point.is_lead_point), None)
        ring = self._ring_metres()
        if lead is not None:
            lead_east, lead_north = (
                self._east_metres(float(lead.longitude)),
                self._north_metres(float(lead.latitude)),
            )
            east += [lead_east - ring, lead_east + ring]
            north += [lead_north - ring, lead_north + ring]
        self.min_east, self.max_north = min(east), max(north)
        span = max(max(east) - min(east), max(north) - min(north), MIN_SPAN_METRES)
        self.scale = min(WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN) / span
        self.points = [
            self._marker(
                point,
                point.title,
                self.point_numbers[point.pk],
                LEAD_POINT_RADIUS if point.is_lead_point else POINT_RADIUS,
                is_point=True,
                url=point.url,
                is_lead=point.is_lead_point,
            )
            for point in points
        ]
        self.compounds = [
            self._marker(compound, compound.name, number, COMPOUND_RADIUS)
            for number, compound in enumerate(compounds, start=len(points) + 1)
        ]
        centre = next((marker for marker in self.points if marker.is_lead), None)
        self.ring = None
        if centre is not None:
            self.ring = {"x": centre.x, "y": centre.y, "r": round(ring * self.scale, 1)}
        self._place_labels()

    def _east_metres(self, longitude):
        return (
            math.radians(longitude)
            * EARTH_RADIUS_METRES
            * math.cos(math.radians(self.mid_latitude))
        )

    def _north_metres(self, latitude):
        return math.radians(latitude) * EARTH_RADIUS_METRES

    @staticmethod
    def _ring_metres():
        """Straight-line reach of a ten-minute walk at the directory's pace."""
        walked = TEN_MINUTES * settings.WALKING_METRES_PER_MINUTE
        return walked / settings.WALKING_DETOUR_FACTOR

    def _marker(self, place, label, number, radius, **details):
        x = (
            MARGIN
            + (self._east_metres(float(place.longitude)) - self.min_east) * self.scale
        )
        y = (
            MARGIN
            + (self.max_north - self._north_metres(float(place.latitude))) * self.scale
        )
        return Marker(round(x, 1), round(y, 1), label, number, radius, **details)

    @property
    def scale_bar(self):
        """A 100-metre bar for the legend, drawn along the bottom left corner."""
        return {
            "x": CORNER_INSET,
            "y": HEIGHT - CORNER_INSET,
            "end": round(CORNER_INSET + SCALE_METRES * self.scale, 1),
        }

    @staticmethod
    def _corner_labels(layer):
        """The scale's "100 米" just above its bar and the north sign in the top
        right corner, at the layer's size."""
        size = layer.corner_font_size
        scale_text = f"{SCALE_METRES} 米"
        north_text = "北 ↑"
        return [
            Label.at(
                scale_text,
                CORNER_INSET,
                HEIGHT - CORNER_INSET - SCALE_BAR_WIDTH - DESCENT_EM * size,
                size,
                layer.name,
            ),
            Label.at(
                north_text,
                WIDTH - CORNER_INSET - text_width(north_text, size),
                CORNER_INSET + ASCENT_EM * size,
                size,
                layer.name,
            ),
        ]

    def _place_labels(self):
        """Label every marker in each layer: the lead point first, then the
        other points in the list's order, then the compounds."""
        markers = sorted(self.points, key=lambda marker: not marker.is_lead)
        markers += self.compounds
        bar = self.scale_bar
        scale_line = Box(
            bar["x"],
            bar["y"] - SCALE_BAR_WIDTH / 2,
            bar["end"],
            bar["y"] + SCALE_BAR_WIDTH / 2,
        )
        labels = {marker.number: [] for marker in markers}
        self.corner_labels = []
        for layer in LAYERS:
            corners = self._corner_labels(layer)
            self.corner_labels += corners
            placed = place_labels(
                [marker.anchor(layer) for marker in markers],
                Box(0, 0, WIDTH, HEIGHT),
                [scale_line, *(label.box for label in corners)],
                layer.name,
            )
            for marker, label in zip(markers, placed, strict=True):
                if label is not None:
                    labels[marker.number].append(label)
        self.points = [
            replace(marker, labels=tuple(labels[marker.number]))
            for marker in self.points
        ]
        self.compounds = [
            replace(marker, labels=tuple(labels[marker.number]))
            for marker in self.compounds
        ]

    @property
    def numbers_among_names(self):
        """Whether a marker too crowded for its name shows its number on wide
        screens too (then the legend explains the numbers there as well)."""
        return any(
            label.text != marker.label
            for marker in self.points + self.compounds
            for label in marker.labels
            if label.layer == NAMES.name
        )

    width, height = WIDTH, HEIGHT
