"""StreamField blocks shared by every page body on the site.

Each block names its icon and its own template under ``templates/blocks/``;
``BaseStreamBlock`` is the body every page family reuses.
"""

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="标题文字", max_length=120)
    level = blocks.ChoiceBlock(
        label="级别",
        choices=[("h2", "二级标题"), ("h3", "三级标题")],
        default="h2",
        search_index=False,
    )

    class Meta:
        icon = "title"
        label = "小标题"
        template = "blocks/heading_block.html"


class CaptionedImageBlock(blocks.StructBlock):
    """An image whose alt text is required unless marked decorative."""

    image = ImageBlock(label="图片")
    caption = blocks.CharBlock(label="图片说明", required=False, max_length=200)

    class Meta:
        icon = "image"
        label = "图片"
        template = "blocks/captioned_image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="引文")
    attribution = blocks.CharBlock(label="出处", required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = "引用"
        template = "blocks/quote_block.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label="文件")
    label = blocks.CharBlock(
        label="链接文字", required=False, help_text="留空则使用文件标题"
    )

    class Meta:
        icon = "doc-full"
        label = "文件下载"
        template = "blocks/document_link_block.html"


class BaseStreamBlock(blocks.StreamBlock):
    """The body of plain pages and news; other sections extend it."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label="正文段落",
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    table = TableBlock(
        label="表格",
        icon="table",
        template="blocks/table_block.html",
        help_text="请在表格设置中填写表格标题，并把第一行设为表头。",
    )
    document = DocumentLinkBlock()


class GovernanceBlock(blocks.StructBlock):
    """One of the five governances, as a short entry on the home page."""

    title = blocks.CharBlock(label="名称", max_length=20, help_text="如：德治为先")
    slogan = blocks.CharBlock(label="口号", max_length=20, help_text="如：德治树新风")
    summary = blocks.TextBlock(label="简介", max_length=120)
    page = blocks.PageChooserBlock(label="详情页面", required=False)

    class Meta:
        icon = "pick"
        label = "五治之一"
        template = "blocks/governance_block.html"


class SectionLinkBlock(blocks.StructBlock):
    """A featured section: a link to an index page chosen by editors."""

    page = blocks.PageChooserBlock(label="栏目页面")
    title = blocks.CharBlock(
        label="显示名称", required=False, help_text="留空则使用页面标题"
    )
    description = blocks.TextBlock(label="简介", required=False, max_length=120)

    class Meta:
        icon = "link"
        label = "推荐栏目"
        template = "blocks/section_link_block.html"


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="链接文字", max_length=40)
    url = blocks.URLBlock(label="网址")

    class Meta:
        icon = "link-external"
        label = "链接"
