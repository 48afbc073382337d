import { ChordRowSchema, SectionRowSchema, SongRowSchema } from '../../shared/library/index.ts';
import type { ApiSection } from '../../shared/rest/section-api.ts';
import type { ApiSongDetail, SongListQuery, SongListResponse } from '../../shared/rest/song-api.ts';
import type { Queryable } from '../db/database.ts';
import { apiSection, apiSong, apiSongDetail } from './api-mappers.ts';
import { decodeCursor, encodeCursor } from './page-cursor.ts';
import { columnsOf, parseRows } from './projection-rows.ts';
import { songCursorValue, songListSql, songListing, sortKeyText } from './song-list-sql.ts';

const SONG_COLUMNS = columnsOf(SongRowSchema);
const SECTION_COLUMNS = columnsOf(SectionRowSchema);
const CHORD_COLUMNS = columnsOf(ChordRowSchema);

/** `GET /api/songs`: one page of the user's live songs. */
export async function listSongs(db: Queryable, userId: string, query: SongListQuery): Promise<SongListResponse> {
  const listing = songListing(query);
  const cursor = query.cursor === undefined ? null : decodeCursor(query.cursor, listing, songCursorValue(query));
  const { sql, params, limit } = songListSql(userId, query, cursor, SONG_COLUMNS);
  const { rows } = await db.query(sql, params);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const lastKey = last ? sortKeyText(last.sort_key) : null;
  const nextCursor = rows.length > limit && last && lastKey !== null ? encodeCursor({ l: listing, v: lastKey, id: String(last.id) }) : null;
  const songs = parseRows(SongRowSchema, page.map(({ sort_key: _sortKey, ...row }) => row)).map(apiSong);
  return { songs, nextCursor };
}

/** Songs of the user by id (live and deleted), with their sections and chords. */
export async function readSongDetails(db: Queryable, userId: string, songIds: readonly string[]): Promise<ApiSongDetail[]> {
  if (songIds.length === 0) return [];
  const songs = parseRows(SongRowSchema, (await db.query(`SELECT ${SONG_COLUMNS} FROM songs WHERE user_id = $1 AND id = ANY($2::uuid[])`, [userId, songIds])).rows);
  const sections = parseRows(
    SectionRowSchema,
    (await db.query(`SELECT ${SECTION_COLUMNS} FROM sections WHERE user_id = $1 AND song_id = ANY($2::uuid[])`, [userId, songIds])).rows,
  );
  const chords = parseRows(ChordRowSchema, (await db.query(`SELECT ${CHORD_COLUMNS} FROM chords WHERE user_id = $1 AND song_id = ANY($2::uuid[])`, [userId, songIds])).rows);
  return songs.map((song) =>
    apiSongDetail(
      song,
      sections.filter((section) => section.song_id === song.id),
      chords.filter((chord) => chord.song_id === song.id),
    ),
  );
}

/** `GET /api/songs/:id`: the song (live or in "recently deleted") or null when the user has none with that id. */
export async function readSongDetail(db: Queryable, userId: string, songId: string): Promise<ApiSongDetail | null> {
  return (await readSongDetails(db, userId, [songId]))[0] ?? null;
}

/** `GET /api/sections/:id`: the section with its chords, or null. */
export async function readSection(db: Queryable, userId: string, sectionId: string): Promise<ApiSection | null> {
  const [section] = parseRows(SectionRowSchema, (await db.query(`SELECT ${SECTION_COLUMNS} FROM sections WHERE user_id = $1 AND id = $2`, [userId, sectionId])).rows);
  if (!section) return null;
  const chords = parseRows(ChordRowSchema, (await db.query(`SELECT ${CHORD_COLUMNS} FROM chords WHERE user_id = $1 AND section_id = $2`, [userId, sectionId])).rows);
  return apiSection(section, chords);
}

/** Whether the user's projection has the song; `live` excludes songs in "recently deleted". */
export async function hasSong(db: Queryable, userId: string, songId: string, options: { live?: boolean } = {}): Promise<boolean> {
  const live = options.live ? ' AND deleted_at IS NULL' : '';
  const { rows } = await db.query(`SELECT 1 FROM songs WHERE user_id = $1 AND id = $2${live}`, [userId, songId]);
  return rows.length > 0;
}
