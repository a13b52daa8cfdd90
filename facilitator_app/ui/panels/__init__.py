"""One QWidget per part of the window: navigator, attendance, roster and the session tabs."""
