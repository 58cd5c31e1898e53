import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StorageAdapter } from 'grammy';
import type { Turn } from '../conversation/followup.js';

/** What the bot keeps per conversation (a private chat, or one person in a group): grammY's session. */
export interface SessionData {
  /** The last question answered, for follow-ups; absent at first and after a while. */
  turn?: Turn;
  /** The last few questions asked (resolved), so that suggestions do not repeat them. */
  asked?: string[];
}

/** How many asked questions a session keeps: enough to avoid suggesting them again, small enough to store per chat. */
export const ASKED_KEPT = 10;

/**
 * The session's key: the chat in a private chat, the chat and the person in a
 * group (two people's follow-ups must not lean on each other's questions).
 * Undefined (no session) for updates without a chat: inline queries.
 */
export function sessionKey(ctx: { chat?: { id: number; type: string }; from?: { id: number } }): string | undefined {
  if (!ctx.chat) return undefined;
  if (ctx.chat.type === 'private' || !ctx.from) return String(ctx.chat.id);
  return `${ctx.chat.id}:${ctx.from.id}`;
}

/**
 * A file-backed session store: one JSON file per key in `dir`, written to a
 * temporary file and renamed over the old one, so that a reader never sees half
 * a file. Small and dependency-free; for several instances behind a webhook the
 * folder must be shared by them (or use a networked adapter, see docs/telegram.md).
 */
export class FileSessionStorage<T> implements StorageAdapter<T> {
  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  private file(key: string): string {
    // Keys are chat ids and "chat:user": made safe for any file system.
    return join(this.dir, `${encodeURIComponent(key).replace(/%/gu, '_')}.json`);
  }

  read(key: string): T | undefined {
    try {
      return JSON.parse(readFileSync(this.file(key), 'utf8')) as T;
    } catch {
      return undefined; // absent, or unreadable: a conversation starts afresh rather than failing
    }
  }

  write(key: string, value: T): void {
    const file = this.file(key);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, file);
  }

  delete(key: string): void {
    rmSync(this.file(key), { force: true });
  }
}
