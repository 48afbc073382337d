import type { SyncSocket } from './sync-socket.ts';

/** The open sockets by session id, so ended sessions close theirs (SYNC13). */
export class SessionSockets {
  private readonly bySession = new Map<string, Set<SyncSocket>>();

  bind(socket: SyncSocket, session: { userId: string; sessionId: string }): void {
    if (socket.session && socket.session.sessionId !== session.sessionId) this.unbind(socket);
    socket.session = session;
    let sockets = this.bySession.get(session.sessionId);
    if (!sockets) this.bySession.set(session.sessionId, (sockets = new Set()));
    sockets.add(socket);
  }

  unbind(socket: SyncSocket): void {
    const id = socket.session?.sessionId;
    if (id === undefined) return;
    const sockets = this.bySession.get(id);
    sockets?.delete(socket);
    if (sockets?.size === 0) this.bySession.delete(id);
  }

  socketsOf(sessionId: string): SyncSocket[] {
    return [...(this.bySession.get(sessionId) ?? [])];
  }

  /** One socket per open session: whose upgrade request re-validates the session. */
  sessions(): { sessionId: string; socket: SyncSocket }[] {
    return [...this.bySession].flatMap(([sessionId, sockets]) => {
      const first = sockets.values().next();
      return first.done ? [] : [{ sessionId, socket: first.value }];
    });
  }

  count(): number {
    return [...this.bySession.values()].reduce((n, s) => n + s.size, 0);
  }
}
