"""Language detection (lingua) and sentence splitting (razdel)."""
