from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_permission_codename
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.site_summary import SummaryItem
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.action_menu import ActionMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    EditView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from culture.forms import HONEYPOT_FIELD, NominationForm
from culture.models import FamilyMaxim, Nomination
from culture.nominations import (
    NominationNotAccepted,
    accept_nomination,
    record_decision,
)
from home.personal_data import ADDRESS_COUNT, PersonalData, kept_for
from home.personal_data import HOOK_NAME as PERSONAL_DATA_HOOK
from home.visitors import VISITOR_COOKIE_MAX_AGE


class NominationPermissionPolicy(ModelPermissionPolicy):
    """Nominations come only from residents, through the site's form: nobody,
    not even a superuser, adds (or copies) one in the admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a != "add"])


# Registered before the viewset below, which would otherwise make a default one.
register_permission_policy(Nomination, NominationPermissionPolicy(Nomination))


class FamilyMaximViewSet(SnippetViewSet):
    model = FamilyMaxim
    icon = "openquote"
    menu_label = "家风家训"
    list_display = ["text", "theme", "source"]
    list_filter = ["theme"]


class ShownFieldPanel(FieldPanel):
    """A field editors read but do not change, shown in Chinese."""

    def __init__(self, field_name, **kwargs):
        kwargs["read_only"] = True
        super().__init__(field_name, **kwargs)

    def format_value_for_display(self, value):
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return "是" if value else "否"
        if hasattr(value, "tzinfo"):
            return f"{timezone.localtime(value):%Y-%m-%d %H:%M}"
        return super().format_value_for_display(value)


class NominationEditView(EditView):
    """Review a nomination: change its status and note, or accept it as a
    draft role-model page in one step (the 采纳 button below the form)."""

    def get_available_actions(self):
        actions = [*super().get_available_actions()]
        if self.request.method == "POST":
            actions.append("accept")
        return actions

    def save_instance(self):
        if "status" in self.form.changed_data:
            record_decision(self.form.instance, self.request.user)
        return super().save_instance()

    def accept_action(self):
        """Run by Wagtail after the form is saved, when 采纳 was pressed."""
        try:
            page = accept_nomination(self.object, self.request.user)
        except NominationNotAccepted as problem:
            messages.error(self.request, str(problem))
            return redirect(self.get_edit_url())
        messages.success(
            self.request,
            f"已采纳对“{self.object.nominee_name}”的推荐，并生成了好人页面草稿。"
            "请补充照片、核实事迹后提交审核。",
        )
        return redirect("wagtailadmin_pages:edit", page.pk)

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.role_model_page_id:
            buttons.append(
                Button(
                    "编辑生成的好人页面",
                    url=reverse(
                        "wagtailadmin_pages:edit", args=[self.object.role_model_page_id]
                    ),
                    icon_name="edit",
                    priority=5,
                )
            )
        return buttons


class AcceptNominationMenuItem(ActionMenuItem):
    """采纳 below the review form: a submit button of that form (so it posts
    with its CSRF token) that NominationEditView.accept_action handles."""

    name = "action-accept"
    label = "采纳并生成好人页面草稿"
    icon_name = "success"
    order = 10

    def is_shown(self, context):
        instance = context.get("instance")
        return (
            super().is_shown(context)
            and context.get("view") == "edit"
            and instance is not None
            and not instance.role_model_page_id
        )


@hooks.register("register_snippet_action_menu_item")
def register_accept_nomination(model):
    return AcceptNominationMenuItem() if model is Nomination else None


class NominationViewSet(SnippetViewSet):
    """好人推荐: residents' nominations, private to community staff."""

    model = Nomination
    icon = "user"
    menu_label = "好人推荐"
    list_display = [
        "nominee_name",
        "category",
        "compound",
        "status",
        "submitted_at",
    ]
    list_filter = ["status", "category"]
    search_fields = ["nominee_name", "deed"]
    search_backend_name = None
    copy_view_enabled = False
    edit_view_class = NominationEditView
    panels = [
        MultiFieldPanel(
            [
                ShownFieldPanel("nominee_name"),
                ShownFieldPanel("compound"),
                ShownFieldPanel("category"),
                ShownFieldPanel("deed"),
                ShownFieldPanel("submitted_at"),
            ],
            heading="推荐内容",
        ),
        MultiFieldPanel(
            [
                ShownFieldPanel("is_anonymous"),
                ShownFieldPanel("nominator_name"),
                ShownFieldPanel("nominator_phone"),
                ShownFieldPanel("consented_at"),
                ShownFieldPanel("contact_erased_at"),
            ],
            heading="推荐人（只有社区工作人员能看到）",
            help_text=(
                "只用于核实事迹时联系推荐人，不得公开。审核完成 "
                f"{settings.NOMINATION_CONTACT_RETENTION_DAYS} 天后自动删除；"
                "一直未审核的，提交 "
                f"{settings.NOMINATION_PENDING_CONTACT_RETENTION_DAYS} 天后删除。"
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("reviewer_note"),
                FieldPanel("nominee_consent"),
                ShownFieldPanel("decided_at"),
                ShownFieldPanel("decided_by"),
                ShownFieldPanel("role_model_page"),
            ],
            heading="审核",
        ),
    ]

    def get_permissions_to_register(self):
        # No group can be given a permission the admin never uses.
        add = get_permission_codename("add", self.model._meta)
        return super().get_permissions_to_register().exclude(codename=add)


