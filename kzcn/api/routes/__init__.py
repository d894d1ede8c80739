"""The API routes, one module per area: lists, records tables, stats, trade, entities, places,
reviews, sources and feeds, docs."""
