/** How many sections one `POST /api/songs` may carry (the 1 MiB body limit bounds the rest). */
export const MAX_SONG_SECTIONS_PER_REQUEST = 200;

/** The REST body limit: larger answers a 413. */
export const REST_BODY_LIMIT_BYTES = 1024 * 1024;
