"""StreamField blocks of legal-education articles, on top of the shared body."""

from django.core.exceptions import ValidationError
from wagtail import blocks

from home.blocks import RICH_TEXT_FEATURES, BaseStreamBlock


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label="问", max_length=200)
    answer = blocks.RichTextBlock(label="答", features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = "问与答"
        template = "blocks/question_answer_block.html"


class CaseBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="案例标题", max_length=120)
    facts = blocks.RichTextBlock(label="基本案情", features=RICH_TEXT_FEATURES)
    outcome = blocks.RichTextBlock(label="处理结果", features=RICH_TEXT_FEATURES)
    lesson = blocks.RichTextBlock(label="法官（律师）说法", features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "doc-full-inverse"
        label = "以案说法"
        template = "blocks/case_block.html"


class LawCitationBlock(blocks.StructBlock):
    law = blocks.CharBlock(
        label="法律名称", max_length=80, help_text="如：中华人民共和国民法典"
    )
    article = blocks.CharBlock(
        label="条款", max_length=40, help_text="如：第一千零四十三条"
    )
    text = blocks.TextBlock(label="条文原文")
    effective = blocks.DateBlock(label="施行日期", required=False)

    class Meta:
        icon = "openquote"
        label = "法条引用"
        template = "blocks/law_citation_block.html"


class LegalArticleStreamBlock(BaseStreamBlock):
    question = QuestionAnswerBlock()
    case = CaseBlock()
    citation = LawCitationBlock()


class WholeNumberBlock(blocks.IntegerBlock):
    """A whole number typed in the editor, read back as a number.

    Wagtail decides whether an edited page changed by comparing the stored
    number (2) with the posted text ("2"): as an IntegerBlock, every quiz
    looked edited, and approving one in the editor restarted its review."""

    def value_from_form(self, value):
        try:
            return int(value)
        except (TypeError, ValueError):
            # Left as typed: cleaning answers with the field's own message.
            return value


class QuizQuestionBlock(blocks.StructBlock):
    """A multiple-choice question; ``correct`` counts choices from 1."""

    question = blocks.CharBlock(label="题目", max_length=200)
    choices = blocks.ListBlock(
        blocks.CharBlock(label="选项", max_length=100),
        label="选项",
        min_num=2,
        max_num=6,
    )
    correct = WholeNumberBlock(
        label="正确答案是第几个选项", min_value=1, max_value=6, help_text="从 1 开始数"
    )
    explanation = blocks.RichTextBlock(
        label="解析", features=RICH_TEXT_FEATURES, help_text="说明为什么，最好引用法条"
    )

    class Meta:
        icon = "help"
        label = "选择题"

    def clean(self, value):
        value = super().clean(value)
        if value["correct"] > len(value["choices"]):
            raise blocks.StructBlockValidationError(
                block_errors={"correct": ValidationError("正确答案超出了选项的数量。")}
            )
        return value
