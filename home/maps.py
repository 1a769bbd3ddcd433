"""A map of the community drawn as SVG on the server from the coordinates of
its places, of every kind the apps register (``home/places.py``): no map
service, no JavaScript, prints well.

Coordinates are projected onto a flat plane (equirectangular, scaled by the
cosine of the latitude), which is exact enough over a few hundred metres.

The map is drawn once and labelled twice (``home/map_labels.py`` places the
labels so that none covers another or a marker). The SVG scales with the
screen, so a label's size on screen is its size here times the map's width on
screen over ``WIDTH``. On a wide screen each marker carries its name. On a
phone the map is about 280 px wide, a third of its drawn width: a name would
need 44 units to be read at 14 px, and the long names of seven service points
and thirteen compounds at that size cannot all fit beside their markers. So
on screens up to 45em (720 px) wide each marker carries a number in large
type instead (site.css shows one layer or the other), and the numbers are
those of the page's own list (the directory's cards) and of the text list of
every place under the map: an elderly reader matches one short number, then
reads the name, the walking time and the opening hours in the page's own
large text. Printed, the map shows the names."""

import math
from dataclasses import dataclass, replace

from django.conf import settings

from home.map_labels import (
    ASCENT_EM,
    DESCENT_EM,
    Anchor,
    Box,
    Label,
    place_labels,
    text_width,
)
from home.places import PlaceKind, kind_of
from home.walking import EARTH_RADIUS_METRES, TEN_MINUTES

WIDTH, HEIGHT, MARGIN = 800, 600, 70
# A map of one place (or of places in one building) still shows its streets.
MIN_SPAN_METRES = 200
# Half the size of a marker, in the map's units: of a background place (a
# compound), of any other place, and of the place the ring is drawn around.
BACKGROUND_RADIUS, RADIUS, CENTRE_RADIUS = 7, 9, 12
# The scale bar and the north sign sit in the corners, this far from the edge.
CORNER_INSET = 20
SCALE_METRES = 100
SCALE_BAR_WIDTH = 4


@dataclass(frozen=True)
class LabelLayer:
    """One set of labels; ``name`` is the CSS class suffix (map-label--name)
    that decides on which screens it shows."""

    name: str
    font_size: int
    background_font_size: int
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
    kind_key: str
    symbol: str
    background: bool = False
    url: str = ""
    is_centre: bool = False
    labels: tuple[Label, ...] = ()

    @property
    def left(self):
        return round(self.x - self.radius, 1)

    @property
    def top(self):
        return round(self.y - self.radius, 1)

    @property
    def right(self):
        return round(self.x + self.radius, 1)

    @property
    def bottom(self):
        return round(self.y + self.radius, 1)

    @property
    def size(self):
        return 2 * self.radius

    @property
    def polygon(self):
        """The corners of a diamond or triangle marker, for SVG's points."""
        if self.symbol == "diamond":
            corners = [
                (self.x, self.top),
                (self.right, self.y),
                (self.x, self.bottom),
                (self.left, self.y),
            ]
        else:
            corners = [
                (self.x, self.top),
                (self.right, self.bottom),
                (self.left, self.bottom),
            ]
        return " ".join(f"{x},{y}" for x, y in corners)

    def anchor(self, layer):
        """What to label in ``layer``: the name, or the number where the name
        finds no place; the number alone in a numbered layer."""
        font_size = layer.background_font_size if self.background else layer.font_size
        number = str(self.number)
        if layer.numbered:
            return Anchor(self.x, self.y, self.radius, number, font_size)
        return Anchor(self.x, self.y, self.radius, self.label, font_size, number)


@dataclass(frozen=True)
class MapLayer:
    """The places of one kind on the map: one legend entry, one text list."""

    kind: PlaceKind
    markers: list[Marker]


