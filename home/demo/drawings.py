"""The scenes of the demo illustrations, drawn with Pillow's primitives: flat,
simple and the same every time. Each takes an ``ImageDraw`` of WIDTH × HEIGHT;
``home.demo.images`` says what each one shows."""

import functools
import random

from PIL import Image

WIDTH, HEIGHT = 1200, 800
PALETTE = ["#8e1b1b", "#c0392b", "#e67e22", "#f1c40f", "#27ae60", "#2471a3", "#7d3c98"]
SKIN = "#f5cba7"
HAIR = "#4e342e"
GREY_HAIR = "#d5d8dc"
WOOD = "#a1887f"
DARK_WOOD = "#6d4c41"
PAPER = "#fdfaf0"
INK = "#9e9e9e"


def _sky(draw, top, bottom):
    top_rgb = Image.new("RGB", (1, 1), top).getpixel((0, 0))
    bottom_rgb = Image.new("RGB", (1, 1), bottom).getpixel((0, 0))
    for y in range(HEIGHT):
        share = y / HEIGHT
        colour = tuple(
            round(a + (b - a) * share) for a, b in zip(top_rgb, bottom_rgb, strict=True)
        )
        draw.line([(0, y), (WIDTH, y)], fill=colour)


def _room(draw, wall, floor, floor_top=620):
    draw.rectangle([0, 0, WIDTH, floor_top], fill=wall)
    draw.rectangle([0, floor_top, WIDTH, HEIGHT], fill=floor)


def _trees(draw, rng, count, ground):
    for _ in range(count):
        x = rng.randint(0, WIDTH)
        size = rng.randint(40, 80)
        draw.rectangle([x - 6, ground - size, x + 6, ground], fill="#6e4b2a")
        draw.ellipse(
            [x - size, ground - size * 2.2, x + size, ground - size * 0.6],
            fill=rng.choice(["#2e8b57", "#3c9d5d", "#4caf50"]),
        )


def _head(draw, x, top, size, hair):
    """A faceless head: demo people are invented, so no face is drawn."""
    draw.ellipse([x - size / 2, top, x + size / 2, top + size], fill=SKIN)
    draw.chord([x - size / 2, top, x + size / 2, top + size], 180, 360, fill=hair)


def _person(draw, x, feet, height, clothes, hair=HAIR):
    """A standing figure centred on ``x`` with its feet on the line ``feet``."""
    head = height * 0.2
    top = feet - height
    draw.rounded_rectangle(
        [x - height * 0.16, top + head * 0.9, x + height * 0.16, feet - height * 0.3],
        radius=height * 0.07,
        fill=clothes,
    )
    for side in (-1, 1):
        leg = x + side * height * 0.09
        draw.rectangle(
            [leg - height * 0.05, feet - height * 0.32, leg + height * 0.05, feet],
            fill="#455a64",
        )
    _head(draw, x, top, head, hair)


def _seated(draw, x, seat, size, clothes, hair=HAIR):
    """The upper half of a figure sitting on (or behind) the line ``seat``."""
    head = size * 0.45
    draw.rounded_rectangle(
        [x - size * 0.36, seat - size, x + size * 0.36, seat],
        radius=size * 0.18,
        fill=clothes,
    )
    _head(draw, x, seat - size - head * 0.95, head, hair)


def _text_lines(draw, left, top, right, rows, colour=INK, gap=26, height=8):
    for row in range(rows):
        y = top + row * gap
        end = right if row % 3 != 2 else left + (right - left) * 0.6
        draw.rectangle([left, y, end, y + height], fill=colour)


def _scales(draw, x, top, size, colour="#f1c40f"):
    """The scales of justice: a post, a beam and two pans."""
    draw.rectangle([x - size * 0.04, top, x + size * 0.04, top + size], fill=colour)
    draw.rectangle(
        [x - size * 0.3, top + size - size * 0.06, x + size * 0.3, top + size],
        fill=colour,
    )
    draw.rectangle(
        [x - size * 0.5, top + size * 0.1, x + size * 0.5, top + size * 0.16],
        fill=colour,
    )
    for side in (-1, 1):
        pan = x + side * size * 0.45
        draw.line(
            [(pan, top + size * 0.16), (pan - size * 0.14, top + size * 0.5)],
            fill=colour,
            width=3,
        )
        draw.line(
            [(pan, top + size * 0.16), (pan + size * 0.14, top + size * 0.5)],
            fill=colour,
            width=3,
        )
        draw.chord(
            [
                pan - size * 0.18,
                top + size * 0.36,
                pan + size * 0.18,
                top + size * 0.64,
            ],
            0,
            180,
            fill=colour,
        )


