import { describe, expect, it } from 'vitest';
import { BedAllocator, bedLabel } from '../../../workers/generator/bed-allocator';
import type { Institution } from '../../../workers/generator/institutions';

const ward = { index: 0, openBeds: 2 } as Institution;

describe('BedAllocator', () => {
  it('labels beds by ward', () => {
    expect(bedLabel(0)).toBe('1病区1床');
    expect(bedLabel(41)).toBe('2病区2床');
  });

  it('gives the preferred bed when free and never double-books a bed', () => {
    const beds = new BedAllocator();
    expect(beds.assign(ward, 1, 100, 200)).toBe(bedLabel(1));
    expect(beds.assign(ward, 1, 150, 250)).toBe(bedLabel(0));
    expect(beds.assign(ward, 1, 200, 300)).toBe(bedLabel(1));
    expect(beds.assign(ward, 0, 160, 170)).toMatch(/^加床\d$/);
    expect(beds.assign(ward, 0, 260, 270)).toBe(bedLabel(0));
  });
});
