"""人人推好人: residents' nominations of good people, kept private and
reviewed by editors; an accepted one becomes a draft role-model page."""

import uuid

from django.conf import settings
from django.db import models

from home.models import Compound

from .categories import CATEGORY_CHOICES

NOMINEE_NAME_MAX_LENGTH = 20
DEED_MIN_LENGTH = 30
DEED_MAX_LENGTH = 1000
NOMINATOR_NAME_MAX_LENGTH = 20
PHONE_MAX_LENGTH = 20


class Nomination(models.Model):
    """One resident's nomination. Never shown on the site; it becomes a
    role-model page only with the nominee's consent, and the nominator's
    contact data is erased a while after the decision."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    STATUS_CHOICES = [(PENDING, "待审核"), (ACCEPTED, "已采纳"), (DECLINED, "未采纳")]

    nominee_name = models.CharField("被推荐人", max_length=NOMINEE_NAME_MAX_LENGTH)
    compound = models.ForeignKey(
        Compound,
        verbose_name="所在小区",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    category = models.CharField("类别", max_length=20, choices=CATEGORY_CHOICES)
    deed = models.TextField("好人好事", max_length=DEED_MAX_LENGTH)
    nominator_name = models.CharField(
        "推荐人姓名", max_length=NOMINATOR_NAME_MAX_LENGTH, blank=True
    )
    nominator_phone = models.CharField(
        "推荐人电话", max_length=PHONE_MAX_LENGTH, blank=True
    )
    is_anonymous = models.BooleanField("匿名推荐", default=False)
    consented_at = models.DateTimeField("同意隐私说明的时间")
    submission_key = models.UUIDField(
        "提交编号", default=uuid.uuid4, unique=True, editable=False
    )
    submitted_at = models.DateTimeField("提交时间", auto_now_add=True)
    status = models.CharField(
        "审核状态", max_length=10, choices=STATUS_CHOICES, default=PENDING
    )
    reviewer_note = models.TextField("审核意见", blank=True, max_length=1000)
    # Nominating someone does not make them agree to be named in public: the
    # person's own consent is what allows a public role-model page.
    nominee_consent = models.BooleanField(
        "被推荐人同意公开",
        default=False,
        help_text=(
            "已当面或打电话征得被推荐人本人同意，在网站上公开其姓名、小区和事迹。"
            "勾选后才能生成好人页面。"
        ),
    )
    decided_at = models.DateTimeField("审核时间", null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="审核人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    role_model_page = models.ForeignKey(
        "culture.RoleModelPage",
        verbose_name="生成的好人页面",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="nominations",
    )
    contact_erased_at = models.DateTimeField("联系方式删除时间", null=True, blank=True)

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = "好人推荐"
        verbose_name_plural = "好人推荐"

    def __str__(self):
        return f"{self.nominee_name}（{self.get_status_display()}）"
