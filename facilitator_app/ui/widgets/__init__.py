"""Small custom widgets painted with QPainter (charts and the like)."""
