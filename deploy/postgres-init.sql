-- Run once, when the data volume is created: the catalog's search needs trigram indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
