"""Facts shaped for people and tables: merged records (one per event cluster, project, figure
group) and money in its currency and in USD at a named rate."""
