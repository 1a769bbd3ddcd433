"""The directory as open data: JSON with field names from the Open Referral
Human Services Data Specification (HSDS), a flat CSV, and schema.org JSON-LD
for each service point. docs/open-data.md describes the JSON."""

import csv
import io

from legal.opening_hours import format_closing, format_time

HSDS_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
SCHEMA_ORG_DAYS = [
    "https://schema.org/Monday",
    "https://schema.org/Tuesday",
    "https://schema.org/Wednesday",
    "https://schema.org/Thursday",
    "https://schema.org/Friday",
    "https://schema.org/Saturday",
    "https://schema.org/Sunday",
]
CSV_COLUMNS = [
    "location_id",
    "name",
    "kind",
    "address",
    "latitude",
    "longitude",
    "phone",
    "appointment",
    "services",
    "opening_hours",
    "url",
]


def _period_text(period):
    opens, closes = format_time(period.opens), format_closing(period.closes)
    return f"{HSDS_DAYS[period.weekday]} {opens}-{closes}"


def _location_id(point):
    return f"location-{point.pk}"


def _accessibility(point):
    features = [
        (point.step_free_entrance, "无台阶入口"),
        (point.has_lift, "有电梯"),
        (point.has_hearing_loop, "有助听环路"),
    ]
    return [{"description": label} for present, label in features if present]


def directory_json(directory, points, services, request):
    """The directory in HSDS shape: organization, services, locations and the
    tables that join them."""
    points = list(points)
    return {
        "organization": {
            "id": f"organization-{directory.pk}",
            "name": directory.title,
            "description": directory.intro,
            "website": directory.get_full_url(request),
        },
        "services": [
            {
                "id": f"service-{service.slug}",
                "name": service.name,
                "description": service.description,
                "eligibility_description": service.eligibility,
                "application_process": service.what_to_bring,
                "fees_description": service.cost,
            }
            for service in services
        ],
        "locations": [
            {
                "id": _location_id(point),
                "name": point.title,
                "description": point.summary,
                "latitude": float(point.latitude),
                "longitude": float(point.longitude),
                "url": point.get_full_url(request),
                "addresses": [{"address_1": point.address, "city": "扬州市"}],
                "accessibility": _accessibility(point),
                "languages": [
                    {"name": name}
                    for name in point.languages.replace("、", ",").split(",")
                ],
            }
            for point in points
        ],
        "service_at_location": [
            {
                "id": f"{_location_id(point)}-service-{service.slug}",
                "service_id": f"service-{service.slug}",
                "location_id": _location_id(point),
            }
            for point in points
            for service in point.services.all()
        ],
        "schedules": [
            {
                "id": f"{_location_id(point)}-schedule-{period.pk}",
                "location_id": _location_id(point),
                "freq": "WEEKLY",
                "byday": HSDS_DAYS[period.weekday],
                "opens_at": format_time(period.opens),
                "closes_at": format_closing(period.closes),
            }
            for point in points
            for period in point.opening_periods.all()
        ],
        "holiday_schedules": [
            {
                "id": f"{_location_id(point)}-exception-{exception.pk}",
                "location_id": _location_id(point),
                "closed": exception.closed,
                "start_date": exception.date.isoformat(),
                "end_date": exception.date.isoformat(),
                "opens_at": format_time(exception.opens) if exception.opens else None,
                "closes_at": format_closing(exception.closes)
                if exception.closes
                else None,
                "description": exception.note,
            }
            for point in points
            for exception in point.opening_exceptions.all()
        ],
        "phones": [
            {
                "id": f"{_location_id(point)}-phone",
                "location_id": _location_id(point),
                "number": point.phone,
            }
            for point in points
            if point.phone
        ],
    }


# A spreadsheet takes a cell beginning with one of these for a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(value):
    """``value`` as a spreadsheet shows it as text: an editor's entry cannot
    become a formula (such as a link that sends data away) in the reader's
    spreadsheet."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


def directory_csv(points, request):
    """One row a service point, for spreadsheets; UTF-8 with a BOM for Excel."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for point in points:
        row = {
            "location_id": _location_id(point),
            "name": point.title,
            "kind": point.get_kind_display(),
            "address": point.address,
            "latitude": point.latitude,
            "longitude": point.longitude,
            "phone": point.phone,
            "appointment": point.get_appointment_display(),
            "services": "；".join(service.name for service in point.services.all()),
            "opening_hours": "；".join(
                _period_text(period) for period in point.opening_periods.all()
            ),
            "url": point.get_full_url(request),
        }
        writer.writerow({key: spreadsheet_text(value) for key, value in row.items()})
    return "\ufeff" + buffer.getvalue()


def point_json_ld(point, request):
    """schema.org description of a service point, for search engines and maps."""
    kind = "GovernmentOffice" if point.kind == "police_room" else "LegalService"
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "name": point.title,
        "description": point.summary,
        "url": point.get_full_url(request),
        "address": {
            "@type": "PostalAddress",
            "streetAddress": point.address,
            "addressLocality": "扬州市",
            "addressRegion": "江苏省",
            "addressCountry": "CN",
        },
        "geo": {
            "@type": "GeoCoordinates",
            "latitude": float(point.latitude),
            "longitude": float(point.longitude),
        },
        "openingHoursSpecification": [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": SCHEMA_ORG_DAYS[period.weekday],
                "opens": format_time(period.opens),
                # schema.org times are xsd:time, which has no 24:00; search
                # engines read an open-all-day point as 00:00 to 23:59.
                "closes": format_closing(period.closes, midnight="23:59"),
            }
            for period in point.opening_periods.all()
        ],
    }
    if point.phone:
        data["telephone"] = point.phone
    return data
