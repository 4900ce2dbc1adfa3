"""The wizard's pages, one module per step.

`PAGE_CLASSES` maps each step to its page class. It is built on first use, because the page
modules import the flow's models (pydantic), which the window loads only after its first
paint. Each page's entry is one import and one dict line in `_page_classes`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hubspot_setup.flow.steps import StepId

if TYPE_CHECKING:
    from hubspot_setup.gui.page import StepPage

    PAGE_CLASSES: dict[StepId, type[StepPage]]

_registry: dict[StepId, type[StepPage]] = {}


def _page_classes() -> dict[StepId, type[StepPage]]:
    # Lazy on purpose (see the module docstring).
    # ruff: noqa: PLC0415
    from hubspot_setup.gui.pages.autopilot import AutopilotPage
    from hubspot_setup.gui.pages.legacy_app import LegacyAppPage
    from hubspot_setup.gui.pages.legacy_credentials import LegacyCredentialsPage
    from hubspot_setup.gui.pages.manage import ManagePage
    from hubspot_setup.gui.pages.method import MethodPage
    from hubspot_setup.gui.pages.oauth_connect import OAuthConnectPage
    from hubspot_setup.gui.pages.prerequisites import PrerequisitesPage
    from hubspot_setup.gui.pages.sender import SenderPage
    from hubspot_setup.gui.pages.signatures import SignaturesPage
    from hubspot_setup.gui.pages.signin import SignInPage
    from hubspot_setup.gui.pages.summary import SummaryPage
    from hubspot_setup.gui.pages.test_checklist import TestChecklistPage
    from hubspot_setup.gui.pages.workflow_actions import WorkflowActionsPage

    return {
        StepId.PREREQUISITES: PrerequisitesPage,
        StepId.SIGNIN: SignInPage,
        StepId.METHOD: MethodPage,
        StepId.OAUTH_CONNECT: OAuthConnectPage,
        StepId.LEGACY_APP: LegacyAppPage,
        StepId.LEGACY_CREDENTIALS: LegacyCredentialsPage,
        # -- D2's entries below this line --
        StepId.SENDER: SenderPage,
        StepId.AUTOPILOT: AutopilotPage,
        StepId.SIGNATURES: SignaturesPage,
        StepId.WORKFLOW_ACTIONS: WorkflowActionsPage,
        StepId.TEST_CHECKLIST: TestChecklistPage,
        StepId.SUMMARY: SummaryPage,
        StepId.MANAGE: ManagePage,
    }


def __getattr__(name: str) -> object:
    if name == "PAGE_CLASSES":
        if not _registry:
            _registry.update(_page_classes())
        return _registry
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
