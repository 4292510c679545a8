import { describe, expect, it } from 'vitest';
import { baseName, describeBackup, downloadHref, formatBytes, suggestedBackupName } from './backup-words';

describe('backup words', () => {
  it('gives sizes as a file manager does', () => {
    expect(formatBytes(200, 'en-GB')).toBe('1 KB');
    expect(formatBytes(98_304, 'en-GB')).toBe('96 KB');
    expect(formatBytes(2_516_582, 'en-GB')).toBe('2.4 MB');
    expect(formatBytes(2_516_582, 'de-DE')).toBe('2,4 MB');
    expect(formatBytes(3 * 1024 ** 3, 'en-GB')).toBe('3 GB');
  });

  it('downloads by exact name, spaces and all', () => {
    expect(downloadHref('My shop-manual-2026-11-23T12-00-00-000Z.duly')).toBe(
      '/download/My%20shop-manual-2026-11-23T12-00-00-000Z.duly',
    );
  });

  it('suggests a name with the books and main’s today', () => {
    expect(suggestedBackupName('My shop', '2026-11-23')).toBe('My shop 2026-11-23.duly');
  });

  it('names a file from a path on any system', () => {
    expect(baseName('C:\\Users\\ann\\My shop 2026-11-23.duly')).toBe('My shop 2026-11-23.duly');
    expect(baseName('/home/ann/backup.duly')).toBe('backup.duly');
  });
});

describe('a backup, in words', () => {
  it('says its kind, since several can be made in one minute', () => {
    expect(describeBackup('manual', '23/11/2026 10:04')).toBe('the backup from 23/11/2026 10:04');
    expect(describeBackup('automatic', '23/11/2026 10:04')).toBe(
      'the automatic backup from 23/11/2026 10:04',
    );
    expect(describeBackup('before-restore', '23/11/2026 10:04')).toBe(
      'the copy made before a restore, on 23/11/2026 10:04',
    );
  });
});
