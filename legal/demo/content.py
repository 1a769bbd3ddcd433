"""The monthly 1+1 legal activities of the demo (示例内容): the activity index
page and one activity of each kind a month, which the loader spreads over a
year. The rest of the section's demo content is in ``legal/demo/data/``."""

ACTIVITY_INDEX = {
    "slug": "activities",
    "title": "每月法治活动",
    "intro": "一月一走访、一月一宣讲、一月一服务、一月一宣传：每个月四件事，把法律送到家门口。",
}

# One activity of each kind a month; the loader spreads them over a year.
ACTIVITY_TEMPLATES = [
    {
        "kind": "visit",
        "title": "{month}月法律走访：上门看望独居老人",
        "day": 6,
        "start": "09:30",
        "end": "11:30",
        "point": None,
        "place": "各小区独居老人家中",
        "summary": "法律志愿者和网格员一起上门，了解老人遇到的赡养、房产和消费问题，现场解答。",
    },
    {
        "kind": "talk",
        "title": "{month}月法治宣讲：身边的民法典",
        "day": 12,
        "start": "14:30",
        "end": "16:00",
        "point": "rule-of-law-studio",
        "place": "",
        "summary": "律师用身边的案例讲解民法典，讲完留出时间现场答疑。",
    },
    {
        "kind": "service",
        "title": "{month}月法律服务日：律师坐班咨询",
        "day": 18,
        "start": "09:00",
        "end": "11:30",
        "point": "mediation-room",
        "place": "",
        "summary": "律师和调解员坐班，接待法律咨询、调解申请和法律援助申请。",
    },
    {
        "kind": "publicity",
        "title": "{month}月普法宣传：防范诈骗进广场",
        "day": 25,
        "start": "18:30",
        "end": "20:00",
        "point": None,
        "place": "康乐社区法治文化广场",
        "summary": "结合广场舞时间，用小品和有奖问答宣传防范电信网络诈骗。",
    },
]
