from django.conf import settings
from django.core.management.base import BaseCommand

from culture.nominations import erase_expired_contacts


class Command(BaseCommand):
    help = (
        "Erase the nominator's name and phone of nominations decided more than "
        "NOMINATION_CONTACT_RETENTION_DAYS ago, and of nominations still pending "
        "NOMINATION_PENDING_CONTACT_RETENTION_DAYS after they were sent. "
        "Safe to run daily: running it again erases nothing more."
    )

    def handle(self, *args, **options):
        count = erase_expired_contacts()
        decided = settings.NOMINATION_CONTACT_RETENTION_DAYS
        pending = settings.NOMINATION_PENDING_CONTACT_RETENTION_DAYS
        self.stdout.write(
            f"已删除 {count} 条好人推荐的推荐人姓名和电话"
            f"（审核完成已超过 {decided} 天，或提交已超过 {pending} 天仍未审核）。"
        )
