"""Alembic migrations, shipped inside the package so an installed ShopTill can migrate."""
