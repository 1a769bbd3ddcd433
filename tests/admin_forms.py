"""The admin's page editor as a member of staff's browser uses it: it opens
the editor, posts back the fields the page rendered (each StreamField as
Wagtail's script writes it from the value the page carries), changed only
where asked, and presses one button."""

import json

from django.http import QueryDict
from django.urls import reverse
from wagtail import blocks
from wagtail.test.utils.form_data import nested_form_data, streamfield

from tests.html import form_data_set, soup


def open_page_editor(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    if response.status_code != 200:
        raise AssertionError(f"the editor of {page} answered {response.status_code}")
    return response


def use_page_editor(client, page, button=None, workflow_action=None, **changes):
    """Open the editor of ``page``, type ``changes`` and press ``button`` (a
    submit button's name, such as ``action-submit``), a workflow action's
    button (``approve``), or neither (保存草稿). Returns the response."""
    editor = open_page_editor(client, page)
    data = page_editor_data(editor, page)
    for name, value in changes.items():
        data[name] = value
    form = soup(editor).find("form", id="page-edit-form")
    if button is not None:
        pressed = form.find("button", attrs={"name": button})
        if pressed is None:
            raise AssertionError(f"the editor offers no {button} button")
        data[button] = pressed.get("value", "")
    if workflow_action is not None:
        if form.find(attrs={"data-workflow-action-name": workflow_action}) is None:
            raise AssertionError(f"the editor offers no {workflow_action} button")
        # What Wagtail's workflow-action script adds before it submits.
        data["action-workflow-action"] = "true"
        data["workflow-action-name"] = workflow_action
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def page_editor_data(response, page):
    """The data the page editor in ``response`` posts for ``page`` untouched."""
    form = soup(response).find("form", id="page-edit-form")
    if form is None:
        raise AssertionError("the response holds no page editor")
    data = QueryDict(mutable=True)
    for name, value in form_data_set(form):
        data.appendlist(name, value)
    for container in form.select("[data-w-block-arguments-value]"):
        name = container["id"]
        block = page.specific_class._meta.get_field(name).stream_block
        state, _errors = json.loads(container["data-w-block-arguments-value"])
        for key, value in nested_form_data({name: block_data(block, state)}).items():
            data.appendlist(key, value)
    return data


def block_data(block, state):
    """A block's client-side state (``Block.get_form_state``) as the nested
    form data Wagtail's block widgets post; ``nested_form_data`` flattens it."""
    if isinstance(block, blocks.StreamBlock):
        items = streamfield(
            [
                (
                    child["type"],
                    block_data(block.child_blocks[child["type"]], child["value"]),
                )
                for child in state
            ]
        )
        for index, child in enumerate(state):
            items[str(index)]["id"] = child["id"]
        return items
    if isinstance(block, blocks.ListBlock):
        items = {
            str(index): {
                "value": block_data(block.child_block, child["value"]),
                "id": child["id"],
                "deleted": "",
                "order": str(index),
            }
            for index, child in enumerate(state)
        }
        return {**items, "count": str(len(state))}
    if isinstance(block, blocks.StructBlock):
        return {
            name: block_data(child, state.get(name))
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.BooleanBlock):
        # An unticked box sends nothing, which its widget reads as "" does.
        return "on" if state else ""
    if isinstance(block, blocks.ChooserBlock):
        return "" if state is None else str(state["id"])
    if isinstance(block, blocks.ChoiceBlock):
        # A select's chosen options; the site's choice blocks choose one.
        return state[0] if state else ""
    if isinstance(state, dict):
        # A widget with a structured state (the table editor) keeps it as
        # JSON in its hidden input.
        return json.dumps(state)
    return "" if state is None else str(state)
