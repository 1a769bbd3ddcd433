"""Demo content for 康乐社区网, written afresh from the community's public facts:
a pure data module (plain Python literals, no imports) that the demo loader turns
into pages, snippets and settings. The area, household and resident counts, the
five governances, the honours and the named places come from the community's
published governance report; anything the report does not state (phone numbers,
office hours, coordinates, per-compound household counts, the unnamed compounds,
people, events and dates) is invented, and every such record is flagged
"is_sample": True so the site can label it 示例内容. Bodies are lists of
(block_name, value) tuples using only the heading, paragraph, quote and table
blocks.
"""

# Site-wide settings. Phone, address and record numbers are fictional.
SITE_SETTINGS = {
    "contact_phone": "0514-0000 0000（示例号码）",
    "contact_address": "江苏省扬州市邗江区康乐社区党群服务中心（示例地址）",
    "office_hours": "周一至周五 8:30–12:00，14:00–17:30",
    "icp_number": "苏ICP备00000000号-1（示例）",
    "police_record_number": "苏公网安备00000000000000号（示例）",
    "hotline": "12348 公共法律服务热线",
    "footer_links": [
        {"title": "扬州市人民政府", "url": "https://www.yangzhou.gov.cn/"},
        {"title": "邗江区人民政府", "url": "https://www.hj.gov.cn/"},
        {"title": "江苏省人民政府", "url": "https://www.jiangsu.gov.cn/"},
        {"title": "中国政府网", "url": "https://www.gov.cn/"},
    ],
}


# Community facts (all from the public report).
COMMUNITY = {
    "name": "康乐社区",
    "tagline": "五治融合 · 邻里康乐",
    "intro": (
        "康乐社区地处扬州市邗江区的城市中心，北面隔着文昌西路便是市委、市政府。"
        "社区占地约0.55平方公里，13个居民小区里住着3306户、11108位居民，"
        "还有24家单位驻在辖区内。社区把政治、德治、法治、自治、共治拧成一股绳，"
        "走出了一条党组织引领、居民和各方一起参与的治理路子。"
    ),
    "area_km2": "0.55",
    "households": 3306,
    "residents": 11108,
    "honours": [
        "全国文明单位",
        "全国和谐社区建设示范社区",
        "全国综合减灾示范社区",
        "全国志愿服务先进集体",
        "国家地震安全示范社区",
        "全国创建学习型家庭示范社区",
        "全国妇女健身示范站点",
        "全国妇联基层组织建设示范社区",
        "全国农村优秀学习型社区",
    ],
}


