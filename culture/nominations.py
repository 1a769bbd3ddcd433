"""人人推好人: residents nominate good people on the street's own pages;
editors decide in the admin, and an accepted nomination becomes a draft
role-model page. The nominator's name and phone are erased a while after the
decision, or after a longer while if nobody decides
(``manage.py erase_nomination_contacts``).

``culture.models.role_models`` imports this module for the routes, so the page
models are looked up through the app registry here, never imported."""

import uuid
from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.html import escape
from wagtail.contrib.routable_page.models import path
from wagtail.coreutils import find_available_slug
from wagtail.rich_text import RichText

from home.http_methods import SAFE_METHODS, accepts
from home.privacy import redact_private_details
from home.rate_limit import allow

from .forms import HONEYPOT_FIELD, NominationForm
from .models.categories import DEED_MAX_LENGTH
from .models.nominations import Nomination

FORM_TEMPLATE = "culture/nomination_form.html"
THANKS_TEMPLATE = "culture/nomination_thanks.html"


class NominationRoutesMixin:
    """The street's nomination form (``nominate/``) and the confirmation a
    nominator is sent to after posting it (``nominate/thanks/``)."""

    @path("nominate/", name="nominate")
    @accepts(*SAFE_METHODS, "POST")
    def nominate_route(self, request):
        if request.method == "POST":
            return self.receive_nomination(request)
        return self.nomination_form_response(request, NominationForm(), uuid.uuid4())

    @path("nominate/thanks/", name="nomination_thanks")
    def nomination_thanks_route(self, request):
        return TemplateResponse(
            request, THANKS_TEMPLATE, self.nomination_context(request)
        )

    def nomination_url(self, request, name):
        return self.get_url(request) + self.reverse_subpage(name)

    def nomination_context(self, request, **extra):
        context = self.get_context(request)
        nominate_url = self.nomination_url(request, "nominate")
        context.update(
            nominate_url=nominate_url,
            nominate_full_url=request.build_absolute_uri(nominate_url),
            retention_days=settings.NOMINATION_CONTACT_RETENTION_DAYS,
            pending_retention_days=settings.NOMINATION_PENDING_CONTACT_RETENTION_DAYS,
            **extra,
        )
        return context

    def nomination_form_response(self, request, form, submission_key, status=200):
        limit, window = settings.NOMINATION_RATE_LIMIT
        context = self.nomination_context(
            request,
            form=form,
            submission_key=submission_key,
            honeypot_field=form[HONEYPOT_FIELD],
            rate_limited=status == 429,
            rate_limit=limit,
            rate_window_minutes=max(1, window // 60),
        )
        response = TemplateResponse(request, FORM_TEMPLATE, context, status=status)
        if status == 429:
            response["Retry-After"] = str(window)
        # Each form carries its own submission key: a shared cache must never
        # hand one visitor's key to another.
        add_never_cache_headers(response)
        return response

    def receive_nomination(self, request):
        thanks = redirect(self.nomination_url(request, "nomination_thanks"))
        submission_key = read_submission_key(request.POST.get("submission_key", ""))
        if submission_key is None:
            # A form posted without its key (or with a mangled one) still counts;
            # it only loses the protection against being sent twice.
            submission_key = uuid.uuid4()
        elif Nomination.objects.filter(submission_key=submission_key).exists():
            # Sent twice (a double click, the back button): stored once already.
            return thanks
        if request.POST.get(HONEYPOT_FIELD, "").strip():
            # Only robots fill the hidden field: they see the same thanks page.
            return thanks
        form = NominationForm(request.POST)
        if not form.is_valid():
            return self.nomination_form_response(request, form, submission_key)
        # Only a nomination about to be stored counts against the allowance,
        # so a resident correcting mistakes is never locked out.
        if not allow(request, "nomination", *settings.NOMINATION_RATE_LIMIT):
            return self.nomination_form_response(
                request, form, submission_key, status=429
            )
        nomination = form.save(commit=False)
        nomination.submission_key = submission_key
        nomination.consented_at = timezone.now()
        try:
            with transaction.atomic():
                nomination.save()
        except IntegrityError:
            # The same key arrived twice at once: the other request stored it.
            if not Nomination.objects.filter(submission_key=submission_key).exists():
                raise
        return thanks


def read_submission_key(raw):
    """The submission key as a UUID, or ``None`` when it is not one."""
    if not isinstance(raw, str) or len(raw) > 36:
        return None
    try:
        return uuid.UUID(raw)
    except ValueError:
        return None


def record_decision(nomination, user):
    """Note who decided and when, after the status changed; a nomination put
    back to pending has no decision (and so its contact data is kept)."""
    if nomination.status == Nomination.PENDING:
        nomination.decided_at = None
        nomination.decided_by = None
    else:
        nomination.decided_at = timezone.now()
        nomination.decided_by = user


class NominationNotAccepted(Exception):
    """The nomination could not become a role-model page; the message says why."""


def short_deed(text):
    """The nomination text as the one-line deed of a role-model page."""
    line = " ".join(text.split())
    if len(line) <= DEED_MAX_LENGTH:
        return line
    return line[: DEED_MAX_LENGTH - 1] + "…"


def story_html(text):
    """The nomination text as rich-text HTML: escaped, a paragraph per line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return "".join(f"<p>{escape(line)}</p>" for line in lines)


def accept_nomination(nomination, user):
    """Accept the nomination and make it a draft role-model page under the
    first street, returning the page; only once editors have recorded that
    the nominee agreed to be named in public. Accepting again returns the
    same page."""
    street_model = apps.get_model("culture", "RoleModelIndexPage")
    page_model = apps.get_model("culture", "RoleModelPage")
    with transaction.atomic():
        nomination = Nomination.objects.select_for_update().get(pk=nomination.pk)
        if nomination.role_model_page_id:
            page = nomination.role_model_page
        else:
            if not nomination.nominee_consent:
                raise NominationNotAccepted(
                    f"还不能生成好人页面：请先征得{nomination.nominee_name}本人同意公开，"
                    "勾选“被推荐人同意公开”后再点“采纳并生成好人页面草稿”。"
                )
            street = street_model.objects.order_by("path").first()
            if street is None:
                raise NominationNotAccepted(
                    "网站上还没有“好人一条街”页面，无法生成好人页面，请先建立该页面。"
                )
            if not street.permissions_for_user(user).can_add_subpage():
                raise NominationNotAccepted(
                    f"您没有在“{street.title}”下新建页面的权限，请联系管理员。"
                )
            page = page_model(
                title=nomination.nominee_name,
                slug=find_available_slug(street, f"nominated-{nomination.pk}"),
                name=nomination.nominee_name,
                category=nomination.category,
                compound=nomination.compound,
                deed=short_deed(redact_private_details(nomination.deed)),
                first_honoured_year=timezone.localdate().year,
                story=[
                    (
                        "paragraph",
                        RichText(story_html(redact_private_details(nomination.deed))),
                    )
                ],
                owner=user,
                live=False,
            )
            street.add_child(instance=page)
            page.save_revision(user=user, log_action=True)
            nomination.role_model_page = page
        if nomination.status != Nomination.ACCEPTED:
            nomination.status = Nomination.ACCEPTED
            record_decision(nomination, user)
        nomination.save()
    return page


def erase_expired_contacts():
    """Erase the nominator's name and phone of every nomination decided more
    than NOMINATION_CONTACT_RETENTION_DAYS ago, and of every one still pending
    NOMINATION_PENDING_CONTACT_RETENTION_DAYS after it was sent: a nomination
    nobody decides must not keep a resident's phone number for ever. Returns
    how many were erased; running it again erases nothing more."""
    now = timezone.now()
    decided_before = now - timedelta(days=settings.NOMINATION_CONTACT_RETENTION_DAYS)
    sent_before = now - timedelta(
        days=settings.NOMINATION_PENDING_CONTACT_RETENTION_DAYS
    )
    decided_long_ago = ~Q(status=Nomination.PENDING) & Q(decided_at__lt=decided_before)
    pending_too_long = Q(status=Nomination.PENDING, submitted_at__lt=sent_before)
    return (
        Nomination.objects.filter(decided_long_ago | pending_too_long)
        .filter(contact_erased_at__isnull=True)
        .update(nominator_name="", nominator_phone="", contact_erased_at=now)
    )
