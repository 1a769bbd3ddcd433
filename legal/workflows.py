"""The two-step 法治内容审核 workflow (法律审核, then 审核员), created by the
migration legal/0002; a new legal section gets it as soon as it is created."""

from wagtail.models import Workflow, WorkflowPage

LEGAL_WORKFLOW = "法治内容审核"


def assign_legal_workflow(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    workflow = Workflow.objects.filter(name=LEGAL_WORKFLOW, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.update_or_create(
            page=instance, defaults={"workflow": workflow}
        )
