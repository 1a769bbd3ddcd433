"""The editor of a topic (议题): its dated steps are checked together with the
page, as the editor sends them."""

from itertools import pairwise

from home.page_forms import SitePageForm

from .stages import STAGE_NAMES, STAGE_ORDER, latest_stage


class TopicPageForm(SitePageForm):
    """Steps go forward: each a later step of the loop than the one before,
    dated the same day or later, none twice. A topic that has reached 决
    says what was decided; one that has reached 评 publishes its result. The
    page's current step is read from the steps when the form is saved."""

    def clean(self):
        cleaned_data = super().clean()
        steps = self.sent_steps()
        if steps is None:
            return cleaned_data
        stages = [stage for stage, _ in steps]
        if len(set(stages)) != len(stages):
            self.add_error(None, "进展时间线里同一步只能记一次。")
            return cleaned_data
        for (earlier, earlier_date), (later, later_date) in pairwise(steps):
            if later_date < earlier_date:
                self.add_error(
                    None,
                    f"“{STAGE_NAMES[later]}”的日期早于“{STAGE_NAMES[earlier]}”，"
                    "请检查进展时间线。",
                )
        reached = STAGE_ORDER.index(latest_stage(stages))
        if reached >= STAGE_ORDER.index("decide") and not cleaned_data.get("decision"):
            self.add_error("decision", "走到“决”这一步，请写明决议。")
        if reached >= STAGE_ORDER.index("review") and not cleaned_data.get("result"):
            self.add_error("result", "走到“评”这一步，请写明结果公示。")
        return cleaned_data

    def sent_steps(self):
        """The steps in the form, as (stage, date) in the loop's order;
        ``None`` while a step itself is incomplete (its own errors show)."""
        formset = self.formsets["steps"]
        if not formset.is_valid():
            return None
        steps = [
            (form.cleaned_data["stage"], form.cleaned_data["date"])
            for form in formset.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        return sorted(steps, key=lambda step: STAGE_ORDER.index(step[0]))

    def save(self, commit=True):
        page = super().save(commit=commit)
        # The editor saves drafts and previews without the model's save().
        page.read_steps()
        return page
