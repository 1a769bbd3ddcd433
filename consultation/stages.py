"""The five steps of the community's loop 听 → 议 → 决 → 做 → 评, which every
topic goes through in order."""

# The steps of the community's loop, in their order. A topic is in the step
# of its latest dated entry.
STAGE_CHOICES = [
    ("listen", "听·提出议题"),
    ("deliberate", "议·组织协商"),
    ("decide", "决·形成决议"),
    ("act", "做·落实实施"),
    ("review", "评·结果公示"),
]
STAGE_NAMES = dict(STAGE_CHOICES)
STAGE_ORDER = [value for value, _ in STAGE_CHOICES]
# A decision has a deadline from 决 until the result is published at 评.
STAGES_WITH_DEADLINE = ("decide", "act")


def latest_stage(stages):
    """The furthest of ``stages`` along the loop (听 when there is none)."""
    return max(stages, key=STAGE_ORDER.index, default="listen")
