import { describe, expect, it } from 'vitest';
import {
  clampFrame,
  cropAspects,
  initialFrame,
  moveFrame,
  pixelFrame,
  reshapeFrame,
  resizeFrame,
  zoomFrame,
  type Frame,
} from './crop-geometry';

const photo = { width: 4000, height: 3000 };
const square = cropAspects.square;
const inside = (f: Frame) =>
  f.x >= 0 && f.y >= 0 && f.x + f.width <= photo.width + 1e-6 && f.y + f.height <= photo.height + 1e-6;

describe('crop frame', () => {
  it('starts centred, as big as the shape allows (with a margin)', () => {
    const frame = initialFrame(photo, square);
    expect(frame.width).toBeCloseTo(2700);
    expect(frame.height).toBeCloseTo(2700);
    expect(frame.x + frame.width / 2).toBeCloseTo(2000);
    expect(frame.y + frame.height / 2).toBeCloseTo(1500);
  });

  it.each([
    ['left', -10_000, 0],
    ['right', 10_000, 0],
    ['up', 0, -10_000],
    ['down', 0, 10_000],
  ])('stays inside the photo when moved far %s', (_name, dx, dy) => {
    const moved = moveFrame(initialFrame(photo, square), dx, dy, photo, square);
    expect(inside(moved)).toBe(true);
    expect(moved.width).toBeCloseTo(2700);
  });

  it('zooms in around the centre and out no further than the photo', () => {
    const start = initialFrame(photo, square);
    const inFrame = zoomFrame(start, 1.25, photo, square);
    expect(inFrame.width).toBeCloseTo(2160);
    expect(inFrame.x + inFrame.width / 2).toBeCloseTo(2000);
    const out = zoomFrame(zoomFrame(start, 0.5, photo, square), 0.5, photo, square);
    expect(out.width).toBeCloseTo(3000);
    expect(inside(out)).toBe(true);
  });

  it('never zooms in below the smallest frame', () => {
    let frame = initialFrame(photo, square);
    for (let i = 0; i < 50; i++) frame = zoomFrame(frame, 2, photo, square);
    expect(frame.width).toBeCloseTo(64);
  });

  it('keeps the shape and the top-left corner when the handle is dragged', () => {
    const start: Frame = { x: 100, y: 100, width: 800, height: 600 };
    const resized = resizeFrame(start, 400, 0, photo, cropAspects.landscape);
    expect(resized).toMatchObject({ x: 100, y: 100, width: 1200, height: 900 });
    const tooFar = resizeFrame(start, 100_000, 100_000, photo, cropAspects.landscape);
    expect(tooFar.width / tooFar.height).toBeCloseTo(4 / 3);
    expect(inside(tooFar)).toBe(true);
  });

  it('changes shape around the same centre', () => {
    const start = clampFrame({ x: 1000, y: 500, width: 1200, height: 1200 }, photo, square);
    const wide = reshapeFrame(start, cropAspects.landscape, photo);
    expect(wide.width / wide.height).toBeCloseTo(4 / 3);
    expect(wide.x + wide.width / 2).toBeCloseTo(1600);
    expect(inside(wide)).toBe(true);
  });

  it('gives whole pixels inside the photo to draw', () => {
    expect(pixelFrame({ x: 3999.6, y: -2, width: 10, height: 10 }, photo)).toEqual({
      x: 3999,
      y: 0,
      width: 1,
      height: 10,
    });
  });
});