def _books_row(draw, rng, left, right, shelf, tallest=140):
    x = left
    while x < right - 50:
        width = rng.randint(24, 48)
        height = rng.randint(tallest - 50, tallest)
        draw.rectangle([x, shelf - height, x + width, shelf], fill=rng.choice(PALETTE))
        x += width + 4


def _table(draw, left, top, right, colour=WOOD, legs=DARK_WOOD):
    draw.rectangle([left, top, right, top + 30], fill=colour)
    for x in (left + 30, right - 60):
        draw.rectangle([x, top + 30, x + 30, min(top + 260, HEIGHT)], fill=legs)


def good_people_street(draw):
    rng = random.Random(1)
    _sky(draw, "#bfe3ff", "#fdf6e3")
    draw.rectangle([0, 520, WIDTH, HEIGHT], fill="#c5e1a5")
    draw.polygon([(430, 800), (770, 800), (630, 420), (570, 420)], fill="#9e9e9e")
    _trees(draw, rng, 5, 430)
    for side in (-1, 1):
        for index in range(5):
            x = 600 + side * (160 + index * 92)
            size = 120 - index * 14
            top = 560 - size * 2
            draw.rectangle([x - 3, top, x + 3, 600 - index * 8], fill="#5d4037")
            colour = PALETTE[(index + side) % len(PALETTE)]
            draw.rectangle([x - size / 2, top, x + size / 2, top + size], fill=colour)
            draw.rectangle(
                [x - size * 0.4, top + size * 0.12, x + size * 0.4, top + size * 0.88],
                fill=PAPER,
            )
            _seated(draw, x, top + size * 0.8, size * 0.4, colour)


def themed_buildings(draw):
    rng = random.Random(2)
    _sky(draw, "#d6eaf8", "#fef9e7")
    for index in range(5):
        left = 60 + index * 230
        top = rng.randint(180, 320)
        draw.rectangle([left, top, left + 180, 760], fill="#e5e0d8", outline="#8d8d8d")
        colour = PALETTE[index % len(PALETTE)]
        for row in range(top + 30, 740, 70):
            for column in range(left + 20, left + 170, 55):
                draw.rectangle([column, row, column + 35, row + 40], fill=colour)
    draw.rectangle([0, 760, WIDTH, HEIGHT], fill="#7cb342")


def family_gallery(draw):
    rng = random.Random(3)
    _sky(draw, "#c8f7c5", "#fffde7")
    draw.rectangle([0, 560, WIDTH, HEIGHT], fill="#8bc34a")
    _trees(draw, rng, 7, 330)
    draw.polygon([(40, 230), (1160, 230), (1200, 290), (0, 290)], fill="#5d4037")
    draw.rectangle([0, 290, WIDTH, 305], fill="#8e1b1b")
    draw.rectangle([0, 600, WIDTH, 630], fill="#bcaaa4")
    for index, x in enumerate(range(60, WIDTH, 220)):
        draw.rectangle([x, 305, x + 22, 610], fill="#b03a2e")
        if x + 220 < WIDTH:
            left, right = x + 45, x + 197
            draw.rectangle([left, 350, right, 540], fill=PAPER, outline="#8e1b1b")
            draw.rectangle([left, 350, right, 385], fill=PALETTE[index % 3])
            _text_lines(draw, left + 15, 405, right - 15, 5, gap=24)


def tea_house(draw):
    _sky(draw, "#fff3e0", "#ffe0b2")
    draw.rectangle([0, 640, WIDTH, HEIGHT], fill="#d7ccc8")
    for index in range(6):
        _seated(draw, 385 + index * 86, 500, 110, PALETTE[(index * 3) % 7])
    draw.ellipse([330, 460, 870, 640], fill=WOOD)
    draw.rectangle([585, 620, 615, 720], fill=DARK_WOOD)
    draw.ellipse([540, 470, 660, 560], fill="#2e7d32")
    draw.rectangle([585, 450, 615, 480], fill="#2e7d32")
    draw.polygon([(650, 500), (710, 470), (700, 495), (655, 520)], fill="#2e7d32")
    for x in (400, 470, 730, 800):
        draw.rectangle([x, 540, x + 40, 580], fill="#ffffff", outline=DARK_WOOD)
        draw.ellipse([x + 5, 536, x + 35, 548], fill="#c5a35a")


