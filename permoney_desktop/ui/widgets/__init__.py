"""Reusable painted widgets: metric cards, sparklines and charts."""
