"""Illustrations for the demo content, drawn locally with Pillow.

Each motif is a simple flat scene; the same key always draws the same picture,
so reloading the demo changes nothing."""

import io
import random

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1200, 800
PALETTE = ["#8e1b1b", "#c0392b", "#e67e22", "#f1c40f", "#27ae60", "#2471a3", "#7d3c98"]


def _sky(draw, top, bottom):
    top_rgb = Image.new("RGB", (1, 1), top).getpixel((0, 0))
    bottom_rgb = Image.new("RGB", (1, 1), bottom).getpixel((0, 0))
    for y in range(HEIGHT):
        share = y / HEIGHT
        colour = tuple(
            round(a + (b - a) * share) for a, b in zip(top_rgb, bottom_rgb, strict=True)
        )
        draw.line([(0, y), (WIDTH, y)], fill=colour)


def _trees(draw, rng, count, ground):
    for _ in range(count):
        x = rng.randint(0, WIDTH)
        size = rng.randint(40, 80)
        draw.rectangle([x - 6, ground - size, x + 6, ground], fill="#6e4b2a")
        draw.ellipse(
            [x - size, ground - size * 2.2, x + size, ground - size * 0.6],
            fill=rng.choice(["#2e8b57", "#3c9d5d", "#4caf50"]),
        )


def _street(draw, rng):
    _sky(draw, "#bfe3ff", "#fdf6e3")
    draw.polygon([(450, 800), (750, 800), (640, 420), (560, 420)], fill="#9e9e9e")
    for side in (-1, 1):
        for index in range(6):
            x = 600 + side * (140 + index * 70)
            height = 120 - index * 12
            draw.rectangle(
                [x - 26, 520 - height, x + 26, 520], fill=rng.choice(PALETTE)
            )
            draw.rectangle([x - 3, 520, x + 3, 600], fill="#5d4037")
    _trees(draw, rng, 5, 430)


def _buildings(draw, rng):
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


def _garden(draw, rng):
    _sky(draw, "#c8f7c5", "#fffde7")
    draw.rectangle([0, 520, WIDTH, HEIGHT], fill="#8bc34a")
    points = [(100, 700), (400, 600), (700, 660), (1100, 560)]
    draw.line(points, fill="#bcaaa4", width=60, joint="curve")
    for x in range(150, 1100, 120):
        draw.rectangle([x, 430, x + 14, 600], fill="#8d6e63")
    draw.rectangle([130, 410, 1110, 440], fill="#a1887f")
    _trees(draw, rng, 8, 520)


def _meeting(draw, rng):
    _sky(draw, "#fff3e0", "#ffe0b2")
    draw.ellipse([350, 450, 850, 650], fill="#a1887f")
    for index in range(6):
        x = 380 + index * 90
        colour = rng.choice(PALETTE)
        draw.ellipse([x, 300, x + 60, 360], fill="#f5cba7")
        draw.rounded_rectangle([x - 10, 360, x + 70, 480], 20, fill=colour)
    for x in range(450, 800, 110):
        draw.rectangle([x, 520, x + 40, 560], fill="#ffffff", outline="#6d4c41")


def _lanterns(draw, rng):
    _sky(draw, "#1a237e", "#e65100")
    draw.rectangle([0, 120, WIDTH, 160], fill="#4e342e")
    for x in range(120, WIDTH, 190):
        drop = rng.randint(40, 120)
        draw.line([(x, 160), (x, 160 + drop)], fill="#ffd54f", width=4)
        draw.ellipse([x - 60, 160 + drop, x + 60, 300 + drop], fill="#d32f2f")
        draw.rectangle([x - 25, 290 + drop, x + 25, 310 + drop], fill="#ffd54f")


def _books(draw, rng):
    _sky(draw, "#fbe9e7", "#efebe9")
    draw.rectangle([100, 150, 1100, 620], fill="#8d6e63")
    for shelf in (300, 460, 620):
        draw.rectangle([100, shelf - 10, 1100, shelf], fill="#5d4037")
        x = 120
        while x < 1060:
            width = rng.randint(24, 48)
            height = rng.randint(90, 140)
            draw.rectangle(
                [x, shelf - 10 - height, x + width, shelf - 10],
                fill=rng.choice(PALETTE),
            )
            x += width + 4
    draw.rectangle([300, 680, 900, 720], fill="#6d4c41")


def _river(draw, rng):
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


def _portrait(draw, rng):
    """A faceless silhouette: demo role models are invented, so no face is drawn."""
    _sky(draw, rng.choice(["#fde2c8", "#d6eaf8", "#e8f6d8"]), "#ffffff")
    colour = rng.choice(PALETTE)
    draw.ellipse([470, 700, 730, 1100], fill=colour)
    draw.rounded_rectangle([380, 520, 820, 900], 160, fill=colour)
    draw.ellipse(
        [500, 220, 700, 460], fill=rng.choice(["#8d6e63", "#a1887f", "#6d4c41"])
    )


MOTIFS = {
    "street": _street,
    "buildings": _buildings,
    "garden": _garden,
    "meeting": _meeting,
    "lanterns": _lanterns,
    "books": _books,
    "river": _river,
    "portrait": _portrait,
}


def draw_illustration(key, motif):
    """A JPEG of the motif, seeded by the key so that it is the same every time."""
    image = Image.new("RGB", (WIDTH, HEIGHT))
    MOTIFS[motif](ImageDraw.Draw(image), random.Random(key))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=82)
    return buffer.getvalue()
