from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def absolute_uri(context, url):
    """The address as a full URL, for sharing tags that must not be relative."""
    return context["request"].build_absolute_uri(url)
