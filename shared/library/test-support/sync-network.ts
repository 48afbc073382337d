import * as Y from 'yjs';

/** Transaction origin of updates applied from the network (never relayed again). */
export const REMOTE = Symbol('remote');

interface Message {
  to: number;
  doc: number;
  update: Uint8Array;
}

/**
 * An in-memory network between replicas. Every peer holds one Y.Doc per document slot
 * (e.g. library and practice). Local updates are queued to every other peer and delivered in
 * random order; a peer that is offline neither sends nor receives (messages to it are lost),
 * and on reconnecting it exchanges state-vector diffs with the online peers.
 */
export class SyncNetwork {
  readonly peers: Y.Doc[][];
  private readonly online: boolean[];
  private queue: Message[] = [];

  constructor(peerCount: number, docsPerPeer: number, clientId: (peer: number, doc: number) => number) {
    this.online = Array.from({ length: peerCount }, () => true);
    this.peers = Array.from({ length: peerCount }, (_, peer) =>
      Array.from({ length: docsPerPeer }, (_, doc) => {
        const ydoc = new Y.Doc();
        ydoc.clientID = clientId(peer, doc);
        ydoc.on('update', (update: Uint8Array, origin: unknown) => {
          if (origin === REMOTE || !this.online[peer]) return;
          for (let to = 0; to < peerCount; to++) if (to !== peer) this.queue.push({ to, doc, update });
        });
        return ydoc;
      }),
    );
  }

  get pending(): number {
    return this.queue.length;
  }

  isOnline(peer: number): boolean {
    return this.online[peer] ?? false;
  }

  /** Delivers the queued message at `index` (callers pick it at random). */
  deliver(index: number): void {
    const [message] = this.queue.splice(index, 1);
    if (message === undefined || !this.online[message.to]) return;
    const target = this.peers[message.to]?.[message.doc];
    if (target) Y.applyUpdate(target, message.update, REMOTE);
  }

  setOnline(peer: number, online: boolean): void {
    if (this.online[peer] === online) return;
    this.online[peer] = online;
    if (!online) return;
    for (let other = 0; other < this.online.length; other++) {
      if (other !== peer && this.online[other]) this.queueSync(peer, other);
    }
  }

  /** Everyone online, every message delivered, then a full state-vector sync through peer 0. */
  flush(): void {
    this.online.fill(true);
    while (this.queue.length > 0) this.deliver(0);
    const count = this.peers.length;
    for (let peer = 1; peer < count; peer++) this.syncNow(0, peer); // collect everything at peer 0
    for (let peer = 1; peer < count; peer++) this.syncNow(peer, 0); // then hand it out
  }

  private queueSync(a: number, b: number): void {
    this.peers[a]?.forEach((docA, doc) => {
      const docB = this.peers[b]?.[doc];
      if (!docB) return;
      this.queue.push({ to: a, doc, update: Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA)) });
      this.queue.push({ to: b, doc, update: Y.encodeStateAsUpdate(docA, Y.encodeStateVector(docB)) });
    });
  }

  private syncNow(to: number, from: number): void {
    this.peers[to]?.forEach((target, doc) => {
      const source = this.peers[from]?.[doc];
      if (source) Y.applyUpdate(target, Y.encodeStateAsUpdate(source, Y.encodeStateVector(target)), REMOTE);
    });
  }
}
