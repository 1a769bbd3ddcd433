"""Demo content for the 十分钟法律服务圈, written from the community's public
facts: the five named service points and the five kinds of service are real;
hours, phone numbers, addresses, coordinates and the two extra points are
invented (is_sample) and labelled 示例内容 on the pages."""

DIRECTORY = {
    "slug": "legal-services",
    "title": "十分钟法律服务圈",
    "intro": (
        "以社区法治工作室为牵头点，几个法律服务点分布在小区之间，"
        "居民从家里出发，步行十分钟左右就能找到一处。选择您住的小区，"
        "看看离您最近的服务点。"
    ),
}

SERVICES = [
    {
        "slug": "legal-education",
        "name": "法治宣传教育",
        "description": "每月一次法律宣讲，讲解与居民生活有关的法律知识，也可上门为楼栋讲课。",
        "eligibility": "社区居民和驻区单位职工都可以参加。",
        "what_to_bring": "",
        "cost": "免费",
    },
    {
        "slug": "mediation",
        "name": "矛盾调解",
        "description": "邻里、家庭、物业等纠纷，由调解员在双方自愿的基础上协助协商解决。",
        "eligibility": "纠纷一方或双方是本社区居民。",
        "what_to_bring": "身份证；与纠纷有关的照片、票据、合同等材料。",
        "cost": "免费",
    },
    {
        "slug": "legal-aid",
        "name": "法律援助",
        "description": "为经济困难或符合法定条件的居民提供法律咨询、代写文书，并协助向法律援助机构申请代理。",
        "eligibility": "经济困难的居民，以及法律规定可以不审查经济状况的人员（如追索劳动报酬的劳动者）。",
        "what_to_bring": "身份证或户口簿；经济困难情况的说明；与案件有关的材料。",
        "cost": "免费",
    },
    {
        "slug": "community-corrections",
        "name": "社区矫正",
        "description": "协助司法所对社区矫正对象开展教育学习、公益活动和日常帮扶。",
        "eligibility": "在本社区居住的社区矫正对象及其家属。",
        "what_to_bring": "身份证；司法所出具的相关文书。",
        "cost": "免费",
    },
    {
        "slug": "resettlement",
        "name": "安置帮教",
        "description": "帮助刑满释放人员回归社会，协助落实就业、低保等帮扶措施。",
        "eligibility": "刑满释放五年内、户籍或居住在本社区的人员。",
        "what_to_bring": "身份证；释放证明。",
        "cost": "免费",
    },
    {
        "slug": "legal-advice",
        "name": "法律咨询",
        "description": "律师和法律志愿者解答日常法律问题，告诉您下一步可以找谁、怎么办。",
        "eligibility": "所有居民。",
        "what_to_bring": "与问题有关的材料（如有）。",
        "cost": "免费",
    },
]

WEEKDAYS = [0, 1, 2, 3, 4]
EVERY_DAY = [0, 1, 2, 3, 4, 5, 6]

