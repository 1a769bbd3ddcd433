"""人人推好人: the residents' nomination form. Every message is in plain
Chinese, every field is bounded, and what a visitor types is cleaned of
control characters (PostgreSQL refuses a NUL byte) before it is checked."""

import re
import unicodedata

from django import forms
from django.conf import settings

from home.models import Compound
from home.request_params import CONTROL_CHARACTERS, is_id

from .models.categories import CATEGORY_CHOICES
from .models.nominations import (
    DEED_MAX_LENGTH,
    DEED_MIN_LENGTH,
    NOMINATOR_NAME_MAX_LENGTH,
    NOMINEE_NAME_MAX_LENGTH,
    PHONE_MAX_LENGTH,
    Nomination,
)

# The name of the honeypot field: people never see it, form-filling robots do.
HONEYPOT_FIELD = "website"
HONEYPOT_MAX_LENGTH = 200

# Control characters except the line break, which a story may contain.
CONTROL_CHARACTERS_BUT_NEWLINE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")

# What Django puts in place of bytes that are not UTF-8: text that arrives
# with it was garbled on the way (a client in another encoding), and kept as
# it is it would only show editors question marks.
REPLACEMENT_CHARACTER = "\ufffd"

# Between the digits of a phone number people type spaces, dashes of every
# width and brackets around the area code.
PHONE_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―－()（）]")
MOBILE = re.compile(r"1[3-9][0-9]{9}")
# An area code (010, 02x or a four-digit 0xxx), then a 7- or 8-digit number.
LANDLINE = re.compile(r"(0(?:10|2[0-9]|[3-9][0-9]{2}))([2-9][0-9]{6,7})")
COUNTRY_PREFIXES = ("+86", "0086")


def normalise_phone(raw):
    """The number in one written form (13812345678 or 0514-87654321), or
    ``None`` when it is neither a mainland mobile nor a landline with its
    area code. Full-width digits (typed with a Chinese input method) count."""
    digits = PHONE_SEPARATORS.sub("", unicodedata.normalize("NFKC", raw))
    for prefix in COUNTRY_PREFIXES:
        if digits.startswith(prefix) and MOBILE.fullmatch(digits[len(prefix) :]):
            digits = digits[len(prefix) :]
    if MOBILE.fullmatch(digits):
        return digits
    landline = LANDLINE.fullmatch(digits)
    if landline:
        return f"{landline[1]}-{landline[2]}"
    return None


class CleanCharField(forms.CharField):
    """Text without control characters, refused if it arrived garbled; one
    line unless ``multiline``, where line breaks are kept (as ``\\n``, so a
    browser's ``\\r\\n`` counts once)."""

    def __init__(self, *, multiline=False, **kwargs):
        self.multiline = multiline
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        if self.multiline:
            value = value.replace("\r\n", "\n").replace("\r", "\n")
            value = CONTROL_CHARACTERS_BUT_NEWLINE.sub(" ", value)
            return re.sub(r"\n{3,}", "\n\n", value).strip()
        return " ".join(CONTROL_CHARACTERS.sub(" ", value).split())

    def validate(self, value):
        super().validate(value)
        if REPLACEMENT_CHARACTER in value:
            raise forms.ValidationError(
                "这里有无法识别的乱码，请删掉后重新输入。", code="garbled"
            )


class TelInput(forms.TextInput):
    input_type = "tel"


class PhoneField(CleanCharField):
    def clean(self, value):
        value = super().clean(value)
        if not value:
            return value
        phone = normalise_phone(value)
        if phone is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return phone


