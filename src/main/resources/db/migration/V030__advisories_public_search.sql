-- advisories module: the portal's search looks for each word anywhere in advisory_public.search_text (lower-cased,
-- Japanese and English). Without an index every search read every row twice (the count and the page), ~27 ms each
-- at 10,000 advisories (bench/advisories.sh); with a trigram index a search reads the matching rows only. As for the
-- cases' search (V011), trigrams work for Japanese as well as English with a UTF-8 LC_CTYPE (ADR 0002).
create index advisory_public_search on advisory_public using gin (search_text gin_trgm_ops);
