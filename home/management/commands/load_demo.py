from django.core.management.base import BaseCommand

from home.demo.loader import (
    DemoLoader,
    ensure_demo_accounts,
    rebuild_indexes,
    reset,
    section_demo_modules,
)
from home.models import HomePage


class Command(BaseCommand):
    help = "Build the demo site (示例内容); running it again changes nothing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Remove the demo pages, compounds and images first, then rebuild.",
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
        created = DemoLoader().load()
        home = HomePage.objects.get()
        for section in sections:
            created += section.load(home)
        if created:
            rebuild_indexes()
            self.stdout.write(
                self.style.SUCCESS(f"示例内容已建好（新建 {created} 项）。")
            )
        else:
            self.stdout.write("示例内容已存在，没有改动。")
        if accounts:
            password, logins = accounts
            names = "，".join(f"{username}（{role}）" for username, role in logins)
            self.stdout.write(
                f"开发用账号（仅限本机开发，密码都是 {password}）：{names}"
            )
