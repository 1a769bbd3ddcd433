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

from culture.models import FamilyMaxim, Nomination
from culture.nominations import (
    NominationNotAccepted,
    accept_nomination,
    record_decision,
)


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
