"""Qt item models over the services: one model per table."""
