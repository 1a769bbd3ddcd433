"""Illustrations for the demo content, drawn locally with Pillow.

Each subject is a scene of ``home.demo.drawings`` registered in ``SUBJECTS`` with
what it shows: its alt text, and the words that every text going with the picture
(its title, alt text and captions) must contain, so that a caption cannot promise
what the drawing does not show (``tests/test_demo_content.py`` checks the demo).
A subject always draws the same picture, so reloading the demo changes nothing."""

import functools
import io
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageDraw

from home.demo import drawings


@dataclass(frozen=True)
class Subject:
    """What a demo illustration shows. ``words`` must all appear in every text
    that goes with the picture; ``description`` (the alt text) contains them.
    ``drawings`` are the subject's variants, which differ only in colour."""

    words: tuple[str, ...]
    description: str
    drawings: tuple[Callable[[ImageDraw.ImageDraw], None], ...]


SUBJECTS = {
    "good_people_street": Subject(
        ("好人一条街",),
        "好人一条街的林荫道两侧立着一排好人事迹展示牌。",
        (drawings.good_people_street,),
    ),
    "themed_buildings": Subject(
        ("一栋一特",),
        "一栋一特的几栋多层住宅楼，每栋楼的窗格涂着不同的主题色。",
        (drawings.themed_buildings,),
    ),
    "family_gallery": Subject(
        ("文化长廊",),
        "家风文化长廊里，廊柱之间挂着一块块家风展板，廊外是绿树。",
        (drawings.family_gallery,),
    ),
    "tea_house": Subject(
        ("茶馆",),
        "民生茶馆里，几位居民围坐在圆桌旁商量事情，桌上摆着茶壶和茶杯。",
        (drawings.tea_house,),
    ),
    "lanterns": Subject(
        ("灯笼",),
        "一串红灯笼挂在屋檐下，背景是傍晚的天空。",
        (drawings.lanterns,),
    ),
    "family_reader": Subject(
        ("读本",),
        "桌上叠放着几本红封面的家风家训读本，最上面一本翻开着。",
        (drawings.family_reader,),
    ),
    "law_book_corner": Subject(
        ("书屋",),
        "法治书屋里，书架上排满彩色书脊，上方挂着天平标志，前面有一张阅读桌。",
        (drawings.law_book_corner,),
    ),
    "canal_walk": Subject(
        ("运河",),
        "运河边，河水从画面中穿过，岸边有柳树和步道。",
        (drawings.canal_walk,),
    ),
    "family_dinner": Subject(
        ("饭桌",),
        "一家四代老少围坐在饭桌前，桌上摆着几盘菜。",
        (drawings.family_dinner,),
    ),
    "calligraphy": Subject(
        ("书法",),
        "长廊的墙上挂着一幅竖写的家训书法条幅，末尾盖着红印。",
        (drawings.calligraphy,),
    ),
    "donated_textbooks": Subject(
        ("课本",),
        "两位白发老人站在纸箱两旁，箱子上摞着要捐出的课本。",
        (drawings.donated_textbooks,),
    ),
    "cobbler_tools": Subject(
        ("修鞋",),
        "修鞋铺的工作台上摆着铁鞋楦、锤子、锥子、线轴和一只旧皮鞋。",
        (drawings.cobbler_tools,),
    ),
    "family_reading": Subject(
        ("客厅", "读书"),
        "一家三口坐在客厅的沙发上读书，旁边立着落地灯。",
        (drawings.family_reading,),
    ),
    "stairwell_bookshelf": Subject(
        ("楼", "书架"),
        "楼梯旁的墙边立着一个小书架，摆满了书。",
        (drawings.stairwell_bookshelf,),
    ),
    "chore_chart": Subject(
        ("分工表",),
        "冰箱门上用磁贴贴着一张家务分工表，格子里打着勾。",
        (drawings.chore_chart,),
    ),
    "bench_picture_book": Subject(
        ("长椅", "绘本"),
        "一位老人和一个孩子坐在小区的长椅上，一起看一本打开的绘本。",
        (drawings.bench_picture_book,),
    ),
    "newspaper_delivery": Subject(
        ("报纸",),
        "祖孙俩站在邻居家门口，把一份报纸递给开门的老人。",
        (drawings.newspaper_delivery,),
    ),
    "grandparent_photo": Subject(
        ("合影",),
        "一张祖孙合影，白发老人和孩子并肩站着，老人搂着孩子。",
        (drawings.grandparent_photo,),
    ),
    "meeting_notebook": Subject(
        ("记录本",),
        "桌上摊开一本家庭会议记录本，写着几行字，旁边放着一支笔和一杯茶。",
        (drawings.meeting_notebook,),
    ),
    "story_frames": Subject(
        ("相框",),
        "楼道墙上挂着一排相框，每幅画着晚辈陪伴老人的情景。",
        (drawings.story_frames,),
    ),
    "banquet": Subject(
        ("百家宴",),
        "百家宴上，铺着红桌布的长桌摆满各家端来的菜，邻居们坐在桌后。",
        (drawings.banquet,),
    ),
    "windowsill_plants": Subject(
        ("绿植",),
        "楼道的窗台上摆着四盆绿植。",
        (drawings.windowsill_plants,),
    ),
    "message_board": Subject(
        ("留言板",),
        "墙上的互助留言板贴满了写着字的彩色便条。",
        (drawings.message_board,),
    ),
    "dumplings": Subject(
        ("饺子",),
        "几双手在案板上包饺子，案板上摆着一排排包好的饺子、饺子皮、擀面杖和一碗馅。",
        (drawings.dumplings,),
    ),
    "law_boards": Subject(
        ("法律知识",),
        "楼梯旁的墙上挂着两块法律知识展板，上面画着天平图案和几行文字。",
        (drawings.law_boards,),
    ),
    "law_class": Subject(
        ("小课堂",),
        "楼道里的法律小课堂上，一位讲解人站在展板旁，几位居民坐在小凳上听。",
        (drawings.law_class,),
    ),
    "floor_boards": Subject(
        ("层", "主题", "展板"),
        "楼道里按层分主题布置的展板，每层一块，颜色和图案各不相同。",
        (drawings.floor_boards,),
    ),
    "portrait": Subject(
        ("头像",),
        "一个不画五官的人物剪影头像，并非本人照片。",
        drawings.PORTRAITS,
    ),
}


def alt_text(subject):
    """The alt text of a demo illustration: what its drawing shows."""
    return f"示意插图：{SUBJECTS[subject].description}"


def draw_illustration(subject, variant=0):
    """A JPEG of ``subject``, the same every time; its drawings take turns as
    ``variant`` counts up."""
    variants = SUBJECTS[subject].drawings
    return _jpeg(variants[variant % len(variants)])


@functools.cache
def _jpeg(drawing):
    image = Image.new("RGB", (drawings.WIDTH, drawings.HEIGHT))
    drawing(ImageDraw.Draw(image))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=82)
    return buffer.getvalue()