POINTS = [
    {
        "slug": "rule-of-law-studio",
        "title": "社区法治工作室",
        "kind": "studio",
        "is_lead_point": True,
        "summary": "十分钟法律服务圈的牵头点，律师每周坐班，接待法律咨询和法律援助申请。",
        "services": ["legal-advice", "legal-aid", "mediation", "legal-education"],
        "address": "康乐社区党群服务中心一楼（示例地址）",
        "latitude": "32.391000",
        "longitude": "119.400600",
        "phone": "0514-0000 0001（示例号码）",
        "contact_person": "王主任（示例人物）",
        "appointment": "either",
        "step_free_entrance": True,
        "has_lift": True,
        "has_hearing_loop": True,
        "follows_public_holidays": True,
        "hours": [(WEEKDAYS, "08:30", "12:00"), (WEEKDAYS, "14:00", "17:30")],
        "exceptions": [
            {"date": "2026-12-18", "closed": True, "note": "工作人员外出培训（示例）"}
        ],
    },
    {
        "slug": "volunteer-station",
        "title": "平安法治志愿者工作站",
        "kind": "volunteer_station",
        "is_lead_point": False,
        "summary": "法律志愿者轮流值班，解答问题、登记调解需求，组织普法宣传活动。",
        "services": ["legal-education", "legal-advice"],
        "address": "杨庄街坊3栋旁志愿者服务站（示例地址）",
        "latitude": "32.392500",
        "longitude": "119.398800",
        "phone": "0514-0000 0002（示例号码）",
        "contact_person": "李阿姨（示例人物）",
        "appointment": "walk_in",
        "step_free_entrance": True,
        "has_lift": False,
        "has_hearing_loop": False,
        "follows_public_holidays": False,
        "hours": [([1, 3, 5], "09:00", "11:30")],
        "exceptions": [],
    },
    {
        "slug": "yangzhuang-police-room",
        "title": "杨庄警务室",
        "kind": "police_room",
        "is_lead_point": False,
        "summary": "社区民警值守，受理治安求助，调解小纠纷，讲解防范诈骗知识。",
        "services": ["mediation", "legal-education"],
        "address": "杨庄街坊北门（示例地址）",
        "latitude": "32.393100",
        "longitude": "119.399900",
        "phone": "0514-0000 0003（示例号码）",
        "contact_person": "",
        "appointment": "walk_in",
        "step_free_entrance": True,
        "has_lift": False,
        "has_hearing_loop": False,
        "follows_public_holidays": False,
        "hours": [(EVERY_DAY, "08:00", "20:00")],
        "exceptions": [],
    },
    {
        "slug": "mediation-room",
        "title": "调解室",
        "kind": "mediation_room",
        "is_lead_point": False,
        "summary": "专门的调解场地，人民调解员在这里主持邻里、家庭和物业纠纷调解。",
        "services": ["mediation"],
        "address": "康乐新村12栋一楼（示例地址）",
        "latitude": "32.389800",
        "longitude": "119.401800",
        "phone": "0514-0000 0004（示例号码）",
        "contact_person": "张调解员（示例人物）",
        "appointment": "appointment",
        "step_free_entrance": False,
        "has_lift": False,
        "has_hearing_loop": False,
        "follows_public_holidays": True,
        "hours": [(WEEKDAYS, "09:00", "11:30"), (WEEKDAYS, "14:30", "17:00")],
        "exceptions": [],
    },
    {
        "slug": "wu-handong-studio",
        "title": "武捍东工作室",
        "kind": "named_studio",
        "is_lead_point": False,
        "summary": "以社区知名调解能手命名的工作室，擅长化解疑难纠纷，需提前预约。",
        "services": ["mediation", "legal-advice", "resettlement"],
        "address": "名门都汇南侧沿街（示例地址）",
        "latitude": "32.388600",
        "longitude": "119.403300",
        "phone": "0514-0000 0005（示例号码）",
        "contact_person": "武捍东",
        "appointment": "appointment",
        "step_free_entrance": True,
        "has_lift": False,
        "has_hearing_loop": False,
        "follows_public_holidays": True,
        "hours": [([2, 4], "14:00", "17:00")],
        "exceptions": [],
    },
    {
        "slug": "legal-book-corner",
        "title": "法律图书角",
        "kind": "other",
        "is_lead_point": False,
        "summary": "社区书屋里的法律图书专架，可以借阅法律读物、领取普法资料。",
        "services": ["legal-education"],
        "address": "康乐社区书屋（示例地址）",
        "latitude": "32.390400",
        "longitude": "119.399300",
        "phone": "",
        "contact_person": "",
        "appointment": "walk_in",
        "step_free_entrance": True,
        "has_lift": True,
        "has_hearing_loop": False,
        "follows_public_holidays": True,
        "hours": [([0, 1, 2, 3, 4, 5], "09:00", "17:00")],
        "exceptions": [],
    },
    {
        "slug": "community-corrections-desk",
        "title": "社区矫正工作点",
        "kind": "other",
        "is_lead_point": False,
        "summary": "配合司法所开展社区矫正和安置帮教，按约定时间接待。",
        "services": ["community-corrections", "resettlement"],
        "address": "康乐社区党群服务中心东侧附楼（示例地址）",
        "latitude": "32.390200",
        "longitude": "119.402400",
        "phone": "0514-0000 0007（示例号码）",
        "contact_person": "",
        "appointment": "appointment",
        "step_free_entrance": True,
        "has_lift": True,
        "has_hearing_loop": False,
        "follows_public_holidays": True,
        "hours": [([0, 2, 4], "09:00", "11:30")],
        "exceptions": [],
    },
]

ARTICLE_INDEX = {
    "slug": "law",
    "title": "普法园地",
    "intro": (
        "用身边的事讲法律：婚姻家庭、邻里相处、买东西、防诈骗……"
        "每篇文章都经律师审核，遇到具体问题请到服务点咨询或拨打 12348。"
    ),
}

