"""Demo content for the culture (德治) section of 康乐社区网: the 康乐好人一条街,
the honour boards, family traditions, the family-maxim reader, the themed
buildings (一栋一特) and a few resident nominations awaiting review.

A pure data module (plain Python literals, no imports) read by the demo loader.
The boards, campaigns, themes and selections named here come from the
community's published governance report; every person, family, story, building
number, citation and nomination below is invented, and the loader marks all of
it 示例内容. Role models may appear under pen names; stories carry no phone
numbers and no exact addresses. Classic maxims are quoted from well-known texts.
Story-like bodies are lists of (block_name, value) tuples using only the
heading, paragraph and quote blocks.
"""

# Role-model categories, as in the national 中国好人 list (slug, label).
CATEGORIES = [
    ("helping-others", "助人为乐"),
    ("bravery", "见义勇为"),
    ("honesty", "诚实守信"),
    ("dedication", "敬业奉献"),
    ("filial-piety", "孝老爱亲"),
]


# The 康乐好人一条街 index page. Each section's "feature" is its line in the
# home page's 栏目导航.
STREET = {
    "title": "康乐好人一条街",
    "slug": "good-people",
    "feature": "身边的好人和他们的故事",
    "intro": (
        "康乐好人一条街记录着社区里那些平凡又温暖的身影。这里的每一位好人都由居民推荐、"
        "社区评选产生，欢迎您来认识他们，也欢迎您推荐身边的好人。"
    ),
}


