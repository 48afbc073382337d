import type { z } from 'zod';
import { ApiId, EmptyBody } from '../../shared/rest/api-common.ts';
import { restPaths, type RestPath } from '../../shared/rest/api-paths.ts';
import {
  DeletedSongListResponse,
  HistoryPointId,
  HistoryPointListResponse,
  HistoryPointSongsResponse,
  RestoreListResponse,
  RestoreResponse,
} from '../../shared/rest/history-api.ts';
import {
  CreatePracticeSessionRequest,
  PracticeSessionListQuery,
  PracticeSessionListResponse,
  PracticeSessionResponse,
  UpdatePracticeSessionRequest,
} from '../../shared/rest/practice-session-api.ts';
import { PreferencesResponse, PutPreferencesRequest } from '../../shared/rest/preferences-api.ts';
import { CreateSectionRequest, SectionResponse, UpdateSectionRequest } from '../../shared/rest/section-api.ts';
import { CreatedShareLinkResponse, CreateShareLinkRequest, ShareLinkListResponse, SharedSongResponse, ShareToken } from '../../shared/rest/share-api.ts';
import { CreateSongRequest, SongListQuery, SongListResponse, SongResponse, UpdateSongRequest } from '../../shared/rest/song-api.ts';

/** One documented operation; the OpenAPI document is generated from these and the shared zod schemas. */
export type ApiOperation = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: RestPath;
  operationId: string;
  summary: string;
  tag: 'songs' | 'sections' | 'practice sessions' | 'preferences' | 'share links' | 'history' | 'meta';
  /** `public`: no session needed (the shared-song read and the API document itself). */
  auth: 'session' | 'public';
  params?: Record<string, z.ZodType>;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The success answer: status and schema (none for 204). */
  success: { status: 200 | 201 | 204; schema?: z.ZodType };
  /** Error statuses the operation may answer besides the common ones. */
  errors?: number[];
};

const id = { id: ApiId };

