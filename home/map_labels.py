"""Where the community map writes each label, so that no label covers another
label, a marker or the map's scale and north sign.

The placement is greedy and deterministic. Labels are placed one at a time, in
the order given (the most important first). Each label tries sixteen places
around its marker in a fixed order: right (a name reads on from its marker),
left, above, below, the four corners, then the places half-way between those;
the first place whose box stays on the map and clears every marker, every
label already placed and every fixed obstacle is taken. When all sixteen are
taken, they are tried again a little further out, step by step, and a leader
line then joins the label to its marker; a leader may cross no other label,
marker or leader. A label that finds no place within ``STEPS`` steps tries its
short text the same way (on the community map, the marker's number, which the
lists under the map carry); one that still finds none is left off the map, its
place still named in those lists: on a map so crowded a label would be guessed
at rather than read.

The browser does not tell the server how wide a text is, so a label's box is
estimated from its characters: see ``text_width``."""

import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

# Measured in Chromium with Noto Sans CJK SC, the font the site asks for on
# Linux (PingFang SC and Microsoft YaHei are within a few per cent): a Chinese
# character is 1 em wide, a Latin letter or digit at most 0.6 em (bold digits
# 0.59 em); the box of a line of text reaches 1.16 em above its baseline and
# 0.29 em below it.
WIDE_CHARACTER_EM = 1.0
NARROW_CHARACTER_EM = 0.6
ASCENT_EM = 1.16
DESCENT_EM = 0.29
# Space kept clear around every label, in em: it also covers a marker's outline.
CLEARANCE_EM = 0.1
# How far a label may move from its marker when no place beside it is free:
# STEPS further rings of places, each STEP_EM further out.
STEP_EM = 0.6
STEPS = 10
# The places tried around a marker, in order, as how far right and down the
# label's centre moves (1: the label's near edge just clear of the marker;
# 0: centred on it): right, left, above, below, the four corners, then the
# eight places half-way between them.
DIRECTIONS = (
    (1, 0),
    (-1, 0),
    (0, -1),
    (0, 1),
    (1, -1),
    (1, 1),
    (-1, -1),
    (-1, 1),
    (1, -0.5),
    (1, 0.5),
    (-1, -0.5),
    (-1, 0.5),
    (0.5, -1),
    (-0.5, -1),
    (0.5, 1),
    (-0.5, 1),
)
# Differences smaller than this are rounding, not overlap.
TOLERANCE = 1e-6


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in the map's coordinates (y grows downwards)."""

    left: float
    top: float
    right: float
    bottom: float

    @classmethod
    def around(cls, x, y, radius):
        return cls(x - radius, y - radius, x + radius, y + radius)

    def overlaps(self, other):
        """True when the two share an area; touching edges do not overlap."""
        return (
            min(self.right, other.right) - max(self.left, other.left) > TOLERANCE
            and min(self.bottom, other.bottom) - max(self.top, other.top) > TOLERANCE
        )

    def grown(self, margin):
        return Box(
            self.left - margin,
            self.top - margin,
            self.right + margin,
            self.bottom + margin,
        )

    def within(self, other):
        return (
            self.left >= other.left - TOLERANCE
            and self.top >= other.top - TOLERANCE
            and self.right <= other.right + TOLERANCE
            and self.bottom <= other.bottom + TOLERANCE
        )

    def nearest_point(self, x, y):
        return (
            min(max(x, self.left), self.right),
            min(max(y, self.top), self.bottom),
        )

    def crossed_by(self, segment):
        """True when a stretch of the segment runs inside the box (clipped
        Liang-Barsky style); a segment that only touches an edge does not."""
        x1, y1, x2, y2 = segment
        dx, dy = x2 - x1, y2 - y1
        start, end = 0.0, 1.0
        for direction, room in (
            (-dx, x1 - self.left),
            (dx, self.right - x1),
            (-dy, y1 - self.top),
            (dy, self.bottom - y1),
        ):
            if direction == 0:
                if room <= TOLERANCE:
                    return False
            elif direction < 0:
                start = max(start, room / direction)
            else:
                end = min(end, room / direction)
        length = (dx * dx + dy * dy) ** 0.5
        return (end - start) * length > TOLERANCE


class Segment(NamedTuple):
    x1: float
    y1: float
    x2: float
    y2: float

    def crosses(self, other):
        """True when the two segments cross at a point inside both."""

        def side(ax, ay, bx, by, cx, cy):
            return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)

        a = side(*self, other.x1, other.y1)
        b = side(*self, other.x2, other.y2)
        c = side(*other, self.x1, self.y1)
        d = side(*other, self.x2, self.y2)
        return a * b < 0 and c * d < 0