# Role models (invented). deed: one line for plaques and boards, at most 40
# characters. honours: (title, year), years between first_honoured_year and
# 2025.
ROLE_MODELS = [
    {
        "slug": "li-ayi-meals",
        "name": "热心的李阿姨",
        "is_pen_name": True,
        "category": "helping-others",
        "compound": "康乐新村",
        "first_honoured_year": 2016,
        "deed": "十年来每天中午给楼里独居老人送一份热饭",
        "honours": [("十佳好邻居", 2017), ("最美志愿者", 2021), ("十佳好邻居", 2024)],
        "summary": "退休后做午饭时总多做一份，给楼上楼下的独居老人送去，一送就是十年。",
        "story": [
            ("heading", {"text": "多做一份饭", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>李阿姨退休前在纺织厂上班。2015年冬天，"
                    "她发现对门的老杨师傅常常只啃几块饼干当午饭，老人子女都在外地，"
                    "腿脚又不方便。第二天中午，李阿姨端着一碗青菜面敲开了门，从那以后，"
                    "她家的灶台上总多出一份饭。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>后来楼里又有两位独居老人成了她的“饭搭子”。"
                    "李阿姨照着各人的情况调整口味：老杨血糖高，米饭里掺些杂粮；"
                    "王奶奶牙口不好，青菜就切得细碎些。她说，饭菜不值几个钱，"
                    "要紧的是每天中午都能进门看一眼，心里踏实。</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "邻居住得近，多走几步路的事，算不上什么。",
                    "attribution": "热心的李阿姨",
                },
            ),
        ],
    },
    {
        "slug": "zhou-jianguo",
        "name": "周建国",
        "is_pen_name": False,
        "category": "helping-others",
        "compound": "杨庄街坊",
        "first_honoured_year": 2014,
        "deed": "退休电工，十余年义务为邻居修理电器、排查线路",
        "honours": [("十佳好邻居", 2015), ("邗江好人", 2019), ("十佳好邻居", 2025)],
        "summary": (
            "从供电部门退休后，他背着工具包走遍小区，修灯、换插座、查线路，从不收钱。"
        ),
        "story": [
            (
                "paragraph",
                (
                    "<p>周建国师傅在供电部门干了三十多年，退休那年，"
                    "他把用惯了的工具包挂在自家门后。谁家灯不亮了、总是跳闸，"
                    "只要在楼栋群里说一声，他放下饭碗就来。十几年下来，"
                    "小区里没请他帮过忙的人家已经不多了。</p>"
                ),
            ),
            ("heading", {"text": "老房子的线路，他心里有本账", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>杨庄街坊楼龄长，不少人家的电线还是当年装修时走的明线。"
                    "周师傅挨家挨户帮着查隐患，发现老化的插座、私拉的电线，"
                    "就耐心劝说更换，还常在楼下给大家讲电动车为什么不能推进楼道"
                    "充电。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>有人往他手里塞红包，他总是摆摆手：“举手之劳，收了钱就变味了。”"
                    "如今他带了两个年轻的徒弟，想把这门手艺和这份热心一起传下去。</p>"
                ),
            ),
        ],
    },
    {
        "slug": "wang-laoshi-tutor",
        "name": "退休的王老师",
        "is_pen_name": True,
        "category": "helping-others",
        "compound": "文昌苑",
        "first_honoured_year": 2018,
        "deed": "在小区活动室开办免费的“四点半课堂”",
        "honours": [("最美志愿者", 2020), ("十佳好邻居", 2024)],
        "summary": (
            "退休教师在小区活动室陪双职工家庭的孩子写作业，分文不取，已经坚持了七年。"
        ),
        "story": [
            (
                "paragraph",
                (
                    "<p>王老师在中学教了三十五年语文。退休后她注意到，"
                    "小区里不少双职工家庭的孩子放学后没人照看，只能在楼下转悠。"
                    "2018年春天，她向社区借了活动室，门口挂出一块手写的小牌子："
                    "四点半课堂，欢迎来写作业。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>起初只来了三个孩子，后来桌子越拼越长。王老师不上课、不收费，"
                    "只陪着孩子们把作业写完，再帮着检查一遍，遇到不会的题就一点点引导。"
                    "几位退休的老邻居也被她请来帮忙，有人教数学，有人教毛笔字。</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "孩子们放学后有个安稳的去处，家长在单位也能安心上班。",
                    "attribution": "退休的王老师",
                },
            ),
        ],
    },
    {
        "slug": "chen-xiumei",
        "name": "陈秀梅",
        "is_pen_name": False,
        "category": "helping-others",
        "compound": "四季园小区",
        "first_honoured_year": 2019,
        "deed": "带领“爱心编织组”为困难老人织毛衣毛裤",
        "honours": [("十佳好邻居", 2019), ("十佳好邻居", 2025)],
        "summary": (
            "她把小区里爱织毛线的阿姨们聚到一起，每年冬天给困难老人和环卫工人送去手"
            "织的毛衣。"
        ),
        "story": [
            ("heading", {"text": "一根毛线牵起的情谊", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>陈秀梅年轻时是厂里出了名的巧手。2019年秋天，她在楼下织毛衣，"
                    "几位阿姨围过来聊天，有人说起隔壁楼的独居老人入冬了还穿着单薄的旧"
                    "衣服。大家一合计，干脆一起织。就这样，十几个人的“爱心编织组”"
                    "成立了。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>毛线有的是大家自己掏钱买的，有的是居民送来的旧毛衣拆洗后重新织"
                    "的。每年入冬，编织组都会把织好的毛衣、围巾和护膝送到困难老人家中，"
                    "也给小区门口的环卫工人留上一份。几年下来，已经送出四百多件。</p>"
                ),
            ),
        ],
    },
    {
        "slug": "xiao-zhao-driver",
        "name": "出租车司机小赵",
        "is_pen_name": True,
        "category": "helping-others",
        "compound": "杨庄北苑",
        "first_honoured_year": 2021,
        "deed": "常年免费接送楼里的老人去医院复诊",
        "honours": [("最美志愿者", 2022), ("十佳好邻居", 2024)],
        "summary": (
            "开出租车的小赵把楼里老人的复诊日子记在小本子上，到了时间就开车接送，"
            "从不打表。"
        ),
        "story": [
            (
                "paragraph",
                (
                    "<p>小赵开出租车十来年，车里常备一个小本子，"
                    "上面记着楼里几位老人去医院复诊的日子。到了那天，他会提前收车，"
                    "把老人送到医院门口，陪着挂号、取药，再稳稳当当送回家。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>有一回，楼里的陈奶奶夜里突然胸闷，家里只有老两口。"
                    "老伴慌忙给小赵打电话，他二话没说把老人送到医院急诊，"
                    "一直守到老人的子女赶来。事后老人家要给车费，他笑着说："
                    "“咱们是邻居，这趟不打表。”</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "能帮就帮一把，谁家没有老人呢？",
                    "attribution": "出租车司机小赵",
                },
            ),
        ],
    },
    {
        "slug": "ma-dajie-haircut",
        "name": "马大姐",
        "is_pen_name": True,
        "category": "helping-others",
        "compound": "梅香苑",
        "first_honoured_year": 2013,
        "deed": "每月上门为行动不便的老人义务理发",
        "honours": [("十佳好邻居", 2014), ("扬州好人", 2018), ("十佳好邻居", 2025)],
        "summary": (
            "开过理发店的马大姐背着工具箱上门，给卧床和腿脚不便的老人理发，"
            "十二年没断过。"
        ),
        "story": [
            (
                "paragraph",
                (
                    "<p>马大姐以前在巷口开过一间小理发店，店关了，手艺没丢。2013年，"
                    "她听说邻居家瘫痪在床的老爷子大半年没理过发，"
                    "便带上推子和围布上了门。老人理完发照着镜子直乐，"
                    "这一幕让她下了决心。</p>"
                ),
            ),
            ("heading", {"text": "一只工具箱，走遍几个小区", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>每月第一个周二，马大姐都会背着工具箱出门，"
                    "名单上的老人从最初的三位增加到二十多位。给卧床的老人理发时，"
                    "她请家属帮忙扶着，自己半跪在床边一剪一剪慢慢来，"
                    "理完还要把碎发收拾得干干净净。</p>"
                ),
            ),
        ],
    },
    {
        "slug": "sun-wei",
        "name": "孙伟",
        "is_pen_name": False,
        "category": "bravery",
        "compound": "武庄小区",
        "first_honoured_year": 2017,
        "deed": "楼道起火时冲进浓烟，背出被困的独居老人",
        "honours": [("邗江好人", 2017), ("扬州好人", 2018)],
        "summary": "一次楼道失火，他用湿毛巾捂住口鼻冲上楼，把被困的独居老人背了下来。",
        "story": [
            (
                "paragraph",
                (
                    "<p>2017年初冬的一个傍晚，武庄小区一栋老楼的楼道里，"
                    "堆放的杂物突然起火，浓烟很快往上蹿。"
                    "刚下班回家的孙伟听见有人喊“楼上还有个老奶奶”，"
                    "抓起一条毛巾在水龙头下打湿，捂着口鼻就冲了上去。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>老人行动不便，已经被烟呛得说不出话。孙伟把她背在身上，"
                    "摸着扶手一步步往下走。消防车赶到时，老人已被安全送到楼下。"
                    "孙伟自己因为吸入浓烟在医院观察了一晚，出院后说的第一句话是："
                    "“楼道里的杂物得清一清了。”</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>在他的带动下，这栋楼的居民一起动手清走了楼道里的堆物，"
                    "又凑钱在每层配上灭火器。孙伟成了楼里的义务消防宣传员，"
                    "每年都要带着大家检查一遍。</p>"
                ),
            ),
        ],
    },
    {
        "slug": "liu-xiaogang",
        "name": "刘小刚",
        "is_pen_name": False,
        "category": "bravery",
        "compound": "名门都汇",
        "first_honoured_year": 2020,
        "deed": "跳入河中救起不慎落水的小学生",
        "honours": [("邗江好人", 2020)],
        "summary": (
            "夏日傍晚在河边散步时听到呼救，他来不及脱衣服就跳下水，救起了落水的孩子。"
        ),
        "story": [
            (
                "paragraph",
                (
                    "<p>2020年7月的一个傍晚，刘小刚吃过晚饭在河边散步，"
                    "忽然听到有人喊“孩子掉水里了”。他循声跑去，"
                    "只见一个小男孩在离岸几米远的水里扑腾。他来不及脱衣服，"
                    "踢掉鞋子就跳了下去。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>河水比想象中深，刘小刚从背后托住孩子，一手划水，慢慢游回岸边，"
                    "岸上的人伸手把孩子拉了上去。孩子家长赶来道谢时，"
                    "他已经拎着湿透的鞋子悄悄走了，后来大家四处打听才找到他。</p>"
                ),
            ),
            (
                "quote",
                {"text": "当时没想那么多，换了谁都会跳下去。", "attribution": "刘小刚"},
            ),
        ],
    },
    {
        "slug": "security-lao-he",
        "name": "保安老何",
        "is_pen_name": True,
        "category": "bravery",
        "compound": "康乐东苑",
        "first_honoured_year": 2022,
        "deed": "深夜车棚电动车起火，他第一个拎着灭火器冲上去",
        "honours": [("邗江好人", 2023)],
        "summary": (
            "深夜巡逻时发现车棚里充电的电动车着火，他一边呼喊一边扑救，没让火势蔓延开。"
        ),
        "story": [
            (
                "paragraph",
                (
                    "<p>2022年冬天的一个深夜，在康乐东苑当保安的老何照例巡逻，"
                    "走到车棚附近闻到一股焦糊味，只见一辆正在充电的电动车冒出了火苗。"
                    "他一边大声招呼同事，一边拎起墙边的灭火器冲了上去。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>火苗已经蹿到旁边的车座上，老何顾不上扑面的热浪，"
                    "和赶来的同事先拔掉充电线，再对着火源一阵猛喷，几分钟后明火被扑灭。"
                    "车棚里停着三十多辆车，楼上就是住户，大家都说多亏了老何。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>事后，老何在车棚门口贴了一张手写的提示：充电不过夜，"
                    "人走断电源。他还专门跟着消防员学会了几种灭火器的用法，"
                    "巡逻时逢人就讲，邻居们都叫他“消防老何”。</p>"
                ),
            ),
        ],
    },
    {
        "slug": "xu-jing",
        "name": "徐静",
        "is_pen_name": False,
        "category": "bravery",
        "compound": "银杏花园",
        "first_honoured_year": 2023,
        "deed": "在公交车上当场制止扒窃，协助民警抓获嫌疑人",
        "honours": [("邗江好人", 2024)],
        "summary": (
            "下班途中，她在公交车上发现有人偷老人的钱包，当场出声制止，"
            "一直看住对方等到民警赶来。"
        ),
        "story": [
            (
                "paragraph",
                (
                    "<p>2023年秋天，徐静下班坐公交回家。车上人多，"
                    "她发现一个年轻男子正把手伸进身旁老人的外衣口袋。她没有犹豫，"
                    "一把抓住对方的手腕，大声说：“你在干什么？把东西放回去！”</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>男子甩开她想往车门挤，司机听到动静没有开门，"
                    "几位乘客也围了上来。徐静一边看住对方，一边打电话报警，"
                    "直到民警赶到把人带走。老人拿回了钱包，"
                    "里面是刚取出来的一个月退休金。</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "那一下也害怕，可要是大家都不吭声，小偷就更大胆了。",
                    "attribution": "徐静",
                },
            ),
        ],
    },
    {
        "slug": "zhang-baoshan",
        "name": "张宝山",
        "is_pen_name": False,
        "category": "honesty",
        "compound": "竹西雅苑",
        "first_honoured_year": 2015,
        "deed": "拾到装有两万元现金的挎包，守在原地等回失主",
        "honours": [("邗江好人", 2015), ("扬州好人", 2016)],
        "summary": (
            "开了二十多年小卖部的张宝山，拾到一只装着现金的挎包，"
            "在寒风里等了两个多小时，把它还给了失主。"
        ),
        "story": [
            (
                "paragraph",
                (
                    "<p>张宝山在小区门口开了二十多年小卖部，街坊们都说他家的秤最准。"
                    "2015年腊月的一个早上，他在店门口的长椅上发现一只黑色挎包，"
                    "打开一看，里面有两万元现金和一本病历。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>他猜想失主一定急坏了，便请邻居帮忙看店，自己守在长椅旁等。"
                    "两个多小时后，一位满头大汗的中年人一路找了回来，"
                    "原来这是他给母亲凑的住院费。失主要拿钱感谢，"
                    "张宝山只收下了一句“谢谢”。</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "做生意也好，做人也好，不是自己的东西不能拿。",
                    "attribution": "张宝山",
                },
            ),
        ],
    },
    {
        "slug": "qian-shifu-debt",
        "name": "钱师傅",
        "is_pen_name": True,
        "category": "honesty",
        "compound": "绿杨新苑",
        "first_honoured_year": 2018,
        "deed": "替病故的弟弟还清三万多元欠款",
        "honours": [("扬州好人", 2019)],
        "summary": (
            "弟弟病故后留下一笔欠款，钱师傅按着账本挨家找到债主，"
            "用三年时间一笔一笔还清。"
        ),
        "story": [
            (
                "paragraph",
                (
                    "<p>2018年，钱师傅的弟弟因病去世，留下一个小本子，"
                    "上面记着向亲友和工友借的三万多元。弟媳身体不好，侄子还在上学。"
                    "钱师傅翻着本子想了一夜，第二天就按上面的名字一家家登门，"
                    "说这钱由他来还。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>有的债主说算了，有的连借条都找不到了，"
                    "钱师傅还是坚持按本子上的数目还。他在小区附近打两份零工，省吃俭用，"
                    "三年后还上了最后一笔。他说：“弟弟借钱时是讲了信用的，人走了，"
                    "信用不能丢。”</p>"
                ),
            ),
        ],
    },
    {
        "slug": "hu-lan",
        "name": "胡兰",
        "is_pen_name": False,
        "category": "honesty",
        "compound": "怡和苑",
        "first_honoured_year": 2021,
        "deed": "早点铺十年不掺假、不缺量，多收的钱追出门退还",
        "honours": [("邗江好人", 2022)],
        "summary": (
            "她在小区门口开早点铺，用好油、给足量、明码标价，"
            "街坊们都说吃她家的早点放心。"
        ),
        "story": [
            ("heading", {"text": "一口油锅，十年良心", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>胡兰的早点铺开在怡和苑门口，卖包子、油条和豆浆。"
                    "炸油条的油她每天一换，从不用回锅油；包子馅里的肉是她清早自己去菜场"
                    "挑的。有人劝她省点成本，她说：“街坊天天吃，吃坏了身体，"
                    "我心里过不去。”</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>有一回，一位老人付钱时把五十元当成五元递了过来，"
                    "胡兰忙完一阵才发现，赶紧揣着找零追出去，在公交站台把钱还给了老人。"
                    "这样的事，在她的小铺子里不止发生过一次。</p>"
                ),
            ),
        ],
    },
    {
        "slug": "xiao-lin-student",
        "name": "中学生小林",
        "is_pen_name": True,
        "category": "honesty",
        "compound": "杨庄街坊",
        "first_honoured_year": 2024,
        "deed": "骑车刮蹭路边汽车后，留下字条主动赔偿",
        "honours": [],
        "summary": (
            "上学路上不小心刮花了别人的车，车主不在，他留下一张道歉字条，"
            "主动承担修车费。"
        ),
        "story": [
            (
                "paragraph",
                (
                    "<p>2024年春天的一个早晨，读初二的小林骑车上学，为了躲一辆电动车，"
                    "车把刮到了路边停着的一辆小轿车，车门上留下一道划痕。周围没人看见，"
                    "车主也不在。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>小林犹豫了一会儿，从书包里撕下一张作业纸，写下“对不起，"
                    "是我不小心刮了您的车，修车的钱我们来赔”，又留下家长的联系方式，"
                    "夹在雨刮器上。车主看到字条很感动，说孩子这份担当比修车钱更珍贵，"
                    "坚持没要赔偿。</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "做错了事就要认，这是爸爸从小教我的。",
                    "attribution": "中学生小林",
                },
            ),
        ],
    },
    {
        "slug": "gao-hong-grid",
        "name": "高红",
        "is_pen_name": False,
        "category": "dedication",
        "compound": "康乐新村",
        "first_honoured_year": 2016,
        "deed": "当了九年网格员，网格里每一户的情况都记在心上",
        "honours": [
            ("十佳网格明星", 2017),
            ("十佳网格明星", 2024),
            ("十佳网格明星", 2025),
        ],
        "summary": (
            "她负责的网格有四百多户，谁家有独居老人、谁家刚添了孩子，她都记在心里。"
        ),
        "story": [
            (
                "paragraph",
                (
                    "<p>高红2016年成为康乐新村的网格员，负责四百多户居民。"
                    "她的工作笔记已经写满了十几本，哪栋楼有独居老人，哪户有残疾人，"
                    "谁家最近添了孩子，她都一一记着。居民们说，"
                    "她就是网格里的“活地图”。</p>"
                ),
            ),
            ("heading", {"text": "把事情办在居民开口之前", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>每天上午，高红都会在网格里转上一圈。"
                    "看到老人家门口的报纸几天没拿，她就上门问问；"
                    "听说谁家办低保的材料不齐，她提前把要准备的东西列成清单送过去。"
                    "遇到需要跑腿的事，她常常自己先跑一趟。</p>"
                ),
            ),
            (
                "quote",
                {"text": "网格不大，装的都是居民的日子。", "attribution": "高红"},
            ),
        ],
    },
    {
        "slug": "yang-minghua",
        "name": "杨明华",
        "is_pen_name": False,
        "category": "dedication",
        "compound": "四季园小区",
        "first_honoured_year": 2012,
        "deed": "老党员当了二十年楼道长，把老楼管得井井有条",
        "honours": [("十佳好邻居", 2012), ("邗江好人", 2016), ("十佳网格明星", 2024)],
        "summary": (
            "七十多岁的老党员杨明华当了二十年楼道长，修楼道灯、通下水道、调解邻里矛盾，"
            "样样操心。"
        ),
        "story": [
            (
                "paragraph",
                (
                    "<p>杨明华退休后被邻居们推选为楼道长，这一干就是二十年。"
                    "楼道灯坏了他找人修，下水道堵了他联系疏通，谁家漏水渗到了楼下，"
                    "他两头跑着商量。他家门上贴着一张小纸条：有事请敲门。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>这几年，他又当起了网格信息员，帮着社区收集居民的意见。"
                    "哪位老人生病住院、哪户家里遇到难处，他总是第一时间告诉网格员。"
                    "大家说，有杨老在，楼里的事就有了主心骨。</p>"
                ),
            ),
        ],
    },
    {
        "slug": "doctor-jiang",
        "name": "社区医生蒋大夫",
        "is_pen_name": True,
        "category": "dedication",
        "compound": "名门都汇",
        "first_honoured_year": 2019,
        "deed": "为辖区慢病老人建健康档案，常年上门随访",
        "honours": [("最美志愿者", 2020)],
        "summary": (
            "社区卫生服务站的蒋大夫给几百位慢病老人建起健康档案，"
            "休息日也常背着药箱上门。"
        ),
        "story": [
            (
                "paragraph",
                (
                    "<p>蒋大夫在社区卫生服务站工作，辖区里患高血压、"
                    "糖尿病的老人有好几百位。她给每位老人都建了健康档案，量血压、"
                    "测血糖、调整用药，一项项记得清清楚楚。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>对卧床或者行动不便的老人，她就背着药箱上门随访，"
                    "休息日也常常不歇。她还在小区里办健康讲座，用家常话教老人少吃盐、"
                    "按时吃药。不少老人身体一有不舒服，第一个想到的就是她。</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "老人们信得过我，我就得对得起这份信任。",
                    "attribution": "社区医生蒋大夫",
                },
            ),
        ],
    },
    {
        "slug": "mediator-lao-ding",
        "name": "调解员老丁",
        "is_pen_name": True,
        "category": "dedication",
        "compound": "武庄小区",
        "first_honoured_year": 2014,
        "deed": "十多年义务调解邻里纠纷三百多起，人称“和事佬”",
        "honours": [("邗江好人", 2016), ("扬州好人", 2020)],
        "summary": (
            "退休后加入社区调解队伍，楼上漏水、楼道堆物、养狗扰民，"
            "邻里间的疙瘩他一个个耐心解开。"
        ),
        "story": [
            (
                "paragraph",
                (
                    "<p>老丁退休前在单位做工会工作，2014年被社区请来当调解员。"
                    "十多年里，他经手的邻里纠纷有三百多起：楼上渗水、楼道堆物、"
                    "养狗扰民、停车占位，大多是小事，可处理不好就会伤了邻里和气。</p>"
                ),
            ),
            ("heading", {"text": "先听完，再说话", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>老丁调解有个习惯：先分别上门，把双方的话都听完，不急着评理。"
                    "等大家气消了，再约到一起坐下来喝杯茶。他常说，邻里矛盾既要讲情，"
                    "也要讲法，把道理讲透了，心结自然就解开了。</p>"
                ),
            ),
        ],
    },
    {
        "slug": "zhu-lili-grid",
        "name": "朱丽丽",
        "is_pen_name": False,
        "category": "dedication",
        "compound": "绿杨新苑",
        "first_honoured_year": 2022,
        "deed": "年轻网格员办“手机课堂”，手把手教老人用手机办事",
        "honours": [("十佳网格明星", 2023), ("十佳网格明星", 2025)],
        "summary": (
            "九〇后网格员朱丽丽办起“手机课堂”，教老人挂号、缴费、和外地的子女视频通话。"
        ),
        "story": [
            (
                "paragraph",
                (
                    "<p>朱丽丽2022年到绿杨新苑当网格员。走访时她发现，"
                    "很多老人拿着智能手机却只会接电话，想挂个号、交个水电费，"
                    "都得等子女回来帮忙。她便在网格里办起“手机课堂”，"
                    "每周二下午开课。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>她把操作步骤写成大字版的卡片，一步一张，让老人带回家照着练。"
                    "学会和外地子女视频通话的那天，一位八十岁的老奶奶拉着她的手不肯放。"
                    "三年多来，手机课堂已经办了一百多期。</p>"
                ),
            ),
        ],
    },
    {
        "slug": "sun-guiying",
        "name": "孙桂英",
        "is_pen_name": False,
        "category": "filial-piety",
        "compound": "银杏花园",
        "first_honoured_year": 2013,
        "deed": "悉心照料瘫痪在床的婆婆二十多年",
        "honours": [("十佳好住户", 2014), ("扬州好人", 2017), ("十佳好住户", 2024)],
        "summary": (
            "婆婆中风瘫痪后，孙桂英喂饭、擦身、翻身，二十多年如一日，"
            "老人身上从没生过褥疮。"
        ),
        "story": [
            (
                "paragraph",
                (
                    "<p>2002年，孙桂英的婆婆突发中风，从此卧床不起。"
                    "那时孙桂英四十出头，白天上班，晚上回家照顾婆婆。退休以后，"
                    "她更是把心思都放在老人身上，喂饭、擦身、按摩、翻身，"
                    "每天都有固定的钟点。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>二十多年里，婆婆从没生过褥疮，屋子里也总是干干净净。"
                    "邻居来串门，老人常拉着孙桂英的手说：“这个儿媳妇，比亲闺女还亲。”"
                    "孙桂英的女儿看在眼里，如今每个周末都回家帮妈妈一起照顾奶奶。</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "谁都有老的一天，我怎么待婆婆，孩子们都看着呢。",
                    "attribution": "孙桂英",
                },
            ),
        ],
    },
    {
        "slug": "liu-jianping",
        "name": "刘建平",
        "is_pen_name": False,
        "category": "filial-piety",
        "compound": "康乐东苑",
        "first_honoured_year": 2018,
        "deed": "辞去外地工作回扬州，照顾患阿尔茨海默病的母亲",
        "honours": [("邗江好人", 2019)],
        "summary": (
            "母亲患上阿尔茨海默病后，他辞去外地的工作回到扬州，陪着母亲一起对抗遗忘。"
        ),
        "story": [
            (
                "paragraph",
                (
                    "<p>刘建平原本在外地一家工厂当技术员。2018年，父亲去世后不久，"
                    "母亲被确诊患上阿尔茨海默病，常常出了门就找不到回家的路。"
                    "他反复考虑后辞去工作，搬回康乐东苑的老房子，和母亲住在一起。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>他在母亲常穿的外套里缝上写着家人联系方式的布条，"
                    "每天陪她在小区里散步，一遍遍翻看过去的老照片。"
                    "母亲有时叫不出他的名字，他也不急，笑着说：“没关系，"
                    "我记得您就行。”</p>"
                ),
            ),
            (
                "quote",
                {"text": "小时候她牵着我走，现在换我牵着她。", "attribution": "刘建平"},
            ),
        ],
    },
    {
        "slug": "granddaughter-tingting",
        "name": "孙女婷婷",
        "is_pen_name": True,
        "category": "filial-piety",
        "compound": "怡和苑",
        "first_honoured_year": 2020,
        "deed": "放弃外地工作机会，每天陪摔伤的奶奶做康复",
        "honours": [],
        "summary": (
            "奶奶摔伤后行动不便，刚毕业的婷婷留在扬州工作，"
            "每天下班推着奶奶在小区里做康复锻炼。"
        ),
        "story": [
            (
                "paragraph",
                (
                    "<p>婷婷是奶奶一手带大的。2020年她大学毕业，奶奶却在家中摔倒，"
                    "髋部骨折，手术后需要长期康复。已经拿到外地工作机会的婷婷，"
                    "最后选择留在扬州，找了一份离家近的工作。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>每天下班后，她推着轮椅陪奶奶在小区里转上几圈，"
                    "再扶着奶奶练习走路。一年后，奶奶能拄着拐杖自己下楼了。"
                    "小区里的老人们都羡慕地说：“你家这个孙女，"
                    "真是奶奶的贴心小棉袄。”</p>"
                ),
            ),
        ],
    },
    {
        "slug": "zheng-yufen",
        "name": "郑玉芬",
        "is_pen_name": False,
        "category": "filial-piety",
        "compound": "竹西雅苑",
        "first_honoured_year": 2016,
        "deed": "同时照顾年迈的公公和自己的母亲，两头都不落下",
        "honours": [("邗江好人", 2017)],
        "summary": (
            "公公和母亲都年过八旬，她把两位老人安顿在同一个小区，每天两头照应，"
            "一家人和和睦睦。"
        ),
        "story": [
            (
                "paragraph",
                (
                    "<p>郑玉芬的公公和母亲都已年过八旬，一个住在乡下，"
                    "一个独自住在城东。2016年，她和丈夫商量后，"
                    "在竹西雅苑自家楼下又租了一套小房子，把两位老人都接了过来，"
                    "上下楼就能照应。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>每天清早，她先给公公送去热粥，再去陪母亲量血压；晚饭后，"
                    "两位老人常被她请到一起看电视、拉家常。丈夫心疼她辛苦，她却说："
                    "“两位老人都是我的爹妈，哪边都不能落下。”</p>"
                ),
            ),
        ],
    },
    {
        "slug": "tang-delin",
        "name": "汤德林",
        "is_pen_name": False,
        "category": "filial-piety",
        "compound": "文昌苑",
        "first_honoured_year": 2015,
        "deed": "老伴中风后悉心照料十年，陪她重新学会说话",
        "honours": [("十佳好住户", 2016), ("十佳好住户", 2025)],
        "summary": (
            "老伴中风失语后，年近七旬的汤德林学做康复训练，"
            "一个字一个字地陪她重新学说话。"
        ),
        "story": [
            (
                "paragraph",
                (
                    "<p>2015年，汤德林的老伴突发中风，右半边身子不能动，话也说不出来。"
                    "那年汤德林已经六十八岁，他没有请保姆，而是跟着康复医生学按摩、"
                    "学训练方法，回家一样一样照着做。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>他找出孙子小时候用过的识字卡片，每天陪老伴认字、发音，从“吃饭”"
                    "“喝水”开始，一个字一个字地教。半年后的一天早晨，"
                    "老伴含含糊糊地叫出了他的名字，老汤高兴得红了眼眶。</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "年轻时她跟着我吃了不少苦，现在该我照顾她了。",
                    "attribution": "汤德林",
                },
            ),
        ],
    },
]