export const apiOperations: readonly ApiOperation[] = [
  { method: 'GET', path: restPaths.songs, operationId: 'listSongs', summary: 'List live songs: search, tag, sort, cursor pagination', tag: 'songs', auth: 'session', query: SongListQuery, success: { status: 200, schema: SongListResponse } },
  { method: 'POST', path: restPaths.songs, operationId: 'createSong', summary: 'Create a song (optionally with tempo map, sections and chords)', tag: 'songs', auth: 'session', body: CreateSongRequest, success: { status: 201, schema: SongResponse }, errors: [409] },
  { method: 'GET', path: restPaths.song, operationId: 'getSong', summary: 'A song with its sections and chords', tag: 'songs', auth: 'session', params: id, success: { status: 200, schema: SongResponse }, errors: [404] },
  { method: 'PATCH', path: restPaths.song, operationId: 'updateSong', summary: 'Change song fields and/or replace its tempo map', tag: 'songs', auth: 'session', params: id, body: UpdateSongRequest, success: { status: 200, schema: SongResponse }, errors: [404, 409] },
  { method: 'DELETE', path: restPaths.song, operationId: 'deleteSong', summary: 'Move a song to "recently deleted" (send {})', tag: 'songs', auth: 'session', params: id, body: EmptyBody, success: { status: 204 }, errors: [404] },
  { method: 'POST', path: restPaths.songSections, operationId: 'createSection', summary: 'Add a section (with chords) to a song', tag: 'sections', auth: 'session', params: id, body: CreateSectionRequest, success: { status: 201, schema: SectionResponse }, errors: [404, 409] },
  { method: 'GET', path: restPaths.section, operationId: 'getSection', summary: 'A section with its chords', tag: 'sections', auth: 'session', params: id, success: { status: 200, schema: SectionResponse }, errors: [404] },
  { method: 'PATCH', path: restPaths.section, operationId: 'updateSection', summary: 'Change section fields, move it, and/or replace its chords', tag: 'sections', auth: 'session', params: id, body: UpdateSectionRequest, success: { status: 200, schema: SectionResponse }, errors: [404, 409] },
  { method: 'DELETE', path: restPaths.section, operationId: 'deleteSection', summary: 'Remove a section from its song (soft delete; send {})', tag: 'sections', auth: 'session', params: id, body: EmptyBody, success: { status: 204 }, errors: [404] },
  { method: 'GET', path: restPaths.practiceSessions, operationId: 'listPracticeSessions', summary: 'Practice sessions, newest first, by song and time range', tag: 'practice sessions', auth: 'session', query: PracticeSessionListQuery, success: { status: 200, schema: PracticeSessionListResponse } },
  { method: 'POST', path: restPaths.practiceSessions, operationId: 'createPracticeSession', summary: 'Log a practice session (times in epoch milliseconds)', tag: 'practice sessions', auth: 'session', body: CreatePracticeSessionRequest, success: { status: 201, schema: PracticeSessionResponse }, errors: [404, 409] },
  { method: 'GET', path: restPaths.practiceSession, operationId: 'getPracticeSession', summary: 'One practice session', tag: 'practice sessions', auth: 'session', params: id, success: { status: 200, schema: PracticeSessionResponse }, errors: [404] },
  { method: 'PATCH', path: restPaths.practiceSession, operationId: 'updatePracticeSession', summary: 'Change a practice session (e.g. end it with a rating)', tag: 'practice sessions', auth: 'session', params: id, body: UpdatePracticeSessionRequest, success: { status: 200, schema: PracticeSessionResponse }, errors: [404] },
  { method: 'GET', path: restPaths.preferences, operationId: 'getPreferences', summary: 'Preferences and metronome settings', tag: 'preferences', auth: 'session', success: { status: 200, schema: PreferencesResponse } },
  { method: 'PUT', path: restPaths.preferences, operationId: 'putPreferences', summary: 'Replace preferences and/or metronome settings', tag: 'preferences', auth: 'session', body: PutPreferencesRequest, success: { status: 200, schema: PreferencesResponse }, errors: [409] },
  { method: 'POST', path: restPaths.songShareLinks, operationId: 'createShareLink', summary: 'Create a read-only link to a song (the token is shown only here)', tag: 'share links', auth: 'session', params: id, body: CreateShareLinkRequest, success: { status: 201, schema: CreatedShareLinkResponse }, errors: [404] },
  { method: 'GET', path: restPaths.songShareLinks, operationId: 'listSongShareLinks', summary: 'The share links of a song', tag: 'share links', auth: 'session', params: id, success: { status: 200, schema: ShareLinkListResponse }, errors: [404] },
  { method: 'GET', path: restPaths.shareLinks, operationId: 'listShareLinks', summary: 'All share links of the user', tag: 'share links', auth: 'session', success: { status: 200, schema: ShareLinkListResponse } },
  { method: 'DELETE', path: restPaths.shareLink, operationId: 'revokeShareLink', summary: 'Revoke a share link (send {})', tag: 'share links', auth: 'session', params: id, body: EmptyBody, success: { status: 204 }, errors: [404] },
  { method: 'GET', path: restPaths.sharedSong, operationId: 'getSharedSong', summary: 'The song behind a share link (public)', tag: 'share links', auth: 'public', params: { token: ShareToken }, success: { status: 200, schema: SharedSongResponse }, errors: [404, 410] },
  { method: 'POST', path: restPaths.copySharedSong, operationId: 'copySharedSong', summary: 'Copy a shared song into the signed-in viewer’s library (send {})', tag: 'share links', auth: 'session', params: { token: ShareToken }, body: EmptyBody, success: { status: 201, schema: SongResponse }, errors: [404, 410] },
  { method: 'GET', path: restPaths.historyPoints, operationId: 'listHistoryPoints', summary: 'Earlier states of the library (last 30 days)', tag: 'history', auth: 'session', success: { status: 200, schema: HistoryPointListResponse } },
  { method: 'GET', path: restPaths.historyPointSongs, operationId: 'listHistoryPointSongs', summary: 'The songs at an earlier point', tag: 'history', auth: 'session', params: { pointId: HistoryPointId }, success: { status: 200, schema: HistoryPointSongsResponse }, errors: [404] },
  { method: 'GET', path: restPaths.historyPointSong, operationId: 'getHistoryPointSong', summary: 'A song as it was at an earlier point', tag: 'history', auth: 'session', params: { pointId: HistoryPointId, songId: ApiId }, success: { status: 200, schema: SongResponse }, errors: [404] },
  { method: 'POST', path: restPaths.restoreLibrary, operationId: 'restoreLibrary', summary: 'Restore the whole library to an earlier point, as a new undoable change (send {})', tag: 'history', auth: 'session', params: { pointId: HistoryPointId }, body: EmptyBody, success: { status: 201, schema: RestoreResponse }, errors: [404, 409] },
  { method: 'POST', path: restPaths.restoreSong, operationId: 'restoreSongFromHistory', summary: 'Restore one song to an earlier point, as a new undoable change (send {})', tag: 'history', auth: 'session', params: { pointId: HistoryPointId, songId: ApiId }, body: EmptyBody, success: { status: 201, schema: RestoreResponse }, errors: [404, 409] },
  { method: 'GET', path: restPaths.restores, operationId: 'listRestores', summary: 'Recent restores and undos', tag: 'history', auth: 'session', success: { status: 200, schema: RestoreListResponse } },
  { method: 'POST', path: restPaths.undoRestore, operationId: 'undoRestore', summary: 'Undo a restore (itself a restore; send {})', tag: 'history', auth: 'session', params: { restoreId: ApiId }, body: EmptyBody, success: { status: 201, schema: RestoreResponse }, errors: [404, 409] },
  { method: 'GET', path: restPaths.deletedSongs, operationId: 'listDeletedSongs', summary: '"Recently deleted": songs deleted in the last 30 days', tag: 'history', auth: 'session', success: { status: 200, schema: DeletedSongListResponse } },
  { method: 'POST', path: restPaths.restoreDeletedSong, operationId: 'restoreDeletedSong', summary: 'Bring a deleted song back (send {})', tag: 'history', auth: 'session', params: { songId: ApiId }, body: EmptyBody, success: { status: 200, schema: SongResponse }, errors: [404] },
  { method: 'GET', path: restPaths.openapi, operationId: 'getOpenApi', summary: 'This document', tag: 'meta', auth: 'public', success: { status: 200 } },
];