class CommunityMap:
    """The map of ``places``, numbered in the order given; places of a kind
    nobody registered are left off."""

    def __init__(self, places):
        located = [(kind_of(place), place) for place in places]
        located = [(kind, place) for kind, place in located if kind is not None]
        # The number each place carries on the map, which the page's cards and
        # lists repeat.
        self.numbers = {
            (kind.key, place.pk): number
            for number, (kind, place) in enumerate(located, start=1)
        }
        self.empty = not located
        self.layers = []
        if self.empty:
            return
        latitudes = [kind.latitude(place) for kind, place in located]
        longitudes = [kind.longitude(place) for kind, place in located]
        self.mid_latitude = (min(latitudes) + max(latitudes)) / 2
        east = [self._east_metres(lon) for lon in longitudes]
        north = [self._north_metres(lat) for lat in latitudes]
        centre = next(
            ((kind, place) for kind, place in located if kind.is_centre(place)), None
        )
        ring = self._ring_metres()
        if centre is not None:
            kind, place = centre
            centre_east = self._east_metres(kind.longitude(place))
            centre_north = self._north_metres(kind.latitude(place))
            east += [centre_east - ring, centre_east + ring]
            north += [centre_north - ring, centre_north + ring]
        self.min_east, self.max_north = min(east), max(north)
        span = max(max(east) - min(east), max(north) - min(north), MIN_SPAN_METRES)
        self.scale = min(WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN) / span
        by_kind = {}
        for number, (kind, place) in enumerate(located, start=1):
            by_kind.setdefault(kind, []).append(self._marker(kind, place, number))
        self.layers = [MapLayer(kind, markers) for kind, markers in by_kind.items()]
        self.ring = None
        self.centre_label = ""
        if centre is not None:
            marker = next(marker for marker in self.markers if marker.is_centre)
            self.ring = {"x": marker.x, "y": marker.y, "r": round(ring * self.scale, 1)}
            self.centre_label = centre[0].centre_label
        self._place_labels()

    @property
    def markers(self):
        return [marker for layer in self.layers for marker in layer.markers]

    @property
    def layers_bottom_up(self):
        """The layers in drawing order: background places under the others."""
        return sorted(self.layers, key=lambda layer: not layer.kind.background)

    def number_of(self, place):
        """The number a place carries on the map."""
        return self.numbers[kind_of(place).key, place.pk]

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
        """Straight-line reach of a ten-minute walk at the walking pace in settings."""
        walked = TEN_MINUTES * settings.WALKING_METRES_PER_MINUTE
        return walked / settings.WALKING_DETOUR_FACTOR

    def _marker(self, kind, place, number):
        x = (
            MARGIN
            + (self._east_metres(kind.longitude(place)) - self.min_east) * self.scale
        )
        y = (
            MARGIN
            + (self.max_north - self._north_metres(kind.latitude(place))) * self.scale
        )
        is_centre = kind.is_centre(place)
        if kind.background:
            radius = BACKGROUND_RADIUS
        else:
            radius = CENTRE_RADIUS if is_centre else RADIUS
        return Marker(
            round(x, 1),
            round(y, 1),
            kind.name(place),
            number,
            radius,
            kind.key,
            kind.symbol,
            background=kind.background,
            url="" if kind.background else place.url,
            is_centre=is_centre,
        )

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
        """Label every marker in each layer: the centre first, then the other
        places in the map's order, the background places last."""
        markers = sorted(
            self.markers, key=lambda marker: (not marker.is_centre, marker.background)
        )
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
        self.layers = [
            MapLayer(
                layer.kind,
                [
                    replace(marker, labels=tuple(labels[marker.number]))
                    for marker in layer.markers
                ],
            )
            for layer in self.layers
        ]

    @property
    def numbers_among_names(self):
        """Whether a marker too crowded for its name shows its number on wide
        screens too (then the legend explains the numbers there as well)."""
        return any(
            label.text != marker.label
            for marker in self.markers
            for label in marker.labels
            if label.layer == NAMES.name
        )

    width, height = WIDTH, HEIGHT
