"""The admin's page editor as a member of staff's browser uses it: it opens
the editor, posts back the fields the page rendered (each StreamField as
Wagtail's script writes it from the value the page carries), changed only
where asked, and presses one button."""

import json

from django.http import QueryDict
from django.urls import reverse
from wagtail import blocks
from wagtail.test.utils.form_data import nested_form_data, streamfield

from tests.html import soup

# Buttons send their name only when pressed; files only when chosen.
NOT_SENT_INPUT_TYPES = {"submit", "button", "reset", "image", "file"}


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
    for name, value in rendered_field_values(form):
        data.appendlist(name, value)
    for container in form.select("[data-w-block-arguments-value]"):
        name = container["id"]
        block = page.specific_class._meta.get_field(name).stream_block
        state, _errors = json.loads(container["data-w-block-arguments-value"])
        for key, value in nested_form_data({name: block_data(block, state)}).items():
            data.appendlist(key, value)
    return data


def rendered_field_values(form):
    """(name, value) pairs as the browser builds them from the form's controls
    (the HTML form data set): checked boxes only, a select's chosen options,
    a textarea's text with lines ending in CRLF; nothing from ``<template>``
    blueprints or disabled controls."""
    for control in form.find_all(["input", "select", "textarea"]):
        name = control.get("name")
        if not name or control.has_attr("disabled") or control.find_parent("template"):
            continue
        if control.name == "textarea":
            text = control.get_text().removeprefix("\n")
            yield name, text.replace("\r\n", "\n").replace("\n", "\r\n")
        elif control.name == "select":
            options = control.find_all("option")
            chosen = [option for option in options if option.has_attr("selected")]
            if not chosen and options and not control.has_attr("multiple"):
                chosen = options[:1]
            for option in chosen:
                yield name, option.get("value", option.get_text())
        else:
            kind = control.get("type", "text").lower()
            if kind in NOT_SENT_INPUT_TYPES:
                continue
            if kind in ("checkbox", "radio"):
                if control.has_attr("checked"):
                    yield name, control.get("value", "on")
            else:
                yield name, control.get("value", "")


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