def text_width(text, font_size):
    """The estimated width of ``text``: full-width and East Asian characters
    (wide, full-width or ambiguous, such as 米 and ↑) 1 em, others 0.6 em."""
    ems = sum(
        WIDE_CHARACTER_EM
        if unicodedata.east_asian_width(character) in ("W", "F", "A")
        else NARROW_CHARACTER_EM
        for character in text
    )
    return ems * font_size


@dataclass(frozen=True)
class Label:
    """A placed label: the start of its baseline (``text-anchor: start``),
    the box its text fills, and its leader line when it sits away from its
    marker. ``layer`` names the screens it is drawn for (a CSS class)."""

    text: str
    x: float
    y: float
    font_size: int
    layer: str
    box: Box
    leader: Segment | None = None

    @classmethod
    def at(cls, text, x, y, font_size, layer, leader=None):
        """The label whose baseline starts at (x, y), rounded as the page
        writes it so that its box is the one the browser draws."""
        x, y = round(x, 1), round(y, 1)
        box = Box(
            x,
            y - ASCENT_EM * font_size,
            x + text_width(text, font_size),
            y + DESCENT_EM * font_size,
        )
        return cls(text, x, y, font_size, layer, box, leader)


@dataclass(frozen=True)
class Anchor:
    """A marker to label: its centre, its half-size, the label's text and a
    shorter text to use where the text finds no place."""

    x: float
    y: float
    radius: float
    text: str
    font_size: int
    short_text: str = ""

    @property
    def box(self):
        return Box.around(self.x, self.y, self.radius)

    @property
    def texts(self):
        return [text for text in (self.text, self.short_text) if text]


def candidates(anchor, text):
    """Baseline starts for the anchor's label reading ``text``, nearest and
    preferred first, each with whether it sits away from the marker (and so
    needs a leader). Every place keeps the label's box ``CLEARANCE_EM`` clear
    of its own marker."""
    size = anchor.font_size
    width = text_width(text, size)
    height = (ASCENT_EM + DESCENT_EM) * size
    for step in range(STEPS + 1):
        gap = anchor.radius + (CLEARANCE_EM + step * STEP_EM) * size
        for right, down in DIRECTIONS:
            left = anchor.x + right * (gap + width / 2) - width / 2
            top = anchor.y + down * (gap + height / 2) - height / 2
            yield left, top + ASCENT_EM * size, step > 0


def place_labels(anchors, bounds, obstacles=(), layer=""):
    """A ``Label`` or ``None`` for each anchor, in the anchors' order; the
    anchors come most important first. ``bounds`` is the map's box;
    ``obstacles`` are boxes no label may cover (the scale, the north sign)."""
    markers = [anchor.box for anchor in anchors]
    taken = list(obstacles)
    leaders = []

    def label_at(anchor, text, place, others, apart):
        """The label set at (x, y), or None when it would cover something: its
        box, kept clear by ``CLEARANCE_EM``, must lie on the map and cover no
        other marker, label, obstacle or leader; its leader, when it sits away
        from its marker, must cross no other label or leader, and no marker
        but those drawn over its own (which no line from it can avoid)."""
        x, y, away = place
        label = Label.at(text, x, y, anchor.font_size, layer)
        kept_clear = label.box.grown(CLEARANCE_EM * anchor.font_size)
        if (
            not kept_clear.within(bounds)
            or any(kept_clear.overlaps(box) for box in others + taken)
            or any(kept_clear.crossed_by(leader) for leader in leaders)
        ):
            return None
        if not away:
            return label
        end_x, end_y = label.box.nearest_point(anchor.x, anchor.y)
        leader = Segment(anchor.x, anchor.y, round(end_x, 1), round(end_y, 1))
        if any(box.crossed_by(leader) for box in apart + taken) or any(
            leader.crosses(other) for other in leaders
        ):
            return None
        return Label.at(text, x, y, anchor.font_size, layer, leader)

    labels = []
    for index, anchor in enumerate(anchors):
        others = markers[:index] + markers[index + 1 :]
        apart = [box for box in others if not box.overlaps(anchor.box)]
        label = next(
            filter(
                None,
                (
                    label_at(anchor, text, place, others, apart)
                    for text in anchor.texts
                    for place in candidates(anchor, text)
                ),
            ),
            None,
        )
        if label is not None:
            taken.append(label.box)
            if label.leader is not None:
                leaders.append(label.leader)
        labels.append(label)
    return labels
