"""What the site keeps about the people who use it, as the privacy page
(``/privacy/``) lists it.

Each app declares the cookies it sets and the personal data its forms and
buttons collect through the ``register_personal_data`` hook in its
``wagtail_hooks.py``, built from the same constants and settings its code
uses: the page shows exactly what is registered, so a new cookie or a changed
retention period reaches the page in the same change."""

import math
from dataclasses import dataclass

from wagtail import hooks

HOOK_NAME = "register_personal_data"
SECONDS_PER_DAY = 24 * 60 * 60
DAYS_PER_YEAR = 365

# What home.rate_limit keeps of a visitor who posts: a count under a hash of
# their address, in the cache, for the limit's window.
ADDRESS_COUNT = "网络地址（IP 地址）经不可还原处理后记下的次数，只存在服务器缓存里"


def kept_for(seconds):
    """How long something is kept, in words; for a cookie ``None`` is until
    the browser closes."""
    if seconds is None:
        return "关闭浏览器时删除"
    if seconds % SECONDS_PER_DAY:
        minutes = math.ceil(seconds / 60)
        return f"{minutes // 60} 小时" if minutes % 60 == 0 else f"{minutes} 分钟"
    days = seconds // SECONDS_PER_DAY
    if days % DAYS_PER_YEAR == 0:
        return f"{days // DAYS_PER_YEAR} 年"
    return f"{days} 天"


@dataclass(frozen=True)
class Cookie:
    """A cookie the site puts in a browser: visitors' or, in the admin, staff's."""

    name: str
    purpose: str
    set_when: str
    max_age: int | None
    staff_only: bool = False

    @property
    def kept_for(self):
        return kept_for(self.max_age)


@dataclass(frozen=True)
class PersonalData:
    """What one form or button collects about people and what becomes of it.
    ``anchor`` is its section's id on the privacy page, which the form links to."""

    anchor: str
    title: str
    collected: tuple[str, ...]
    purpose: str
    seen_by: str
    kept: tuple[str, ...]


def registered():
    """Every app's registrations: the cookies, then the personal data."""
    items = [item for hook in hooks.get_hooks(HOOK_NAME) for item in hook()]
    cookies = [item for item in items if isinstance(item, Cookie)]
    collected = [item for item in items if isinstance(item, PersonalData)]
    return cookies, collected
