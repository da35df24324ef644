import { describe, expect, it } from 'vitest';
import { pickActiveHeading } from '../../../../src/components/toc/toc-spy';

describe('pickActiveHeading', () => {
  const line = 120;

  it('picks the heading nearest below the toolbar line, whatever the order given', () => {
    const places = [
      { id: 'a', top: -400 },
      { id: 'b', top: 128 },
      { id: 'c', top: 700 },
    ];
    expect(pickActiveHeading(places, line)).toBe('b');
    expect(pickActiveHeading([...places].reverse(), line)).toBe('b');
  });

  it('counts a heading a pixel or two above the line (sub-pixel landing) as below it', () => {
    expect(
      pickActiveHeading(
        [
          { id: 'a', top: 118.5 },
          { id: 'b', top: 300 },
        ],
        line,
      ),
    ).toBe('a');
    expect(
      pickActiveHeading(
        [
          { id: 'a', top: 110 },
          { id: 'b', top: 300 },
        ],
        line,
      ),
    ).toBe('b');
  });

  it('falls back to the last heading when every heading is above the line, and to none without headings', () => {
    expect(
      pickActiveHeading(
        [
          { id: 'a', top: -900 },
          { id: 'b', top: -20 },
        ],
        line,
      ),
    ).toBe('b');
    expect(pickActiveHeading([], line)).toBeUndefined();
  });
});
