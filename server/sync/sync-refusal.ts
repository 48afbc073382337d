/**
 * Thrown from a Hocuspocus hook to refuse a message or a document with a named close event or
 * deny reason. The message stays empty on purpose: Hocuspocus logs every hook error that has one,
 * and expected refusals (a foreign document name, garbage) are logged by us, once, at the level they deserve.
 */
export class SyncRefusal extends Error {
  readonly code: number;
  readonly reason: string;
  constructor(event: { code: number; reason: string }) {
    super();
    this.name = 'SyncRefusal';
    this.code = event.code;
    this.reason = event.reason;
  }
}

/** A permission-denied answer to a document's authentication; `reason` reaches the provider. */
export class SyncDenial extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super();
    this.name = 'SyncDenial';
    this.reason = reason;
  }
}
