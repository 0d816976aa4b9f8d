-- cases module: a word index for searches in Latin script (English, model numbers, CVE IDs); Japanese text, which is
-- not written with spaces between words, is searched with the trigram index on search_text.

alter table psirt_case add column search_words tsvector
    generated always as (to_tsvector('simple', search_text)) stored;
create index psirt_case_search_words on psirt_case using gin (search_words);
