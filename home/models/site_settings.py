from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from home.blocks import LinkBlock


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Contact details, filing numbers and footer links shown on every page."""

    contact_phone = models.CharField("联系电话", max_length=60, blank=True)
    contact_address = models.CharField("办公地址", max_length=200, blank=True)
    office_hours = models.CharField("办公时间", max_length=200, blank=True)
    icp_number = models.CharField("ICP 备案号", max_length=60, blank=True)
    police_record_number = models.CharField("公安备案号", max_length=60, blank=True)
    hotline = models.CharField(
        "咨询热线",
        max_length=80,
        blank=True,
        help_text="搜索没有结果时推荐给居民，如：12348 公共法律服务热线",
    )
    help_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="推荐页面",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="搜索没有结果时推荐的页面，如法律服务点目录",
    )
    footer_links = StreamField(
        [("link", LinkBlock())], blank=True, verbose_name="页脚链接"
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("contact_phone"),
                FieldPanel("contact_address"),
                FieldPanel("office_hours"),
            ],
            heading="联系方式",
        ),
        MultiFieldPanel(
            [FieldPanel("icp_number"), FieldPanel("police_record_number")],
            heading="备案信息",
        ),
        FieldPanel("footer_links"),
        MultiFieldPanel(
            [FieldPanel("hotline"), FieldPanel("help_page")],
            heading="搜索无结果时的帮助",
        ),
    ]

    class Meta:
        verbose_name = "站点设置"
        verbose_name_plural = "站点设置"