# The honour-board index page.
HONOUR_BOARD_INDEX = {
    "title": "荣誉榜",
    "slug": "honour-boards",
    "feature": "和谐榜、尚行榜、厚德榜和年度十佳",
    "intro": (
        "和谐榜、尚行榜、厚德榜和十佳好邻居、十佳好住户、十佳网格明星每年评选一次，"
        "由居民推荐、楼栋议事、社区公示后产生，记下一年里身边的好人好事。"
    ),
}


# Boards and yearly selections (slug, label).
BOARDS = [
    ("harmony", "和谐榜"),
    ("conduct", "尚行榜"),
    ("virtue", "厚德榜"),
    ("best-neighbours", "十佳好邻居"),
    ("best-households", "十佳好住户"),
    ("grid-stars", "十佳网格明星"),
]


# One page per board per year. An entry links to a role model by slug (its
# name repeats the role model's) or is a plain name; 十佳好住户 honours
# households. Citations are at most 40 characters.
HONOUR_BOARDS = [
    {
        "board": "harmony",
        "year": 2024,
        "intro": (
            "和谐榜表彰在化解邻里矛盾、促进家庭和睦方面出力的居民。2024年上榜的六位里，"
            "有调解能手，也有把一大家子照顾得和和美美的好当家。"
        ),
        "entries": [
            {
                "role_model": "mediator-lao-ding",
                "name": "调解员老丁",
                "citation": "一年调解邻里纠纷四十多起，件件有回音",
            },
            {
                "role_model": "zheng-yufen",
                "name": "郑玉芬",
                "citation": "把公公和母亲接到身边照顾，一家人和和睦睦",
            },
            {
                "role_model": "li-ayi-meals",
                "name": "热心的李阿姨",
                "citation": "一碗热饭连起整栋楼的邻里情",
            },
            {
                "role_model": None,
                "name": "顾国庆",
                "citation": "牵头协商加装电梯，一楼到六楼家家点头",
            },
            {
                "role_model": None,
                "name": "沈美华",
                "citation": "当楼道议事会召集人，商量出停车难题的办法",
            },
            {
                "role_model": None,
                "name": "吕志军",
                "citation": "主动拆除自家楼道里的杂物间，带动邻居腾出通道",
            },
        ],
    },
    {
        "board": "harmony",
        "year": 2025,
        "intro": (
            "2025年的和谐榜上，既有守护邻里平安的热心人，也有多年照顾家人、"
            "用耐心守住一个家的普通居民。"
        ),
        "entries": [
            {
                "role_model": "zhou-jianguo",
                "name": "周建国",
                "citation": "帮老楼住户排查线路隐患，守护邻里平安",
            },
            {
                "role_model": "liu-jianping",
                "name": "刘建平",
                "citation": "陪伴患病的母亲七年，用耐心守住一个家",
            },
            {
                "role_model": "tang-delin",
                "name": "汤德林",
                "citation": "十年照料中风的老伴，相濡以沫",
            },
            {
                "role_model": "chen-xiumei",
                "name": "陈秀梅",
                "citation": "编织组的毛衣送进三个小区，暖了老人的冬天",
            },
            {
                "role_model": None,
                "name": "缪红霞",
                "citation": "组织楼栋百家宴，新老住户成了熟人",
            },
            {
                "role_model": None,
                "name": "葛建军",
                "citation": "主动承担楼上楼下的漏水维修，化解多年心结",
            },
            {
                "role_model": None,
                "name": "潘玉兰",
                "citation": "二十年没和邻居红过脸，人称“和气奶奶”",
            },
        ],
    },
    {
        "board": "conduct",
        "year": 2024,
        "intro": (
            "尚行榜记录那些把文明落到行动上的身影：危急时挺身而出，平常日子里守规矩、"
            "讲公德。2024年有六位居民上榜。"
        ),
        "entries": [
            {
                "role_model": "sun-wei",
                "name": "孙伟",
                "citation": "火场救人后又当起楼栋义务消防宣传员",
            },
            {
                "role_model": "security-lao-he",
                "name": "保安老何",
                "citation": "深夜扑灭车棚火情，守住几十户人家的平安",
            },
            {
                "role_model": "xiao-lin-student",
                "name": "中学生小林",
                "citation": "刮蹭车辆后留字条担责，少年诚信暖人心",
            },
            {
                "role_model": None,
                "name": "季文涛",
                "citation": "早晚守在垃圾投放点做分类督导，坚持一整年",
            },
            {
                "role_model": None,
                "name": "蔡晓燕",
                "citation": "在小区路口劝导骑车戴头盔，风雨无阻",
            },
            {
                "role_model": None,
                "name": "严立新",
                "citation": "帮走失的孩子找到家人，陪着守候三个小时",
            },
        ],
    },
    {
        "board": "conduct",
        "year": 2025,
        "intro": (
            "2025年的尚行榜有七位居民上榜，他们有的见义勇为，有的诚信经营，"
            "有的把文明习惯带给了身边的邻居。"
        ),
        "entries": [
            {
                "role_model": "liu-xiaogang",
                "name": "刘小刚",
                "citation": "救起落水学生后，又报名参加了救生培训",
            },
            {
                "role_model": "xu-jing",
                "name": "徐静",
                "citation": "在公交车上勇斗扒手，为老人追回退休金",
            },
            {
                "role_model": "hu-lan",
                "name": "胡兰",
                "citation": "早点铺童叟无欺，多收的钱追出门退还",
            },
            {
                "role_model": "xiao-zhao-driver",
                "name": "出租车司机小赵",
                "citation": "给老人就医当“专车司机”，分文不取",
            },
            {
                "role_model": None,
                "name": "钟海燕",
                "citation": "文明养犬带头人，遛狗必牵绳、粪便随手清",
            },
            {
                "role_model": None,
                "name": "袁志刚",
                "citation": "自发清理小区里的小广告，坚持了三年",
            },
            {
                "role_model": None,
                "name": "田秀英",
                "citation": "带头清空楼道堆物，说服邻居一起动手",
            },
        ],
    },
    {
        "board": "virtue",
        "year": 2024,
        "intro": (
            "厚德榜致敬多年如一日、以德立身的居民：守信重诺，尽心尽责，"
            "在平凡的日子里温暖着别人。"
        ),
        "entries": [
            {
                "role_model": "zhang-baoshan",
                "name": "张宝山",
                "citation": "小卖部开了二十多年，秤准价实，拾金不昧",
            },
            {
                "role_model": "qian-shifu-debt",
                "name": "钱师傅",
                "citation": "替病故的弟弟还清欠款，守住一家人的信用",
            },
            {
                "role_model": "doctor-jiang",
                "name": "社区医生蒋大夫",
                "citation": "为几百位慢病老人建档随访，节假日不歇",
            },
            {
                "role_model": None,
                "name": "陆德明",
                "citation": "退休教师，三十年义务为居民写春联",
            },
            {
                "role_model": None,
                "name": "邵凤英",
                "citation": "把省下的养老钱捐给社区助学项目，从不留名",
            },
            {
                "role_model": None,
                "name": "华永平",
                "citation": "二十年义务为小区修剪花木，不取分文",
            },
        ],
    },
    {
        "board": "virtue",
        "year": 2025,
        "intro": (
            "2025年的厚德榜上有七位居民。他们做的多是平常小事，却一做就是几年、十几年，"
            "甚至二十多年。"
        ),
        "entries": [
            {
                "role_model": "sun-guiying",
                "name": "孙桂英",
                "citation": "照顾瘫痪婆婆二十多年，孝心传给了下一代",
            },
            {
                "role_model": "yang-minghua",
                "name": "杨明华",
                "citation": "二十年楼道长，门上一张“有事请敲门”",
            },
            {
                "role_model": "ma-dajie-haircut",
                "name": "马大姐",
                "citation": "一把推子十二年，上门为老人理发两千多次",
            },
            {
                "role_model": "granddaughter-tingting",
                "name": "孙女婷婷",
                "citation": "陪伴奶奶康复五年，邻里称道的好孙女",
            },
            {
                "role_model": None,
                "name": "程桂芝",
                "citation": "资助两名困难学生读完大学，从不声张",
            },
            {
                "role_model": None,
                "name": "殷国华",
                "citation": "带着老年合唱团义务演出一百多场",
            },
            {
                "role_model": None,
                "name": "姜丽萍",
                "citation": "十多年照料无依无靠的孤寡邻居，如同亲人",
            },
        ],
    },
    {
        "board": "best-neighbours",
        "year": 2024,
        "intro": (
            "十佳好邻居由各小区居民推荐、公开投票产生。2024年的十位好邻居，有人送饭，"
            "有人辅导功课，也有人为老人看病奔走。"
        ),
        "entries": [
            {
                "role_model": "li-ayi-meals",
                "name": "热心的李阿姨",
                "citation": "十年为独居老人送午饭，从不间断",
            },
            {
                "role_model": "wang-laoshi-tutor",
                "name": "退休的王老师",
                "citation": "“四点半课堂”开到第七个年头",
            },
            {
                "role_model": "xiao-zhao-driver",
                "name": "出租车司机小赵",
                "citation": "记下老人的复诊日子，车接车送不打表",
            },
            {
                "role_model": None,
                "name": "邱春兰",
                "citation": "帮出差的邻居接送孩子、照看花草",
            },
            {
                "role_model": None,
                "name": "贾志明",
                "citation": "下雪天总是第一个扫出楼前的通道",
            },
            {
                "role_model": None,
                "name": "戴红梅",
                "citation": "建起楼栋互助群，谁家有事一呼百应",
            },
            {
                "role_model": None,
                "name": "谭振华",
                "citation": "义务帮邻居疏通下水道，随叫随到",
            },
            {
                "role_model": None,
                "name": "范雪琴",
                "citation": "照顾对门的空巢老人，每天敲门问声好",
            },
            {
                "role_model": None,
                "name": "方立强",
                "citation": "退休木匠，义务为邻居修桌椅、修门窗",
            },
            {
                "role_model": None,
                "name": "宋玉珍",
                "citation": "自家种的青菜，总分给楼里的老人尝鲜",
            },
        ],
    },
    {
        "board": "best-neighbours",
        "year": 2025,
        "intro": (
            "2025年十佳好邻居评选共收到居民推荐一百多份，最终选出的十位，"
            "都是大家口中“住在隔壁真好”的人。"
        ),
        "entries": [
            {
                "role_model": "zhou-jianguo",
                "name": "周建国",
                "citation": "背着工具包修了十多年电器，随叫随到",
            },
            {
                "role_model": "chen-xiumei",
                "name": "陈秀梅",
                "citation": "带着编织组送出毛衣四百多件",
            },
            {
                "role_model": "ma-dajie-haircut",
                "name": "马大姐",
                "citation": "上门为卧床老人理发，十二年从未间断",
            },
            {
                "role_model": None,
                "name": "金秀芳",
                "citation": "记得楼里每位老人的生日，年年送上长寿面",
            },
            {
                "role_model": None,
                "name": "施建国",
                "citation": "帮上班的邻居代收快递、照看老人",
            },
            {
                "role_model": None,
                "name": "韦小燕",
                "citation": "组织小区亲子读书会，孩子们有了好伙伴",
            },
            {
                "role_model": None,
                "name": "包德胜",
                "citation": "闻到邻居家燃气味及时报警，避免一场险情",
            },
            {
                "role_model": None,
                "name": "唐秀云",
                "citation": "二十年帮邻居看孩子，看大了一茬又一茬",
            },
            {
                "role_model": None,
                "name": "冯晓雨",
                "citation": "大学生志愿者，寒暑假常陪独居老人聊天",
            },
            {
                "role_model": None,
                "name": "孔令军",
                "citation": "邻居看病没处停车，他把自家车位让了出来",
            },
        ],
    },
    {
        "board": "best-households",
        "year": 2024,
        "intro": (
            "十佳好住户以家庭为单位评选，看的是家里是否和睦、邻里是否友善、"
            "是否遵守居民公约、是否热心公益。"
        ),
        "entries": [
            {
                "role_model": "sun-guiying",
                "name": "孙桂英",
                "citation": "一家人同心照顾卧床老人，三代和睦",
            },
            {
                "role_model": None,
                "name": "吴志强家庭",
                "citation": "全家都是垃圾分类能手，带动整栋楼分类投放",
            },
            {
                "role_model": None,
                "name": "郭海峰家庭",
                "citation": "祖孙三代坚持每周参加志愿服务",
            },
            {
                "role_model": None,
                "name": "任建华家庭",
                "citation": "家里两千多册藏书向邻居开放借阅",
            },
            {
                "role_model": None,
                "name": "曹丽娟家庭",
                "citation": "多年照顾楼下的孤寡老人，视如亲人",
            },
            {
                "role_model": None,
                "name": "彭志远家庭",
                "citation": "带头遵守居民公约，主动清出楼道空间",
            },
            {
                "role_model": None,
                "name": "邹明家庭",
                "citation": "全家坚持无偿献血，累计一万多毫升",
            },
            {
                "role_model": None,
                "name": "卢秀英家庭",
                "citation": "婆媳相处三十年，从没红过脸",
            },
            {
                "role_model": None,
                "name": "石磊家庭",
                "citation": "双职工家庭，每月带孩子参加社区公益",
            },
            {
                "role_model": None,
                "name": "杜国梁家庭",
                "citation": "老旧小区改造中带头配合施工，顾全大局",
            },
        ],
    },
    {
        "board": "best-households",
        "year": 2025,
        "intro": (
            "2025年的十佳好住户里，有三代同堂的大家庭，也有热心公益的小家庭，"
            "家家都有自己的好家风。"
        ),
        "entries": [
            {
                "role_model": "tang-delin",
                "name": "汤德林",
                "citation": "老两口相濡以沫，儿孙孝顺，家庭和美",
            },
            {
                "role_model": None,
                "name": "魏长青家庭",
                "citation": "退休夫妇义务照看小区图书角",
            },
            {
                "role_model": None,
                "name": "薛红家庭",
                "citation": "节水节电有妙招，旧物改造成了家具",
            },
            {
                "role_model": None,
                "name": "汪建国家庭",
                "citation": "三代同住，孝老爱幼，邻里称赞",
            },
            {
                "role_model": None,
                "name": "秦晓梅家庭",
                "citation": "全家动手美化楼道，画出温馨墙绘",
            },
            {
                "role_model": None,
                "name": "尹志华家庭",
                "citation": "多年资助社区困难家庭的孩子读书",
            },
            {
                "role_model": None,
                "name": "龚美琴家庭",
                "citation": "小区议事会上的热心人家，事事带头",
            },
            {
                "role_model": None,
                "name": "苏建明家庭",
                "citation": "文明养宠，带动邻居订下养犬公约",
            },
            {
                "role_model": None,
                "name": "贺丽家庭",
                "citation": "收养孤儿视如己出，一家人其乐融融",
            },
            {
                "role_model": None,
                "name": "俞德富家庭",
                "citation": "主动化解楼上楼下的矛盾，楼栋和睦",
            },
        ],
    },
    {
        "board": "grid-stars",
        "year": 2024,
        "intro": (
            "十佳网格明星从全社区的网格员和网格信息员中评出。他们熟悉网格里的每一户，"
            "把服务送到居民家门口。"
        ),
        "entries": [
            {
                "role_model": "gao-hong-grid",
                "name": "高红",
                "citation": "网格四百多户了然于心，居民称她“活地图”",
            },
            {
                "role_model": "yang-minghua",
                "name": "杨明华",
                "citation": "七十多岁的网格信息员，楼里大小事及时反映",
            },
            {
                "role_model": None,
                "name": "李婷",
                "citation": "一年入户走访上千次，帮困难家庭申请帮扶",
            },
            {
                "role_model": None,
                "name": "胡晓东",
                "citation": "牵头整治车棚飞线充电，消除安全隐患",
            },
            {
                "role_model": None,
                "name": "张萌",
                "citation": "建起网格微信群，居民诉求当天回复",
            },
            {
                "role_model": None,
                "name": "周敏",
                "citation": "网格里的独居老人，她每周上门看一次",
            },
            {
                "role_model": None,
                "name": "王志成",
                "citation": "协助核对网格居民信息，做到一户不漏",
            },
            {
                "role_model": None,
                "name": "陈晨",
                "citation": "推动楼道堆物清理，网格环境焕然一新",
            },
            {
                "role_model": None,
                "name": "徐海波",
                "citation": "退役军人网格员，雨夜排查积水隐患",
            },
            {
                "role_model": None,
                "name": "刘芳",
                "citation": "帮十多户居民办好养老保险手续",
            },
        ],
    },
    {
        "board": "grid-stars",
        "year": 2025,
        "intro": (
            "2025年的十佳网格明星里有连续获评的“老面孔”，也有刚上岗不久的年轻人，"
            "他们让网格服务更贴心。"
        ),
        "entries": [
            {
                "role_model": "zhu-lili-grid",
                "name": "朱丽丽",
                "citation": "“手机课堂”办了一百多期，帮老人跨过数字鸿沟",
            },
            {
                "role_model": "gao-hong-grid",
                "name": "高红",
                "citation": "连续获评，总把事情办在居民开口之前",
            },
            {
                "role_model": None,
                "name": "蔡静",
                "citation": "汛期连夜巡查地下车库，及时组织排水",
            },
            {
                "role_model": None,
                "name": "孟凡",
                "citation": "为网格里的残疾居民代办证件，跑腿不喊累",
            },
            {
                "role_model": None,
                "name": "丁晓慧",
                "citation": "推动加装电梯议事，三栋楼达成一致",
            },
            {
                "role_model": None,
                "name": "邵立军",
                "citation": "邻里小矛盾及早发现、就地化解",
            },
            {
                "role_model": None,
                "name": "马骏",
                "citation": "组织党员志愿者与困难户结对帮扶",
            },
            {
                "role_model": None,
                "name": "夏雨",
                "citation": "挨家挨户宣传防诈骗，守住居民钱袋子",
            },
            {
                "role_model": None,
                "name": "黄佳",
                "citation": "给新搬来的住户送上网格服务卡",
            },
            {
                "role_model": None,
                "name": "于洋",
                "citation": "坚持夜间巡查，劝导楼道违规充电",
            },
        ],
    },
]


