"""The role-model categories of the national 中国好人 list, shared by the
role-model pages and the residents' nominations."""

CATEGORY_CHOICES = [
    ("helping-others", "助人为乐"),
    ("bravery", "见义勇为"),
    ("honesty", "诚实守信"),
    ("dedication", "敬业奉献"),
    ("filial-piety", "孝老爱亲"),
]
CATEGORY_NAMES = dict(CATEGORY_CHOICES)

# The one-line deed on boards and plaques; a plaque has room for two short lines.
DEED_MAX_LENGTH = 40