def lanterns(draw):
    rng = random.Random(5)
    _sky(draw, "#1a237e", "#e65100")
    draw.polygon([(0, 60), (WIDTH, 60), (WIDTH - 40, 150), (40, 150)], fill="#37474f")
    draw.polygon([(0, 60), (70, 150), (0, 150)], fill="#263238")
    draw.polygon([(WIDTH, 60), (WIDTH - 70, 150), (WIDTH, 150)], fill="#263238")
    draw.rectangle([40, 150, WIDTH - 40, 175], fill="#4e342e")
    for x in range(140, WIDTH - 60, 185):
        drop = rng.randint(40, 120)
        draw.line([(x, 175), (x, 175 + drop)], fill="#ffd54f", width=4)
        draw.rectangle([x - 25, 160 + drop, x + 25, 180 + drop], fill="#ffd54f")
        draw.ellipse([x - 65, 175 + drop, x + 65, 315 + drop], fill="#d32f2f")
        draw.rectangle([x - 25, 305 + drop, x + 25, 325 + drop], fill="#ffd54f")
        for strand in range(-15, 20, 10):
            draw.line(
                [(x + strand, 325 + drop), (x + strand, 380 + drop)],
                fill="#ffd54f",
                width=3,
            )


def family_reader(draw):
    _room(draw, "#fbe9e7", "#a1887f", floor_top=560)
    for index, colour in enumerate(["#8e1b1b", "#c0392b", "#8e1b1b", "#b03a2e"]):
        top = 520 - index * 60
        shift = (index % 2) * 30
        draw.rectangle([330 + shift, top, 870 + shift, top + 55], fill=PAPER)
        draw.rectangle([320 + shift, top, 880 + shift, top + 12], fill=colour)
        draw.rectangle([320 + shift, top + 43, 880 + shift, top + 55], fill=colour)
        draw.rectangle([320 + shift, top, 345 + shift, top + 55], fill=colour)
    draw.polygon([(300, 290), (600, 320), (600, 100), (330, 70)], fill=PAPER)
    draw.polygon([(600, 320), (900, 290), (870, 70), (600, 100)], fill="#f7f1e1")
    draw.line([(600, 100), (600, 320)], fill="#bdbdbd", width=4)
    for row in range(6):
        y = 115 + row * 30
        draw.line([(360, y - 10), (570, y + 8)], fill=INK, width=6)
        draw.line([(630, y + 8), (840, y - 10)], fill=INK, width=6)
    draw.rectangle([290, 290, 910, 340], fill="#c0392b")


def law_book_corner(draw):
    rng = random.Random(7)
    _room(draw, "#efebe9", "#bcaaa4", floor_top=660)
    _scales(draw, 600, 40, 100)
    draw.rectangle([100, 160, 1100, 620], fill="#8d6e63")
    for shelf in (300, 460, 620):
        draw.rectangle([100, shelf - 10, 1100, shelf], fill="#5d4037")
        _books_row(draw, rng, 120, 1080, shelf - 10)
    _table(draw, 300, 640, 900)


