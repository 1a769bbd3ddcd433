"""A map of the community drawn as SVG on the server from the coordinates of
the compounds and service points: no map service, no JavaScript, prints well.

Coordinates are projected onto a flat plane (equirectangular, scaled by the
cosine of the latitude), which is exact enough over a few hundred metres."""

import math
from dataclasses import dataclass

from django.conf import settings

from legal.walking import EARTH_RADIUS_METRES, TEN_MINUTES

WIDTH, HEIGHT, MARGIN = 800, 600, 70
# A map of one place (or of places in one building) still shows its streets.
MIN_SPAN_METRES = 200


@dataclass(frozen=True)
class Marker:
    x: float
    y: float
    label: str
    url: str = ""
    is_lead: bool = False


class CommunityMap:
    def __init__(self, compounds, points):
        compounds, points = list(compounds), list(points)
        places = compounds + points
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
        self.compounds = [
            self._marker(compound, compound.name) for compound in compounds
        ]
        self.points = [
            self._marker(point, point.title, point.url, point.is_lead_point)
            for point in points
        ]
        self.ring = None
        if lead is not None:
            centre = self._marker(lead, lead.title)
            self.ring = {"x": centre.x, "y": centre.y, "r": round(ring * self.scale, 1)}

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

    def _marker(self, place, label, url="", is_lead=False):
        x = (
            MARGIN
            + (self._east_metres(float(place.longitude)) - self.min_east) * self.scale
        )
        y = (
            MARGIN
            + (self.max_north - self._north_metres(float(place.latitude))) * self.scale
        )
        return Marker(round(x, 1), round(y, 1), label, url, is_lead)

    @property
    def scale_bar(self):
        """A 100-metre bar for the legend."""
        return {"metres": 100, "length": round(100 * self.scale, 1)}

    width, height = WIDTH, HEIGHT
