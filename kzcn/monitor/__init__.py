"""The monitor: follow sources (feeds, sitemaps, listing pages) on a schedule, store each new
article through the whole pipeline, and tell subscribers about new facts.

    model.py      Source and Item values
    registry.py   sources and their health in the store; starter.py reads data/sources.tsv
    http.py       conditional GET on top of kzcn.ingest.fetch.Fetcher (same refusals)
    readers/      one reader per kind: feed (feedparser), sitemap (defusedxml), listing (lxml)
    queue.py      the links found on a source, a queue that survives a crash
    articles.py   one link -> a stored Document (page fetched unless the feed has the text)
    poll.py       one source polled once; watch.py the loop over due sources
    alerts.py     subscriptions and matching facts; webhook.py signed POSTs; atom.py the feed
"""