# The family-tradition index page.
FAMILY_INDEX = {
    "title": "康乐家风",
    "slug": "family-traditions",
    "feature": "各家晒出的家训和家风故事",
    "intro": (
        "在“晒家风·做最美家庭”“晒金宝·做最美邻居”双晒双做活动中，"
        "各家拿出自家的家训和故事，把好家风晒给邻居们看。"
    ),
}


# The two 双晒双做 campaigns (slug, label).
CAMPAIGNS = [
    ("family-tradition", "晒家风·做最美家庭"),
    ("grandchildren", "晒金宝·做最美邻居"),
]


# Family stories (invented); family_name is the surname only. Each photo is a
# caption and the subject of home.demo.images drawn for it.
FAMILY_STORIES = [
    {
        "slug": "wang-family",
        "family_name": "王家",
        "compound": "康乐新村",
        "campaign": "family-tradition",
        "maxim": "吃饭先给老人盛，说话先替别人想",
        "summary": (
            "王家四代同堂，“吃饭先给老人盛”这条老规矩从太爷爷那辈传下来，"
            "如今连上小学的重孙女都会背。"
        ),
        "honours": [("最美家庭", 2023)],
        "story": [
            (
                "paragraph",
                (
                    "<p>王家住在康乐新村，四代同堂。家里有条老规矩："
                    "开饭时第一碗饭要先盛给年纪最大的长辈。"
                    "这条规矩是王家太爷爷定下的，如今九十二岁的王奶奶坐在上首，"
                    "给她端饭的常常是刚上小学的重孙女。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>“说话先替别人想”是后来添上的半句。王家人说，一大家子住在一起，"
                    "难免磕磕碰碰，遇事先想想对方的难处，火气就先下去了一半。"
                    "这两句话写成了书法作品，挂进了小区的家风文化长廊。</p>"
                ),
            ),
            (
                "quote",
                {"text": "规矩不在墙上，在每天的饭桌上。", "attribution": "王家儿媳"},
            ),
        ],
        "photos": [
            ("四代人围坐在饭桌前（示意图）", "family_dinner"),
            ("王家家训书法作品在家风文化长廊展出（示意图）", "calligraphy"),
        ],
    },
    {
        "slug": "zhao-family",
        "family_name": "赵家",
        "compound": "名门都汇",
        "campaign": "family-tradition",
        "maxim": "能省一分是一分，该帮一把帮一把",
        "summary": (
            "赵家过日子精打细算，帮起人来却从不小气，"
            "老两口省下的钱资助了两名困难家庭的学生。"
        ),
        "honours": [("最美家庭", 2024)],
        "story": [
            (
                "paragraph",
                (
                    "<p>赵家老两口是从苦日子里过来的，旧毛衣拆了重织，"
                    "剩菜从不随手倒掉，孙子用过的课本整理好送给邻居家的孩子。"
                    "年轻人起初觉得老人太较真，后来也慢慢学着记账，"
                    "少买用不上的东西。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>可说到帮人，赵家从不含糊。这些年，老两口把省下的钱攒起来，"
                    "通过社区资助了两名困难家庭的学生读书。赵爷爷常说："
                    "“省下来的钱花在该花的地方，这才叫会过日子。”</p>"
                ),
            ),
        ],
        "photos": [
            ("赵家老两口整理要捐出的课本（示意图）", "donated_textbooks"),
        ],
    },
    {
        "slug": "xia-family",
        "family_name": "夏家",
        "compound": "杨庄街坊",
        "campaign": "family-tradition",
        "maxim": "答应别人的事，再难也要做到",
        "summary": (
            "夏家的修鞋铺传了三代，说好哪天来取就哪天修好，街坊们都说，"
            "东西交给夏家放心。"
        ),
        "honours": [],
        "story": [
            (
                "paragraph",
                (
                    "<p>夏家的修鞋铺从爷爷那辈开起，到夏师傅手上已经是第三代。"
                    "铺子虽小，规矩不少：答应顾客哪天来取，就一定提前修好；"
                    "没把握修好的活，宁可不接，也不糊弄人。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>有一年冬天，夏师傅发着高烧，可答应一位老顾客第二天要穿的皮鞋"
                    "还没修完。他硬撑着在灯下把活干完，第二天一早准时交到对方手里。"
                    "儿子在一旁看着，后来参加工作，也把“说到做到”"
                    "写在了笔记本的第一页。</p>"
                ),
            ),
        ],
        "photos": [
            ("夏家修鞋铺里的老工具（示意图）", "cobbler_tools"),
        ],
    },
    {
        "slug": "bian-family",
        "family_name": "卞家",
        "compound": "四季园小区",
        "campaign": "family-tradition",
        "maxim": "家里再忙，每晚读书半小时",
        "summary": (
            "卞家每晚八点关掉电视，一家三口各捧一本书，这个习惯坚持了十年，"
            "还带动了整栋楼。"
        ),
        "honours": [("最美家庭", 2022)],
        "story": [
            (
                "paragraph",
                (
                    "<p>卞家晚饭后有个固定节目：八点整，电视关掉，"
                    "手机放进客厅的小篮子，爸爸看历史书，妈妈读小说，女儿写读书笔记。"
                    "这“读书半小时”从女儿上幼儿园时开始，已经坚持了十年。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>后来，卞家把读过的书放到楼道的书架上，邻居们可以随手借阅，"
                    "也可以拿自家的书来换。楼里的孩子常聚在书架前交换绘本，"
                    "这栋楼也慢慢有了书香气。</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": "读书不为考试，为的是把日子过明白。",
                    "attribution": "卞家妈妈",
                },
            ),
        ],
        "photos": [
            ("一家三口在客厅读书（示意图）", "family_reading"),
            ("楼道里的共享书架（示意图）", "stairwell_bookshelf"),
        ],
    },
    {
        "slug": "huang-family",
        "family_name": "黄家",
        "compound": "武庄小区",
        "campaign": "family-tradition",
        "maxim": "早起一刻钟，家务人人有一份",
        "summary": (
            "黄家人每天早起一刻钟，全家分工做家务，连上小学的孙子也有自己负责的“岗位”。"
        ),
        "honours": [],
        "story": [
            (
                "paragraph",
                (
                    "<p>黄家的冰箱门上贴着一张家务分工表：爷爷扫地，奶奶做早饭，"
                    "爸爸倒垃圾，妈妈收拾房间，上小学的孙子负责浇花和擦桌子。"
                    "每个人都比上班上学早起一刻钟，把自己那份活干完再出门。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>黄爷爷年轻时在码头做搬运工，他常说，勤快的人走到哪里都不吃亏。"
                    "受这句话影响，黄家人在外面也闲不住，楼下的公共区域常常是他们顺手打"
                    "扫干净的。</p>"
                ),
            ),
        ],
        "photos": [
            ("黄家冰箱门上的家务分工表（示意图）", "chore_chart"),
        ],
    },
    {
        "slug": "zhu-family",
        "family_name": "朱家",
        "compound": "文昌苑",
        "campaign": "grandchildren",
        "maxim": "给孩子留书不留钱，教孩子做事先做人",
        "summary": (
            "朱爷爷每天接送孙子上学，教他向邻居问好、帮人扶门，"
            "祖孙俩成了小区里的一道风景。"
        ),
        "honours": [("最美家庭", 2025)],
        "story": [
            (
                "paragraph",
                (
                    "<p>朱爷爷是退休的中学老师，孙子出生后，"
                    "他给孩子准备的第一份礼物是一书架的绘本。晒金宝活动时，"
                    "他晒出的不是孙子的照片，而是一张祖孙俩的读书清单，"
                    "上面记着一起读完的两百多本书。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>每天早上送孙子上学，朱爷爷都会叮嘱几句：见到邻居要问好，"
                    "进电梯给后面的人扶一下门。小家伙学得认真，"
                    "楼里的老人都喜欢这个有礼貌的孩子。朱爷爷说，书读得多固然好，"
                    "先学会做人更要紧。</p>"
                ),
            ),
        ],
        "photos": [
            ("祖孙俩在小区长椅上读绘本（示意图）", "bench_picture_book"),
        ],
    },
    {
        "slug": "cui-family",
        "family_name": "崔家",
        "compound": "梅香苑",
        "campaign": "grandchildren",
        "maxim": "让一步海阔天空，帮一把邻里情浓",
        "summary": (
            "崔奶奶带着外孙女当“小小志愿者”，给楼里的老人送报读报，"
            "祖孙俩成了邻居们的“开心果”。"
        ),
        "honours": [("最美家庭", 2024)],
        "story": [
            (
                "paragraph",
                (
                    "<p>崔奶奶的外孙女圆圆上小学三年级，父母工作忙，平时由外婆照看。"
                    "每到周末，祖孙俩就挎上小布包，把报纸送到楼里几位老人家中，"
                    "圆圆还会拿着放大镜，一字一句给眼神不好的爷爷奶奶读新闻。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>前年楼上楼下因为晾衣服滴水闹过别扭，崔奶奶主动上门，"
                    "笑着说自家以后把衣服拧干了再晾。一场小矛盾就这么化开了。"
                    "圆圆把这件事写进了作文，题目叫《外婆的退一步》。</p>"
                ),
            ),
        ],
        "photos": [
            ("祖孙俩给楼里的老人送报纸（示意图）", "newspaper_delivery"),
            ("“晒金宝”活动中的祖孙合影（示意图）", "grandparent_photo"),
        ],
    },
    {
        "slug": "ye-family",
        "family_name": "叶家",
        "compound": "银杏花园",
        "campaign": "grandchildren",
        "maxim": "小事不计较，大事一起商量",
        "summary": (
            "叶家的双胞胎孙子在爷爷奶奶身边长大，一家人遇事开家庭会议，"
            "孩子们也有投票权。"
        ),
        "honours": [],
        "story": [
            (
                "paragraph",
                (
                    "<p>叶爷爷和叶奶奶帮儿子带大了一对双胞胎孙子。孩子多，磕碰也多，"
                    "老两口定了个办法：小事不计较，谁先道歉谁就是“小绅士”；"
                    "大事开家庭会议，两个孩子也能举手投票。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>晒金宝活动上，叶家晒出了一本“家庭会议记录”。"
                    "里面有孩子们提议周末去看望楼下独居的周奶奶，"
                    "也有全家商量后同意楼里加装电梯的经过。邻居们翻看后都说，"
                    "有这样的家教，孩子错不了。</p>"
                ),
            ),
        ],
        "photos": [
            ("叶家的家庭会议记录本（示意图）", "meeting_notebook"),
        ],
    },
]


