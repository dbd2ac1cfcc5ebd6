"""A wrapped label keeps its letters' ink whole at any width, in Arabic too."""

from __future__ import annotations

import pytest
from layout_checks import ink_cut
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from timeline.ui.app import application
from timeline.ui.wrapped_label import wrap_lines

#: Sentences of the seed article whose lines' last letters reach furthest past their
#: advances (ي, ز, ن at a line's left end), and one with Latin names in it.
SENTENCES = {
    "ar": [
        "في إطار تعزيز التعاون الثنائي، بحث محمد ولد الرشيد، رئيس مجلس المستشارين المغربي، مع "
        "ييرلان جكانوفيتش كوشانوف، رئيس مجلس النواب الكازاخي، سبل تطوير العلاقات بين المغرب و "
        "كازاخستان",
        "أشاد المسؤول الكازاخي بالتقدم المحرز في تعزيز التعاون بين البلدين، مؤكداً ضرورة إرساء "
        "شراكة قوية في المجالات السياسية و الإقتصادية و الإنسانية",
        "كما اقترح إنشاء منصة لوجستية تهدف إلى تحفيز المبادلات التجارية بين المغرب و كازاخستان",
        "الأعمدة id, place_city_en, country_code غير موجودة في الملف events.csv",
    ],
    "en": ["The visa exemption between Morocco and Kazakhstan entered into force in March"],
}


@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_wrapped_labels_lines_keep_their_ink_at_every_width(
    qtbot, no_translation_after, language
):
    application(language)
    cut = []
    for sentence in SENTENCES[language]:
        label = wrap_lines(QLabel(sentence))
        qtbot.addWidget(label)
        label.setTextFormat(Qt.TextFormat.PlainText)
        for width in range(100, 400, 4):
            label.setFixedSize(width, label.heightForWidth(width))
            if ink_cut(label):
                cut.append((sentence[:20], width))
    assert cut == []
