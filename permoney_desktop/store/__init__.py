"""Storage: the SQLAlchemy schema of a book, its engines, migrations and queries."""