# The five governances, in their official order; children of /wuzhi/.
GOVERNANCES = [
    {
        "slug": "zhengzhi",
        "title": "政治为领",
        "slogan": "政治明方向",
        "summary": (
            "党组织把方向、管大局，215名党员和23个党建睦邻点把服务送到楼栋门口。"
        ),
        "body": [
            ("heading", {"text": "党组织是社区治理的主心骨", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>在康乐社区的“五治”里，政治排在第一位。社区党组织负责定方向、"
                    "拿主意，德治、法治、自治、共治各项工作都在它的统筹下展开，做到<b>"
                    "哪里有居民，哪里就有党组织的服务</b>。</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "社区党组织一览",
                    "header": ["项目", "数量"],
                    "rows": [
                        ["党员", "215名"],
                        ["党支部", "9个"],
                        ["服务片区", "9个"],
                        ["党建睦邻点", "23个"],
                    ],
                },
            ),
            ("heading", {"text": "睦邻点：家门口的党建阵地", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>23个党建睦邻点分散在各个小区和楼栋之间，党员就近联系身边住户，"
                    "听意见、帮小忙，把党组织的关心落到每一户人家。</p><p>"
                    "党务与政务按规定向居民公开，社区干部每年向居民述职述廉，"
                    "接受大家的评议。</p>"
                ),
            ),
        ],
    },
    {
        "slug": "dezhi",
        "title": "德治为先",
        "slogan": "德治树新风",
        "summary": "以好人文化和家风建设涵养文明风尚，让身边的好人看得见、学得来。",
        "body": [
            ("heading", {"text": "康乐好人一条街", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>“康乐好人一条街”是社区德治工作的招牌，近期刚完成升级。"
                    "街边展示着从居民中推选出来的好人和他们的故事，走过这条街，"
                    "就能认识住在身边的榜样。</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "人人推好人，人人敬好人，人人赞好人，人人学好人，人人做好人。"
                    ),
                    "attribution": "康乐社区“五好”倡议",
                },
            ),
            (
                "paragraph",
                (
                    "<p>“推”排在第一个字：好人由居民自己推荐，社区审核后公开宣传。"
                    "每年社区评选<b>十佳好邻居、十佳好住户、十佳网格明星</b>，并通过<b>"
                    "和谐榜、尚行榜、厚德榜</b>三块榜单表彰先进。推荐可参照“中国好人”"
                    "的五个类别：助人为乐、见义勇为、诚实守信、敬业奉献、孝老爱亲。</p>"
                ),
            ),
            ("heading", {"text": "家风建设", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>社区开展“双晒双做”活动：</p><ul><li>晒家风，做最美家庭；</li>"
                    "<li>晒金宝，做最美邻居。</li></ul><p>"
                    "社区里建有家风文化长廊和家风文化墙，还编印了《家风家训读本》，"
                    "把好家风收集起来、传下去。</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "“一栋一特”主题楼道",
                    "header": ["主题", "侧重"],
                    "rows": [
                        ["孝老爱亲楼", "尊老敬老、亲情和睦"],
                        ["绿色环保楼", "节约资源、低碳生活"],
                        ["邻里互助楼", "守望相助、互帮互爱"],
                        ["书香楼", "亲子共读、全民阅读"],
                        ["法治楼", "学法守法、依法办事"],
                        ["社会主义核心价值观文化楼", "把核心价值观融入日常"],
                    ],
                },
            ),
        ],
    },
    {
        "slug": "fazhi",
        "title": "法治为本",
        "slogan": "法治促规范",
        "summary": "以社区法治工作室为龙头，织密“十分钟法律服务圈”，法律服务就在身边。",
        "body": [
            ("heading", {"text": "十分钟法律服务圈", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>居民从家里出发，走上十分钟左右就能找到法律服务点。"
                    "这些服务点由<b>社区法治工作室</b>牵头，律师、"
                    "法律志愿者和热心的社区名人组成服务团队。</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "法律服务点",
                    "header": ["服务点", "类型"],
                    "rows": [
                        ["社区法治工作室", "牵头服务点"],
                        ["平安法治志愿者工作站", "志愿服务站点"],
                        ["杨庄警务室", "警务室"],
                        ["调解室", "矛盾调解"],
                        ["武捍东工作室", "调解与法律服务工作室"],
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>服务圈提供的服务包括：</p><ul><li>法治宣传教育</li><li>"
                    "矛盾调解</li><li>法律援助</li><li>社区矫正</li><li>安置帮教</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "每月四个“一”", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>法治工作按月推进，每个月都有固定动作：</p><ol><li>"
                    "一月一走访</li><li>一月一宣讲</li><li>一月一服务</li><li>"
                    "一月一宣传</li></ol><p>线上有微信群、QQ群、微博和有奖问答，"
                    "线下有法治学校、法治书屋和法治文化广场，还会结合时事排演法治小品、"
                    "舞蹈和相声。社区公共服务目录清单把民政、低保、残联、市容、环保、"
                    "安全等方面的法定职责和协助事项一一列明，方便居民对照办事。</p>"
                ),
            ),
        ],
    },
    {
        "slug": "zizhi",
        "title": "自治为基",
        "slogan": "自治增动力",
        "summary": "居民的事居民商量着办：民生茶馆议事、楼群自管，让居民当家作主。",
        "body": [
            ("heading", {"text": "康乐民生茶馆", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>民生茶馆是居民坐下来商量事情的地方，协商分社区、小组、"
                    "个人三个层面进行，一般按以下步骤走：</p><ol><li>提出议题</li><li>"
                    "确定议题</li><li>开展协商</li><li>形成决定并落实</li><li>"
                    "公开结果</li></ol>"
                ),
            ),
            (
                "table",
                {
                    "caption": "“听议决做评”五字工作法",
                    "header": ["环节", "做什么"],
                    "rows": [
                        ["听", "通过网格走访、联系卡、热线电话和民情采集箱听取民意"],
                        ["议", "把居民关心的事摆到桌面上商量"],
                        ["决", "按程序形成决定"],
                        ["做", "分工落实，办成实事"],
                        ["评", "由居民评价办得好不好"],
                    ],
                },
            ),
            ("heading", {"text": "武庄8号楼群自管会", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>武庄8号楼群是一片没有物业管理的老楼，居民成立自管会，"
                    "按照“1+X×N”的模式自己管理楼群事务。"
                    "自管会的工作纪实曾由民政部向全国推介。此外，"
                    "居民公约和民情恳谈也是社区自治的重要方式。</p>"
                ),
            ),
        ],
    },
    {
        "slug": "gongzhi",
        "title": "共治为魂",
        "slogan": "共治铸和谐",
        "summary": "驻区单位、公益组织、志愿者和爱心商家携手，一起把社区的事办好。",
        "body": [
            ("heading", {"text": "驻区单位共建", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>辖区内有24家驻区单位，其中包括省渔管会、市中级法院、市人社局、"
                    "市残联、新华中学和四季园派出所，它们和社区结对共建，各尽所能。</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "志愿服务力量",
                    "header": ["项目", "数量"],
                    "rows": [
                        ["公益组织", "8家（含康乐好人义工联盟）"],
                        ["志愿服务队", "15支"],
                        ["注册志愿者", "1058名"],
                    ],
                },
            ),
            ("heading", {"text": "微项目与爱心商家", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>社区的微项目分为四类：</p><ul><li>便民惠民</li><li>"
                    "志愿服务</li><li>自治共管</li><li>创业</li></ul><p>"
                    "周边商家也主动出力，为独居老人免费修脚，开办口腔健康讲座，"
                    "逢年过节上门走访慰问。</p>"
                ),
            ),
        ],
    },
]