QUIZZES = [
    {
        "slug": "civil-code-quiz",
        "title": "民法典与家庭生活有奖问答（示例）",
        "intro": "五道题，答完马上看答案和解析。答对四题以上，可凭本页截图到社区法治工作室领取小礼品（示例活动）。",
        "questions": [
            {
                "question": "民法典要求家庭应当树立什么？",
                "choices": ["优良家风", "严格家规", "统一作息"],
                "correct": 1,
                "explanation": "<p>《中华人民共和国民法典》第一千零四十三条：家庭应当树立优良家风，弘扬家庭美德，重视家庭文明建设。</p>",
            },
            {
                "question": "处理邻里之间的相邻关系，民法典提出的原则不包括哪一项？",
                "choices": [
                    "有利生产、方便生活",
                    "团结互助、公平合理",
                    "先来后到、谁占归谁",
                ],
                "correct": 3,
                "explanation": "<p>民法典第二百八十八条要求按照有利生产、方便生活、团结互助、公平合理的原则，正确处理相邻关系。</p>",
            },
            {
                "question": "成年子女对父母负有什么义务？",
                "choices": [
                    "赡养、扶助和保护的义务",
                    "只在父母生病时照顾",
                    "没有法定义务",
                ],
                "correct": 1,
                "explanation": "<p>民法典第一千零六十七条规定，成年子女不履行赡养义务的，缺乏劳动能力或者生活困难的父母，有要求成年子女给付赡养费的权利。</p>",
            },
        ],
    },
    {
        "slug": "consumer-and-aid-quiz",
        "title": "消费维权与法律援助小测验（示例）",
        "intro": "三道题，看看您对网购退货和法律援助了解多少。",
        "questions": [
            {
                "question": "网上买的普通商品，收到后多少天内一般可以无理由退货？",
                "choices": ["三天", "七天", "三十天"],
                "correct": 2,
                "explanation": "<p>《中华人民共和国消费者权益保护法》第二十五条：经营者采用网络、电视、电话、邮购等方式销售商品，消费者有权自收到商品之日起七日内退货，且无需说明理由（定作、鲜活易腐等商品除外）。</p>",
            },
            {
                "question": "法律援助是向谁提供的？",
                "choices": [
                    "所有人，按小时收费",
                    "经济困难公民和符合法定条件的其他当事人，无偿提供",
                    "只向企业提供",
                ],
                "correct": 2,
                "explanation": "<p>《中华人民共和国法律援助法》第二条：法律援助是国家建立的为经济困难公民和符合法定条件的其他当事人无偿提供法律咨询、代理、刑事辩护等法律服务的制度。</p>",
            },
            {
                "question": "全国统一的公共法律服务热线号码是多少？",
                "choices": ["12345", "12348", "12315"],
                "correct": 2,
                "explanation": "<p>12348 是公共法律服务热线，可以电话咨询法律问题。12345 是政务服务便民热线，12315 是市场监管投诉举报热线。</p>",
            },
        ],
    },
]


ACTIVITY_INDEX = {
    "slug": "activities",
    "title": "每月法治活动",
    "intro": "一月一走访、一月一宣讲、一月一服务、一月一宣传：每个月四件事，把法律送到家门口。",
}

# One activity of each kind a month; the loader spreads them over a year.
ACTIVITY_TEMPLATES = [
    {
        "type": "visit",
        "title": "{month}月法律走访：上门看望独居老人",
        "day": 6,
        "start": "09:30",
        "end": "11:30",
        "point": None,
        "place": "各小区独居老人家中",
        "summary": "法律志愿者和网格员一起上门，了解老人遇到的赡养、房产和消费问题，现场解答。",
    },
    {
        "type": "talk",
        "title": "{month}月法治宣讲：身边的民法典",
        "day": 12,
        "start": "14:30",
        "end": "16:00",
        "point": "rule-of-law-studio",
        "place": "",
        "summary": "律师用身边的案例讲解民法典，讲完留出时间现场答疑。",
    },
    {
        "type": "service",
        "title": "{month}月法律服务日：律师坐班咨询",
        "day": 18,
        "start": "09:00",
        "end": "11:30",
        "point": "mediation-room",
        "place": "",
        "summary": "律师和调解员坐班，接待法律咨询、调解申请和法律援助申请。",
    },
    {
        "type": "publicity",
        "title": "{month}月普法宣传：防范诈骗进广场",
        "day": 25,
        "start": "18:30",
        "end": "20:00",
        "point": None,
        "place": "康乐社区法治文化广场",
        "summary": "结合广场舞时间，用小品和有奖问答宣传防范电信网络诈骗。",
    },
]