# The 家风家训读本 page.
MAXIM_READER = {
    "title": "家风家训读本",
    "slug": "family-maxims",
    "feature": "每日一条家训，可打印成小册子",
    "intro": (
        "《家风家训读本》收录了社区居民家中代代相传的家训，也选编了古人留下的治家名言，"
        "每一条都配了通俗的解释，适合一家老小一起读。"
    ),
}


# Maxim themes (slug, label).
MAXIM_THEMES = [
    ("filial", "孝"),
    ("thrift", "俭"),
    ("diligence", "勤"),
    ("harmony", "和"),
    ("trust", "信"),
    ("learning", "学"),
]


# Maxims for the reader. Exactly one of family (a FAMILY_STORIES slug, text
# identical to that family's maxim) and classic (the source text) is set.
MAXIMS = [
    {
        "text": "父母之年，不可不知也。一则以喜，一则以惧。",
        "explanation": (
            "父母的年纪，做子女的要记在心上：一来为他们长寿高兴，一来为他们年老担心，"
            "趁着父母健在多尽孝心。"
        ),
        "theme": "filial",
        "family": None,
        "classic": "《论语》",
    },
    {
        "text": "老吾老，以及人之老；幼吾幼，以及人之幼。",
        "explanation": (
            "孝敬自家的老人，也把这份心意推及别人家的老人；疼爱自家的孩子，"
            "也关爱别人家的孩子。邻里之间正该如此。"
        ),
        "theme": "filial",
        "family": None,
        "classic": "《孟子》",
    },
    {
        "text": "羊有跪乳之恩，鸦有反哺之义。",
        "explanation": (
            "小羊跪着吃奶，小乌鸦长大后会衔食喂养老乌鸦。动物尚且懂得感恩，"
            "做儿女的更要孝敬父母。"
        ),
        "theme": "filial",
        "family": None,
        "classic": "《增广贤文》",
    },
    {
        "text": "父母呼，应勿缓；父母命，行勿懒。",
        "explanation": (
            "父母叫我们，要马上答应；父母交代的事，要赶紧去做，不拖拖拉拉。"
            "孝顺就藏在这些小事里。"
        ),
        "theme": "filial",
        "family": None,
        "classic": "《弟子规》",
    },
    {
        "text": "吃饭先给老人盛，说话先替别人想",
        "explanation": (
            "王家的家训。开饭时先把饭端给长辈，是敬老的小规矩；"
            "说话做事先想想对方的难处，家里就少了争吵。"
        ),
        "theme": "filial",
        "family": "wang-family",
        "classic": "",
    },
    {
        "text": "一粥一饭，当思来处不易；半丝半缕，恒念物力维艰。",
        "explanation": (
            "每一碗饭、每一根线都来之不易，要常想想背后的辛苦，珍惜粮食和东西，"
            "不随手浪费。"
        ),
        "theme": "thrift",
        "family": None,
        "classic": "《朱子家训》",
    },
    {
        "text": "宜未雨而绸缪，毋临渴而掘井。",
        "explanation": (
            "要在下雨之前把门窗修好，不要等口渴了才去挖井。过日子要有打算，"
            "凡事提前做好准备。"
        ),
        "theme": "thrift",
        "family": None,
        "classic": "《朱子家训》",
    },
    {
        "text": "静以修身，俭以养德。",
        "explanation": (
            "用平静的心修养自己，用节俭的生活培养品德。日子过得简朴一些，"
            "心里反而更踏实。"
        ),
        "theme": "thrift",
        "family": None,
        "classic": "诸葛亮《诫子书》",
    },
    {
        "text": "历览前贤国与家，成由勤俭破由奢。",
        "explanation": (
            "看遍古往今来的国家和人家，兴旺靠的是勤劳节俭，衰败往往是因为奢侈浪费。"
        ),
        "theme": "thrift",
        "family": None,
        "classic": "李商隐《咏史》",
    },
    {
        "text": "能省一分是一分，该帮一把帮一把",
        "explanation": (
            "赵家的家训。过日子要精打细算，不乱花一分钱；可遇到别人有难处，"
            "该出手时一定出手。"
        ),
        "theme": "thrift",
        "family": "zhao-family",
        "classic": "",
    },
    {
        "text": "黎明即起，洒扫庭除，要内外整洁。",
        "explanation": (
            "天一亮就起床，把院子和屋里打扫干净，家里家外都收拾得整整齐齐。"
            "勤快的一天从早上开始。"
        ),
        "theme": "diligence",
        "family": None,
        "classic": "《朱子家训》",
    },
    {
        "text": "积财千万，不如薄伎在身。",
        "explanation": (
            "攒下再多的钱财，也不如自己身上有一门手艺。有本事在身，"
            "走到哪里都能把日子过好。"
        ),
        "theme": "diligence",
        "family": None,
        "classic": "《颜氏家训》",
    },
    {
        "text": "业精于勤，荒于嬉；行成于思，毁于随。",
        "explanation": (
            "学业和手艺靠勤奋才能精通，贪玩就会荒废；做事多动脑筋才能办成，"
            "随随便便就容易坏事。"
        ),
        "theme": "diligence",
        "family": None,
        "classic": "韩愈《进学解》",
    },
    {
        "text": "民生在勤，勤则不匮。",
        "explanation": (
            "老百姓过日子全靠勤劳，只要肯下力气干活，家里就不会缺吃少穿，"
            "日子自然越过越好。"
        ),
        "theme": "diligence",
        "family": None,
        "classic": "《左传》",
    },
    {
        "text": "早起一刻钟，家务人人有一份",
        "explanation": (
            "黄家的家训。每天早起一点，家里的活大家分着干，"
            "勤快的习惯就从这些小事里养成。"
        ),
        "theme": "diligence",
        "family": "huang-family",
        "classic": "",
    },
    {
        "text": "德不孤，必有邻。",
        "explanation": (
            "品德好的人不会孤单，一定会有志同道合的人和他做伴。好人身边，总有好邻居。"
        ),
        "theme": "harmony",
        "family": None,
        "classic": "《论语》",
    },
    {
        "text": "远水难救近火，远亲不如近邻。",
        "explanation": (
            "远处的水救不了眼前的火，住得远的亲戚不如身边的邻居能及时帮忙。"
            "邻里之间要互相照应。"
        ),
        "theme": "harmony",
        "family": None,
        "classic": "《增广贤文》",
    },
    {
        "text": "家门和顺，虽饔飧不继，亦有余欢。",
        "explanation": (
            "一家人和和气气，就算日子清苦、吃了上顿愁下顿，也能过得开开心心。"
            "家和比什么都重要。"
        ),
        "theme": "harmony",
        "family": None,
        "classic": "《朱子家训》",
    },
    {
        "text": "让一步海阔天空，帮一把邻里情浓",
        "explanation": (
            "崔家的家训。邻里之间闹了别扭，主动退一步，心里就宽了；别人有难处时搭把手，"
            "感情就近了。"
        ),
        "theme": "harmony",
        "family": "cui-family",
        "classic": "",
    },
    {
        "text": "小事不计较，大事一起商量",
        "explanation": (
            "叶家的家训。鸡毛蒜皮的小事别往心里去，家里的大事，一家人坐下来商量着办。"
        ),
        "theme": "harmony",
        "family": "ye-family",
        "classic": "",
    },
    {
        "text": "人而无信，不知其可也。",
        "explanation": (
            "一个人如果不讲信用，真不知道他还能做成什么事。诚信是做人的根本。"
        ),
        "theme": "trust",
        "family": None,
        "classic": "《论语》",
    },
    {
        "text": "与朋友交，言而有信。",
        "explanation": (
            "和朋友、邻居打交道，说出的话要算数，答应的事要做到，"
            "这样别人才愿意和你来往。"
        ),
        "theme": "trust",
        "family": None,
        "classic": "《论语》",
    },
    {
        "text": "凡出言，信为先；诈与妄，奚可焉。",
        "explanation": (
            "开口说话，首先要讲信用；骗人的话、没根据的话，怎么能说呢？说话要实实在在。"
        ),
        "theme": "trust",
        "family": None,
        "classic": "《弟子规》",
    },
    {
        "text": "与肩挑贸易，毋占便宜。",
        "explanation": (
            "和挑着担子做小买卖的人打交道，不要占人家的便宜。他们挣钱不容易，"
            "买卖要公道。"
        ),
        "theme": "trust",
        "family": None,
        "classic": "《朱子家训》",
    },
    {
        "text": "答应别人的事，再难也要做到",
        "explanation": (
            "夏家的家训。答应了别人的事就要做到，哪怕自己吃点苦，也不能失信于人。"
        ),
        "theme": "trust",
        "family": "xia-family",
        "classic": "",
    },
    {
        "text": "幼而学者，如日出之光；老而学者，如秉烛夜行，犹贤乎瞑目而无见者也。",
        "explanation": (
            "小时候学习，像早晨的太阳一样明亮；老了再学，像夜里举着蜡烛走路，"
            "也总比闭着眼睛什么都看不见强。活到老，学到老。"
        ),
        "theme": "learning",
        "family": None,
        "classic": "《颜氏家训》",
    },
    {
        "text": "玉不琢，不成器；人不学，不知道。",
        "explanation": (
            "玉石不经过雕琢，成不了好器物；人不学习，就不懂得道理。"
            "读书学习是一辈子的事。"
        ),
        "theme": "learning",
        "family": None,
        "classic": "《礼记》",
    },
    {
        "text": "三人行，必有我师焉。择其善者而从之，其不善者而改之。",
        "explanation": (
            "几个人走在一起，其中一定有值得我学习的人。学别人的长处，"
            "看到别人的短处就反省自己。"
        ),
        "theme": "learning",
        "family": None,
        "classic": "《论语》",
    },
    {
        "text": "家里再忙，每晚读书半小时",
        "explanation": (
            "卞家的家训。不管白天多忙，晚上都留出半小时读书，日积月累，一家人都有收获。"
        ),
        "theme": "learning",
        "family": "bian-family",
        "classic": "",
    },
    {
        "text": "给孩子留书不留钱，教孩子做事先做人",
        "explanation": (
            "朱家的家训。给孩子留下好书和好习惯，比留下钱财更有用；学本事之前，"
            "先学会做一个好人。"
        ),
        "theme": "learning",
        "family": "zhu-family",
        "classic": "",
    },
]


