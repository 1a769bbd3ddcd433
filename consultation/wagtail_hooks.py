from django.conf import settings
from wagtail import hooks

from home.personal_data import ADDRESS_COUNT, PersonalData, kept_for
from home.personal_data import HOOK_NAME as PERSONAL_DATA_HOOK
from home.visitors import VISITOR_COOKIE_MAX_AGE


@hooks.register(PERSONAL_DATA_HOOK)
def register_topic_ratings():
    """What the 满意 / 基本满意 / 不满意 buttons of a topic's result keep."""
    _, window = settings.TOPIC_RATING_RATE_LIMIT
    _, day = settings.TOPIC_RATING_DAILY_LIMIT
    return [
        PersonalData(
            anchor="topic-rating",
            title="康乐民生茶馆：评议议题结果",
            collected=(
                "由浏览器里的随机编号算出的散列值（无法还原成编号，更认不出您是谁）",
                "评议的议题、您选的评议（满意、基本满意或不满意）和评议时间",
                ADDRESS_COUNT,
            ),
            purpose=(
                "统计居民对议题结果的评议，同一个浏览器对同一个议题只算一次；"
                "同一网络评议太多时请它稍后再来，防止刷票。"
            ),
            seen_by="网站只公开每个议题各项评议的人数；谁评了什么，工作人员也无从知道。",
            kept=(
                f"浏览器里的编号保存 {kept_for(VISITOR_COOKIE_MAX_AGE)}。",
                "评议记录和议题页面一起保存，页面删除时一并删除。",
                f"网络地址的计数：最长 {kept_for(max(window, day))}后自动清除。",
            ),
        )
    ]
