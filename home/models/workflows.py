"""Review before publishing: the task that editors' pages wait in until a
reviewer of the right group approves them, or asks for changes with a reason."""

from django import forms
from wagtail.models import AbstractGroupApprovalTask


class ChangesRequestedForm(forms.Form):
    comment = forms.CharField(
        label="需要修改的地方",
        widget=forms.Textarea({"rows": 3}),
        error_messages={"required": "请写明需要修改的地方，作者会看到这条意见。"},
    )


class ReviewTask(AbstractGroupApprovalTask):
    """A group's approval; asking for changes needs a comment, which the
    author sees on the page and in the notification."""

    class Meta:
        verbose_name = "审核步骤"
        verbose_name_plural = "审核步骤"

    def get_form_for_action(self, action):
        if action == "reject":
            return ChangesRequestedForm
        return super().get_form_for_action(action)

    @classmethod
    def get_description(cls):
        return "指定用户组的成员审核通过后才能进入下一步；要求修改时必须写明原因。"
