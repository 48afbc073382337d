import { pathTo, restPaths } from '../../../../shared/rest/api-paths.ts';
import { CreatedShareLinkResponse, ShareLinkListResponse, SharedSongResponse, type ApiShareLink, type ShareExpiry, type SharedSong } from '../../../../shared/rest/share-api.ts';
import { SongResponse } from '../../../../shared/rest/song-api.ts';
import { apiJson, apiSend } from '../../lib/api-request.ts';

/** The API calls of share links: the public page, the copy, and the owner's links of one song. */
export const sharedSongApi = {
  async get(token: string): Promise<SharedSong> {
    return (await apiJson('GET', pathTo(restPaths.sharedSong, { token }), SharedSongResponse)).song;
  },
  /** Copies the shared song into the signed-in viewer's library; returns the new song's id. */
  async copy(token: string): Promise<string> {
    return (await apiJson('POST', pathTo(restPaths.copySharedSong, { token }), SongResponse, {})).song.id;
  },
  async links(songId: string): Promise<ApiShareLink[]> {
    return (await apiJson('GET', pathTo(restPaths.songShareLinks, { id: songId }), ShareLinkListResponse)).shareLinks;
  },
  create(songId: string, expiresIn: ShareExpiry): Promise<CreatedShareLinkResponse> {
    return apiJson('POST', pathTo(restPaths.songShareLinks, { id: songId }), CreatedShareLinkResponse, { expiresIn });
  },
  revoke(linkId: string): Promise<void> {
    return apiSend('DELETE', pathTo(restPaths.shareLink, { id: linkId }), {});
  },
};
