"""Headers Django's SecurityMiddleware does not send: a Content Security Policy
and a Permissions-Policy.

The public site loads scripts, styles, fonts and images from itself only and
has no inline script, so its policy is strict. Wagtail's admin still needs
inline scripts and styles, so it gets its own, looser policy."""

from django.conf import settings


def _header(directives):
    return "; ".join(
        f"{name} {' '.join(values)}" for name, values in directives.items()
    )


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = f"/{settings.ADMIN_PATH}/"
        self.site_policy = _header(settings.CONTENT_SECURITY_POLICY)
        self.admin_policy = _header(settings.ADMIN_CONTENT_SECURITY_POLICY)
        self.permissions_policy = ", ".join(
            f"{feature}=()" for feature in settings.PERMISSIONS_POLICY_DENY
        )

    def __call__(self, request):
        response = self.get_response(request)
        is_admin = request.path.startswith(self.admin_prefix)
        response.setdefault(
            "Content-Security-Policy",
            self.admin_policy if is_admin else self.site_policy,
        )
        response.setdefault("Permissions-Policy", self.permissions_policy)
        return response