# The 一栋一特 index page.
BUILDING_INDEX = {
    "title": "一栋一特",
    "slug": "themed-buildings",
    "feature": "每栋楼一个主题的楼道文化",
    "intro": (
        "一栋一特：每栋楼的住户根据楼里的特点，一起商量选出一个主题，"
        "把楼道布置成看得见的家风和邻里文化。"
    ),
}


# Building themes (slug, label).
BUILDING_THEMES = [
    ("filial-love", "孝老爱亲楼"),
    ("green", "绿色环保楼"),
    ("mutual-aid", "邻里互助楼"),
    ("reading", "书香楼"),
    ("rule-of-law", "法治楼"),
    ("core-values", "社会主义核心价值观文化楼"),
]


# One themed building per theme (invented details); photos as in FAMILY_STORIES.
BUILDINGS = [
    {
        "slug": "kangle-xincun-5",
        "compound": "康乐新村",
        "building_number": "5栋",
        "theme": "filial-love",
        "summary": (
            "楼里六十岁以上的老人占了三成，“孝老爱亲”成了住户们最认同的楼栋主题。"
        ),
        "reason": (
            "这栋楼建成早，许多住户在这里住了二三十年，楼里老人多，三代同住的人家也多。"
            "楼栋议事时，大家一致觉得“孝老爱亲”最能说出这栋楼的样子，"
            "也想借这个主题提醒年轻人多陪陪家里的老人。"
        ),
        "stairwell": (
            "从一楼到六楼，每层楼道都挂着一组住户自家的“孝亲故事”相框，有泛黄的老照片，"
            "也有孩子们画的爷爷奶奶。转角处贴着讲孝道的古训，还有一块提示牌："
            "今天你给爸妈打电话了吗？"
        ),
        "activities": [
            (
                "paragraph",
                (
                    "<p>每逢重阳节，楼里的年轻人会在楼下摆开长桌，"
                    "给老人们办一场“百家宴”。各家端出拿手菜，"
                    "晚辈们给八十岁以上的老人敬茶祝寿，热热闹闹像过年一样。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>平时，楼栋长组织年轻住户和独居老人结对，约定每周至少上门一次，"
                    "帮忙买菜、取药、陪着聊天。结对名单贴在一楼的公告栏里，谁家有变动，"
                    "大家再一起商量调整。</p>"
                ),
            ),
        ],
        "photos": [
            ("楼道里的孝亲故事相框（示意图）", "story_frames"),
            ("重阳节百家宴（示意图）", "banquet"),
        ],
    },
    {
        "slug": "sijiyuan-12",
        "compound": "四季园小区",
        "building_number": "12号楼",
        "theme": "green",
        "summary": (
            "住户们把楼道变成了“绿色展厅”，垃圾分类做得又好又稳，常被邻近楼栋请去取经。"
        ),
        "reason": (
            "12号楼住着几位退休的生物老师和园艺爱好者，平时就爱在阳台上养花种草。"
            "推行垃圾分类那年，这栋楼分类做得又快又好，住户们干脆把“绿色环保”"
            "定为楼栋主题，想把好习惯一直保持下去。"
        ),
        "stairwell": (
            "楼道窗台上摆着住户们轮流照料的绿植，墙上贴着垃圾分类图解和节水节电的小窍门"
            "。一楼设了一个旧物交换角，闲置的书本、玩具和小家电，可以在这里换个新主人。"
        ),
        "activities": [
            (
                "paragraph",
                (
                    "<p>每月第一个周六是楼里的“环保日”，大人孩子一起清理楼道、"
                    "修剪绿植，顺便把攒下的废纸和塑料瓶集中送到回收点，"
                    "换来的钱用来添置花苗。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>楼里还有一支“分类督导小队”，几位热心住户轮流在投放点值守，"
                    "手把手教新搬来的邻居怎么分类。孩子们也参与进来，"
                    "自己画了分类提示卡，贴在各家门口。</p>"
                ),
            ),
        ],
        "photos": [
            ("楼道窗台上的绿植（示意图）", "windowsill_plants"),
        ],
    },
    {
        "slug": "wuzhuang-3",
        "compound": "武庄小区",
        "building_number": "3号楼",
        "theme": "mutual-aid",
        "summary": (
            "没有物业的老楼，住户们自己管自己，谁家有事招呼一声，全楼都来搭把手。"
        ),
        "reason": (
            "3号楼是上世纪八十年代建的老楼，没有物业，楼道灯、"
            "下水道这些事全靠住户自己张罗。多年来大家早已习惯互相帮衬，选楼栋主题时，"
            "“邻里互助”几乎没有争议就通过了。"
        ),
        "stairwell": (
            "一楼墙上挂着一块“互助留言板”，谁需要帮忙、谁能帮上忙都可以写上去。"
            "旁边贴着住户们的“技能清单”：会修水电的、懂法律的、能辅导功课的，一目了然，"
            "想找谁帮忙，问楼栋长就行。"
        ),
        "activities": [
            (
                "paragraph",
                (
                    "<p>楼里成立了互助小组，谁家老人住院、谁家孩子没人接，"
                    "在楼栋群里说一声，总有人响应。逢年过节，大家还会凑在一起包饺子，"
                    "给楼里的独居老人各送一份。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>楼道的公共维修也由住户一起商量：要花钱的事先公示预算，"
                    "各户分摊，账目每季度贴在留言板旁边，一笔一笔清清楚楚，"
                    "大家都没有意见。</p>"
                ),
            ),
        ],
        "photos": [
            ("一楼的互助留言板（示意图）", "message_board"),
            ("邻居们一起包饺子（示意图）", "dumplings"),
        ],
    },
    {
        "slug": "wenchangyuan-2",
        "compound": "文昌苑",
        "building_number": "2栋",
        "theme": "reading",
        "summary": "教师家庭多的2栋，把楼道变成了一座小小的图书馆，楼上楼下都是书友。",
        "reason": (
            "2栋住着不少教师家庭，楼里上学的孩子也多。住户们平日里就爱互相借书、"
            "交流孩子的学习，选主题时有人提议做“书香楼”，大家都觉得再合适不过。"
        ),
        "stairwell": (
            "每层楼梯转角都装了一个小书架，摆着住户捐出的图书，借书不用登记，"
            "看完放回就行。墙上贴着孩子们的读书小报和住户推荐的好书清单，"
            "一楼还辟出一个能坐下来看书的小角落。"
        ),
        "activities": [
            (
                "paragraph",
                (
                    "<p>每月最后一个周日晚上，楼里在一楼读书角办一次读书会："
                    "有时是家长分享一本育儿书，有时是孩子们轮流讲故事，"
                    "退休的老教师还会讲讲扬州的老掌故。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>寒暑假里，楼里的大学生给小朋友开阅读指导课。几年下来，"
                    "书架上的书从最初的一百多本增加到一千多本，"
                    "邻近楼栋的居民也常来借阅。</p>"
                ),
            ),
        ],
        "photos": [
            ("楼梯转角的小书架（示意图）", "stairwell_bookshelf"),
        ],
    },
    {
        "slug": "yangzhuang-6",
        "compound": "杨庄街坊",
        "building_number": "6栋",
        "theme": "rule-of-law",
        "summary": (
            "几位懂法律的住户牵头，6栋成了小区里的“法治楼”，邻里有事先讲理、再讲法。"
        ),
        "reason": (
            "6栋住着几位退休的法律工作者，常有邻居上门请教房屋买卖、"
            "赡养继承方面的问题。前几年楼里因为楼道堆物起过争执，"
            "最后靠讲法讲理顺利化解，住户们由此商量把“法治”定为楼栋主题。"
        ),
        "stairwell": (
            "楼道墙面分层展示和居民生活相关的法律知识：一楼讲相邻关系和物业，"
            "二楼讲婚姻家庭，三楼讲防范电信诈骗。转角处贴着楼栋公约，"
            "还有社区法治工作室的服务介绍，方便大家遇事求助。"
        ),
        "activities": [
            (
                "paragraph",
                (
                    "<p>楼里的法律志愿者每月在一楼开一次“楼道法律小课堂”，"
                    "结合身边的真事讲法律，讲完留出时间答疑。老人们最关心养老金、"
                    "遗嘱这些问题，常常一讲就是一个多小时。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>楼栋公约是住户们一条条商量出来的，从电动车不进楼道到装修时间，"
                    "都写得明明白白。有了公约，邻里之间遇到摩擦，先对照公约说理，"
                    "很少再闹到红脸。</p>"
                ),
            ),
        ],
        "photos": [
            ("楼道里的法律知识展板（示意图）", "law_boards"),
            ("楼道法律小课堂（示意图）", "law_class"),
        ],
    },
    {
        "slug": "mingmen-duhui-9",
        "compound": "名门都汇",
        "building_number": "9栋",
        "theme": "core-values",
        "summary": "9栋把社会主义核心价值观讲成住户身边的故事，每层楼对应一组关键词。",
        "reason": (
            "9栋是小区里住户最多的一栋，年轻家庭和退休老人都不少。"
            "楼栋议事会想找一个大家都认同的主题，最后选定社会主义核心价值观，"
            "并约定不贴空口号，用楼里真实的好人好事来讲。"
        ),
        "stairwell": (
            "楼道按层分主题，给核心价值观的关键词配上住户身边的小故事：“友善”"
            "一层讲邻居帮忙照看孩子，“诚信”一层讲拾金不昧，“敬业”"
            "一层讲楼里的医生和环卫工人。展板内容每年更新一次。"
        ),
        "activities": [
            (
                "paragraph",
                (
                    "<p>每年年初，楼里都会征集上一年的好人好事，"
                    "由住户投票选出最打动人的几件，写进楼道展板。被写进展板的邻居，"
                    "会在楼栋新春茶话会上收到一张大家签名的感谢卡。</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>楼里的党员和志愿者组成了“微宣讲”小队，用快板、"
                    "小品把身边的故事演给大家看。去年排的小品《一张字条》，"
                    "还在社区文艺汇演上得了奖。</p>"
                ),
            ),
        ],
        "photos": [
            ("按层分主题的楼道展板（示意图）", "floor_boards"),
        ],
    },
]