def canal_walk(draw):
    _sky(draw, "#b3e5fc", "#e1f5fe")
    draw.rectangle([0, 480, WIDTH, HEIGHT], fill="#aed581")
    draw.polygon([(0, 600), (WIDTH, 520), (WIDTH, 640), (0, 730)], fill="#4fc3f7")
    draw.line([(0, 590), (WIDTH, 510)], fill="#d7ccc8", width=18)
    for x in range(80, WIDTH, 160):
        draw.line([(x, 500 - x // 20), (x, 380 - x // 20)], fill="#6d4c41", width=10)
        for strand in range(-40, 50, 20):
            draw.line(
                [(x, 380 - x // 20), (x + strand, 520 - x // 20)],
                fill="#7cb342",
                width=4,
            )


def family_dinner(draw):
    _room(draw, "#fdebd0", "#d7ccc8")
    for x, size, clothes, hair in (
        (250, 130, "#7d3c98", GREY_HAIR),
        (420, 150, "#2471a3", GREY_HAIR),
        (600, 160, "#c0392b", HAIR),
        (780, 150, "#27ae60", HAIR),
        (950, 95, "#f1c40f", HAIR),
    ):
        _seated(draw, x, 540, size, clothes, hair)
    draw.rectangle([140, 500, 1060, 560], fill=WOOD)
    draw.rectangle([160, 560, 1040, 600], fill=DARK_WOOD)
    for x, food in (
        (300, "#e67e22"),
        (480, "#27ae60"),
        (660, "#c0392b"),
        (840, "#f1c40f"),
    ):
        draw.ellipse([x - 70, 495, x + 70, 535], fill="#ffffff")
        draw.ellipse([x - 45, 500, x + 45, 525], fill=food)
    for x in (390, 570, 750, 930):
        draw.chord([x - 22, 500, x + 22, 540], 0, 180, fill="#ffffff")


def calligraphy(draw):
    rng = random.Random(11)
    _room(draw, "#f5eee0", "#bcaaa4", floor_top=700)
    for x in (80, 1060):
        draw.rectangle([x, 0, x + 60, 700], fill="#b03a2e")
    draw.rectangle([0, 0, WIDTH, 40], fill="#5d4037")
    draw.rectangle([480, 80, 720, 100], fill=DARK_WOOD)
    draw.line([(540, 80), (600, 50), (660, 80)], fill=DARK_WOOD, width=3)
    draw.rectangle([495, 100, 705, 640], fill=PAPER, outline="#d7ccc8")
    draw.rectangle([470, 640, 730, 660], fill=DARK_WOOD)
    for cell in range(4):
        top = 130 + cell * 110
        for _ in range(4):
            x0, y0 = rng.randint(540, 600), rng.randint(top, top + 70)
            x1, y1 = rng.randint(600, 660), rng.randint(top + 10, top + 85)
            draw.line([(x0, y0), (x1, y1)], fill="#212121", width=rng.randint(9, 15))
    draw.rectangle([630, 570, 665, 605], fill="#c0392b")


def donated_textbooks(draw):
    _room(draw, "#e8f6f3", "#d7ccc8")
    _person(draw, 230, 700, 400, "#7d3c98", GREY_HAIR)
    _person(draw, 970, 700, 420, "#2471a3", GREY_HAIR)
    draw.rectangle([420, 430, 780, 700], fill="#c8a165")
    draw.polygon([(420, 430), (360, 360), (560, 360), (600, 430)], fill="#b08850")
    draw.polygon([(780, 430), (840, 360), (640, 360), (600, 430)], fill="#b08850")
    for stack, x in enumerate((440, 600)):
        for row in range(5):
            top = 380 - row * 22
            draw.rectangle(
                [x, top, x + 150, top + 18],
                fill=["#2471a3", "#27ae60"][(stack + row) % 2],
            )
            draw.rectangle([x + 140, top + 3, x + 150, top + 15], fill=PAPER)
    for row in range(3):
        top = 640 - row * 22
        draw.rectangle([830, top, 960, top + 18], fill=["#e67e22", "#2471a3"][row % 2])


def cobbler_tools(draw):
    _room(draw, "#d7ccc8", "#5d4037", floor_top=700)
    draw.rectangle([40, 470, 1190, 530], fill=WOOD)
    draw.rectangle([90, 530, 140, 700], fill=DARK_WOOD)
    draw.rectangle([1060, 530, 1110, 700], fill=DARK_WOOD)
    # An iron shoe last on its stand.
    draw.rectangle([190, 330, 225, 470], fill="#616161")
    draw.polygon(
        [(80, 335), (330, 335), (370, 290), (340, 250), (230, 262), (120, 220)],
        fill="#424242",
    )
    # A hammer lying on its side.
    draw.line([(330, 450), (560, 450)], fill="#8d6e63", width=26)
    draw.line([(575, 390), (575, 470)], fill="#616161", width=50)
    # An awl: a round wooden handle and a steel point.
    draw.ellipse([620, 420, 720, 466], fill="#a1887f")
    draw.polygon([(718, 436), (880, 443), (718, 450)], fill="#9e9e9e")
    # A spool of thread.
    draw.rectangle([905, 385, 955, 462], fill="#f5f5f5")
    draw.rectangle([895, 375, 965, 387], fill=DARK_WOOD)
    draw.rectangle([895, 460, 965, 472], fill=DARK_WOOD)
    # An old leather shoe.
    draw.polygon(
        [(990, 455), (1000, 370), (1060, 360), (1100, 400), (1160, 420), (1170, 455)],
        fill="#6d4c41",
    )
    draw.rectangle([985, 452, 1175, 470], fill="#3e2723")


def family_reading(draw):
    _room(draw, "#e8eaf6", "#bcaaa4", floor_top=660)
    draw.rectangle([880, 160, 890, 660], fill="#424242")
    draw.polygon([(820, 160), (950, 160), (910, 90), (860, 90)], fill="#ffe082")
    draw.rounded_rectangle([120, 330, 820, 620], 40, fill="#5d6d7e")
    for x, size, clothes in (
        (270, 170, "#c0392b"),
        (460, 110, "#f1c40f"),
        (650, 170, "#27ae60"),
    ):
        _seated(draw, x, 560, size, clothes)
        draw.rectangle(
            [x - size * 0.35, 560 - size * 0.55, x + size * 0.35, 560 - size * 0.2],
            fill="#2471a3",
        )
        draw.line([(x, 560 - size * 0.55), (x, 560 - size * 0.2)], fill=PAPER, width=3)
    draw.rounded_rectangle([100, 520, 840, 640], 30, fill="#4a5a6a")
    draw.rectangle([150, 640, 180, 680], fill=DARK_WOOD)
    draw.rectangle([760, 640, 790, 680], fill=DARK_WOOD)


def _stairwell(draw):
    """Stairs climbing from the left with a handrail, seen from the side."""
    _room(draw, "#eceff1", "#b0bec5", floor_top=720)
    steps = [(60 + step * 60, 720 - step * 45) for step in range(9)]
    outline = [(0, HEIGHT), (0, 720)]
    for x, y in steps:
        outline += [(x, y), (x, y - 45)]
    outline += [(steps[-1][0] + 60, steps[-1][1] - 45), (steps[-1][0] + 60, HEIGHT)]
    draw.polygon(outline, fill="#90a4ae")
    draw.line([(40, 600), (620, 170)], fill=DARK_WOOD, width=10)
    for x, y in steps[::2]:
        draw.line([(x + 30, y - 45), (x + 30, y - 150)], fill="#78909c", width=5)


def stairwell_bookshelf(draw):
    rng = random.Random(14)
    _stairwell(draw)
    draw.rectangle([700, 200, 1100, 720], fill="#8d6e63")
    for shelf in (360, 520, 700):
        draw.rectangle([715, shelf - 12, 1085, shelf], fill="#5d4037")
        _books_row(draw, rng, 730, 1085, shelf - 12, tallest=120)


def chore_chart(draw):
    _room(draw, "#fff8e1", "#bcaaa4", floor_top=740)
    draw.rounded_rectangle([330, 40, 870, 760], 30, fill="#eceff1", outline="#b0bec5")
    draw.line([(330, 280), (870, 280)], fill="#b0bec5", width=6)
    draw.rectangle([810, 120, 830, 230], fill="#90a4ae")
    draw.rectangle([810, 330, 830, 520], fill="#90a4ae")
    draw.rectangle([400, 320, 780, 700], fill="#ffffff", outline="#757575")
    draw.rectangle([400, 320, 780, 370], fill="#e67e22")
    for column in range(1, 5):
        x = 400 + column * 76
        draw.line([(x, 370), (x, 700)], fill="#bdbdbd", width=2)
    for row in range(1, 5):
        y = 370 + row * 66
        draw.line([(400, y), (780, y)], fill="#bdbdbd", width=2)
    for row in range(5):
        draw.rectangle([410, 395 + row * 66, 465, 405 + row * 66], fill=INK)
        for column in range(1, 5):
            if (row + column) % 3:
                x, y = 400 + column * 76, 370 + row * 66
                draw.line(
                    [(x + 20, y + 35), (x + 34, y + 50), (x + 58, y + 16)],
                    fill="#27ae60",
                    width=7,
                )
    for x, colour in ((420, "#c0392b"), (760, "#2471a3")):
        draw.ellipse([x - 18, 302, x + 18, 338], fill=colour)
    draw.ellipse([480, 110, 530, 160], fill="#f1c40f")
    draw.ellipse([600, 150, 650, 200], fill="#27ae60")


def bench_picture_book(draw):
    _sky(draw, "#d6f0ff", "#f1f8e9")
    draw.rectangle([0, 560, WIDTH, HEIGHT], fill="#9ccc65")
    for x in (130, 1060):
        draw.rectangle([x - 10, 300, x + 10, 570], fill="#6e4b2a")
        draw.ellipse([x - 90, 130, x + 90, 360], fill="#3c9d5d")
    for y in (380, 420):
        draw.rectangle([300, y, 900, y + 22], fill="#8d6e63")
    _seated(draw, 470, 530, 190, "#7d3c98", GREY_HAIR)
    _seated(draw, 700, 530, 120, "#e67e22")
    draw.polygon([(470, 400), (580, 430), (580, 530), (470, 500)], fill=PAPER)
    draw.polygon([(580, 430), (690, 400), (690, 500), (580, 530)], fill=PAPER)
    draw.ellipse([490, 430, 540, 480], fill="#f1c40f")
    draw.polygon([(610, 490), (640, 440), (670, 480)], fill="#27ae60")
    draw.rectangle([600, 440, 625, 460], fill="#c0392b")
    for y in (520, 545):
        draw.rectangle([280, y, 920, y + 18], fill="#a1887f")
    for x in (320, 860):
        draw.rectangle([x, 563, x + 22, 680], fill="#5d4037")


def newspaper_delivery(draw):
    _room(draw, "#eceff1", "#b0bec5", floor_top=700)
    draw.rectangle([720, 120, 1000, 700], fill="#3e2723")
    draw.polygon([(1000, 120), (1110, 150), (1110, 690), (1000, 700)], fill="#8d6e63")
    draw.ellipse([1080, 420, 1100, 440], fill="#f1c40f")
    _person(draw, 860, 700, 420, "#607d8b", GREY_HAIR)
    _person(draw, 300, 700, 440, "#2471a3", GREY_HAIR)
    _person(draw, 500, 700, 280, "#e67e22")
    draw.polygon(
        [(540, 540), (730, 515), (740, 600), (550, 625)], fill="#ffffff", outline=INK
    )
    for y in (555, 578, 601):
        draw.line([(565, y + 5), (715, y - 15)], fill=INK, width=6)


def grandparent_photo(draw):
    draw.rectangle([0, 0, WIDTH, HEIGHT], fill="#5d4037")
    draw.rectangle([180, 60, 1020, 740], fill="#ffffff")
    draw.rectangle([220, 100, 980, 640], fill="#bbdefb")
    draw.rectangle([220, 500, 980, 640], fill="#a5d6a7")
    draw.ellipse([780, 140, 880, 240], fill="#fff176")
    _person(draw, 500, 630, 440, "#c0392b", GREY_HAIR)
    _person(draw, 660, 630, 280, "#f1c40f")
    draw.line([(540, 330), (620, 400)], fill="#c0392b", width=22)


def meeting_notebook(draw):
    _room(draw, "#fbe9e7", "#a1887f", floor_top=140)
    draw.rectangle([160, 200, 600, 720], fill=PAPER, outline="#bdbdbd")
    draw.rectangle([600, 200, 1040, 720], fill="#ffffff", outline="#bdbdbd")
    draw.rectangle([590, 200, 610, 720], fill="#e0e0e0")
    for y in range(230, 700, 40):
        draw.ellipse([588, y, 612, y + 16], fill="#757575")
    for left in (200, 640):
        draw.rectangle([left, 240, left + 200, 262], fill="#c0392b")
        for y in range(300, 700, 44):
            draw.line([(left, y + 14), (left + 360, y + 14)], fill="#bbdefb", width=2)
        _text_lines(draw, left + 10, 300, left + 340, 8, gap=44, height=10)
    draw.polygon([(1000, 620), (1150, 330), (1165, 340), (1015, 630)], fill="#2471a3")
    draw.polygon([(1000, 620), (990, 660), (1015, 630)], fill="#212121")
    draw.ellipse([1060, 170, 1180, 290], fill="#ffffff")
    draw.ellipse([1075, 185, 1165, 275], fill="#c5a35a")


def story_frames(draw):
    _stairwell(draw)
    for index, x in enumerate((620, 760, 900, 1040)):
        top = 200 + (index % 2) * 30
        draw.rectangle([x, top, x + 120, top + 150], fill=DARK_WOOD)
        draw.rectangle([x + 12, top + 12, x + 108, top + 138], fill="#fff8e1")
        _person(draw, x + 40, top + 132, 90, PALETTE[index], GREY_HAIR)
        _person(draw, x + 78, top + 132, 80, PALETTE[index + 2])


def banquet(draw):
    _sky(draw, "#fff8e1", "#ffe0b2")
    draw.rectangle([0, 600, WIDTH, HEIGHT], fill="#d7ccc8")
    draw.line([(0, 80), (300, 130), (600, 90), (900, 130), (1200, 80)], fill="#795548")
    for index, x in enumerate(range(30, WIDTH, 60)):
        y = 80 + abs((x % 300) - 150) / 3
        draw.polygon([(x, y), (x + 40, y), (x + 20, y + 45)], fill=PALETTE[index % 7])
    for index, x in enumerate(range(110, 1120, 110)):
        hair = GREY_HAIR if index % 3 == 0 else HAIR
        _seated(draw, x, 500, 120 - (index % 2) * 20, PALETTE[(index * 2) % 7], hair)
    draw.rectangle([40, 480, 1160, 540], fill="#c62828")
    draw.rectangle([40, 540, 1160, 640], fill="#b71c1c")
    for index, x in enumerate(range(90, 1140, 85)):
        food = ["#e67e22", "#27ae60", "#f1c40f", "#8e1b1b", "#ffffff"][index % 5]
        draw.ellipse([x - 36, 475, x + 36, 510], fill="#ffffff")
        draw.ellipse([x - 24, 480, x + 24, 500], fill=food)


def windowsill_plants(draw):
    _room(draw, "#eceff1", "#b0bec5", floor_top=740)
    draw.rectangle([250, 80, 950, 520], fill="#ffffff")
    draw.rectangle([270, 100, 930, 500], fill="#b3e5fc")
    draw.rectangle([590, 100, 610, 500], fill="#ffffff")
    draw.rectangle([270, 290, 930, 305], fill="#ffffff")
    draw.rectangle([220, 500, 980, 540], fill="#cfd8dc")
    for index, x in enumerate((330, 520, 700, 870)):
        draw.polygon(
            [(x - 50, 420), (x + 50, 420), (x + 35, 500), (x - 35, 500)], fill="#bf6b3c"
        )
        for leaf in range(-2, 3):
            draw.ellipse(
                [x + leaf * 22 - 22, 300 + abs(leaf) * 30, x + leaf * 22 + 22, 420],
                fill=["#2e7d32", "#43a047", "#66bb6a"][(index + leaf) % 3],
            )


def message_board(draw):
    _room(draw, "#f1f8e9", "#bcaaa4", floor_top=740)
    draw.rectangle([150, 80, 1050, 680], fill="#5d4037")
    draw.rectangle([175, 105, 1025, 655], fill="#d7b377")
    notes = ["#fff176", "#f8bbd0", "#b3e5fc", "#c8e6c9"]
    for row in range(3):
        for column in range(5):
            x = 205 + column * 165 + (row % 2) * 20
            y = 130 + row * 175
            draw.rectangle([x, y, x + 135, y + 140], fill=notes[(row + column) % 4])
            _text_lines(draw, x + 15, y + 40, x + 120, 3, colour="#757575", gap=28)
            draw.ellipse([x + 57, y - 5, x + 77, y + 15], fill="#c62828")


def dumplings(draw):
    draw.rectangle([0, 0, WIDTH, HEIGHT], fill="#795548")
    draw.rounded_rectangle([100, 120, 1100, 700], 30, fill="#deb887")
    rng = random.Random(24)
    for _ in range(120):
        x, y = rng.randint(130, 1070), rng.randint(140, 680)
        draw.ellipse([x - 3, y - 3, x + 3, y + 3], fill="#fffdf5")
    for row in range(2):
        for column in range(6):
            x, y = 380 + column * 105, 440 + row * 90
            draw.chord([x - 45, y - 40, x + 45, y + 40], 180, 360, fill="#fffdf5")
            draw.line([(x - 45, y), (x + 45, y)], fill="#e0d6c0", width=3)
            for pleat in (-20, 0, 20):
                draw.line(
                    [(x + pleat, y - 35), (x + pleat, y - 20)], fill="#e0d6c0", width=3
                )
    for x in (420, 540):
        draw.ellipse([x - 55, 220, x + 55, 330], fill="#fffdf5", outline="#eee2c8")
    draw.ellipse([780, 190, 960, 350], fill="#ffffff")
    draw.ellipse([805, 215, 935, 325], fill="#d08c7a")
    draw.rounded_rectangle([170, 560, 330, 600], 18, fill="#c8a165")
    draw.rounded_rectangle([140, 570, 180, 590], 8, fill="#a1887f")
    draw.rounded_rectangle([320, 570, 360, 590], 8, fill="#a1887f")
    for x, top, sleeve in ((480, 0, "#2471a3"), (700, 0, "#c0392b")):
        draw.rectangle([x - 50, top, x + 50, 160], fill=sleeve)
        draw.ellipse([x - 60, 140, x + 60, 250], fill=SKIN)
    draw.rectangle([1100, 360, WIDTH, 460], fill="#27ae60")
    draw.ellipse([1000, 350, 1120, 470], fill=SKIN)
    draw.chord([1020, 380, 1080, 440], 180, 360, fill="#fffdf5")


def law_boards(draw):
    _stairwell(draw)
    for x in (640, 900):
        draw.rectangle([x, 150, x + 230, 470], fill="#1f4e79")
        _scales(draw, x + 115, 175, 90)
        _text_lines(draw, x + 25, 300, x + 205, 6, colour="#dce6f0", gap=26, height=9)


def law_class(draw):
    _room(draw, "#eceff1", "#b0bec5", floor_top=640)
    draw.rectangle([720, 120, 1020, 440], fill="#1f4e79")
    _scales(draw, 870, 150, 110)
    _text_lines(draw, 750, 300, 990, 5, colour="#dce6f0", gap=26, height=9)
    draw.rectangle([860, 440, 880, 640], fill="#455a64")
    _person(draw, 620, 660, 420, "#2e4053")
    for index, x in enumerate((130, 290, 450)):
        draw.rectangle([x - 50, 660, x + 50, 680], fill=DARK_WOOD)
        draw.rectangle([x - 40, 680, x - 30, 760], fill=DARK_WOOD)
        draw.rectangle([x + 30, 680, x + 40, 760], fill=DARK_WOOD)
        hair = GREY_HAIR if index != 1 else HAIR
        _seated(draw, x, 665, 150, PALETTE[index * 2], hair)


def floor_boards(draw):
    _room(draw, "#eceff1", "#90a4ae", floor_top=760)
    icons = ["#c0392b", "#27ae60", "#2471a3"]
    for floor in range(3):
        slab = 760 - floor * 250
        draw.rectangle([0, slab - 14, WIDTH, slab], fill="#78909c")
        draw.polygon(
            [(120, slab - 14), (420, slab - 236), (470, slab - 236), (170, slab - 14)],
            fill="#90a4ae",
        )
        left, top = 620, slab - 210
        colour = icons[floor]
        draw.rectangle([left, top, left + 420, top + 170], fill=colour)
        draw.rectangle([left + 20, top + 20, left + 400, top + 150], fill=PAPER)
        if floor == 0:
            draw.ellipse([left + 50, top + 45, left + 100, top + 95], fill=colour)
            draw.ellipse([left + 90, top + 45, left + 140, top + 95], fill=colour)
            draw.polygon(
                [(left + 52, top + 80), (left + 138, top + 80), (left + 95, top + 135)],
                fill=colour,
            )
        elif floor == 1:
            draw.ellipse([left + 50, top + 40, left + 140, top + 130], fill=colour)
            draw.line(
                [(left + 60, top + 120), (left + 130, top + 50)], fill=PAPER, width=5
            )
        else:
            draw.rectangle([left + 50, top + 50, left + 140, top + 125], fill=colour)
            draw.line(
                [(left + 95, top + 50), (left + 95, top + 125)], fill=PAPER, width=5
            )
        _text_lines(draw, left + 170, top + 45, left + 380, 4, gap=24)


def portrait(draw, background, clothes, head):
    """A faceless silhouette: demo role models are invented, so no face is drawn."""
    _sky(draw, background, "#ffffff")
    draw.ellipse([470, 700, 730, 1100], fill=clothes)
    draw.rounded_rectangle([380, 520, 820, 900], 160, fill=clothes)
    draw.ellipse([500, 220, 700, 460], fill=head)


# One silhouette in each set of colours (background, clothes, head), so that a
# street of them is not all alike.
_PORTRAIT_COLOURS = [
    ("#fde2c8", "#8e1b1b", "#8d6e63"),
    ("#d6eaf8", "#2471a3", "#6d4c41"),
    ("#e8f6d8", "#27ae60", "#a1887f"),
    ("#fde2c8", "#7d3c98", "#6d4c41"),
    ("#d6eaf8", "#e67e22", "#8d6e63"),
    ("#e8f6d8", "#c0392b", "#a1887f"),
]
PORTRAITS = tuple(
    functools.partial(portrait, background=background, clothes=clothes, head=head)
    for background, clothes, head in _PORTRAIT_COLOURS
)
