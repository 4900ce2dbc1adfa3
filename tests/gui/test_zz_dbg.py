from collections.abc import Callable
from PySide6.QtWidgets import QApplication, QWidget
from fixtures.gui_rig import WizardRig
from fixtures.pseudo_locale import speaking_pseudo
from hubspot_setup.flow.steps import StepId
import sys
sys.path.insert(0, "tests/gui")
from test_pseudo_locale import PageWalk, pick_first_person

def test_dbg(wizard_factory: Callable[..., WizardRig]) -> None:
    with speaking_pseudo():
        rig = wizard_factory("default", size=(800, 600))
        walk = PageWalk(rig, "dbg")
        rig.tick_prerequisites(); rig.sign_in(); rig.start_oauth_connect(); rig.next(); rig.wait_step(StepId.SENDER); rig.wait_idle(); pick_first_person(rig); rig.wait_idle(); rig.next()
        rig.wait_step(StepId.AUTOPILOT); rig.wait_idle(); rig.next(); rig.wait_step(StepId.SIGNATURES); rig.wait_idle()
        rig.qtbot.wait(300)
        page = rig.wizard.stack.currentWidget()
        vp = rig.wizard.page_scroll.viewport().width()
        print("\nviewport", vp, "page min", page.minimumSizeHint().width())
        rows = []
        for w in page.findChildren(QWidget):
            if w.isVisibleTo(page) and w.minimumSizeHint().width() > vp - 60:
                rows.append((w.minimumSizeHint().width(), type(w).__name__, w.objectName(), (w.text()[:40] if hasattr(w, "text") and callable(w.text) else "")))
        for r in sorted(rows, reverse=True)[:15]: print(r)
