from django.core.management.base import BaseCommand, CommandError

from home.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "Replace the database and the media folder with a backup archive's."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="a kangle-*.tar.gz written by backup")

    def handle(self, *args, archive, **options):
        try:
            restore_backup(archive)
        except (BackupError, FileNotFoundError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"已从 {archive} 恢复数据库和上传文件。"))
