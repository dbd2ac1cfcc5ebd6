"""The Views menu: saved views listed by their names, as typed."""

from __future__ import annotations

from timeline.io.sample import open_sample_store
from timeline.ui.main_window import MainWindow


def test_a_views_name_with_an_ampersand_is_listed_as_typed(qtbot, sample_store, english):
    """ "Morocco & Kazakhstan" was listed as "Morocco _Kazakhstan" and "R&D cooperation" as
    "RD cooperation", its D an access key that met "&Delete a saved view"'s."""
    window = MainWindow(sample_store, english, open_sample_store)
    qtbot.addWidget(window)
    for name in ("Morocco & Kazakhstan", "R&D cooperation"):
        window.views_menu.save_current(name)
    window.views_menu.aboutToShow.emit()
    listed = [a for a in window.views_menu.actions() if a.objectName().startswith("view:")]
    assert [action.text() for action in listed] == ["Morocco && Kazakhstan", "R&&D cooperation"]
    delete = next(a.menu() for a in window.views_menu.actions() if a.menu() is not None)
    assert [a.text() for a in delete.actions()] == [a.text() for a in listed]
    with qtbot.waitSignal(window.views_menu.viewChosen) as chosen:
        listed[1].trigger()
    assert chosen.args[0].name == "R&D cooperation"