# Sample resident nominations waiting for review; the phone numbers are
# fictional and one nomination is anonymous.
NOMINATIONS = [
    {
        "nominee_name": "吴师傅",
        "compound": "绿杨新苑",
        "category": "helping-others",
        "deed": (
            "吴师傅是我们小区的保洁员，下雨天总会把楼道口的积水扫干净，"
            "还常帮腿脚不便的老人把菜提上楼。上个月我母亲在楼下摔了一跤，"
            "是他第一个跑过来扶起，又陪着等到家里人赶来。希望社区能表扬这样的好人。"
        ),
        "nominator_name": "周丽",
        "nominator_phone": "13800000001",
    },
    {
        "nominee_name": "闵阿姨",
        "compound": "竹西雅苑",
        "category": "filial-piety",
        "deed": (
            "闵阿姨的老伴去世后，她一个人照顾九十多岁的婆婆，"
            "天气好时就推着婆婆下楼晒太阳，从来没听她抱怨过。婆婆逢人就夸儿媳妇好。"
            "我们楼的邻居都很敬佩她，想推荐她参加今年的评选。"
        ),
        "nominator_name": "",
        "nominator_phone": "13800000002",
    },
    {
        "nominee_name": "杭小军",
        "compound": "怡和苑",
        "category": "honesty",
        "deed": (
            "小军在小区门口开快递驿站。去年有位老人寄东西时把存折夹在了包裹里，"
            "他验视时发现后，按寄件单上的信息找到老人家里送了回去。平时有人多付了钱，"
            "他也总是当场退还。"
        ),
        "nominator_name": "汪建华",
        "nominator_phone": "13800000003",
    },
    {
        "nominee_name": "宋志宏",
        "compound": "杨庄北苑",
        "category": "dedication",
        "deed": (
            "宋志宏是我们楼的楼道长，也是网格信息员。楼里商量加装电梯那阵子，"
            "他挨家挨户上门沟通了几十次，把各家的顾虑记在本子上，一条条找人解答。"
            "电梯装好那天，一楼的住户还专门给他送了一面锦旗。"
        ),
        "nominator_name": "李建新",
        "nominator_phone": "13800000004",
    },
]


