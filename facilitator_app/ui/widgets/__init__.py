"""Small custom widgets painted with QPainter (charts and the like), and the labels, buttons and
table settings several panels build alike."""
