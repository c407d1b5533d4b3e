"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void-returning call and aborts
after a few thousand (none_dealloc). This fails fast if a bad PySide6 version comes back."""

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_keep_the_reference_count_of_none():
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        obj.setObjectName("x")
    assert sys.getrefcount(None) >= before - 10
