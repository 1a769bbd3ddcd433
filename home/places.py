"""The kinds of place the community map shows and an activity can be held at.

Each app declares its kinds of place (compounds here; legal service points in
``legal/wagtail_hooks.py``; later 睦邻点, service offices, buildings) through
the ``register_place_kinds`` hook, and the shell draws them: the map, its
legend, the walking minutes and the text list under the map."""

from dataclasses import dataclass

from wagtail import hooks
from wagtail.models import Page

HOOK_NAME = "register_place_kinds"

# A marker's shape with the word and the character the legend uses for it:
# kinds tell apart by shape, never by colour alone.
SYMBOLS = {
    "circle": ("圆点", "●"),
    "square": ("方块", "■"),
    "diamond": ("菱形", "◆"),
    "triangle": ("三角", "▲"),
}


@dataclass(frozen=True)
class PlaceKind:
    """One kind of place: its model, how the legend names it, the marker's
    shape and which attributes of a place hold its name and coordinates.

    A ``background`` kind (compounds) is what the map is drawn around: a
    smaller marker and name, no link, labelled after the others. A place whose
    ``centre_attribute`` is true (the lead service point) is circled by the
    ten-minute walk."""

    key: str
    model: type
    label: str
    symbol: str
    name_attribute: str = "title"
    latitude_attribute: str = "latitude"
    longitude_attribute: str = "longitude"
    centre_attribute: str = ""
    centre_label: str = ""
    background: bool = False

    @property
    def symbol_word(self):
        return SYMBOLS[self.symbol][0]

    @property
    def symbol_mark(self):
        return SYMBOLS[self.symbol][1]

    @property
    def is_page(self):
        """Whether places of this kind are pages (an activity can be held there)."""
        return issubclass(self.model, Page)

    def name(self, place):
        return getattr(place, self.name_attribute)

    def latitude(self, place):
        return float(getattr(place, self.latitude_attribute))

    def longitude(self, place):
        return float(getattr(place, self.longitude_attribute))

    def is_centre(self, place):
        return bool(self.centre_attribute and getattr(place, self.centre_attribute))


def place_kinds():
    """Every app's kinds of place, in the order of registration."""
    return [kind for hook in hooks.get_hooks(HOOK_NAME) for kind in hook()]


def kind_of(place):
    """The registered kind a place belongs to, or None."""
    return next((kind for kind in place_kinds() if isinstance(place, kind.model)), None)
