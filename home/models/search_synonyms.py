import re

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel

SEPARATORS = re.compile(r"[,，、;；\s]+")


class SearchSynonym(models.Model):
    """Words residents type and the words the site uses for the same thing,
    applied when a search runs (打官司 → 诉讼)."""

    term = models.CharField(
        "居民常用说法", max_length=40, unique=True, help_text="如：打官司、找律师、老人"
    )
    alternatives = models.CharField(
        "网站用语",
        max_length=200,
        help_text="搜索时一并查找的词，多个词用逗号或顿号分开，如：诉讼、起诉",
    )

    panels = [FieldPanel("term"), FieldPanel("alternatives")]

    class Meta:
        ordering = ["term"]
        verbose_name = "搜索同义词"
        verbose_name_plural = "搜索同义词"

    def __str__(self):
        return f"{self.term} → {'、'.join(self.alternative_list)}"

    @property
    def alternative_list(self):
        return [word for word in SEPARATORS.split(self.alternatives) if word]

    def clean(self):
        self.term = self.term.strip()
        if not self.alternative_list:
            raise ValidationError({"alternatives": "请至少填写一个词。"})
