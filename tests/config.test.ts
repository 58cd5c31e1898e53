import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_DIR, readConfig } from '../src/config.js';
import { ConfigError } from '../src/errors.js';
import { ROOT } from './helpers.js';

const TOKEN = `123456789:${'A'.repeat(35)}`;

/** The ConfigError readConfig throws for `env`, or null when it accepts it. */
function refusal(env: NodeJS.ProcessEnv): ConfigError | null {
  try {
    readConfig(env);
    return null;
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
}

describe('readConfig', () => {
  it('should refuse WEBHOOK_URL without WEBHOOK_SECRET, naming WEBHOOK_SECRET', () => {
    const error = refusal({ BOT_TOKEN: TOKEN, WEBHOOK_URL: 'https://bot.example.invalid/tg' });
    expect(error?.variable).toBe('WEBHOOK_SECRET');
    expect(error?.message).toContain('WEBHOOK_SECRET');
    expect(refusal({ BOT_TOKEN: TOKEN, WEBHOOK_URL: 'https://bot.example.invalid/tg', WEBHOOK_SECRET: 's3cret_-' })).toBeNull();
  });

  it('should read HEALTH_PORT as off when unset and refuse one that is not a port', () => {
    expect(readConfig({}).healthPort).toBeNull();
    expect(readConfig({ HEALTH_PORT: '9090' }).healthPort).toBe(9090);
    expect(refusal({ HEALTH_PORT: '70000' })?.variable).toBe('HEALTH_PORT');
    expect(refusal({ HEALTH_PORT: 'yes' })?.variable).toBe('HEALTH_PORT');
  });

  it("should keep the derived caches in the project's .cache/ unless CACHE_DIR says otherwise", () => {
    expect(readConfig({}).cacheDir).toBe(join(ROOT, '.cache'));
    expect(DEFAULT_CACHE_DIR).toBe(join(ROOT, '.cache'));
    expect(readConfig({ CACHE_DIR: '/var/cache/article-qa' }).cacheDir).toBe('/var/cache/article-qa');
    expect(readConfig({ CACHE_DIR: 'rel' }).cacheDir).toBe(join(process.cwd(), 'rel'));
  });
});

describe('the program', () => {
  it('should refuse to start a webhook without a secret, with one line naming WEBHOOK_SECRET', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: '/tmp', BOT_TOKEN: TOKEN, WEBHOOK_URL: 'https://bot.example.invalid/tg', TELEGRAM_API_ROOT: 'http://127.0.0.1:9' },
      timeout: 15_000, // a bot that accepted the config would keep retrying the unreachable API: stop it well before the test times out
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^WEBHOOK_URL is set but WEBHOOK_SECRET is not/u)]);
    expect(run.stderr).not.toContain(TOKEN);
  });
});
