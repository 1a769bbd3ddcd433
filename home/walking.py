"""Walking time from a compound to a place on the map, for elderly residents.

Great-circle distance, lengthened by a detour factor for streets that do not
run straight, at an elderly walking pace; both are settings."""

import math

from django.conf import settings

EARTH_RADIUS_METRES = 6_371_000
TEN_MINUTES = 10


def great_circle_metres(latitude_a, longitude_a, latitude_b, longitude_b):
    """Haversine distance between two WGS-84 points, in metres."""
    phi_a, phi_b = math.radians(float(latitude_a)), math.radians(float(latitude_b))
    d_phi = phi_b - phi_a
    d_lambda = math.radians(float(longitude_b) - float(longitude_a))
    h = (
        math.sin(d_phi / 2) ** 2
        + math.cos(phi_a) * math.cos(phi_b) * math.sin(d_lambda / 2) ** 2
    )
    return 2 * EARTH_RADIUS_METRES * math.asin(math.sqrt(h))


def walking_minutes(origin, destination):
    """Whole minutes, rounded up, from one object with latitude/longitude to another."""
    metres = great_circle_metres(
        origin.latitude, origin.longitude, destination.latitude, destination.longitude
    )
    walked = metres * settings.WALKING_DETOUR_FACTOR
    return max(1, math.ceil(walked / settings.WALKING_METRES_PER_MINUTE))
