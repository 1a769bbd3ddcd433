"""Readable addresses for Chinese titles: a page titled 康乐社区举办重阳敬老宴
is found at kangleshequ-juban-chongyang-jinglao-yan, not at a string of
percent-encoded bytes that no one can read aloud or retype from a chat."""

from django.utils.text import slugify
from pypinyin import lazy_pinyin

from home.text import words

# Long enough to tell pages apart, short enough to read out on the phone.
SLUG_MAX_LENGTH = 50


def pinyin_slug(title):
    """The title's words in toneless pinyin, one hyphen between words (the
    segmenter knows local names, so 康乐社区 stays one word), cut at a word
    boundary; empty when the title has no letter or digit to spell."""
    slug = slugify("-".join("".join(lazy_pinyin(word)) for word in words(title)))
    if len(slug) <= SLUG_MAX_LENGTH:
        return slug
    words_that_fit, hyphen, _ = slug[: SLUG_MAX_LENGTH + 1].rpartition("-")
    return words_that_fit if hyphen else slug[:SLUG_MAX_LENGTH]
