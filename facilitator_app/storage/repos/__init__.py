"""Queries, one module per area. The only place outside migrations that writes SQL."""