# 13 residential compounds. Only the first three names are real; all
# coordinates and household counts are invented (households sum to 3306).
COMPOUNDS = [
    {
        "name": "康乐新村",
        "description": "与社区同名的居民小区，是社区公开资料中点名的三个小区之一。",
        "latitude": "32.391850",
        "longitude": "119.399200",
        "households": 612,
        "is_sample": False,
    },
    {
        "name": "杨庄街坊",
        "description": "社区公开资料中点名的三个小区之一。",
        "latitude": "32.389600",
        "longitude": "119.401900",
        "households": 486,
        "is_sample": False,
    },
    {
        "name": "名门都汇",
        "description": "社区公开资料中点名的三个小区之一。",
        "latitude": "32.392650",
        "longitude": "119.403600",
        "households": 398,
        "is_sample": False,
    },
    {
        "name": "文昌苑",
        "description": "示例小区：沿文昌西路南侧的多层住宅小区。",
        "latitude": "32.393100",
        "longitude": "119.397000",
        "households": 236,
        "is_sample": True,
    },
    {
        "name": "四季园小区",
        "description": "示例小区：绿化较好的老小区，楼前种有桂花和银杏。",
        "latitude": "32.390400",
        "longitude": "119.396800",
        "households": 210,
        "is_sample": True,
    },
    {
        "name": "武庄小区",
        "description": "示例小区：以老楼为主，部分楼栋由居民自管会管理。",
        "latitude": "32.388500",
        "longitude": "119.398300",
        "households": 188,
        "is_sample": True,
    },
    {
        "name": "杨庄北苑",
        "description": "示例小区：紧邻杨庄街坊的住宅小区。",
        "latitude": "32.391000",
        "longitude": "119.402300",
        "households": 172,
        "is_sample": True,
    },
    {
        "name": "康乐东苑",
        "description": "示例小区：社区东部的多层住宅小区。",
        "latitude": "32.390900",
        "longitude": "119.404500",
        "households": 204,
        "is_sample": True,
    },
    {
        "name": "绿杨新苑",
        "description": "示例小区：楼间有小游园，是居民晨练的好去处。",
        "latitude": "32.388700",
        "longitude": "119.403900",
        "households": 168,
        "is_sample": True,
    },
    {
        "name": "竹西雅苑",
        "description": "示例小区：规模不大的小高层住宅小区。",
        "latitude": "32.393000",
        "longitude": "119.400800",
        "households": 150,
        "is_sample": True,
    },
    {
        "name": "梅香苑",
        "description": "示例小区：社区中部的住宅小区，邻近党群服务中心。",
        "latitude": "32.390300",
        "longitude": "119.400100",
        "households": 162,
        "is_sample": True,
    },
    {
        "name": "银杏花园",
        "description": "示例小区：以银杏为行道树的花园式小区。",
        "latitude": "32.389200",
        "longitude": "119.400500",
        "households": 176,
        "is_sample": True,
    },
    {
        "name": "怡和苑",
        "description": "示例小区：社区西南角的住宅小区。",
        "latitude": "32.388300",
        "longitude": "119.396500",
        "households": 144,
        "is_sample": True,
    },
]


# Plain pages. The governance pages are created under /wuzhi/ from
# GOVERNANCES, so wuzhi lists no children here.
ABOUT_PAGES = [
    {
        "slug": "about",
        "title": "社区简介",
        "summary": (
            "康乐社区位于扬州市邗江区城市中心，面积0.55平方公里，常住3306户、11108人。"
        ),
        "show_in_menus": True,
        "is_sample": False,
        "body": [
            ("heading", {"text": "社区概况", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>康乐社区属于江苏省扬州市邗江区，位于城市中心地带，"
                    "与北面的市委、市政府只隔一条文昌西路。社区面积不大，"
                    "居民和驻区单位却相当集中。</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "社区基本情况",
                    "header": ["项目", "数据"],
                    "rows": [
                        ["面积", "约0.55平方公里"],
                        ["户数", "3306户"],
                        ["居民", "11108人"],
                        ["居民小区", "13个"],
                        ["驻区单位", "24家"],
                        ["党员", "215名"],
                    ],
                },
            ),
            ("heading", {"text": "驻区单位", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>辖区内的24家驻区单位中，有省渔管会、市中级法院、市人社局、"
                    "市残联、新华中学和四季园派出所等。这些单位与社区共建共享，"
                    "是社区治理的重要力量。</p>"
                ),
            ),
            ("heading", {"text": "所获国家级荣誉", "level": "h3"}),
            (
                "paragraph",
                (
                    "<ul><li>全国文明单位</li><li>全国和谐社区建设示范社区</li><li>"
                    "全国综合减灾示范社区</li><li>全国志愿服务先进集体</li><li>"
                    "国家地震安全示范社区</li><li>全国创建学习型家庭示范社区</li><li>"
                    "全国妇女健身示范站点</li><li>全国妇联基层组织建设示范社区</li><li>"
                    "全国农村优秀学习型社区</li></ul>"
                ),
            ),
        ],
        "children": [],
    },
    {
        "slug": "wuzhi",
        "title": "五治",
        "summary": (
            "政治为领、德治为先、法治为本、自治为基、共治为魂：康乐社区的基层治理办法。"
        ),
        "show_in_menus": True,
        "is_sample": False,
        "body": [
            ("heading", {"text": "五治融合的治理办法", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>康乐社区把基层治理概括为“五治”。五个方面各有分工，又相互配合："
                    "党组织把方向，好风气打底子，法治立规矩，居民自己当家，"
                    "各方力量一起出力。</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "“五治”一览",
                    "header": ["五治", "定位", "目标"],
                    "rows": [
                        ["政治", "政治为领", "政治明方向"],
                        ["德治", "德治为先", "德治树新风"],
                        ["法治", "法治为本", "法治促规范"],
                        ["自治", "自治为基", "自治增动力"],
                        ["共治", "共治为魂", "共治铸和谐"],
                    ],
                },
            ),
            ("paragraph", "<p>点击下方各栏目，可以分别了解每一项的具体做法。</p>"),
        ],
        "children": [],
    },
    {
        "slug": "contact",
        "title": "联系我们",
        "summary": "社区居委会的办公时间、联系电话和地址。本页电话与时间为示例内容。",
        "show_in_menus": True,
        "is_sample": True,
        "body": [
            ("heading", {"text": "到社区办事", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>欢迎居民来社区咨询、办事或反映情况。<i>以下电话、"
                    "时间和地址均为演示用的示例内容，并非真实信息。</i></p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "办公时间与联系电话（示例）",
                    "header": ["事项", "时间", "电话"],
                    "rows": [
                        [
                            "居委会综合窗口",
                            "周一至周五 8:30–12:00，14:00–17:30",
                            "0514-0000 0000（示例号码）",
                        ],
                        [
                            "社区法治工作室",
                            "每周三 14:00–17:00",
                            "0514-0000 0001（示例号码）",
                        ],
                        ["民情热线", "工作日办公时间", "0514-0000 0002（示例号码）"],
                    ],
                },
            ),
            ("heading", {"text": "其他反映渠道", "level": "h3"}),
            (
                "paragraph",
                (
                    "<p>除了来电和上门，居民还可以：</p><ul><li>联系所在网格的网格员；"
                    "</li><li>按民情联系卡上的方式联系社区；</li><li>"
                    "把意见投进民情采集箱。</li></ul><p>地址："
                    "江苏省扬州市邗江区康乐社区党群服务中心（示例地址）。</p>"
                ),
            ),
        ],
        "children": [],
    },
]


