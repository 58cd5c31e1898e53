import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/article/load.js';

describe('loadArticles', () => {
  it('should load every article of the folder and leave its README and SOURCES files out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    writeFileSync(join(dir, '001_a.txt'), '标题一\n记者张三报道，会议在杭州召开。\n');
    writeFileSync(join(dir, '002_b.md'), '标题二\n会议在宁波召开。\n');
    writeFileSync(join(dir, 'SOURCES.md'), '# Sources\n001 came from a news site.\n');
    writeFileSync(join(dir, 'README.md'), '# Articles\nDrop an article here.\n');
    expect(loadArticles(dir).map((a) => a.id)).toEqual(['001_a', '002_b']);
  });
});
