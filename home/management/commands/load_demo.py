import math
from argparse import ArgumentTypeError

from django.core.management.base import BaseCommand

from home.demo.loader import (
    DemoLoader,
    ensure_demo_accounts,
    index_updates_deferred,
    load_scaled,
    rebuild_indexes,
    reset,
    section_demo_modules,
)
from home.models import HomePage


def scale(text):
    try:
        value = float(text)
    except ValueError:
        value = 0
    if not (value > 0 and math.isfinite(value)):
        raise ArgumentTypeError("规模须为正数，例如 1 或 0.05。")
    return value


class Command(BaseCommand):
    help = "Build the demo site (示例内容); running it again changes nothing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Remove the demo pages, compounds and images first, then rebuild.",
        )
        parser.add_argument(
            "--scale",
            type=scale,
            help=(
                "Also generate sample content in bulk: at 1, 2,000 news articles, "
                "500 role models and 200 legal articles (0.05 for a twentieth)."
            ),
        )

    def handle(self, *args, **options):
        sections = section_demo_modules()
        # Accounts come first: the demo review queue is written by the demo editor.
        accounts = ensure_demo_accounts()
        if options["reset"]:
            for section in sections:
                section.reset()
            reset()
            self.stdout.write("已删除原有示例内容。")
        with index_updates_deferred():
            created = DemoLoader().load()
            home = HomePage.objects.get()
            for section in sections:
                created += section.load(home)
            if options["scale"]:
                created += load_scaled(home, options["scale"])
        if created:
            rebuild_indexes()
            self.stdout.write(
                self.style.SUCCESS(f"示例内容已建好（新建 {created} 项）。")
            )
        else:
            self.stdout.write("示例内容已存在，没有改动。")
        # The logins come last, where the person who ran this looks.
        if accounts:
            password, logins = accounts
            self.stdout.write(f"开发用账号（仅限本机开发，密码都是 {password}）：")
            for username, role in logins:
                self.stdout.write(f"  {username}（{role}）")