# Illustrations drawn by home.demo.images: each names the subject it shows, and
# its title says so (the subject's words; tests/test_demo_content.py checks).
IMAGES = [
    {
        "key": "good_people_street",
        "title": "康乐好人一条街",
        "subject": "good_people_street",
    },
    {
        "key": "themed_buildings",
        "title": "一栋一特主题楼",
        "subject": "themed_buildings",
    },
    {"key": "family_gallery", "title": "家风文化长廊", "subject": "family_gallery"},
    {"key": "tea_house_talk", "title": "民生茶馆议事", "subject": "tea_house"},
    {"key": "festival_lanterns", "title": "节日灯笼", "subject": "lanterns"},
    {"key": "family_reader", "title": "家风家训读本", "subject": "family_reader"},
    {"key": "law_book_corner", "title": "法治书屋", "subject": "law_book_corner"},
    {"key": "canal_walk", "title": "运河边的步道", "subject": "canal_walk"},
    {"key": "neighbourhood_banquet", "title": "邻里百家宴", "subject": "banquet"},
]


# News articles. Every event, person and date is invented (is_sample).
NEWS = [
    {
        "slug": "wuzhuang-8-annual-meeting-2025",
        "title": "武庄8号楼群自管会召开年终楼群议事会",
        "date": "2025-11-22",
        "source": "武庄8号楼群自管会",
        "tags": ["自治", "共治"],
        "summary": "自管会向居民报告一年来的收支和办成的实事，并商定明年要办的三件事。",
        "image": "tea_house_talk",
        "is_sample": True,
        "body": [
            (
                "paragraph",
                (
                    "<p>11月下旬，武庄8号楼群自管会在楼群活动室召开年终议事会，"
                    "四十多位居民代表到场。武庄8号楼群是一片没有物业的老楼，楼道保洁、"
                    "路灯维修这些日常事务，都靠自管会带着大家一起张罗。</p>"
                ),
            ),
            ("heading", {"text": "一年账目当面算清", "level": "h2"}),
            (
                "table",
                {
                    "caption": "2025年楼群实事（示例数据）",
                    "header": ["事项", "完成情况"],
                    "rows": [
                        ["楼道灯更换为声控灯", "已完成"],
                        ["雨棚漏水修补", "已完成"],
                        ["非机动车停放划线", "已完成"],
                        ["单元门禁维修", "部分完成"],
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>会上，居民们举手表决，确定了明年的三件实事：疏通楼群雨水管、"
                    "增设晾晒架、为高龄老人安装楼道扶手。</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "自己的楼自己管，钱花在哪儿大家都看得见，心里踏实。",
                    "attribution": "居民代表 周阿姨（示例人物）",
                },
            ),
        ],
    },
    {
        "slug": "free-foot-care-for-elderly-2025",
        "title": "爱心商家上门为独居老人免费修脚",
        "date": "2025-12-16",
        "source": "康乐社区居委会",
        "tags": ["共治", "志愿服务"],
        "summary": "入冬后，辖区一家足浴店的师傅走进独居老人家中，免费修脚护理。",
        "image": None,
        "is_sample": True,
        "body": [
            (
                "paragraph",
                (
                    "<p>天气转冷，老人脚部问题容易加重。社区联系辖区一家足浴店，"
                    "请三位修脚师傅跟着网格员，挨家挨户为独居老人上门服务。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>当天共服务老人十八位。师傅们一边修脚，"
                    "一边提醒老人冬天注意保暖、勤换鞋袜。</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "年纪大了弯不下腰，指甲一直没法剪，今天可算舒服了。",
                    "attribution": "独居老人 钱大爷（示例人物）",
                },
            ),
            (
                "paragraph",
                (
                    "<p>社区表示，这项服务将每季度开展一次，"
                    "有需要的独居老人可以向所在网格员登记。</p>"
                ),
            ),
        ],
    },
    {
        "slug": "volunteer-day-march-2026",
        "title": "学雷锋志愿服务日：志愿者走上街头办实事",
        "date": "2026-03-05",
        "source": "康乐好人义工联盟",
        "tags": ["志愿服务", "活动"],
        "summary": (
            "3月5日，十余支志愿服务队在社区广场设摊，理发、量血压、修小家电一条龙。"
        ),
        "image": None,
        "is_sample": True,
        "body": [
            (
                "paragraph",
                (
                    "<p>3月5日上午，康乐好人义工联盟联合社区多支志愿服务队，"
                    "在社区广场摆开服务摊位。社区目前共有1058名注册志愿者，"
                    "这一天来了一百多位。</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "当天服务项目（示例数据）",
                    "header": ["项目", "服务人次"],
                    "rows": [
                        ["义务理发", "46"],
                        ["测血压、血糖", "83"],
                        ["小家电维修", "27"],
                        ["磨剪刀、修雨伞", "35"],
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>不少居民当场填表，报名成为注册志愿者。义工联盟负责人说，"
                    "欢迎更多居民根据自己的特长加入进来。</p>"
                ),
            ),
        ],
    },
    {
        "slug": "good-people-street-upgraded",
        "title": "康乐好人一条街完成升级，新面貌与居民见面",
        "date": "2026-03-26",
        "source": "康乐社区居委会",
        "tags": ["德治", "好人好事"],
        "summary": (
            "好人一条街换上新展板，增加了好人故事和居民推荐留言区，欢迎大家来逛逛。"
        ),
        "image": "good_people_street",
        "is_sample": True,
        "body": [
            (
                "paragraph",
                (
                    "<p>经过一个多月的施工，康乐好人一条街的升级工程近日完工。"
                    "这条街是社区德治工作的招牌，展示着一位位从居民中推选出来的好人。"
                    "</p>"
                ),
            ),
            ("heading", {"text": "这次升级了什么", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>更换全部展板，按助人为乐、见义勇为、诚实守信、敬业奉献、"
                    "孝老爱亲五类重新编排好人故事；</li><li>新设和谐榜、尚行榜、"
                    "厚德榜展示区；</li><li>增加一块留言板，居民可以写下想推荐的好人。"
                    "</li></ul>"
                ),
            ),
            (
                "quote",
                {
                    "text": "每天买菜都从这儿走，看到邻居上了榜，我也跟着高兴。",
                    "attribution": "居民 吴奶奶（示例人物）",
                },
            ),
        ],
    },
    {
        "slug": "monthly-legal-talk-april-2026",
        "title": "四月“一月一宣讲”：律师讲讲邻里纠纷怎么依法解决",
        "date": "2026-04-15",
        "source": "社区法治工作室",
        "tags": ["法治", "普法"],
        "summary": "本月宣讲聚焦噪音、漏水、占道停车等常见邻里纠纷，律师现场答疑。",
        "image": "law_book_corner",
        "is_sample": True,
        "body": [
            (
                "paragraph",
                (
                    "<p>按照每月“一月一宣讲”的安排，"
                    "社区法治工作室本月请来一位志愿律师，"
                    "在法治学校给居民上了一堂普法课。</p>"
                ),
            ),
            ("heading", {"text": "宣讲要点", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ol><li>相邻关系要讲“方便、互谅”，遇事先沟通；</li><li>楼上漏水，"
                    "先固定证据，再找物业或社区调解；</li><li>协商不成，"
                    "可以申请人民调解，必要时再走诉讼。</li></ol>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>讲座结束后，律师留下来回答了十多位居民的问题。"
                    "下个月的宣讲主题将在社区公告栏和居民微信群提前公布。</p>"
                ),
            ),
        ],
    },
    {
        "slug": "show-your-family-tradition-2026",
        "title": "“晒家风、做最美家庭”征集活动开始啦",
        "date": "2026-04-28",
        "source": "康乐社区居委会",
        "tags": ["家风", "德治", "活动"],
        "summary": (
            "社区面向全体居民征集家风家训和家庭故事，优秀作品将在家风文化墙展出。"
        ),
        "image": "family_gallery",
        "is_sample": True,
        "body": [
            (
                "paragraph",
                (
                    "<p>“双晒双做”是社区的老品牌活动。今年的“晒家风、做最美家庭”"
                    "征集从即日起开始，到6月底结束。</p>"
                ),
            ),
            ("heading", {"text": "怎么参加", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>写下您家的一条家训，或讲一个传承家风的小故事；</li><li>"
                    "可附一张全家福或老照片；</li><li>交给所在网格员，"
                    "或送到社区居委会。</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>入选作品将陈列在家风文化长廊和家风文化墙上，"
                    "部分内容还会收进新一版《家风家训读本》。</p>"
                ),
            ),
        ],
    },
    {
        "slug": "online-legal-quiz-results-2026",
        "title": "线上普法有奖问答结果出炉，三百多位居民参与",
        "date": "2026-05-20",
        "source": "社区法治工作室",
        "tags": ["普法", "法治"],
        "summary": (
            "本期问答围绕防范电信诈骗和民法典常识，答对全部题目的居民可领小奖品。"
        ),
        "image": None,
        "is_sample": True,
        "body": [
            (
                "paragraph",
                (
                    "<p>5月，社区法治工作室在居民微信群和QQ群里发起一期普法有奖问答，"
                    "共10道题，内容涉及防范电信诈骗、民法典中的婚姻家庭和继承常识。</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "本期问答情况（示例数据）",
                    "header": ["项目", "数据"],
                    "rows": [
                        ["参与人数", "326人"],
                        ["全部答对", "118人"],
                        ["错误率最高的题目", "遗嘱的几种法定形式"],
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>全部答对的居民，可凭手机截图到社区居委会领取小奖品一份。"
                    "工作人员还把错误率较高的题目整理成图文解析，发在了群里。</p>"
                ),
            ),
        ],
    },
    {
        "slug": "new-reading-themed-stairwell",
        "title": "“一栋一特”再添新成员：又一栋书香楼布置完成",
        "date": "2026-06-10",
        "source": "康乐社区居委会",
        "tags": ["德治", "自治"],
        "summary": "楼里居民一起商量选定“书香楼”主题，自己动手布置楼道图书角。",
        "image": "themed_buildings",
        "is_sample": True,
        "body": [
            (
                "paragraph",
                (
                    "<p>“一栋一特”按照每栋楼居民的特点确定楼道主题。"
                    "这次布置的楼栋里有不少退休教师和上学的孩子，大家商量后，"
                    "选定了“书香楼”这个主题。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>居民们捐出两百多本藏书，在一楼设了共享图书角，"
                    "各层楼道张贴了孩子们画的读书小报。</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "书放在楼道里，谁想看就拿，看完放回来，邻居之间也多了话题。"
                    ),
                    "attribution": "楼栋长 孙老师（示例人物）",
                },
            ),
            (
                "paragraph",
                (
                    "<p>目前社区已有孝老爱亲楼、绿色环保楼、邻里互助楼、书香楼、"
                    "法治楼和社会主义核心价值观文化楼等多种主题楼道。</p>"
                ),
            ),
        ],
    },
    {
        "slug": "tea-house-ebike-charging",
        "title": "民生茶馆议事：电动车充电难，大家坐下来商量",
        "date": "2026-06-24",
        "source": "康乐民生茶馆",
        "tags": ["自治", "共治"],
        "summary": "居民、楼栋长和驻区单位代表围坐议事，商定在小区空地建设集中充电棚。",
        "image": "tea_house_talk",
        "is_sample": True,
        "body": [
            (
                "paragraph",
                (
                    "<p>不少居民通过民情采集箱反映，楼道里“飞线”充电不安全，"
                    "可小区里又没有充电的地方。社区把这件事拿到民生茶馆来议。</p>"
                ),
            ),
            ("heading", {"text": "议事过程", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ol><li>提出议题：楼道充电有隐患，需要集中充电点；</li><li>"
                    "确定议题：选址、费用和管理三个问题；</li><li>开展协商：居民代表、"
                    "楼栋长和驻区单位代表各抒己见；</li><li>形成决定："
                    "在小区东侧空地建设充电棚，按次付费；</li><li>公开结果："
                    "议事结果张贴在各单元公告栏。</li></ol>"
                ),
            ),
            (
                "paragraph",
                "<p>充电棚预计两个月内建成，届时社区将组织居民评一评效果。</p>",
            ),
        ],
    },
    {
        "slug": "mediation-water-leak-dispute",
        "title": "调解室化解一起楼上楼下漏水纠纷",
        "date": "2026-07-16",
        "source": "社区法治工作室",
        "tags": ["法治"],
        "summary": "两户邻居因漏水闹了半年别扭，调解员三次上门，最终双方握手言和。",
        "image": None,
        "is_sample": True,
        "body": [
            (
                "paragraph",
                (
                    "<p>某小区两户上下楼邻居，因为卫生间漏水问题争执了半年，"
                    "一度互不说话。今年6月，楼下住户来到社区调解室求助。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>调解员先后三次上门，请来维修师傅查明漏点，"
                    "又把双方请到调解室面对面沟通，最后商定由楼上住户负责维修，"
                    "楼下的墙面损失双方分担。</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "远亲不如近邻，话说开了，疙瘩也就解开了。",
                    "attribution": "社区调解员（示例人物）",
                },
            ),
            (
                "paragraph",
                (
                    "<p>社区提醒居民，遇到邻里纠纷可以先到调解室或法治工作室咨询，"
                    "调解服务免费。</p>"
                ),
            ),
        ],
    },
    {
        "slug": "dental-health-talk-2026",
        "title": "口腔健康讲座走进社区，牙医教老人护牙",
        "date": "2026-08-08",
        "source": "康乐社区居委会",
        "tags": ["共治", "活动"],
        "summary": "辖区一家口腔诊所的医生来到社区，讲解老年人护牙知识并免费检查。",
        "image": None,
        "is_sample": True,
        "body": [
            (
                "paragraph",
                (
                    "<p>8月8日下午，辖区一家口腔诊所的两位医生来到社区活动室，"
                    "为六十多位居民开了一场口腔健康讲座。</p>"
                ),
            ),
            ("heading", {"text": "医生的几点提醒", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>早晚刷牙，每次不少于两分钟；</li><li>假牙每天取下清洗，"
                    "睡前泡在清水里；</li><li>牙龈经常出血，要及时就医；</li><li>"
                    "每年至少做一次口腔检查。</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>讲座后，医生为四十余位老人做了免费口腔检查。"
                    "这是爱心商家参与社区共治的又一次行动。</p>"
                ),
            ),
        ],
    },
    {
        "slug": "party-neighbourhood-point-open-day",
        "title": "党建睦邻点开放日：党员就在家门口",
        "date": "2026-08-28",
        "source": "社区党委",
        "tags": ["党建", "志愿服务"],
        "summary": "各睦邻点同日开放，党员志愿者为居民量血压、代缴费、收集意见。",
        "image": None,
        "is_sample": True,
        "body": [
            (
                "paragraph",
                (
                    "<p>社区23个党建睦邻点分布在各个小区和楼栋之间。8月底的开放日上，"
                    "各睦邻点的党员志愿者都在门口摆开桌子，迎接来访的邻居。</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "开放日情况（示例数据）",
                    "header": ["项目", "数据"],
                    "rows": [
                        ["参与党员", "97人"],
                        ["接待居民", "420余人次"],
                        ["收集意见建议", "38条"],
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>收集到的意见，已按“听、议、决、做、评”"
                    "的流程交由各片区逐条办理，办理结果将在睦邻点公示。</p>"
                ),
            ),
        ],
    },
    {
        "slug": "family-maxims-reader-new-edition",
        "title": "新版《家风家训读本》发到居民手中",
        "date": "2026-09-12",
        "source": "康乐社区居委会",
        "tags": ["家风", "德治"],
        "summary": "新版读本收录了今年征集到的居民家训和家庭故事，免费向居民发放。",
        "image": "family_reader",
        "is_sample": True,
        "body": [
            (
                "paragraph",
                (
                    "<p>在上半年“晒家风”征集的基础上，社区对《家风家训读本》"
                    "进行了修订，新增了一批居民自己写下的家训和家庭故事。</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "吃饭不剩一粒米，做人不欠一份情。",
                    "attribution": "读本收录的一则居民家训（示例）",
                },
            ),
            (
                "paragraph",
                (
                    "<p>新版读本已通过网格员陆续发放到各家各户，"
                    "社区居委会和法治书屋也备有阅览本，欢迎居民取阅。</p>"
                ),
            ),
        ],
    },
    {
        "slug": "mid-autumn-visits-2026",
        "title": "中秋国庆前夕，社区与驻区单位走访慰问困难家庭",
        "date": "2026-09-23",
        "source": "康乐社区居委会",
        "tags": ["共治", "志愿服务"],
        "summary": (
            "社区工作人员与驻区单位、爱心商家一起上门，"
            "给困难家庭和高龄老人送去节日祝福。"
        ),
        "image": "festival_lanterns",
        "is_sample": True,
        "body": [
            (
                "paragraph",
                (
                    "<p>中秋、国庆双节临近，社区联合驻区单位和爱心商家，"
                    "分组走访辖区内的低保家庭、残疾人家庭和高龄独居老人。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>每到一户，大家都坐下来拉拉家常，问问身体和生活上有什么难处，"
                    "并送上月饼、食用油等节日慰问品。</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "每年过节都有人惦记着，这个社区让人心里暖。",
                    "attribution": "受访居民 郑奶奶（示例人物）",
                },
            ),
        ],
    },
    {
        "slug": "good-neighbour-nominations-open",
        "title": "年度“十佳好邻居”推荐开始，人人都能推好人",
        "date": "2026-10-15",
        "source": "康乐社区居委会",
        "tags": ["德治", "好人好事"],
        "summary": "十佳好邻居、十佳好住户、十佳网格明星同步接受推荐，截止到10月底。",
        "image": "good_people_street",
        "is_sample": True,
        "body": [
            (
                "paragraph",
                (
                    "<p>“人人推好人”是社区“五好”倡议的第一条。今年的十佳好邻居、"
                    "十佳好住户和十佳网格明星推荐从即日起开始。</p>"
                ),
            ),
            ("heading", {"text": "推荐方式", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li>在本网站“推荐好人”页面填写推荐表；</li><li>"
                    "在好人一条街的留言板上写下推荐；</li><li>向所在网格员口头推荐。"
                    "</li></ul><p>所有推荐经社区审核后公示，"
                    "再由居民代表评议产生最终名单。</p>"
                ),
            ),
        ],
    },
    {
        "slug": "legal-sketch-show-2026",
        "title": "法治文化广场上演普法小品，居民笑中学法",
        "date": "2026-11-06",
        "source": "平安法治志愿者工作站",
        "tags": ["普法", "活动"],
        "summary": "志愿者自编自演小品、相声和舞蹈，把防诈骗、反家暴等内容搬上舞台。",
        "image": None,
        "is_sample": True,
        "body": [
            (
                "paragraph",
                (
                    "<p>11月6日傍晚，法治文化广场上座无虚席。"
                    "平安法治志愿者工作站的志愿者们带来了一台自编自演的普法节目。</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "节目单（示例）",
                    "header": ["节目", "形式", "主题"],
                    "rows": [
                        ["《“孙子”来电》", "小品", "防范电信诈骗"],
                        ["《说说家务事》", "相声", "反家庭暴力"],
                        ["《邻里和》", "舞蹈", "邻里和睦"],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>演出间隙还穿插了现场有奖问答，答对的居民领到了法治宣传手册。</p>",
            ),
        ],
    },
    {
        "slug": "good-neighbours-announced-2026",
        "title": "2026年度“十佳好邻居”名单揭晓",
        "date": "2026-11-25",
        "source": "康乐社区居委会",
        "tags": ["德治", "好人好事", "活动"],
        "summary": "经居民推荐、社区审核和代表评议，十位好邻居登上和谐榜。",
        "image": "good_people_street",
        "is_sample": True,
        "body": [
            (
                "paragraph",
                (
                    "<p>经过居民推荐、社区审核、公示和居民代表评议，"
                    "2026年度“十佳好邻居”名单正式揭晓，十位好邻居的事迹将登上和谐榜，"
                    "并在好人一条街展出。</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "部分入选者事迹（示例人物）",
                    "header": ["入选者", "事迹"],
                    "rows": [
                        ["陈阿姨", "十年如一日照顾对门的独居老人"],
                        ["刘师傅", "义务为楼里邻居修水管、换灯泡"],
                        ["林同学", "每周末陪楼里的孩子读书、写作业"],
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": "邻居之间搭把手是应该的，没想到还能上榜。",
                    "attribution": "入选居民 刘师傅（示例人物）",
                },
            ),
            (
                "paragraph",
                (
                    "<p>颁奖当天，居民们还一起沿运河步道健步走，"
                    "为新一届好邻居送上祝贺。</p>"
                ),
            ),
        ],
    },
]


# Words residents type and the words the site uses for the same thing.
SEARCH_SYNONYMS = [
    {"term": "打官司", "alternatives": "诉讼、起诉"},
    {"term": "找律师", "alternatives": "法律援助、律师"},
    {"term": "老人", "alternatives": "老年人"},
    {"term": "吵架", "alternatives": "纠纷、矛盾调解"},
    {"term": "骗子", "alternatives": "诈骗"},
]

# Drafts the demo editor has written, so the review queue is not empty: one is
# waiting for a 审核员, one came back with a request for changes.
DRAFT_NEWS = [
    {
        "slug": "winter-water-pipes-draft",
        "title": "入冬前请检查家中水管保温（草稿）",
        "date": "2026-11-24",
        "source": "康乐社区居委会",
        "summary": "气温将降到零下，请给室外和楼道里的水管包好保温层。",
        "changes_requested": None,
        "body": [
            (
                "paragraph",
                (
                    "<p>天气预报说下周最低气温会降到零下。请大家检查阳台、楼道里露在外面的"
                    "水管和水表，用旧棉衣或保温棉包好。独居老人家里需要帮忙的，可以联系"
                    "所在网格的网格员。</p>"
                ),
            )
        ],
    },
    {
        "slug": "community-dinner-draft",
        "title": "邻里百家宴报名开始（草稿）",
        "date": "2026-11-23",
        "source": "康乐社区居委会",
        "summary": "冬至前的周末在社区广场办百家宴，每户带一道拿手菜。",
        "changes_requested": "请写明报名截止日期和下雨时的安排。",
        "body": [
            (
                "paragraph",
                (
                    "<p>冬至前的周末，社区在广场上办邻里百家宴，每户带一道拿手菜，"
                    "和邻居们一起过节。欢迎各小区居民报名。</p>"
                ),
            )
        ],
    },
]


# What the generated news of `load_demo --scale` report, one kind of event per
# entry: each title is a compound's name followed by "what". Tags and
# illustrations are those of the news above; image None means no lead image.
GENERATED_NEWS_EVENTS = [
    {
        "what": "召开居民议事会",
        "tags": ["自治", "共治"],
        "image": "tea_house_talk",
        "source": "康乐社区居委会",
        "detail": "居民代表围坐在一起，把楼道堆物、停车、绿化这些身边事摆上桌面，一件件商量出办法。",
    },
    {
        "what": "开展学雷锋志愿服务",
        "tags": ["志愿服务", "活动"],
        "image": None,
        "source": "康乐社区居委会",
        "detail": "志愿者们理发、量血压、磨剪刀、修小家电，一上午服务了几十位居民。",
    },
    {
        "what": "举办法律咨询进小区活动",
        "tags": ["法治", "普法"],
        "image": "law_book_corner",
        "source": "社区法治工作室",
        "detail": "律师在小区门口摆开桌子，现场解答遗嘱、物业费、邻里纠纷等问题。",
    },
    {
        "what": "开展消防安全演练",
        "tags": ["共治", "活动"],
        "image": None,
        "source": "康乐社区居委会",
        "detail": "消防员教居民使用灭火器，提醒大家电动车不要推进楼道充电。",
    },
    {
        "what": "评出一批“好邻居”",
        "tags": ["德治", "好人好事"],
        "image": "good_people_street",
        "source": "康乐社区居委会",
        "detail": "居民推荐、楼栋公示、社区评议，几位热心肠的老邻居上了光荣榜。",
    },
    {
        "what": "举办家风故事分享会",
        "tags": ["家风", "德治"],
        "image": "family_reader",
        "source": "康乐社区妇联",
        "detail": "几户家庭讲了自家的家训和老规矩，年轻的父母们听得很认真。",
    },
    {
        "what": "组织党员清理楼道堆物",
        "tags": ["党建", "志愿服务"],
        "image": None,
        "source": "康乐社区党委",
        "detail": "党员带头、居民参与，楼道里的旧家具和杂物一个下午就清运干净了。",
    },
    {
        "what": "办起邻里百家宴",
        "tags": ["自治", "活动"],
        "image": "neighbourhood_banquet",
        "source": "康乐社区居委会",
        "detail": "各家端出拿手菜，老邻居和新住户坐在一张长桌边，边吃边聊。",
    },
    {
        "what": "开展防范电信诈骗宣传",
        "tags": ["普法", "法治"],
        "image": None,
        "source": "社区法治工作室",
        "detail": "民警讲了冒充客服、刷单返利等常见骗局，提醒老人接到陌生电话多问一句。",
    },
    {
        "what": "举行健康义诊",
        "tags": ["共治", "活动"],
        "image": None,
        "source": "康乐社区居委会",
        "detail": "医生为老人测血压、测血糖，讲解换季时的养生常识。",
    },
    {
        "what": "组织居民沿运河步道健步走",
        "tags": ["活动"],
        "image": "canal_walk",
        "source": "康乐社区居委会",
        "detail": "一百多位居民沿着运河步道走了一圈，也看了看家门口的新变化。",
    },
    {
        "what": "完成主题楼道布置",
        "tags": ["德治", "自治"],
        "image": "themed_buildings",
        "source": "康乐社区居委会",
        "detail": "楼里的居民一起商量主题、动手布置，楼道墙面换上了新模样。",
    },
]

# The closing line of every generated article, page and story: it says what
# they are for.
GENERATED_NOTE = "本条为批量生成的示例内容，用于检验网站在内容较多时的表现。"
