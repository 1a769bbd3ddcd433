"""Buttons a browser presses once per thing (praise a role model, rate a
topic's result): each press is kept under the browser's hashed token
(home/visitors.py), and a unique constraint on the thing and the token makes
a second press from the same browser count nothing, however close together
two presses arrive."""

from django.db import IntegrityError, models, transaction


class PressedOnce(models.Model):
    """One press. A subclass adds the thing pressed for and the unique
    constraint on it and ``visitor``."""

    visitor = models.CharField("浏览器标识（散列）", max_length=64)
    created_at = models.DateTimeField("时间", auto_now_add=True)

    class Meta:
        abstract = True

    @classmethod
    def record(cls, **fields):
        """Store the press; ``False`` when this browser pressed already."""
        try:
            with transaction.atomic():
                cls.objects.create(**fields)
        except IntegrityError:
            return False
        return True
