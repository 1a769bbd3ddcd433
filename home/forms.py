"""Admin forms of the site's own: images must describe themselves."""

from django import forms
from wagtail.images.forms import BaseImageForm


class ImageForm(BaseImageForm):
    """Every image needs its alt text (the description) before it is stored:
    readers using screen readers hear it in place of the picture."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        description = self.fields.get("description")
        if description is not None:
            description.required = True
            description.label = "图片说明（替代文字）"
            description.help_text = (
                "用一句话说明图片里有什么，如“志愿者在楼道里为老人理发”。"
                "看不见图片的读者会听到这句话。"
            )
            description.error_messages["required"] = "请填写图片说明（替代文字）。"

    def clean_description(self):
        description = " ".join(self.cleaned_data.get("description", "").split())
        if not description:
            raise forms.ValidationError("请填写图片说明（替代文字）。")
        return description