class CultureViewSetGroup(SnippetViewSetGroup):
    items = (FamilyMaximViewSet, NominationViewSet)
    menu_icon = "group"
    menu_label = "德治"
    menu_order = 210


register_snippet(CultureViewSetGroup)


class PendingNominationsSummaryItem(SummaryItem):
    """On the admin dashboard: how many nominations wait for a decision."""

    order = 150
    template_name = "culture/admin/pending_nominations_summary_item.html"

    def get_context_data(self, parent_context):
        url_name = Nomination.snippet_viewset.get_url_name("list")
        return {
            "count": Nomination.objects.filter(status=Nomination.PENDING).count(),
            "url": f"{reverse(url_name)}?status={Nomination.PENDING}",
        }

    def is_shown(self):
        return self.request.user.has_perm(
            f"culture.{get_permission_codename('change', Nomination._meta)}"
        )


@hooks.register("construct_homepage_summary_items")
def add_pending_nominations(request, items):
    items.append(PendingNominationsSummaryItem(request))


@hooks.register(PERSONAL_DATA_HOOK)
def register_praise_and_nominations():
    """The praise button's records, and what a nomination holds
    about the nominator and about the person nominated."""
    decided = settings.NOMINATION_CONTACT_RETENTION_DAYS
    pending = settings.NOMINATION_PENDING_CONTACT_RETENTION_DAYS
    _, nomination_window = settings.NOMINATION_RATE_LIMIT
    _, praise_window = settings.PRAISE_RATE_LIMIT
    _, praise_day = settings.PRAISE_DAILY_LIMIT
    typed = [
        field.label
        for name, field in NominationForm.base_fields.items()
        if name not in (HONEYPOT_FIELD, "consent")
    ]
    return [
        PersonalData(
            anchor="nomination",
            title="人人推好人：推荐人",
            collected=(
                *typed,
                "您勾选同意隐私说明的时间",
                "提交时间",
                ADDRESS_COUNT,
            ),
            purpose=(
                "核实推荐的事迹，需要时工作人员打电话向您了解情况。"
                "您的姓名和电话不作别的用途。网络地址的计数只用来防止垃圾信息。"
            ),
            seen_by=(
                "只有康乐社区负责审核推荐的工作人员在管理后台能看到，网站上不公开。"
                "好人事迹公开时，也不公开推荐人的姓名和电话。"
            ),
            kept=(
                f"您的姓名和电话：推荐处理完（采纳或不采纳）{decided} 天后删除；"
                f"提交 {pending} 天后还没有处理完的，也会删除。",
                "推荐的内容（被推荐人、小区、类别和事迹）：作为社区评选好人的记录保存，"
                "可以要求删除（见下文）。",
                f"网络地址的计数：{kept_for(nomination_window)}后自动清除。",
            ),
        ),
        PersonalData(
            anchor="nominee",
            title="人人推好人：被推荐的好人",
            collected=(
                "推荐人写下的姓名或称呼、小区、类别和事迹",
                "本人是否同意公开（工作人员征得同意后在后台记录）",
            ),
            purpose="评选身边的好人，经本人同意后在“好人一条街”上介绍他（她）的事迹。",
            seen_by=(
                "推荐只有工作人员能看到。工作人员当面或打电话征得被推荐人本人同意、"
                "在后台勾选“被推荐人同意公开”之后，才能把推荐写成好人页面，"
                "审核通过后在网站上公开；公开的页面不写电话和门牌号。"
            ),
            kept=(
                "推荐作为评选记录保存；公开的好人页面保留到本人要求撤下或社区删除为止。",
            ),
        ),
        PersonalData(
            anchor="praise",
            title="人人赞好人（点赞）",
            collected=(
                "由浏览器里的随机编号算出的散列值（无法还原成编号，更认不出您是谁）",
                "点赞的好人和点赞时间",
                ADDRESS_COUNT,
            ),
            purpose=(
                "统计点赞人数，同一个浏览器为同一位好人只算一次；"
                "同一网络点赞太多时请它稍后再来，防止刷赞。"
            ),
            seen_by="网站只公开每位好人的点赞总数；谁点了赞，工作人员也无从知道。",
            kept=(
                f"浏览器里的编号保存 {kept_for(VISITOR_COOKIE_MAX_AGE)}。",
                "点赞记录和好人页面一起保存，页面删除时一并删除。",
                "网络地址的计数：最长 "
                f"{kept_for(max(praise_window, praise_day))}后自动清除。",
            ),
        ),
    ]