# The generated role models of `load_demo --scale`: invented names made of a
# surname and a given name, and one-line deeds (at most 40 characters) by
# category. Their honours are the titles the role models above hold.
GENERATED_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GENERATED_GIVEN_NAMES = [
    "秀兰",
    "建华",
    "桂英",
    "国庆",
    "玉梅",
    "志强",
    "红梅",
    "德明",
    "淑珍",
    "海燕",
    "永生",
    "春华",
    "立新",
    "素琴",
    "宏伟",
    "凤英",
    "家乐",
    "文静",
    "长顺",
    "美玲",
    "振东",
    "翠萍",
    "树林",
    "晓东",
    "金凤",
]
GENERATED_DEEDS = {
    "helping-others": [
        "常年义务为楼里的老人买菜、取药",
        "每周到独居老人家里陪聊、打扫卫生",
        "义务为邻居修理自行车和小家电",
        "在小区里办起免费的“爱心理发角”",
        "坚持给楼里的孩子义务辅导功课",
    ],
    "bravery": [
        "路遇老人晕倒，及时施救并拨打急救电话",
        "发现楼内燃气泄漏，挨家敲门疏散邻居",
        "冲进浓烟扑灭楼道里起火的电动车",
        "协助民警制止一起街头抢夺",
        "冬夜跳进冰冷的河水救起落水儿童",
    ],
    "honesty": [
        "拾到钱包原物奉还，婉拒失主酬谢",
        "小店经营多年，从不缺斤短两",
        "替去世的父亲还清多年前的欠款",
        "装修时弄坏邻居的水管，主动上门赔偿",
        "捡到老人的存折和证件，辗转找到失主",
    ],
    "dedication": [
        "当了十多年楼道长，楼里大小事都放在心上",
        "网格员坚持每天走访，熟悉网格里的每一户",
        "社区医生常年上门为慢病老人随访",
        "义务调解邻里纠纷上百起",
        "保洁员十年如一日把小区打扫得干干净净",
    ],
    "filial-piety": [
        "多年悉心照料卧病在床的母亲",
        "辞去外地工作，回家照顾生病的父亲",
        "把瘫痪的婆婆当亲妈一样照顾",
        "每天推着轮椅陪年迈的外婆晒太阳",
        "细心照顾失智的岳父，从不嫌麻烦",
    ],
}
