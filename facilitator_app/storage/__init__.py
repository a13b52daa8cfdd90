"""The local SQLite store: ORM models, engine, migrations and queries. No Qt here."""
