import { describe, expect, it } from 'vitest';
import { bucketHeading } from './ageing';

describe('bucket headings', () => {
  it('names the buckets for people, the same on screen and on paper', () => {
    expect(bucketHeading('current')).toBe('Not yet due');
    expect(bucketHeading('1-30')).toBe('1–30 days');
    expect(bucketHeading('0-30')).toBe('0–30 days');
    expect(bucketHeading('90+')).toBe('Over 90 days');
  });
});