class CompoundChoiceField(forms.ModelChoiceField):
    """A compound by id; anything that is not a short run of digits is simply
    not a choice, so no odd value reaches the database."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = str(value).strip()
        if not is_id(text):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(text)


class NominationForm(forms.ModelForm):
    """What a resident tells the community about a good person, and how staff
    can reach them. The submission key and the consent time are set by the view."""

    nominee_name = CleanCharField(
        label="被推荐人的姓名",
        max_length=NOMINEE_NAME_MAX_LENGTH,
        help_text="不知道全名的，可以写“5栋的王阿姨”这样的称呼。",
        error_messages={
            "required": "请填写被推荐人的姓名或称呼。",
            "max_length": (
                f"姓名或称呼最多 {NOMINEE_NAME_MAX_LENGTH} 个字，"
                "您写了 %(show_value)d 个字，请写短一些。"
            ),
        },
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    compound = CompoundChoiceField(
        label="被推荐人住在哪个小区",
        queryset=Compound.objects.all(),
        required=False,
        empty_label="不清楚，或不在列表里",
        error_messages={"invalid_choice": "请从列表里选一个小区，或选“不清楚”。"},
    )
    category = forms.ChoiceField(
        label="属于哪一类好人",
        choices=CATEGORY_CHOICES,
        widget=forms.RadioSelect,
        error_messages={
            "required": "请选择一个类别。",
            "invalid_choice": "请从列出的五个类别里选一个。",
        },
    )
    deed = CleanCharField(
        label="他（她）做了什么好事",
        multiline=True,
        min_length=DEED_MIN_LENGTH,
        max_length=DEED_MAX_LENGTH,
        help_text=(
            f"请写清楚什么时候、在哪里、做了哪些事，至少 {DEED_MIN_LENGTH} 个字，"
            f"最多 {DEED_MAX_LENGTH} 个字。请不要写被推荐人的电话、身份证号或门牌号。"
        ),
        error_messages={
            "required": "请写一写被推荐人做的好事。",
            "min_length": (
                f"请再多写一些：至少要 {DEED_MIN_LENGTH} 个字，"
                "您现在写了 %(show_value)d 个字。"
            ),
            "max_length": (
                f"最多 {DEED_MAX_LENGTH} 个字，您现在写了 %(show_value)d 个字，"
                "请删减一些。"
            ),
        },
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    is_anonymous = forms.BooleanField(
        label="匿名推荐（不留姓名）",
        required=False,
        help_text="勾选后可以不填您的姓名；填了也不会保存。电话仍然要留。",
    )
    nominator_name = CleanCharField(
        label="您的姓名",
        max_length=NOMINATOR_NAME_MAX_LENGTH,
        required=False,
        error_messages={
            "max_length": (
                f"姓名最多 {NOMINATOR_NAME_MAX_LENGTH} 个字，"
                "您写了 %(show_value)d 个字。"
            ),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    nominator_phone = PhoneField(
        label="您的联系电话",
        max_length=PHONE_MAX_LENGTH,
        help_text="手机号或带区号的固定电话，例如 138 1234 5678 或 0514-8765 4321。",
        error_messages={
            "required": "请留下您的联系电话，方便社区工作人员核实情况。",
            "max_length": "电话号码太长了，请检查一下。",
            "invalid": (
                "这个电话号码不对：手机号是以 1 开头的 11 位数字，"
                "固定电话要带区号，例如 0514-87654321。"
            ),
        },
        widget=TelInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    consent = forms.BooleanField(
        label="我已阅读上面的隐私说明，同意社区按说明保存和使用我填写的信息。",
        help_text="",  # set in __init__: the retention periods are settings
        error_messages={"required": "请勾选同意隐私说明，我们才能收下您的推荐。"},
    )
    website = forms.CharField(
        label="网址（请不要填写这一项）",
        required=False,
        max_length=HONEYPOT_MAX_LENGTH,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = Nomination
        fields = [
            "nominee_name",
            "compound",
            "category",
            "deed",
            "is_anonymous",
            "nominator_name",
            "nominator_phone",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        decided = settings.NOMINATION_CONTACT_RETENTION_DAYS
        pending = settings.NOMINATION_PENDING_CONTACT_RETENTION_DAYS
        self.fields["consent"].help_text = (
            f"您的姓名和电话只有社区工作人员能看到，推荐处理完 {decided} 天后删除；"
            f"一直没有处理完的，提交 {pending} 天后删除。"
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("is_anonymous"):
            # Anonymous means anonymous: a name typed anyway is not kept.
            cleaned["nominator_name"] = ""
        elif not cleaned.get("nominator_name") and "nominator_name" not in self.errors:
            self.add_error(
                "nominator_name",
                forms.ValidationError(
                    "请填写您的姓名；不想留名的话，请勾选上面的“匿名推荐”。",
                    code="required",
                ),
            )
        return cleaned

    def groups(self):
        """The fields as the page shows them, under a heading each; the
        consent box comes last, beside the privacy notice."""
        return [
            (
                "您要推荐的人",
                [self[name] for name in ("nominee_name", "compound", "category")],
            ),
            ("好人好事", [self["deed"]]),
            (
                "您的联系方式",
                [
                    self[name]
                    for name in ("is_anonymous", "nominator_name", "nominator_phone")
                ],
            ),
        ]

    def fields_with_errors(self):
        """The visible fields that need correcting, in page order."""
        return [field for field in self.visible_fields() if field.errors]
