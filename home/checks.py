"""Deployment checks of the site's own (``manage.py check --deploy``)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

SHARED_CACHE_BACKENDS = (
    "django.core.cache.backends.redis.RedisCache",
    "home.cache.ResilientRedisCache",
)


@register(Tags.caches, deploy=True)
def shared_cache(app_configs, **kwargs):
    """Workers learn of an editor's change (a page made private included)
    through the shared cache: each worker's own memory cannot be told."""
    if settings.CACHES["default"]["BACKEND"] in SHARED_CACHE_BACKENDS:
        return []
    return [
        Warning(
            "未设置 REDIS_URL：各个进程只在自己的内存里缓存。多于一个进程时，"
            "页面设为私密或撤下后，其他进程的列表、菜单和缓存页面最多要十分钟才会跟上。",
            hint="生产环境请设置 REDIS_URL（见 docs/deploy.md）。",
            id="kangle.W001",
        )
    ]
