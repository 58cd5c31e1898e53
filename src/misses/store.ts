import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** One question as recorded: what was asked and how it went, never who asked it. */
export interface Asked {
  id: number;
  /** ms since the epoch. */
  at: number;
  question: string;
  /** The intent it matched, or null. */
  intent: string | null;
  /** The engine's status: answered, empty, not-in-article, no-answer. */
  status: string;
  answered: boolean;
  /** 1 for 👍, -1 for 👎, null for no feedback. */
  feedback: 1 | -1 | null;
  /** private, group, supergroup, console. */
  chatType: string;
  /** A salted hash of the chat and person: tells repeat askers apart without naming them. */
  asker: string;
}

/** The recording of questions and their outcomes. */
export interface MissesStore {
  /** Records a question; returns its id (for the feedback buttons). */
  record(entry: Omit<Asked, 'id' | 'feedback' | 'asker'> & { chatId: number; userId: number }): number;
  /** Records 👍 (1) or 👎 (-1) on a recorded question; false when there is no such question (a stale button). */
  feedback(id: number, value: 1 | -1): boolean;
  /** Every question recorded since `since` (ms), oldest first. */
  since(since: number): Asked[];
  close(): void;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS asked (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  question TEXT NOT NULL,
  intent TEXT,
  status TEXT NOT NULL,
  answered INTEGER NOT NULL,
  feedback INTEGER,
  chat_type TEXT NOT NULL,
  asker TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS asked_at ON asked (at);
`;

/**
 * Opens (creating when needed) the database at `path`. The salt comes from
 * `salt`, else from `<path>.salt`, made once with 32 random bytes and readable
 * by the owner only: without it the hashes cannot be turned back into ids by
 * hashing every id there is.
 */
export function openMisses(path: string, salt: string | null = null): MissesStore {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // WAL: the bot writes while `npm run misses` reads, neither waiting on the other.
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);
  const pepper = salt ?? saltFile(`${path}.salt`);
  const insert = db.prepare(
    'INSERT INTO asked (at, question, intent, status, answered, chat_type, asker) VALUES (@at, @question, @intent, @status, @answered, @chatType, @asker)',
  );
  const setFeedback = db.prepare('UPDATE asked SET feedback = ? WHERE id = ?');
  const select = db.prepare('SELECT id, at, question, intent, status, answered, feedback, chat_type AS chatType, asker FROM asked WHERE at >= ? ORDER BY id');
  return {
    record: (e) => {
      const asker = createHash('sha256').update(`${pepper}:${e.chatId}:${e.userId}`).digest('hex').slice(0, 16);
      const info = insert.run({ at: e.at, question: e.question, intent: e.intent, status: e.status, answered: e.answered ? 1 : 0, chatType: e.chatType, asker });
      return Number(info.lastInsertRowid);
    },
    feedback: (id, value) => setFeedback.run(value, id).changes > 0,
    since: (since) =>
      (select.all(since) as (Omit<Asked, 'answered'> & { answered: number })[]).map((r) => ({ ...r, answered: r.answered === 1 })),
    close: () => db.close(),
  };
}

function saltFile(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const salt = randomBytes(32).toString('hex');
  writeFileSync(file, `${salt}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return salt;
}
